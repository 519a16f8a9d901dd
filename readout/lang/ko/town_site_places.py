"""(towns48, issue 13) A town's site before another noun is where a deed fell, not who did it: '하르키우의 병원 공습',
'X 학교 포격으로': the air strike on the town's hospital, not the hospital's air strike.

place_agent_mentions (agents.py) reads a city before an agent noun as its state acting through that agent ('예레반의
시위대는', 'X의 병원은'). A site that is also an agent noun (the act lexicon's settlement_noun whose agent sector is no
office: 병원, 학교, 교회; not 시장, a mayor) closes no phrase of its own when it carries no particle and another noun
follows: it modifies that noun ('병원 공습', '학교 포격') as its object, so the town names no party there, only the place.
With its own particle ('X의 병원은', 'X의 병원을') the site stays the agent or the target it was.
"""
from __future__ import annotations
from readout.lang.ko.act_table import act_index

OFFICE_SECTOR = "GOV"  # '시장': a mayor as often as a market


def site_nouns() -> frozenset[str]:

    return act_index().cue("settlement_noun")  # already a frozenset, shared: no copy per call


def site_before_noun(words: list, last: int, sector: str | None) -> bool:
    """The agent phrase ending at word `last` is a town's site modifying the noun after it."""
    w = words[last]
    return (sector != OFFICE_SECTOR and not w.particle and not w.has_verb and last + 1 < len(words)
            and not words[last + 1].has_verb and w.noun in site_nouns())
