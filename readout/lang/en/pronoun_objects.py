"""(acts60, issue 13) A pronoun object of a verb of stopping read as the noun it stands for: 'signed a trade pact with
X in May, but froze it on Monday', 'held talks with X. On Monday it suspended them', 'promised loans to X but later
halted them'.

Why: the lexicon's entries of a stopped supply, tie or deal need the noun as the verb's object ('froze the assets',
'suspended the talks': SANCTION, CAMEO 16x); with a pronoun there no entry matched, and the stop went uncoded. The
pronoun stands for the nearest noun of the right class before it (`aid_antecedents`, `tie_antecedents`) in its
own sentence, else in the sentence before (the text the pipeline hands as `before`), whose number it agrees with
('it': a singular or mass noun, 'them': a plural); the walk then reads the verb with that noun at the pronoun's
place, so the verb's own entry decides type and mode. A noun of its own sentence lends its side too: the capitalized
name after its 'to'/'for'/'with' ('aid to X') receives the stop (`antecedent_sides`). Limits: only the verbs of
stopping (`aid_stopping_verbs`); a pronoun of another noun before the right one ('halted it', 'it' the offensive)
is read as the nearest listed noun all the same when the sentence names one.
"""
from __future__ import annotations

from dataclasses import replace

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_tokens import LOW, Token, tokenize

SINGULAR, PLURAL = "it", "them"  # the object pronouns, by the number of the noun they stand for
PRONOUNS = frozenset({SINGULAR, PLURAL})
SIDE_WORDS = frozenset({"to", "for", "with"})  # the word before the side a supply or a tie is with ('aid to X')
BEFORE = -1  # the antecedent index of a noun found in the sentence before


@budget.table()
def pronoun_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns a pronoun object may stand for, and every form of the verbs of stopping (the lexicon's entries of
    the lemmas `aid_stopping_verbs` lists)."""
    from readout.lang.act_lexicon import load_act_lexicon  # imported when first asked, as lang/en/withheld_aid does

    lexicon = load_act_lexicon("en")
    lemmas = lexicon.cue("aid_stopping_verbs")
    forms = frozenset(f for e in lexicon.entries if e.lemma in lemmas for f in e.forms)
    return lexicon.cue("aid_antecedents") | lexicon.cue("tie_antecedents"), forms


def agrees(pronoun: str, noun: str) -> bool:
    """Whether the pronoun may stand for the noun by number ('them' for 'talks', 'it' for 'aid')."""
    return noun.endswith("s") == (pronoun == PLURAL)


def antecedent_objects(toks: list[Token], before: str) -> tuple[list[Token], dict[int, int]]:
    """The walk's tokens with each pronoun object of a verb of stopping replaced by the noun it stands for (the noun's
    word at the pronoun's offsets), and, for each replaced pronoun, the index of its noun in `toks` (`BEFORE` when
    the noun stood in the sentence before, `before`'s text, tokenized only when asked)."""
    if PRONOUNS.isdisjoint(map(LOW, toks)):
        return toks, {}  # most sentences: no object pronoun, nothing to read
    nouns, verbs = pronoun_cues()
    found: dict[int, int] = {}
    out = toks
    for i in range(1, len(toks)):
        if toks[i].low not in PRONOUNS or toks[i - 1].low not in verbs:
            continue
        k = next((j for j in range(i - 2, -1, -1) if toks[j].low in nouns and agrees(toks[i].low, toks[j].low)), None)
        word = toks[k].low if k is not None else next(
            (t.low for t in reversed(tokenize(before)) if t.low in nouns and agrees(toks[i].low, t.low)), None)
        if word is None:
            continue
        out = out if out is not toks else list(toks)
        out[i] = toks[i]._replace(low=word, raw=word)
        found[i] = BEFORE if k is None else k
    return out, found


def antecedent_sides(toks: list[Token], hits: list[ActHit], found: dict[int, int]) -> list[ActHit]:
    """Each hit whose object is a replaced pronoun with the side its noun was named with ('aid to X', 'a pact with
    X') among its `target_spans`, when a capitalized name follows the noun's side word."""
    out = []
    for h in hits:
        k = found.get(h.data.get("object_token", -1), BEFORE)
        if k != BEFORE and k + 2 < len(toks) and toks[k + 1].low in SIDE_WORDS and toks[k + 2].raw[:1].isupper():
            side = (toks[k + 2].start, toks[k + 2].end)
            h = replace(h, data={**h.data, "target_spans": (side, *h.data.get("target_spans", ()))})
        out.append(h)
    return out
