"""Guarded state names that are also a US state or a given name (Georgia, Jordan, Chad; 조지아, 차드): the
state in a world-news clause in any role (the sentence names another state, no word of the other reading
stands in it, no capitalized word touches the name), never a person or the US state."""
from datetime import date

import pytest

from readout.api import extract_text


def sides(text: str) -> tuple[list[str], list[str]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return (sorted({p.country for e in events for p in e.participants if p.country}),
            sorted({p.country for e in events for p in e.recipients if p.country}))


@pytest.mark.parametrize("text, acting, receiving", [
    # the state as the receiving side of a world-news clause
    ("Azerbaijan accused Georgia of blocking the pipeline.", ["AZE"], ["GEO"]),
    ("Syria condemned Jordan on Thursday.", ["SYR"], ["JOR"]),
    # charges50: the charged shelling is Chad's deed too, so Chad also acts
    ("Cameroon accused Chad of shelling the border town.", ["CMR", "TCD"], ["TCD"]),
    # as the acting side, as before
    ("Georgia accused Turkey of violating the agreement.", ["GEO"], ["TUR"]),
    ("Jordan condemned Syria on Friday.", ["JOR"], ["SYR"]),
    # a person or the US state: never the state
    ("Senator Jim Jordan accused Canada of violating the agreement.", [], []),
    ("Chad Wolf accused Mexico of violating the agreement.", [], []),
    ("The governor accused Georgia of violating the agreement with Mexico.", [], []),
    ("Trump accused Georgia of rigging the count.", [], []),
])
def test_english_world_clause(text, acting, receiving):
    got_acting, got_receiving = sides(text)
    assert "GEO" not in got_acting + got_receiving or "GEO" in acting + receiving
    assert [c for c in got_acting if c in ("GEO", "JOR", "TCD")] == [c for c in acting if c in ("GEO", "JOR", "TCD")]
    assert [c for c in got_receiving if c in ("GEO", "JOR", "TCD")] == [c for c in receiving if c in ("GEO", "JOR", "TCD")]


@pytest.mark.parametrize("text, acting, receiving", [
    ("아제르바이잔은 조지아를 강하게 비난했다.", ["AZE"], ["GEO"]),
    ("카메룬은 차드를 강하게 비난했다.", ["CMR"], ["TCD"]),
    ("조지아는 튀르키예를 강하게 비난했다.", ["GEO"], ["TUR"]),
    ("조지아 주지사는 멕시코를 강하게 비난했다.", [], ["MEX"]),
    ("트럼프는 조지아를 강하게 비난했다.", [], []),
])
def test_korean_world_clause(text, acting, receiving):
    got_acting, got_receiving = sides(text)
    assert [c for c in got_acting if c in ("GEO", "TCD", "AZE", "CMR")] == [c for c in acting if c != "TUR"]
    assert [c for c in got_receiving if c in ("GEO", "TCD")] == [c for c in receiving if c in ("GEO", "TCD")]
