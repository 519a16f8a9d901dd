"""(actors61) The sector of a passive act's named agent ('시위대가 경찰에 체포됐다', '야당 대표가 X 경찰에 의해 체포됐다': the
police, COP): the agent's head noun read in the agent table (lang/ko/agents.py), a compound's head too ('연방경찰').

Why: a passive's subject suffers the act and its agent does it; the agent span already gives the acting state, but
the acting side took the government's sector (or, with the police's state named, the receiving side took the
police's), so 'arrested by the police' read government -> police instead of police -> the arrested. The pipeline
gives the acting side this sector and the receiving side the sufferer's (pipeline/act_build.passive_sectors).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.agents import compound_sector, sector_of
from readout.lang.ko.tags import NOUN_TAGS


def agent_sector(toks: list, span: tuple[int, int]) -> str | None:
    """The sector of the last noun run inside the agent span (character offsets), or None where its head names no
    agent ('러시아에 의해': a state, which the pipeline reads as one)."""
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    if not inside:
        return None
    end = inside[-1]
    start = run_start(toks, end)
    for m in range(start, end + 1):  # '페루 경찰': the longest tail of the run that is an agent noun
        found = sector_of(joined(toks, m, end))
        if found:
            return found
    return compound_sector(toks[end][0])
