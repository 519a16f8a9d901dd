"""(council45) What an envoy asks of a council told by its bare noun after its full name: the council is the one
asked (UNO), never the state named nearby ('demanded that the council attach a deadline ..., a proposal Britain
refused'; '안보리가 ...해야 한다고 주장했다'). A bare 'council' with no body named before keeps what was read."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 9, 3)


@pytest.mark.parametrize("text", [
    "The U.N. Security Council met on Tuesday on Sudan. Brazil's ambassador demanded that the council attach a "
    "deadline to the embargo on Sudan, a proposal Britain and its allies refused to take up.",
    "The Security Council voted on the draft on Tuesday. Brazil's envoy insisted that the council instead set a review "
    "date for the measures against Sudan.",
    "유엔 안전보장이사회가 2일 수단 문제로 회의를 열었다. 브라질 대사는 안보리가 수단 제재에 시한을 둬야 한다고 주장했다.",
])
def test_a_demand_put_to_the_council_asks_the_un(extract, text):
    requests = [e for e in events_of(extract(text, published=DAY), "REQUEST") if "BRA" in {p.country for p in e.participants}]
    assert requests and all({r.country for r in e.recipients} == {"UNO"} for e in requests), \
        [[r.country for r in e.recipients] for e in requests]


def test_a_council_the_story_never_named_is_not_the_un(extract):
    text = "The city council of Lyon met on Tuesday. France's minister urged the council to act."
    requests = events_of(extract(text, published=DAY), "REQUEST")
    assert all("UNO" not in {r.country for r in e.recipients} for e in requests)
