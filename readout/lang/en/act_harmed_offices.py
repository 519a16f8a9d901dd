"""(enpeople52) A titled office as the subject of a passive act of force: the holder is the harmed, of the government.

'The president of Peru was arrested by the army', "Peru's president was detained by police" and 'The Peruvian
minister was detained by police' gave no event while 'Opposition leaders in Peru were detained by police' gave Peru's
police arresting its opposition: the passive's subject is read for people nouns (act_sides.people_subject), and
offices are left out there, since an office before an active verb is its state's own voice, whose country the clause
reader knows. Before a passive of force with a 'by' agent the office is no voice: it suffered the act, as people do.
Rule: such a subject headed by an office noun (`office_nouns`), or by one followed by 'of <state>' (act_sides.state_of),
gives the office's sector (its agent noun's, else the government's) as the people subject, so the pipeline reads it as
the harmed side of the state its words name, the doer a bare force of that state.
"""
from __future__ import annotations

from readout.lang.en.act_armed_ousters import COUP
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_sides import OFFICE_SECTOR, STATE_NAME_WORDS, auxiliary, state_of
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.people_nouns import FORCE_TYPES

OF_REACH = STATE_NAME_WORDS + 2  # tokens from an office to the last of its 'of [the] <state>'


def harmed_office_subject(toks: list, hit, cues: Cues) -> str | None:
    """The sector of an office heading the subject of `hit`, a passive act of force with a 'by' agent ('The president
    of Peru was arrested by the army': GOV); None for any other act or subject."""
    if hit.type not in FORCE_TYPES or hit.nominal or not hit.data.get("passive") or hit.data.get("by") is None \
            or COUP in hit.contexts:
        return None  # 'The president of X was deposed by officers': the coup reader's ousted leader (lead, merge)
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
