"""(victims48, issues 13, 15) The place after an attack's 'by' agent that already names its state: 'in an attack by
Russian forces in Ukraine', 'a raid by Chadian troops in Niger'.

Why: the agent's noun phrase takes an 'in' phrase as its own modifier ('by rebels in the north of X': X's rebels,
lang/en/act_noun_agents AGENT_LINKS), so with a state word before it both states were the agent's, and the attack put
both on both sides (each acting, each receiving).

Rule: an ASSAULT nominal's `agent_span` whose words before an 'in' name a state (a country form: 'Russian', 'Chad's')
ends before that 'in': the phrase after it is where the attack fell, whose state the pipeline gives the victims as
before ('Five civilians ... in X': X's civilians). So for a passive verb's agent: 'were killed by Russian forces in X'
names X as no agent (name_role_anchors.passive_role asks `placed_after_agent`). An agent naming no state before 'in' keeps it ('by rebels in X',
'by gunmen in the north of X': the place's own armed groups).
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.countries import matches

ASSAULT = "ASSAULT"
IN_RE = re.compile(r"\s+in\s+")
BY_IN_RE = re.compile(r"\bby\s+(.+?)\s+in\s+(?:the\s+)?$")


def agent_places(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The attacks whose 'by' agent names its state before an 'in', the agent ended before the 'in'."""
    return [ended(text, h) for h in hits]


def ended(text: str, hit: ActHit) -> ActHit:
    span = hit.data.get("agent_span")
    if hit.type != ASSAULT or not hit.nominal or not span:
        return hit
    lo, hi = span
    link = IN_RE.search(text, lo, hi)
    if link is None or not names_a_state(text[lo:link.start()]):
        return hit
    return replace(hit, data={**hit.data, "agent_span": (lo, link.start())})


def names_a_state(words: str) -> bool:
    """Whether `words` hold a country form ('Russian forces', "Chad's army")."""
    return any(True for _ in matches(words))


def placed_after_agent(gap: str) -> bool:
    """Whether the words between a passive verb and a name end in 'by' and an agent naming its state, then 'in'
    (' by Russian forces in '): the name is the place of the deed, no agent (name_role_anchors.passive_role)."""
    found = BY_IN_RE.search(gap)
    return found is not None and names_a_state(found.group(1))
