"""(plover61) The deed a side is kept from: 'banned the party from taking part in the election', 'barred X from
attending the talks', 'stopped protesters from marching on the parliament'. A verb of keeping (`keeping_verbs`: ban,
bar, prohibit, forbid, prevent, stop, block, keep ... from) with 'from' and a gerund after its object: the gerund's act
is what the keeping side forbids or stops, never done by the one kept. PLOVER codes the keeping (COERCE restrict: "the
banning of individuals or organizations from political life"; a ban of a gathering, `prevent` + protest), so the
gerund's act (AGREE of 'taking part', PROTEST of 'marching') is dropped; the keeping verb's own reading stays. The
complement runs from the gerund to the next `draft_content_breaks` (a comma, a semicolon, 'while', 'but').
The Korean counterpart needs no pass: 'X의 선거 참여를 금지했다' is a noun the ban takes as its object, never a verb
of its own (ko_acts: 참여, 출마 + 금지하다)."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OBJECT_REACH = 8  # tokens between the keeping verb and its 'from' (the one kept: 'the main opposition party')


def kept_from_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` without those inside a kept-from gerund's complement (`kept_from_span`)."""
    spans = [span for i, t in enumerate(toks) if t.low in cues.keeping_verbs
             and (span := kept_from_span(toks, i, cues)) is not None]
    if not spans:
        return hits
    return [h for h in hits if not any(first <= h.data["token"] <= last for first, last in spans)]


def kept_from_span(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The first and last tokens of the gerund complement a keeping verb at token i opens with 'from' after its
    object ('banned X from taking part in the vote'), None when no 'from' + gerund follows within the clause."""
    for k in range(i + 1, min(len(toks) - 1, i + 1 + OBJECT_REACH)):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks:
            return None
        if t.low == "from":
            g = toks[k + 1]
            if not (g.word and g.low.endswith("ing") and len(g.low) > 4):
                return None  # 'banned imports from X': a source, no deed kept from
            last = k + 1
            while last + 1 < len(toks) and toks[last + 1].low not in cues.draft_content_breaks:
                last += 1
            return k + 1, last
    return None
