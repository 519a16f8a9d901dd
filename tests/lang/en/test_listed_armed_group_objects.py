"""enarmed68b: the object of an act that names a listed armed group ('five Free Syrian Army fighters', 'three Arakan
Army members') is that group (REB), not the state's army its name's agent word ('Army') would make it: the state's
forces acting on it are two parts of one state, and the group receives the act (lang/en/act_sides.people_span with
act_named_groups.armed_name_words). Negatives: a state's own army named as the object stays MIL; the group as the
subject keeps its reading. Korean '자유시리아군 대원들을' reads the group already. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def read(text: str):
    return extract_text(text, published=date(2026, 5, 11)).events


def sides(text: str, type_: str) -> tuple[set, set]:
    event = next(e for e in read(text) if e.type == type_)
    return {(p.country, p.sector) for p in event.participants}, {(p.country, p.sector) for p in event.recipients}


@pytest.mark.parametrize("text, type_, actor, target", [
    ("Syrian soldiers shot dead four Free Syrian Army fighters near the river.", "ASSAULT", ("SYR", "MIL"), ("SYR", "REB")),
    ("Burmese troops detained three Arakan Army members at a checkpoint.", "COERCE", ("MMR", "MIL"), ("MMR", "REB")),
    ("Syrian troops shelled Free Syrian Army positions outside the town.", "ASSAULT", ("SYR", "MIL"), ("SYR", "REB")),
    ("시리아군이 자유시리아군 대원들을 공격했다.", "ASSAULT", ("SYR", "MIL"), ("SYR", "REB")),
    # negatives: the group as the subject, a state's own army as the object
    ("Free Syrian Army fighters shot dead four Syrian soldiers near the river.", "ASSAULT", ("SYR", "REB"), ("SYR", "MIL")),
    ("Arakan Army fighters ambushed three Burmese army trucks at a checkpoint.", "ASSAULT", ("MMR", "REB"), ("MMR", "MIL")),
])
def test_listed_armed_group_object_is_the_group(text, type_, actor, target):
    acting, receiving = sides(text, type_)
    assert actor in acting
    assert receiving == {target}
