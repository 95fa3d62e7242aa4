"""The ``visible_if`` expression language: tokenizer, recursive-descent parser, evaluator.

Conditions are parsed by this module and never handed to ``eval``: anything outside the
grammar below is a ``ConditionSyntaxError`` with a 1-based column.

Grammar::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | primary
    primary    := "(" expr ")"
                | "answered" "(" NAME ")"
                | NAME ("==" | "!=" | "<" | "<=" | ">" | ">=") literal
                | NAME ["not"] "in" "[" literal ("," literal)* [","] "]"
                | NAME "contains" literal
    literal    := STRING | NUMBER | "true" | "false"

``NAME`` is a question id; ``STRING`` is single- or double-quoted (``\\"`` and ``\\\\``
escapes); ``NUMBER`` is an optional minus sign, digits and an optional decimal part.

Evaluation (``evaluate``) over an answers mapping: an unanswered question (missing or
None) makes ``==``, ``in``, ``contains`` and ``< <= > >=`` false and ``!=`` / ``not in``
true; ``answered(q)`` is true when the answer is present and not empty. Numeric
comparisons are false unless both sides are numbers. Which questions a condition may
name, and with which literals, is checked by the loader against the form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from riskapp.domain.forms.errors import ConditionSyntaxError

Literal = str | int | float | bool

#: Words with a meaning in the language; they cannot be question ids.
KEYWORDS = frozenset({"and", "or", "not", "in", "contains", "answered", "true", "false"})
COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
NUMERIC_COMPARISONS = frozenset({"<", "<=", ">", ">="})
MAX_LENGTH = 2000  # a condition longer than this is a mistake, not a form
MAX_DEPTH = 50  # nesting limit, so hostile input cannot exhaust the stack


# --- tokens -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # "name", "string", "number", "op", "end"
    value: Any
    column: int  # 1-based
    text: str


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_PUNCT = ("==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",")


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens; raises ConditionSyntaxError on any unknown character."""
    if len(source) > MAX_LENGTH:
        raise ConditionSyntaxError(f"condition longer than {MAX_LENGTH} characters", 1)
    tokens: list[Token] = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        column = i + 1
        if ch in " \t\r\n":
            i += 1
            continue
        if ch in "\"'":
            value, end = _read_string(source, i)
            tokens.append(Token("string", value, column, source[i:end]))
            i = end
            continue
        m = _NUMBER.match(source, i)
        if m and (ch != "-" or _number_may_start(tokens)):
            text = m.group()
            number: int | float = float(text) if "." in text else int(text)
            tokens.append(Token("number", number, column, text))
            i = m.end()
            continue
        m = _NAME.match(source, i)
        if m:
            tokens.append(Token("name", m.group(), column, m.group()))
            i = m.end()
            continue
        for punct in _PUNCT:
            if source.startswith(punct, i):
                tokens.append(Token("op", punct, column, punct))
                i += len(punct)
                break
        else:
            if ch == "=":
                raise ConditionSyntaxError("use '==' to compare, not '='", column)
            raise ConditionSyntaxError(f"unexpected character {ch!r}", column)
    tokens.append(Token("end", None, n + 1, ""))
    return tokens


def _number_may_start(tokens: list[Token]) -> bool:
    # A minus sign starts a number only where a literal is expected (after an operator).
    return not tokens or tokens[-1].kind == "op"


def _read_string(source: str, start: int) -> tuple[str, int]:
    quote = source[start]
    out: list[str] = []
    i = start + 1
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source) and source[i + 1] in (quote, "\\"):
            out.append(source[i + 1])
            i += 2
            continue
        if ch == quote:
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise ConditionSyntaxError("string is not closed", start + 1)


# --- syntax tree ------------------------------------------------------------------------


@dataclass(frozen=True)
class Compare:
    question: str
    op: str  # one of COMPARISONS
    value: Literal
    column: int


@dataclass(frozen=True)
class InList:
    question: str
    values: tuple[Literal, ...]
    negated: bool
    column: int


@dataclass(frozen=True)
class Contains:
    question: str
    value: Literal
    column: int


@dataclass(frozen=True)
class Answered:
    question: str
    column: int


@dataclass(frozen=True)
class Not:
    operand: Condition


@dataclass(frozen=True)
class And:
    operands: tuple[Condition, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Condition, ...]


Condition = Compare | InList | Contains | Answered | Not | And | Or
Leaf = Compare | InList | Contains | Answered


