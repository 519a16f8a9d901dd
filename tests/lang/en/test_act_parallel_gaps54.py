"""(enpar54) English classes the two-language table (tests/pipeline/test_parallel_languages.py) misread, each fixed as
a class, the mode asserted exactly (None: the event has no mode): a veto's mode is what it blocks (a vetoed truce is
yield, a vetoed bill or sanctions package none; lang/en/act_yield_contents.vetoed_yield); an ultimatum names no content
of its threat (no mode, the recipient the side it is given or issued to); a place bombed (a town, a village, positions)
is bombed from the air, ASSAULT aerial, while a bombed bus or station names no means; a launched
object word that names a project's field ('a joint satellite programme') is no launch, a joint one COOPERATE
(lang/en/act_joint_projects); a sit-in is PROTEST demo (CAMEO 141); a treaty of friendship signed is SUPPORT in both
languages (another treaty AGREE); the gerund a broken pledge promised ('broke its pledge of holding elections') is no
act of its own (lang/en/act_broken_pledges). Korean rows where
Korean names the same class and reads it today; a negative row each. Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import first_of

ROWS = class_rows({  # (sentence, type, actors, recipients, mode)
    "a veto of a concession is yield": [
        ("Russia vetoed a draft resolution demanding a truce in Gaza.", "REJECT", {"RUS"}, set(), "yield"),
    ],
    "a veto of anything else has no mode": [
        ("Hungary vetoed the EU budget package.", "REJECT", {"HUN"}, {"EUR"}, None),
        ("China vetoed the draft resolution on Haiti.", "REJECT", {"CHN"}, {"HTI"}, None),
        ("헝가리는 유럽연합의 예산안에 거부권을 행사했다.", "REJECT", {"HUN"}, {"EUR"}, None),
    ],
    "an ultimatum has no mode": [
        ("Algeria issued an ultimatum to Mali.", "THREATEN", {"DZA"}, {"MLI"}, None),
        ("Kenya gave Uganda an ultimatum.", "THREATEN", {"KEN"}, {"UGA"}, None),
        ("알제리는 말리에 최후통첩을 했다.", "THREATEN", {"DZA"}, {"MLI"}, None),
    ],
    "a threat to cut ties is relations": [
        ("Russia threatened to cut diplomatic ties with Moldova.", "THREATEN", {"RUS"}, {"MDA"}, "relations"),
    ],
    "a place bombed is aerial": [
        ("Israeli jets bombed Hamas positions in Rafah.", "ASSAULT", {"ISR"}, {"PSE"}, "aerial"),
        ("Russian aircraft bombed the town of Idlib.", "ASSAULT", {"RUS"}, {"SYR"}, "aerial"),
        ("러시아 전투기가 이들리브 마을을 폭격했다.", "ASSAULT", {"RUS"}, {"SYR"}, "aerial"),
    ],
    "a vehicle bombed is no place bombed from the air": [
        # enacts55b: by armed men with no aircraft it is a bomb set off (act_means_modes.assault_mode), no aerial
        ("Militants bombed a bus in Peshawar.", "ASSAULT", {"PAK"}, set(), "explosives"),
    ],
    "a treaty of friendship is SUPPORT": [
        ("Chile and Bolivia concluded a treaty of friendship in Lima.", "SUPPORT", {"CHL", "BOL"}, set(), None),
        ("Chile signed a friendship treaty with Bolivia.", "SUPPORT", {"CHL"}, {"BOL"}, None),
        ("칠레와 볼리비아는 우호협력조약을 체결했다.", "SUPPORT", {"CHL", "BOL"}, set(), None),
        ("칠레는 볼리비아와 우호조약을 체결했다.", "SUPPORT", {"CHL"}, {"BOL"}, None),
    ],
    "another treaty is AGREE": [
        ("Chile and Bolivia signed a border treaty.", "AGREE", {"CHL", "BOL"}, set(), None),
        ("칠레와 볼리비아는 국경 조약에 서명했다.", "AGREE", {"CHL", "BOL"}, set(), None),
    ],
    "a broken pledge's gerund is no act": [
        ("Malawi broke its pledge of holding elections in May.", "REJECT", {"MWI"}, set(), None),
    ],
    "a joint project launched is COOPERATE": [
        ("India launched a joint satellite programme with Japan.", "COOPERATE", {"IND", "JPN"}, set(), None),
        ("Chile and Peru launched a joint rocket project.", "COOPERATE", {"CHL", "PER"}, set(), None),
    ],
    "another act's object before a programme keeps its reading": [
        ("Canada suspended its economic aid program for Haiti.", "SANCTION", {"CAN"}, {"HTI"}, "discontinue"),
    ],
    "a sit-in is a demonstration": [
        ("Students in Armenia staged a sit-in outside parliament.", "PROTEST", {"ARM"}, {"ARM"}, "demo"),
        ("Nurses in Kenya held a sit-in at the health ministry.", "PROTEST", {"KEN"}, {"KEN"}, "demo"),
        ("아르메니아 대학생들이 의회 앞에서 연좌 농성을 벌였다.", "PROTEST", {"ARM"}, {"ARM"}, "demo"),
    ],
    "a road blocked is obstruct": [
        ("Farmers in Poland blocked roads near the border.", "PROTEST", {"POL"}, {"POL"}, "obstruct"),
    ],
    "joint patrols are COOPERATE": [
        ("Brazil and Peru launched joint patrols on the river.", "COOPERATE", {"BRA", "PER"}, set(), None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, mode", ROWS)
def test_parallel_gaps54(extract, text, kind, actors, recipients, mode):
    e = first_of(extract(text).events, type=kind)
    assert (countries(e.participants), countries(e.recipients), e.mode) == (actors, recipients, mode)


@pytest.mark.parametrize("text", [
    "A roadside bombing outside Tikrit killed two soldiers.",  # a bomb set off near a town: not from the air
])
def test_bombs_set_off_are_not_aerial(extract, text):
    assert [e.mode for e in extract(text).events if e.type == "ASSAULT" and e.mode == "aerial"] == []


@pytest.mark.parametrize("text", [
    "Iran launched a satellite program.",  # a project of its own launched: no launch of a satellite
    "Chile and Peru launched a joint rocket project.",
])
def test_a_project_launched_is_no_launch(extract, text):
    assert [e.type for e in extract(text).events if e.type == "MOBILIZE"] == []



@pytest.mark.parametrize("text, kind", [
    ("Malawi broke its pledge of holding elections in May.", "AGREE"),  # the promised deed: neither done nor promised
    ("The president of Malawi reneged on a pledge to voters for holding a referendum.", "AGREE"),
    ("Chile and Bolivia signed a treaty of friendship.", "AGREE"),  # the friendship treaty is SUPPORT only
])
def test_no_second_reading(extract, text, kind):
    assert [e.type for e in extract(text).events if e.type == kind] == []


def test_a_pledge_kept_still_holds_its_deed(extract):
    assert [e.type for e in extract("Malawi held elections in May.").events] == ["AGREE"]
