"""Demo data: synthetic clients with assessment histories, through the real services."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from riskapp.cli import Console, main
from riskapp.domain import personnummer
from riskapp.domain.records import AssessmentStatus, Role
from riskapp.services.demo import DEMO_PASSPHRASE, create_demo_vault, generate_demo_data
from riskapp.services.forms import shipped_registry
from riskapp.vault import Session, Vault
from riskapp.vault.kdf import KdfParams


def _all_assessments(session: Session) -> list:
    found = []
    for summary in session.clients.search("", limit=1000):
        found.extend(session.assessments.list_for_client(summary.id))
    return found


def test_demo_vault_holds_clients_with_completed_histories(tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path, clients=12, seed=7, kdf=KdfParams.fast())
    session = Vault.open(demo.path, demo.username, demo.passphrase)
    try:
        assert session.user.role is Role.TEAMLEADER
        assert session.clients.count() == 12
        assessments = _all_assessments(session)
        assert assessments, "demo clients have assessments"
        assert all(a.status is AssessmentStatus.COMPLETED for a in assessments)
        danger = [a for a in assessments if a.form_id == "danger-assessment"]
        assert danger
        assert all(a.judgement_level and a.judgement_rationale for a in danger)
        assert all(a.review_due is not None for a in danger)
        # Timestamps are spread over the past months, not all "now".
        dates = {a.completed_at.date() for a in assessments if a.completed_at}
        assert len(dates) > 3
        assert max(dates) - min(dates) > timedelta(days=60)
        assert session.verify().ok
    finally:
        session.close()
    other, role = demo.other_users[0]
    assert role is Role.CASEWORKER
    Vault.open(demo.path, other, DEMO_PASSPHRASE).close()


def test_demo_personnummer_are_only_skatteverket_test_numbers(tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path, clients=20, seed=3, kdf=KdfParams.fast())
    session = Vault.open(demo.path, demo.username, demo.passphrase)
    try:
        numbers = {c.personnummer for c in session.clients.search("", limit=100)}
    finally:
        session.close()
    assert numbers <= set(personnummer.test_numbers())


def test_demo_data_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def names(directory: Path) -> list[tuple[str, str, str | None]]:
        demo = create_demo_vault(directory, clients=8, seed=42, kdf=KdfParams.fast())
        session = Vault.open(demo.path, demo.username, demo.passphrase)
        try:
            return [
                (c.first_name, c.last_name, c.personnummer)
                for c in session.clients.search("", limit=100)
            ]
        finally:
            session.close()

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert names(tmp_path / "a") == names(tmp_path / "b")


def test_generate_twice_adds_clients_without_duplicate_personnummer(tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path, clients=5, seed=1, kdf=KdfParams.fast())
    session = Vault.open(demo.path, demo.username, demo.passphrase)
    try:
        summary = generate_demo_data(session, clients=5, seed=1, registry=shipped_registry())
        assert summary.clients == 5
        assert session.clients.count() == 10
    finally:
        session.close()


def test_demo_data_command_fills_a_vault(tmp_path: Path) -> None:
    demo = create_demo_vault(tmp_path, clients=0, seed=1, kdf=KdfParams.fast())
    out, err = io.StringIO(), io.StringIO()
    console = Console(stdin=io.StringIO(DEMO_PASSPHRASE + "\n"), stdout=out, stderr=err)
    code = main(
        [
            "demo-data",
            "--clients",
            "3",
            "--seed",
            "5",
            "--vault",
            str(demo.path),
            "--user",
            demo.username,
            "--passphrase-stdin",
        ],
        console,
    )
    assert code == 0, err.getvalue()
    assert "3 syntetiska klienter" in out.getvalue()
    session = Vault.open(demo.path, demo.username, demo.passphrase)
    try:
        assert session.clients.count() == 3
    finally:
        session.close()


def test_demo_data_command_refuses_a_negative_count(tmp_path: Path) -> None:
    err = io.StringIO()
    console = Console(stdin=io.StringIO("x\n"), stdout=io.StringIO(), stderr=err)
    code = main(
        [
            "demo-data",
            "--clients",
            "-1",
            "--vault",
            str(tmp_path / "v.riskvault"),
            "--user",
            "u",
            "--passphrase-stdin",
        ],
        console,
    )
    assert code == 1
    assert "mellan 0 och 1 000 000" in err.getvalue()
