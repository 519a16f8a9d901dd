"""kospeaker68: a meeting held through a named go-between ('C의 중재로 A와 B가 회담했다', 'talks mediated by C', 'talks
between A and B, brokered by C,') is the CONSULT of the two sides with the manual's mode third-party ("Meeting is hosted
by a third party"), as 'C mediated talks between A and B' already was (lang/base/meetings.brokered; lexicons
`meeting_brokered_before_re`, `meeting_brokered_after_re`). The go-between is not added to the sides that met here.
Our own sentences; negatives: mediation asked for, a meeting with a third state, no go-between."""
from __future__ import annotations

import pytest

from tests.event_sides import events

PAIR = frozenset({"ARM", "AZE"})


def meetings(text: str) -> list[tuple[str | None, frozenset[str]]]:
    return [(e.mode, frozenset(p.country for p in e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "카자흐스탄의 중재로 아르메니아와 아제르바이잔이 회담했다.",
    "카자흐스탄 정부의 주선으로 아르메니아와 아제르바이잔 외교장관이 회담했다.",
    "Armenia and Azerbaijan held talks mediated by Kazakhstan.",
    "Talks between Armenia and Azerbaijan, brokered by Kazakhstan, ended on Sunday.",
])
def test_a_meeting_through_a_go_between_is_third_party(text):
    assert any(mode == "third-party" and PAIR <= sides for mode, sides in meetings(text)), events(text)


@pytest.mark.parametrize("text", [
    "카자흐스탄의 중재를 요청한 아르메니아가 아제르바이잔과 회담했다.",
    "아르메니아와 아제르바이잔이 회담했다.",
    "Armenia and Azerbaijan held talks on the border.",
    "Armenia held talks with Azerbaijan and asked for mediation by Kazakhstan.",
])
def test_no_go_between_no_third_party(text):
    found = meetings(text)
    assert found and not any(mode == "third-party" for mode, _ in found), events(text)
