"""English act sides and triggers: backed armed groups, unaddressed protests, first-person quotes.
- an armed group's noun after a backer's compound ('the Iranian-backed rebels fired'): the armed group of another
  state the story named (lang/en/act_reporters.backed_group_subject, pipeline/act_actors.armed_group_named), the
  backer only where the story names none; an armed group's organ ('the rebels' political bureau') and a verb joined
  to it by 'and' speak for the group (act_sides.armed_organ_subject, coordinated_armed_subject);
- a protest lodged with no one named answers the deed just reported (act_feelings.unaddressed_object); 'The ministry
  had called in an official of X's embassy' goes on with the voice just heard (continued_body_perfect_re);
- a body whose meeting is asked for is the request's addressee, not a venue (Language.names_a_venue); an open appeal
  whose 'all parties concerned' is quoted stays an open appeal (act_open_appeals);
- 'It accused X of ...' after a statement given as a noun ('issued a statement') is that body's
  (opening_statement_re), and a verb joined to it by 'and' keeps 'It' (carried_continuation, Language.role); a quote
  in the charge ('accused X of letting "firms plunder ..."') holds no act (quoted_charge_acts);
- triggers: 'put a spy satellite into orbit' (MOBILIZE), 'cautioned that' (THREATEN), 'warplanes pounded' (ASSAULT
  only after forces), 'vowed to resume attacks' (THREATEN); a passive show of force reported by an official whose
  title names his state is that state's (act_reporters.reported_force_agent).

Formerly tests/lang/test_en_sides32.py; classes first read as "English act sides and triggers, session 21 (en32), on
our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text, kind, actors, recipients, backer", [
    # the armed group named before the backer's compound acts, not the backer
    ("Afghan troops clashed with Taliban fighters near Herat on Monday. The Pakistani-backed militants then shelled "
     "an army post.", "ASSAULT", {"AFG"}, None, "PAK"),
    ("Malian soldiers raided a camp of Tuareg rebels near Kidal. A week later the Algerian-backed rebels ambushed a "
     "Malian convoy.", "ASSAULT", {"MLI"}, {"MLI"}, "DZA"),
    ("Yemen's Houthi rebels seized a cargo ship on Monday. The Iran-backed rebels fired two missiles at Saudi Arabia "
     "on Tuesday.", "ASSAULT", {"YEM"}, {"SAU"}, "IRN"),
    # no armed group named anywhere: the backer stays the only state the words give
    ("Rwanda-backed rebels attacked Goma.", "ASSAULT", {"RWA"}, None, None),
])
def test_a_backed_armed_group_is_the_group_the_story_named(text, kind, actors, recipients, backer):
    found = sides(text, kind)
    assert has(text, kind, actors, recipients) and not any(backer in a for a, _ in found), found


def test_a_farmers_union_is_no_armed_group():
    assert not sides("Peru raised fuel prices. The farmers' union condemned the decision.", "ACCUSE")


@pytest.mark.parametrize("text, actors, recipients", [
    ("Moroccan patrol boats rammed a Spanish fishing vessel on Sunday. Madrid lodged a protest through diplomatic "
     "channels.", {"ESP"}, {"MAR"}),
    ("An Iranian drone crashed into an Iraqi village, killing a farmer. Baghdad lodged a formal protest on Monday.",
     {"IRQ"}, {"IRN"}),
    ("Ghana lodged a protest with Togo over the border closure.", {"GHA"}, {"TGO"}),
])
def test_a_protest_with_no_one_named_answers_the_deed_just_reported(text, actors, recipients):
    assert has(text, "ACCUSE", actors, recipients), sides(text, "ACCUSE")


def test_a_protest_with_no_deed_before_it_is_no_event():
    assert not sides("Madrid lodged a protest through diplomatic channels.", "ACCUSE")


def test_a_body_going_on_in_the_past_perfect_is_the_voice_just_heard():
    text = ("MADRID, May 4 -- Spain's foreign ministry rejected Morocco's complaint on Monday. The ministry had "
            "called in an official of the Moroccan embassy on Sunday to express regret over the seizure.")
    assert has(text, "ACCUSE", {"ESP"}, {"MAR"}), sides(text, "ACCUSE")


@pytest.mark.parametrize("text, actors", [
    ("Peru, Bolivia and Ecuador sought an emergency U.N. Security Council meeting on the crisis.",
     {"PER", "BOL", "ECU"}),
    ("Sweden and Norway briefed the U.N. Security Council on the blockade. The two Nordic allies requested the "
     "council meeting on Friday.", {"SWE", "NOR"}),
    ("Nigeria and Ghana requested an urgent Security Council session after the coup.", {"NGA", "GHA"}),
])
def test_a_bodys_meeting_asked_for_is_a_request_to_the_body(text, actors):
    found = sides(text, "REQUEST")
    assert any("UNO" in r and (actors is None or set(a) == actors) for a, r in found), found


def test_a_meeting_attended_at_a_body_is_still_a_venue():
    assert not any("UNO" in r for _, r in sides("Peru urged Chile to attend the U.N. Security Council meeting.",
                                                 "REQUEST"))


@pytest.mark.parametrize("text, expected", [
    # no conflict reported: the appeal is kept with its actor and no recipient
    ("Turkey's foreign ministry on Tuesday called on \"all parties concerned\" to exercise restraint.", (["TUR"], [])),
    # a conflict reported: its sides (request59: the parties asked are the conflict's)
    ("Armenia shelled Azerbaijani positions on Monday. Turkey's foreign ministry on Tuesday called on \"all parties "
     "concerned\" to exercise restraint.", (["TUR"], ["ARM", "AZE"])),
])
def test_a_quoted_open_appeal_is_an_open_appeal(text, expected):
    found = [(a, sorted(r)) for a, r in sides(text, "REQUEST")]
    assert expected in found, found


def test_a_quote_in_a_charge_holds_no_act():
    text = "Chad's army gave a different account. It accused Khartoum of letting \"militias loot villages\" there."
    assert not sides(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The firm put a weather satellite into orbit for Chile's meteorological office.",
    "Economists cautioned that growth in Brazil would slow.",
    "Heavy rain pounded the coast of Ecuador.",
    "The company said its engineers had been placed on standby.",
])
def test_no_act_in_the_other_senses(text):
    assert not [s for kind in ("MOBILIZE", "THREATEN", "ASSAULT") for s in sides(text, kind)], text


SIDES = {
    "an_armed_groups_organ_speaks_for_it": [
        ("Somalia's al-Shabaab militants attacked a Kenyan base on Friday. The militants' spokesman condemned the "
         "Kenyan air raids.", "ACCUSE", {"SOM"}, {"KEN"}),
        ("Mozambique's rebels struck a Rwandan patrol. The rebels' leadership denounced the Rwandan presence and vowed "
         "to resume attacks on Rwandan troops.", "THREATEN", {"MOZ"}, {"RWA"}),
    ],
    "it_after_a_statement_given_as_a_noun": [
        ("Kenya's interior ministry issued a statement on Monday about the raid. It accused Kampala of arming cattle "
         "raiders.", "ACCUSE", {"KEN"}, {"UGA"}),
        ("Chad's army gave a different account, saying the patrol had been ambushed. It accused Khartoum of sheltering "
         "the attackers and warned that the army would respond to any new incursion.", "THREATEN", {"TCD"}, {"SDN"}),
        ("Chad's army gave a different account. It accused Khartoum of letting \"militias loot villages\" along the "
         "border.", "ACCUSE", {"TCD"}, {"SDN"}),
    ],
    "new_triggers_and_a_reporting_officials_state": [
        ("Tehran said on Friday it had put a new military satellite into orbit.", "MOBILIZE", {"IRN"}, None),
        ("Nigeria's army chief cautioned that the armed forces would respond firmly to any attack by Cameroonian "
         "troops.", "THREATEN", {"NGA"}, {"CMR"}),
        ("Russian warplanes pounded rebel-held towns in Syria's Idlib province.", "ASSAULT", {"RUS"}, {"SYR"}),
        ("A Georgian security official said troops along the border had been placed on high alert.", "MOBILIZE",
         {"GEO"}, None),
    ],
    "a_bare_body_going_on_with_its_own_acts": [
        # a bare body reporting its own acts, a quoted phrase between them
        ("JAKARTA, May 4 -- Indonesia's foreign ministry accused Vietnam of sending fishing fleets into its waters. "
         "The ministry said it had lodged \"a firm protest\" with the ambassador and demanded that Vietnamese boats "
         "\"leave at once\".", "REQUEST", {"IDN"}, {"VNM"}),
        # a ministry spokesman in a clause after ', while': the dateline's state
        ("TOKYO, May 4 -- Japan's foreign ministry summoned the Chinese ambassador on Monday, while a defence ministry "
         "spokesman demanded that Beijing and Moscow halt their joint bomber flights.", "REQUEST", {"JPN"},
         {"CHN", "RUS"}),
    ],
}


@pytest.mark.parametrize("text, kind, actors, recipients", class_rows(SIDES))
def test_the_act_has_its_sides(text, kind, actors, recipients):
    assert has(text, kind, actors, recipients), sides(text, kind)


def test_a_named_states_spokesman_after_while_keeps_his_state():
    text = ("TOKYO, May 4 -- Japan's foreign ministry summoned the Chinese ambassador on Monday, while a Chinese foreign "
            "ministry spokesman demanded that Tokyo stop its patrols.")
    assert has(text, "REQUEST", {"CHN"}, {"JPN"}), sides(text, "REQUEST")


@pytest.mark.parametrize("text, kind", [
    ("Chile cannot accept Bolivia's demands.", "REJECT"),
    ("\"We cannot accept Bolivia's demands,\" Chile's foreign minister told reporters, adding that talks would go on.",
     "REJECT"),
])
def test_cannot_accept_is_a_rejection(text, kind):
    assert has(text, kind, {"CHL"}, {"BOL"}) and not sides(text, "AGREE"), (sides(text, kind), sides(text, "AGREE"))


def test_a_first_person_quote_naming_no_one_addresses_whom_the_voice_addressed():
    text = ("SANTIAGO, May 4 -- Chile summoned Argentina's ambassador on Monday over the border fence. Foreign Minister "
            "Ana Lopez told the envoy that the fence violated a 1984 treaty and demanded that it be removed. \"We will "
            "take proportionate measures if our concerns are ignored,\" Chilean President Luis Torres told reporters on "
            "Monday, according to his office.")
    assert has(text, "THREATEN", {"CHL"}, {"ARG"}), sides(text, "THREATEN")


def test_a_verb_in_a_quotes_relative_clause_is_not_the_speakers():
    text = ("\"We will not negotiate with people who shell our villages every night,\" Armenia's foreign minister said, "
            "adding that talks were frozen.")
    assert not sides(text, "ASSAULT"), sides(text, "ASSAULT")


@pytest.mark.parametrize("text, status", [
    ("\"We will retaliate against Peru,\" Chile's president said.", "occurred"),     # made as it is said
    ("\"We will take proportionate measures against Peru,\" Chile's president told reporters.", "occurred"),
    ("Chile said it would retaliate against Peru.", "occurred"),  # reported, said: made when said (charges50b)
])
def test_a_first_person_threat_is_made_as_it_is_said(text, status):
    found = [e.status for e in events(text, "2026-05-05") if e.type == "THREATEN"]
    assert found == [status], found
