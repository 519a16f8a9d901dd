"""(itgov60b, issue 14) A bare government body reporting its own act through 'it': 'MADRID -- The government said it
would impose sanctions on X' is the dateline's state's planned measure, as 'The government imposed sanctions on X' is
its deed (lang/en `home_body_subject_re` marks the pronoun's act `home_subject`, so the bare body resolver,
pipeline/bare_body_state, answers it as it answers the body acting itself). Korean drops the pronoun ('정부는 ...
부과하겠다고 밝혔다'), and the same rule already read it; its rows keep the twin checked."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


@pytest.mark.parametrize("text, kind, status, actor, recipient", [
    ("MADRID -- The government said it would impose new sanctions on Venezuela next month.",
     "SANCTION", "planned", "ESP", "VEN"),
    ("OTTAWA -- The government said on Tuesday that it would impose sanctions on Nicaragua.",
     "SANCTION", "planned", "CAN", "NIC"),
    ("CANBERRA -- The foreign ministry said it would impose travel bans on Syrian officials.",
     "SANCTION", "planned", "AUS", "SYR"),
    ("STOCKHOLM -- The government said it had expelled three Russian diplomats.",
     "SANCTION", "occurred", "SWE", "RUS"),
    ("(마드리드=연합뉴스) 정부는 다음 달 베네수엘라에 추가 제재를 부과하겠다고 밝혔다.",
     "SANCTION", "planned", "ESP", "VEN"),
    ("(오타와=연합뉴스) 정부는 니카라과에 제재를 부과하겠다고 밝혔다.",
     "SANCTION", "planned", "CAN", "NIC"),
])
def test_a_bare_body_reporting_its_own_act_is_the_datelines_state(text, kind, status, actor, recipient):
    found = first_of(events(text), kind, status=status)
    assert [p.country for p in found.participants] == [actor]
    assert recipient in [r.country for r in found.recipients]


@pytest.mark.parametrize("text, kind, actor", [
    ("OSLO -- The army said it would attack rebel positions in Mali.", "THREATEN", "NOR"),
    ("MADRID -- The government imposed sanctions on Venezuela.", "SANCTION", "ESP"),
])
def test_the_same_state_as_the_body_acting_itself(text, kind, actor):
    """The army's report (lang/en `home_service_subject_re`) and the body's own deed, the rows the class matches."""
    found = first_of(events(text), kind)
    assert [p.country for p in found.participants] == [actor]


@pytest.mark.parametrize("text, kind", [
    ("The government said it would impose sanctions on Venezuela.", "SANCTION"),  # no dateline: no state told
    ("MADRID -- The government said Chile would impose sanctions on Venezuela.", "SANCTION"),  # another doer named
])
def test_no_home_state_where_the_pronoun_is_not_the_body(text, kind):
    found = [e for e in events(text) if e.type == kind]
    assert all([p.country for p in e.participants] != ["ESP"] for e in found), found


@pytest.mark.xfail(strict=True, reason="a bare 'the ministry' (no portfolio) is no home body in lang/en "
                   "home_body_subject_re, nor acting itself ('MADRID -- The ministry imposed ...'); the fix goes "
                   "there, guarded against a ministry the story named with another state")
@pytest.mark.parametrize("text", [
    "MADRID -- The ministry said it would impose sanctions on Venezuela.",
    "OTTAWA -- The ministry imposed sanctions on Nicaragua.",
])
def test_a_bare_ministry_is_the_datelines_state(text):
    found = first_of(events(text), "SANCTION")
    assert [p.country for p in found.participants] in (["ESP"], ["CAN"])
