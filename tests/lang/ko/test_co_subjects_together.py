"""A comitative name followed by 'together' ('B와 함께') acts beside the subject where the clause names another
counterpart after it, a name taking an object or addressee particle: 'A는 B와 함께 C를 규탄했다' is an ACCUSE of A and
B against C, 'A는 B와 함께 C 정부에 대화를 요구했다' a REQUEST of both to C. With no such counterpart ('B와 함께 회담을
가졌다', 'B와 함께 만찬을 했다') B stays the one met. Our own sentences (meetfollow66).

enactors68: the counterpart may own the object rather than take its particle ('A는 B와 함께 C의 미사일 발사를
규탄했다'), and an object naming no one ('B와 함께 국경 봉쇄를 비난했다') is what both act on: B is a co-subject
wherever the object is no meeting word, as English 'A, along with B, condemned ...' reads."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries


def events(text: str):
    return extract_text(text, published=date(2026, 9, 14)).events


@pytest.mark.parametrize("text, type_, actors, recipients", [
    ("가나는 토고와 함께 베냉을 규탄했다.", "ACCUSE", {"GHA", "TGO"}, {"BEN"}),
    ("가나는 토고와 함께 베냉 정부에 대화를 요구했다.", "REQUEST", {"GHA", "TGO"}, {"BEN"}),
    ("케냐는 우간다와 함께 르완다를 비난했다.", "ACCUSE", {"KEN", "UGA"}, {"RWA"}),
    ("가나는 토고와 함께 베냉의 국경 폐쇄를 규탄했다.", "ACCUSE", {"GHA", "TGO"}, {"BEN"}),
    ("케냐는 12일 우간다와 함께 르완다의 로켓 발사를 비난했다.", "ACCUSE", {"KEN", "UGA"}, {"RWA"}),
    ("Ghana, along with Togo, condemned the border closure by Benin.", "ACCUSE", {"GHA", "TGO"}, {"BEN"}),
    ("Kenya, together with Uganda, denounced the rocket launch by Rwanda.", "ACCUSE", {"KEN", "UGA"}, {"RWA"}),
])
def test_together_with_another_counterpart_is_a_co_subject(text, type_, actors, recipients):
    assert_act(events(text), type_, actors, recipients, "occurred")


@pytest.mark.parametrize("text, sides", [
    ("가나는 토고와 함께 회담을 가졌다.", {"GHA", "TGO"}),
    ("케냐는 우간다와 함께 만찬을 했다.", {"KEN", "UGA"}),
])
def test_together_with_no_other_counterpart_keeps_the_one_met(text, sides):
    found = [countries(e.participants) for e in events(text) if e.type == "CONSULT"]
    assert any(sides <= f for f in found), (text, found)


@pytest.mark.parametrize("text, recipient", [
    ("가나는 토고와 회담을 갖고 베냉을 규탄했다.", "TGO"),
    ("가나는 토고와 함께 베냉을 규탄했다.", "TGO"),
    ("가나는 토고와 함께 국경 폐쇄를 규탄했다.", "TGO"),
    ("케냐는 우간다와 함께 르완다의 로켓 발사를 비난했다.", "UGA"),
])
def test_partner_is_not_the_target(text, recipient):
    assert not [e for e in events(text) if e.type == "ACCUSE" and recipient in countries(e.recipients)], text
