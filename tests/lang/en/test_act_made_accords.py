"""An accord told by a reduced passive relative naming its makers (en48, act_made_accords): 'The treaty, signed by A
and B ..., takes effect' is AGREE of A and B, as 'The treaty was signed by A and B' is; a participle of any other verb
before "by" still only describes its noun. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence, actors", [
    ("The treaty, signed by Peru and Bolivia in Lima on Monday, takes effect in May.", {"PER", "BOL"}),
    ("The accord, concluded by Ecuador and Colombia last week, opens the border crossings.", {"ECU", "COL"}),
    ("The agreement, reached by Chile and Argentina on Sunday, ends the fishing dispute.", {"CHL", "ARG"}),
    ("The pact, inked by the Paraguayan president and Uruguayan President Luis Lacalle Pou in Asuncion on Monday, "
     "covers river trade.", {"PRY", "URY"}),
    ("The pact was signed by Peru and Bolivia on Monday.", {"PER", "BOL"}),  # the passive with "be", as before
])
def test_accord_of_a_reduced_relative_is_agree_of_its_makers(sentence, actors):
    (e,) = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert countries(e.participants) == actors and not e.recipients


@pytest.mark.parametrize("sentence", [
    "The channel, disputed by Peru and Bolivia, stays closed.",  # no accord participle
    "The border, guarded by Peru and Bolivia, stays closed.",
])
def test_other_participles_before_by_only_describe(sentence):
    assert events_of(extract_text(sentence, published=DAY)) == []


@pytest.mark.parametrize("sentence, recipients", [
    ("The treaty, signed by Peru and Bolivia in Lima on Monday, commits each side to joint patrols. "
     "Chile voiced grave concerns about the pact on Tuesday.", {"PER", "BOL"}),
    ("칠레는 페루와 볼리비아가 서명한 조약에 우려를 표명했다.", {"PER", "BOL"}),  # the judged accord's makers, Korean
])
def test_a_judgement_of_the_made_accord_receives_its_makers(sentence, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), "ACCUSE")
    assert countries(e.participants) == {"CHL"} and countries(e.recipients) == recipients
