"""English act sides and triggers: a bare home service, shared addressees, sources, orders to leave, free relatives.
- a state's armed service or a bare ministry's official naming no state as the subject ('The navy said it had
  deployed ...', '..., and the coast guard said it had sent ...', 'A senior Foreign Ministry official summoned ...
  and demanded'): the dateline's state acts (act_reporters.home_service_subject, home_service_subject_re);
- a warning or appeal joined by ', and' to an appeal with no addressee of its own ('demanded that X withdraw ..., and
  warned that ...') is aimed at the first verb's addressee (act_shared_objects.shared_addressee);
- a country word opening a body's name that handles that land ("Serbia's Kosovo Affairs Office") is no side
  (countries.domain_of_body);
- a verb joined by 'and' after a long 'of' complement ('accused X of "..." for political gain and demanded') is not
  X's (coordinated_verb_gap_re), and goes on with the voice of the first verb (act_reporters.carried_continuation);
- a formation of forces ('an aircraft carrier group', 'a naval task force') sailing through or transiting a strait is
  a show of force (MOBILIZE; act_near_words.formation_head in act_sighted_forces.forces_subject and act_sides.people_subject);
- a deed a source inside a state's body ascribes to 'the agency' is that state's, and a condemnation of it and a
  warning after it are aimed at that state (act_reporters.sourced_deed, sourced_deed_frame_re);
- an order to leave the country given to someone described by his post at a mission ('ordered an official at X's
  embassy in Y to leave'): the mission's phrase counts as no word of the object window (act_window_names.mission_end), so
  the order is the expulsion of a diplomat (SANCTION expel, as for an envoy: a member of a state's mission is its
  diplomat; act_frames.expelled_envoy);
- a judgment put as a free relative after the deed it judges ('..., in what it called a deliberate provocation') is
  aimed at the deed's doer, by the name in the relative or the reporting frame's subject
  (act_shared_objects.judged_sentence_deed);
- a bare 'Foreign Office' in a story filed from another state than Britain is the dateline's state, and 'said it had
  declared ... and had summoned' goes on with it (home_service_subject_re); a protest noun lodged inside a quote is the
  diplomatic protest (ACCUSE), and none of its own when it is the purpose of a summons (act_reporters.lodged_protest);
- an act said to show no sign of happening ('showed no sign of backing down') is none (no_sign_before_re).

Formerly tests/lang/test_en_sides33.py; classes first read as "English act sides and triggers, session 22 (en33), on
our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text, kind, wrong", [
    # a service named with its state is that state's, whatever the dateline
    ("LIMA, May 4 (Reuters) - The Chilean navy said it had sent two frigates to the area on Sunday.", "MOBILIZE",
     "PER"),
    # the deed the service reports is the reported side's, not the service's state's
    ("DAKAR, May 4 (Reuters) - The army said Malian rebels had attacked a border post on Sunday.", "ASSAULT", "SEN"),
])
def test_a_service_with_its_state_or_reporting_another_is_not_the_datelines(text, kind, wrong):
    assert not any(wrong in a for a, _ in sides(text, kind)), sides(text, kind)


def test_a_warning_with_its_own_subject_takes_no_shared_addressee():
    text = ("Ecuador demanded that Peru pull its boats out of the river, and Colombia warned that the dispute "
            "could spread.")
    assert not any("PER" in r and "COL" in a for a, r in sides(text, "THREATEN")), sides(text, "THREATEN")


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Serbia accused Pristina of provocations. Serbia's Kosovo Affairs Office on Friday dismissed the reply as "
     "propaganda and demanded that Pristina free the detained men.", "REQUEST", {"SRB"}, {"XKX"}),
    ("Greece's Cyprus Affairs Bureau demanded that Ankara withdraw its troops.", "REQUEST", {"GRC"}, {"TUR"}),
])
def test_a_land_handled_by_a_body_is_no_side(text, kind, actors, recipients):
    found = sides(text, kind)
    assert any(set(a) == actors and recipients <= set(r) for a, r in found), found


@pytest.mark.parametrize("text, actors", [
    ("An Australian carrier strike group sailed through the Sunda Strait on Tuesday.", {"AUS"}),
    ("A French naval task force transited the Strait of Hormuz on Monday.", {"FRA"}),
    ("A Canadian aircraft carrier group sailed through the strait last week.", {"CAN"}),
])
def test_a_formation_of_forces_moving_is_a_show_of_force(text, actors):
    assert has(text, "MOBILIZE", actors, None), sides(text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "A Dutch trade group sailed through the budget talks on Tuesday.",
    "A group of Greek fishermen sailed through the strait on Monday.",
])
def test_a_group_of_people_moving_is_no_show_of_force(text):
    assert not sides(text, "MOBILIZE")


SOURCED = ("Uzbekistan lodged a protest with Georgia on Sunday after drones struck a pumping station near Batumi. "
           "A source in Georgia's State Security Service told Reuters the agency had carried out the strike. "
           "Armenia's foreign ministry on Sunday denounced the attack as \"an act of terrorism\" and said it "
           "\"will not go unanswered.\"")


def test_a_source_reporting_another_sides_deed_is_not_its_doer():
    text = "A source in Chile's navy told Reuters that Bolivian troops had shelled the border post."
    assert not any("CHL" in a for a, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")


SIDES = {
    "a_bare_state_service_is_the_datelines_state": [
        ("LIMA, May 4 (Reuters) - Peru protested to Chile on Monday over a fishing dispute.\n\nThe navy said it had "
         "sent two corvettes to the fishing grounds on Sunday.", "MOBILIZE", {"PER"}, None),
        ("ACCRA, May 4 (Reuters) - Ghana accused Togo of harbouring smugglers, and the coast guard said it had "
         "deployed four patrol boats along the border.", "MOBILIZE", {"GHA"}, None),
        ("WELLINGTON, May 4 (Reuters) - A senior Foreign Ministry official summoned Fiji's high commissioner on Monday "
         "and demanded an explanation for the arrests.", "REQUEST", {"NZL"}, {"FJI"}),
        ("SANTIAGO, May 4 (Reuters) - The air force said it had scrambled two fighter jets on Monday.", "MOBILIZE",
         {"CHL"}, None),
        ("HELSINKI, May 4 (STT) - Hours later, the director general of the Foreign Ministry's Eastern Europe "
         "Department lodged a protest with the Russian charge d'affaires.", "ACCUSE", {"FIN"}, {"RUS"}),
    ],
    "a_coordinated_warning_shares_the_first_verbs_addressee": [
        ("Ecuador's defence ministry demanded that Peru pull its patrol boats out of the river, and warned that any "
         "further incursion would be met with force.", "THREATEN", {"ECU"}, {"PER"}),
        ("Hungary's foreign minister urged Kyiv to respect minority rights, and warned that the talks would stall "
         "without it.", "THREATEN", {"HUN"}, {"UKR"}),
        ("Algeria demanded Rabat immediately stop what it called provocations, and also warned that it would respond "
         "firmly.", "THREATEN", {"DZA"}, {"MAR"}),
    ],
    "a_verb_after_a_long_charge_goes_on_with_the_accuser": [
        ("Chile's foreign ministry protested to Bolivia on Monday. Spokeswoman Ana Ruiz accused the ruling Socialist "
         "Movement of \"staging an ordinary border incident\" for electoral gain and demanded that La Paz release the "
         "officers.", "REQUEST", {"CHL"}, {"BOL"}),
    ],
    "a_deed_a_bodys_source_ascribes_to_it_is_its_states": [
        (SOURCED, "ASSAULT", {"GEO"}, None),
        (SOURCED, "ACCUSE", {"ARM"}, {"GEO"}),
        (SOURCED, "THREATEN", {"ARM"}, {"GEO"}),
        ("Two intelligence officials in Latvia's defence ministry said the army had shot down a drone over Daugavpils.",
         "ASSAULT", {"LVA"}, None),
    ],
    "an_order_to_leave_given_to_a_missions_staff_is_an_expulsion": [
        ("Gabon on Tuesday ordered an official at Cameroon's embassy in Libreville to leave the country within 48 "
         "hours.", "SANCTION", {"GAB"}, {"CMR"}),
        ("Fiji ordered a staff member of Vanuatu's High Commission in Suva to leave within a week.",
         "SANCTION", {"FJI"}, {"VUT"}),
        ("Kenya ordered two diplomats at the Somali embassy in Nairobi to leave the country.",
         "SANCTION", {"KEN"}, {"SOM"}),
    ],
}


@pytest.mark.parametrize("text, kind, actors, recipients", class_rows(SIDES))
def test_the_act_has_its_sides(text, kind, actors, recipients):
    assert has(text, kind, actors, recipients), sides(text, kind)


def test_a_mission_phrase_does_not_make_a_summons_an_expulsion():
    text = "Chile summoned an official at Peru's embassy in Santiago to protest the arrests."
    assert not sides(text, "COERCE") and not sides(text, "SANCTION") and has(text, "ACCUSE", {"CHL"}, {"PER"})


@pytest.mark.parametrize("text, actors, recipients", [
    ("Ecuadorian troops fired shots across the border on Monday, Peru's army said, in what it called a deliberate "
     "provocation.", {"PER"}, {"ECU"}),
    ("Peru's army said Ecuadorian troops fired shots across the border on Monday in what it called a deliberate "
     "provocation.", {"PER"}, {"ECU"}),
    ("Laotian troops shelled a village near the river on Monday, in what Thailand called a dangerous provocation.",
     {"THA"}, {"LAO"}),
])
def test_a_judgment_in_a_free_relative_is_aimed_at_the_deeds_doer(text, actors, recipients):
    assert has(text, "ACCUSE", actors, recipients), sides(text, "ACCUSE")


def test_a_free_relative_naming_no_deed_accuses_no_doer():
    text = "Chile's army said on Monday it was ready, in what it called a message of calm."
    assert not sides(text, "ACCUSE")


def test_an_appeal_after_a_protest_lodged_with_an_envoy_is_aimed_at_the_envoys_state():
    text = ("Estonia lodged a protest by phone with the deputy head of the Russian Embassy in Tallinn and urged that "
            "the aircraft stay out of its airspace.")
    assert has(text, "REQUEST", {"EST"}, {"RUS"}), sides(text, "REQUEST")


FOREIGN_OFFICE = ("DHAKA (AP) - Bangladesh on Monday ordered a Burmese diplomat to leave the country.\n\nThe Foreign "
                  "Office said it had declared the diplomat persona non grata and had summoned Myanmar's ambassador to "
                  "lodge \"a strong protest over the border shootings.\"")


def test_a_bare_foreign_office_abroad_is_the_datelines_state():
    found = sides(FOREIGN_OFFICE, "ACCUSE")
    assert has(FOREIGN_OFFICE, "ACCUSE", {"BGD"}, {"MMR"}) and not any("GBR" in a for a, _ in found), found


def test_a_foreign_office_in_london_stays_britains():
    text = "LONDON (AP) - The Foreign Office said it had summoned Iran's ambassador on Monday."
    assert has(text, "ACCUSE", {"GBR"}, {"IRN"}), sides(text, "ACCUSE")


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Brazil on Monday lodged \"a strong protest\" with Paraguay over the arrests.", "ACCUSE", {"BRA"}, {"PRY"}),
    ("Vietnam conveyed \"a firm protest\" to China on Tuesday.", "ACCUSE", {"VNM"}, {"CHN"}),
])
def test_a_quoted_protest_lodged_is_a_diplomatic_protest(text, kind, actors, recipients):
    assert has(text, kind, actors, recipients) and not sides(text, "PROTEST"), (sides(text, kind), sides(text, "PROTEST"))


@pytest.mark.parametrize("text, kind, present", [
    ("Eritrea showed no sign of backing down on Monday.", "CONCEDE", False),
    ("Azerbaijan gave no indication of retreating from the border posts.", "RETREAT", False),
    ("Azerbaijan began retreating from the border posts on Monday.", "RETREAT", True),
])
def test_an_act_with_no_sign_of_it_is_none(text, kind, present):
    assert bool(sides(text, kind)) is present, sides(text, kind)
