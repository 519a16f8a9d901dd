"""A meeting scheduled in the passive: "Talks between A and B are planned for Friday" (meetfollow66).

CAMEO reads 'plan' + talks as an intent to meet (036, AGREE of the planner). In the passive with no agent the
meeting noun is the verb's subject and no side is said to intend anything: the sentence schedules the meeting,
which the meeting reader takes as a planned CONSULT of the parties it names (`meeting_planned_after_re`). So an
AGREE whose trigger is such a passive over a meeting noun, with no 'by' agent after it, is no act. 'Talks with B
were planned by A' names the planner and keeps the AGREE; the active 'A plans talks with B' keeps it too.
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit

AGENT_BY_RE = re.compile(r"\bby\s")  # the passive's agent
AGENT_REACH = 60  # characters after the verb where a passive's 'by' agent stands ('planned for Friday by Peru')


def scheduled_meeting(hit: ActHit, text: str, lex) -> bool:
    """Whether `hit` is an agentless passive of intending over a meeting noun (see the module docstring)."""
    if hit.type != "AGREE" or not hit.data.get("passive") or not hit.data.get("object"):
        return False
    if not lex.re("meeting_trigger_re").fullmatch(hit.data["object"]):
        return False
    end = text.find(".", hit.end)
    tail = text[hit.end:min(hit.end + AGENT_REACH, end if end >= 0 else len(text))]
    return not AGENT_BY_RE.search(tail)
