"""The visible_if expression language: parsing, errors with columns, evaluation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskapp.domain.forms import conditions
from riskapp.domain.forms.conditions import (
    And,
    Answered,
    Compare,
    Contains,
    InList,
    Not,
    Or,
    evaluate,
    parse,
    referenced_questions,
)
from riskapp.domain.forms.errors import ConditionSyntaxError


def holds(source: str, **answers: object) -> bool:
    return evaluate(parse(source), answers)


def test_equality_parses_to_a_comparison() -> None:
    assert parse('q == "yes"') == Compare("q", "==", "yes", 1)


def test_and_binds_tighter_than_or() -> None:
    result = parse('a == "x" or b == "y" and c == "z"')
    assert isinstance(result, Or)
    assert isinstance(result.operands[1], And)


def test_parentheses_and_not_group_as_written() -> None:
    result = parse('not (a == "x" or b == "y")')
    assert isinstance(result, Not)
    assert isinstance(result.operand, Or)


def test_in_list_accepts_trailing_comma_and_single_quotes() -> None:
    assert parse("q in ['a', \"b\",]") == InList("q", ("a", "b"), False, 1)


def test_not_in_is_a_negated_list() -> None:
    assert parse('q not in ["a"]') == InList("q", ("a",), True, 1)


def test_contains_and_answered_parse() -> None:
    assert parse('kids contains "saw"') == Contains("kids", "saw", 1)
    assert parse("answered(q2)") == Answered("q2", 10)


def test_numbers_booleans_and_negative_literals() -> None:
    assert parse("n >= 2.5") == Compare("n", ">=", 2.5, 1)
    assert parse("n > -1") == Compare("n", ">", -1, 1)
    assert parse("c == true") == Compare("c", "==", True, 1)


def test_string_escapes_are_unescaped() -> None:
    assert parse(r'q == "a \"b\" c"') == Compare("q", "==", 'a "b" c', 1)


def test_referenced_questions_in_order_without_duplicates() -> None:
    cond = parse('b == "1" and (a == "2" or b == "3") and answered(c)')
    assert referenced_questions(cond) == ("b", "a", "c")


@pytest.mark.parametrize(
    ("source", "column", "fragment"),
    [
        ("", 1, "empty condition"),
        ('q = "yes"', 3, "use '=='"),
        ('q == "yes', 6, "string is not closed"),
        ('q == "yes" and', 15, "expected a question id"),
        ('q == "yes")', 11, "expected 'and', 'or'"),
        ('(q == "yes"', 12, "expected ')'"),
        ("q", 2, "expected an operator"),
        ("q == ", 6, "expected a value"),
        ("q in []", 7, "expected a value"),
        ("q not == 1", 7, "expected 'in' after 'not'"),
        ('and == "x"', 1, "expected a question id"),
        ("q == yes", 6, "expected a value"),
        ("q == 1 ; x", 8, "unexpected character ';'"),
        ("q.attr == 1", 2, "unexpected character '.'"),
    ],
)
def test_syntax_errors_report_the_column(source: str, column: int, fragment: str) -> None:
    with pytest.raises(ConditionSyntaxError) as info:
        parse(source)
    assert info.value.column == column
    assert fragment in info.value.detail


@pytest.mark.parametrize(
    "source",
    [
        "__import__('os')",
        "__import__('os').system('rm -rf /')",
        "open('/etc/passwd')",
        "q == __builtins__",
        "q == (lambda: 1)()",
        'q == "a" + "b"',
        "q == [1, 2][0]",
        "exec('x')",
        "q == `ls`",
        "q == 1 if True else 2",
    ],
)
def test_code_is_rejected_not_evaluated(source: str) -> None:
    with pytest.raises(ConditionSyntaxError):
        parse(source)


def test_import_attempt_names_the_offending_position() -> None:
    with pytest.raises(ConditionSyntaxError) as info:
        parse("__import__('os')")
    assert info.value.column == 11
    assert "expected an operator" in info.value.detail


def test_overlong_and_deeply_nested_input_is_refused() -> None:
    with pytest.raises(ConditionSyntaxError, match="longer than"):
        parse('q == "' + "x" * 3000 + '"')
    with pytest.raises(ConditionSyntaxError, match="nested too deeply"):
        parse("(" * 60 + 'q == "x"' + ")" * 60)
    with pytest.raises(ConditionSyntaxError, match="nested too deeply"):
        parse("not " * 60 + 'q == "x"')


def test_equality_on_answers() -> None:
    assert holds('q == "yes"', q="yes")
    assert not holds('q == "yes"', q="no")
    assert holds('q != "yes"', q="no")


def test_unanswered_compares_as_not_equal_and_false() -> None:
    assert not holds('q == "yes"')
    assert holds('q != "yes"')
    assert not holds('q in ["yes", "no"]')
    assert holds('q not in ["yes"]')
    assert not holds('q contains "a"')
    assert not holds("n > 1")
    assert not holds("n <= 1")
    assert not holds("answered(q)")
    assert not holds('q == "yes"', q=None)


def test_answered_ignores_empty_text_and_empty_lists() -> None:
    assert not holds("answered(q)", q="  ")
    assert not holds("answered(q)", q=[])
    assert holds("answered(q)", q="x")
    assert holds("answered(q)", q=False)
    assert holds("answered(q)", q=0)


def test_contains_on_multiple_choice() -> None:
    assert holds('children contains "saw"', children=["heard", "saw"])
    assert not holds('children contains "saw"', children=["heard"])
    assert not holds('children contains "saw"', children="saw")


def test_numeric_comparisons() -> None:
    assert holds("n < 3", n=2)
    assert holds("n <= 2", n=2)
    assert holds("n > 2.5", n=3)
    assert holds("n >= 3", n=3.0)
    assert not holds("n > 2", n="3")  # a text is never a number


def test_booleans_do_not_equal_numbers_or_strings() -> None:
    assert holds("c == true", c=True)
    assert not holds("c == true", c=1)
    assert not holds("c == 1", c=True)
    assert not holds('c == "true"', c=True)


def test_logic_operators() -> None:
    assert holds('a == "x" and b == "y"', a="x", b="y")
    assert not holds('a == "x" and b == "y"', a="x", b="n")
    assert holds('a == "x" or b == "y"', a="n", b="y")
    assert holds('not a == "x"', a="n")
    assert holds('not (a == "x" and b == "y")', a="x")


def test_keywords_cannot_be_question_ids() -> None:
    assert "answered" in conditions.KEYWORDS
    with pytest.raises(ConditionSyntaxError):
        parse('contains == "x"')


@given(st.text(max_size=80))
def test_arbitrary_text_parses_or_raises_syntax_error(source: str) -> None:
    column = None
    try:
        result = parse(source)
    except ConditionSyntaxError as exc:
        column = exc.column
    if column is None:
        assert referenced_questions(result)
    else:
        assert 1 <= column <= len(source) + 1
