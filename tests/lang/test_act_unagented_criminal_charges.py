"""accuse58: a criminal charge told in the passive with no one named as charging ('was charged with treason', 'has
been indicted for fraud'; Korean '…혐의로 기소됐다') is the ACCUSE (allege) of the state holding the charged: the
place it happened, else the charged's own state for a part of its political life, else the state of the arrest the
story told (lang/en/act_criminal_charges, ko act_word_hits, pipeline/act_actors.charged). A judgement in the passive
('was criticized for') and a state charged ('Russia was charged with') stay no act. Our own sentences, both languages
in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, event_sides

DAY = date(2025, 10, 8)

CHARGED = [  # (story, actors, recipients) of the ACCUSE
    ("An Armenian opposition lawmaker was charged with abuse of office on Tuesday.", {"ARM"}, {"ARM"}),
    ("Moscow has tightened its grip on foreign media. Two Latvian reporters were charged with espionage in Moscow "
     "on Monday.", {"RUS"}, {"LVA"}),
    ("Kenyan police detained a prominent opposition figure in Nairobi on Friday. He has since been indicted for "
     "inciting violence.", {"KEN"}, {"KEN"}),
    ("튀니지 당국이 최근 야권 인사들을 잇따라 체포했다. 튀니지 야당 대표가 7일 국가 전복 음모 혐의로 기소됐다.", {"TUN"}, {"TUN"}),
    ("벨라루스가 외국 언론에 대한 통제를 강화하고 있다. 리투아니아 기자 2명이 7일 민스크에서 간첩 혐의로 기소됐다.", {"BLR"}, {"LTU"}),
]

NOT_CHARGED = [  # no charging state: a judgement in the passive, a state as the charged
    "The Armenian government was criticized for its handling of the border talks on Tuesday.",
    "Officials met in Vienna on Monday. Iran was charged with breaching the deal, diplomats said.",
    "이란 정부는 7일 국경 협상 처리 방식으로 비판을 받았다.",
]


@pytest.mark.parametrize("text,actors,recipients", CHARGED)
def test_unagented_charge_is_the_holding_states(text, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, "ACCUSE", actors, recipients, "occurred", "allege")


@pytest.mark.parametrize("text", NOT_CHARGED)
def test_no_charging_state_no_charge(text):
    assert not [s for s in event_sides(text, DAY) if s[0] == "ACCUSE"]
