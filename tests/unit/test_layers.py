"""The domain layer imports without Qt or the database (STYLE.md: layers)."""

import subprocess
import sys


def test_domain_imports_without_qt_or_sqlcipher() -> None:
    code = (
        "import sys, pkgutil, importlib, riskapp.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'riskapp.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlcipher3')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_package_never_imports_networking_modules() -> None:
    from pathlib import Path

    import riskapp

    root = Path(riskapp.__file__).parent
    banned = ("QtNetwork", "QtWebEngine", "import socket", "from socket")
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if any(b in p.read_text(encoding="utf-8") for b in banned)
    ]
    assert offenders == []
