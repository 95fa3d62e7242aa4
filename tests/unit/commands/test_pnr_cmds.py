"""``riskapp pnr VALUE`` through the real argument parser (riskapp.commands.pnr_cmds)."""

from __future__ import annotations

import io

import pytest

from riskapp.cli import Console, main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(stdin=io.StringIO(), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("170101-2393", "201701012393"),
        ("701063-2391", "197010632391"),
        ("010413+2386", "190104132386"),
        (" 20000229-2381 ", "200002292381"),
    ],
)
def test_valid_number_prints_twelve_digits_and_exits_zero(value: str, expected: str) -> None:
    code, out, err = _run("pnr", value)
    assert (code, out.strip(), err) == (0, expected, "")


@pytest.mark.parametrize(
    ("value", "swedish", "english"),
    [
        ("170101-2394", "kontrollsiffran stämmer inte", "check digit does not match"),
        ("000229+2381", "dagen finns inte", "no such day"),
        ("20171301-2393", "månaden finns inte", "no such month"),
        ("20170101+2393", "Ogiltigt personnummer", "Invalid personnummer"),
        ("hello", "Ogiltigt personnummer", "Invalid personnummer"),
    ],
)
def test_invalid_number_explains_in_swedish_and_english_and_exits_one(
    value: str, swedish: str, english: str
) -> None:
    code, out, err = _run("pnr", value)
    assert code == 1
    assert out == ""
    assert swedish in err
    assert english in err
    assert value.strip() not in err
    assert "Traceback" not in err


def test_future_birth_date_is_refused() -> None:
    code, _, err = _run("pnr", "20991231-2387")
    assert code == 1
    assert "framtiden" in err
    assert "future" in err
