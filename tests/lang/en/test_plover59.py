"""plover59 (issue 15): PLOVER classes of the English act lexicon, each a general rule with its own rows: killing the
defenceless (protesters, villagers, prisoners) is the manual's ASSAULT targeted, combatants killed keep no mode; a visa
requirement lifted or scrapped is an eased restriction on persons (CONCEDE, CAMEO 0811); a release sought is asked for
(REQUEST yield, CAMEO 0253), not done; a side taken or brought to court is sued (ACCUSE allege); regret voiced for a deed is remorse (CONCEDE);
a gerund after 'resorted to' (returned, took to) is a deed done, no infinitive; 'youths' are civilians (CVL); deaths a
disaster or an accident caused are no ASSAULT. Rows check type, acting states, (where given) exactly the receiving states, mode
and status (tests/plover_rows.check_row); the precision rows hold no act of the type. The Korean twins are in
tests/lang/ko/test_plover59_ko.py. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.plover_rows import ANY, NEG, OCC, PLAN, sides_test, sweep_test

test_plover59 = sweep_test({
    "ASSAULT targeted killing of the defenceless": [
        # en additions kill + protesters, demonstrators, villagers, prisoners ... (the manual's 'deliberate mass
        # killings of defenseless actors'); the passive's subject is the killed
        ("Bolivian police killed three demonstrators in La Paz on Tuesday.", "ASSAULT", {"BOL"}, {"BOL"}, "targeted",
         OCC),
        ("Twelve protesters were killed by Peruvian security forces on Monday.", "ASSAULT", {"PER"}, {"PER"},
         "targeted", OCC),
        ("Ecuadorian soldiers killed unarmed villagers near the river on Sunday.", "ASSAULT", {"ECU"}, {"ECU"},
         "targeted", OCC),
        ("Guatemalan troops killed four prisoners in a jail outside the capital.", "ASSAULT", {"GTM"}, {"GTM"},
         "targeted", OCC),
    ],
    "explosion's harmed named by an entry's object": [
        # lang/en/harm_objects: 'killing four villagers' (kill + villagers, and CAMEO 202's kill + civilians) takes its
        # object into its form; the explosion before it still takes them as its victims
        ("A bomb exploded in Mali, killing four villagers.", "ASSAULT", set(), {"MLI"}, "explosives", OCC),
        ("A car bomb exploded in Niger, killing six civilians.", "ASSAULT", set(), {"NER"}, "explosives", OCC),
    ],
    "CONCEDE visa requirements lifted": [
        # en additions lift, scrap, abolish, drop, remove, ease, relax, end, waive + visa requirement(s), visa rules
        ("Peru scrapped visa requirements for Chilean citizens.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("Georgia lifted visa requirements for Armenian tourists on Monday.", "CONCEDE", {"GEO"}, {"ARM"}, None, OCC),
        ("Kazakhstan abolished the visa requirement for Uzbek visitors.", "CONCEDE", {"KAZ"}, {"UZB"}, None, OCC),
        ("Serbia eased visa rules for Bosnian students.", "CONCEDE", {"SRB"}, {"BIH"}, None, OCC),
        # plover59b: cancel + visa requirement, the measure's head outranking 'cancel' + 'visa' (lang/en/measure_objects)
        ("Peru cancelled the visa requirement for Chilean citizens.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
    ],
    "REQUEST release sought": [
        # en additions seek + release, return, freedom, repatriation (CAMEO 0253), as 'demanded the release'
        ("Peru sought the release of twenty fishermen detained by Chile.", "REQUEST", {"PER"}, {"CHL"}, "yield", OCC),
        ("Latvia sought the freedom of its jailed journalists from Belarus.", "REQUEST", {"LVA"}, {"BLR"}, "yield",
         OCC),
        ("Nepal sought the return of its climbers from China.", "REQUEST", {"NPL"}, {"CHN"}, "yield", OCC),
    ],
    "ACCUSE protest made to someone, promised": [
        # made, it is read (act_protest_words.addressed_span, protest65); promised, it is still read as a threat
        ("Peru protested to Chile over the shooting.", "ACCUSE", {"PER"}, {"CHL"}, "disapprove", OCC),
        # plover59b: promised, a complaint lodged with a side (lang/en/lodged_protests), no threat
        ("Uruguay will protest to Argentina over the dredging of the river.", "ACCUSE", {"URY"}, {"ARG"},
         "disapprove", PLAN),
    ],
    "ACCUSE taken to court": [
        # en additions bring, take, haul + to court, before the International Court of Justice, to a tribunal
        ("Peru took Chile to court over the maritime border.", "ACCUSE", {"PER"}, {"CHL"}, "allege", OCC),
        ("Ecuador hauled Colombia before an international tribunal over the spraying.", "ACCUSE", {"ECU"}, {"COL"},
         "allege", OCC),
        ("Bolivia will take Chile to the International Court of Justice over the river.", "ACCUSE", {"BOL"},
         {"CHL"}, "allege", PLAN),
    ],
    "CONCEDE regret voiced for a deed": [
        # en additions voice + regret, remorse with 'for' or 'to' (the manual's remorse), as 'expressed regret for'
        ("Peru voiced regret for the border incident with Chile.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("Latvia voiced regret to Estonia for the shooting of its fishermen.", "CONCEDE", {"LVA"}, {"EST"}, None,
         OCC),
        # 'over' another side's decision keeps the disapproval
        ("Peru voiced regret over Chile's decision to close the border.", "ACCUSE", {"PER"}, {"CHL"}, "disapprove",
         OCC),
    ],
    "deed done after 'resorted to'": [
        # lang/en/resorted_deeds: a gerund after 'to' and a verb of turning to a deed is done, no infinitive
        ("Chilean troops returned to shelling the villages on Monday.", "ASSAULT", {"CHL"}, None, "heavy-weapons",
         OCC),
        ("Bolivian police resorted to firing tear gas at protesters in La Paz.", "ASSAULT", {"BOL"}, {"BOL"},
         "crowd-control", OCC),
        ("Honduran soldiers reverted to shelling rebel positions near the border.", "ASSAULT", {"HND"}, None, ANY, OCC),
        # plover59b: a crowd's stones read over the resort verb to its people subject (resorted_deeds.resort_frame)
        ("Bolivian youths resorted to throwing rocks at police in La Paz.", "PROTEST", {"BOL"}, None, "riot", OCC),
    ],
    "no ASSAULT for deaths a disaster caused": [
        # lang/en/disaster_deaths: a verb of harm whose subject or passive cause is a disaster's or accident's noun
        ("Floods in Bolivia killed forty villagers last week.", "ASSAULT", set(), None, None, NEG),
        ("The earthquake in Ecuador killed twelve children on Monday.", "ASSAULT", set(), None, None, NEG),
        ("Eight Peruvian students were killed in a bus crash in Bolivia.", "ASSAULT", set(), None, None, NEG),
        # an attack's doer beside such a noun keeps the ASSAULT
        ("Peruvian troops killed five rebels after the earthquake on Monday.", "ASSAULT", {"PER"}, {"PER"}, None,
         OCC),
        ("Twelve children were killed in an air strike in Bolivia on Monday.", "ASSAULT", set(), {"BOL"}, "aerial",
         OCC),
    ],
    "no such act": [
        # visas revoked or a requirement imposed are no concession; a release sought has not happened; a trophy
        # taken to court sues no state
        ("Peru revoked the visas of three Chilean diplomats.", "CONCEDE", set(), None, None, NEG),
        ("Peru imposed visa requirements on Chilean citizens.", "CONCEDE", set(), None, None, NEG),
        ("Peru sought the release of twenty fishermen detained by Chile.", "RETREAT", set(), None, None, NEG),
        ("The Chilean team took the trophy to court.", "ACCUSE", set(), None, None, NEG),
    ],
})

# agents.yaml youths: CVL (a crowd of young civilians, not their state's government)
test_youths_are_civilians = sides_test([
    ("Bolivian youths threw stones at police in La Paz.", "PROTEST", {("BOL", "CVL")}, {("BOL", "COP")}),
])


@pytest.mark.parametrize("text", [
    "Peruvian troops killed five rebels in a clash on Monday.",
    "Bolivian rebels killed three soldiers in an ambush on Tuesday.",
])
def test_killed_combatants_keep_no_mode(text):
    """Combatants killed are fighting, not a targeted killing: the ASSAULT stays with no mode."""
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].mode is None, [(e.type, e.mode) for e in found]
