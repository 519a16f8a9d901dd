"""(ennoun46, issue 15) Noun acts a negated announcement or a denied plan leaves undone: 'Finland did not announce the
expulsion of X's diplomats', 'denied plans for the expulsion of X's diplomats', 'never ordered a halt of aid to X'.

Why its own module: the clause readers' own negation reads only the words right before a noun act ('no sanctions'),
so a negation that sits on the verb governing the noun ('did not announce', `announcing_verbs`) or a denial of a
plan that holds it ('denied plans for', `plan_denying_verbs` + `plan_nouns`) is read here, on the noun phrase back from the
noun to its verb. The act is then negated, as the verb's own negation makes a verb act (no event), as act_unconfirmed
reads an undone verb of confirming. An affirmed announcement ('announced the expulsion') or a denial of anything but
a plan ('denied the expulsion': a charge of someone else's deed, read by the REJECT readers) is left as it is.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner

PHRASE_REACH = 4  # lower-case words of the noun phrase between the verb (or plan noun) and the act ('any new')
NEGATION_REACH = 3  # words before the announcing verb that negate it ('did not', 'has never', "didn't")


def unannounced_deed(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the noun act at token `i` heads the object of a negated verb of announcing, or of a plan a verb of
    denial governs ('denied plans for the expulsion', 'denied any plan to')."""
    k = phrase_start(toks, i, cues)
    planned = False
    if k >= 2 and toks[k].low in ("for", "of") and toks[k - 1].low in cues.plan_nouns:
        planned = True
        k = phrase_start(toks, k - 1, cues)
    if k < 0 or not toks[k].word or not toks[k].raw.islower():
        return False
    if planned and toks[k].low in cues.plan_denying_verbs:
        return True
    if toks[k].low not in cues.announcing_verbs:
        return False
    before = []
    j = k - 1
    while j >= 0 and len(before) < NEGATION_REACH and toks[j].word:  # within the verb's own words ('did not')
        before.append(toks[j].low)
        j -= 1
    return "only" not in before and any(w in cues.unconfirming_words or w.endswith("n't") for w in before)


def phrase_start(toks: list[Token], i: int, cues: Cues) -> int:
    """The token before the noun phrase that ends at token `i` (its determiners and lower-case modifiers, at most
    `PHRASE_REACH` words): the verb, preposition or plan noun that governs the phrase, or -1."""
    k = i - 1
    while k >= 0 and i - 1 - k < PHRASE_REACH and toks[k].word and toks[k].raw.islower() \
            and toks[k].low not in cues.announcing_verbs and toks[k].low not in cues.plan_denying_verbs \
            and toks[k].low not in cues.plan_nouns and toks[k].low not in cues.clause_breaks \
            and (is_determiner(toks[k].low, cues) or toks[k].low not in cues.prepositions):
        k -= 1
    return k
