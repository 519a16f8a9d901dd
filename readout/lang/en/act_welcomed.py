"""(groups1) A welcome of an accord named without its parties ('welcomed the ceasefire', 'welcomed the agreement as a
step toward peace', 'hailed the deal'): the SUPPORT is given to the parties of the last accord the story told, as
'concerned about the pact' judges them (pipeline/act_recipients.judged_measure, `judged_kinds` AGREE).

Why: the welcome names what it welcomes, not who made it; with no owner before the noun ("Peru's decision" names
one) the sides are the accord's, told before. The nouns are the lexicon's `welcomed_accord_nouns`."""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_window import skip_adverbs

REACH = 4  # words from the verb to the accord noun ('the new border agreement')


def welcomed_accords(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """SUPPORT verbs whose object is an unowned accord noun, marked to answer the last accord told."""
    nouns = frozenset(lexicon("en").get("welcomed_accord_nouns", ()))
    out = []
    for h in hits:
        if h.type == "SUPPORT" and not h.nominal and not h.negated and not h.data.get("target_spans") \
                and accord_object(toks, h, nouns, cues):
            h = replace(h, data=dict(h.data, answers=True, judged_kinds=[("AGREE", None)]))
        out.append(h)
    return out


def accord_object(toks: list[Token], hit: ActHit, nouns: frozenset[str], cues: Cues) -> bool:
    """The verb's object opens with a determiner or adjectives and reaches an accord noun, with no capitalized word
    (an owner or a name: "Peru's deal", 'the Lima accord') and no preposition before it."""
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    for k in range(j, min(len(toks), j + REACH)):
        t = toks[k]
        if not t.word or t.low in cues.prepositions or (t.raw[:1].isupper() and k > 0):
            return False
        if t.low in nouns:
            return True
    return False
