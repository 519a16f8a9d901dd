"""(acts58, issues 13/15) A relative clause whose pronoun is its verb's object: 'Moldova, which Russia accuses of
provocations, rejected the plan', 'Peru, which Chile sanctioned last year, ...'.
(act_object_relatives reads a measure on people told so, 'the diplomats whom Kenya expelled', on the head noun; this
reader any verb act whose antecedent is a named side before ', which'.)

Why: the relative's own act has its own sides. Its subject is the name between the pronoun and the verb (the
clause reader finds it), and the pronoun, standing for the name before ', which', is what the verb is done to; the
clause reader cut the clause at its commas, so the antecedent was no side of it and the act (an accusation, a
sanction) had no one to receive it and was dropped. Rule: a verb hit whose required object is missing right after it
(no object word read: `object_token` absent, target `object`), with ', which' or ', whom' before its subject (at most
`SUBJECT_REACH` words, opening with a capitalized word or a determiner), takes the antecedent's span
(act_antecedents.titled_name, a body noun) as its first target span (`target_spans`), read by the pipeline as its receiving side. The main clause
keeps its own subject (the antecedent), as before. Not a subject relative ('X, which fired ...': act_antecedents
reads the antecedent as the doer there), nor a pronoun not after a comma.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_antecedents import titled_name
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.body_antecedents import body_noun_span

OBJECT_PRONOUNS = frozenset({"which", "whom"})  # 'who' opens a subject relative far more often
SUBJECT_REACH = 4  # words of the relative's own subject ('which the Russian government')
OBJECT = "object"
PERFECT = frozenset({"has", "have", "had"})  # 'which Russia has sanctioned'


def antecedent_objects(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The verb hits of an object relative clause, each with the antecedent's span as its first target span."""
    out = []
    for h in hits:
        span = None if h.nominal or OBJECT not in h.target or "object_token" in h.data \
            else object_antecedent(toks, h.data["token"], cues)
        if span:
            h = replace(h, data={**h.data, "target_spans": (span, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


def object_antecedent(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The span of the name before ', which' when the words between 'which' and the verb at `i` are its subject
    (at most `SUBJECT_REACH` words opening with a capitalized word or a determiner, an auxiliary after: 'which Russia
    has sanctioned', 'which the Russian government threatened'), else None."""
    k = i - 1
    while k >= 0 and (toks[k].low in cues.be or toks[k].low in cues.adverbs or toks[k].low in PERFECT):
        k -= 1
    last = k
    while k >= 0 and last - k < SUBJECT_REACH and toks[k].word and toks[k].low not in OBJECT_PRONOUNS \
            and toks[k].low not in cues.clause_breaks:
        k -= 1
    if k == last or k < 2 or toks[k].low not in OBJECT_PRONOUNS or toks[k - 1].raw != ",":
        return None
    if not toks[k + 1].raw[:1].isupper() and toks[k + 1].low not in cues.determiners:
        return None
    return titled_name(toks, k - 2, cues) or body_noun_span(toks, k - 2)
