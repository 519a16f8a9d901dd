"""kojudge47: a judged deed noun whose doer is a genitive owner ('B의 [A 외교관] 추방을 규탄했다', "condemned B's
expulsion of A's diplomats") is the owner's deed done to the words between the owner and the deed noun: the judge
accuses the owner, and the deed (when told as done) runs owner -> patient, never judge -> owner. A genitive that
ends on a people noun names the patient ('C 난민의 추방을 발표했다': the announcer's deed), and a town that is no
capital names where the deed was done, no doer. A deployment's noun before it is where the troops go, no patient
('B의 [A] 파병', "B's troop dispatch to A")."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events, sides

OWNED = [
    ("에스토니아는 벨라루스의 에스토니아 외교관 추방을 규탄했다.", "SANCTION", "EST", "BLR"),
    ("일본은 중국의 일본 어선 억류에 항의했다.", "COERCE", "JPN", "CHN"),
    ("리투아니아는 러시아의 리투아니아 국경 포격을 비난했다.", "ASSAULT", "LTU", "RUS"),
    ("일본 정부는 중국 당국의 일본 어선 억류를 비판했다.", "COERCE", "JPN", "CHN"),
    ("Estonia condemned Belarus's expulsion of Estonian diplomats.", "SANCTION", "EST", "BLR"),
    ("Japan protested China's seizure of a Japanese fishing boat.", "COERCE", "JPN", "CHN"),
    ("Lithuania condemned Russia's shelling of the Lithuanian border.", "ASSAULT", "LTU", "RUS"),
]


@pytest.mark.parametrize("text, deed, judge, owner", OWNED)
def test_owned_deed_runs_from_owner_to_patient(text, deed, judge, owner):
    found = events(text)
    assert_act(found, "ACCUSE", {judge}, {owner}, "occurred")
    assert sides(text, deed) == [([owner], [judge])]


@pytest.mark.parametrize("text, deed, judge", [
    ("일본은 중국의 일본인 체포를 규탄했다.", "COERCE", "JPN"),
    ("리투아니아는 러시아의 리투아니아 기업 제재를 비난했다.", "SANCTION", "LTU"),
    ("에스토니아는 러시아의 에스토니아 국경 공격을 규탄했다.", "ASSAULT", "EST"),
    *[(text, deed, judge) for text, deed, judge, _owner in OWNED],
])
def test_judge_never_does_the_owned_deed(text, deed, judge):
    assert all(judge not in acting for acting, _ in sides(text, deed))


@pytest.mark.parametrize("text, deed, actor, target", [
    ("칠레는 페루 난민의 추방을 발표했다.", "COERCE", "CHL", "PER"),  # a people genitive: the patient, not the doer
])
def test_people_genitive_stays_the_patient(text, deed, actor, target):
    assert sides(text, deed) == [([actor], [target])]


@pytest.mark.parametrize("text, deed, judge", [
    ("폴란드는 하르키우의 병원 공습을 규탄했다.", "ASSAULT", "POL"),  # a town: where it was done, no doer of it
    ("폴란드는 하르키우의 민간인 포격을 규탄했다.", "ASSAULT", "POL"),
])
def test_town_genitive_owns_no_deed_on_the_judge(text, deed, judge):
    assert all(judge not in receiving for _, receiving in sides(text, deed))


@pytest.mark.parametrize("text", [
    "스웨덴은 벨라루스의 세르비아 파병을 규탄했다.",  # where the troops go: no one receives the deployment
    "Sweden condemned Belarus's deployment of troops to Serbia.",
])
def test_deployment_destination_is_no_patient(text):
    assert sides(text, "MOBILIZE") == [(["BLR"], [])]
