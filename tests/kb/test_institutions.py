"""A country's institutions named without the country (data/institutions_world.yaml, issue 14): legislatures,
central banks, intelligence services, seats of government, parties and armed groups stand for their state in
both languages. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.loader import kb, parse
from readout.kb.schema import OrganizationsFile, OrganizationsWorldFile

DAY = date(2025, 3, 4)


def acting(text: str) -> set[str]:
    """The countries of the events' participants."""
    return {p.country for e in extract_text(text, published=DAY).events for p in e.participants if p.country}


def test_the_table_is_valid_and_no_form_is_another_states_in_the_hand_file():
    table = parse("institutions_world.yaml", OrganizationsWorldFile).organizations
    assert len(table) >= 200
    hand = {name: o.country for o in parse("organizations.yaml", OrganizationsFile).organizations
            for name in [*o.en, *o.ko]}
    clashes = [(n, o.country, hand[n]) for o in table for n in [*o.en, *o.ko] if n in hand and hand[n] != o.country]
    assert clashes == []
    assert {o.id for o in table} <= {o.id for o in kb().organizations}


# (text, country among the acting sides): each class of named actor that stands for a state or the international
# system without the state being named, in one table
STANDS_FOR = [
    # institutions: legislatures, central banks, intelligence services, seats of government, parties, armed groups
    ("The Knesset voted to condemn Norway on Tuesday.", "ISR"),
    ("The Sejm condemned Belarus on Tuesday.", "POL"),
    ("The Verkhovna Rada accused Hungary of blackmail.", "UKR"),
    ("The Storting criticized Sweden on Friday.", "NOR"),
    ("The Bundesbank criticized Italy on Friday.", "DEU"),
    ("The Reserve Bank of India warned Pakistan on Friday.", "IND"),
    ("The Mossad accused Iran of plotting attacks.", "ISR"),
    ("The SVR accused Estonia of spying.", "RUS"),
    ("The ISI rejected the accusations by Afghanistan.", "PAK"),  # k49: a denied accusation is none
    ("Downing Street condemned Iran on Sunday.", "GBR"),
    ("The Elysee condemned Mali on Sunday.", "FRA"),
    ("Zhongnanhai criticized Japan on Sunday.", "CHN"),
    ("Likud accused Egypt of lying.", "ISR"),
    ("The Revolutionary Guards threatened Bahrain on Monday.", "IRN"),
    ("The Tatmadaw attacked Thailand's border posts on Monday.", "MMR"),
    ("Al-Shabaab attacked Kenya on Monday.", "SOM"),
    ("The Lok Sabha condemned China on Wednesday.", "IND"),
    ("The Commerce Department accused China of dumping steel.", "USA"),
    ("OFAC sanctioned Venezuela on Thursday.", "USA"),
    ("크네세트는 노르웨이를 강하게 비난했다.", "ISR"),
    ("모사드는 이란을 강하게 비난했다.", "ISR"),
    ("혁명수비대는 바레인을 위협했다.", "IRN"),
    ("전인대는 대만을 강하게 비난했다.", "CHN"),
    ("분데스방크는 이탈리아를 비판했다.", "DEU"),
    ("엘리제궁은 니제르를 강하게 비난했다.", "FRA"),
    ("알샤바브는 케냐를 공격했다.", "SOM"),
    # international bodies act for the international system (IGO, UNO, EUR)
    ("The OPCW accused Syria of using chlorine.", "IGO"),
    ("The Financial Action Task Force criticized Iran on Friday.", "IGO"),
    ("UNMISS condemned South Sudan on Friday.", "UNO"),
    ("The ICAO condemned Belarus on Friday.", "UNO"),
    ("Europol accused Albania of inaction.", "EUR"),
    ("화학무기금지기구는 시리아를 강하게 비난했다.", "IGO"),
    ("유엔군사령부는 북한을 강하게 비난했다.", "UNO"),
    # leaders_recent.yaml: heads of state and government and foreign ministers of more UN members, 2017 on
    ("President Alexander Lukashenko condemned Lithuania on Monday.", "BLR"),
    ("Prime Minister Edi Rama accused Serbia of meddling.", "ALB"),
    ("Foreign Minister Yusuf Tuggar condemned Niger on Monday.", "NGA"),
    ("President Vjosa Osmani accused Serbia of meddling.", "XKX"),
    ("Prime Minister Robert Golob criticized Croatia on Monday.", "SVN"),
    ("President Mohamed Muizzu criticized India on Monday.", "MDV"),
    ("Prime Minister James Marape criticized Australia on Monday.", "PNG"),
    ("President Luis Abinader condemned Haiti on Monday.", "DOM"),
    # leaders_recent.yaml: defense and interior ministers (home, public security) of G20 states and more UN members
    ("Defence Minister Luis Petri condemned Chile on Monday.", "ARG"),
    ("Interior Minister Matteo Piantedosi accused Tunisia of inaction.", "ITA"),
    ("Home Secretary Shabana Mahmood criticized France on Monday.", "GBR"),
    ("Defense Minister Aziz Nasirzadeh warned Israel on Monday.", "IRN"),
    ("Public Safety Minister Gary Anandasangaree criticized India on Monday.", "CAN"),
    ("Defense Minister Wladyslaw Kosiniak-Kamysz condemned Russia on Monday.", "POL"),
    ("Interior Minister Ihor Klymenko accused Russia of shelling Kharkiv.", "UKR"),
]


@pytest.mark.parametrize("text, code", STANDS_FOR)
def test_a_named_actor_stands_for_its_state_or_the_international_system(text, code):
    assert code in acting(text)


@pytest.mark.parametrize("text, absent", [
    ("The ETA of the flight to Norway was noon, and Chile condemned the delay.", "ESP"),  # a word, no group
    ("PTI reported that Chile condemned Norway.", "PAK"),  # the Press Trust of India, not a party
    ("BNP Paribas criticized Norway on Monday.", "BGD"),  # a bank, not the Bangladeshi party
    ("The Philippine Department of Energy criticized China on Monday.", "USA"),  # the state named before it
])
def test_an_institution_name_that_is_a_word_or_a_place_stays_out(text, absent):
    assert absent not in acting(text)

