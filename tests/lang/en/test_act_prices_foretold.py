"""A price the other side is told it must pay is the speaker's threat (price35), with sentences of our own.

An obligation whose content is a price the obligated side pays ('X will have to pay a heavy price', 'X must face the
consequences', cue suffered_prices) is a THREATEN by the speaker toward X (PLOVER: "a statement of intent to take a
negative action"), not a REQUEST that X pay (act_obligations.suffered_price); quoted with the speaker after it, the words
before 'will have to' are the side threatened, the future auxiliary no word of it (act_consequences.party_start).
Korean reads '...가 혹독한 대가를 치르게 될 것이라고 경고했다' as a threat already (guard row); an ordinary obligation stays
a request.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_cue_filling import suffered_prices

DAY = date(2026, 2, 9)
DEED = "Colombian troops raided a Venezuelan camp on Friday. "


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {p.country for p in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == type_]


@pytest.mark.parametrize("text", [
    DEED + "\"Colombia will have to prepare to pay a heavy price,\" a senior Venezuelan official said.",
    DEED + "Venezuela said Colombia would have to pay the price.",
    DEED + "Venezuela said Colombia must face the consequences.",
    "콜롬비아군이 5일 베네수엘라 캠프를 습격했다. 베네수엘라 정부는 콜롬비아가 혹독한 대가를 치르게 될 것이라고 경고했다.",
])
def test_a_price_to_pay_is_the_speakers_threat(text):
    assert ({"VEN"}, {"COL"}) in sides(text, "THREATEN")
    assert not sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    DEED + "\"Colombia will have to withdraw its troops,\" a senior Venezuelan official said.",
    DEED + "Venezuela said Colombia must withdraw its troops.",
])
def test_an_ordinary_obligation_stays_a_request_of_the_speaker(text):
    assert ({"VEN"}, {"COL"}) in sides(text, "REQUEST")
    assert not sides(text, "THREATEN")


@pytest.mark.parametrize("text", [
    DEED + "Venezuela said Colombia would have to pay a high price.",  # a form of the 'pay the price' threat entry
    DEED + "Venezuela said Colombia must pay dearly.",  # a form of the cue alone
])
def test_prices_of_the_threat_entry_and_of_the_cue_are_both_read(text):
    assert ({"VEN"}, {"COL"}) in sides(text, "THREATEN")
    assert not sides(text, "REQUEST")


def test_suffered_prices_are_one_list_with_the_threat_entry():
    """The cue spells only what no THREATEN entry led by a verb of suffering spells; a cost no side pays ('comes at a
    price', a form of that entry) is no price an obligated side pays."""
    lex = load_act_lexicon("en")
    entry_forms = {f for e in lex.entries if e.type == "THREATEN" for f in (e.lemma, *e.forms)}
    assert not lex.cue("suffered_prices") & entry_forms
    assert {"pay a heavy price", "pay dearly"} <= suffered_prices(lex)
    assert "comes at a price" in entry_forms and "comes at a price" not in suffered_prices(lex)
