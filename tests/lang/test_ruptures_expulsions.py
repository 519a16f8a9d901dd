"""Ruptures and expulsions, in both languages (issue 13): breaking off relations is the manual's SANCTION 'discontinue'
("break, or terminate diplomatic ... exchanges"), aimed at the partner, declared or done ('X와의 단교를 선언했다'); a
deadline given to a state's diplomats to leave ('gave X's diplomats 72 hours to leave') is the order to leave,
SANCTION 'expel' (the convention of tests/lang/test_expulsions22.py); and the two told together are two measures,
not one (two modes stated for one pair on one day). Our own sentences.

Formerly tests/lang/test_world38_ruptures.py (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def sanctions(text: str) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.mode, [p.country for p in e.participants], [p.country for p in e.recipients])
                  for e in extract_text(text, published="2026-03-03").events if e.type == "SANCTION")


CASES = [
    # (text, [(mode, actors, recipients)])
    ("Peru gave Chilean diplomats 72 hours to leave the country.", [("expel", ["PER"], ["CHL"])]),
    ("Peru on Monday gave the Chilean ambassador 48 hours to leave.", [("expel", ["PER"], ["CHL"])]),
    ("Peru broke off diplomatic relations with Chile and gave Chilean diplomats 72 hours to leave the country.",
     [("discontinue", ["PER"], ["CHL"]), ("expel", ["PER"], ["CHL"])]),
    ("페루는 칠레와의 단교를 선언했다.", [("discontinue", ["PER"], ["CHL"])]),
    ("페루는 칠레와의 외교관계 단절을 선언했다.", [("discontinue", ["PER"], ["CHL"])]),
    ("페루 대통령은 칠레 외교관들에게 72시간 안에 페루를 떠나라고 명령했다.", [("expel", ["PER"], ["CHL"])]),
    ("가나는 3일 토고 대사를 추방하는 한편 토고산 수입을 금지했다.",
     [("discontinue", ["GHA"], ["TGO"]), ("expel", ["GHA"], ["TGO"])]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ruptures_and_expulsions(text, expected):
    assert sanctions(text) == expected


def test_a_deadline_for_anything_else_stays_an_ultimatum():
    """'gave X 72 hours to withdraw its troops': the deadline threatens; nothing is ordered out."""
    events = extract_text("Peru gave Chile 72 hours to withdraw its troops.", published="2026-03-03").events
    assert [e.type for e in events if e.type in ("SANCTION", "COERCE", "THREATEN")] == ["THREATEN"]


def test_reports_of_two_measures_stay_two_records(tmp_path):
    """One outlet tells the rupture, another the expulsion, on one day: two SANCTION records (their modes apart), while
    two reports of the rupture, in two languages, are one."""
    from datetime import date

    from readout.store.db import Store

    reports = [("페루는 3일 칠레와의 단교를 선언했다.", "ko.txt"),
               ("Peru on Tuesday broke off diplomatic relations with Chile.", "en.txt"),
               ("Peru on Tuesday gave Chilean diplomats 72 hours to leave the country.", "en2.txt")]
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc in reports:
            store.save(extract_text(text, doc, date(2026, 3, 4)))
        found = sorted((e["mode"], sorted({s["doc"] for s in e["sources"]}))
                       for e in store.events() if e["type"] == "SANCTION")
    assert found == [("discontinue", ["en.txt", "ko.txt"]), ("expel", ["en2.txt"])]
