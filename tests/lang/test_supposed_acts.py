"""Acts that are only supposed (hypo45), on our own sentences in both languages, each paired with a sentence where
the same words ARE the act:
- an outcome someone watches, weighs or fears ('was watching whether X would share intelligence with Y', 'the
  possibility that X will supply', 'X가 Y에 드론을 제공할 가능성을 주시하고 있다'): no plan X states (PLOVER AGREE
  needs a promise or an offer) and no deed: no event of X (en act_modality.open_outcome, cue open_outcomes; ko
  act_speculation.watched_possibility, cue watching_verb). A hedge that keeps the possibility open ('would not rule
  out the possibility of supplying weapons') is still read as the threat it is.
- a joint statement not issued ('did not issue a joint statement', '공동성명은 채택하지 않았다'): the parties refused
  nothing put to them, so the negated AGREE is no REJECT (en act_plover_reading.plover_reading, cue unissued_texts); a
  refusal to sign stays a REJECT.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import events_of

DAY = date(2026, 3, 9)
SUPPOSED = ("AGREE", "COOPERATE", "AID")


@pytest.mark.parametrize("sentence", [
    "Ottawa said it was closely watching whether Caracas would share intelligence with Havana.",
    "Officials are monitoring the possibility that Caracas will supply drones to Havana.",
    "Analysts weighed the chances that Caracas would hand over oil revenues to Havana.",
    "캐나다 정부는 베네수엘라가 쿠바와 정보를 공유할 가능성을 예의주시하고 있다고 밝혔다.",
    "캐나다 외교부는 베네수엘라가 쿠바에 드론을 제공할 가능성을 주시하고 있다.",
])
def test_an_outcome_watched_is_no_act(sentence):
    assert not [e for e in extract_text(sentence, published=DAY).events if e.type in SUPPOSED]


@pytest.mark.parametrize("sentence, kind", [
    ("Caracas will share intelligence with Havana, the minister said.", "AGREE"),
    ("베네수엘라는 쿠바와 정보를 공유하기로 합의했다.", "AGREE"),
    ("Ottawa will not rule out the possibility of providing weapons to Bogota, the minister said.", "THREATEN"),
])
def test_a_stated_plan_or_a_hedge_stays(sentence, kind):
    assert events_of(extract_text(sentence, published=DAY), kind)


@pytest.mark.parametrize("sentence", [
    "Peru and Ecuador did not issue a joint statement after the summit.",
    "The ministers of Peru and Ecuador adopted no joint declaration.",
    "페루와 에콰도르 정상은 회담 후 공동성명은 채택하지 않았다.",
])
def test_a_statement_not_issued_is_no_refusal(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "REJECT")


def test_a_refusal_to_sign_stays_a_rejection():
    assert events_of(extract_text("Peru refused to sign the joint declaration with Ecuador.", published=DAY), "REJECT")
