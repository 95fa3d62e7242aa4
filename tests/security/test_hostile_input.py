"""Hostile input at the boundaries (issue 13): control characters in client fields and user
names, passphrases that are very long, hold NUL, right-to-left text or emoji, standard
input that is not UTF-8, a record extract that cannot be written, a failed init."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from riskapp.cli import Console, main
from riskapp.domain.records import NewClient, Role
from riskapp.domain.text_rules import has_control_characters, json_safe, printable
from riskapp.services import clients as clients_svc
from riskapp.vault import KdfParams, ValidationFailed, Vault, WrongPassphrase
from riskapp.vault.paths import lock_path
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles

REPO_ROOT = Path(__file__).resolve().parents[2]
#: Every C0 control, DEL and a C1 control (0x9b is a one-byte CSI on some terminals).
CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\x9b"]
#: Passphrases that must work as any other: long, NUL, right-to-left, emoji, combining.
HOSTILE_PASSPHRASES = [
    "x" * 10_000 + " lång",
    "nul\x00mitt i\x00frasen här",
    "\u202eRTL-åsidosättning\u202c och mer text",
    "مرحبا بالعالم هذه عبارة مرور",
    "🔐🗝️ emoji-lösenfras 🙂👍🏽",
    "e\u0301 kombinerande tecken e\u0301e\u0301",
]


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Console(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


# --- control characters ---------------------------------------------------------------


@pytest.mark.parametrize("char", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_control_characters_are_refused_in_every_one_line_field(
    vault: VaultFiles, char: str
) -> None:
    with vault.open() as session:
        for field in ("first_name", "last_name", "phone", "address"):
            values = {"first_name": "Åsa", "last_name": "Öberg", field: f"a{char}b"}
            with pytest.raises(ValidationFailed) as caught:
                clients_svc.create_client(session, NewClient(**values))
            assert caught.value.code == "field_control_chars"
        assert clients_svc.list_clients(session) == []


def test_notes_keep_newlines_and_tabs_but_nothing_else(vault: VaultFiles) -> None:
    with vault.open() as session:
        ok = clients_svc.create_client(
            session, NewClient("Åsa", "Öberg", notes="rad 1\nrad 2\tflik", safe_contact="a\nb")
        )
        assert clients_svc.get_client(session, ok.id).notes == "rad 1\nrad 2\tflik"
        for bad in ("\x1b[2J", "nul\x00", "cr\r", "\x9b31m"):
            for field in ("notes", "safe_contact"):
                with pytest.raises(ValidationFailed):
                    clients_svc.update_client(
                        session, ok.id, NewClient("Åsa", "Öberg", **{field: bad})
                    )
        with pytest.raises(ValidationFailed):  # imports go through the same check
            clients_svc.import_clients(session, [NewClient("Bo\x1b", "X")])


def test_clients_list_escapes_control_characters_of_old_data(vault: VaultFiles) -> None:
    with vault.open() as session:
        client = clients_svc.create_client(session, NewClient("Gammal", "Data"))
        # Data stored before the rule existed (written past the repository on purpose).
        with session.tx() as conn:
            conn.execute(
                "UPDATE clients SET first_name = ? WHERE id = ?", ("\x1b]0;x\x07Bo\x9b", client.id)
            )
    args = ["clients", "list", "--vault", str(vault.path), "--user", LEADER, "--passphrase-stdin"]
    code, out, _ = run(args, LEADER_PASS + "\n")
    assert code == 0
    assert not has_control_characters(out, multiline=True), repr(out)
    assert "\\x1b]0;x\\x07Bo\\x9b" in out
    code, out, _ = run([*args, "--json"], LEADER_PASS + "\n")
    assert code == 0
    assert not has_control_characters(out, multiline=True), repr(out)
    assert json.loads(out)[0]["first_name"] == "\x1b]0;x\x07Bo\x9b"  # same data, escaped


def test_printable_and_json_safe() -> None:
    assert printable("Åsa") == "Åsa"
    assert printable("a\x00b\x1b\x9b") == "a\\x00b\\x1b\\x9b"
    assert json.loads(json_safe(json.dumps(["\x9b\x7f"], ensure_ascii=False))) == ["\x9b\x7f"]


@pytest.mark.parametrize("name", ["anna\x1b[31m", "nul\x00", "tab\tbad", " lead", "x" * 65, ""])
def test_one_user_name_rule_for_init_and_users_add(
    tmp_path: Path, vault: VaultFiles, name: str
) -> None:
    path = tmp_path / "new" / "v.riskvault"
    with pytest.raises(ValidationFailed) as caught:
        Vault.create(
            path, organisation="O", username=name, passphrase=LEADER_PASS, kdf=KdfParams.fast()
        )
    assert caught.value.code == "user_name_invalid"
    assert not path.parent.exists() or list(path.parent.iterdir()) == []
    with vault.open() as session, pytest.raises(ValidationFailed) as caught:
        session.users.add(name, Role.CASEWORKER, "en annan lång lösenfras")
    assert caught.value.code == "user_name_invalid"


# --- passphrases --------------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", HOSTILE_PASSPHRASES, ids=range(len(HOSTILE_PASSPHRASES)))
def test_hostile_passphrases_create_open_and_only_themselves(
    tmp_path: Path, passphrase: str
) -> None:
    path = tmp_path / "v.riskvault"
    session, _ = Vault.create(
        path, organisation="O", username="anna", passphrase=passphrase, kdf=KdfParams.fast()
    )
    session.close()
    Vault.open(path, "anna", passphrase).close()
    for other in (passphrase[:-1], passphrase + "x", passphrase.replace("\x00", "")):
        if other != passphrase:
            with pytest.raises(WrongPassphrase):
                Vault.open(path, "anna", other)


def _cli(args: list[str], stdin: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("RISKAPP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "riskapp", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("encoding", ["utf-8", "C"])
def test_non_utf8_stdin_is_a_clear_message_in_init_and_verify(
    tmp_path: Path, vault: VaultFiles, encoding: str
) -> None:
    """Latin-1 bytes on stdin: strict UTF-8 (a UnicodeDecodeError) or, in the C locale,
    surrogate escapes (an error only when the passphrase is encoded): both one line."""
    locale = {"utf-8": "C.UTF-8", "C": "C"}[encoding]
    os.environ["LC_ALL"], saved = locale, os.environ.get("LC_ALL")
    try:
        new = tmp_path / "n.riskvault"
        init = _cli(
            ["vault", "init", "--vault", str(new), "--user", "anna", "--passphrase-stdin"],
            "lösenfras för anna\n".encode("latin-1") * 2,
            tmp_path,
        )
        verify = _cli(
            ["vault", "verify", "--vault", str(vault.path), "--user", LEADER, "--passphrase-stdin"],
            "lång lösenfras för anna\n".encode("latin-1"),
            tmp_path,
        )
    finally:
        if saved is None:
            del os.environ["LC_ALL"]
        else:
            os.environ["LC_ALL"] = saved
    for done in (init, verify):
        err = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 1, err
        assert "inte UTF-8" in err, err
        assert "not UTF-8" in err, err
        assert "internt fel" not in err
        assert "Traceback" not in err
        assert err.count("\n") == 1
    assert not new.exists()
    assert not lock_path(new).exists()


def test_a_failed_init_leaves_no_file_not_even_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskapp.vault import slots

    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(slots.SlotFile, "save", full)
    directory = tmp_path / "vaults"
    directory.mkdir()
    code, _, err = run(
        ["vault", "init", "--vault", str(directory / "v.riskvault"), "--user", "anna"]
        + ["--passphrase-stdin"],
        "en lång lösenfras här\n" * 2,
    )
    assert code == 1
    assert "internt fel" not in err
    assert list(directory.iterdir()) == []


# --- the record extract --------------------------------------------------------------------


def test_a_record_extract_that_cannot_be_written_says_so(
    vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskapp.vault import files

    with vault.open() as session:
        clients_svc.create_client(session, NewClient("Åsa", "Öberg", "197001012397"))

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "atomic_write", full)
    out = tmp_path / "utdrag.json"
    code, _, err = run(
        ["clients", "export", "197001012397", "--out", str(out), "--vault", str(vault.path)]
        + ["--user", LEADER, "--passphrase-stdin"],
        LEADER_PASS + "\n",
    )
    assert code == 1
    assert "Registerutdraget kunde inte skrivas (ENOSPC" in err
    assert "record extract could not be written" in err
    assert "backup" not in err.lower()
    assert "säkerhetskopia" not in err.lower()
    assert not out.exists()
