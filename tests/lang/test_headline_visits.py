"""(ploveren71) A headline's present 'visits' between its subject and a named place ('Kenyan leader visits Somalia')
is the verb of a visit made: CONSULT visit, the visitor and the host its parties (lang/en/clauses.trigger_kind,
clause lexicon `headline_visit_re`). The plural noun stays a noun: after a determiner, a possessive, a number, a
preposition or a visit adjective ('his visits to Chile', 'two state visits'), or with no name after it. Korean
headlines end on the noun ('몽골 대통령, 카자흐스탄 방문'): the headline's predicate, the bare country word before it the
host (kohead46: tests/lang/test_headline_meeting_nouns.py). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events


def xfail(reason: str, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


ROWS = [
    ("Kenyan leader visits Somalia", {"KEN", "SOM"}),
    ("Mongolian president visits Kazakhstan", {"MNG", "KAZ"}),
    ("Uruguayan foreign minister visits Paraguay for trade talks", {"URY", "PRY"}),
    # negative rows: the plural noun makes no visit
    ("The minister's visits Monday were brief.", set()),
    ("The Uruguayan president often makes visits abroad.", set()),
    ("Two state visits Paraguay planned were postponed.", set()),
    ("몽골 대통령, 카자흐스탄 방문", {"MNG", "KAZ"}),  # kohead46: lang/ko/meeting_moments.headline_predicate
    ("우루과이 외교장관, 파라과이 국빈 방문", {"URY", "PRY"}),
    # negative rows: a Korean visit noun a comma makes the topic, or one awaited
    ("몽골 대통령 카자흐스탄 방문, 경제 효과는", set()),
    ("우루과이 대통령은 파라과이 방문을 앞두고 기자회견을 열었다.", set()),
]


@pytest.mark.parametrize("headline, parties", ROWS)
def test_headline_visits(headline, parties):
    found = [e for e in events(headline) if e.type == "CONSULT" and e.status == "occurred"]
    if not parties:
        assert not found, [(e.mode, countries(e.participants)) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(headline)]
    assert countries(found[0].participants) == parties and found[0].mode == "visit", (found[0].mode, countries(found[0].participants))