# --- parser -----------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        token = self.tokens[self.pos]
        if token.kind != "end":
            self.pos += 1
        return token

    def at_word(self, word: str) -> bool:
        return self.current.kind == "name" and self.current.value == word

    def at_op(self, op: str) -> bool:
        return self.current.kind == "op" and self.current.value == op

    def expect_op(self, op: str) -> Token:
        if not self.at_op(op):
            raise self.error(f"expected {op!r}")
        return self.advance()

    def error(self, expected: str) -> ConditionSyntaxError:
        token = self.current
        found = "end of condition" if token.kind == "end" else repr(token.text)
        return ConditionSyntaxError(f"{expected}, found {found}", token.column)

    def parse(self) -> Condition:
        if self.current.kind == "end":
            raise ConditionSyntaxError("empty condition", 1)
        result = self.or_expr()
        if self.current.kind != "end":
            raise self.error("expected 'and', 'or' or the end of the condition")
        return result

    def or_expr(self) -> Condition:
        operands = [self.and_expr()]
        while self.at_word("or"):
            self.advance()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def and_expr(self) -> Condition:
        operands = [self.not_expr()]
        while self.at_word("and"):
            self.advance()
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def not_expr(self) -> Condition:
        if self.at_word("not"):
            self.advance()
            self.enter()
            operand = self.not_expr()
            self.depth -= 1
            return Not(operand)
        return self.primary()

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionSyntaxError("condition nested too deeply", self.current.column)

    def primary(self) -> Condition:
        if self.at_op("("):
            self.advance()
            self.enter()
            inner = self.or_expr()
            self.depth -= 1
            self.expect_op(")")
            return inner
        if self.at_word("answered"):
            self.advance()
            self.expect_op("(")
            name = self.question_name()
            self.expect_op(")")
            return Answered(name.value, name.column)
        name = self.question_name()
        token = self.current
        if token.kind == "op" and token.value in COMPARISONS:
            self.advance()
            return Compare(name.value, token.value, self.literal(), name.column)
        if self.at_word("contains"):
            self.advance()
            return Contains(name.value, self.literal(), name.column)
        negated = False
        if self.at_word("not"):
            self.advance()
            negated = True
            if not self.at_word("in"):
                raise self.error("expected 'in' after 'not'")
        if self.at_word("in"):
            self.advance()
            return InList(name.value, self.literal_list(), negated, name.column)
        raise self.error(
            f"expected an operator (==, !=, <, <=, >, >=, in, contains) after {name.text!r}"
        )

    def question_name(self) -> Token:
        token = self.current
        if token.kind != "name" or token.value in KEYWORDS:
            raise self.error("expected a question id")
        return self.advance()

    def literal(self) -> Literal:
        token = self.current
        if token.kind in ("string", "number"):
            self.advance()
            value: Literal = token.value
            return value
        if self.at_word("true") or self.at_word("false"):
            self.advance()
            return bool(token.value == "true")
        raise self.error("expected a value (a quoted text, a number, true or false)")

    def literal_list(self) -> tuple[Literal, ...]:
        self.expect_op("[")
        values = [self.literal()]
        while self.at_op(","):
            self.advance()
            if self.at_op("]"):
                break
            values.append(self.literal())
        self.expect_op("]")
        return tuple(values)


@lru_cache(maxsize=1024)
def parse(source: str) -> Condition:
    """Parse a condition; raises ConditionSyntaxError (with ``column``) when it is invalid.

    Results are cached: forms are immutable and the engine evaluates the same sources often.
    """
    return _Parser(tokenize(source)).parse()


# --- analysis and evaluation --------------------------------------------------------------


def leaves(condition: Condition) -> Iterator[Leaf]:
    """Every comparison in the condition, left to right."""
    if isinstance(condition, Not):
        yield from leaves(condition.operand)
    elif isinstance(condition, And | Or):
        for operand in condition.operands:
            yield from leaves(operand)
    else:
        yield condition


def referenced_questions(condition: Condition) -> tuple[str, ...]:
    """The question ids the condition reads, in order of first appearance."""
    seen: dict[str, None] = {}
    for leaf in leaves(condition):
        seen.setdefault(leaf.question, None)
    return tuple(seen)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(answer: object, value: Literal) -> bool:
    if _is_number(answer) and _is_number(value):
        return answer == value
    if isinstance(answer, bool) or isinstance(value, bool):
        return isinstance(answer, bool) and isinstance(value, bool) and answer is value
    return type(answer) is type(value) and answer == value


def is_answered(answer: object) -> bool:
    """True when an answer is present and not empty (None, "", whitespace, [])."""
    if answer is None:
        return False
    if isinstance(answer, str):
        return bool(answer.strip())
    if isinstance(answer, list | tuple | set | frozenset):
        return bool(answer)
    return True


def evaluate(condition: Condition, answers: Mapping[str, Any]) -> bool:
    """The truth of ``condition`` over ``answers`` (see the module docstring for rules)."""
    if isinstance(condition, Not):
        return not evaluate(condition.operand, answers)
    if isinstance(condition, And):
        return all(evaluate(c, answers) for c in condition.operands)
    if isinstance(condition, Or):
        return any(evaluate(c, answers) for c in condition.operands)
    answer = answers.get(condition.question)
    if isinstance(condition, Answered):
        return is_answered(answer)
    if isinstance(condition, Contains):
        if not isinstance(answer, list | tuple | set | frozenset):
            return False
        return any(_equal(item, condition.value) for item in answer)
    if isinstance(condition, InList):
        found = answer is not None and any(_equal(answer, v) for v in condition.values)
        return not found if condition.negated else found
    # Compare
    if answer is None:
        return condition.op == "!="
    if condition.op == "==":
        return _equal(answer, condition.value)
    if condition.op == "!=":
        return not _equal(answer, condition.value)
    if not (_is_number(answer) and _is_number(condition.value)):
        return False
    left = float(answer)
    right = float(condition.value)
    if condition.op == "<":
        return left < right
    if condition.op == "<=":
        return left <= right
    if condition.op == ">":
        return left > right
    return left >= right
