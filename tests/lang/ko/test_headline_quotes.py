"""Headlines that quote (kohead53): the speaker before the quote does the act named after it ('A "…" 반박'), a deed
inside a quoted demand is the demand's content ('"제재 해제" 요구' is no CONCEDE), and a quote ending in '-해야' with no
act word after it is the speaker's demand ('A "B 자격 정지해야"' is a REQUEST, no SANCTION). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 4)


def events(text: str) -> list[tuple[str, frozenset, frozenset]]:
    from readout.api import extract_text

    return [(e.type, frozenset(p.country for p in e.participants), frozenset(p.country for p in e.recipients))
            for e in extract_text(text, "quote.txt", PUB).events]


# the speaker before the quote does the act the headline names after it
@pytest.mark.parametrize("text, kind, actor", [
    ('칠레 "페루 주장 근거 없다" 반박', "REJECT", "CHL"),
    ('노르웨이 정부 "러시아 발표는 사실 무근" 반박', "REJECT", "NOR"),
    ('習 "대만 문제는 레드라인"…바이든과 정상회담', "CONSULT", "CHN"),
])
def test_the_speaker_before_a_headline_quote_acts(text, kind, actor):
    found = events(text)
    assert [e for e in found if e[0] == kind and actor in e[1]], found


# a quoted demand: a REQUEST of the speaker to the side the quote opens with, and no act of the deed asked for
@pytest.mark.parametrize("text, actor, target, not_type", [
    ('칠레 정부 "페루, 군사 훈련 중단해야" 촉구', "CHL", "PER", "CONCEDE"),
    ('태국 "캄보디아는 병력 철수해야" 요구', "THA", "KHM", "RETREAT"),
    ('칠레, 페루에 "제재 해제" 요구', "CHL", "PER", "RETREAT"),  # sanction54: crosswalk 085
    ('칠레 "페루 회원 자격 정지해야"', "CHL", "PER", "SANCTION"),
])
def test_a_deed_inside_a_quoted_demand_is_its_content(text, actor, target, not_type):
    found = events(text)
    assert ("REQUEST", frozenset({actor}), frozenset({target})) in found, found
    assert not [e for e in found if e[0] == not_type], found


# negatives: a deed quoted before a word that is no demand stays the act it names; a sentence's quote is not a headline's
def test_a_quoted_deed_before_a_promise_stays_an_act():
    found = events('칠레, 페루에 "제재 해제" 약속')
    assert [e for e in found if e[0] in ("RETREAT", "CONCEDE", "AGREE")], found  # promised easing (crosswalk 085)
    assert not [e for e in found if e[0] == "REQUEST"], found


def test_a_sentence_quoting_a_demand_is_read_by_its_clause():
    found = events('칠레 외교부는 4일 "페루는 군사 훈련을 중단해야 한다"고 촉구했다.')
    assert [e for e in found if e[0] == "REQUEST" and "CHL" in e[1]], found
