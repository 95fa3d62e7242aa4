"""Translations: install Qt translators at start-up; ``python -m riskapp.ui.common.i18n``
refreshes them.

Swedish is the source language (the text inside ``tr()``); English is a translation in
``resources/translations/riskapp_en.ts`` (compiled to ``riskapp_en.qm``). Running this module
scans every ``riskapp/ui`` Python file with ``pyside6-lupdate`` (keeping existing
translations, dropping obsolete ones) and compiles the ``.qm`` with ``pyside6-lrelease``.
A test fails on unfinished entries, so translate new strings in the ``.ts`` (Qt Linguist or
an editor) before committing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from riskapp.paths import PACKAGE_ROOT, resources_dir

LANGUAGES = ("sv", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate looks for this name)
    """Mark ``source`` for translation in ``context`` and return it untranslated.

    Translate it when shown: ``QCoreApplication.translate(context, source)``. The same
    name as Qt's marker, so ``pyside6-lupdate`` finds the strings; ours is typed ``str``
    (PySide6's stub returns ``object``).
    """
    return source


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_file(language: str = "en") -> Path:
    return translations_dir() / f"riskapp_{language}.ts"


def ui_sources() -> list[Path]:
    """Every Python file under riskapp/ui (the only layer with visible strings)."""
    return sorted((PACKAGE_ROOT / "ui").rglob("*.py"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our and Qt's own translations for ``language``; Swedish needs only Qt's.

    Returns the translators (keep a reference: Qt does not own them).
    """
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(
        QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
        QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom,
    )
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "sv":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"riskapp_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def refresh(language: str = "en") -> None:
    """Update the .ts from the sources and compile the .qm."""
    ts = ts_file(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in ui_sources()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-source-language",
            "sv_SE",
            "-target-language",
            "en_GB",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


if __name__ == "__main__":
    refresh()
