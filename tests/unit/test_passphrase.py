"""Passphrase policy: length with a reason, no composition rules, common ones refused."""

from __future__ import annotations

import pytest

from riskapp.domain import passphrase as policy


def test_shorter_than_twelve_characters_is_refused_with_reason() -> None:
    assert policy.problems("elva tecken") == [policy.SHORT]
    assert policy.problems("tolv tecken!") == []
    assert policy.MIN_LENGTH == 12


@pytest.mark.parametrize(
    "text", ["bara små bokstäver här", "ALLACAPSWITHOUTDIGITS", "1029384756473829"]
)
def test_no_composition_rules(text: str) -> None:
    assert policy.problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Password1234",
        "lösenord1234",
        "Sommaren2025",
        "correct horse battery staple",
        "qwertyuiop123",
        "aaaaaaaaaaaaaaaa",
        "123456789012",
    ],
)
def test_common_or_trivial_passphrases_are_refused(text: str) -> None:
    assert policy.COMMON in policy.problems(text)


def test_passphrase_built_on_user_name_is_refused() -> None:
    assert policy.IS_USERNAME in policy.problems("annaanna2024", user_name="anna")
    assert policy.problems("anna har en lång fras som ingen gissar", user_name="anna") == []


def test_strength_hint_ranges_from_0_to_4() -> None:
    assert policy.strength("") == 0
    assert policy.strength("Password1234") == 0
    assert policy.strength("kort") <= 1
    assert policy.strength("hund katt") <= 2
    assert policy.strength("Fyra slumpade ord: kaffe, moln, cykel, 1987!") == 4
    weak, strong = policy.strength("abcdefgh12"), policy.strength("tre ord i rad, långa")
    assert 0 <= weak <= strong <= 4


def test_blocklist_file_is_bundled_and_nonempty() -> None:
    assert len(policy._blocklist()) > 50
