"""entwins49 (issues 13-15): English readings of sites, envoys' wars, bodies and bare state words, one class each, with
negative rows beside them:

- a site an attack lands on in a named town ('attacked a market in X's town') is the town's state's, with the site's
  sector, even where the attacker is read as of that state (pipeline/act_site_recipients; lang/en/act_site_sectors
  `site_place`); a site of the forces ('an army base', 'the barracks') in a town abroad is that state's forces (MIL);
- an armed group struck in a posted envoy's words, with no place named after the act, is of the envoy's post ('X's
  envoy to Y said its troops struck rebel positions': Y's rebels) (lang/en/act_owned_services.posted_host,
  pipeline/act_posted_hosts);
- 'the union' refers back to the European or African Union the story named, as 'the bloc' does, unless the story
  speaks of a labour union anywhere (lexicon `body_back_guards`, lang/base/names.body_reference_barred);
- a bare 'the presidency' or 'the government' holding a meeting is its story's one state's, as a bare organ acting is
  (lexicon `agent_back_re` with a meeting verb after it, `agent_back_placed_nouns`; pipeline/ruling_organs).

Every sentence is our own (invented wording; real states and towns). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sector_sides

# (sentence, type, the receiving (country, sector) pairs)
SECTOR_ROWS = {
    "a_site_in_a_town_is_the_towns_states": [
        ("Rebels attacked a market in Lagos on Sunday.", "ASSAULT", {("NGA", "CVL")}),
        ("Gunmen stormed a crowded bazaar in Kano on Friday.", "ASSAULT", {("NGA", "CVL")}),
        ("Militants bombed a shopping mall in Nairobi on Friday.", "ASSAULT", {("KEN", "BUS")}),
        ("반군이 라고스의 시장을 공격했다.", "ASSAULT", {("NGA", "CVL")}),
        # negative rows: a school keeps its own sector; a site no place follows gives no domestic target
        ("Rebels attacked a school in Lagos on Sunday.", "ASSAULT", {("NGA", "EDU")}),
        ("Eritrea shelled a market on Sunday.", "ASSAULT", set()),
    ],
    "a_forces_site_abroad_is_the_places_forces": [
        ("Eritrea shelled an army base in Mekele overnight.", "ASSAULT", {("ETH", "MIL")}),
        ("Eritrea shelled the barracks in Mekele overnight.", "ASSAULT", {("ETH", "MIL")}),
        ("Chadian jets bombed a military outpost near Niamey.", "ASSAULT", {("NER", "MIL")}),
        ("Rebels attacked an army base in Lagos on Sunday.", "ASSAULT", {("NGA", "MIL")}),
        # negative rows: a rebel base stays the group's; a village stays its state's; people named keep theirs
        ("Chadian jets bombed a rebel base near Niamey.", "ASSAULT", {("NER", "REB")}),
        ("Eritrea shelled a village near Mekele overnight.", "ASSAULT", {("ETH", "CVL")}),  # enattack51b: its people
        ("Eritrea shelled Ethiopian police near the barracks in Mekele.", "ASSAULT", {("ETH", "COP")}),
    ],
    "an_envoys_war_is_fought_in_the_post": [
        ("Fighting went on in Niger. Chad's envoy to Niger said its troops struck rebel positions.", "ASSAULT",
         {("NER", "REB")}),
        ("Kenya's ambassador in Somalia said its troops killed twenty militants.", "ASSAULT", {("SOM", "REB")}),
        ("Chad's envoy to Niger said its troops arrested six rebels.", "COERCE", {("NER", "REB")}),
        # negative rows: a town named after the act places the group; a speaker posted nowhere keeps his own state's
        ("Kenya's ambassador in Somalia said its troops killed twenty militants in Mombasa.", "ASSAULT",
         {("KEN", "REB")}),
        ("Chad's envoy to Niger said its troops arrested six rebels in Ndjamena.", "COERCE", {("TCD", "REB")}),
        ("Chad's army chief said its troops struck rebel positions.", "ASSAULT", {("TCD", "REB")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, receiving", class_rows(SECTOR_ROWS))
def test_twins49_sectors(sentence, type_, receiving):
    assert sector_sides(sentence, type_)[1] == receiving


def test_a_site_with_no_place_is_no_domestic_target():
    found = [e for e in events("Eritrea shelled a market on Sunday.") if e.type == "ASSAULT"]
    assert found and not any(r.country == "ERI" for r in found[0].recipients)


# (sentence, type, the acting states)
UNION_ROWS = [
    ("The European Union met in Brussels. The union imposed sanctions on Belarus on Monday.", "SANCTION", {"EUR"}),
    ("The African Union met in Addis Ababa. The union later condemned Gabon's junta.", "ACCUSE", {"IGO"}),
]


@pytest.mark.parametrize("text, type_, acting", UNION_ROWS)
def test_the_union_is_the_body_the_story_named(text, type_, acting):
    assert sector_sides(text, type_)[0] == {(code, "IGO") for code in acting}


NO_UNION_BODY = [
    # a labour union anywhere in the story: 'the union' is no body
    ("The European Union met in Brussels as a teachers' union marched. The union imposed sanctions on Belarus.",
     "SANCTION"),
    ("The European Union met in Brussels amid a trade union strike. The union imposed sanctions on Belarus on Monday.",
     "SANCTION"),
    # a labour story's words with no 'trade union' written: 'the union' is still no body
    ("Nurses marched in Lusaka over unpaid wages. The African Union met in Addis Ababa. The union then condemned the "
     "Zambian police.", "ACCUSE"),
    # a story that named no union body
    ("Ministers met in Oslo. The union imposed sanctions on Belarus on Monday.", "SANCTION"),
]


@pytest.mark.parametrize("text, type_", NO_UNION_BODY)
def test_the_union_of_a_labour_story_or_of_none_is_no_body(text, type_):
    assert not any(p.country in ("EUR", "IGO") for e in events(text) if e.type == type_ for p in e.participants)


UG = "Ugandan President Amos Okello fired his finance minister on Sunday. "

BARE_MEETING_ORGANS = [
    UG + "The presidency held talks with Kenyan envoys.",
    UG + "The government held talks with Kenyan envoys.",
    UG + "The presidency met Kenyan envoys on Monday.",
]


@pytest.mark.parametrize("text", BARE_MEETING_ORGANS)
def test_a_bare_presidency_meets_for_its_storys_one_state(text):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert found and {p.country for p in found[0].participants} == {"UGA", "KEN"}, [
        (e.type, [p.country for p in e.participants]) for e in events(text)]


NO_MEETING_ORGAN_STATE = [
    "The presidency held talks with Kenyan envoys.",  # the story names no state of its own
    "Kenyan troops shelled a border post held by Ugandan troops on Sunday. The presidency held talks with Kenyan "
    "envoys.",  # two states: open
    UG + "The presidency said the talks with Kenyan envoys failed.",  # the presidency holds no meeting: no party
]


@pytest.mark.parametrize("text", NO_MEETING_ORGAN_STATE)
def test_a_bare_presidency_without_one_state_or_meeting_meets_no_one(text):
    assert not any("UGA" in {p.country for p in e.participants} for e in events(text) if e.type == "CONSULT")
