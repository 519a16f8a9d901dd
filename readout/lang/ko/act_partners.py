"""The partner of an agreement written inside what is agreed ('B와의 포로 교환에 합의했다', 'B와의 협력 강화에
합의했다', 'B와의 정상회담 개최에 합의').

The comitative 와 followed by the genitive 의 ties B to the next noun, so the clause reader gives B no 'with' role
(right for meetings: 'B와의 회담에서 ... 전달했다' is no meeting of the speaker's with B there), and the agreement had
one side only. For a mutual act (AGREE, COOPERATE) the one the agreed matter is with is the other party: PLOVER
codes both. The partner's span goes to the hit's `partner_spans`, which the pipeline joins to the acting side."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import NOUN_TAGS

MUTUAL_TYPES = frozenset({"AGREE", "COOPERATE"})
PARTNER_REACH = 12  # morphemes back from the verb to a partner inside its object or complement


def agreed_partners(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each verbal mutual act given the 'B와의' partner its own argument names."""
    withs = lex.cue("call_with_particle")  # 와, 과, 하고
    out = []
    for h in hits:
        span = _partner(toks, h.data.get("first", 0), withs) if h.type in MUTUAL_TYPES and not h.nominal else None
        out.append(replace(h, data={**h.data, "partner_spans": (span,)}) if span else h)
    return out


def _partner(toks: list, first: int, withs: frozenset[str]) -> tuple[int, int] | None:
    for k in range(first - 1, max(0, first - PARTNER_REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in ("SF", "EF", "EC", "ETM") or tag == "JX" and form in ("은", "는") or tag == "JKS":
            return None
        if tag == "JKG" and toks[k - 1][1] == "JKB" and toks[k - 1][0] in withs and k >= 2 \
                and toks[k - 2][1] in NOUN_TAGS:
            start = coordinated_start(toks, run_start(toks, k - 2))
            return toks[start][2], toks[k - 2][2] + toks[k - 2][3]
    return None
