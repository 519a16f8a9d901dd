"""The partners of a mutual act: one written inside what is agreed ('B와의 포로 교환에 합의했다', 'B와의 협력 강화에
합의했다', 'B와의 정상회담 개최에 합의').

The comitative 와 followed by the genitive 의 ties B to the next noun, so the clause reader gives B no 'with' role
(right for meetings: 'B와의 회담에서 ... 전달했다' is no meeting of the speaker's with B there), and the agreement had
one side only. For a mutual act (AGREE, COOPERATE) the one the agreed matter is with is the other party: PLOVER
codes both. The partner's span goes to the hit's `partner_spans`, which the pipeline joins to the acting side.

Partners agreed with one by one ('A, B와 각각 양해각서를 체결했다': with A and with B, cue each_adverb): two
agreements, one per pair (the hit is marked `separately`; pipeline/act_pairs.per_partner splits the event), as a
meeting held with each is one per pair (`meeting_splits_pairs`)."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import MUTUAL_TYPES, ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, TOPIC_PARTICLES

PARTNER_REACH = 12  # morphemes back from the verb to a partner inside its object or complement


def agreed_partners(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each verbal mutual act given the 'B와의' partner its own argument names."""
    withs = lex.cue("call_with_particle")  # 와, 과, 하고
    out = []
    for h in hits:
        if h.type not in MUTUAL_TYPES:
            out.append(h)
            continue
        span = _partner(toks, h.data.get("first", 0), withs)
        data = {**h.data, "partner_spans": (span,)} if span else dict(h.data)
        if _each_before(toks, h.data.get("first", 0), withs, lex):
            data["separately"] = True
        out.append(replace(h, data=data) if data != h.data else h)
    return out


def _each_before(toks: list, first: int, withs: frozenset[str], lex: ActIndex) -> bool:
    """'A, B와 각각 (양해각서를) 체결했다': an adverb of each (cue each_adverb) after a 와 partner run, in the act's
    clause."""
    for k in range(first - 1, max(0, first - PARTNER_REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in CLAUSE_EDGE_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            return False
        if tag == "MAG" and form in lex.cue("each_adverb"):
            return toks[k - 1][1] in ("JKB", "JC") and toks[k - 1][0] in withs  # kiwi may tag it JC
    return False


def _partner(toks: list, first: int, withs: frozenset[str]) -> tuple[int, int] | None:
    for k in range(first - 1, max(0, first - PARTNER_REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in CLAUSE_EDGE_TAGS or tag == "JX" and form in TOPIC_PARTICLES or tag == "JKS":
            return None
        if tag == "JKG" and toks[k - 1][1] == "JKB" and toks[k - 1][0] in withs and k >= 2 \
                and toks[k - 2][1] in NOUN_TAGS:
            start = coordinated_start(toks, run_start(toks, k - 2))
            return toks[start][2], toks[k - 2][2] + toks[k - 2][3]
    return None
