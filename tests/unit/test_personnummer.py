"""Personnummer parsing and validation (riskapp.domain.personnummer, docs/DOMAIN.md §6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskapp.domain.personnummer import (
    InvalidPersonnummer,
    Personnummer,
    is_valid,
    luhn_check_digit,
    parse,
    test_numbers,
)

TODAY = date(2026, 1, 15)


# --- docs/DOMAIN.md §6's table, every row -----------------------------------------------


@pytest.mark.parametrize(
    ("value", "stored", "sex", "coordination", "born"),
    [
        ("170101-2393", "201701012393", "male", False, date(2017, 1, 1)),
        ("701063-2391", "197010632391", "male", True, date(1970, 10, 3)),
        ("010413+2386", "190104132386", "female", False, date(1901, 4, 13)),
        ("20000229-2381", "200002292381", "female", False, date(2000, 2, 29)),
    ],
)
def test_domain_table_valid_numbers_normalise_to_twelve_digits(
    value: str, stored: str, sex: str, coordination: bool, born: date
) -> None:
    pnr = parse(value, today=TODAY)
    assert pnr.digits12 == stored
    assert pnr.sex == sex
    assert pnr.coordination is coordination
    assert pnr.birth_date == born


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("170101-2394", "pnr_checksum"),
        ("000229+2381", "pnr_day"),  # 1900 is not a leap year; the check digit is right
        ("20010229-2380", "pnr_day"),  # 2001 is not a leap year
    ],
)
def test_domain_table_invalid_numbers_are_rejected_with_their_code(value: str, code: str) -> None:
    with pytest.raises(InvalidPersonnummer) as info:
        parse(value, today=TODAY)
    assert info.value.code == code


def test_luhn_matches_domain_worked_example() -> None:
    assert luhn_check_digit("170101239") == 3


def test_plus_separator_reads_a_century_earlier() -> None:
    assert parse("010413+2386", today=TODAY).birth_date == date(1901, 4, 13)
    # The check digit ignores the century: with '-' the same digits read as 2001.
    assert parse("010413-2386", today=TODAY).birth_date == date(2001, 4, 13)


def test_minus_separator_and_no_separator_pick_latest_year_not_after_today() -> None:
    assert parse("170101-2393", today=TODAY).digits12 == "201701012393"
    assert parse("1701012393", today=TODAY).digits12 == "201701012393"
    # Before 2017 the same 10 digits can only be 1917.
    assert parse("170101-2393", today=date(2016, 6, 1)).digits12 == "191701012393"


def test_surrounding_whitespace_is_tolerated() -> None:
    assert parse("  20170101-2393 \n", today=TODAY).digits12 == "201701012393"
    assert parse("\t201701012393 ", today=TODAY).digits12 == "201701012393"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "20170101+2393",  # '+' with an explicit century
        "2017-0101-2393",
        "170101--2393",
        "17010 1-2393",
        "170101-239",
        "1701012393999",
        "١٧٠١٠١-٢٣٩٣",  # non-ASCII digits are not accepted
    ],
)
def test_malformed_input_is_a_format_error(value: str) -> None:
    with pytest.raises(InvalidPersonnummer) as info:
        parse(value, today=TODAY)
    assert info.value.code == "pnr_format"


def test_month_thirteen_is_a_month_error() -> None:
    with pytest.raises(InvalidPersonnummer) as info:
        parse("20171301-2393", today=TODAY)
    assert info.value.code == "pnr_month"


def test_day_zero_and_day_thirty_two_are_day_errors() -> None:
    for value in ("20170100-2393", "20170132-2393", "20170431-2393", "20170192-2393"):
        with pytest.raises(InvalidPersonnummer) as info:
            parse(value, today=TODAY)
        assert info.value.code == "pnr_day"


def test_future_birth_date_is_rejected() -> None:
    with pytest.raises(InvalidPersonnummer) as info:
        parse("20170101-2393", today=date(2016, 12, 31))
    assert info.value.code == "pnr_future"
    # Born today is fine.
    assert parse("20170101-2393", today=date(2017, 1, 1)).age(date(2017, 1, 1)) == 0


def test_ten_digit_dash_in_the_rest_of_this_year_is_in_the_future() -> None:
    # 10 digits with '-' take this year; a date later this year is therefore in the future.
    with pytest.raises(InvalidPersonnummer) as info:
        parse("000229-2381", today=date(2000, 2, 1))
    assert info.value.code == "pnr_future"


def test_error_never_contains_the_number() -> None:
    with pytest.raises(InvalidPersonnummer) as info:
        parse("170101-2394", today=TODAY)
    assert "170101" not in str(info.value)
    assert "170101" not in repr(info.value.params)
    assert "2017" not in repr(parse("170101-2393", today=TODAY))


def test_age_counts_completed_years_and_leap_day_birthdays() -> None:
    pnr = parse("20000229-2381", today=TODAY)
    assert pnr.age(date(2001, 2, 28)) == 0
    assert pnr.age(date(2001, 3, 1)) == 1
    assert pnr.age(date(2004, 2, 29)) == 4
    assert pnr.age(date(2026, 1, 15)) == 25


def test_formatted_and_masked() -> None:
    pnr = parse("701063-2391", today=TODAY)
    assert pnr.formatted() == "19701063-2391"
    assert pnr.masked() == "19701063-****"


def test_short_form_uses_plus_from_the_year_of_the_hundredth_birthday() -> None:
    born_1901 = parse("010413+2386", today=TODAY)
    assert born_1901.short_form(today=TODAY) == "010413+2386"
    assert born_1901.short_form(today=date(2000, 12, 31)) == "010413-2386"
    assert born_1901.short_form(today=date(2001, 1, 1)) == "010413+2386"
    assert parse("170101-2393", today=TODAY).short_form(today=TODAY) == "170101-2393"


def test_is_valid_reports_without_raising() -> None:
    assert is_valid("170101-2393", today=TODAY)
    assert not is_valid("170101-2394", today=TODAY)


def test_shipped_test_numbers_are_all_valid_and_unique() -> None:
    numbers = test_numbers()
    assert len(numbers) > 500
    assert len(set(numbers)) == len(numbers)
    for value in numbers:
        assert parse(value, today=TODAY).digits12 == value


def test_shipped_test_numbers_include_both_sexes() -> None:
    sexes = {parse(v, today=TODAY).sex for v in test_numbers()}
    assert sexes == {"female", "male"}


# --- property tests -----------------------------------------------------------------------

_births = st.dates(min_value=date(1890, 1, 1), max_value=TODAY)


@st.composite
def _numbers(draw: st.DrawFn) -> tuple[str, date, bool]:
    born = draw(_births)
    serial = draw(st.integers(min_value=0, max_value=999))
    coordination = draw(st.booleans())
    day = born.day + (60 if coordination else 0)
    nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{serial:03d}"
    digits12 = f"{born.year:04d}{nine[2:]}{luhn_check_digit(nine)}"
    return digits12, born, coordination


@given(_numbers())
def test_generated_numbers_parse_with_their_luhn_digit(sample: tuple[str, date, bool]) -> None:
    digits12, born, coordination = sample
    pnr = parse(digits12, today=TODAY)
    assert pnr.digits12 == digits12
    assert pnr.birth_date == born
    assert pnr.coordination is coordination
    assert int(digits12[-1]) == luhn_check_digit(digits12[2:11])
    assert pnr.sex == ("male" if int(digits12[10]) % 2 else "female")


@given(_numbers())
def test_round_trip_twelve_to_ten_to_twelve(sample: tuple[str, date, bool]) -> None:
    digits12, born, _ = sample
    pnr = parse(digits12, today=TODAY)
    short = pnr.short_form(today=TODAY)
    assert short[6] == ("+" if TODAY.year - born.year >= 100 else "-")
    assert parse(short, today=TODAY) == pnr
    assert parse(pnr.formatted(), today=TODAY) == pnr


@given(_numbers(), st.integers(min_value=2, max_value=11), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_breaks_check_digit_or_date(
    sample: tuple[str, date, bool], position: int, delta: int
) -> None:
    # Positions 0-1 (the century) are outside the 10-digit form and not protected by Luhn.
    digits12, _, _ = sample
    changed = digits12[:position] + str((int(digits12[position]) + delta) % 10)
    changed += digits12[position + 1 :]
    with pytest.raises(InvalidPersonnummer) as info:
        parse(changed, today=TODAY)
    assert info.value.code in {"pnr_month", "pnr_day", "pnr_checksum", "pnr_future"}


@given(st.dates(min_value=TODAY + timedelta(days=1), max_value=date(2099, 12, 31)))
def test_every_future_birth_date_is_rejected(born: date) -> None:
    nine = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}238"
    digits12 = f"{born.year:04d}{nine[2:]}{luhn_check_digit(nine)}"
    with pytest.raises(InvalidPersonnummer) as info:
        parse(digits12, today=TODAY)
    assert info.value.code == "pnr_future"


def test_personnummer_is_a_frozen_value() -> None:
    pnr = parse("170101-2393", today=TODAY)
    assert isinstance(pnr, Personnummer)
    with pytest.raises(AttributeError):
        pnr.digits12 = "x"  # type: ignore[misc]
