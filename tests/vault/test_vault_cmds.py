"""The vault/users/clients command line: exit codes, one-line errors, nothing changed."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from riskapp.cli import Console, main
from riskapp.vault import Vault
from riskapp.vault.slots import keys_path
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, WORKER_PASS, VaultFiles

HEADER = "personnummer,first_name,last_name,phone,address,notes\n"


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Console(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def vault_args(vault: VaultFiles, user: str = LEADER) -> list[str]:
    return ["--vault", str(vault.path), "--user", user, "--passphrase-stdin"]


def files_state(directory: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(directory.iterdir())
        if p.is_file() and not p.name.endswith((".throttle", ".lock"))
    }


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0].casefold()


def test_init_prints_recovery_key_once_and_creates_vault(tmp_path: Path) -> None:
    path = tmp_path / "ny.riskvault"
    pw = "en lång lösenfras för init"
    code, out, err = run(
        [
            "vault",
            "init",
            "--vault",
            str(path),
            "--user",
            "lea",
            "--organisation",
            "Kommun",
            "--passphrase-stdin",
        ],
        f"{pw}\n{pw}\n",
    )
    assert (code, err) == (0, "")
    key_line = next(line for line in out.splitlines() if "recovery key" in line)
    key = key_line.split(": ")[1]
    assert len(key.split("-")) == 13
    assert "lås in" in out
    with Vault.open_with_recovery(path, key):
        pass


def test_init_refuses_mismatched_confirmation(tmp_path: Path) -> None:
    path = tmp_path / "ny.riskvault"
    code, _, err = run(
        ["vault", "init", "--vault", str(path), "--user", "lea", "--passphrase-stdin"],
        "en lång lösenfras\nen annan lösenfras\n",
    )
    assert_one_line_error(code, err, "stämmer inte")
    assert not path.exists()


def test_import_list_and_export(vault: VaultFiles, tmp_path: Path, pnrs: list[str]) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_bytes(
        b"\xef\xbb\xbf"
        + (
            HEADER + f'{pnrs[0][2:8]}-{pnrs[0][8:]},Åsa,Öberg,070,Gatan 1,"har, komma"\n'
            ",Anonym,Kontakt,,,\n"
        ).encode()
    )
    code, out, err = run(
        ["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert (code, err) == (0, "")
    assert "2 klienter" in out
    code, out, _ = run(["clients", "list", "--json", *vault_args(vault)], LEADER_PASS + "\n")
    listed = json.loads(out)
    assert [c["personnummer"] for c in listed] == [None, pnrs[0]]
    code, out, _ = run(
        ["clients", "list", "--search", "öberg", *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert out.strip() == f"{pnrs[0]}\tÖberg\tÅsa"
    dest = tmp_path / "utdrag.json"
    code, _, err = run(
        ["clients", "export", pnrs[0], "--out", str(dest), *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert (code, err) == (0, "")
    assert dest.stat().st_mode & 0o777 == 0o600
    assert json.loads(dest.read_text())["client"]["notes"] == "har, komma"


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        ("{p0},Anna,A,,,\n{p0},Bo,B,,,\n", ["rad 3", "samma personnummer som rad 2"]),
        ("19000101-0000,Anna,A,,,\n", ["rad 2", "personnummer"]),
        ("{p0},,A,,,\n", ["rad 2", "förnamn"]),
        ("{p0},Anna,A,,\n", ["rad 2", "fält"]),
        ("{p0},Anna,A,,,\n{p1},Bo,B,,,\nxyz,C,C,,,\n,,,,,\n,D,,,,\n", ["rad 4", "rad 6"]),
    ],
)
def test_bad_csv_reports_every_bad_line_and_writes_nothing(
    vault: VaultFiles, tmp_path: Path, pnrs: list[str], body: str, needles: list[str]
) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(HEADER + body.format(p0=pnrs[0], p1=pnrs[1]), encoding="utf-8")
    before = files_state(tmp_path)
    code, _, err = run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "inget importerades", *needles)
    assert files_state(tmp_path) == before


def test_csv_with_wrong_header_or_bad_utf8_is_refused(vault: VaultFiles, tmp_path: Path) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("pnr,first,last\n", encoding="utf-8")
    code, _, err = run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "rubrikraden")
    # Neither UTF-8 nor Windows-1252 text (0x81 is undefined in Windows-1252).
    csv_file.write_bytes(HEADER.encode() + b",Anna,A,,,\n,Bj\x81rn,B,,,\n")
    before = files_state(tmp_path)
    code, _, err = run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "rad 3", "utf-8", "byte 4")
    assert files_state(tmp_path) == before


def test_csv_rows_already_in_vault_are_refused(
    vault: VaultFiles, tmp_path: Path, pnrs: list[str]
) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_text(HEADER + f"{pnrs[0]},Anna,A,,,\n", encoding="utf-8")
    assert run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")[0] == 0
    csv_file.write_text(HEADER + f"{pnrs[1]},Bo,B,,,\n{pnrs[0]},Anna,A,,,\n", encoding="utf-8")
    code, _, err = run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "rad 3", "finns redan")
    with vault.open() as session:
        assert session.clients.count() == 1


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "needle"),
    [
        (lambda v: None, "fel lösenord"),
        (lambda v: v.path.write_bytes(bytes(range(256)) * 64), "skadad"),
        (lambda v: v.path.write_bytes(v.path.read_bytes()[:6000]), "avkortad"),
        (lambda v: _plain_sqlite(v.path), "inte ett krypterat"),
        (lambda v: keys_path(v.path).unlink(), "nyckelfilen (.keys) bredvid valvet saknas"),
        (
            lambda v: keys_path(v.path).write_text(
                keys_path(v.path).read_text().replace('"generation": 0', '"generation": 7')
            ),
            "har ändrats",
        ),
        (lambda v: v.path.rename(v.path.with_name("moved")), "finns inte"),
    ],
)
def test_cli_error_table(vault: VaultFiles, damage, needle: str) -> None:  # type: ignore[no-untyped-def]
    damage(vault)
    before = files_state(vault.path.parent)
    passphrase = "fel lösenord helt klart" if needle == "fel lösenord" else LEADER_PASS
    code, out, err = run(["clients", "list", *vault_args(vault)], passphrase + "\n")
    assert_one_line_error(code, err, needle)
    assert out == ""
    assert files_state(vault.path.parent) == before


def test_vault_in_use_is_one_line(vault: VaultFiles) -> None:
    with vault.open():
        code, _, err = run(["users", "list", *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "redan öppet")


def test_wrong_and_damaged_messages_differ() -> None:
    from riskapp.messages import MESSAGES

    assert MESSAGES["wrong_passphrase"] != MESSAGES["vault_damaged"]
    assert "fel lösenord" in MESSAGES["wrong_passphrase"][0].casefold()


def test_users_profile_is_set_at_add_and_with_set_profile(vault: VaultFiles) -> None:
    code, _, err = run(
        [
            "users",
            "add",
            "carl",
            "--role",
            "caseworker",
            "--display-name",
            "Carl Ek",
            "--phone",
            "08-555 01 01",
            *vault_args(vault),
        ],
        f"{LEADER_PASS}\ncarls långa lösenfras\n",
    )
    assert (code, err) == (0, "")
    # Her own profile, without a name; someone else's needs a team leader.
    code, out, err = run(
        [
            "users",
            "set-profile",
            "--display-name",
            "Bertil B",
            "--phone",
            "070",
            *vault_args(vault, WORKER),
        ],
        WORKER_PASS + "\n",
    )
    assert (code, err) == (0, "")
    code, _, err = run(
        [
            "users",
            "set-profile",
            "carl",
            "--display-name",
            "X",
            "--phone",
            "1",
            *vault_args(vault, WORKER),
        ],
        WORKER_PASS + "\n",
    )
    assert_one_line_error(code, err, "behörighet")
    session = Vault.open(vault.path, LEADER, LEADER_PASS)
    try:
        profiles = {u.name: (u.display_name, u.phone) for u in session.users.list()}
    finally:
        session.close()
    assert profiles["carl"] == ("Carl Ek", "08-555 01 01")
    assert profiles[WORKER] == ("Bertil B", "070")
    assert profiles[LEADER] == ("", "")


def test_users_add_list_remove_and_passwd(vault: VaultFiles) -> None:
    code, _, err = run(
        ["users", "add", "carl", "--role", "caseworker", *vault_args(vault)],
        f"{LEADER_PASS}\ncarls långa lösenfras\n",
    )
    assert (code, err) == (0, "")
    code, out, _ = run(["users", "list", *vault_args(vault)], LEADER_PASS + "\n")
    assert out.splitlines() == ["anna\tteamleader", "bertil\tcaseworker", "carl\tcaseworker"]
    code, _, err = run(
        ["users", "add", "dora", "--role", "caseworker", *vault_args(vault, WORKER)],
        f"{WORKER_PASS}\ndoras långa lösenfras\n",
    )
    assert_one_line_error(code, err, "behörighet")
    code, _, err = run(["users", "remove", "carl", *vault_args(vault)], LEADER_PASS + "\n")
    assert (code, err) == (0, "")
    code, _, err = run(
        ["vault", "passwd", *vault_args(vault, WORKER)], f"{WORKER_PASS}\nbertils nya lösenfras\n"
    )
    assert (code, err) == (0, "")
    code, _, err = run(
        ["vault", "passwd", "--recovery-key", *vault_args(vault, WORKER)],
        f"{vault.recovery_key}\nbertils tredje lösenfras\n",
    )
    assert (code, err) == (0, "")
    vault.open(WORKER, "bertils tredje lösenfras").close()
    code, _, err = run(
        ["vault", "passwd", *vault_args(vault, WORKER)], "bertils tredje lösenfras\nkort\n"
    )
    assert_one_line_error(code, err, "minst 12 tecken")


def test_verify_backup_restore(vault: VaultFiles, tmp_path: Path) -> None:
    code, out, _ = run(["vault", "verify", *vault_args(vault)], LEADER_PASS + "\n")
    assert code == 0
    assert "oskadat" in out
    dest = tmp_path / "kopia.riskvault"
    assert (
        run(["vault", "backup", "--out", str(dest), *vault_args(vault)], LEADER_PASS + "\n")[0] == 0
    )
    code, out, _ = run(
        ["vault", "verify", "--vault", str(dest), "--user", LEADER, "--passphrase-stdin"],
        LEADER_PASS + "\n",
    )
    assert code == 0
    code, _, err = run(
        ["vault", "restore", "--from", str(dest), *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert (code, err) == (0, "")


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(
            ["clients", "list"],
            Console(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO()),
        )
    assert exc.value.code == 2


def test_real_subprocess_wrong_passphrase_and_damaged_file(vault: VaultFiles) -> None:
    def cli(passphrase: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "riskapp",
                "users",
                "list",
                "--vault",
                str(vault.path),
                "--user",
                LEADER,
                "--passphrase-stdin",
            ],
            input=passphrase + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )

    wrong = cli("fel lösenord helt klart")
    assert wrong.returncode == 1
    assert "fel lösenord" in wrong.stderr.casefold()
    assert len(wrong.stderr.strip().splitlines()) == 1
    vault.path.write_bytes(b"\x01" * 8192)
    damaged = cli(LEADER_PASS)
    assert damaged.returncode == 1
    assert "skadad" in damaged.stderr
    assert len(damaged.stderr.strip().splitlines()) == 1
    assert damaged.stderr != wrong.stderr
