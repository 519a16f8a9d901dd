"""(enpeople52) A titled office as the subject of a passive act of force: the holder is the harmed, of the government.

'The president of Peru was arrested by the army', "Peru's president was detained by police" and 'The Peruvian
minister was detained by police' gave no event while 'Opposition leaders in Peru were detained by police' gave Peru's
police arresting its opposition: the passive's subject is read for people nouns (act_sides.people_subject), and
offices are left out there, since an office before an active verb is its state's own voice, whose country the clause
reader knows. Before a passive of force with a 'by' agent the office is no voice: it suffered the act, as people do.
Rule: such a subject headed by an office noun (`office_nouns`), or by one followed by 'of <state>' (act_sides.state_of),
gives the office's sector (its agent noun's, else the government's) as the people subject, so the pipeline reads it as
the harmed side of the state its words name, the doer a bare force of that state.
(actors54) A formal charge in the passive ('The Chilean president was impeached by parliament', 'indicted by
prosecutors': ACCUSE with the lexicon's 'legal' context) is suffered by the office as force is, as the Korean passive
'대통령이 의회에 의해 탄핵됐다' reads (people53b); a charge of no legal context ('was criticized by') is no deed done to it.
"""
from __future__ import annotations

from readout.lang.en.act_armed_ousters import COUP
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_people_subjects import auxiliary
from readout.lang.en.act_people_phrases import OFFICE_SECTOR, STATE_NAME_WORDS, state_of
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.people_nouns import FORCE_TYPES

OFFICE_CHARGES = frozenset({"ACCUSE"})  # actors54: a formal charge ('legal' context: impeach, indict) an office
LEGAL = "legal"                         # suffers as it suffers force (the Korean twin: act_passive_sufferers)
OF_REACH = STATE_NAME_WORDS + 2  # tokens from an office to the last of its 'of [the] <state>'


def lone_proper_agent(toks: list, hit, cues: Cues) -> bool:
    """(actors54) Whether the 'by' phrase of `hit` opens with a capitalized organ's word ('by Congress', 'by the
    Senate'): the knowledge base reads such a bare organ's name as one state's (the United States'), which would have
    another state impeach the office; only a lower-case organ ('by parliament', 'by lawmakers') or one its state's
    word names first ('by the Chilean Senate') reads the office charged."""
    j = next((k for k, t in enumerate(toks) if t.start == hit.data["by"]), None)  # the agent's first word
    if j is None:
        return True
    while j < len(toks) and toks[j].low in cues.determiners:
        j += 1
    return j < len(toks) and bool(toks[j].word) and toks[j].raw[:1].isupper() \
        and agent_sector(toks[j].low) is not None


def harmed_office_subject(toks: list, hit, cues: Cues) -> str | None:
    """The sector of an office heading the subject of `hit`, a passive act of force or formal charge with a 'by'
    agent ('The president of Peru was arrested by the army': GOV); None for any other act or subject."""
    if hit.nominal or not hit.data.get("passive") or hit.data.get("by") is None or COUP in hit.contexts:
        return None  # 'The president of X was deposed by officers': the coup reader's ousted leader (lead, merge)
    if hit.type not in FORCE_TYPES and not (hit.type in OFFICE_CHARGES and LEGAL in hit.contexts
                                            and not lone_proper_agent(toks, hit, cues)):
        return None
    j = hit.data["token"] - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                       or toks[j].low in cues.adverbs):
        j -= 1
    if j < 0 or not toks[j].word:
        return None
    head = j if toks[j].low in cues.office_nouns else next(
        (k for k in range(j - 1, max(j - OF_REACH, -1), -1) if toks[k].low in cues.office_nouns
         and state_of(toks, k) == j), None)
    if head is None:
        return None
    return agent_sector(toks[head].low) or OFFICE_SECTOR
