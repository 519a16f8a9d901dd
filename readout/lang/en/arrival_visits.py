"""(enconsult46) A visit that is the purpose of an arrival or a journey: 'arrived in Laos on Tuesday for an official
visit', 'flew to Vientiane for a three-day state visit'.

Why: the visit noun names no host, and the place arrived in, read as a place ('in Laos', 'in Vientiane'), was no
party, so the sentence told no meeting though the manual's CONSULT visit is the visitor's stay with the host. The
state arrived in, or the state of the capital arrived in, is the host visited, as the object of 'visited' is
(lexicon `arrival_visit_re`: the arrival verb, the place, an optional day, 'for a/an' and the visit's adjectives,
then the visit noun). Not a visit told apart from the arrival ('arrived in X after a visit to Y': Y is no host of an
arrival in X), nor talks the journey is for ('arrived in Geneva for talks with B': a neutral venue is no host).

(enmeet47) A departure names its journey's goal as an arrival does: 'left for Hanoi on a state visit', 'departed
Lima for Quito on an official visit' is the visit begun, hosted by the state of the place left for, as Korean
'방문길에 올랐다' reads. Talks a journey is for with no one named after them ('departed for Tokyo for talks', 'arrived
in Accra for talks on trade') are held with the place's state: talks naming a partner ('for talks with B') or
another proper name in their phrase ('for talks on Iran's programme') name no host.
"""
from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=256)
def arrival_visits(pattern: re.Pattern, text: str) -> tuple[tuple[int, int, int], ...]:
    """(host start, host end, visit noun start) of each visit the sentence names as an arrival's purpose (read once
    per sentence: every name and every meeting word of it asks)."""
    return tuple((*m.span("host"), m.start("visit") if m.group("visit") else m.start("talks"))
                 for m in pattern.finditer(text))


def arrival_host(lex, text: str, visit_start: int) -> tuple[int, int] | None:
    """The span of the place arrived in for the visit noun starting at `visit_start`, or None."""
    return next(((a, b) for a, b, at in arrival_visits(lex.re("arrival_visit_re"), text) if at == visit_start), None)


def visited_place(lex, text: str, start: int, end: int) -> bool:
    """The place word at `start`-`end` is the place an arrival for a visit arrived in: the host's capital standing for
    its state, not only a place ('arrived in Vientiane for a state visit')."""
    return any(a <= start and end <= b for a, b, _ in arrival_visits(lex.re("arrival_visit_re"), text))
