"""(enfix49, issues 13-15) A body's common noun as a relative pronoun's antecedent: 'The bloc, which sent troops to X,
said ...', 'the alliance, which imposed sanctions on X'.

The antecedent reader (act_antecedents) takes a capitalized name before ', which'; a lower-case body noun the story
names its body with ('the bloc', 'the alliance': the lexicon's `body_back_codes`, the nouns `body_references` resolves
to the international body the document named before) was no antecedent, so the relative's act took the main clause's
subject or none and was dropped. The definite noun (with its adjectives: 'the 27-member bloc', 'the military
alliance') is the antecedent's span; the pipeline reads the body there as the act's agent, as it reads 'NATO, which'.
"""
from __future__ import annotations


from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en.act_tokens import Token

DEFINITE = "the"
MODIFIER_REACH = 2  # words between 'the' and the body noun: 'the 27-member trading bloc'


@budget.table()
def body_nouns() -> frozenset[str]:
    """The last words of the lexicon's body nouns ('bloc', 'alliance', 'world body' -> 'body' is left out: a noun of
    two words is matched whole by `body_noun_span`)."""
    return frozenset(k.lower() for k in lexicon("en").get("body_back_codes") or {})


def body_noun_span(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The span of 'the [modifiers] <body noun>' ending at token `j`, or None."""
    nouns = body_nouns()
    for size in (2, 1):  # 'world body', 'trading bloc' before 'bloc'
        k = j - size + 1
        if k < 1 or " ".join(t.low for t in toks[k:j + 1]) not in nouns:
            continue
        for d in range(k - 1, max(-1, k - 2 - MODIFIER_REACH), -1):
            if toks[d].low == DEFINITE:
                return (toks[d].start, toks[j].end) if all(t.word and t.raw.islower() or t.low[:1].isdigit()
                                                            for t in toks[d + 1:k]) else None
    return None
