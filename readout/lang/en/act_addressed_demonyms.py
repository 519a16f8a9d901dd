"""(plover52) 'The president of Ghana apologized to Ghanaians', 'sent food to Sudanese': a plural demonym standing
alone after 'to' is the people of its state (civilians, CVL), the receiving side of the act addressed to them.

Why: the target reader takes a state's own people as the receiving side only when a people noun of `domestic_actors`
heads the phrase ('to Ghanaian voters', 'to the Ghanaian people'); a demonym alone was read as the country word, with the
government's sector, so 'to Nigerians' gave Nigeria's government and 'to Ghanaians' from Ghana's own president (the
actor's state and sector) no recipient at all. Only after 'to', where the phrase is whom the act is addressed to:
read everywhere as a people noun, 'killed three ethnic Y-ians in X' would make X's civilians of them (plover51b).
Korean names the people with a noun ('가나 국민들에게'), read by its own people nouns.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_people_subjects import CITIZENS, plural_demonym
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.country_forms import invariant_demonyms

ADDRESSED = "to"  # the preposition of whom an act is addressed to


def addressed_demonym(toks: list[Token], start: int, cues: Cues) -> tuple[int, int, str] | None:
    """The character span and sector (the citizens') of a plural demonym that heads the phrase from token `start`, the
    phrase opening right after 'to' ('to Ghanaians', 'to all Sudanese', 'to the Kenyans'), else None. The demonym
    must end the noun phrase (punctuation, a preposition, a clause word next): 'to Ghanaian voters' is the people
    noun's, read before this, and 'to Swiss banks' names no people."""
    if start == 0 or toks[start - 1].low != ADDRESSED:
        return None
    j = start
    while j < len(toks) and toks[j].word and toks[j].low in cues.object_fillers:
        j += 1  # 'to the Ghanaians', 'to all Kenyans'
    if j >= len(toks) or not (plural_demonym(toks[j].raw) or toks[j].raw in invariant_demonyms()):
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.word and not (nxt.low in cues.prepositions or nxt.low in cues.clause_breaks
                                             or nxt.low in cues.relative):
        return None  # the phrase goes on ('to Swiss banks', 'to Kenyans Abroad Forum'): the demonym heads nothing
    return toks[start].start, toks[j].end, agent_sector(CITIZENS)
