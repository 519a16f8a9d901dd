"""(actors61) The sector of a passive act's agent after 'by' ('protesters were arrested by police', 'by the Kenyan
riot police': COP), read in the one agent table (lang/en/agents.py) past an article and one or two capitalized words
(a state's adjective or a force's name).

Why: a passive's subject suffers the act and its agent does it; the state came from the story, but the acting side
took the government's sector, so 'arrested by police' read government -> protesters. The pipeline gives the acting
side this sector and the receiving side the sufferer's (pipeline/act_side_entities.passive_sectors), as Korean '경찰에
체포됐다' (lang/ko/act_passive_agents.py).
"""
from __future__ import annotations

from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of

ARTICLES = frozenset({"the", "a", "an"})
MAX_WORDS = 4  # the longest agent phrase ('armed riot police officers')
MAX_NAME_WORDS = 2  # capitalized words before it ('Kenyan', 'Rapid Support')


def agent_sector(toks: list[Token], by: int) -> str | None:
    """The sector of the agent phrase starting at offset `by` (the word after 'by'), or None."""
    k = next((n for n, t in enumerate(toks) if t.start == by), None)
    if k is None:
        return None
    if toks[k].low in ARTICLES:
        k += 1
    for skip in range(MAX_NAME_WORDS + 1):
        if not all(t.word and t.raw[:1].isupper() for t in toks[k:k + skip]):
            return None  # only capitalized words stand before the agent noun
        run = []
        for t in toks[k + skip:k + skip + MAX_WORDS]:
            if not t.word:
                break
            run.append(t.low)
        for n in range(len(run), 0, -1):
            found = sector_of(" ".join(run[:n]))
            if found:
                return found
    return None


JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # verbs that name what they judge: 'condemned as', 'hailed as'


def judged_as_agent(toks: list[Token], end_tok: int, act_type: str, find_by) -> int | None:
    """(ploveren66) The agent of a passive judgement after its 'as' complement ('X's plan was condemned as reckless by
    Y', 'was hailed as a breakthrough by Y', 'was dismissed as a fabrication by Y'): 'as' right after the participle
    opens what the judge named it, not a clause ('arrested as police moved in' is no judgement), so the 'by' agent is
    looked for past it; None when the act judges nothing or no 'as' follows."""
    k = end_tok + 1
    if act_type not in JUDGING_TYPES or k + 1 >= len(toks) or toks[k].low != "as":
        return None
    return find_by(toks, k + 1)
