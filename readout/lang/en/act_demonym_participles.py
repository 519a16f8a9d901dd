"""(enwild47) A past participle between a country's adjective and the noun it modifies describes that noun: 'a Libyan
armed group', 'Malian armed groups', 'a Chadian armed group'. The adjective cannot be the participle's subject (as
act_demonym_nouns reads a noun after it), so the participle is no predicate: no arming (AID), no arrest, no attack
of its own. After 'a'/'an' the adjective may be a person ('an American kidnapped tourists'): there the noun after the
participle must be singular, as 'a' requires of the phrase it opens ('a Libyan armed group'), and a plural object
leaves the verb. The word after the participle is a lower-case noun: no preposition, determiner, adverb, 'by', 'to'
or conjunction ('Malian forces armed by X', 'a Libyan detained in Tunis' keep their verbs). An invariant adjective
('Sudanese', 'Togolese') is also its people's plural, a subject ('Togolese protested outside ...'): only after a
determiner ('a Sudanese armed group') does it modify.

Why here: the walk asks it through act_degree_participles.attributive_past before it reads a verb's object.
Data: the country adjectives of countries.yaml, read by act_demonym_nouns.adjective_kinds.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.en.act_demonym_nouns import PERSON_DETERMINERS, adjective_kinds

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def demonym_past(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the -ed word at token i stands between a country's adjective and the lower-case noun it modifies."""
    if i == 0 or i + 1 >= len(toks) or not toks[i].low.endswith("ed") or not toks[i - 1].word:
        return False
    singular, invariant = adjective_kinds()
    determined = i > 1 and (toks[i - 2].low in cues.determiners or toks[i - 2].low in PERSON_DETERMINERS)
    if toks[i - 1].raw not in singular and not (toks[i - 1].raw in invariant and determined):
        return False  # an invariant one is also a people's plural, the verb's subject ('Togolese protested outside')
    nxt = toks[i + 1]
    if not (nxt.word and nxt.raw[:1].islower()) or nxt.low in cues.prepositions or nxt.low in cues.determiners \
            or nxt.low in cues.adverbs or nxt.low in ("by", "to", "and", "or") or nxt.low.endswith("ly"):
        return False
    person = i > 1 and toks[i - 2].low in PERSON_DETERMINERS  # 'an American kidnapped tourists': a person's verb
    return not (person and nxt.low.endswith("s") and not nxt.low.endswith("ss"))
