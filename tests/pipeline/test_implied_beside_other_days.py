"""merge14: a meeting inferred from two leaders acting together on a day their own clause states ('Ruto and Lula signed
a trade agreement on Friday', '15일 ... 서명했다') stands beside the document's meetings of other people held on other
days (a trip's earlier stop), not only in a document with no other meeting
(pipeline/consolidate.met_on_a_day_of_its_own)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 5, 15)
PAIR = {"William Ruto", "Luiz Inácio Lula da Silva"}


def meetings(text):
    from readout.api import extract_text
    return events_of(extract_text(text, "fixture.txt", DAY), "CONSULT")


@pytest.mark.parametrize("text", [
    "NAIROBI, May 15 -- Kenyan President William Ruto and Brazilian President Luiz Inacio Lula da Silva signed a trade "
    "agreement on Friday. Earlier, Lula held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on May 12.",
    "룰라 브라질 대통령과 윌리엄 루토 케냐 대통령은 15일 나이로비에서 무역 협정에 서명했다. 룰라 대통령은 앞서 12일 "
    "아디스아바바에서 아비 아머드 에티오피아 총리와 회담했다.",
])
def test_joint_act_meeting_beside_an_earlier_stop(text):
    found = meetings(text)
    pair = [e for e in found if names(e) == PAIR]
    assert len(pair) == 1 and pair[0].date == DAY, [(sorted(names(e)), e.date) for e in found]
    assert len(found) == 2


def test_the_day_closing_a_place_phrase_dates_the_pair_of_its_where_clause():
    """'... followed Ruto's stop in Brasilia on Monday, where he and Lula pledged ...': Monday ends the place's own
    phrase, so it dates the pair's meeting there (meeting_implied.pair_dates), which then stands beside the talks
    of another day the story leads with. (English: Korean tells such a stop by a clause of its own.)"""
    text = ("NAIROBI, May 15 -- Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in "
            "Nairobi on Friday. The tour followed Ruto's stop in Brasilia on Monday, where he and Brazilian "
            "President Luiz Inacio Lula da Silva pledged to expand trade.")
    found = meetings(text)
    pair = [e for e in found if names(e) == PAIR]
    assert len(pair) == 1 and pair[0].date == date(2026, 5, 11), [(sorted(names(e)), e.date) for e in found]
