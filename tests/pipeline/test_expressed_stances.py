"""A stance expressed after a statement joined before it (refs39): 'X said [A's strikes marked a new stage] and
expressed solidarity with B' is X's act (lang/en/clauses.expressed_stance: the reported clause's subject cannot express
it), and 'X는 [A의 공습이 ...]라고 말하고 B와 연대를 표명했다' backs B, the party named on the stance's noun, not A, the
subject of what was said beside it (lang/ko/act_stance_partners.py)."""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Polish President Jan Nowak said Russia's strikes marked a new stage in the war and expressed solidarity with Kyiv.",
    "Poland said the arrival of Russian troops in Belarus was a dangerous escalation and expressed support for Ukraine.",
    "폴란드 대통령은 러시아의 공습이 새로운 단계를 의미한다고 말하고 우크라이나와 연대를 표명했다.",
    "폴란드 대통령은 러시아의 공습이 전쟁의 새로운 단계라며 우크라이나와의 연대를 표명했다.",
    "폴란드 대통령은 러시아의 공습이 전쟁의 새로운 단계라고 말하고 우크라이나에 대한 지지를 표명했다.",
])
def test_a_stance_after_a_statement_is_the_speakers_toward_its_own_party(extract, text):
    assert_act(events_of(extract(text, published=DAY)), "SUPPORT", {"POL"}, {"UKR"}, "occurred")


def test_a_voiced_concern_after_a_statement_is_the_speakers(extract):
    """An accusation voiced by a stance noun ('voiced concern over') after a reported clause: the reporter voices it."""
    events = events_of(extract("Chile said Peru's tests threatened peace and voiced concern over Bolivia's stance.",
                               published=DAY))
    assert_act(events, "ACCUSE", {"CHL"}, {"BOL"}, "occurred")
