"""Two outlets' reports of one event, Korean and English, that must stay one record: the classes the merge reads
across outlets (a next day's report saying 'on Monday', a Korean morning paper dated a day later with the local day or
its own, a venue or a country beside a city, a plan and the meeting held, a report naming one party fewer), each
beside a pair that must stay two. Our own sentences (store/merge.py, store/merge_dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.store.stored import stored_records

SUN, MON, TUE, WED = date(2026, 3, 15), date(2026, 3, 16), date(2026, 3, 17), date(2026, 3, 18)
EN_LIMA_MON = ("Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Javier Gonzalez-Olaechea in "
               "Lima on Monday.", "en", MON)
EN_SEOUL_TUE = ("South Korean President Lee Jae-myung held talks with Australian Prime Minister Anthony Albanese in Seoul "
                "on Tuesday.", "en", TUE)


PAIRS = [
    ("next-day-on-monday", "CONSULT", [EN_LIMA_MON,
        ("Chile's foreign minister Alberto van Klaveren held talks with his Peruvian counterpart Javier "
         "Gonzalez-Olaechea on Monday, the ministry said on Tuesday.", "en2", TUE)], [{"en", "en2"}]),
    ("morning-paper-local-day", "CONSULT", [EN_LIMA_MON,
        ("알베르토 반 클라베렌 칠레 외교장관은 16일(현지시간) 리마에서 하비에르 곤살레스올라에체아 페루 외교장관과 회담했다.",
         "ko", TUE)], [{"en", "ko"}]),
    ("morning-paper-own-day", "CONSULT", [EN_LIMA_MON,
        ("알베르토 반 클라베렌 칠레 외교장관은 17일 리마에서 하비에르 곤살레스올라에체아 페루 외교장관과 회담했다고 외교부가 "
         "밝혔다.", "ko", TUE)], [{"en", "ko"}]),
    ("venue-and-city", "CONSULT", [
        ("이재명 대통령은 17일 용산 대통령실에서 앤서니 앨버니지 호주 총리와 정상회담을 했다.", "ko", TUE), EN_SEOUL_TUE],
     [{"en", "ko"}]),
    ("country-and-city", "CONSULT", [EN_LIMA_MON,
        ("Chile's foreign minister Alberto van Klaveren met Peruvian Foreign Minister Javier Gonzalez-Olaechea in Peru "
         "on Monday.", "en2", MON)], [{"en", "en2"}]),
    ("plan-then-held", "CONSULT", [  # plans55: one record carries one status (merge_dates.plan_beside_held)
        ("이재명 대통령은 오는 17일 서울에서 앤서니 앨버니지 호주 총리와 정상회담을 할 예정이다.", "ko", SUN), EN_SEOUL_TUE],
     [{"en"}, {"ko"}]),
    ("one-party-fewer", "ACCUSE", [
        ("일본과 호주는 17일 북한의 미사일 발사를 규탄했다.", "ko", TUE),
        ("Japan condemned North Korea's missile launch on Tuesday, calling it a threat.", "en", WED)],
     [{"en", "ko"}]),
    ("neg-same-pair-two-meetings", "CONSULT", [EN_LIMA_MON,
        ("알베르토 반 클라베렌 칠레 외교장관은 18일 산티아고에서 하비에르 곤살레스올라에체아 페루 외교장관과 다시 회담했다.",
         "ko", WED)], [{"en"}, {"ko"}]),
    ("neg-call-then-meeting", "CONSULT", [
        ("이재명 대통령은 15일 앤서니 앨버니지 호주 총리와 전화 통화를 했다.", "ko", SUN), EN_SEOUL_TUE],
     [{"en"}, {"ko"}]),
]


@pytest.mark.parametrize("kind, reports, expected", [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_two_outlets_one_event(tmp_path, kind, reports, expected):
    assert stored_records(tmp_path, kind, reports) == expected
