"""Hostile CSV files for ``clients import`` (issue 13): binary data, a huge file and field,
formula injection, and fuzzed bytes. Whatever the file, the command ends with exit 0 or
with one line of words and exit 1: never an internal error, never a traceback, and a
refused file changes nothing in the vault."""

from __future__ import annotations

import io
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskapp.cli import Console, main
from riskapp.vault import KdfParams, Vault

PASS = "lång lösenfras för anna"
HEADER = b"personnummer,first_name,last_name,phone,address,notes\n"
FUZZ_CASES = 300
FORMULAS = ['=HYPERLINK("http://x")', "+46701234567", "-2+3", "@SUM(A1)", "=1+1"]


def _vault(directory: Path) -> Path:
    path = directory / "team.riskvault"
    session, _ = Vault.create(
        path, organisation="K", username="anna", passphrase=PASS, kdf=KdfParams.fast()
    )
    session.close()
    return path


def _import(vault: Path, data: bytes, directory: Path) -> tuple[int, str, str]:
    csv_file = directory / "import.csv"
    csv_file.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["clients", "import", str(csv_file), "--vault", str(vault), "--user", "anna"]
        + ["--passphrase-stdin"],
        Console(stdin=io.StringIO(PASS + "\n"), stdout=out, stderr=err),
    )
    return code, out.getvalue(), err.getvalue()


def _count(vault: Path) -> int:
    with Vault.open(vault, "anna", PASS) as session:
        return int(session.conn.execute("SELECT count(*) FROM clients").fetchone()[0])


def _assert_clear(code: int, err: str) -> None:
    assert code in (0, 1)
    assert "internt fel" not in err, err[:500]
    assert "Traceback" not in err
    if code:
        assert err.count("\n") == 1, err[:500]


def test_binary_files_are_refused_in_words(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    for data in (
        os.urandom(64 * 1024),
        b"%PDF-1.7\n" + os.urandom(4096),
        HEADER + b"\x00" * 1000 + b"\n",
        HEADER + b",Bo\x00,Ek,,,\n",
        b"\xff\xfe" + "personnummer,first_name".encode("utf-16-le"),
        b"PK\x03\x04" + os.urandom(2048),  # an .xlsx given instead of a CSV
    ):
        code, _, err = _import(vault, data, tmp_path)
        _assert_clear(code, err)
        assert code == 1
    assert _count(vault) == 0


def test_a_huge_file_and_a_huge_field_are_refused_in_words(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    for data in (
        HEADER + b",Bo," + b"x" * 20_000_000 + b",,,\n",  # one 20 MB field
        HEADER + b'",Bo' + b"x" * 5_000_000 + b"\n",  # an unterminated quote
        HEADER + b",Bo,Ek,,," + b"y" * 10_001 + b"\n",  # one character over the limit
    ):
        code, _, err = _import(vault, data, tmp_path)
        _assert_clear(code, err)
        assert code == 1
    assert _count(vault) == 0


def test_formula_like_names_are_stored_as_plain_text(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    rows = "".join(f",{f},Efternamn{i},,,\n" for i, f in enumerate(FORMULAS))
    code, _, err = _import(vault, HEADER + rows.encode("utf-8"), tmp_path)
    _assert_clear(code, err)
    assert code == 0
    with Vault.open(vault, "anna", PASS) as session:
        names = sorted(c.first_name for c in session.clients.search(""))
    assert names == sorted(FORMULAS)  # text, exactly as given: nothing evaluated


_LINES = st.lists(
    st.one_of(
        st.binary(max_size=80),
        st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from([b'"', b'""', b",", b"\r", b"\x00", b"\xef\xbb\xbf", b"=1+1"]),
    ),
    max_size=8,
)


@settings(
    max_examples=FUZZ_CASES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(header=st.booleans(), lines=_LINES)
def test_fuzzed_csv_files_never_give_an_internal_error(
    tmp_path: Path, header: bool, lines: list[bytes]
) -> None:
    vault = tmp_path / "team.riskvault"
    if not vault.exists():
        _vault(tmp_path)
    data = (HEADER if header else b"") + b"\n".join(lines)
    code, _, err = _import(vault, data, tmp_path)
    _assert_clear(code, err)
