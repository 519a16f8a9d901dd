"""(speed50) A warm Korean process reads its act finder and its calendar words without the libraries only a cache miss
needs: the raid noun's entry is a plain record with every field the schema's model gives it, and CLDR's day and month
names come from the start-up cache under babel's version."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout.lang.ko import act_schema
from readout.lang.ko.act_site_raids import raid_entry
from readout.lang.ko.act_table import ActEntry
from readout.lang.ko.calendar_words import calendar_words, cldr_names, weekday_names

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("noun", ["급습", "기습"])
def test_raid_entry_is_a_plain_record_with_the_models_fields(noun):
    model = act_schema.ActEntry(lemma=noun, pos="noun", type="COERCE", mode="seize", target=[])
    record = raid_entry(noun)
    assert type(record) is ActEntry
    assert record.__dict__ == model.model_dump()
    assert record.key == model.key == noun and record.void is False


def test_cldr_names_are_babels():
    from babel.dates import get_day_names, get_month_names

    days = {n for c in ("format", "stand-alone") for n in get_day_names("wide", context=c, locale="ko").values()}
    months = {n for c in ("format", "stand-alone") for n in get_month_names("wide", context=c, locale="ko").values()}
    assert cldr_names() == (tuple(sorted(days)), tuple(sorted(months)))
    assert calendar_words() == frozenset(days | months) and weekday_names() == tuple(sorted(days))
    assert "금요일" in weekday_names() and "12월" in calendar_words() and "12월" not in weekday_names()


def test_a_warm_korean_process_imports_neither_pydantic_nor_babels_dates(tmp_path):
    code = ("import sys; from readout.lang.ko.acts import find_acts; from readout.lang.ko.act_table import act_index;"
            "from readout.lang.ko.calendar_words import calendar_words, weekday_names;"
            "act_index(); calendar_words(); weekday_names();"
            "print(sorted(m for m in ('pydantic', 'babel.dates', 'readout.lang.ko.act_schema') if m in sys.modules))")
    env = dict(os.environ, READOUT_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert "pydantic" in runs[0].stdout  # cold: the lexicon validated
    assert runs[1].stdout.strip() == "[]"
