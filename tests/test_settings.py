"""Settings are one object that is passed: no module but `readout/settings.py` reads the default
object's fields; the others take a `settings` argument (whose default may be the default object)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from readout.settings import SETTINGS, Settings, from_env

PACKAGE = Path(__file__).resolve().parents[1] / "readout"


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if p.name != "settings.py"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_reads_the_default_settings_object(path):
    reads = re.findall(r"\bSETTINGS\.\w+", path.read_text(encoding="utf-8"))
    assert not reads, f"{path.name} reads {reads}: take a `settings` argument instead"


def test_the_environment_is_read_when_asked(monkeypatch):
    monkeypatch.setenv("READOUT_MERGE_MIN_SCORE", "2.5")
    assert from_env().merge_min_score == 2.5
    assert SETTINGS.merge_min_score == Settings().merge_min_score  # the default object never changes
