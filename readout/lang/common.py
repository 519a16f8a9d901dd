"""Small text rules that every language shares (an e-mail address makes a short line a byline)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from readout.model import Place, Span

if TYPE_CHECKING:
    from readout.kb.geo import GeoEntry

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\[email\s*protected\]")


def email_line(line: str, max_chars: int) -> bool:
    return ("@" in line or "[email" in line) and len(line) <= max_chars and bool(EMAIL_RE.search(line))


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the (start, end) spans (a name or title already taken)."""
    return any(a <= pos < b for a, b in spans)


ONWARD_REACH = 60  # characters before a place where a later journey's words are looked for


def mark_onward(text: str, offset: int, places: list, onward_re: re.Pattern) -> list:
    """Places that are the destination of a journey made after what the sentence reports first ('met X before
    traveling to Busan', 'X와 면담한 뒤 부산을 방문할 예정'): `onward` in their data, so a meeting before
    them is not placed there. `places` carry absolute offsets; `text` starts at `offset`."""
    for place in places:
        start = place.span.start - offset
        if onward_re.search(text, max(0, start - ONWARD_REACH), start):
            place.span.data["onward"] = True
    return places


HEARD = "heard"  # (places56) a place's mark: read by sound, not from a table (pipeline/person_towns reads it)


def to_place(entry: "GeoEntry", form: str, start: int, end: int, locative: bool) -> Place:
    """The place a gazetteer entry names at [start, end) (absolute offsets), as the text wrote it (`form`);
    `locative`: something happens there ('in Lima', '리마에서'), not a mere mention."""
    names = list(dict.fromkeys([n for n in (*entry.names, form) if n != entry.name]))
    return Place(Span(start, end, "place", {"locative": locative}), entry.name, names, entry.country,
                 entry.lat, entry.lon, entry.kind)
