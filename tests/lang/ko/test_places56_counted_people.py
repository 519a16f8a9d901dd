"""places56 (issue 14): a count of people with no noun ('9명을', '20여 명을') is the act's people, so a town
of another state they are arrested or killed in gives them that state (lang/ko/counted_people, read by
act_hit_domestic; pipeline/act_placed_victims). Our own sentences; English twins where English reads them already."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("이스라엘군은 목요일 툴카름에서 11명을 체포했다.", "COERCE", "ISR", ["PSE"]),
    ("이스라엘군은 목요일 툴카름에서 20여 명을 체포했다.", "COERCE", "ISR", ["PSE"]),
    ("러시아군은 목요일 자포리자에서 4명을 살해했다.", "ASSAULT", "RUS", ["UKR"]),
    ("이스라엘 경찰은 목요일 아슈켈론에서 11명을 체포했다.", "COERCE", "ISR", ["ISR"]),  # its own town: domestic
    ("Israeli troops detained eleven students in Tulkarm on Thursday.", "COERCE", "ISR", ["PSE"]),  # spelled count
    ("Israeli troops detained forty-two farmers in Tulkarm on Thursday.", "COERCE", "ISR", ["PSE"]),
    ("Israeli police detained eleven students in Ashkelon on Thursday.", "COERCE", "ISR", ["ISR"]),
])
def test_counted_people_take_the_towns_state(text, kind, acting, receiving):
    found = sides(text, kind)
    assert found and acting in found[0][0] and found[0][1] == receiving, found


def toks_of(*pieces: tuple[str, str]) -> list[tuple[str, str, int, int]]:
    """Tokens as kiwi gives them (form, tag, start, length), each piece right after the one before."""
    out, at = [], 0
    for form, tag in pieces:
        out.append((form, tag, at, len(form)))
        at += len(form)
    return out


@pytest.mark.parametrize("pieces, span", [
    ((("11", "SN"), ("명", "NNB"), ("을", "JKO"), ("체포", "NNG")), (0, 3)),
    ((("갱단원", "NNG"), ("11", "SN"), ("명", "NNB"), ("을", "JKO"), ("체포", "NNG")), None),  # a noun's readers
    ((("20", "SN"), ("여", "XSN"), ("명", "NNB"), ("을", "JKO"), ("체포", "NNG")), (0, 4)),
    ((("세", "MM"), ("명", "NNB"), ("을", "JKO"), ("전격", "MAG"), ("체포", "NNG")), (0, 2)),
    ((("3", "SN"), ("대", "NNB"), ("를", "JKO"), ("격추", "NNG")), None),  # a counter of things
    ((("11", "SN"), ("명", "NNB"), ("이", "JKS"), ("체포", "NNG")), None),  # the subject, no object
])
def test_counted_people_span(pieces, span):
    from readout.lang.ko.act_table import act_index
    from readout.lang.ko.counted_people import counted_people
    toks = toks_of(*pieces)
    verb = next(i for i, t in enumerate(toks) if t[0] in ("체포", "격추"))
    assert counted_people(toks, verb, act_index()) == span


@pytest.mark.parametrize("text", [
    "이스라엘군은 목요일 툴카름에서 드론 3대를 격추했다.",  # a counter of things: no people
    "이스라엘군은 목요일 툴카름에서 11명이 체포됐다고 밝혔다.",  # no object
])
def test_no_counted_people_without_a_people_counter_object(text):
    assert all(receiving != ["PSE"] for _, receiving in sides(text, "ASSAULT") + sides(text, "COERCE"))
