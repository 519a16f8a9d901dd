"""Sides that are no state (issue 14, PLOVER's NGO and IMG codes): an armed group of no one state is IMG, not
dropped for want of a country; a name shaped like an international body's whose words say its members are
people ('... of Lawyers', '... Watch') is an NGO, not an intergovernmental body. Our own sentences."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.nonstate import ngo_words_en


def acting(text: str) -> set[str]:
    events = extract_text(text, published=date(2025, 3, 12)).events
    return {p.country for e in events for p in e.participants}


@pytest.mark.parametrize("text, code", [
    ("Al-Qaeda threatened to attack Norway on Monday.", "IMG"),
    ("The Abu Nidal Organization condemned Chile on Monday.", "IMG"),
    ("알카에다는 11일 노르웨이를 공격하겠다고 위협했다.", "IMG"),
    ("The Asian Association of Democratic Lawyers accused Chile of torture.", "NGO"),
    ("The Caribbean Forum of Women Jurists urged Norway to free the two reporters.", "NGO"),
    ("The International Association of Judges condemned Chile on Monday.", "NGO"),
])
def test_no_state_sides_keep_their_code(text, code):
    assert code in acting(text), text


@pytest.mark.parametrize("text, code", [
    ("The Organization of Eastern Caribbean States condemned Norway on Monday.", "IGO"),  # members are states
    ("Amnesty International condemned Chile on Monday.", "IGO"),  # as PLOVER's gold codes the big NGOs
    ("국제앰네스티는 11일 칠레 정부를 비난했다.", "IGO"),
])
def test_bodies_of_states_stay_intergovernmental(text, code):
    got = acting(text)
    assert code in got and "NGO" not in got, (text, got)


def test_ngo_words_hold_no_state_word():
    words = ngo_words_en()
    assert {"Lawyers", "Watch", "Foundation"} <= words
    assert not words & {"States", "Nations", "Countries", "African", "International"}


@pytest.mark.parametrize("text, code", [
    ("이슬람국가(IS)는 11일 이란을 비난했다.", "IMG"),  # a listed form holding its bracketed gloss hid the name
    ("이슬람국가(IS)가 11일 시리아 정부군을 공격했다.", "IMG"),  # Phoenix IMGMUSISI (enactors70)
    ("쿠르드노동자당(PKK)은 11일 이란을 비난했다.", "TUR"),
])
def test_korean_group_with_bracketed_gloss(text, code):
    assert code in acting(text), text
