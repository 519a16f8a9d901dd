"""(koclause56, issue 13: who did what to whom) Korean clause rows: a state's forces with the additive 도 that kiwi
reads as one noun ('케냐군도' as 군도, the archipelago), the subject of a clause of sequence ('A가 ...한 뒤 C에
경고했다') that goes on to the later clause, a demand of a release owned by a pronoun ('그의 석방을 요구했다'). Every
sentence is ours; the English twins are in tests/lang/en/test_koclause56.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.ko.sentences import split
from tests.conftest import class_rows, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "additive-forces-subject": [
        ("케냐군도 소말리아 초소를 공격했다.", rows(("ASSAULT", {"KEN"}, {"SOM"}))),
        ("에티오피아군도 수단 마을을 포격했다.", rows(("ASSAULT", {"ETH"}, {"SDN"}))),
        ("우간다군은 콩고 초소를 공격했고 르완다군도 부룬디 마을을 포격했다.",
         rows(("ASSAULT", {"UGA"}, {"COD"}), ("ASSAULT", {"RWA"}, {"BDI"}))),
    ],
    "additive-split-already": [  # kiwi splits these itself (guard rows)
        ("탄자니아 해군도 케냐를 비난했다.", rows(("ACCUSE", {"TZA"}, {"KEN"}))),
        ("우간다 정부도 르완다를 비난했다.", rows(("ACCUSE", {"UGA"}, {"RWA"}))),
    ],
    "sequence-subject-goes-on": [
        ("케냐군이 소말리아 초소를 공격한 뒤 에티오피아에 경고했다.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("THREATEN", {"KEN"}, {"ETH"}))),
        ("우간다군이 르완다 초소를 포격한 뒤 부룬디를 비난했다.",
         rows(("ASSAULT", {"UGA"}, {"RWA"}), ("ACCUSE", {"UGA"}, {"BDI"}))),
        ("우간다가 르완다를 비난한 후 부룬디를 위협했다.",
         rows(("ACCUSE", {"UGA"}, {"RWA"}), ("THREATEN", {"UGA"}, {"BDI"}))),
        ("케냐는 소말리아 초소를 공격한 뒤 에티오피아에 경고했다.",  # a topic: shared already (guard row)
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("THREATEN", {"KEN"}, {"ETH"}))),
    ],
    "sequence-later-subject-own": [  # the later clause names its own subject (guard rows)
        ("케냐군이 소말리아 초소를 공격한 뒤 소말리아는 케냐에 경고했다.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("THREATEN", {"SOM"}, {"KEN"}))),
        ("케냐군이 우간다 마을을 공격한 뒤 탄자니아가 케냐를 비난했다.",
         rows(("ASSAULT", {"KEN"}, {"UGA"}), ("ACCUSE", {"TZA"}, {"KEN"}))),
    ],
    "while-clause-keeps-both": [
        ("케냐 대통령이 우간다를 방문하는 동안 탄자니아는 케냐를 비난했다.",
         rows(("CONSULT", {"KEN", "UGA"}, set()), ("ACCUSE", {"TZA"}, {"KEN"}))),
        ("케냐군이 우간다 마을을 공격하는 동안 탄자니아는 케냐를 비난했다.",
         rows(("ASSAULT", {"KEN"}, {"UGA"}), ("ACCUSE", {"TZA"}, {"KEN"}))),
    ],
    "run-of-three-clauses": [
        ("케냐는 우간다를 비난했고, 탄자니아를 규탄했으며, 소말리아에 제재를 가했다.",
         rows(("ACCUSE", {"KEN"}, {"UGA"}), ("ACCUSE", {"KEN"}, {"TZA"}), ("SANCTION", {"KEN"}, {"SOM"}))),
    ],
    "both-sides-judged": [
        ("케냐와 우간다가 국경에서 충돌했다. 탄자니아는 양측을 비난했다.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
        ("케냐와 우간다가 국경에서 충돌했다. 탄자니아는 양측 모두를 비판했다.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "both-sides-asked": [  # guard row: an appeal to both sides was read already
        ("케냐와 우간다가 국경에서 충돌했다. 탄자니아는 양측에 자제를 촉구했다.", rows(("REQUEST", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "judged-meeting-told-before": [
        ("케냐 외무장관은 월요일 우간다 대통령과 만났다. 탄자니아는 이 회담을 비판했다.",
         rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
        ("케냐는 우간다와 회담했고 탄자니아는 이 회담을 비판했다.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "judged-meeting-named": [  # the pair named before the meeting noun was read already (guard row)
        ("탄자니아는 케냐와 우간다의 회담을 비판했다.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "owned-release-demanded": [
        ("우간다는 케냐 활동가를 체포했다. 케냐는 그의 석방을 요구했다.",
         rows(("COERCE", {"UGA"}, {"KEN"}), ("REQUEST", {"KEN"}, {"UGA"}))),
        ("케냐는 우간다 기자 2명을 구금했고 우간다는 이들의 석방을 요구했다.",
         rows(("COERCE", {"KEN"}, {"UGA"}), ("REQUEST", {"UGA"}, {"KEN"}))),
    ],
}))
def test_each_clause_keeps_its_own_sides(text, expected):
    assert of_types(text, {t for t, _a, _r in expected}) == expected


@pytest.mark.parametrize("text, pieces", class_rows({
    "forces-and-additive": [
        ("케냐군도 철수했다.", [("케냐", "NNP"), ("군", "NNG"), ("도", "JX")]),
        ("우간다군도, 르완다군도 철수했다.", [("우간다", "NNP"), ("군", "NNG"), ("도", "JX")]),
    ],
    "archipelago-kept": [  # a particle after it, or no state's name before it: the islands (guard rows)
        ("필리핀군도의 섬에서 어선이 침몰했다.", [("필리핀", "NNP"), ("군도", "NNG"), ("의", "JKG")]),
        ("갈라파고스군도 해역에서 어선이 침몰했다.", [("갈라파고스", "NNP"), ("군도", "NNG")]),
    ],
}))
def test_additive_forces_split(text, pieces):
    tokens = [(form, tag) for form, tag, _s, _n in split(text, 0)[0][1]]
    n = len(pieces)
    assert any(tokens[k:k + n] == pieces for k in range(len(tokens))), tokens
