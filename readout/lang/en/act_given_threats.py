"""(threat61) A threat noun given to a named side: 'X gave Y an ultimatum', 'X handed Y an ultimatum to withdraw', 'X sent
Y a stern warning'. Y, the indirect object between the verb of giving and the noun, is the one warned.

Why: the noun's own reading looks for its target after it ('an ultimatum to Y'), so the 'to' of an infinitive ('an
ultimatum to withdraw its troops') was read as the target phrase, and Y, before the noun, was no side: the threat had
no receiving side and was dropped. Here a THREATEN noun right after a verb of giving (cue giving_verbs) and a
capitalized name, with at most a determiner and adjectives between, is the giver's threat at that name, read from the
verb (its subject the giver).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

NAME_WORDS = 3  # words of the side's name ('the United States')
MODIFIERS = 3  # words between the name and the noun ('a stern final')


def given_threats(toks: list[Token], hits: list[ActHit], cues) -> list[ActHit]:
    """The hits with each THREATEN noun given to a named side read from the verb of giving, aimed at the name."""
    out = []
    for h in hits:
        i = h.data.get("token")
        if h.type == "THREATEN" and i is not None and 0 < i < len(toks):
            given = giver_and_name(toks, i, cues)
            if given is not None:
                verb, first, last = given
                data = {k: v for k, v in h.data.items() if k not in ("unaddressed", "target_spans", "modality")}
                data.update(token=verb, head_end=verb, target_spans=((toks[first].start, toks[last].end),))
                h = replace(h, start=toks[verb].start, nominal=False, status="occurred", negated=False, data=data)
        out.append(h)
    return out


def giver_and_name(toks: list[Token], i: int, cues) -> tuple[int, int, int] | None:
    """The verb of giving and the first and last tokens of the name before the noun at `i`, or None."""
    k = i - 1
    while k > 0 and i - k <= MODIFIERS and toks[k].word and toks[k].raw.islower() and toks[k].low not in cues.giving_verbs:
        k -= 1
    last = k
    while k > 0 and last - k < NAME_WORDS and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1
    if k == last or k < 0 or toks[k].low not in cues.giving_verbs:
        return None
    return k, k + 1, last
