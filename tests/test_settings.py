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


@pytest.mark.parametrize("changes", [{"merge_min_score": "0.6"}, {"store_batch_docs": 2.5}, {"max_year": None},
                                     {"store_batch_docs": True}])
def test_a_threshold_of_the_wrong_type_fails_when_built(changes):
    with pytest.raises(TypeError, match=next(iter(changes))):
        Settings(**changes)


def test_replace_gives_a_changed_copy_and_leaves_the_original():
    changed = SETTINGS.replace(merge_min_score=0.9)
    assert changed.merge_min_score == 0.9 and SETTINGS.merge_min_score == Settings().merge_min_score
    assert changed.replace(merge_min_score=SETTINGS.merge_min_score) == SETTINGS
    assert Settings(merge_min_score=1).merge_min_score == 1  # an int where a float is expected is a number
