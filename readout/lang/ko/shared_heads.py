"""(enattack52, issue 13) Country words joined before one agent noun share it: '미국과 영국 군대가 기지를 공격했다',
'프랑스 및 독일 정부는'.

Why: the agent phrase after a country word (agent_chains.agent_chain) is read for the word right before it, so in '미국과
영국 군대가' the second state's forces were MIL while the first, whose particle '과' closes its own phrase, stood as
its bare state (GOV); with '및' the first lost its role too and took the receiving side. English 'US and British
forces' already gives both states the head noun's sector (the demonyms modify one noun).

Rule: a country mention that is its country word alone (no agent noun after it) whose text runs to the next country mention through one
joiner of the lexicon (`shared_head_joiners`: 과, 와, 및) and nothing else takes that mention's sector, and its
subject role where the first word had none (a bare '미국 및' has no particle to give one), where that agent is a
state's forces (`STATE_FORCE_SECTORS`: MIL, COP), which states field side by side. A mention with an agent of its own
('미국 정부와 영국 군대가') keeps its own, and an armed group of no state is the second state's alone ('세네갈과 말리
반군이': Senegal's government and Mali's rebels, as English 'Senegal and Malian rebels' reads).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.model import CountryMention
from readout.sectors import STATE_FORCE_SECTORS


def shared_head_sectors(text: str, offset: int, found: list[CountryMention], bare: set[int]) -> list[CountryMention]:
    """`found` (in text order) with each bare mention (its start in `bare`: the country word alone, no agent noun
    after it) joined to the next one's agent noun given that mention's sector."""
    joiners = frozenset(lexicon("ko")["shared_head_joiners"])
    out = list(found)
    for n in range(len(out) - 2, -1, -1):  # from the end: 'A와 B와 C 군대' passes C's sector back along the chain
        first, second = out[n], out[n + 1]
        if first.start not in bare or first.sector is not None or second.sector not in STATE_FORCE_SECTORS \
                or second.start < first.end:
            continue
        if text[first.end - offset:second.start - offset].strip() not in joiners:
            continue
        unmarked = first.particle is None  # no particle of its own (before 및): it takes the second's role
        out[n] = replace(first, sector=second.sector, subject=second.subject if unmarked else first.subject,
                         particle=second.particle if unmarked else first.particle)
    return out
