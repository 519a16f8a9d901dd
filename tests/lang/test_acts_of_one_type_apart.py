"""(request63) Two requests of one speaker in one sentence, at different addressees, are two events: 'B에 ...하라고
요구하고 C에(는) ... 해 달라고 요청했다', 'asked B to ... and urged C to ...'. The Korean connective request ('요구하고')
is the speaker's own act, not the content of the next request (lang/ko/connective_endings.speakers_own_act), and an addressee in
contrast ('C에는') is the next request's addressee, not the sentence's topic (lang/ko/act_addressees.contrasted_addressee).
Negative: one act told by two verbs at one addressee stays one event. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events

TWO = {
    "two requests at two addressees (ko)": [
        "과테말라는 온두라스에 어민들을 석방하라고 요구하고 엘살바도르에는 국경을 다시 열어 달라고 요청했다.",
        "과테말라는 온두라스에 어민 석방을 요구하고 엘살바도르에 국경 개방을 촉구했다.",
        "과테말라 정부는 온두라스에 대사를 소환하라고 촉구하고 엘살바도르에 대화에 나서 달라고 요청했다.",
    ],
    "two requests at two addressees (en)": [
        "Guatemala urged Honduras to free the fishermen and asked El Salvador to reopen the border.",
    ],
}


@pytest.mark.parametrize("text", class_rows(TWO))
def test_requests_at_two_addressees_are_two_events(text):
    found = [e for e in events(text) if e.type == "REQUEST"]
    assert {r.country for e in found for r in e.recipients} == {"HND", "SLV"}, [(e.type, [r.country for r in e.recipients]) for e in found]
    assert all({p.country for p in e.participants} == {"GTM"} for e in found)


ONE = {
    "one request told twice (ko)": [
        "과테말라는 온두라스에 어민 석방을 요구하고 또 촉구했다.",
    ],
    "one request told twice (en)": [
        "Guatemala urged and pressed Honduras to free the fishermen.",
    ],
}


@pytest.mark.parametrize("text", class_rows(ONE))
def test_one_request_by_two_verbs_is_one_event(text):
    found = [e for e in events(text) if e.type == "REQUEST"]
    assert len(found) == 1 and {r.country for r in found[0].recipients} == {"HND"}, \
        [(e.type, [r.country for r in e.recipients]) for e in found]


CONTENT = {
    "a deed joined to the asked content stays content (ko)": [
        "과테말라는 온두라스에 도발을 중단하고 대화에 나오라고 촉구했다.",
        "과테말라는 온두라스가 병력을 철수하고 어민들을 석방할 것을 요구했다.",
    ],
}


@pytest.mark.parametrize("text", class_rows(CONTENT))
def test_joined_content_is_no_act_of_its_own(text):
    found = events(text)
    assert [e.type for e in found] == ["REQUEST"], [(e.type, [p.country for p in e.participants]) for e in found]
