"""(enwild47) A past participle between a count and the noun it modifies describes the people counted: 'freed 15
jailed rebels', 'pardoned 40 imprisoned protesters', 'seven wounded soldiers'. As after 'two' or 'the'
(act_clause.not_an_act), the participle is no predicate, so it tells no arrest (or any act) of its own. The count is
digits or a spelled number (lang/en/number_words.py); a year is no count (a year before a
past form dates that verb: 'which in 2014 annexed the peninsula'), and the word after the participle is a lower-case
noun: no preposition, determiner, adverb, 'by', 'to' or conjunction ('15 arrested by police' keeps its passive), or
a country's adjective before such a noun ('twelve abducted Cameroonian fishermen', victims48). A verb that needs its
object reads it past such a participle ('freed nine captured fighters': act_walk.object_past_a_verb, victims48).

Why here: the walk asks it through act_degree_participles.attributive_past before it reads a verb's object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.en.number_words import spelled_number
from readout.lang.en.country_forms import adjectives

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

YEARS = range(1900, 2100)  # four digits read as a year, no count of people


def is_count(low: str) -> bool:
    """Digits (with thousands commas) that are no year, or a spelled number above one ('five', 'ten')."""
    digits = low.replace(",", "")
    if digits.isdigit():
        return not (len(digits) == 4 and int(digits) in YEARS)
    return spelled_number(low) > 1  # enfollow48: also 'twelve', 'twenty-five'


def counted_past(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the -ed word at token i stands between a count and the lower-case noun it modifies."""
    if i == 0 or i + 1 >= len(toks) or not toks[i].low.endswith("ed") or not is_count(toks[i - 1].low):
        return False
    nxt = toks[i + 1]
    if demonym_before_noun(toks, i + 1):
        return True  # victims48: 'freed twelve abducted Cameroonian fishermen': the people's state between
    return nxt.word and nxt.raw[:1].islower() and nxt.low not in cues.prepositions and nxt.low not in cues.determiners \
        and nxt.low not in cues.adverbs and nxt.low not in ("by", "to", "and", "or") and not nxt.low.endswith("ly")


def demonym_before_noun(toks: list[Token], k: int) -> bool:
    """(victims48) Token k is a country's adjective right before a lower-case word ('Cameroonian fishermen')."""
    return k + 1 < len(toks) and toks[k].raw in adjectives() and toks[k + 1].word and toks[k + 1].raw[:1].islower()
