"""No two risk levels share a label: a table with both would show two identical rows."""

from __future__ import annotations

import pytest

from riskapp.domain.stats import aggregate
from riskapp.reports import stats_labels


@pytest.mark.parametrize("language", ["sv", "en"])
def test_level_labels_are_unique(language: str) -> None:
    codes = [f"level.{code}" for code in aggregate._LEVEL_ORDER]  # noqa: SLF001
    labels = [stats_labels.label(code, language) for code in codes]
    assert len(set(labels)) == len(labels)
