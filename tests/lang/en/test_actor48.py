"""(enactor48, issues 13, 14) English actors and sides that went astray, one table per class; our own sentences (real
states, invented people), each class with rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

# 1. A name opening a hyphenated pair inside the first verb's object noun phrase ('hailed the A-B talks and urged C')
# is what the object is about, not the subject of the verb after 'and'.
COMPOUND_OBJECTS = [
    ("Chile welcomed the Peru-Bolivia talks and urged Ecuador to take part.", "REQUEST", {"CHL"}, {"ECU"}),
    ("The African Union hailed the Ghana-Togo talks and urged Niger to join them.", "REQUEST", {"IGO"}, {"NER"}),
    ("Greek Foreign Minister Lena Varga praised the Serbia-Kosovo dialogue and called on Albania to back it.",
     "REQUEST", {"GRC"}, {"ALB"}),
    ("프랑스 외무장관은 가나-토고 회담을 환영하고 니제르에 참여를 촉구했다.", "REQUEST", {"FRA"}, {"NER"}),
]


@pytest.mark.parametrize("text, kind, actors, recipients", COMPOUND_OBJECTS)
def test_compound_in_an_object_is_no_later_subject(text, kind, actors, recipients):
    found = sides(text, kind)
    assert found, text
    acting, receiving = found[0]
    assert not set(acting) & {"PER", "BOL", "GHA", "TGO", "SRB", "XKX"}, found
    assert actors <= set(acting) and set(receiving) == recipients, found


# negative rows: states coordinated as the subject both act; a name in the first verb's plain object stays its object
@pytest.mark.parametrize("text, kind, actors", [
    ("Ghana and Togo held talks on Monday and urged Niger to join.", "REQUEST", {"GHA", "TGO"}),
    ("Chile condemned Peru and urged Bolivia to respond.", "REQUEST", {"CHL"}),
])
def test_coordinated_subjects_still_act(text, kind, actors):
    found = sides(text, kind)
    assert found and set(found[0][0]) == actors, found


# 4. One national of a state is its people (CVL) as many are; 'National' capitalized in a name is the name's.
@pytest.mark.parametrize("text, kind, held", [
    ("Kenyan police arrested a Somali national on Tuesday.", "COERCE", ("SOM", "CVL")),
    ("Zambian police detained a Malawian national at the border crossing.", "COERCE", ("MWI", "CVL")),
    ("Ghana deported a Nigerian national accused of fraud.", "COERCE", ("NGA", "CVL")),
    ("케냐 경찰은 소말리아 국민 1명을 체포했다.", "COERCE", ("SOM", "CVL")),
])
def test_a_national_is_a_civilian(text, kind, held):
    _actors, receivers = sector_sides(text, kind)
    assert held in receivers and (held[0], "GOV") not in receivers, receivers


# negative rows: a name with 'National' in it keeps its own body's sector
@pytest.mark.parametrize("text, kind, side", [
    ("Kenyan police arrested two members of the Somali National Army.", "COERCE", ("SOM", "MIL")),
    ("Kenya said the Somali National Army shelled a border village.", "ASSAULT", ("SOM", "MIL")),
    ("Police detained a Somali National Assembly member on Monday.", "COERCE", ("SOM", "LEG")),
])
def test_national_in_a_name_is_no_civilian(text, kind, side):
    actors, receivers = sector_sides(text, kind)
    assert side in actors | receivers and (side[0], "CVL") not in actors | receivers, (actors, receivers)


# 6. Civilians and the faithful named by a plural people noun of the agent table (Phoenix [~CVL], [~REL], and our
# 'shoppers', 'commuters') receive an attack as the place's people with the noun's sector.
@pytest.mark.parametrize("text, received", [
    ("Gunmen attacked shoppers at a market in Lagos on Tuesday.", ("NGA", "CVL")),
    ("Gunmen opened fire on commuters at a bus station in Nairobi.", ("KEN", "CVL")),
    ("Gunmen attacked worshippers at a mosque in Niger on Friday.", ("NER", "REL")),
    ("Militants attacked pilgrims near Peshawar on Sunday.", ("PAK", "REL")),
    ("Gunmen attacked passengers on a ferry near Mombasa.", ("KEN", "CVL")),
])
def test_civilian_people_nouns_receive(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert received in receivers, receivers


# negative rows: a foreign people keeps its own state; soldiers stay the forces; a thing attacked is no people
@pytest.mark.parametrize("text, received", [
    ("Gunmen attacked Chinese tourists in Lagos on Tuesday.", {("CHN", "CVL")}),
    ("Gunmen attacked soldiers at a checkpoint in Lagos on Tuesday.", {("NGA", "MIL")}),
    ("Gunmen attacked buses at a station in Lagos on Tuesday.", set()),
])
def test_other_objects_keep_their_reading(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert receivers == received, receivers


def test_the_civilian_nouns_come_from_the_agent_table():
    from readout.lang.en.people_nouns import civilian_plurals
    nouns = civilian_plurals()
    assert {"worshippers", "pilgrims", "villagers", "shoppers", "commuters", "passengers"} <= nouns
    assert not {"soldiers", "police", "officials", "rebels", "worshipper", "villages", "airliners"} & nouns


# negative rows: the civilian nouns name the harmed of force only; a place noun of the table names no people
@pytest.mark.parametrize("text, kind", [
    ("The landlord in Accra served notice on the tenants last week.", "THREATEN"),
    ("A landlord in Lima threatened the tenants with eviction.", "THREATEN"),
])
def test_no_civilian_object_outside_force(text, kind):
    assert not [r for _a, r in sides(text, kind) if r], sides(text, kind)


def test_a_place_noun_is_no_people_object():
    assert sides("Turkey shelled settlements near the border.", "ASSAULT") == [(["TUR"], [])]


# 5. An attack told by its attacker noun ('A suicide bomber struck X') keeps the sector of the site its verb read: a
# police station the police's (COP), an army base the forces' (MIL); the site's state receives it.
@pytest.mark.parametrize("text, received", [
    ("A suicide bomber struck a police station in Kabul on Tuesday.", ("AFG", "COP")),
    ("Suicide bombers struck a police headquarters in Herat.", ("AFG", "COP")),
    ("A suicide bomber struck an army base in northern Mali.", ("MLI", "MIL")),
    ("A suicide bomber hit a navy base in Mombasa.", ("KEN", "MIL")),
    ("자살폭탄 테러범이 말리 북부의 군 기지를 공격했다.", ("MLI", "MIL")),
])
def test_an_attacked_site_keeps_its_sector(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert received in receivers and (received[0], "GOV") not in receivers, receivers


# negative rows: a ministry is the government's; people harmed keep their own noun's sector and state
@pytest.mark.parametrize("text, received", [
    ("A suicide bomber struck the defence ministry in Kabul.", {("AFG", "GOV")}),
    ("A suicide bomber killed three policemen in Kabul.", {("AFG", "COP")}),
    ("A car bomb killed two Chinese engineers in Karachi.", {("CHN", "CVL")}),
])
def test_other_harmed_keep_their_reading(text, received):
    _actors, receivers = sector_sides(text, "ASSAULT")
    assert receivers == received, receivers


# 3. A cyberattack told by its noun is done by the state its words name as doer, never by the place of what it hit
# nor by the state whose own things ('its banks') it hit; that state receives it.
@pytest.mark.parametrize("text, actors, recipients", [
    ("Estonia said Russian hackers launched a cyberattack on its power grid.", {"RUS"}, {"EST"}),
    ("Finland said North Korean hackers mounted a cyberattack against its ministries.", {"PRK"}, {"FIN"}),
    ("A Russian cyberattack hit Estonian banks on Tuesday.", {"RUS"}, {"EST"}),
])
def test_a_cyberattack_is_its_named_doers(text, actors, recipients):
    found = sides(text, "COERCE")
    assert found and set(found[0][0]) == actors and set(found[0][1]) == recipients, found


# negative rows: no doer named, no event; the hit state never hacks itself
@pytest.mark.parametrize("text", [
    "TALLINN, March 10 (Reuters) - Estonia said a cyberattack on its banks disrupted payments.",
    "A cyberattack hit banks in Lithuania on Tuesday.",
    "VILNIUS, March 10 (Reuters) - A cyberattack hit banks in Lithuania on Tuesday.",
])
def test_no_doer_named_no_cyberattack(text):
    assert sides(text, "COERCE") == [], sides(text, "COERCE")


# 7. A posted envoy's 'its' is the envoy's own state, not the host its title names: 'X's envoy to Y said its troops
# ...' tells X's troops (MIL).
@pytest.mark.parametrize("text, kind, acting", [
    ("Kenya's envoy to Somalia said its troops killed 12 al Shabaab fighters near Kismayo.", "ASSAULT", ("KEN", "MIL")),
    ("Chad's ambassador to Niger said its soldiers attacked a militant camp near Diffa.", "ASSAULT", ("TCD", "MIL")),
    ("Ghana's ambassador in Togo said its navy had seized a smuggling boat.", "COERCE", ("GHA", "MIL")),
    ("주소말리아 케냐 대사는 자국 군대가 키스마유 인근에서 알샤바브 대원 12명을 사살했다고 말했다.", "ASSAULT", ("KEN", "MIL")),
])
def test_a_posted_envoys_forces_are_its_own_states(text, kind, acting):
    actors, _ = sector_sides(text, kind)
    assert acting in actors and not {c for c, _s in actors} - {acting[0]}, actors


# negative rows: another state named in the clause (not a post) may own 'its': no envoy reading
@pytest.mark.parametrize("text, kind, not_acting", [
    ("Ghana said Togo and its navy seized a boat.", "COERCE", "GHA"),
    ("Kenya's envoy said Somalia and its troops attacked a camp near Kismayo.", "ASSAULT", "KEN"),
])
def test_another_name_may_own_its(text, kind, not_acting):
    actors, _ = sector_sides(text, kind)
    assert not_acting not in {c for c, _s in actors}, actors


# 2. A state's government forces and the rebels fighting them, named together by no state, are the state the story is
# filed from: not the speaker's state nor the state of the place they met in.
@pytest.mark.parametrize("text, kind, actors", [
    ("BAMAKO, March 10 (Reuters) - Foreign Minister Karim Haddad of Algeria said government forces and rebels had "
     "agreed to a ceasefire.", "AGREE", {"MLI"}),
    ("BAMAKO, March 10 (Reuters) - Government forces and rebels signed a ceasefire in Algiers on Tuesday.",
     "RETREAT", {"MLI"}),
    ("JUBA, March 10 (Reuters) - Rebels and government troops agreed to a truce on Tuesday, Kenya's foreign ministry "
     "said.", "AGREE", {"SSD"}),
])
def test_government_forces_and_rebels_are_the_storys_state(text, kind, actors):
    found = sides(text, kind)
    assert found and set(found[0][0]) == actors, found


# negative rows: a state named on either side keeps its reading; a place named is theirs
@pytest.mark.parametrize("text, kind, actors", [
    ("JUBA, March 10 (Reuters) - Houthi rebels and government forces agreed to a truce on Tuesday.", "AGREE", {"YEM"}),
    ("Government forces and rebels in Mali agreed to a ceasefire, Algeria said.", "AGREE", {"MLI"}),
    ("BAMAKO, March 10 (Reuters) - Algerian troops and rebels agreed to a ceasefire on Tuesday.", "AGREE", {"DZA"}),
])
def test_named_sides_keep_their_state(text, kind, actors):
    found = sides(text, kind)
    assert found and actors <= set(found[0][0]), found
