"""A full CLI flow, watched (issue 13 "The proof, kept"): canaries in every file the
process writes, no internet socket, no temporary file.

One child process (``flow_child.py``) runs ``vault init`` and ``verify`` (production KDF),
then on a second vault: ``users add``, ``clients import`` of a CSV with canary names in
UTF-8, ``demo-data``, ``clients list`` (JSON and search), ``plan-pdf`` (normal and
discreet), ``summary-pdf``, ``stats`` as CSV, XLSX and PDF, ``vault backup``, ``clients
export``, ``users remove`` (a key rotation) and ``verify``. Its TMPDIR, HOME and XDG
directories are empty directories of the test's own. Afterwards:

* every file under them and the work directory (vaults, -wal, -shm, .keys, .throttle,
  .lock, backups, outputs) is scanned for each canary in UTF-8, UTF-16-LE and UTF-16-BE,
  and PDFs also in their extracted text. The record extract must contain the canaries
  (it is everything stored about the client); the CSV input is the one plaintext input;
  nothing else may contain any, statistics least of all;
* the audit hook saw no ``socket.*`` event at all, and, where strace is installed, strace
  saw no AF_INET/AF_INET6 socket (AF_UNIX is not internet);
* no file was opened under TMPDIR and TMPDIR is empty.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.security.canaries import CANARIES, CANARY_FIRST, CANARY_PNR

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("flow_child.py")
#: Files meant to hold the canaries: the plaintext input and the record extract.
EXPECTED = {"klienter.csv", "utdrag.json"}


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _found(path: Path) -> list[str]:
    data = path.read_bytes()
    hits = [c for c in CANARIES if any(form in data for form in _encodings(c))]
    if data.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        text = "".join(page.extract_text() or "" for page in reader.pages)
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        hits += [c for c in CANARIES if c in text or c in meta]
    return sorted(set(hits))


def test_full_cli_flow_leaves_no_canary_no_socket_no_temp_file(tmp_path: Path) -> None:
    work, tmpdir, home = tmp_path / "work", tmp_path / "tmp", tmp_path / "home"
    for directory in (work, tmpdir, home):
        directory.mkdir()
    report = tmp_path / "report.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "TMPDIR": str(tmpdir),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    env.pop("RISKAPP_DEBUG", None)
    command = [sys.executable, str(CHILD), str(work), str(tmpdir), str(report)]
    strace_log = tmp_path / "strace.log"
    strace = shutil.which("strace")
    if strace is not None:
        probe = subprocess.run([strace, "-o", os.devnull, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            command = [strace, "-f", "-e", "trace=socket,connect", "-o", str(strace_log), *command]
    done = subprocess.run(command, env=env, capture_output=True, cwd=work, check=False, timeout=600)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert len(seen["steps"]) == 18, seen["steps"]
    assert seen["listed_canary"]

    # No socket of any kind from Python code; no internet socket from anything.
    assert seen["socket_events"] == []
    traced = 0
    if strace_log.exists():
        lines = strace_log.read_text(errors="replace").splitlines()
        traced = sum(1 for line in lines if "socket(" in line or "connect(" in line)
        inet = [line for line in lines if re.search(r"\b(AF_INET6?|PF_INET6?)\b", line)]
        assert inet == []

    # No temporary file, not even one created and removed again.
    assert seen["tmp_opens"] == []
    assert list(tmpdir.rglob("*")) == []

    files = [p for d in (work, tmpdir, home) for p in d.rglob("*") if p.is_file()]
    hits = {str(p.relative_to(tmp_path)): _found(p) for p in files}
    unexpected = {name: found for name, found in hits.items() if found}
    expected = {name for name in unexpected if Path(name).name in EXPECTED}
    assert expected == {"work/input/klienter.csv", "work/out/utdrag.json"}, unexpected
    assert {k: v for k, v in unexpected.items() if k not in expected} == {}
    extract = json.loads((work / "out" / "utdrag.json").read_text(encoding="utf-8"))
    assert CANARY_FIRST in json.dumps(extract, ensure_ascii=False)  # the scan does find them
    assert CANARY_PNR in json.dumps(extract)
    # What was scanned (README's table quotes these figures).
    print(
        f"\nfull flow: {len(seen['steps'])} steps, {len(files)} files scanned, "
        f"strace: {'on' if strace_log.exists() else 'off'}, {traced} socket/connect calls"
    )
    assert len(files) >= 15
