"""``clients import`` with Excel's files and standard input, console robustness and the
progress of import and demo-data, through the real CLI and vault."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from riskapp.cli import Console, main
from riskapp.commands import progress as progress_module
from riskapp.domain.client_csv import MAX_FIELD_CHARS
from riskapp.domain.records import NewClient
from riskapp.services import clients as clients_svc
from riskapp.services.demo import generate_demo_data
from riskapp.vault import Vault
from riskapp.vault.errors import DuplicateRecord
from riskapp.vault.repositories.clients import MAX_FIELD
from tests.vault.conftest import LEADER, LEADER_PASS, VaultFiles
from tests.vault.test_vault_cmds import assert_one_line_error, files_state, run, vault_args

SV_HEADER = "personnummer;förnamn;efternamn;telefon;adress;anteckningar\r\n"


class TtyStream(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_bytes(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    """Run with a real byte-backed stdin (as ``clients import -`` reads it)."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(stdin=io.TextIOWrapper(io.BytesIO(stdin)), stdout=out, stderr=err)
    code = main(argv, console)
    return code, out.getvalue(), err.getvalue()


def test_windows_1252_semicolon_file_with_swedish_header(
    vault: VaultFiles, tmp_path: Path, pnrs: list[str]
) -> None:
    csv_file = tmp_path / "excel.csv"
    body = SV_HEADER + f'{pnrs[0]};Åsa;Öberg;070;Gatan 1;\r\n;Örjan;Ek;;;"a; b"\r\n'
    csv_file.write_bytes(body.encode("cp1252"))
    code, out, err = run(
        ["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first == (
        "Läste filen som Windows-1252 med semikolon som avgränsare. "
        "(Read the file as Windows-1252 with semicolon as separator.)"
    )
    assert second.startswith("2 klienter importerades")
    with vault.open() as session:
        found = {(c.first_name, c.last_name) for c in clients_svc.list_clients(session)}
    assert found == {("Åsa", "Öberg"), ("Örjan", "Ek")}


def test_unicode_text_from_excel_utf16_tab(vault: VaultFiles, tmp_path: Path) -> None:
    csv_file = tmp_path / "unicode.txt"
    text = SV_HEADER.replace(";", "\t") + "\tŁukasz\tŞahin\t\t\t\r\n"
    csv_file.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    code, out, err = run(
        ["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n"
    )
    assert (code, err) == (0, "")
    assert "UTF-16 (little-endian) med tabb" in out


def test_import_from_standard_input(vault: VaultFiles, pnrs: list[str]) -> None:
    csv_bytes = (SV_HEADER + f"{pnrs[0]};Åsa;Öberg;;;\r\n").encode("cp1252")
    code, out, err = run_bytes(
        ["clients", "import", "-", *vault_args(vault)], LEADER_PASS.encode() + b"\n" + csv_bytes
    )
    assert (code, err) == (0, "")
    assert "Windows-1252" in out
    assert "1 klienter importerades" in out
    with vault.open() as session:
        assert session.clients.by_personnummer(pnrs[0]) is not None


def test_standard_input_without_passphrase_stdin_is_refused(vault: VaultFiles) -> None:
    argv = ["clients", "import", "-", "--vault", str(vault.path), "--user", LEADER]
    code, _, err = run_bytes(argv, SV_HEADER.encode())
    assert_one_line_error(code, err, "--passphrase-stdin")


def test_wrong_passphrase_on_standard_input(vault: VaultFiles) -> None:
    code, _, err = run_bytes(
        ["clients", "import", "-", *vault_args(vault)],
        b"fel\n" + (SV_HEADER + ";A;B;;;\n").encode(),
    )
    assert_one_line_error(code, err, "fel lösenord")


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        (f";Bo;B;;;{'x' * (MAX_FIELD_CHARS + 1)}\n", ["rad 2", "längre än 10000 tecken"]),
        (f';Anna;A;;;\n;Bo;B;;;"{"x" * 20_000_000}"\n', ["rad 3", "längre än 10000 tecken"]),
        (";Bo;B;;;\x81\n", ["rad 2", "ogiltig utf-8 vid byte 9"]),  # UTF-8 header: damaged UTF-8
        ("", ["rad 2", "inga klienter"]),
    ],
)
def test_bad_file_is_refused_before_unlocking(
    vault: VaultFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    needles: list[str],
) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_bytes(SV_HEADER.encode() + body.encode("latin-1", errors="surrogateescape"))

    def no_unlock(*args: object, **kwargs: object) -> None:
        raise AssertionError("the vault was unlocked for a bad file")

    monkeypatch.setattr(Vault, "open", no_unlock)
    before = files_state(tmp_path)
    code, _, err = run(["clients", "import", str(csv_file), *vault_args(vault)], LEADER_PASS + "\n")
    assert_one_line_error(code, err, "inget importerades", *needles)
    assert files_state(tmp_path) == before


