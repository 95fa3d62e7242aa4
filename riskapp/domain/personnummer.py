"""Swedish personnummer and samordningsnummer: parsing, validation, normalisation.

Rules (Skatteverket, docs/DOMAIN.md §6):

* Accepted input: ``YYMMDD-NNNC``, ``YYMMDD+NNNC``, ``YYMMDDNNNC``, ``YYYYMMDD-NNNC`` and
  ``YYYYMMDDNNNC``; surrounding white space is ignored. A 12-digit form with ``+`` is an
  error (the century is explicit, so the centenarian separator makes no sense).
* 10 digits with ``-`` (or no separator): the latest year ending in ``YY`` that is not after
  ``today``'s year; with ``+``: 100 years earlier. Skatteverket switches the separator to
  ``+`` from the *year* a person turns 100, so the rule is by year, not by date.
* Month 01-12; the day (less 60 for a samordningsnummer) must exist in that month and year
  (Gregorian leap years); then the Luhn check digit over the 10-digit form; then the birth
  date must not be after ``today``.
* Stored form: 12 digits (eSam). Legal sex: the ninth digit of the 10-digit form, odd = male.

Nothing here logs or puts the number into an exception message: errors carry only a code.
This module also exposes Skatteverket's published test numbers (``test_numbers``) for demo
data and tests; never use made-up numbers, they may belong to a real person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from riskapp.domain.errors import DomainError

__all__ = [
    "InvalidPersonnummer",
    "Personnummer",
    "is_valid",
    "luhn_check_digit",
    "parse",
    "test_numbers",
]

_PATTERN_12 = re.compile(r"^([0-9]{8})([-+]?)([0-9]{4})$")
_PATTERN_10 = re.compile(r"^([0-9]{6})([-+]?)([0-9]{4})$")

#: Samordningsnummer add this to the day of birth.
COORDINATION_OFFSET = 60


class InvalidPersonnummer(DomainError):  # noqa: N818 (name fixed by the shared API)
    """The value is not a valid personnummer / samordningsnummer.

    The offending value is never included (it is personal data).
    """

    code = "pnr_format"
    other_codes = (
        "pnr_month",
        "pnr_day",
        "pnr_checksum",
        "pnr_future",
    )


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit for the first nine digits of the 10-digit form.

    Weights 2, 1, 2, ...; the digits of the products are summed;
    ``C = (10 - sum % 10) % 10``.
    """
    if len(nine_digits) != 9 or not nine_digits.isdigit():
        raise ValueError("expected nine digits")
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


@dataclass(frozen=True, slots=True)
class Personnummer:
    """A validated number in its stored 12-digit form (``YYYYMMDDNNNC``)."""

    digits12: str
    birth_date: date
    coordination: bool
    #: Legal sex as registered: "female" or "male" (ninth digit of the 10-digit form).
    sex: str

    def age(self, on: date) -> int:
        """Completed years on ``on``.

        Someone born on 29 February becomes a year older on 1 March in common years
        (the birthday has not yet occurred on 28 February).
        """
        born = self.birth_date
        years = on.year - born.year
        if (on.month, on.day) < (born.month, born.day):
            years -= 1
        return years

    def formatted(self) -> str:
        """``YYYYMMDD-NNNC`` (samordningsnummer keep their day + 60)."""
        return f"{self.digits12[:8]}-{self.digits12[8:]}"

    def masked(self) -> str:
        """``YYYYMMDD-****``: for lists where the birth serial need not show."""
        return f"{self.digits12[:8]}-****"

    def short_form(self, *, today: date) -> str:
        """The 10-digit form ``YYMMDD-NNNC``, with ``+`` from the year the person turns 100."""
        separator = "+" if today.year - self.birth_date.year >= 100 else "-"
        return f"{self.digits12[2:8]}{separator}{self.digits12[8:]}"

    def __repr__(self) -> str:
        # Keep the number out of tracebacks and debug logs.
        return "Personnummer(<hidden>)"


def parse(value: str, *, today: date) -> Personnummer:
    """Validate ``value`` and return it normalised to 12 digits.

    ``today`` decides the century of 10-digit input and the "not in the future" check.
    Raises ``InvalidPersonnummer`` with code ``pnr_format``, ``pnr_month``, ``pnr_day``,
    ``pnr_checksum`` or ``pnr_future`` (checked in that order).
    """
    if not isinstance(value, str):
        raise InvalidPersonnummer("not a string", code="pnr_format")
    text = value.strip()
    match12 = _PATTERN_12.match(text)
    if match12 is not None:
        head, separator, tail = match12.groups()
        if separator == "+":
            raise InvalidPersonnummer("'+' with a 12-digit number", code="pnr_format")
        year = int(head[:4])
        month = int(head[4:6])
        day = int(head[6:8])
    else:
        match10 = _PATTERN_10.match(text)
        if match10 is None:
            raise InvalidPersonnummer("not a personnummer pattern", code="pnr_format")
        head, separator, tail = match10.groups()
        yy = int(head[:2])
        base = today.year - 100 if separator == "+" else today.year
        year = base - (base - yy) % 100
        month = int(head[2:4])
        day = int(head[4:6])
    if not 1 <= month <= 12:
        raise InvalidPersonnummer("month out of range", code="pnr_month")
    coordination = day > COORDINATION_OFFSET
    real_day = day - COORDINATION_OFFSET if coordination else day
    if year < 1 or not 1 <= real_day <= _days_in_month(year, month):
        raise InvalidPersonnummer("no such day", code="pnr_day")
    ten = f"{year % 100:02d}{month:02d}{day:02d}{tail}"
    if luhn_check_digit(ten[:9]) != int(ten[9]):
        raise InvalidPersonnummer("check digit mismatch", code="pnr_checksum")
    birth = date(year, month, real_day)
    if birth > today:
        raise InvalidPersonnummer("birth date in the future", code="pnr_future")
    digits12 = f"{year:04d}{month:02d}{day:02d}{tail}"
    sex = "male" if int(tail[2]) % 2 == 1 else "female"
    return Personnummer(digits12=digits12, birth_date=birth, coordination=coordination, sex=sex)


def is_valid(value: str, *, today: date) -> bool:
    """True when ``parse`` accepts ``value``."""
    try:
        parse(value, today=today)
    except InvalidPersonnummer:
        return False
    return True


@cache
def _load_test_numbers() -> tuple[str, ...]:
    text = (
        resources.files("riskapp.domain")
        .joinpath("data", "testpersonnummer.txt")
        .read_text(encoding="utf-8")
    )
    return tuple(
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def test_numbers() -> list[str]:
    """Skatteverket's published test personnummer (12 digits), for demo data and tests.

    They are valid but never assigned to a person. Source and subset are described in the
    header of ``riskapp/domain/data/testpersonnummer.txt``.
    """
    return list(_load_test_numbers())


# pytest collects module-level callables named test_*; this one is data, not a test.
test_numbers.__test__ = False  # type: ignore[attr-defined]
