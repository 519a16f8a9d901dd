"""(kotargets68) A 와/과 partner inside a relative clause that has a subject of its own belongs to that clause
('[정부가 B와 맺은] 협정을 비난했다': the government made the accord with B): the act judges the clause's subject, and B
is no side of it (lang/ko/act_relative_partners). Without a subject of its own the clause's maker is the act's own
subject, and its partner stays the one the act reaches ('B와 맺은 협정을 파기했다'). Our own sentences (English reads
the same clause so since enrelative68: tests/lang/en/test_act_relative_partners.py)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def recipients(text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [{(r.country, r.sector) for r in e.recipients} for e in extract_text(text, published=DAY).events
            if e.type == kind]


@pytest.mark.parametrize("text,kind,expected", [
    ("우루과이 야당은 11일 정부가 파라과이와 맺은 협정을 비난했다.", "ACCUSE", {("URY", "GOV")}),
    ("우루과이 야당은 11일 정부가 파라과이와 체결한 어업 협정을 강하게 비난했다.", "ACCUSE", {("URY", "GOV")}),
    ("볼리비아는 11일 우루과이가 파라과이와 맺은 협정을 규탄했다.", "ACCUSE", {("URY", "GOV")}),
    # negatives: no subject of its own, the act's subject made the accord with the partner, who receives the act
    ("우루과이 대통령은 11일 파라과이와 맺은 협정을 파기했다.", "SANCTION", {("PRY", "GOV")}),
    ("우루과이 대통령은 11일 파라과이와 함께 볼리비아를 비난했다.", "ACCUSE", {("BOL", "GOV")}),
])
def test_relative_partners(text, kind, expected):
    found = recipients(text, kind)
    assert found and found[0] == expected, found


@pytest.mark.parametrize("text,kind,expected", [
    # (enrelative68) a postpositional phrase inside the relative clause ('B를 위해', 'B를 향해') is the clause's
    ("칠레 야당은 11일 정부가 페루를 위해 만든 법안을 비난했다.", "ACCUSE", {("CHL", "GOV")}),
    ("칠레 야당은 11일 정부가 페루를 향해 쏜 포탄을 규탄했다.", "ACCUSE", {("CHL", "GOV")}),
    # 와/과 read as a conjunctive particle right before the clause's verb is the clause's partner too
    ("말리 야당은 11일 정부가 니제르와 맺은 협정을 비난했다.", "ACCUSE", {("MLI", "GOV")}),
    # negative: no subject of its own, the beneficiary is reached
    ("칠레 야당은 11일 페루를 위해 만든 법안을 비난했다.", "ACCUSE", {("PER", "GOV")}),
])
def test_relative_clause_adjuncts(text, kind, expected):
    found = recipients(text, kind)
    assert found and found[0] == expected, found
