"""(coding63) One coding of five acts in both languages (docs/coding-choices.md): a retreat stated for the future is
AGREE; an apology is SUPPORT; a resignation is RETREAT resign, planned when announced or offered, occurred when done;
a border opened again is CONCEDE towards the state across it, and a welcome of that move praises its doer; a crowd-control
weapon fired to disperse a crowd is force on that crowd (the state's own people), and one fired in a drill is no force.
Our own sentences, one table per class, each class in English and Korean, with rows that must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def of_type(text: str, kind: str) -> list[tuple[str | None, str, set[str], set[str]]]:
    return [(e.mode, e.status, {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


FUTURE_RETREATS = [  # (sentence, actor, recipients): a retreat promised or offered is AGREE, the one it reaches receiving
    ("Uruguay said on Wednesday it would withdraw its forces from the border area with Paraguay.", "URY", {"PRY"}),
    ("Uruguay said it would free the six Paraguayan sailors it holds.", "URY", {"PRY"}),
    ("우루과이 국방부는 12일 파라과이 접경 지역에서 병력을 철수하겠다고 밝혔다.", "URY", {"PRY"}),
    ("우루과이 정부는 12일 억류 중인 파라과이 선원 6명을 석방하겠다고 밝혔다.", "URY", {"PRY"}),
    ("우루과이는 12일 파라과이에서 병력을 철수할 용의가 있다고 밝혔다.", "URY", {"PRY"}),
]


@pytest.mark.parametrize("text, actor, recipients", FUTURE_RETREATS)
def test_future_retreat_is_agree(text, actor, recipients):
    found = of_type(text, "AGREE")
    assert found, text
    _mode, _status, actors, receiving = found[0]
    assert actors == {actor} and receiving == recipients
    assert not of_type(text, "CONCEDE")


@pytest.mark.parametrize("text", [
    # negatives: a retreat done is RETREAT, no promise
    "Uruguay withdrew its forces from the border area with Paraguay on Wednesday.",
    "우루과이는 12일 파라과이 접경 지역에서 병력을 철수했다.",
])
def test_retreat_done_is_no_agree(text):
    assert not of_type(text, "AGREE") and of_type(text, "RETREAT"), text


APOLOGIES = [  # (sentence, actor, recipient)
    ("Uruguay apologized to Paraguay on Wednesday for the border incident.", "URY", "PRY"),
    ("Uruguay's foreign minister issued a formal apology to Paraguay on Wednesday.", "URY", "PRY"),
    ("우루과이 정부는 12일 국경 사건에 대해 파라과이에 사과했다.", "URY", "PRY"),
    ("우루과이 외교부는 12일 파라과이 정부에 공식 사과를 전했다.", "URY", "PRY"),
    # (pledges64) an apology offered is made in the offering, no promise (AGREE) of one
    ("Uruguay offered an apology to Paraguay on Wednesday for the border incident.", "URY", "PRY"),
    ("Uruguay's foreign minister offered his apologies to Paraguay on Wednesday.", "URY", "PRY"),
    ("Uruguay offered Paraguay a formal apology on Wednesday.", "URY", "PRY"),
    ("우루과이 대통령은 12일 파라과이 국민에게 사과의 뜻을 전했다.", "URY", "PRY"),
]


@pytest.mark.parametrize("text, actor, recipient", APOLOGIES)
def test_apology_is_support(text, actor, recipient):
    found = of_type(text, "SUPPORT")
    assert found, text
    _mode, _status, actors, receiving = found[0]
    assert actor in actors and receiving == {recipient}
    assert not of_type(text, "CONCEDE") and not of_type(text, "AGREE")


@pytest.mark.parametrize("text, kind", [
    # negatives: an apology demanded is a request; remorse stays CONCEDE (the manual's regret or remorse)
    ("Paraguay demanded an apology from Uruguay on Wednesday.", "SUPPORT"),
    ("파라과이는 12일 우루과이에 사과를 요구했다.", "SUPPORT"),
    ("Paraguay demanded that Uruguay offer an apology.", "SUPPORT"),
    ("파라과이는 12일 우루과이가 사과의 뜻을 전해야 한다고 요구했다.", "SUPPORT"),
    ("우루과이 대통령은 12일 과거 군정의 인권 침해에 대해 반성의 뜻을 밝혔다.", "SUPPORT"),
])
def test_no_apology(text, kind):
    assert not of_type(text, kind), of_type(text, kind)


def test_offered_aid_stays_a_promise():
    # negative of the offered apology: aid offered is still promised (AGREE towards its receiver), not given
    found = of_type("Uruguay offered humanitarian aid to Paraguay on Wednesday.", "AGREE")
    assert found and found[0][3] == {"PRY"}


RESIGNATIONS = [  # (sentence, state, status): RETREAT resign by the official's state, no one receiving
    ("The Uruguayan interior minister offered to resign on Wednesday.", "URY", "planned"),
    ("The Uruguayan interior minister said on Wednesday he will resign.", "URY", "planned"),
    ("The Uruguayan interior minister announced his intention to resign on Wednesday.", "URY", "planned"),
    ("The Uruguayan interior minister resigned on Wednesday.", "URY", "occurred"),
    ("우루과이 내무장관은 12일 사퇴하겠다고 밝혔다.", "URY", "planned"),
    ("우루과이 내무장관은 12일 대통령에게 사의를 표명했다.", "URY", "planned"),
    ("우루과이 내무장관은 12일 사퇴했다.", "URY", "occurred"),
]


@pytest.mark.parametrize("text, state, status", RESIGNATIONS)
def test_resignation_by_status(text, state, status):
    found = of_type(text, "RETREAT")
    assert found, (text, of_type(text, "AGREE"), of_type(text, "CONCEDE"))
    mode, found_status, actors, receiving = found[0]
    assert (mode, found_status, actors, receiving) == ("resign", status, {state}, set())
    assert not of_type(text, "AGREE") and not of_type(text, "CONCEDE")


@pytest.mark.parametrize("text", [
    # negatives: a resignation refused or demanded is none
    "The Uruguayan interior minister refused to resign on Wednesday.",
    "우루과이 내무장관은 12일 사퇴하지 않겠다고 밝혔다.",
    "우루과이 야당은 12일 내무장관의 사퇴를 요구했다.",
])
def test_no_resignation(text):
    assert not of_type(text, "RETREAT"), of_type(text, "RETREAT")


REOPENED_BORDERS = [  # (sentence, opener, the state across)
    ("Uruguay reopened its border with Paraguay on Wednesday.", "URY", "PRY"),
    ("우루과이는 12일 파라과이와의 국경을 다시 열었다.", "URY", "PRY"),
    ("우루과이는 12일 파라과이와의 국경을 개방했다.", "URY", "PRY"),
]


@pytest.mark.parametrize("text, actor, recipient", REOPENED_BORDERS)
def test_reopened_border_is_concede(text, actor, recipient):
    found = of_type(text, "CONCEDE")
    assert found, text
    _mode, _status, actors, receiving = found[0]
    assert actors == {actor} and receiving == {recipient}
    assert not of_type(text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Uruguay reopened its border with Paraguay on Wednesday. Bolivia welcomed the move on Thursday.",
    "우루과이는 12일 파라과이와의 국경을 다시 열었다. 볼리비아는 13일 이번 조치를 환영했다.",
])
def test_welcome_of_reopened_border_praises_its_opener(text):
    assert ("BOL", "URY") in {(a, r) for _m, _s, actors, receiving in of_type(text, "SUPPORT")
                              for a in actors for r in receiving}


@pytest.mark.parametrize("text", [
    # negatives: something else opened again, or opened near a border, concedes nothing
    "Uruguay reopened its embassy in Paraguay on Wednesday.",
    "우루과이는 12일 수도의 시장을 다시 열었다.",
    "우루과이 대통령은 12일 국경 지역에서 기자회견을 열었다.",
])
def test_no_reopened_border(text):
    assert not of_type(text, "CONCEDE"), of_type(text, "CONCEDE")


DISPERSALS = [  # (sentence, state): the force of the weapon on the people dispersed, the state's own
    ("Police fired tear gas to disperse the crowd in Montevideo on Wednesday.", "URY"),
    ("Uruguayan riot officers fired water cannon to disperse students in Montevideo.", "URY"),
    ("우루과이 경찰은 12일 몬테비데오에서 최루탄을 쏴 시위대를 해산했다.", "URY"),
]


@pytest.mark.parametrize("text, state", DISPERSALS)
def test_weapon_fired_to_disperse_is_force_on_the_crowd(text, state):
    found = of_type(text, "ASSAULT")
    assert found, text
    mode, _status, actors, receiving = found[0]
    assert (mode, actors, receiving) == ("crowd-control", {state}, {state})


@pytest.mark.parametrize("text", [
    # negatives: a weapon found, or fired in a drill, is used on no crowd
    "Tear gas canisters were found in a warehouse in Montevideo, Uruguayan police said.",
    "Uruguayan police fired tear gas during a training drill in Montevideo on Wednesday.",
    "우루과이 경찰은 12일 몬테비데오에서 훈련 중 최루탄을 발사했다.",
    "우루과이 경찰은 12일 시위 진압 훈련에서 물대포를 쐈다.",
])
def test_no_crowd_force(text):
    assert not of_type(text, "ASSAULT"), of_type(text, "ASSAULT")