def test_field_limit_matches_the_vault() -> None:
    assert MAX_FIELD_CHARS == MAX_FIELD


def test_import_shows_progress_on_stderr_only(
    vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_module, "DELAY", 0.0)
    csv_file = tmp_path / "many.csv"
    csv_file.write_text(SV_HEADER + "".join(f";Namn{i};Efter;;;\n" for i in range(2500)))
    out, err = io.StringIO(), io.StringIO()
    console = Console(stdin=io.StringIO(LEADER_PASS + "\n"), stdout=out, stderr=err)
    assert main(["clients", "import", str(csv_file), *vault_args(vault)], console) == 0
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("Importerar klienter (importing clients): 0/2500")
    assert lines[-1] == "Importerar klienter (importing clients): 2500/2500 (100 %)"
    assert "Importerar" not in out.getvalue()


def test_import_service_reports_batches_in_one_transaction(vault: VaultFiles) -> None:
    calls: list[tuple[int, int]] = []
    rows = [NewClient(first_name=f"N{i}", last_name="E") for i in range(2500)]
    with vault.open() as session:
        stored = clients_svc.import_clients(
            session, rows, progress=lambda d, t: calls.append((d, t))
        )
        assert len(stored) == 2500
        assert session.clients.count() == 2500
    assert calls[0] == (0, 2500)
    assert calls[-1] == (2500, 2500)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 3


def test_import_service_with_progress_stays_all_or_nothing(
    vault: VaultFiles, pnrs: list[str]
) -> None:
    rows = [NewClient(first_name=f"N{i}", last_name="E") for i in range(2500)]
    rows[10] = NewClient(first_name="A", last_name="A", personnummer=pnrs[0])
    rows[2400] = NewClient(first_name="B", last_name="B", personnummer=pnrs[0])
    with vault.open() as session:
        with pytest.raises(DuplicateRecord) as caught:
            clients_svc.import_clients(session, rows, progress=lambda d, t: None)
        assert caught.value.params["row"] == 2401
        assert session.clients.count() == 0


def test_demo_data_reports_each_client(vault: VaultFiles) -> None:
    calls: list[tuple[int, int]] = []
    with vault.open() as session:
        generate_demo_data(session, clients=3, seed=1, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_demo_data_command_shows_an_updating_line_on_a_terminal(
    vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_module, "DELAY", 0.0)
    out, err = io.StringIO(), TtyStream()
    console = Console(stdin=io.StringIO(LEADER_PASS + "\n"), stdout=out, stderr=err)
    argv = ["demo-data", "--clients", "2", *vault_args(vault)]
    assert main(argv, console) == 0
    assert err.getvalue().startswith("\rSkapar demodata (creating demo data): 0/2 (0 %)")
    assert err.getvalue().rstrip(" \n").endswith("2/2 (100 %)")
    assert err.getvalue().endswith("\n")
    assert "\r" not in out.getvalue()


def test_names_outside_a_cp1252_console_never_crash(vault: VaultFiles, tmp_path: Path) -> None:
    with vault.open() as session:
        session.clients.create(NewClient(first_name="Łukasz", last_name="Şahin"))
        session.clients.create(NewClient(first_name="Åsa", last_name="Öberg"))
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for extra in ([], ["--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "riskapp", "clients", "list", *extra, *vault_args(vault)],
            input=(LEADER_PASS + "\n").encode("cp1252"),
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        assert done.stderr == b""
        text = done.stdout.decode("cp1252")
        if extra:
            names = {(c["first_name"], c["last_name"]) for c in json.loads(text)}
            assert names == {("Łukasz", "Şahin"), ("Åsa", "Öberg")}
        else:
            assert "\\u015eahin\t\\u0141ukasz" in text
            assert "Öberg\tÅsa" in text
