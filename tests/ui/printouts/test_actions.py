"""Print actions: a plan prints in its own language, not the caseworker's UI language."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from riskapp.services.demo import generate_demo_data
from riskapp.ui.printouts import actions
from riskapp.ui.printouts import printing as ui_printing


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_swedish_plan_prints_in_swedish_from_an_english_ui(
    qtbot: Any, session: Any, registry: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo_data(session, clients=8, seed=11, registry=registry)
    client_id = next(
        s.id
        for s in session.clients.search("", limit=100)
        if (plan := session.plans.latest_for_client(s.id)) is not None and plan.language == "sv"
    )
    shown: list[bytes] = []

    def fake_preview(parent: Any, pdf: bytes, *, document_name: str) -> bool:
        shown.append(pdf)
        return False  # closed without printing

    monkeypatch.setattr(ui_printing, "preview_pdf", fake_preview)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not actions.print_plan(
        parent, session, registry, client_id, discreet=False, language="en"
    )
    text = _text(shown[0])
    assert "Säkerhetsplan" in text
    assert "Safety plan" not in text
