"""(actors58, issue 14) Who a bare office is after a deed, language-free (bare_body_state.organ_deed_doer):
a bare office subject ('The minister', 'The ministry', '장관은') whose act goes on from a deed, not a statement, is of the
one state whose deed, within `continued_reach_sentences`, was done by an organ the story named as that state's (its
army, its police); a deed of a bare state name ('North Korea fired a missile') names no organ, and the bare ministry
after it is the reporting state's, which the story does not name (no event); nor where a dateline files the story from
another state. Our own sentences; the Korean twins are tests/lang/ko/test_actors58_ko.py."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (text, type, mode, acting, receiving); acting None: no event of the type
    ("Kenyan police arrested ten protesters on Monday. The minister criticized Norway.", "ACCUSE", "disapprove",
     {("KEN", "GOV")}, {("NOR", "GOV")}),
    ("NAIROBI -- Kenya's army attacked Somalia on Monday. The ministry criticized Ethiopia.", "ACCUSE", "disapprove",
     {("KEN", "GOV")}, {("ETH", "GOV")}),
    # a bare state name's deed names no organ: the ministry is the reporting state's, told nowhere
    ("North Korea fired a missile on Monday. The defence ministry urged Japan to stay calm.", "REQUEST", None, None,
     None),
    ("Peru seized a trawler on Monday. The minister criticized Chile.", "ACCUSE", None, None, None),
    # the lead (58): an object naming the organ's state ('summoned the X-ian ambassador') is struck by the act, as a
    # recipient naming it is: the bare ministry is the struck side's, not the organ's state
    ("Kenyan troops shelled a Somali border post on Monday. The ministry summoned the Kenyan ambassador.", "ACCUSE",
     None, None, None),
    # a dateline filed from another state: the bare ministry may be that state's
    ("DAKAR -- Kenya's army attacked Somalia on Monday. The ministry criticized Ethiopia.", "ACCUSE", None, None, None),
    # the deed is further back than the reach of a voice going on
    ("Kenya's army attacked Somalia on Monday. Heavy rain hit Nairobi. Floods hit Mombasa on Tuesday. The minister "
     "criticized Ethiopia.", "ACCUSE", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_bare_office_after_an_organs_deed(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text, kind, mode, acting, receiving", [
    # English twins of the Korean place-and-people and business-head rows (tests/lang/ko/test_actors58_ko.py)
    ("Israeli settlers in the West Bank attacked a Palestinian village.", "ASSAULT", None, {("ISR", "CVL")},
     {("PSE", "CVL")}),
    ("A Kenyan telecom firm criticized the Somali government.", "ACCUSE", "disapprove", {("KEN", "BUS")},
     {("SOM", "GOV")}),
])
def test_agents_after_places_and_business_heads_en(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text, kind, mode, acting, receiving", [
    # a bare state force's statement after a paragraph that told one state as the scene: that state's force
    # (bare_body_state.scene_told)
    ("Protests spread across Kenya on Monday. Police condemned Norway for funding the rallies.", "ACCUSE",
     "disapprove", {("KEN", "COP")}, {("NOR", "GOV")}),
    ("Floods hit northern Peru on Monday. Police urged Ecuador to send help.", "REQUEST", None, {("PER", "COP")},
     {("ECU", "GOV")}),
    ("Riots broke out in Lima on Monday. Soldiers accused Bolivia of arming the rioters.", "ACCUSE", "allege",
     {("PER", "MIL")}, {("BOL", "GOV")}),
    # the state told is what the statement strikes: no self-condemnation read
    ("Protests spread across Kenya on Monday. Police condemned Kenya.", "ACCUSE", None, None, None),
    # a people's statement is no state's voice (paragraph_state's deeds-only rule stands)
    ("Protests spread across Kenya on Monday. The farmers' union condemned Norway.", "ACCUSE", None, None, None),
])
def test_bare_force_statement_after_a_scene(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text, kind, mode, acting, receiving", [
    # English twins of the Korean bare foreign bodies (tests/lang/ko/test_actors58_ko.py)
    ("Kenyan police arrested ten traders on Monday. The cabinet criticized Somalia.", "ACCUSE", "disapprove",
     {("KEN", "GOV")}, {("SOM", "GOV")}),
    ("Kenyan police arrested ten traders on Monday. The central bank froze the assets of two Somali banks.",
     "SANCTION", "discontinue", {("KEN", "GOV")}, {("SOM", "BUS")}),
])
def test_bare_bodies_after_an_organs_deed_en(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def test_bare_treasury_after_an_organs_deed_en():  # actors59: pipeline/act_fallback_bodies
    check_moded_row("Kenyan police arrested ten traders on Monday. The Treasury criticized Somalia.", "ACCUSE",
                    "disapprove", {("KEN", "GOV")}, {("SOM", "GOV")})


@pytest.mark.parametrize("text, kind", [
    # a personal pronoun after an organ's deed is a person's voice, no office's: no one's (as after any deed)
    ("Peru's navy seized a Chilean trawler on Monday. He urged Chile to respect the ban.", "REQUEST"),
    ("페루 해군은 월요일 칠레 어선을 나포했다. 그는 칠레에 금지 조치를 존중하라고 촉구했다.", "REQUEST"),
])
def test_pronoun_after_an_organs_deed_is_no_ones(text, kind):
    check_moded_row(text, kind, None, None, None)
