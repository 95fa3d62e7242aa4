"""Nothing readable at rest: a client's name never appears in any file the process wrote
(vault, -wal, .keys, throttle state, backups, exports aside), and the header is random."""

from __future__ import annotations

import io
from pathlib import Path

from riskapp.cli import Console, main
from riskapp.domain.clock import FixedClock
from riskapp.domain.personnummer import test_numbers
from riskapp.domain.records import NewClient
from riskapp.vault import KdfParams, Vault
from riskapp.vault.slots import keys_path

NAME = "Xylofonia"
SURNAME = "Quarnströmsdotter"
PASS = "en lång lösenfras för testet"


def _all_bytes(directory: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in directory.rglob("*") if p.is_file()}


def test_imported_name_is_not_in_any_file_written(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    vault = work / "team.riskvault"
    session, _ = Vault.create(
        vault,
        organisation="Kommun",
        username="anna",
        passphrase=PASS,
        clock=FixedClock(),
        kdf=KdfParams.fast(),
    )
    session.close()
    pnr = test_numbers()[5]
    csv_file = tmp_path / "import.csv"  # the input file itself is plaintext by nature
    csv_file.write_text(
        "personnummer,first_name,last_name,phone,address,notes\n"
        f"{pnr},{NAME},{SURNAME},0701234567,Hemliga gatan 3,\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "clients",
            "import",
            str(csv_file),
            "--vault",
            str(vault),
            "--user",
            "anna",
            "--passphrase-stdin",
        ],
        Console(stdin=io.StringIO(PASS + "\n"), stdout=out, stderr=err),
    )
    assert code == 0, err.getvalue()
    # Keep the vault open while grepping, so the -wal file exists with fresh pages.
    with Vault.open(vault, "anna", PASS) as session:
        assert session.clients.search(NAME.lower())
        session.clients.create(NewClient("Annan", SURNAME + "son", notes="Hemliga gatan"))
        session.backup(work / "kopia.riskvault")
        files = _all_bytes(work)
        assert any(name.endswith("-wal") for name in files)
    files.update(_all_bytes(work))
    assert str(keys_path(vault)) in files
    needles = [
        NAME.encode(),
        SURNAME.encode("utf-8"),
        NAME.lower().encode(),
        SURNAME.casefold().encode("utf-8"),
        SURNAME.encode("utf-16-le"),
        pnr.encode(),
        b"Hemliga gatan",
    ]
    for path, data in files.items():
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"
    for path in (vault, work / "kopia.riskvault"):
        assert not path.read_bytes().startswith(b"SQLite format 3")
    leftovers = [
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and p.parent == tmp_path and p.name != "import.csv"
    ]
    assert leftovers == []
