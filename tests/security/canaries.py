"""Canary values for the full-flow scans: distinctive strings that only come from here."""

from __future__ import annotations

LEADER = "anna"
WORKER = "bertil"
#: Never in any file (the vault and its slot file keep it only as an Argon2 input).
CANARY_PASSPHRASE = "KanariePass ÅÄÖ lösenfras 7341"
CANARY_FIRST = "Kanariefågelina"
CANARY_LAST = "Zqxwöbergsdotter"
CANARY_ADDRESS = "Hemligvägen Kanarie 17"
CANARY_NOTES = "Anteckning kanarieord Qwzx"
CANARY_PNR = "197001012397"
#: Every value a scan looks for (the personnummer only in its 12-digit form).
CANARIES = (CANARY_PASSPHRASE, CANARY_FIRST, CANARY_LAST, CANARY_ADDRESS, CANARY_NOTES)
CANARY_CSV = (
    "personnummer,first_name,last_name,phone,address,notes\n"
    f"{CANARY_PNR},{CANARY_FIRST},{CANARY_LAST},0701234567,{CANARY_ADDRESS},{CANARY_NOTES}\n"
    f",Kanarie{CANARY_FIRST},{CANARY_LAST}2,,,\n"
)
