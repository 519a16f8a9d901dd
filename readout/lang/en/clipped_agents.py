"""(places60, issue 14) A clipped people's name in the singular before a state's agent noun ('Aussie troops', 'Brit
soldiers', 'Yank diplomats') names that state's agents, as 'Australian troops' does.

Why: places59b took the singular clippings out of the forms' table (lang/en/country_forms.forms_table), because the
singular premodifies trades and things as often as it names a people ('Kiwi growers', the fruit's; 'Aussie farmers',
'Kiwi fruit'); since then 'Aussie troops' named no state. A state's agents are the one place the singular is the
people's word and no trade's: the noun after it is an agent noun of the English agent table (lang/en/agents.agent_after)
whose sector is one of a state's own (lexicon en `clipped_demonym_agent_sectors`: forces, police, officials), never a
trade, a crowd or a profession (AGR, CVL, BUS: 'Aussie farmers', 'Kiwi tourists'). Limits: the capitalized clipping
only (lower case is the fruit or the verb); an agent noun the agent table does not list ('peacekeepers') is not read,
as it is not after 'Australian' either."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en.agents import agent_after
from readout.lang.en.country_forms import clipped_demonyms
from readout.model import CountryMention


@budget.table()
def clipped_before_re() -> re.Pattern:
    """A capitalized singular clipping (lexicon en `clipped_demonyms`) as a whole word, then spaces and a lower-case word."""
    forms = "|".join(sorted(map(re.escape, clipped_demonyms()), key=len, reverse=True))
    return re.compile(rf"\b(?P<form>{forms})\s+(?=[a-z])")


def clipped_agent_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """The mentions of the singular clippings right before a state's agent noun: the clipping's state, the agent
    noun's sector, the span over both; not where a mention already read covers the clipping."""
    sectors = set(lexicon("en")["clipped_demonym_agent_sectors"])
    out: list[CountryMention] = []
    for m in clipped_before_re().finditer(text):
        agent = agent_after(text, m.end(), named=False)
        if agent is None or agent[1] not in sectors:
            continue  # 'Kiwi growers', 'Aussie farmers': a trade, no state
        start, end = offset + m.start("form"), offset + agent[0]
        if any(c.start < end and start < c.end for c in found):
            continue
        out.append(CountryMention(start, end, [clipped_demonyms()[m.group("form")]], subject=True, sector=agent[1]))
    return out
