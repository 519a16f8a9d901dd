"""(mediator53) A meeting's party named after a lower-case modifier before the title stays a party: a former or
stand-in holder ('with former premier X', 'with ex-president Y', 'met interim President Z') and one named after an
owner's possessive and a lower-case title ('with Peru's former president X', 'met the country's acting prime
minister Y'): en lexicon meeting_with_before_re / meeting_object_gap_re (lang/en/meeting_roles.newcomer_role)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 4)


def states(event) -> set[str]:
    return {p.country for p in event.participants if p.country}


@pytest.mark.parametrize("text, pair", [
    ("Japanese Prime Minister Shigeru Ishiba held talks with the country's acting president Han Duck-soo in Seoul "
     "on Monday.", {"JPN", "KOR"}),
    ("Japanese Prime Minister Shigeru Ishiba met the nation's acting president Han Duck-soo in Seoul on Monday.",
     {"JPN", "KOR"}),
    ("Indian Prime Minister Narendra Modi held talks with ex-premier Pushpa Kamal Dahal in New Delhi on Monday.",
     {"IND", "NPL"}),
    ("Indian Prime Minister Narendra Modi held talks with Nepal's former prime minister Pushpa Kamal Dahal in New "
     "Delhi on Monday.", {"IND", "NPL"}),
])
def test_modified_title_keeps_the_party(extract, text, pair):
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert any(states(e) == pair for e in meetings), [states(e) for e in meetings]


def test_former_holder_outside_the_meeting_is_no_party(extract):
    text = ("Indian Prime Minister Narendra Modi held talks with Nepalese Prime Minister Khadga Prasad Sharma Oli in New "
            "Delhi on Monday, a week after former premier Pushpa Kamal Dahal toured Beijing.")
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert meetings and all(len(e.participants) == 2 for e in meetings), [[p.name for p in e.participants] for e in meetings]
