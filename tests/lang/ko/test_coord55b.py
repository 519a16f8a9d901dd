"""(coord55b, issue 13) The Korean twins of the English clause rows of tests/lang/en/test_coord55b.py: Korean marks a
new clause's subject with its particle ('…체결했고 [탄자니아는]'), so the 'with' party of the clause before stays
apart and a run of clauses keeps each its doer; a patrol struck ('케냐 순찰대를 공격했다') is the victim, no
deployment. Guard rows: these already held before the English rules. Every sentence is ours."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import class_rows, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "with-party-of-the-clause-before": [
        ("케냐는 우간다와 협정을 체결했고 탄자니아는 케냐에 관세를 부과했다.",
         rows(("AGREE", {"KEN", "UGA"}, set()), ("SANCTION", {"TZA"}, {"KEN"}))),
    ],
    "run-of-clauses": [
        ("케냐군은 소말리아 초소를 포격했고, 에티오피아군은 수단 마을을 공격했다.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"ETH"}, {"SDN"}))),
        ("케냐군은 소말리아 초소를 포격했지만 에티오피아군은 수단 마을을 공격했다.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"ETH"}, {"SDN"}))),
    ],
    "struck-patrol": [
        ("소말리아군이 케냐 순찰대를 공격했다.", rows(("ASSAULT", {"SOM"}, {"KEN"}))),
        ("케냐군이 소말리아 초소를 포격하자 소말리아군은 케냐 순찰대를 공격했다.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("ASSAULT", {"SOM"}, {"KEN"}))),
    ],
}))
def test_each_clause_keeps_its_own_sides(text, expected):
    assert of_types(text, {t for t, _a, _r in expected} | {"MOBILIZE"}) == expected
