"""plover57b (issue 15): English classes of the PLOVER paraphrase table, second round, each with the guard rows that
keep the old reading where it is right. Every sentence is our own.

- troops a state promises to send to another named state are sent to it: the promise (AGREE) to that state, no threat
  (lang/en/act_pledged_troops);
- a state accused, named bare as the object, is the state, not its people named in the charge's ground
  (pipeline/act_actors.bare_accused);
- the side a deed drew a protest from is no recipient of the deed (lang/en/act_drawn_disapproval.drawn_by_deeds,
  act_gerund_patients);
- vessels blocked on their way are blockaded, COERCE restrict (scripts/data/en_acts_additions.yaml 'block').
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of


def first(text: str, kind: str):
    """The first event of `kind` in the text; fails naming what was found."""
    return first_of(events(text), type=kind)


@pytest.mark.parametrize("text,actors,recipients", [
    ("Latvia's defence minister pledged to send troops to Estonia.", {"LVA"}, {"EST"}),
    ("Poland promised to deploy two more battalions to Lithuania.", {"POL"}, {"LTU"}),
    ("Portugal offered to send soldiers to the Central African Republic.", {"PRT"}, {"CAF"}),
])
def test_troops_promised_to_state(text, actors, recipients):
    """A promise to send troops to a named state is the promise to it, and no threat to anyone."""
    assert not [e for e in events(text) if e.type == "THREATEN"], [(e.type, e.mode) for e in events(text)]
    e = first(text, "AGREE")
    assert actors <= countries(e.participants) and countries(e.recipients) == recipients, \
        (countries(e.participants), countries(e.recipients))


@pytest.mark.parametrize("text,actors,recipients", [
    ("Belarus threatened to send troops to Lithuania.", {"BLR"}, {"LTU"}),
    ("Hungary pledged to send troops to the border with Serbia.", {"HUN"}, {"SRB"}),
])
def test_troop_threats_kept(text, actors, recipients):
    """A threat verb, or troops sent to a border, stays the threat."""
    e = first(text, "THREATEN")
    assert actors <= countries(e.participants) and countries(e.recipients) == recipients, \
        (countries(e.participants), countries(e.recipients))


@pytest.mark.parametrize("text,accused", [
    ("Canada criticized Sudan over its treatment of Darfur refugees.", ("SDN", "GOV")),
    ("Norway condemned Ethiopia for its treatment of Tigrayan civilians.", ("ETH", "GOV")),
    ("Sweden criticized Iran over the arrest of Iranian students.", ("IRN", "GOV")),
    # guard: the object's own words name the accused part
    ("Bangladesh criticized the Myanmar army over its treatment of Rohingya refugees.", ("MMR", "MIL")),
])
def test_bare_accused_state(text, accused):
    """The accused named bare is the state (GOV); its people in the ground of the charge give it no sector."""
    e = first(text, "ACCUSE")
    assert [(r.country, r.sector) for r in e.recipients] == [accused], [(r.country, r.sector) for r in e.recipients]


@pytest.mark.parametrize("text,actors,recipients", [
    ("Sudan's bombing of border villages drew protests from Chad.", {"SDN"}, set()),
    ("Nigeria's bombing of border camps drew protests from Cameroon.", {"NGA"}, set()),
    # guards: the deed's own patient stays its recipient
    ("Syria's shelling of Turkish border posts drew a warning from Ankara.", {"SYR"}, {"TUR"}),
    ("The Armenian army's shelling of Azerbaijani positions killed two soldiers.", {"ARM"}, {"AZE"}),
])
def test_drawn_protest_source_no_recipient(text, actors, recipients):
    """The state a deed drew a protest from reacts; it receives nothing of the deed, and it protests."""
    e = first(text, "ASSAULT")
    assert actors <= countries(e.participants) and countries(e.recipients) == recipients, \
        (countries(e.participants), countries(e.recipients))


@pytest.mark.parametrize("text,kind,actors,recipients", [
    ("The Turkish navy blocked Greek survey vessels in the Aegean.", "COERCE", {"TUR"}, {"GRC"}),
    ("Vietnamese patrol ships blocked Chinese fishing boats near the reef.", "COERCE", {"VNM"}, {"CHN"}),
    # guards: aid blocked is aid withheld; roads blocked by protesters are a protest's obstruction
    ("Israel blocked aid ships bound for Gaza.", "SANCTION", {"ISR"}, None),
    ("Farmers blocked roads near the Spanish border.", "PROTEST", set(), None),
])
def test_blocked_vessels(text, kind, actors, recipients):
    """Boats or ships blocked are a blockade of their state; other things blocked keep their reading."""
    e = first(text, kind)
    assert actors <= countries(e.participants), countries(e.participants)
    assert recipients is None or countries(e.recipients) == recipients, countries(e.recipients)
