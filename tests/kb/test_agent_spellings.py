"""Agent phrases in the other ways news writes them: British spellings of the American words of the agent tables
('defence forces'), and phrases linked by 'in' written with hyphens ('government-in-exile'); and Korean agent nouns
for an armed faction, Maoist insurgents, a defence force and a government in exile, with their English counterparts;
a state's name kiwi tags as a bare verb stem ('말리', to dry) is the state (lang/ko/fused_names.unfused). Our own
strings; negative rows keep what the tables already said.

Formerly tests/kb/test_actors15_agents.py, classes first read by actors15 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.agents import phrases, written_forms


@pytest.mark.parametrize("table, variants, form, sector", [
    ({"defense forces": "MIL"}, {"defense": "defence"}, "defence forces", "MIL"),
    ({"labor union": "LAB"}, {"labor": "labour"}, "labour union", "LAB"),
    ({"government in exile": "OPP"}, {}, "government-in-exile", "OPP"),
    ({"editor in chief": "JRN"}, {}, "editor-in-chief", "JRN"),
])
def test_written_forms_adds_the_other_spelling(table: dict, variants: dict, form: str, sector: str) -> None:
    assert written_forms(table, variants)[form] == sector


@pytest.mark.parametrize("table, variants, absent", [
    ({"head of state": "GOV"}, {}, "head-of-state"),  # only 'in' links a hyphenated phrase
    ({"police": "COP"}, {"defense": "defence"}, "defence"),  # no word to respell: nothing new
])
def test_written_forms_adds_nothing_else(table: dict, variants: dict, absent: str) -> None:
    assert absent not in written_forms(table, variants)


def test_a_listed_form_keeps_its_own_sector() -> None:
    out = written_forms({"defense forces": "MIL", "defence forces": "GOV"}, {"defense": "defence"})
    assert out["defence forces"] == "GOV"


def test_the_tables_hold_the_british_forms() -> None:
    table = phrases("en")
    assert table["defence forces"] == table["defense forces"] == "MIL"
    assert table["government-in-exile"] == "OPP"


def acting(text: str) -> set[tuple[str | None, str | None]]:
    doc = extract_text(text, published=date(2024, 5, 22))
    return {(p.country, p.sector) for e in doc.events for p in e.participants}


@pytest.mark.parametrize("text, side", [
    ("Zambian defence forces condemned Norway on Monday.", ("ZMB", "MIL")),
    ("The Bolivian defense forces condemned Norway on Monday.", ("BOL", "MIL")),
    ("Indian Maoists condemned Norway on Monday.", ("IND", "REB")),
    ("The Tibetan government-in-exile condemned Norway on Monday.", ("CHN", "OPP")),
    ("잠비아 국방군은 노르웨이를 강하게 비난했다.", ("ZMB", "MIL")),
    ("인도 마오주의자들은 노르웨이를 강하게 비난했다.", ("IND", "REB")),
    ("페루 마오주의 반군은 노르웨이를 강하게 비난했다.", ("PER", "REB")),
    ("시리아 무장정파는 노르웨이를 강하게 비난했다.", ("SYR", "REB")),
    ("티베트 망명정부는 노르웨이를 강하게 비난했다.", ("CHN", "OPP")),
    ("니제르 쿠데타 세력은 노르웨이를 강하게 비난했다.", ("NER", "REB")),
    ("부르키나파소 쿠데타군은 노르웨이를 강하게 비난했다.", ("BFA", "REB")),
    ("말리 쿠데타 세력은 노르웨이를 강하게 비난했다.", ("MLI", "REB")),  # kiwi reads 말리 as a verb stem here
    ("Ambazonian separatists condemned Norway on Monday.", ("CMR", "REB")),
    ("Yazidi fighters condemned Norway on Monday.", ("IRQ", "REB")),
    ("암바조니아 분리주의자들은 노르웨이를 강하게 비난했다.", ("CMR", "REB")),
    ("야지디 전투원들은 노르웨이를 강하게 비난했다.", ("IRQ", "REB")),
    ("Malian putschists condemned Norway on Monday.", ("MLI", "REB")),
])
def test_agent_phrase_gives_state_and_sector(text: str, side: tuple[str, str]) -> None:
    assert side in acting(text)


@pytest.mark.parametrize("text, side", [
    ("북한 인민군은 노르웨이를 강하게 비난했다.", ("PRK", "MIL")),  # an army's own name is no faction
    ("The Kenyan defence minister condemned Norway on Monday.", ("KEN", "GOV")),
])
def test_other_agents_keep_their_sector(text: str, side: tuple[str, str]) -> None:
    assert side in acting(text)


@pytest.mark.parametrize("text", ["정부는 빨래를 말리고 노르웨이를 강하게 비난했다.", "그들은 싸움을 말리며 노르웨이를 비난했다."])
def test_a_verb_with_its_ending_is_no_state(text: str) -> None:
    assert "MLI" not in {code for code, _sector in acting(text)}
