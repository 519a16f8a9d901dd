"""(enact48) The deed a measure is taken over is its reason, no event of its own: 'froze the assets of officials over
the killing of protesters', 'expelled two diplomats in response to the bombing of its embassy', 'imposed sanctions on
X in retaliation for the attack on its ships'. The reason is told as a noun after a preposition of grounds ('over',
'for', 'in response to', 'in reaction to', 'in retaliation for', 'in protest at/over/against') that follows the
measure in its clause; it happened before the measure, mostly told elsewhere in the story, and the measure is the
news. Read as an act, the noun took its actor from a place or a default ('killing of protesters in X': X's force on
its people) and its day from the measure's.

Only a measure (SANCTION: a freeze, an expulsion, an embargo, ties cut) and only a deed told as a noun ('the killing
of', 'an attack on'): a gerund with its doer named ('sanctioned X for killing protesters') is read as before, as
the ground of a condemnation keeps its deed (accuse66, docs/coding-choices.md), and a condemnation's deed noun stays
the judged act it is. A clause break between the measure and the preposition (';', ', and', 'but', 'while') leaves
the deed its own.
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit

MEASURES = frozenset({"SANCTION"})
REASON_REACH = 90  # characters from the measure's end to the deed's word
# the words from the measure's end to the deed noun: no clause break, then a preposition of grounds, a determiner or
# an owner, and up to two modifiers ('over the brutal killing of', 'for last week's attack on')
REASON_GAP_RE = re.compile(
    r"(?i)(?:(?![;:]|,\s*(?:and|but|while)\b|\b(?:and|but|while|after|before|as|when)\s)[^.!?])*?"
    r"\b(?:over|for|in\s+(?:response|reaction)\s+to|in\s+retaliation\s+(?:for|against)|in\s+protest\s+(?:at|over|against)"
    r"|as\s+punishment\s+for)\s+"
    r"(?:the|a|an|its|their|this|that|these|those|last\s+\w+(?:'s|’s)|[A-Z][\w.-]*(?:'s|’s|s'))\s+"
    r"(?:[\w-]+\s+){0,2}$")


def measure_reason(hit: ActHit, hits: list[ActHit], text: str) -> bool:
    """Whether `hit`, a deed noun, is the reason a measure before it in its clause was taken for."""
    if not hit.nominal or hit.type in MEASURES:
        return False
    return any(m.type in MEASURES and m.end <= hit.start and hit.start - m.end <= REASON_REACH
               and REASON_GAP_RE.fullmatch(text, m.end, hit.start) for m in hits)
