"""Korean condemnations issued as a statement that names nothing judged ('규탄 성명을 발표했다', 'C와 D 정부도 잇따라
비판 성명을 냈다', '... 정상들도 규탄 메시지를 냈다'; lang/ko/act_answers.issued_judgements, cue
judgement_statement_noun): the statement answers the deed just told, whose doer receives it. Read bare, it had no
receiver and was dropped; and the pair after another judge's clause ('A는 ...규탄했고, C와 D 정부도 비판 성명을 냈다')
was read as A's recipients (particle_roles.additive_own_subject now sees the noun act's own object). Each row is a
sentence we wrote for the test, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUB = date(2024, 9, 3)
DEED = "말레이시아 해경이 2일 인도네시아 어선 3척을 나포했다. "


def sides(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return event_sides(text, PUB)


# sentence, the judging states, the deed's doer
ISSUED = [
    (DEED + "필리핀 정부는 3일 규탄 성명을 발표했다.", {"PHL"}, "MYS"),
    (DEED + "필리핀 외교부는 3일 비판 논평을 냈다.", {"PHL"}, "MYS"),
    (DEED + "태국 총리와 베트남 총리 등 이웃 정상들도 잇따라 규탄 메시지를 냈다.", {"THA", "VNM"}, "MYS"),
    (DEED + "필리핀 외교부는 \"명백한 주권 침해\"라며 강하게 규탄했고, 태국과 베트남 정부도 잇따라 비판 성명을 냈다.",
     {"THA", "VNM"}, "MYS"),
]


@pytest.mark.parametrize("text,judges,doer", ISSUED)
def test_issued_judgement_answers_the_deed(text, judges, doer):
    found = sides(text)
    assert any(t == "ACCUSE" and judges <= acting and doer in received for t, acting, received in found), found
    assert not any(t == "ACCUSE" and received & judges for t, acting, received in found), found


# negative: a statement that names what it judges keeps that target, not the deed told before
def test_statement_naming_its_target_keeps_it():
    found = sides(DEED + "필리핀 정부는 3일 캄보디아를 규탄하는 성명을 발표했다.")
    assert any(t == "ACCUSE" and "PHL" in acting and "KHM" in received for t, acting, received in found), found
    assert not any(t == "ACCUSE" and "PHL" in acting and "MYS" in received for t, acting, received in found), found
