"""(coord55, issue 13) Two coordinated clauses of one Korean sentence (-고, -며, -지만, -는데 on a predicate, then a
subject of its own), each with its own act word, are two acts read each inside its own clause: a deed of the type
already found told by other doers to other receivers is a second event (pipeline/acts.clauses_apart; the other
side's blow back too). Joined subjects ('A와 B는'), one doer with two acts, and a victim told after the blow stay as
they were. Every sentence is ours."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import class_rows, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "deeds-by-two-sides": [
        ("페루군은 칠레 초소를 포격했으며 볼리비아군은 에콰도르 마을을 공격했다.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("페루군은 칠레 초소를 포격했지만 볼리비아군은 에콰도르 마을을 공격했다.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("페루군은 칠레 초소를 포격했는데 볼리비아군은 에콰도르 마을을 공격했다.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"BOL"}, {"ECU"}))),
        ("페루 경찰은 볼리비아인 10명을 체포했고 칠레 군인들은 아르헨티나인 5명을 구금했다.",
         rows(("COERCE", {"PER"}, {"BOL"}), ("COERCE", {"CHL"}, {"ARG"}))),
    ],
    "blow-back": [
        ("페루군은 칠레 초소를 포격했고 칠레군은 페루 마을을 공격했다.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"CHL"}, {"PER"}))),
        ("페루군이 칠레 초소를 공격하자 칠레군은 페루 기지를 포격했다.",
         rows(("ASSAULT", {"PER"}, {"CHL"}), ("ASSAULT", {"CHL"}, {"PER"}))),
    ],
    "contrast-clause": [
        ("브라질은 아르헨티나를 비판했지만 칠레는 아르헨티나를 칭찬했다.",
         rows(("ACCUSE", {"BRA"}, {"ARG"}), ("SUPPORT", {"CHL"}, {"ARG"}))),
    ],
    "statements-two-sides": [
        ("페루는 칠레 대사를 추방했고 칠레는 페루 주재 대사를 소환했다.",
         rows(("SANCTION", {"PER"}, {"CHL"}), ("SANCTION", {"CHL"}, {"PER"}))),
        ("가나는 토고를 비난했으며 토고는 가나에 사과를 요구했다.",
         rows(("ACCUSE", {"GHA"}, {"TGO"}), ("REQUEST", {"TGO"}, {"GHA"}))),
    ],
    # a judgement naming the deed by a bare noun answers the deed the clause before told: Korean read it so already
    # (the pronoun and 이 조치 readers); the English twin is read alike now (act_welcomes.deed_here; guard row)
    "judged-deed-of-the-clause-before": [
        ("페루는 칠레 외교관 2명을 추방했고 볼리비아는 이 조치를 비난했다.",
         rows(("SANCTION", {"PER"}, {"CHL"}), ("ACCUSE", {"BOL"}, {"PER"}))),
    ],
    # the particles mark the new clause's subject: no 'with' list reaches across (the English twin: clause-opening-name)
    "clause-opening-name": [
        ("페루는 칠레와 무역 협정에 서명했고 볼리비아는 페루에 관세를 부과했다.",
         rows(("AGREE", {"PER", "CHL"}, set()), ("SANCTION", {"BOL"}, {"PER"}))),
    ],
    # guards: one act stays one event
    "joined-subjects": [
        ("페루와 칠레는 볼리비아의 반군 기지를 공격했다.", rows(("ASSAULT", {"PER", "CHL"}, {"BOL"}))),
        ("페루와 칠레는 무역 협정에 서명했다.", rows(("AGREE", {"PER", "CHL"}, set()))),
    ],
    "victim-of-the-same-blow": [
        ("페루군이 칠레 초소를 포격했고 이 공격으로 칠레 군인 2명이 숨졌다.", rows(("ASSAULT", {"PER"}, {"CHL"}))),
        ("페루군이 칠레 초소를 포격해 칠레 군인 2명이 숨졌다.", rows(("ASSAULT", {"PER"}, {"CHL"}))),
    ],
}))
def test_each_clause_reads_its_own_act(text, expected):
    assert of_types(text, {t for t, _a, _r in expected} | {"SUPPORT"}) == expected


def test_one_doer_arresting_and_expelling_keeps_both_acts():
    found = of_types("케냐는 소말리아 국적자 2명을 체포해 추방했다.", {"COERCE", "SANCTION"})
    assert found == rows(("COERCE", {"KEN"}, {"SOM"}), ("SANCTION", {"KEN"}, {"SOM"}))
