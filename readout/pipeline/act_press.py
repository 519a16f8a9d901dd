"""(request61) A request put only to the asker's own press ('The Chilean foreign minister asked reporters to wait for the
statement', '기자들에게 발표를 기다려 달라고 요청했다'): a speaker's word to the audience of a briefing, no act between
sides. PLOVER's REQUEST asks a party to act; reporters at a briefing are the channel the statement goes out on, and
the journalists of the speaker's own state were made its receiving side only because no other side was named.
Reporters of another state asked to do something ('urged Peruvian journalists to leave the border area') stay: a
state's request to foreigners.
"""
from __future__ import annotations

PRESS_SECTOR = "JRN"  # the manual's media sector
ASKED = frozenset({"REQUEST"})


def press_addressed(kind: str, acting: list, receiving: list) -> bool:
    """Whether a request's receiving sides are all the press of a state among its acting sides."""
    own = {getattr(e, "country", None) for e in acting}
    return kind in ASKED and bool(receiving) and all(
        getattr(e, "sector", None) == PRESS_SECTOR and getattr(e, "country", None) in own for e in receiving)
