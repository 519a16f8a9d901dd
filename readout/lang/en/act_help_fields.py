"""(enwild47) A force gerund after 'in' that closes a cooperative act's phrase names the field the help is for, not a
fight of its own: 'asked X for help in fighting drug gangs', 'sought Russian assistance in fighting jihadist groups',
'will cooperate with Chad in fighting the insurgents'. The request, aid or cooperation is the event; no ASSAULT (nor
other force) is told by the gerund, as 'help fight insurgents' after 'asked X to' tells none.

The gerund must follow 'in' right after the cooperative act's own phrase, with at most a few words between (its
object, 'help', 'with Chad') and no clause break (a comma, semicolon, 'and', 'but', 'while'): 'Kenya sent aid, and
troops succeeded in capturing the town' keeps the capture. A force noun ('in the fighting') is no gerund and is read
as before.
"""
from __future__ import annotations

from readout.lang.base import ActHit

COOPERATIVE = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE", "REQUEST"})  # acts whose field a gerund may name
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # the gerund's types that are no deed there
GAP_WORDS = 4  # words between the cooperative act's phrase and 'in' ('for help', 'with Chad', 'its help')
BREAKS = frozenset({",", ";", ":", "and", "but", "while", "whereas", "after", "before", "as", "when"})


def help_field(text: str, hits: list[ActHit], hit: ActHit) -> bool:
    """Whether `hit`, a force gerund, is the field of a cooperative act just before it ('help in fighting X')."""
    word = text[hit.start:hit.end].split()[0].lower() if text[hit.start:hit.end].split() else ""
    if hit.type not in FORCE or hit.nominal or not word.endswith("ing"):
        return False
    for h in hits:
        if h.type not in COOPERATIVE or h.end > hit.start:
            continue
        gap = text[h.end:hit.start].replace(",", " , ").replace(";", " ; ").split()
        if gap[-1:] == ["in"] and len(gap) - 1 <= GAP_WORDS and not any(w.lower() in BREAKS for w in gap):
            return True
    return False
