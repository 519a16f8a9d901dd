"""en67: a recall of one's own envoy whose host is named only as the state the sentence sets the recaller with, in a
fronted circumstance ('Amid a quarrel with X, Y recalled its envoy'), is aimed at X (pipeline/act_recalls.py, the
role 'with'); 'withdrew its ambassador' is the same diplomatic recall as 'recalled'. A co-subject ('Along with X,')
is no host, and a recall with no other state stays unaimed. Korean '...와의 갈등 속에' reads X through its own clause
readers. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def read(text: str):
    return extract_text(text, published=date(2026, 5, 11)).events


@pytest.mark.parametrize("text, actor, host", [
    ("Amid a quarrel with Uruguay, Paraguay withdrew its ambassador.", "PRY", "URY"),
    ("Amid growing friction with Uruguay, Paraguay recalled its envoy on Friday.", "PRY", "URY"),
    ("Paraguay withdrew its ambassador from Uruguay.", "PRY", "URY"),
    ("우루과이와의 갈등 속에 파라과이는 자국 대사를 소환했다.", "PRY", "URY"),
])
def test_recall_goes_to_the_state_set_with_the_recaller(text, actor, host):
    assert_act(read(text), "SANCTION", {actor}, {host}, "occurred", "withdraw")


@pytest.mark.parametrize("text", [
    "Along with Uruguay, Paraguay recalled its envoy.",
    "Paraguay withdrew its ambassador.",
])
def test_no_partner_no_host(text):
    assert_act(read(text), "SANCTION", set(), None, None)
