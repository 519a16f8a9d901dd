"""(endeny47) A relative clause of saying or naming after a measure's noun tells who judges the measure, never whom it
is aimed at: "Ghana's tariffs [the AU said were fair]", 'Ghana imposed sanctions [that the AU called unfair]'. The
clause is barred from the act's receiving side (lang/en/act_reporting_relatives.py); a noun act keeps its owner as sender
with no target, a verb's measure left with no target is no act, as 'Ghana imposed sanctions.' is none, and a target named beside the clause stays ('sanctions on Togo that the
AU called unfair'). Negative rows: a clause whose verb is a deed of its own (no verb of saying) keeps its reading. The
Korean row (an adnominal clause of saying before the noun) is the same class, still read wrong there. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Ghana's tariffs the AU said were fair took effect on Monday.", ({"GHA"}, set())),
    ("Benin criticized Ghana's tariffs the AU said were fair.", ({"GHA"}, set())),
    ("Ghana imposed sanctions that the AU said were fair.", None),
    ("Ghana imposed sanctions the AU called unfair.", None),
    ("Ghana imposed sanctions on Togo that the AU called unfair.", ({"GHA"}, {"TGO"})),
    ("Ghana's sanctions on Togo, which the AU said were fair, took effect.", ({"GHA"}, {"TGO"})),
    ("Ghana expelled Togolese diplomats the AU said were spies.", ({"GHA"}, {"TGO"})),
    ("가나는 아프리카연합이 부당하다고 말한 제재를 토고에 부과했다.", ({"GHA"}, {"TGO"})),  # relobj47: lang/ko/act_judged_objects
    # negative rows: the clause's own deed, no verb of saying
    ("Ghana condemned the sanctions the EU imposed on Togo.", ({"EUR"}, {"TGO"})),
]


def test_a_stance_stated_in_the_clause_is_its_staters():
    """A stance noun's clause of saying names whose stance is backed: the stater stays the recipient."""
    found = [(countries(e.participants), countries(e.recipients)) for e in events(
        "Benin sympathized with the stance Ghana stated on Friday.") if e.type == "SUPPORT"]
    assert found and found[0][1] == {"GHA"}, found


@pytest.mark.parametrize("sentence, sides", ROWS)
def test_reporting_relatives(sentence, sides):
    found = [e for e in events(sentence) if e.type == "SANCTION"]
    got = [(countries(e.participants), countries(e.recipients)) for e in found]
    if sides is None:
        assert not found, got
        return
    assert got and got[0][0] >= sides[0] and got[0][1] == sides[1], got
