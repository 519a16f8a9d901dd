"""(enrequest68) An own envoy's post names the state the envoy serves in: 'its ambassador in Quito' and 'its envoy
to Quito' name Ecuador (a capital after an own envoy noun is the host, not a place an act happened in); a summons of
one's own envoy ('summoned its ambassador in Quito for consultations', 'called in its envoy to Ecuador') is the recall,
SANCTION withdraw aimed at the host, while a summons of a foreign envoy stays the protest (ACCUSE) it is (a request of one's own
envoy: tests/lang/test_act_asked_own_envoys.py). Rows that must not
fire: a foreign envoy summoned, a person's own envoy ('his'), a capital that is where an act happened."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def of_kind(text: str, kind: str, mode: str | None = None):
    return [([p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text) if e.type == kind and (mode is None or e.mode == mode)]


@pytest.mark.parametrize("text, recaller, host", [
    ("Guyana recalled its ambassador in Quito after the border dispute.", "GUY", "ECU"),
    ("Guyana recalled its envoy to Quito on Thursday.", "GUY", "ECU"),
    ("Guyana ordered its ambassador in Quito to return home.", "GUY", "ECU"),
    ("Guyana summoned its ambassador in Quito for consultations.", "GUY", "ECU"),
    ("Guyana summoned its envoy to Ecuador for consultations on Friday.", "GUY", "ECU"),
    ("Guyana called in its ambassador to Ecuador after the vote.", "GUY", "ECU"),
])
def test_an_own_envoy_recalled_or_summoned_from_its_post_is_a_recall_aimed_at_the_host(text, recaller, host):
    assert ([recaller], [host]) in of_kind(text, "SANCTION", "withdraw"), events(text)
    assert not of_kind(text, "ACCUSE"), events(text)


@pytest.mark.parametrize("text, summoner, envoy_state", [
    ("Guyana summoned the Ecuadorian ambassador for an explanation.", "GUY", "ECU"),
    ("Guyana summoned Ecuador's envoy in Georgetown on Friday.", "GUY", "ECU"),
])
def test_a_foreign_envoy_summoned_stays_a_protest(text, summoner, envoy_state):
    assert ([summoner], [envoy_state]) in of_kind(text, "ACCUSE"), events(text)
    assert not of_kind(text, "SANCTION", "withdraw"), events(text)


@pytest.mark.parametrize("text", [
    "Guyana recalled his ambassador in Quito.",  # a person's envoy: no state's post named
    "Guyana's president met business leaders in Quito for consultations on trade.",
])
def test_a_capital_that_is_no_own_envoys_post_is_no_recall(text):
    assert not of_kind(text, "SANCTION", "withdraw"), events(text)
