"""(victims47, issues 13, 14) Victims named with their state and no doer: 'Four Kenyan soldiers were killed at
dawn', '니제르 군인 15명이 피살됐다'. The people noun's state is the side that suffered the attack, never its doer: with
no doer and no place named there is no event (the project's attacks need a doer), with a foreign place named the
place's state acts and the victims' state receives, with that noun's sector. English read 'killed' and 'attacked' as
base forms (the verb dictionary's phrase lemmas 'killed and ...'), so 'were killed' was no passive and its subject
acted (lang/en/act_matcher: a verb's regular past form is never a base form). Our own sentences. Negative rows: the
same people as the subject of an active verb of force act ('Kenyan soldiers shot dead three militants')."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events

# (sentence, state of the victims, (acting state, receiving (state, sector)) or None: no ASSAULT by anyone)
VICTIMS = {
    "victims_with_no_doer_or_place_are_no_event_en": [
        ("Four Kenyan soldiers were killed at dawn on Thursday.", "KEN", None),
        ("Five Ghanaian police officers were attacked near the border overnight.", "GHA", None),
        ("Two Peruvian farmers were reportedly killed last week.", "PER", None),
    ],
    "victims_in_a_foreign_place_receive_en": [
        ("Two Malian police officers were killed in Niamey on Monday.", "MLI", ("NER", ("MLI", "COP"))),
        ("Four Chilean engineers were attacked in Lima on Tuesday.", "CHL", ("PER", ("CHL", "CVL"))),
    ],
    "victims_with_no_doer_or_place_are_no_event_ko": [
        ("니제르 군인 15명이 피살됐다.", "NER", None),
        # enacts55: a bombing's victims of one state with no doer now receive it (tests/pipeline/test_struck_state.py)
    ],
    "victims_in_a_foreign_place_receive_ko": [
        ("니아메에서 폭탄 테러로 말리 군인 15명이 숨졌다.", "MLI", ("NER", ("MLI", "MIL"))),
    ],
}

# (sentence, acting state, receiving (state, sector)): an attack in the victims' own state, its doer unnamed (victims47):
# no side acts (doerless49: the place names where, not who)
OWN_PLACE = {
    "victims_of_the_place_receive_the_place_attack_en": [
        ("A roadside bomb killed four Malian police officers in Bamako on Friday.", None, ("MLI", "COP")),
        ("A truck bomb killed six Chadian soldiers in N'Djamena at dawn.", None, ("TCD", "MIL")),
    ],
}

# (sentence, the acting state): the people named with their state are the subject of an active verb of force
DOERS = {
    "named_people_doing_force_act_en": [
        ("Kenyan soldiers shot dead three militants at dawn.", "KEN"),
        ("Ghanaian police officers attacked a convoy near the border.", "GHA"),
    ],
    "named_people_doing_force_act_ko": [
        ("케냐 군인들이 무장대원 3명을 사살했다.", "KEN"),
    ],
}


@pytest.mark.parametrize("sentence, victims, reading", class_rows(VICTIMS))
def test_stated_victims_never_attack(sentence, victims, reading):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert all(victims not in {p.country for p in e.participants} for e in found), \
        [([p.country for p in e.participants], [r.country for r in e.recipients]) for e in found]
    if reading is None:
        assert not found, [[p.country for p in e.participants] for e in found]
        return
    actor, recipient = reading
    assert found and (actor in {p.country for p in found[0].participants} if actor else not found[0].participants)
    assert recipient in {(r.country, r.sector) for r in found[0].recipients}


@pytest.mark.parametrize("sentence, actor", class_rows(DOERS))
def test_named_people_doing_force_act(sentence, actor):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert found and (actor in {p.country for p in found[0].participants} if actor else not found[0].participants)


@pytest.mark.parametrize("sentence, actor, recipient", class_rows(OWN_PLACE))
def test_victims_of_the_place_receive(sentence, actor, recipient):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert found and (actor in {p.country for p in found[0].participants} if actor else not found[0].participants)
    assert recipient in {(r.country, r.sector) for r in found[0].recipients}, \
        ([(p.country, p.sector) for p in found[0].participants], [(r.country, r.sector) for r in found[0].recipients])
