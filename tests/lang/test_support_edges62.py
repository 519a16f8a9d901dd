"""(support62) Edges of SUPPORT, AID, AGREE and CONSULT, one class per test, our own sentences in both languages.

1. Of two objects an act word's entries name from one word, the longer is read ('approved X's application for
   asylum' is asylum granted, AID, not the plain 'application' of a bid, SUPPORT): lang/en/act_window.longer_object.
2. A Korean noun verb in 받다 is the passive of its 하다 verb: '망명을 허가받았다', '지원을 약속받았다' are the agent's act
   to the subject (lang/ko/act_received.py), as the English 'was granted asylum by', 'was promised aid by'.
3. A visa applied for is a traveller's formality, no state's request (CAMEO 026 'apply for visa' denied in
   scripts/data/en_acts_additions.yaml deny_patterns); asylum applied for stays a REQUEST, a visa refused a REJECT.
4. Talks between two states that failed, broke down or ended without a deal still took place (CONSULT): English
   lexicon meeting_held_between_after_re; Korean 'A와 B 간 회담이' names both states as the talks' parties
   (lexicon state_party_between; lang/ko/reading_meetings.state_party, particle_roles)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sides(text: str, kind: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants} - {r.country for r in e.recipients}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("Canada approved the application for asylum of a Peruvian journalist on Wednesday.", "AID", "CAN", "PER"),
    ("Iceland approved a Belarusian activist's application for asylum on Wednesday.", "AID", "ISL", "BLR"),
    ("캐나다 정부는 12일 페루 언론인의 망명 신청을 승인했다.", "AID", "CAN", "PER"),
    # negative rows: the plain application of a bid stays SUPPORT
    ("Chile approved Peru's application to join the trade bloc on Wednesday.", "SUPPORT", "CHL", "PER"),
    ("칠레 정부는 12일 페루의 가입 신청을 승인했다.", "SUPPORT", "CHL", "PER"),
])
def test_longer_object_read_first(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and found[0][0] == {actor} and recipient in found[0][1], (text, found)


@pytest.mark.parametrize("text", [
    "Canada approved the application for asylum of a Peruvian journalist on Wednesday.",
    "Iceland approved a Belarusian activist's application for asylum on Wednesday.",
])
def test_asylum_application_is_no_bid(text):
    assert not sides(text, "SUPPORT"), text


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("페루 언론인이 12일 캐나다 정부로부터 망명을 허가받았다.", "AID", "CAN", "PER"),
    ("에콰도르는 12일 칠레로부터 경제 지원을 약속받았다.", "AGREE", "CHL", "ECU"),
    ("에콰도르는 12일 칠레 정부로부터 안전을 보장받았다.", "AGREE", "CHL", "ECU"),
    ("A Peruvian journalist was granted asylum by Canada on Wednesday.", "AID", "CAN", "PER"),
    ("Ecuador was promised economic aid by Chile on Wednesday.", "AGREE", "CHL", "ECU"),
])
def test_received_act_is_the_agents(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and found[0] == ({actor}, {recipient}), (text, found)


@pytest.mark.parametrize("text", [
    "페루 국민들은 행복을 보장받아야 한다.",  # no agent named: no one gave it
    "페루 언론인은 12일 망명을 허가받았다.",  # no agent named
    "에콰도르 선수들은 12일 많은 박수를 받았다.",  # applause, no act
    "페루 언론인은 캐나다 정부로부터 망명을 허가받지 못했다.",  # not granted
])
def test_received_without_giver_is_no_act(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type in ("AID", "AGREE", "SUPPORT")], text


@pytest.mark.parametrize("text", [
    "A Belarusian opposition activist applied for a Swedish visa on Wednesday.",
    "Two Peruvian students have applied for visas to study in Canada.",
    "벨라루스 야권 인사가 12일 스웨덴 비자를 신청했다.",
])
def test_visa_application_is_no_request(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == "REQUEST"], text


@pytest.mark.parametrize("text,kind,actor,recipient", [
    ("A Tajik opposition activist applied for asylum in Norway on Wednesday.", "REQUEST", "TJK", "NOR"),
    ("Sweden refused a visa to a Belarusian minister on Wednesday.", "REJECT", "SWE", "BLR"),
])
def test_asylum_applied_for_and_visa_refused_still_read(text, kind, actor, recipient):
    found = sides(text, kind)
    assert found and found[0] == ({actor}, {recipient}), (text, found)


@pytest.mark.parametrize("text", [
    "Talks between Chile and Bolivia failed to produce an agreement on Wednesday.",
    "Talks between Chile and Bolivia broke down on Wednesday.",
    "칠레와 볼리비아 간 회담이 12일 합의 없이 끝났다.",
    "칠레와 볼리비아 간 회담이 12일 열렸다.",
])
def test_failed_talks_took_place(text):
    found = [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT" and e.status == "occurred"]
    assert found and {p.country for p in found[0].participants} == {"CHL", "BOL"}, text


@pytest.mark.parametrize("text", [
    "Talks between Chile and Bolivia failed to take place on Wednesday.",  # never held
    "칠레와 볼리비아 간 회담이 12일 무산됐다.",  # called off
    "칠레와 볼리비아 간 교역이 12일 늘었다.",  # trade, no talks
])
def test_talks_not_held_are_no_consult(text):
    assert not [e for e in extract_text(text, published=DAY).events
                if e.type == "CONSULT" and e.status == "occurred"], text
