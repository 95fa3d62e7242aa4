"""Import, statistics and opening on a real full disk (a small tmpfs): the words say "disk
full", never "damaged" and never "internal error" (issue 13, minor). Needs root to mount;
skipped cleanly elsewhere (``test_rotation_tmpfs.small_disk``)."""

from __future__ import annotations

import io
from pathlib import Path

from riskapp.cli import Console, main
from riskapp.domain.records import NewClient
from riskapp.vault import KdfParams, Vault
from tests.reliability.test_rotation_tmpfs import _fill
from tests.reliability.test_rotation_tmpfs import small_disk as small_disk  # fixture

PASS = "en lång lösenfras för disken"
HEADER = "personnummer,first_name,last_name,phone,address,notes\n"


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Console(stdin=io.StringIO(PASS + "\n"), stdout=out, stderr=err))
    return code, err.getvalue()


def _assert_disk_full(code: int, err: str) -> None:
    assert code == 1
    assert "disken är full" in err.lower(), err
    assert "skadad" not in err
    assert "internt fel" not in err


def test_import_stats_and_open_on_a_full_disk_say_disk_full(
    small_disk: Path, tmp_path: Path
) -> None:
    path = small_disk / "team.riskvault"
    session, _ = Vault.create(
        path, organisation="K", username="anna", passphrase=PASS, kdf=KdfParams.fast()
    )
    with session:
        session.clients.create(NewClient("Före", "Fyllning"))
    args = ["--vault", str(path), "--user", "anna", "--passphrase-stdin"]
    csv_file = tmp_path / "many.csv"
    rows = "".join(f",Förnamn{i},Efternamn{i},,Gatan {i},{'x' * 900}\n" for i in range(3000))
    csv_file.write_text(HEADER + rows, encoding="utf-8")

    filler = _fill(small_disk, leave=200_000)
    _assert_disk_full(*_run(["clients", "import", str(csv_file), *args]))
    stats_out = small_disk / "stats.pdf"
    stats = ["stats", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "pdf"]
    # Room to open the vault but not for the PDF, then no room at all (the open fails).
    for leave in (20_000, 0):
        _fill(small_disk, leave=leave)
        _assert_disk_full(*_run([*stats, "--out", str(stats_out), *args]))
        assert not stats_out.exists()
        assert [p.name for p in small_disk.iterdir() if p.name.endswith(".part")] == []

    filler.unlink()
    with Vault.open(path, "anna", PASS) as session:  # nothing was lost
        assert [c.first_name for c in session.clients.search("")] == ["Före"]
        assert session.verify().ok
