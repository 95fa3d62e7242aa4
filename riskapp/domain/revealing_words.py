"""Words that give a discreet safety-plan printout away (docs/DOMAIN.md §5), Swedish and English.

A discreet printout may be found by the person the client is afraid of; a heading, an
alias, a help-line name or a line of free text that says "police", "shelter" or "escape"
betrays it. ``find_revealing(text)`` returns the first revealing word found, or None.

Matching works on words, not raw substrings, so that "hotell", "passa" and "journal" are
not taken for "hot", "pass" and "jour", while Swedish compounds still hit:

* a *stem* hits anywhere inside a word: distinctive stems such as "polis" ("polisanmälan"),
  "våld" ("familjevåld"), "kvinnojour" ("kvinnojouren"), "skydd" ("skyddad");
* a *word* hits as a whole word in one of its listed forms ("hot", "hotet", "hotade"),
  also as the last part of a Swedish compound ("dödshot", "kvinnojouren" for "jour")
  when ``compound_end`` is set, and as the first part of a word for its listed
  ``prefixes`` ("heders" in "hedersrelaterat", "passnummer");
* a *phrase* ("skyddat boende", "safety plan") hits when its words follow each other.

Text is compared after Unicode NFKC folding, case folding and removal of invisible
characters (soft hyphens, zero-width spaces), so "POLIS", "po\u00adlis" and a phrase split
over a line break all hit. The check errs on the side of the client: a false alarm is a
warning the caseworker can read past (free text) or a wording the author must change
(form aliases, which ``riskapp forms check`` refuses).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = re.compile(r"[^\W\d_]+")
#: Compound ends need at least this many letters before them ("dödshot": yes, "shot": no).
_MIN_COMPOUND_HEAD = 3


@dataclass(frozen=True)
class RevealingWord:
    """One revealing word and how it is recognised (see the module docstring)."""

    word: str
    language: str
    #: Whole-word forms that hit (inflections). Empty for a stem or a phrase.
    forms: tuple[str, ...] = ()
    #: Hit anywhere inside a word.
    stem: bool = False
    #: Also hit when one of ``forms`` ends a longer word (a Swedish compound).
    compound_end: bool = False
    #: Hit when a word starts with one of these.
    prefixes: tuple[str, ...] = ()


def _stem(word: str, language: str = "sv") -> RevealingWord:
    return RevealingWord(word, language, stem=True)


def _forms(
    word: str,
    *forms: str,
    language: str = "sv",
    compound_end: bool = False,
    prefixes: tuple[str, ...] = (),
) -> RevealingWord:
    return RevealingWord(
        word, language, (word, *forms), compound_end=compound_end, prefixes=prefixes
    )


def _phrase(words: str, language: str) -> RevealingWord:
    return RevealingWord(words, language)


SWEDISH: tuple[RevealingWord, ...] = (
    _stem("kvinnofrid"),
    _stem("kvinnojour"),
    _forms("jour", "jouren", "jourer", "jourerna", "jourens", compound_end=True),
    _stem("brottsoffer"),
    _forms("heder", "hedern", "hederns", prefixes=("heders",)),
    _stem("hedersrelaterat"),
    _stem("kontaktförbud"),
    _stem("skydd"),
    _phrase("skyddat boende", "sv"),
    _forms("fly", "flyr", "flydde", "flyende"),
    _stem("flykt"),
    _forms(
        "packa",
        "packar",
        "packade",
        "packat",
        "packad",
        "packning",
        "packningen",
        prefixes=("packlist",),
    ),
    _forms(
        "pass",
        "passet",
        "passen",
        "passens",
        "passets",
        prefixes=("passnum", "passfoto", "passansökan", "passhandling", "passkontroll"),
    ),
    _stem("polis"),
    _stem("våld"),
    _stem("misshandel"),
    _stem("misshandl"),
    _forms(
        "hot",
        "hotet",
        "hoten",
        "hotens",
        "hota",
        "hotar",
        "hotade",
        "hotat",
        "hotad",
        "hotfull",
        "hotfulla",
        "hotfullt",
        "hotelse",
        "hotelser",
        compound_end=True,
    ),
    _stem("säkerhetsplan"),
    _stem("socialtjänst"),
    _stem("socialsekreterare"),
    _stem("stödsamtal"),
    _stem("övergrepp"),
    _stem("åklagare"),
    _stem("förföljelse"),
    _stem("stalkning"),
    _stem("riskapp"),
)

ENGLISH: tuple[RevealingWord, ...] = (
    _forms("escape", "escapes", "escaped", "escaping", language="en"),
    _forms("flee", "flees", "fled", "fleeing", language="en"),
    _forms("shelter", "shelters", "sheltered", language="en"),
    _forms("police", "policeman", "policemen", "policewoman", language="en"),
    _forms("violence", "violent", "violently", language="en"),
    _forms("abuse", "abuses", "abused", "abuser", "abusers", "abusing", "abusive", language="en"),
    _forms("passport", "passports", language="en"),
    _phrase("safety plan", "en"),
    _phrase("restraining order", "en"),
    _phrase("protection order", "en"),
    _phrase("social services", "en"),
    _forms("domestic", language="en"),
    _forms("refuge", "refuges", language="en"),
    _forms("hotline", "hotlines", language="en"),
    _forms("threat", "threats", "threaten", "threatened", "threatening", language="en"),
    _forms("assault", "assaults", "assaulted", language="en"),
    _forms("stalker", "stalking", "stalked", language="en"),
    _forms("victim", "victims", language="en"),
    _forms("honour", "honor", language="en"),
    _forms("prosecutor", language="en"),
    _stem("riskapp", "en"),
)

REVEALING_WORDS: tuple[RevealingWord, ...] = SWEDISH + ENGLISH


def normalise(text: str) -> str:
    """Text as it is compared: NFKC, invisible characters removed, case-folded."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def _word_hits(entry: RevealingWord, token: str) -> bool:
    if entry.stem:
        return entry.word in token
    if token in entry.forms:
        return True
    if any(token.startswith(p) for p in entry.prefixes):
        return True
    if entry.compound_end:
        for form in entry.forms:
            if token.endswith(form) and len(token) - len(form) >= _MIN_COMPOUND_HEAD:
                return True
    return False


def find_revealing(text: str) -> str | None:
    """The first revealing word (its base form) that ``text`` contains, or None."""
    tokens = _WORD.findall(normalise(text))
    if not tokens:
        return None
    joined = " ".join(tokens)
    for entry in REVEALING_WORDS:
        if " " in entry.word:
            if re.search(rf"(?<!\w){re.escape(entry.word)}(?!\w)", joined):
                return entry.word
            continue
        if any(_word_hits(entry, token) for token in tokens):
            return entry.word
    return None


def find_revealing_in(texts: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The first ``(place, word)`` where one of the ``(place, text)`` pairs reveals."""
    for place, text in texts:
        word = find_revealing(text)
        if word is not None:
            return place, word
    return None
