"""(support61) Asylum (PLOVER AID, context asylum): granted by the host state to the person's state; sought, it is a
REQUEST by the seeker's side of the host state ('sought asylum in X', 'X에 망명을 신청했다', '난민 지위를 신청했다':
readout/data/lexicon/ko_acts.yaml); an asylum request accepted or approved is asylum granted ('accepted the asylum
request of X', 'X의 망명 신청을 받아들였다': scripts/data/en_acts_additions.yaml, ko_acts.yaml), no AGREE and no
request of the host's; and asylum granted in the agentless passive ('X was granted asylum in Y') is Y's. Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("Norway granted asylum to a Tajik opposition activist on Wednesday, the immigration directorate said.",
     "AID", "NOR", "TJK"),
    ("노르웨이 정부는 12일 타지키스탄 야권 인사의 망명을 허용했다고 밝혔다.", "AID", "NOR", "TJK"),
    ("An Eritrean journalist sought asylum in Norway on Wednesday, the Norwegian police said.", "REQUEST", "ERI", "NOR"),
    ("A Tajik opposition activist applied for asylum in Norway on Wednesday.", "REQUEST", "TJK", "NOR"),
    ("에리트레아 언론인이 12일 노르웨이에 망명을 신청했다.", "REQUEST", "ERI", "NOR"),
    ("타지키스탄 야권 인사가 12일 노르웨이 정부에 난민 지위를 신청했다.", "REQUEST", "TJK", "NOR"),
    ("Norway accepted the asylum request of an Eritrean journalist on Wednesday.", "AID", "NOR", "ERI"),
    ("Norway approved the Tajik activist's asylum application on Wednesday.", "AID", "NOR", "TJK"),
    ("Norway accepted a Tajik activist's application for asylum on Wednesday.", "AID", "NOR", "TJK"),
    # asylum in the agentless passive: given where it is received (pipeline/act_actors.sheltering_state)
    ("A Tajik opposition activist was granted asylum in Norway on Wednesday.", "AID", "NOR", "TJK"),
    ("노르웨이 정부는 12일 에리트레아 언론인의 망명 신청을 받아들였다.", "AID", "NOR", "ERI"),
    ("노르웨이 정부는 12일 타지키스탄 야권 인사의 망명 요청을 승인했다.", "AID", "NOR", "TJK"),
])
def test_asylum_granted_and_sought(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found, text
    actors, recipients = found[0]
    assert actor in actors and recipients == {recipient}


@pytest.mark.parametrize("text", [
    # negatives: asylum seekers named as people a state acts on, and an application for something else, ask nothing
    "노르웨이 정부는 12일 망명 신청자 200명을 추방했다.",
    "에리트레아 언론인이 12일 노르웨이 비자를 신청했다.",
    "노르웨이 외교부는 12일 에리트레아 대사관에 입국 허가 서류를 신청했다.",
])
def test_no_asylum_request(text):
    assert not [s for s in sides(text, "REQUEST") if "NOR" in s[1] or "NOR" in s[0]], sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    # negatives: an accepted asylum request is no AGREE and no request by the host; an application for membership
    # approved stays a SUPPORT of the applicant
    "Norway accepted the asylum request of an Eritrean journalist on Wednesday.",
    "노르웨이 정부는 12일 에리트레아 언론인의 망명 신청을 받아들였다.",
])
def test_accepted_asylum_is_no_agreement(text):
    assert not sides(text, "AGREE") and not sides(text, "REQUEST"), (sides(text, "AGREE"), sides(text, "REQUEST"))


def test_membership_application_approved_stays_support():
    assert sides("Norway approved Tajikistan's application for membership on Wednesday.", "SUPPORT")
    assert not sides("Norway approved Tajikistan's application for membership on Wednesday.", "AID")


@pytest.mark.parametrize("text", [
    # negatives: other help in the agentless passive names where it went, not who gave it; asylum placed nowhere has
    # no giver, and the sheltered are never the givers
    "Food aid was delivered in Somalia on Wednesday.",
    "A Tajik opposition activist was granted asylum on Wednesday.",
])
def test_agentless_help_has_no_giver(text):
    assert not sides(text, "AID"), sides(text, "AID")
