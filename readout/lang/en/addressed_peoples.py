"""(enpeople52) A plural demonym alone after 'to' is its state's people, CVL, whichever state it is.

'The president of Ghana apologized to Nigerians' and 'Chile sent food to Peruvians' gave Nigeria's and Peru's
government: plover52 made the demonym the receiving people in the act reader (act_addressed_demonyms), but a state other
than the actor's is received as its country word, and the country word carried the government's sector (none: the
state itself). The phrase names the people it is addressed to, as 'to Peruvian farmers' names farmers. Rule: the
country word's own sector is the citizens' (CVL) where the form is a plural demonym ('Nigerians') or an invariant one
('the Sudanese'), right after 'to' (with 'the' or 'all' between), and its noun phrase ends there (punctuation, the end,
or a preposition or clause word next): 'to Nigerian officials' keeps the officials' sector, 'Nigerians marched' and
'killed three Nigerians' are read as before (only whom an act is addressed to). (people53) So is one right after an
infinitive of help ('sent troops to help Somalis', 'to protect the Sudanese': en lexicon `helped_people_verbs`): the
people helped, not their government; 'to help Somalia' keeps the state.
(koacts55b) So is one counted ('deported 300 Cambodians', 'hundreds of Cambodians', 'three Laotians':
`counted_people`): a number of a state's people is people, CVL, as Korean '캄보디아인 수백 명' reads; 'three Cambodian
officials' keeps the officials' sector (the demonym is no plural there), 'the Cambodians' without a count is read as
before.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en.act_counted_participles import is_count
from readout.lang.en.country_forms import demonyms, invariant_demonyms

ADDRESSED_PEOPLE_SECTOR = "CVL"
PHRASE_ENDS_RE = re.compile(r"(?:\s*[.,;:!?)\"”]|\s*$|\s+(?:in|on|at|for|from|with|over|after|before|during|amid|"
                            r"and|or|who|which|that|as|since|while|when|via|through|across)\b)")
TO_REACH = 32  # characters before the form read for 'to [help] [the|all] '


@budget.table()
def to_before_re() -> re.Pattern:
    """'to', or (people53) 'to' and a verb of help (`helped_people_verbs`), then 'the' or 'all', ending the text."""
    verbs = "|".join(re.escape(v) for v in lexicon("en")["helped_people_verbs"])
    return re.compile(rf"\bto\s+(?:(?:{verbs})\s+)?(?:(?:the|all)\s+)?$", re.IGNORECASE)


def addressed_people_sector(text: str, start: int, end: int, form: str) -> str | None:
    """The citizens' sector for the form at `start`..`end` when it is a plural demonym addressed after 'to' and ends
    its noun phrase; else None."""
    if form in demonyms() and text[end:end + 1] == "s":
        end += 1  # the form without its plural ending
    elif not (form.endswith("s") and form[:-1] in demonyms() or form in invariant_demonyms()):
        return None
    if not (to_before_re().search(text[max(0, start - TO_REACH):start]) or counted_people(text, start)) \
            or not PHRASE_ENDS_RE.match(text, end):
        return None
    return ADDRESSED_PEOPLE_SECTOR


def counted_people(text: str, start: int) -> bool:
    """(koacts55b) Whether the word before the form at `start` counts it: a number no year ('300', 'three'), or a
    count word and 'of' (en lexicon `people_count_words`: 'hundreds of')."""
    before = text[max(0, start - TO_REACH):start].split()
    if not before:
        return False
    if len(before) >= 2 and before[-1].lower() == "of":
        return before[-2].lower() in lexicon("en")["people_count_words"]
    return is_count(before[-1].lower())
