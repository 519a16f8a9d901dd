"""dates48: a month named as the time of the deed a request or invitation asks for ('invited X to visit Quito in
March', 'X에게 3월 키토 방문을 요청했다') is that deed's and lies ahead of the report; the invitation is the report's act,
never dated by the month (lexicon en date_request_complement_before_re, ko date_request_after_re;
lang/en/dates.plan_complement, lang/ko/dates.find_dates, both languages' plan_extent). A month of a past deed the
request names ('the March accord') keeps its reading behind the report."""
from __future__ import annotations

import pytest

from tests.pipeline.test_act_dates_agreement_vs_event import dated  # a Saturday, 2026-11-14


@pytest.mark.parametrize("text", [
    "Ecuadorean President Daniel Noboa invited Colombian President Gustavo Petro to visit Quito in March.",
    "Ecuadorean President Daniel Noboa asked Colombian President Gustavo Petro to attend a trade forum in Quito in "
    "early March.",
    "Ecuadorean President Daniel Noboa urged Colombian President Gustavo Petro to hold border talks in March.",
    "다니엘 노보아 에콰도르 대통령은 구스타보 페트로 콜롬비아 대통령에게 3월 키토 방문을 요청했다.",
    "다니엘 노보아 에콰도르 대통령은 구스타보 페트로 콜롬비아 대통령을 3월 키토에서 열리는 무역 포럼에 초청했다.",
])
def test_the_asked_deeds_month_dates_neither_the_request_nor_the_past(text):
    assert dated(text, "REQUEST") == [("occurred", "2026-11-14", "day")]


def test_the_asked_visit_is_planned_ahead():
    text = "다니엘 노보아 에콰도르 대통령은 13일 구스타보 페트로 콜롬비아 대통령에게 3월 방한을 공식 초청했다."
    assert dated(text, "REQUEST") == [("occurred", "2026-11-13", "day")]
    assert dated(text, "CONSULT") == [("planned", "2027-03-01", "month")]


@pytest.mark.parametrize("text", [
    "Ecuadorean President Daniel Noboa urged Colombia in March to release the detained fishermen.",
    "다니엘 노보아 에콰도르 대통령은 3월 콜롬비아에 억류 어민의 석방을 요구했다.",
])
def test_a_month_of_the_request_itself_stays_behind(text):
    assert dated(text, "REQUEST") == [("occurred", "2026-03-01", "month")]


@pytest.mark.parametrize("text", [
    "Ecuadorean President Daniel Noboa asked Colombian President Gustavo Petro to mediate between the rebels and the "
    "army. Noboa also invited Petro to visit Quito in March.",
    "다니엘 노보아 에콰도르 대통령은 구스타보 페트로 콜롬비아 대통령에게 반군과 정부군의 중재를 요청했다. 노보아 대통령은 "
    "페트로 대통령에게 3월 키토 방문도 요청했다.",
])
def test_an_invitation_at_its_own_time_is_another_request(text):
    assert dated(text, "REQUEST") == [("occurred", "2026-11-14", "day")] * 2
