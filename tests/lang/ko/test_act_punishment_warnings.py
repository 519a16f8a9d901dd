"""An authority warning of punishment threatens its own people (threats49; lang/ko/act_punishment_warnings), with
sentences of our own: a noun of punishment ('처벌', '엄벌') or a firm response ('엄정/강력히/단호하게 대응') to a
domestic offence or people, in the complement of 경고하다, is a THREATEN with the same state on both sides. A firm
response to a deed of no domestic kind ('도발에 강력 대응') still answers the deed's author.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def threats(text: str):
    return [(sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text, state", [
    ("케냐 군은 약탈·방화에 엄정 대응하겠다고 경고했다.", "KEN"),
    ("나이지리아 경찰은 시위대에 강력 대응하겠다고 경고했다.", "NGA"),
    ("나이지리아 군은 약탈에 가담한 사람은 누구도 처벌을 피할 수 없을 것이라고 경고했다.", "NGA"),
    ("잠비아 내무부는 폭력 시위 가담자를 엄벌하겠다고 경고했다.", "ZMB"),
    ("잠비아 경찰은 성명에서 \"일부 세력이 혼란을 틈타 상점을 약탈하고 있다\"며 강력히 대응하겠다고 경고했다.", "ZMB"),
    # said, no warning verb: a punishment of offenders said of the future
    ("조지아 총리는 기자회견에서 \"폭력에 가담한 사람은 누구도 처벌을 피할 수 없을 것\"이라고 말했다.", "GEO"),
    ("잠비아 경찰청장은 약탈에 가담한 사람은 누구도 처벌을 피할 수 없을 것이라고 말했다.", "ZMB"),
    ("잠비아 내무장관은 불법 시위 가담자를 엄벌하겠다고 밝혔다.", "ZMB"),
])
def test_punishment_warning_threatens_own_people(text, state):
    assert ([state], [state]) in threats(text)


def test_firm_response_to_foreign_deed_stays_foreign():
    assert threats("북한이 탄도미사일을 발사했다. 한국군은 도발에 강력 대응하겠다고 경고했다.") == [(["KOR"], ["PRK"])]


@pytest.mark.parametrize("text", [
    "케냐 군은 약탈범 20명을 체포했다고 밝혔다.",
    "잠비아 경찰은 시위대 20명이 처벌을 받았다고 밝혔다.",  # a punishment told as done, no warning
])
def test_no_punishment_warning(text):
    assert not threats(text)


# komil47: a punishment said not to come (its own light verb negated in a closing statement) is impunity, no threat
# (lang/ko/act_unpunished); a negation opening a condition, or a punishment that cannot be escaped, still threatens.
@pytest.mark.parametrize("text", [
    "잠비아 경찰은 평화 행진 참가자들이 처벌받지 않을 것이라고 경고했다.",
    "케냐 내무부는 거리 행진에 나선 학생은 처벌되지 않을 것이라고 경고했다.",
    "케냐 군은 항복한 약탈자는 처벌을 받지 않을 것이라고 경고했다.",
    "잠비아 내무장관은 행진 가담자를 처벌하지 않겠다고 경고했다.",
    "케냐 경찰청장은 \"평화 행진 참가자는 누구도 처벌받지 않을 것\"이라고 말했다.",
])
def test_impunity_is_no_threat(text):
    assert not threats(text)


@pytest.mark.parametrize("text, state", [
    ("잠비아 경찰은 처벌받지 않으려면 행진 참가자들이 해산해야 한다고 경고했다.", "ZMB"),
    ("케냐 경찰청장은 \"방화에 가담한 사람은 누구도 처벌을 면하지 못할 것\"이라고 말했다.", "KEN"),
    ("잠비아 경찰은 행진 참가자들이 처벌받을 것이라고 경고했다.", "ZMB"),
])
def test_negated_condition_or_escape_still_threatens(text, state):
    assert ([state], [state]) in threats(text)
