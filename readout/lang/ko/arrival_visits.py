"""(komeet47) A visit that is the purpose of an arrival: '공식 방문을 위해 B에 도착했다', '공식 방문차 B에 도착했다'.

Why: the visit noun names no host, and the country word with 에 before the arrival verb is a place, no party, so the
sentence told no meeting, though English 'arrived in B for an official visit' reads B as the host visited
(lang/en/arrival_visits.py). The state arrived in is the host, as the object of '방문했다' is (lexicon
`arrival_visit_re`: the visit noun, its purpose particle, the place word with 에, then a held arrival). Not an
arrival still ahead ('도착할 예정'), nor an arrival after a visit elsewhere ('B 방문을 마치고 C에 도착했다').
"""
from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=256)
def arrival_visits(pattern: re.Pattern, text: str) -> tuple[tuple[int, int, int], ...]:
    """(host start, host end, visit noun start) of each visit the sentence names as an arrival's purpose."""
    return tuple((*m.span("host"), m.start("visit")) for m in pattern.finditer(text))


def arrival_host(lex, text: str, visit_start: int) -> tuple[int, int] | None:
    """The span of the place arrived in for the visit noun starting at `visit_start`, or None."""
    return next(((a, b) for a, b, at in arrival_visits(lex.re("arrival_visit_re"), text) if at == visit_start), None)


def visited_place(lex, text: str, start: int, end: int) -> bool:
    """The country word at `start`-`end` is the place an arrival for a visit arrived in (the host visited)."""
    return any(a <= start and end <= b for a, b, _ in arrival_visits(lex.re("arrival_visit_re"), text))
