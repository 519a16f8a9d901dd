"""(acts58, issues 13/15) English acts: a meeting noun after 'for' that ends a journey made is held
(planned_purpose_past_re); an attack noun as the subject of a verb of striking lands on its object (act_struck_sites); a deed noun's phrase ends
at the sentence's verb of drawing (act_gerund_patients, act_targets.phrase_after); 'hold' with a bare drill noun
is the drill (acts58b); jamming signals is COERCE cyber; a relative clause whose pronoun is its verb's
object gives the antecedent to that verb's act (act_antecedent_objects). Our own sentences; the Korean twins are
tests/lang/ko/test_acts58_twins.py, the pipeline's barred struck place tests/pipeline/test_acts58.py."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row, events, first_of

JOURNEYS = [  # (sentence, status, parties, place country): a journey for talks holds the talks it names
    ("Kenyan Foreign Minister Amina Wekesa traveled to Addis Ababa for talks with Ethiopian Foreign Minister "
     "Tesfaye Girma.", "occurred", {"KEN", "ETH"}, "ETH"),
    ("Kenya's foreign minister flew to Kampala for talks with Uganda's foreign minister.", "occurred",
     {"KEN", "UGA"}, "UGA"),
    ("Kenyan FM travels to Addis Ababa for talks with Ethiopian counterpart", "occurred", {"KEN", "ETH"}, "ETH"),
    ("Kenya's president went to Kigali for bilateral talks with Rwanda's president.", "occurred", {"KEN", "RWA"},
     "RWA"),
    # guards: a journey ahead keeps its plan
    ("Kenyan Foreign Minister Amina Wekesa will travel to Addis Ababa for talks with Ethiopian Foreign Minister "
     "Tesfaye Girma.", "planned", {"KEN", "ETH"}, None),
    ("Kenyan Foreign Minister Amina Wekesa is due to travel to Addis Ababa for talks with Ethiopian Foreign Minister "
     "Tesfaye Girma.", "planned", {"KEN", "ETH"}, None),
]


@pytest.mark.parametrize("text, status, parties, where", JOURNEYS)
def test_journeys_for_talks(text, status, parties, where):
    first = first_of(events(text), type="CONSULT")
    assert first.status == status
    assert {p.country for p in first.participants} == parties
    if where:
        assert first.location and first.location.country == where


STRUCK_BY_ATTACKS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("A suicide bombing hit a mosque in Peshawar.", "ASSAULT", "suicide-attack", set(), {("PAK", "REL")}),
    ("A car bombing tore through a market in Kano.", "ASSAULT", "explosives", set(), {("NGA", "CVL")}),
    ("An air strike hit a police station in Kano.", "ASSAULT", "aerial", set(), {("NGA", "COP")}),
    ("An attack targeted a convoy of soldiers near Kano.", "ASSAULT", None, set(), {("NGA", "MIL")}),
    ("A bomb ripped through a market in Kano, killing six people.", "ASSAULT", "explosives", set(), {("NGA", "CVL")}),
    # guards: no attack noun, or an object that is no site and no people
    ("Sanctions hit the economy of Iran.", "ASSAULT", None, None, None),
    ("A suicide bombing hit the headlines in Peshawar.", "ASSAULT", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", STRUCK_BY_ATTACKS)
def test_struck_by_attacks(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


DRAWN_DEEDS = [  # (sentence, type, mode, acting, receiving): the deed that drew a disapproval keeps its own type
    ("Mali's shelling of camps drew protests from Algeria.", "ASSAULT", "heavy-weapons", {("MLI", "GOV")}, set()),
    ("Peru's bombing of rebel camps drew condemnation from Chile.", "ASSAULT", None, {("PER", "GOV")},
     {("PER", "REB")}),
    ("Peru's bombing of rebel camps drew condemnation from Chile.", "ACCUSE", "disapprove", {("CHL", "GOV")},
     {("PER", "GOV")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", DRAWN_DEEDS)
def test_drawn_deeds(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def test_drawn_deed_is_no_critic_act():
    """The bombing that drew the condemnation is no ACCUSE of its doer's."""
    accusers = [{p.country for p in e.participants} for e in events(
        "Peru's bombing of rebel camps drew condemnation from Chile.") if e.type == "ACCUSE"]
    assert accusers == [{"CHL"}]


HELD_DRILLS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    # (acts58b) 'hold' + a bare drill noun is the drill (en additions 'hold'; act_exercises.verb_status)
    ("Japan held drills with the Philippines in the South China Sea.", "COOPERATE", None,
     {("JPN", "GOV"), ("PHL", "GOV")}, set()),
    ("Japan held drills near the Philippines.", "MOBILIZE", "troops", {("JPN", "GOV")}, {("PHL", "GOV")}),
    # as before: the joint entry, and 'hold' keeps its other readings
    ("Japan held joint drills with the Philippines.", "COOPERATE", None, {("JPN", "GOV"), ("PHL", "GOV")}, set()),
    ("Japan held talks with the Philippines.", "MOBILIZE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", HELD_DRILLS)
def test_held_drills(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


JAMMING = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("Russia jammed GPS signals over Estonia.", "COERCE", "cyber", {("RUS", "GOV")}, {("EST", "GOV")}),
    ("Russia jammed the radio broadcasts of Georgia.", "COERCE", "cyber", {("RUS", "GOV")}, {("GEO", "GOV")}),
    ("Traffic jammed the roads of Tallinn.", "COERCE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", JAMMING)
def test_jamming(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


OBJECT_RELATIVES = [  # (sentence, type, mode, acting, receiving): the relative's act is done to the antecedent
    ("Moldova, which Russia accused of provocations, rejected the plan.", "ACCUSE", "allege", {("RUS", "GOV")},
     {("MDA", "GOV")}),
    ("Peru, which Chile sanctioned last year, rejected the plan.", "SANCTION", "discontinue", {("CHL", "GOV")},
     {("PER", "GOV")}),
    # the main clause keeps the antecedent as its subject
    ("Moldova, which Russia accused of provocations, rejected the plan.", "REJECT", None, {("MDA", "GOV")}, set()),
    # guard: a subject relative is the antecedent's own deed
    ("Moldova, which fired a missile, rejected the plan.", "MOBILIZE", "weapons", {("MDA", "GOV")}, set()),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", OBJECT_RELATIVES)
def test_object_relatives(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
