"""Loading form files: every rejection is reported as ``file:line: message``."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from riskapp.commands.forms_cmds import problem_line
from riskapp.domain.forms.errors import FormError
from riskapp.domain.forms.loader import check_paths, load_form
from riskapp.domain.forms.model import FormKind, QuestionKind, SectionKind
from riskapp.domain.forms.problems import PROBLEM_CODES
from riskapp.messages import MESSAGES

VALID = """\
id: demo
version: 2
kind: other
language: sv
title: {sv: "Demo", en: "Demo"}
sections:
  - id: first
    title: "Första"
    questions:
      - id: q1
        kind: yes_no_unknown
        text: {sv: "Fråga ett?", en: "Question one?"}
      - id: q2
        kind: text
        visible_if: q1 == "yes"
        text: "Fråga två"
"""


def write(tmp_path: Path, text: str, name: str = "demo.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormError) as info:
        load_form(path)
    return [problem_line(p, "en") for p in info.value.problems]


def only_problem(path: Path) -> str:
    found = problems_of(path)
    assert len(found) == 1, found
    return found[0]


def test_valid_form_loads_into_the_model(tmp_path: Path) -> None:
    form = load_form(write(tmp_path, VALID))
    assert (form.id, form.version, form.kind) == ("demo", 2, FormKind.OTHER)
    q1, q2 = form.questions()
    assert q1.kind is QuestionKind.YES_NO_UNKNOWN
    assert q1.text.en == "Question one?"
    assert q2.text.sv == "Fråga två"
    assert q2.text.en == ""
    assert (q1.line, q2.line) == (10, 13)
    assert form.sections[0].line == 7
    assert q2.visible_if == 'q1 == "yes"'
    assert form.source == tmp_path / "demo.yaml"


def test_yes_and_no_stay_text_not_booleans(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: text\n",
        "        kind: single_choice\n        options:\n          - {id: yes, label: Ja}\n"
        "          - {id: no, label: Nej}\n",
    ).replace('q1 == "yes"', 'q1 == "no"')
    form = load_form(write(tmp_path, text))
    assert [o.id for o in form.question("q2").options] == ["yes", "no"]


def test_yaml_syntax_error_reports_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('text: "Fråga två"', 'text: "Fråga två'))
    assert only_problem(path).startswith(f"{path}:16: YAML syntax error")


def test_tab_indentation_is_a_syntax_error_with_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("        kind: text", "\tkind: text"))
    assert only_problem(path).startswith(f"{path}:14: YAML syntax error")


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    empty = write(tmp_path, "# nothing\n", "empty.yaml")
    assert only_problem(empty) == f"{empty}:1: the file is empty"
    listing = write(tmp_path, "- a\n- b\n", "list.yaml")
    assert only_problem(listing) == (
        f"{listing}:1: the file must contain a mapping (key: value lines) at the top level"
    )


def test_non_utf8_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(VALID.encode("latin-1"))
    assert only_problem(path) == f"{path}:8: the file is not UTF-8 text"


def test_unknown_key_with_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("visible_if:", "visibel_if:"))
    assert only_problem(path) == (
        f"{path}:15: unknown key 'visibel_if' (did you mean 'visible_if'?)"
    )


def test_unknown_key_without_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("language: sv\n", "language: sv\ncolour: red\n"))
    assert only_problem(path) == f"{path}:5: unknown key 'colour'"


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("version: 2\n", "version: 2\nversion: 3\n"))
    assert only_problem(path) == f"{path}:3: key 'version' appears twice (first on line 2)"


def test_wrong_types(tmp_path: Path) -> None:
    text = VALID.replace("version: 2", "version: two").replace(
        "        kind: text\n", "        kind: text\n        required: perhaps\n"
    )
    path = write(tmp_path, text)
    found = problems_of(path)
    assert len(found) == 2
    assert found[0].startswith(f"{path}:2: version: Input should be a valid integer")
    assert found[1].startswith(f"{path}:15: required: Input should be a valid boolean")


def test_unknown_question_kind(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("kind: text", "kind: essay"))
    assert only_problem(path).startswith(f"{path}:14: kind: Input should be 'yes_no_unknown'")


def test_missing_required_keys(tmp_path: Path) -> None:
    text = VALID.replace('title: {sv: "Demo", en: "Demo"}\n', "").replace(
        '        text: "Fråga två"\n', ""
    )
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:1: required key 'title' is missing",
        f"{path}:12: required key 'text' is missing",
    ]


def test_missing_swedish_text(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('{sv: "Fråga ett?", en:', "{en:"))
    assert only_problem(path) == f"{path}:12: required key 'text.sv' is missing"


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    text = (
        VALID.replace("visible_if:", "visibel_if:")
        .replace("id: q2", "id: q1")
        .replace("version: 2", "version: 0")
    )
    path = write(tmp_path, text)
    found = problems_of(path)
    assert found == [
        f"{path}:2: version: Input should be greater than or equal to 1",
        f"{path}:13: duplicate question id 'q1' (first on line 10)",
        f"{path}:15: unknown key 'visibel_if' (did you mean 'visible_if'?)",
    ]


def test_duplicate_section_option_and_level_ids(tmp_path: Path) -> None:
    text = VALID.replace("kind: other", "kind: danger_assessment") + textwrap.dedent(
        """\
          - id: first
            title: "Igen"
            questions:
              - id: q3
                kind: single_choice
                text: "Val"
                options:
                  - {id: a, label: A}
                  - {id: a, label: B}
          - id: judge
            kind: judgement
            title: "Bedömning"
        levels:
          - {id: low, label: Låg}
          - {id: low, label: Hög}
        """
    )
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:17: duplicate section id 'first' (first on line 7)",
        f"{path}:25: duplicate option id 'a' (first on line 24)",
        f"{path}:31: duplicate level id 'low' (first on line 30)",
    ]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ('q9 == "yes"', "visible_if refers to unknown question 'q9'"),
        ('q2 == "x"', "visible_if refers to the question itself ('q2')"),
        (
            'q1 == "maybe"',
            "visible_if compares 'q1' with \"maybe\", which is not one of its "
            'answers ("yes", "no", "unknown")',
        ),
        ('q1 == "declined"', "visible_if compares 'q1' with \"declined\""),
        (
            'q1 contains "yes"',
            "visible_if: 'contains' cannot be used with 'q1' (a yes_no_unknown question)",
        ),
        ("q1 > 2", "visible_if: '>' cannot be used with 'q1'"),
        ('q1 = "yes"', "visible_if: column 4: use '==' to compare, not '='"),
        ("__import__('os')", "visible_if: column 11: expected an operator"),
    ],
)
def test_condition_problems(tmp_path: Path, condition: str, message: str) -> None:
    path = write(
        tmp_path,
        VALID.replace('q1 == "yes"', condition.replace("'", "''"))
        .replace("visible_if: ", "visible_if: '")
        .replace(condition.replace("'", "''"), condition.replace("'", "''") + "'"),
    )
    assert only_problem(path).startswith(f"{path}:15: {message}")


def test_condition_on_a_later_question(tmp_path: Path) -> None:
    text = VALID.replace(
        '        text: {sv: "Fråga ett?", en: "Question one?"}\n',
        '        text: {sv: "Fråga ett?", en: "Question one?"}\n        visible_if: answered(q2)\n',
    ).replace('visible_if: q1 == "yes"', "visible_if: answered(q1)")
    path = write(tmp_path, text)
    assert only_problem(path) == (
        f"{path}:13: visible_if refers to 'q2', which is not asked before this point; "
        "conditions may only use earlier questions"
    )


def test_section_condition_may_not_use_its_own_questions(tmp_path: Path) -> None:
    text = VALID.replace(
        '    title: "Första"\n', '    title: "Första"\n    visible_if: answered(q1)\n'
    )
    path = write(tmp_path, text)
    assert "which is not asked before this point" in only_problem(path)
    assert only_problem(path).startswith(f"{path}:9:")


def test_condition_with_unknown_option_id(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: yes_no_unknown\n",
        "        kind: multiple_choice\n        options:\n          - {id: saw, label: Såg}\n",
    ).replace('q1 == "yes"', 'q1 contains "heard"')
    path = write(tmp_path, text)
    assert only_problem(path) == (
        f"{path}:17: visible_if compares 'q1' with \"heard\", which is not one of its "
        'answers ("saw")'
    )


def test_equality_on_multiple_choice_is_refused(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: yes_no_unknown\n",
        "        kind: multiple_choice\n        options:\n          - {id: saw, label: Såg}\n",
    ).replace('q1 == "yes"', 'q1 == "saw"')
    path = write(tmp_path, text)
    assert "'==' cannot be used with 'q1' (a multiple_choice question)" in only_problem(path)


def test_weight_on_unscored_form(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: yes_no_unknown\n", "        kind: yes_no_unknown\n        weight: 2\n"
    )
    path = write(tmp_path, text)
    assert only_problem(path) == (
        f"{path}:12: weight on a form that is not scored (add 'scored: true' or remove the weight)"
    )


def test_weight_on_option_of_unscored_form(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: text\n",
        "        kind: single_choice\n        options:\n          - {id: a, label: A, weight: 1}\n"
        "          - {id: b, label: B}\n",
    )
    path = write(tmp_path, text)
    assert only_problem(path).startswith(f"{path}:16: weight on a form that is not scored")


def test_danger_assessment_needs_a_judgement_section(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("kind: other", "kind: danger_assessment"))
    assert only_problem(path) == (
        f"{path}:3: a danger_assessment form needs a section of kind judgement"
    )


def test_judgement_and_estimate_sections_need_levels(tmp_path: Path) -> None:
    text = VALID + (
        "  - id: estimate\n"
        "    kind: client_estimate\n"
        '    title: "Egen bedömning"\n'
        "  - id: judge\n"
        "    kind: judgement\n"
        '    title: "Bedömning"\n'
        "    questions:\n"
        '      - {id: q3, kind: text, text: "x"}\n'
    )
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:18: a client_estimate section needs the form's 'levels'",
        f"{path}:21: a judgement section needs the form's 'levels'",
        f"{path}:23: a judgement section cannot have questions",
    ]


def test_scale_min_must_be_below_max(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: text\n", "        kind: scale\n        scale: {min: 5, max: 1}\n"
    )
    path = write(tmp_path, text)
    assert only_problem(path) == f"{path}:15: scale min (5) must be less than max (1)"


def test_scale_needs_its_range_and_sensible_labels(tmp_path: Path) -> None:
    missing = write(tmp_path, VALID.replace("kind: text", "kind: scale"), "a.yaml")
    assert only_problem(missing) == (
        f"{missing}:13: a scale question needs 'scale' with 'min' and 'max'"
    )
    labels = write(
        tmp_path,
        VALID.replace(
            "        kind: text\n",
            "        kind: scale\n        scale: {min: 1, max: 5, labels: [a, b, c]}\n",
        ),
        "b.yaml",
    )
    assert only_problem(labels) == (
        f"{labels}:15: scale labels: give 2 (for the ends) or 5 (one per step), not 3"
    )


def test_number_range_is_checked(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: text\n", "        kind: number\n        number: {min: 10, max: 1}\n"
    )
    path = write(tmp_path, text)
    assert only_problem(path) == f"{path}:15: number min (10.0) must not be greater than max (1.0)"


def test_check_questions_only_on_safety_plans(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("kind: text", "kind: check"))
    assert only_problem(path) == (
        f"{path}:14: check questions are only allowed on safety_plan forms"
    )


def test_discreet_keys_only_on_safety_plans(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: text\n", "        kind: text\n        discreet_omit: true\n"
    )
    path = write(tmp_path, text)
    assert only_problem(path) == (
        f"{path}:15: 'discreet_omit' is only meaningful on safety_plan forms"
    )


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ("allow_declined: true", "allow_declined"),
        ("scale: {min: 1, max: 3}", "scale"),
        ("options: [{id: a, label: A}]", "options"),
        ("stat: violence.physical", "stat"),
    ],
)
def test_keys_that_do_not_apply_to_the_kind(tmp_path: Path, extra: str, key: str) -> None:
    text = VALID.replace("        kind: text\n", f"        kind: text\n        {extra}\n")
    path = write(tmp_path, text)
    assert only_problem(path) == f"{path}:15: '{key}' does not apply to a text question"


def test_choice_needs_options(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("kind: text", "kind: single_choice"))
    assert only_problem(path) == f"{path}:13: a single_choice question needs at least 2 options"


def test_bad_ids_and_reserved_words(tmp_path: Path) -> None:
    text = (
        VALID.replace("id: demo", "id: Demo Form")
        .replace("id: q2", "id: answered")
        .replace('        visible_if: q1 == "yes"\n', "")
    )
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:1: form id 'Demo Form' must start with a lower-case letter and use only "
        "a-z, 0-9 and '-'",
        f"{path}:13: question id 'answered' is a reserved word",
    ]


def test_bad_stat_code(tmp_path: Path) -> None:
    text = VALID.replace(
        "        kind: yes_no_unknown\n",
        "        kind: yes_no_unknown\n        stat: Violence Physical\n",
    )
    path = write(tmp_path, text)
    assert only_problem(path).startswith(f"{path}:12: stat code 'Violence Physical'")


def test_empty_questions_section(tmp_path: Path) -> None:
    text = VALID + '  - id: second\n    title: "Tom"\n'
    path = write(tmp_path, text)
    assert only_problem(path) == f"{path}:17: the section has no questions"


def test_check_paths_walks_directories_and_reports_missing_paths(tmp_path: Path) -> None:
    good = tmp_path / "forms"
    good.mkdir()
    write(good, VALID, "demo.v2.yaml")
    broken = write(good, VALID.replace("kind: other", "kind: nonsense"), "broken.yml")
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.yaml"
    found = [problem_line(p, "en") for p in check_paths([good, empty, missing])]
    assert found[0] == f"{empty}: no form files (*.yaml) in this directory"
    assert found[1] == f"{missing}: file or directory not found"
    assert found[2].startswith(f"{broken}:3: kind: Input should be")
    assert len(found) == 3


def test_same_id_and_version_in_two_files_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.yaml")
    second = write(tmp_path, VALID, "b.yaml")
    assert [problem_line(p, "en") for p in check_paths([tmp_path])] == [
        f"{second}:2: form 'demo' version 2 is already defined in {tmp_path / 'a.yaml'}"
    ]


def test_every_problem_code_has_swedish_and_english_wording() -> None:
    for code in PROBLEM_CODES:
        sv, en = MESSAGES[code]
        assert sv, code
        assert en, code


def test_section_kinds_are_built(tmp_path: Path) -> None:
    text = VALID.replace("kind: other", "kind: danger_assessment\nscored: true") + textwrap.dedent(
        """\
          - id: judge
            kind: judgement
            title: "Bedömning"
        levels:
          - {id: low, label: {sv: Låg, en: Low}, description: "Inget tyder på"}
          - {id: high, label: Hög}
        review_days: 30
        """
    )
    form = load_form(write(tmp_path, text))
    assert form.sections[-1].kind is SectionKind.JUDGEMENT
    assert form.has_judgement
    assert not form.has_client_estimate
    assert [lv.id for lv in form.levels] == ["low", "high"]
    assert form.level("low").label.get("en") == "Low"
    assert form.review_days == 30


def test_pieces_that_are_not_mappings_are_reported_once(tmp_path: Path) -> None:
    text = VALID.replace("      - id: q2\n", "      - just a line\n      - id: q2\n").replace(
        'q1 == "yes"', 'q1 == "no"'
    )
    path = write(tmp_path, text + "  - another line\n")
    assert problems_of(path) == [
        f"{path}:13: questions[1]: expected a mapping (key: value lines)",
        f"{path}:18: sections[1]: expected a mapping (key: value lines)",
    ]


def test_text_of_the_wrong_type_says_what_is_expected(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('text: "Fråga två"', "text: 42"))
    assert only_problem(path) == (
        f'{path}:16: text: expected a text or a mapping {{sv: "...", en: "..."}}'
    )
