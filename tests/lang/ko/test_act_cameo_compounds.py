"""(coercefollow66) A CAMEO compound verb whose tail is a main-lexicon verb of another reading is its own act: the
supplement's build (scripts/data/build_ko_acts_cameo.py `main_reads`) leaves a one-word compound to the main file only
when the main file reads its tail with the same type and mode ('강제추방하다' is 추방하다's COERCE deport), and keeps it
when the tail reads otherwise ('조준사격하다' ASSAULT firearms, not 사격하다's MOBILIZE; '지원사격하다' backing, no
fire); a spaced `with:` verb ('무력 진압하다') is its one-word compound. Our own sentences; negative rows: the bare tail
keeps the main file's reading, and a compound of the same reading is the main file's."""
from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT, assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_compound_of_another_reading_is_its_own_act": [
        ("볼리비아 군은 8일 페루 초소를 조준사격했다.", "ASSAULT", {"BOL"}, {"PER"}, OCC, "firearms"),
        ("볼리비아 군은 8일 페루 초소를 포사격했다.", "ASSAULT", {"BOL"}, {"PER"}, OCC, "heavy-weapons"),
        ("볼리비아 의원들은 8일 대통령 후보를 지원사격했다.", "SUPPORT", {"BOL"}, None, OCC, None),
        ("볼리비아 의원들은 8일 대통령 후보를 지원사격했다.", "MOBILIZE", set(), None, None, None),
        ("볼리비아 경찰이 8일 라파스에서 시위대를 유혈진압했다.", "ASSAULT", {"BOL"}, {"BOL"}, OCC, "crowd-control"),
    ],
    "the_tail_alone_and_same_reading_compounds_stay_the_main_files": [
        ("볼리비아 군은 8일 페루 초소를 사격했다.", "ASSAULT", set(), None, None, None),
        ("볼리비아 정부는 8일 페루인 노동자들을 강제추방했다.", "COERCE", {"BOL"}, {"PER"}, OCC, "deport"),
        ("볼리비아 경찰이 8일 라파스에서 시위대를 진압했다.", "COERCE", {"BOL"}, {"BOL"}, OCC, "restrict"),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_cameo_compounds(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


def build():
    spec = importlib.util.spec_from_file_location("build_ko_acts_cameo", ROOT / "scripts/data/build_ko_acts_cameo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAIN = {"entries": [{"lemma": "사격하다", "type": "MOBILIZE", "mode": "weapons"},
                    {"lemma": "추방하다", "type": "COERCE", "mode": "deport"}],
        "cues": {"light_verb": ["하다"]}}


@pytest.mark.parametrize("verb, typ, mode, left", [
    ("조준사격하다", "ASSAULT", "firearms", False),  # another type through the tail: its own entry
    ("강제추방하다", "COERCE", "deport", True),  # the tail's own reading: the main file's
    ("강제추방하다", "COERCE", "expel", False),  # another mode: its own entry
])
def test_main_reads_leaves_only_same_readings(verb, typ, mode, left):
    verbs = {"사격하다", "추방하다"}
    assert build().main_reads(None, verb, typ, MAIN, verbs, {}, set(), mode) is left
