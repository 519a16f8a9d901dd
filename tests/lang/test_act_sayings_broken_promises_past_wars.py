"""Acts said with a participle, broken promises, deeds of past wars and withheld aid (first read by plover47), with sentences of our own:

1. a reporting participle set off by a comma ('rallied ..., saying X must resign', 'criticized X, insisting Y should
   withdraw') reports what the main clause's subject says: an obligation in it is that subject's REQUEST of the one
   obliged, not the obliged side's planned act (lang/en/act_obligations.reporting_before, cue reporting_participles);
   only after a comma ('was quoted as saying' is left to the quotation readers). Korean: a quotative connective ('...해야 한다며 시위를
   벌였다', cue saying_connective) says it itself; the main verb's subject asks (lang/ko/act_clauses
   obligation_requests).
2. a broken promise ('broke its pledge to X', 'breached its commitments to X', 'abandoned its vow', '약속을 어겼다',
   '약속을 저버렸다') refuses what was promised: REJECT with the promisee receiving, no AGREE from the promise noun
   (entries in the plover47 block of scripts/data/en_acts_additions.yaml; ko_acts.yaml). Ending an accord ('합의를
   파기했다') stays a SANCTION.
3. a deed dated by a past war ('during the 1879 war', 'during World War Two', '2차 세계대전 당시') is history, as one dated
   'in 1879' is: no event (lexicon past_year_re groups war_year and era; lang/base.past_match); a demand about it
   stays, and a war named as a measure of time ('the first clash since World War Two') dates nothing.
4. withholding aid ('is withholding economic aid from X', 'withheld military aid to X') stops it: SANCTION discontinue
   with X receiving (CAMEO 162), as suspending it is, and no AID from the aid noun (plover47 block of
   en_acts_additions.yaml). Korean '원조를 보류했다' reads so already (guard rows).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. an obligation after ', saying': the speaker's demand
@pytest.mark.parametrize("text, speaker, obliged", [
    ("Peru criticized Chile's navy, saying Chile must withdraw its ships.", "PER", "CHL"),
    ("칠레 정부는 4일 페루가 국경에서 병력을 철수해야 한다며 대사를 불러들였다.", "CHL", "PER"),
    ("칠레 시위대는 4일 산티아고에서 페루 대통령이 사퇴해야 한다며 시위를 벌였다.", "CHL", "PER"),
])
def test_participle_report_obligation_is_a_request(text, speaker, obliged):
    events = read(text)
    assert_act(events, "REQUEST", {speaker}, {obliged}, OCC)
    assert_act(events, "RETREAT", set(), None, None)


@pytest.mark.parametrize("text", [
    "Chilean protesters rallied in Santiago, saying Peru's president must resign.",
    "Chilean students marched in Lima, insisting the Peruvian government should release the detained activists.",
])
def test_participle_report_obligation_is_no_planned_act(text):
    events = read(text)
    assert not [e for e in events if e.status == "planned"], [(e.type, e.status) for e in events]



# 2. a broken promise: REJECT, no AGREE
@pytest.mark.parametrize("text", [
    "Chile broke its promise to Peru to reopen the border.",
    "Chile has broken its pledge to Peru to withdraw troops from the border.",
    "Chile breached its commitments to Peru on fishing quotas.",
    "칠레는 페루와의 국경을 다시 열겠다는 약속을 어겼다.",
    "칠레 정부는 페루에 한 약속을 저버렸다.",
])
def test_broken_promise_is_a_rejection(text):
    events = read(text)
    assert_act(events, "REJECT", {"CHL"}, {"PER"}, OCC)
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    "Peru promised Chile to reopen the border.",
    "칠레는 페루에 국경을 다시 열겠다고 약속했다.",
])
def test_kept_promise_stays_agree(text):
    events = read(text)
    assert [e for e in events if e.type == "AGREE"], [(e.type, e.status) for e in events]
    assert_act(events, "REJECT", set(), None, None)


# 3. a deed of a past war: history
@pytest.mark.parametrize("text", [
    "Peru said Chilean troops killed 300 Peruvian prisoners during the 1879 war.",
    "Peru said Chilean soldiers executed Peruvian prisoners during World War Two, a claim Chile denies.",
    "칠레군은 2차 세계대전 당시 페루 포로 300명을 살해했다고 페루 정부가 밝혔다.",
])
def test_deed_of_a_past_war_is_history(text):
    assert_act(read(text), "ASSAULT", set(), None, None)


@pytest.mark.parametrize("text, type_, actors", [
    ("Peru demanded an apology from Chile for the killing of Peruvian prisoners during World War Two.",
     "REQUEST", {"PER"}),
    ("Chilean troops attacked a Peruvian border post on Monday, the first clash since World War Two.",
     "ASSAULT", {"CHL"}),
])
def test_war_outside_the_deed_keeps_it(text, type_, actors):
    assert_act(read(text), type_, actors, None, OCC)


# 4. withheld aid: a SANCTION, no AID
@pytest.mark.parametrize("text", [
    "Chile is withholding economic aid from Peru.",
    "Chile withheld military aid to Peru after the coup.",
    "칠레는 페루에 대한 경제 원조를 보류했다.",
])
def test_withheld_aid_is_a_sanction(text):
    events = read(text)
    assert_act(events, "SANCTION", {"CHL"}, {"PER"}, OCC, mode="discontinue")
    assert_act(events, "AID", set(), None, None)
