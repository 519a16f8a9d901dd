"""stance52: three shapes of a refusal a state states in words, with sentences of our own.

- A harm denied in a reported clause ('denied that its navy had rammed X's trawler'): no force event, the denier's
  REJECT aimed at the side it would have hit (a verb of denying opens a complement as a verb of saying does:
  en_acts complement_verbs; en.yaml denied_deed_before_re, a weekday allowed between).
- A land said not to be had ('said the islands are not for sale', '"X is not for sale," Y said'): the speaker's REJECT
  of the side whose demand or offer was told just before, never of the land (act_ruled_out, yielded_land_predicates,
  pipeline/act_claimed_land).
- A yield of land refused as a pledge ('will never cede the islands'): REJECT, not CONCEDE, aimed at the demander.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, denier, victim", [
    ("Peru denied that its navy had attacked Chilean fishermen near the border.", "PER", "CHL"),
    ("The Peruvian foreign ministry denied that its coast guard had rammed a Chilean trawler.", "PER", "CHL"),
    ("Ghana denied on Monday that it had attacked Togo.", "GHA", "TGO"),
    ("Azerbaijan denies that its troops had shelled Armenian villages.", "AZE", "ARM"),
])
def test_denied_harm_is_the_deniers_rejection(text, denier, victim):
    events = read(text)
    assert_act(events, "REJECT", {denier}, {victim}, "occurred")
    assert_act(events, "ASSAULT", set(), None, None)


@pytest.mark.parametrize("text, owner, claimant", [
    ("Russia offered to buy the Arctic islands from Norway. Norway's prime minister said on Tuesday that the "
     "islands were not for sale.", "NOR", "RUS"),
    ('Russia demanded that Norway hand over Svalbard. "Svalbard is not for sale," the Norwegian prime minister said.',
     "NOR", "RUS"),
    ("Turkey urged Greece to give up the island. Greece's foreign minister said the island was not up for grabs.",
     "GRC", "TUR"),
    # the land is the speaker's own state: outside its words it still acts
    ("The United States demanded that Panama hand over the canal. Panama's president said Panama was not for sale.",
     "PAN", "USA"),
    # the land named again in the sentence receives nothing
    ("Russia demanded that Norway hand over Svalbard. Norway's prime minister said on Tuesday that Svalbard was not "
     "for sale and that its future was for Svalbard's people to decide.", "NOR", "RUS"),
])
def test_land_not_for_sale_refuses_the_claimant(text, owner, claimant):
    assert_act(read(text), "REJECT", {owner}, {claimant}, "occurred")


@pytest.mark.parametrize("text", [
    "Norway's prime minister said the islands are not for sale.",  # no claimant told: no one refused
    "The French president said the old palace was not for sale.",
    "Norway's foreign minister said the islands could be for sale.",
])
def test_land_not_for_sale_without_a_claimant_is_no_event(text):
    assert_act(read(text), "REJECT", set(), None, None)


@pytest.mark.parametrize("text, owner, claimant", [
    ("Norway will never cede the islands to Russia, the prime minister said.", "NOR", "RUS"),
    ("Russia urged Norway to hand over the islands. Norway said it would never cede the islands.", "NOR", "RUS"),
    ("Russia threatened to seize the islands. The Norwegian prime minister said Norway would not relinquish the "
     "islands.", "NOR", "RUS"),
])
def test_refused_cession_is_a_rejection_of_the_demander(text, owner, claimant):
    events = read(text)
    assert_act(events, "REJECT", {owner}, {claimant}, "occurred")
    assert_act(events, "CONCEDE", set(), None, None)


def test_a_cession_told_stays_no_rejection():
    assert_act(read("Spain ceded the fortress to Britain under the treaty signed that year."), "REJECT", set(), None,
               None)
