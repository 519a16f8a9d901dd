"""(actors60b, issue 14) Whose desk an English dateline is: the outlet's home desk, or a correspondent abroad.

Why: an outlet files the world's news from its home city as well as its home's ('SEOUL (Yonhap) -- Protests went on
across Peru. Police arrested ...': Peru's police, written in Seoul), as a Korean wire's '(서울=연합뉴스)' does (lang/ko
`home_desk`); a dateline elsewhere is a correspondent filing where the news happens, abroad from the outlet's home
(`files_abroad`: 'DAKAR -- Malian troops shelled ... The army urged ...', a story of the forces acting there). The
outlet's home is read from the dateline: a bracket naming a wire ('(Yonhap)', '(Kyodo)') has that wire's state, the
knowledge base's (an organization of the press sector, `JRN`, in organizations.yaml); a bracket naming a wire the
knowledge base does not hold has none known, and its dateline is neither (as every English dateline was before: such a
wire's bureau may be its home desk, 'OSLO (NTB)', or abroad, and the story's own words decide); no bracket ('SEOUL --')
is the outlet's own dateline, of the lexicon's `dateline_home` (the English services of the press this reader serves,
as Korean's). The home is marked on the dateline place's span when the dateline is read.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import kb

PRESS_SECTOR = "JRN"  # the knowledge base's sector of news agencies and papers
BRACKET_RE = re.compile(r"\(([^()]{2,30})\)")  # a dateline's bracket: the wire's name
OUTLET_HOME = "outlet_home"  # the dateline place's span mark: the state of the outlet filing it ('' for none known)


@budget.table()
def agency_homes() -> dict[str, str]:
    """Each English name of a press organization of the knowledge base (lower case) with its state."""
    return {name.lower(): org.country for org in kb().organizations
            if getattr(org, "sector", None) == PRESS_SECTOR and org.country for name in getattr(org, "en", None) or ()}


def outlet_home(dateline: str, default: str) -> str:
    """The home state of the outlet filing the dateline: its bracket's wire's ('SEOUL, May 3 (Yonhap) --': KOR), ''
    for a wire the knowledge base does not hold ('NAIROBI (Wire) -'), `default` with no bracket ('DAKAR --')."""
    bracket = BRACKET_RE.search(dateline)
    return agency_homes().get(bracket.group(1).strip().lower(), "") if bracket else default


def mark_outlet_home(place, dateline: str, default: str):
    """The dateline's place with its outlet's home state marked on its span (`OUTLET_HOME`)."""
    if place is not None:
        place.span.data[OUTLET_HOME] = outlet_home(dateline, default)
    return place


def filed_at_home(place, default: str) -> bool:
    """Whether the place is in its outlet's home state (`default` for a place read with no mark)."""
    return place.country is not None and place.country == place.span.data.get(OUTLET_HOME, default)


def filed_away(place, default: str) -> bool:
    """Whether the place is outside its outlet's home state, that home known (`default` for a place read with no
    mark); a wire the knowledge base does not hold files neither at home nor away."""
    home = place.span.data.get(OUTLET_HOME, default)
    return place.country is not None and bool(home) and place.country != home
