"""(plover54) The mode of a refusal whose rejected proposal holds its content as an infinitive: 'rejected Y's call to
reform its courts' (change), 'rejected calls from Y to lift its sanctions' (yield), 'turned down Y's invitation to hold
talks' (meet).

Why: the manual's REJECT modes are shared with REQUEST and name what was asked and turned down. A rejected proposal
noun took its mode from the rejecting entry's own default ('reject calls': assist, 'reject demand': change) or from
none ('refused the request'), while what was asked stands in the infinitive after the noun (past the owner's 'from Y'
or 'by Y'); `act_yield_contents` reads the noun's 'for'/'of' content, `act_modes.request_modes` an infinitive right
after the verb. Korean puts the same content in a quoted-imperative clause before the demand noun ('개혁하라는 Y의
요구를 거부했다', lang/ko/act_wish_modes.past_demand_owner). Rule: after a rejecting verb, a proposal noun (cue
`proposal_nouns`) within `PROPOSAL_REACH` words, then (after an owner of at most `OWNER_REACH` words opened by 'from'
or 'by') 'to' and a verb: a verb of changing a policy or an institution (cue `change_verbs`) gives 'change'; an act
read at that verb gives the mode a request for it takes (`act_modes.content_mode`: a release or a lifted sanction
asked is yield, talks meet, aid assist). An infinitive naming no act keeps the refusal's mode.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

PROPOSAL_REACH = 6  # words from the rejecting verb to the proposal noun ("rejected the European Union's call")
OWNER_REACH = 5  # words of the owner phrase between the noun and its 'to' ("calls from the Finnish government to")
OWNER_PREPS = frozenset({"from", "by"})


def content_verb(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The token of the verb of the infinitive that holds the content of a proposal noun found from token `j` on,
    else None (no proposal noun before a clause break, or no 'to' after it and its owner)."""
    for p in range(j, min(len(toks), j + PROPOSAL_REACH)):
        if not toks[p].word or toks[p].low in cues.clause_breaks:
            return None
        if toks[p].low in cues.proposal_nouns and toks[p].raw.islower():
            k = p + 1
            if k < len(toks) and toks[k].low in OWNER_PREPS:
                k = next((q for q in range(k + 1, min(len(toks), k + 2 + OWNER_REACH))
                          if toks[q].low in cues.infinitive or not toks[q].word
                          or toks[q].low in cues.clause_breaks), k)
            if k + 1 >= len(toks) or toks[k].low not in cues.infinitive:
                return None
            v = skip_adverbs(toks, k + 1, cues)
            return v if v < len(toks) and toks[v].word else None
    return None


def infinitive_mode(toks: list[Token], hits: list[ActHit], v: int, cues: Cues) -> str | None:
    """The REJECT mode the infinitive's verb at token `v` asks: change for a verb of changing, else the mode a request
    for the act read there takes, else None."""
    from readout.lang.en.act_modes import ceded_power, content_mode, truce_mode  # act_modes imports act_frames

    if toks[v].low in cues.change_verbs:
        return "change"
    asked = next((h for h in hits if h.data["token"] == v and h.type != "REJECT"), None)
    if asked is None:
        return None
    return truce_mode(toks, asked, cues) or ceded_power(asked, cues) or content_mode(asked, "REJECT")  # enacts56:
    # 'rejected B's demand to hand over power': rule itself handed over is a change of leadership


def infinitive_contents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each non-nominal, non-negated REJECT of a proposal whose infinitive content names a mode given
    that mode."""
    out = []
    for h in hits:
        if h.type == "REJECT" and not h.nominal and not h.negated:
            v = content_verb(toks, h.data["head_end"] + 1, cues)
            mode = infinitive_mode(toks, hits, v, cues) if v is not None else None
            h = h.copied(mode=mode) if mode else h
        out.append(h)
    return out
