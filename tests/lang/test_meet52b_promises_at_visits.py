"""meet52b (issue 13): a promise made at a visit or a meeting is the promiser's alone, made to the one met ('A visited
B and pledged support', 'A는 B를 방문해 지원을 약속했다': an AGREE from A to B, not an accord of A and B), in both
languages and of the same type (a pledge of support is a promise of future cooperation: AGREE, the manual's reading
of promises, docs/coding-choices.md support66). An accord reached there ('agreed', '합의했다') stays both sides'.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Thai foreign minister visited Cambodia on Tuesday and pledged support.",
    "태국 외교장관은 10일 캄보디아를 방문해 지원을 약속했다.",
    "The Thai foreign minister met his Cambodian counterpart on Tuesday and pledged support.",
    "태국 외교장관은 10일 캄보디아 외교장관과 만나 지원을 약속했다.",
    "The Thai foreign minister visited Cambodia on Tuesday and promised support to Cambodia.",
])
def test_a_promise_at_a_visit_is_made_to_the_host(text):
    assert sides(text, "AGREE") == [(["THA"], ["KHM"])], sides(text, "AGREE")
    assert sides(text, "SUPPORT") == [], sides(text, "SUPPORT")
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"THA", "KHM"}], sides(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "태국 외교장관은 10일 캄보디아 외교장관과 만나 국경 협력 강화에 합의했다.",
    "The Thai foreign minister met his Cambodian counterpart on Tuesday and agreed to strengthen border cooperation.",
])
def test_an_accord_at_a_meeting_stays_both_sides(text):
    assert [(set(a), r) for a, r in sides(text, "AGREE")] == [({"THA", "KHM"}, [])], sides(text, "AGREE")


@pytest.mark.parametrize("text, expected", [
    ("The Thai foreign minister pledged support on Tuesday.", [(["THA"], [])]),
    ("The Thai foreign minister pledged support for Cambodia's reforms.", []),
])
def test_a_bare_pledge_of_support_is_a_promise(text, expected):
    assert sides(text, "AGREE") == expected, sides(text, "AGREE")


def test_support_for_a_named_effort_approves_now():
    text = "The Thai foreign minister pledged support for Cambodia's reforms."
    assert sides(text, "SUPPORT") == [(["THA"], ["KHM"])], sides(text, "SUPPORT")
