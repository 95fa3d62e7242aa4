"""The form registry: versions side by side, organisation forms, duplicates, order."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from riskapp.domain.forms import engine
from riskapp.domain.forms.errors import FormError, FormNotFound
from riskapp.domain.forms.registry import FormRegistry
from riskapp.paths import forms_dir
from riskapp.services.forms import shipped_registry

HISTORY = Path(__file__).parent / "fixtures" / "history"
SHIPPED_IDS = ["screening", "violence-description", "danger-assessment", "safety-plan"]


def test_old_and_new_versions_load_side_by_side() -> None:
    registry = FormRegistry([HISTORY])
    assert registry.versions("wellbeing") == [1, 2]
    assert registry.latest("wellbeing").version == 2
    assert registry.get("wellbeing", 1).version == 1


def test_old_assessment_renders_with_its_own_version() -> None:
    registry = FormRegistry([HISTORY])
    old = registry.get("wellbeing", 1)
    answers = {"sleep": "badly", "support": "yes"}
    shown = [
        (q.text.sv, engine.format_answer(q, answers.get(q.id), "sv"))
        for q in engine.visible_questions(old, answers)
    ]
    assert shown == [("Hur sover du?", "Dåligt"), ("Har du stöd från någon?", "Ja")]
    # The same answers read with the newer version would lose meaning.
    new = registry.latest("wellbeing")
    assert "support" not in [q.id for q in new.questions()]
    assert engine.format_answer(new.question("sleep"), "badly", "sv") == "badly"


def test_unknown_form_or_version_raises_form_not_found() -> None:
    registry = FormRegistry([HISTORY])
    with pytest.raises(FormNotFound) as info:
        registry.get("wellbeing", 9)
    assert info.value.code == "form_not_found"
    assert info.value.params == {"form_id": "wellbeing", "version": 9}
    with pytest.raises(FormNotFound):
        registry.latest("nothing")


def test_shipped_registry_has_the_four_instruments_in_workflow_order() -> None:
    registry = shipped_registry()
    assert [f.id for f in registry.latest_forms()] == SHIPPED_IDS


def test_organisation_forms_add_ids_and_newer_versions(tmp_path: Path) -> None:
    extra = tmp_path / "org"
    shutil.copytree(HISTORY, extra)
    newer = (forms_dir() / "screening.v1.yaml").read_text(encoding="utf-8")
    (extra / "screening.v2.yaml").write_text(
        newer.replace("version: 1", "version: 2", 1), encoding="utf-8"
    )
    registry = shipped_registry(extra)
    assert [f.id for f in registry.latest_forms()] == [*SHIPPED_IDS, "wellbeing"]
    assert registry.latest("screening").version == 2
    assert registry.get("screening", 1).source == forms_dir() / "screening.v1.yaml"


def test_an_empty_organisation_directory_is_fine(tmp_path: Path) -> None:
    assert len(shipped_registry(tmp_path).latest_forms()) == 4


def test_organisation_cannot_redefine_a_shipped_version(tmp_path: Path) -> None:
    shutil.copy(forms_dir() / "screening.v1.yaml", tmp_path / "my-screening.yaml")
    with pytest.raises(FormError) as info:
        shipped_registry(tmp_path)
    (problem,) = info.value.problems
    assert problem.code == "form_duplicate_form"
    assert str(problem).startswith(f"{tmp_path / 'my-screening.yaml'}:")


def test_non_strict_registry_keeps_good_forms_and_lists_problems(tmp_path: Path) -> None:
    shutil.copytree(HISTORY, tmp_path / "org")
    (tmp_path / "org" / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    registry = FormRegistry([tmp_path / "org"], strict=False)
    assert registry.versions("wellbeing") == [1, 2]
    assert [p.code for p in registry.problems] == ["form_yaml_syntax"]
    with pytest.raises(FormError):
        FormRegistry([tmp_path / "org"])


def test_file_name_does_not_decide_id_or_version(tmp_path: Path) -> None:
    shutil.copy(HISTORY / "wellbeing.v1.yaml", tmp_path / "anything.yaml")
    registry = FormRegistry([tmp_path])
    assert (registry.latest("wellbeing").id, registry.latest("wellbeing").version) == (
        "wellbeing",
        1,
    )
    assert ("wellbeing", 1) in registry
    assert [f.version for f in registry.all_forms()] == [1]


def test_the_domain_resolves_no_platform_directory() -> None:
    """Callers pass the form directories in: no domain module imports platformdirs or
    riskapp.paths, not even inside a function."""
    import riskapp.domain

    offenders = []
    for file in Path(riskapp.domain.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            if any(n.split(".")[0] == "platformdirs" or n == "riskapp.paths" for n in names):
                offenders.append(file.name)
    assert offenders == []
