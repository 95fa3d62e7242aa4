"""``riskapp assessments list|show|void`` and ``riskapp clients event`` driven through
``main()`` on a real vault: JSON fields, audit rows with the client, one-line refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from riskapp.domain.assessment_input import AssessmentInput
from riskapp.domain.forms.model import QuestionKind
from riskapp.domain.records import AssessmentStatus, Client, NewClient
from riskapp.services import assessments as svc
from riskapp.services.forms import shipped_registry
from tests.vault.conftest import LEADER_PASS, VaultFiles
from tests.vault.test_vault_cmds import assert_one_line_error, run, vault_args

RATIONALE = "Hot om att döda och nyligen separerad; risken bedöms som hög."


@pytest.fixture
def stored(vault: VaultFiles, pnrs: list[str]) -> tuple[Client, int, int]:
    """A client with one completed danger assessment (strangled: yes) and one draft."""
    registry = shipped_registry()
    form = registry.latest("danger-assessment")
    answers: dict[str, Any] = {
        q.id: "no" for q in form.questions() if q.kind is QuestionKind.YES_NO_UNKNOWN
    }
    answers |= {"sources": ["interview"], "strangled": "yes", "jealousy": "yes"}
    with vault.open() as session:
        client = session.clients.create(NewClient("Åsa", "Öberg", personnummer=pnrs[0]))
        opened = svc.start_assessment(session, registry, client.id, form.id)
        data = AssessmentInput(answers, "raised", "high", RATIONALE)
        done = svc.complete_assessment(session, form, opened.record.id, data)
        draft = svc.start_assessment(session, registry, client.id, "screening")
    return client, int(done.id), int(draft.record.id)


def _audit(vault: VaultFiles, client: Client) -> list[str]:
    with vault.open() as session:
        return [e.action for e in session.audit.for_client(client.id)]


def test_list_json_has_the_promised_fields_and_is_audited(
    vault: VaultFiles, stored: tuple[Client, int, int]
) -> None:
    client, done_id, draft_id = stored
    before = _audit(vault, client).count("assessment.read")
    code, out, err = run(
        ["assessments", "list", "--client", str(client.personnummer), "--json", *vault_args(vault)],
        LEADER_PASS + "\n",
    )
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [draft_id, done_id]
    done = rows[1]
    for key in (
        "id", "form", "form_version", "status", "completed_at", "author", "level",
        "client_estimate", "score", "factors_marked", "corrected_by", "corrects",
    ):  # fmt: skip
        assert key in done
    assert done["status"] == "completed"
    assert done["level"] == "high"
    assert done["client_estimate"] == "raised"
    assert done["factors_marked"] == 2
    assert done["score"] == 3  # weighted: strangled 2 + jealousy 1
    assert done["flagged"] == ["strangled"]
    assert rows[0]["status"] == "draft"
    assert _audit(vault, client).count("assessment.read") > before


def test_list_text_and_show_json_and_journal(
    vault: VaultFiles, stored: tuple[Client, int, int]
) -> None:
    client, done_id, _ = stored
    code, out, _ = run(
        ["assessments", "list", "--client", str(client.personnummer), *vault_args(vault)],
        LEADER_PASS + "\n",
    )
    assert code == 0
    assert "Bedömning av risk för nytt våld v1" in out
    assert "Åsa" not in out
    code, out, _ = run(
        ["assessments", "show", str(done_id), "--json", *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert code == 0
    assert json.loads(out)["id"] == done_id
    code, out, _ = run(
        ["assessments", "show", str(done_id), "--journal", *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert code == 0
    assert "Markerade riskfaktorer: 2 av" in out
    assert "Viktad summa: 3 av" in out
    assert "[STARK RISKMARKÖR]" in out


def test_void_needs_a_reason_and_refuses_twice_and_unknown_ids(
    vault: VaultFiles, stored: tuple[Client, int, int]
) -> None:
    client, done_id, draft_id = stored
    with pytest.raises(SystemExit) as exit_info:
        run(["assessments", "void", str(done_id), *vault_args(vault)], LEADER_PASS + "\n")
    assert exit_info.value.code == 2
    code, _, err = run(
        ["assessments", "void", "9999", "--reason", "Fel.", *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert_one_line_error(code, err, "no such assessment")
    code, out, err = run(
        ["assessments", "void", str(done_id), "--reason", "Fel klient.", *vault_args(vault)],
        LEADER_PASS + "\n",
    )
    assert (code, err) == (0, "")
    assert "makulerad" in out
    code, _, err = run(
        ["assessments", "void", str(done_id), "--reason", "Igen.", *vault_args(vault)],
        LEADER_PASS + "\n",
    )
    assert_one_line_error(code, err, "already voided")
    code, _, err = run(
        ["assessments", "void", str(draft_id), "--reason", "Utkast.", *vault_args(vault)],
        LEADER_PASS + "\n",
    )
    assert_one_line_error(code, err, "not completed")
    with vault.open() as session:
        record = session.assessments.get(done_id)  # type: ignore[arg-type]
    assert record.status is AssessmentStatus.VOIDED
    assert record.void_reason == "Fel klient."
    code, out, _ = run(
        ["assessments", "show", str(done_id), "--json", *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert json.loads(out)["status"] == "voided"
    assert "assessment.void" in _audit(vault, client)


def test_clients_event_brings_the_review_forward(
    vault: VaultFiles, stored: tuple[Client, int, int]
) -> None:
    client, _, _ = stored
    code, out, err = run(
        [
            "clients", "event", str(client.personnummer), "--kind", "separation",
            "--date", "2026-02-01", *vault_args(vault),
        ],
        LEADER_PASS + "\n",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "2026-02-01" in out
    assert "client.event" in _audit(vault, client)
    code, _, err = run(
        [
            "clients", "event", str(client.personnummer), "--kind", "separation",
            "--date", "igår", *vault_args(vault),
        ],
        LEADER_PASS + "\n",
    )  # fmt: skip
    assert_one_line_error(code, err, "yyyy-mm-dd")
