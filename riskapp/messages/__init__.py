"""The command line's words for codes: Swedish first, with English.

Every code an error, a form-file problem, a CSV import problem or a completion problem can
carry has a line in the one table, ``MESSAGES`` (``catalogue.py``); the codes are declared
next to their errors (``tests/unit/test_error_codes.py`` checks both). ``describe(exc)``
turns a ``RiskappError`` into one line, ``word`` any code. The GUI has its own catalogue,
translated with Qt, in ``riskapp.ui.common.errors``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from riskapp.domain.errors import RiskappError
from riskapp.messages.cases import CASE_MESSAGES
from riskapp.messages.catalogue import MESSAGES as _CATALOGUE

#: Every code's words: the catalogue and the blocks kept beside it.
MESSAGES: dict[str, tuple[str, str]] = {**_CATALOGUE, **CASE_MESSAGES}

__all__ = ["MESSAGES", "describe", "word"]


def word(code: str, params: Mapping[str, Any], language: str = "both") -> str | None:
    """The words for ``code`` ("svensk text (English text)" by default), None if unknown
    or if ``params`` do not fill them."""
    try:
        sv, en = MESSAGES[code]
        sv = sv.format(**params)
        en = en.format(**params)
    except (KeyError, IndexError, ValueError):
        return None
    return _pick(sv, en, language)


def describe(exc: RiskappError, language: str = "both") -> str:
    """One line for a person: "svensk text (English text)" by default."""
    sv, en = MESSAGES.get(exc.code, (str(exc), str(exc)))
    try:
        sv = sv.format(**exc.params)
        en = en.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        pass
    return _pick(sv, en, language)


def _pick(sv: str, en: str, language: str) -> str:
    if language == "sv":
        return sv
    if language == "en":
        return en
    return f"{sv} ({en})" if en and en != sv else sv
