"""(actors63) People of a state charged with serving another state: the people charged receive the accusation (the
accuser's own where their words name no state, sector from their noun: journalists JRN), and the state they are said
to have served is the charge's content, not its recipient: English 'accused three journalists of spying for X',
'charged two reporters with spying for X' (lang/en/act_charged_groups, CHARGED_PEOPLE_SECTORS), Korean '[X를 위해 간첩
활동을 한 혐의로] 기자들을 기소' (the charge's adjunct: lang/ko/act_charged_groups.charge_adjunct) and '기자들이 X를 위해
간첩 활동을 했다고 비난' (the complement's people subject: charged_people). A state charged ('accused X of spying') stays
the recipient. Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def accused(text: str) -> list[set[tuple[str, str]]]:
    return [{(r.country, r.sector) for r in e.recipients} for e in extract_text(text, published=DAY).events
            if e.type == "ACCUSE"]


@pytest.mark.parametrize("text,recipients", [
    ("Peruvian authorities accused three journalists of spying for Chile on Thursday.", {("PER", "JRN")}),
    ("Peruvian prosecutors charged two reporters with spying for Chile on Thursday.", {("PER", "JRN")}),
    ("페루 검찰은 12일 칠레를 위해 간첩 활동을 한 혐의로 기자들을 기소했다.", {("PER", "JRN")}),
    ("페루 정부는 12일 기자들이 칠레를 위해 간첩 활동을 했다고 비난했다.", {("PER", "JRN")}),
    # the people's own state named: theirs
    ("Peru accused Chilean journalists of spying for Bolivia on Thursday.", {("CHL", "JRN")}),
    ("페루 검찰은 12일 볼리비아를 위해 간첩 활동을 한 혐의로 칠레 기자들을 기소했다.", {("CHL", "JRN")}),
    ("페루 정부는 12일 칠레 기자들이 볼리비아를 위해 간첩 활동을 했다고 비난했다.", {("CHL", "JRN")}),
    # negatives: a state accused of spying, or charged through its diplomat, stays the recipient
    ("Peru accused Chile of spying on its navy on Thursday.", {("CHL", "GOV")}),
    ("페루 정부는 12일 칠레가 간첩 활동을 했다고 비난했다.", {("CHL", "GOV")}),
    ("페루 검찰은 12일 칠레 외교관을 간첩 혐의로 기소했다.", {("CHL", "GOV")}),
    ("페루 검찰은 12일 칠레를 위해 간첩 활동을 한 혐의로 칠레를 비난했다.", {("CHL", "GOV")}),
])
def test_charged_people(text, recipients):
    found = accused(text)
    assert found and found[0] == recipients, found
