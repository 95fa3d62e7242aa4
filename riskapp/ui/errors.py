"""The one place that turns a ``RiskappError`` into a Swedish (translatable) message for people.

Known errors get a sentence that says what happened and what to do; anything else gets a
generic message and a log line without personal data (STYLE.md, "Translate at the UI
edge, in one place"). Messages are whole sentences with ``{name}`` placeholders filled from
``exc.params`` after translation, so ``lupdate`` sees every string.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from riskapp.domain.errors import RiskappError
from riskapp.ui.dialogs import Dialogs

log = logging.getLogger(__name__)

_CONTEXT = "errors"

#: code -> untranslated Swedish message (translated when shown).
MESSAGES: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors",
        "Fel användarnamn eller lösenfras. Kontrollera stavningen och Caps Lock och försök igen.",
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "Valvfilen är skadad och kan inte öppnas. Lösenfrasen var rätt. Återställ "
        "den senaste säkerhetskopian eller kontakta din teamledare.",
    ),
    "vault_truncated": QT_TRANSLATE_NOOP(
        "errors",
        "Valvfilen är ofullständig och kan inte öppnas. Återställ den senaste "
        "säkerhetskopian eller kontakta din teamledare.",
    ),
    "keys_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Nyckelfilen som hör till valvet saknas (filen som slutar på .keys). "
        "Lägg tillbaka den eller återställ den senaste säkerhetskopian.",
    ),
    "keys_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "Nyckelfilen som hör till valvet är skadad. Återställ den senaste "
        "säkerhetskopian eller kontakta din teamledare.",
    ),
    "not_a_vault": QT_TRANSLATE_NOOP("errors", "Filen är inte ett riskapp-valv. Välj rätt fil."),
    "vault_not_found": QT_TRANSLATE_NOOP(
        "errors", "Valvfilen finns inte. Kontrollera sökvägen eller skapa ett nytt valv."
    ),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "errors", "Valvet är redan öppet i ett annat fönster eller program. Stäng det först."
    ),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "errors", "Valvet har skapats med en nyare version av riskapp. Uppdatera programmet."
    ),
    "unlock_throttled": QT_TRANSLATE_NOOP(
        "errors", "För många misslyckade försök. Vänta {seconds} sekunder och försök igen."
    ),
    "permission_denied": QT_TRANSLATE_NOOP(
        "errors", "Du har inte behörighet att göra detta. Be en teamledare om hjälp."
    ),
    "record_not_found": QT_TRANSLATE_NOOP(
        "errors", "Uppgiften finns inte längre. Den kan ha tagits bort; uppdatera vyn."
    ),
    "duplicate_record": QT_TRANSLATE_NOOP(
        "errors", "Det finns redan en post med samma uppgifter. Sök fram den befintliga."
    ),
    "validation_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Uppgifterna kunde inte sparas eftersom de är ofullständiga eller "
        "felaktiga. Kontrollera fälten och försök igen.",
    ),
    "assessment_completed": QT_TRANSLATE_NOOP(
        "errors", "Bedömningen är redan slutförd och kan inte ändras. Starta en ny bedömning."
    ),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "errors", "Säkerhetskopian är ogiltig eller skadad. Välj en annan kopia."
    ),
    "passphrase_short": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen är för kort. Använd minst 12 tecken, gärna flera ord."
    ),
    "passphrase_common": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen är för lätt att gissa. Välj flera ord som inte hör ihop."
    ),
    "passphrase_is_username": QT_TRANSLATE_NOOP(
        "errors", "Lösenfrasen liknar användarnamnet. Välj något helt annat."
    ),
    "pnr_format": QT_TRANSLATE_NOOP(
        "errors", "Personnumret har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."
    ),
    "pnr_month": QT_TRANSLATE_NOOP(
        "errors", "Personnumret innehåller en månad som inte finns. Kontrollera siffrorna."
    ),
    "pnr_day": QT_TRANSLATE_NOOP(
        "errors", "Personnumret innehåller en dag som inte finns. Kontrollera siffrorna."
    ),
    "pnr_checksum": QT_TRANSLATE_NOOP(
        "errors", "Personnumrets kontrollsiffra stämmer inte. Kontrollera siffrorna."
    ),
    "pnr_future": QT_TRANSLATE_NOOP(
        "errors", "Personnumret anger ett födelsedatum i framtiden. Kontrollera siffrorna."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "errors", "Disken är full. Frigör utrymme och försök igen; inget har sparats."
    ),
    "disk_space_low": QT_TRANSLATE_NOOP(
        "errors",
        "Det finns inte tillräckligt med ledigt utrymme på disken för att byta valvets "
        "nyckel: det behövs {needed_mb} MB, {free_mb} MB är ledigt. Inget har ändrats och "
        "valvet är inte skadat. Frigör utrymme och försök igen.",
    ),
    "rotation_disk_full": QT_TRANSLATE_NOOP(
        "errors",
        "Disken blev full medan valvets nyckel byttes. Valvet är inte skadat men har "
        "låsts. Frigör utrymme på disken och lås upp igen; då slutförs bytet.",
    ),
    "rotation_interrupted": QT_TRANSLATE_NOOP(
        "errors",
        "Bytet av valvets nyckel avbröts. Valvet är inte skadat men har låsts. Lås upp "
        "igen; då slutförs bytet.",
    ),
}

GENERIC = QT_TRANSLATE_NOOP(
    "errors", "Något gick fel. Försök igen; om felet kvarstår, kontakta din teamledare."
)
TITLE = QT_TRANSLATE_NOOP("errors", "Det gick inte")


def message_for(exc: BaseException) -> str:
    """The translated message for ``exc``: by its code, else a generic one (logged)."""
    if isinstance(exc, RiskappError):
        text = MESSAGES.get(exc.code)
        if text is not None:
            translated = QCoreApplication.translate(_CONTEXT, text)
            try:
                return translated.format(**exc.params)
            except (KeyError, IndexError, ValueError):
                return translated
        log.warning("no UI message for error code %s", exc.code)
    else:
        # A bug, not an expected failure: log the type only (never str(exc): may hold data).
        log.error("unexpected error %s", type(exc).__name__)
    return QCoreApplication.translate(_CONTEXT, GENERIC)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` in a message box (through the dialogs seam)."""
    Dialogs.critical(parent, QCoreApplication.translate(_CONTEXT, TITLE), message_for(exc))
