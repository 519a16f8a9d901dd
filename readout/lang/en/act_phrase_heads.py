"""(plover57, issue 15) A verb's bare form that heads a singular noun phrase before the clause's own past verb is a
noun: 'The Norwegian wealth fund posted a record return', "Norway's sovereign wealth fund posted ...".

Why: the walk reads 'fund' as the AID verb (CAMEO 'fund'), and the noun phrase's state as its giver. English puts no
bare present verb after a singular subject ('the fund funds', never 'the wealth fund'), and a present verb followed
straight by a past form has no object there; so a bare form (the lemma itself, not '-s', '-ed' or '-ing') that
(1) closes a phrase opened by a determiner or a possessive ('the', "Norway's") whose words between are all
singular modifiers (no plural '-s', no '-ly' adverb, no auxiliary, modal or 'to'), and (2) is followed by a
lower-case '-ed' word, is the phrase's head noun. 'Donors fund displaced families' (a plural subject), 'the US will
fund trained medics' (a modal) and 'the fund's managers funded ...' are read as before, and so is a head that is an
act noun of its own ('A rebel attack killed two policemen': the lexicon has a noun entry for the word; the caller,
act_clause.not_an_act, asks).
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PHRASE_REACH = 4  # modifiers between the determiner and the head ('the Norwegian state wealth fund')


def noun_phrase_head(toks: list[Token], i: int, lemma: str, cues: Cues) -> bool:
    """Whether the bare verb form at token i heads a singular noun phrase that a past verb follows."""
    if toks[i].low != lemma or i + 1 >= len(toks) or i < 2:
        return False
    after = toks[i + 1]
    if not (after.word and after.raw[:1].islower() and after.low.endswith("ed")):
        return False
    j = i - 1
    while j >= 0 and i - j <= PHRASE_REACH and singular_modifier(toks[j], cues):
        j -= 1
    return j >= 0 and j < i - 1 and phrase_opener(toks[j], cues)


def singular_modifier(tok: Token, cues: Cues) -> bool:
    """A word that may stand inside a singular noun phrase before its head: no plural or adverb ending and no
    word of a verb group (auxiliary, modal, 'to', adverb) and no determiner."""
    low = tok.low
    return tok.word and not low.endswith(("s", "ly", "'")) and low not in cues.determiners \
        and low not in cues.adverbs and low not in cues.future_auxiliaries and low not in cues.support_auxiliaries \
        and low not in cues.be and low not in cues.perfect_auxiliaries and low not in cues.infinitive


def phrase_opener(tok: Token, cues: Cues) -> bool:
    """A determiner of a singular phrase ('the', 'a', 'its') or a possessive name ("Norway's")."""
    return tok.low in cues.determiners or tok.low.endswith(("'s", "s'"))
