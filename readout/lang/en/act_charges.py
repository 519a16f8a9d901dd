"""The means named inside a charge: 'accused X of prolonging the war by sending troops and shells to Y',
'condemned the visit, saying X had become an accomplice by supplying arms' (en23).

The 'by' + -ing phrase after an accusation says how the accused did wrong, in the accuser's words: the sending or
supplying is part of the charge (PLOVER codes the ACCUSE), no act the sentence reports as done that day, and the
sender is the accused, not the accuser the clause opens with. Every act word in that phrase is dropped, up to its
clause's end: punctuation, or 'and' before a finite verb of the accuser's own ('... and urged partners to').
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CHARGE_REACH = 30  # tokens from the accusing verb to the 'by' of its charge ('accused X of Y-ing ... by Z-ing')
PHRASE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "!", "?"})


def charged_means(toks: list[Token], hits: list[ActHit], cues: Cues) -> set[int]:
    """The token indices of the 'by' + -ing phrases that follow an occurred, unnegated verbal ACCUSE in its
    sentence (within `CHARGE_REACH` tokens)."""
    out: set[int] = set()
    for h in hits:
        if h.type != "ACCUSE" or h.nominal or h.negated or h.status != "occurred":
            continue
        end = h.data.get("end_token", h.data["token"])
        for k in range(end + 1, min(len(toks) - 1, end + CHARGE_REACH)):
            if toks[k].low in (";", ":") or toks[k].low == "and" and finite(toks[k + 1].low, cues):
                break  # 'condemned the attack and responded by sending troops': the accuser's own next act
            if toks[k].low in cues.charge_prepositions and toks[k + 1].low.endswith("ing"):
                out |= set(range(k + 1, phrase_end(toks, k + 1, cues)))
                break
    return out


def phrase_end(toks: list[Token], k: int, cues: Cues) -> int:
    """The end (exclusive) of the phrase starting at token k: its punctuation, or an 'and' that opens a finite verb
    ('and urged', 'and said')."""
    for n in range(k, len(toks)):
        if toks[n].low in PHRASE_ENDS:
            return n
        if toks[n].low == "and" and n + 1 < len(toks) and finite(toks[n + 1].low, cues):
            return n
    return len(toks)


def finite(low: str, cues: Cues) -> bool:
    """A past-tense verb form: '-ed' or an irregular past ('sent', 'said')."""
    return low.endswith("ed") or low in cues.irregular_past


def without_charged_means(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less those whose word stands in a charge's means phrase."""
    means = charged_means(toks, hits, cues)
    return [h for h in hits if h.type == "ACCUSE" or h.data["token"] not in means]
