"""(relclause52, issue 13) The other side of an agreement told only inside what was agreed: '케냐는
소말리아로부터 이주민을 받아들이기로 합의했다', '소말리아에 이주민을 돌려보내기로 합의했다' — no partner with 와/과, but the deed
agreed on comes from or goes to another state, the side the agreement is made toward (its recipient), as English
'agreed to take back migrants from Somalia' reads (lang/en/act_agreed_counterparts). (kopar53a) A promise's content
told V-겠다고 ('소말리아로부터 ... 수입하겠다고 약속했다') is read as a decision's, and goods of a state's origin ('파라과이산
밀을 구매하겠다고': the suffix 산) come from that state, as English 'to buy wheat from Paraguay'.

Read by shape, no list of verbs: an AGREE predicate told as a decision (V-기로 합의했다: the hit `decided`, or its
word right after '기로'), and, in its clause before it (back to the subject or topic particle), a noun naming a state
closed by a particle of source or goal (`SIDE_PARTICLES`). The noun run is the hit's target (`target_spans`), and the
agreement is marked as made to it (`addressee`, which the pipeline's mutual reader keeps as recipient). A clause with a
partner of its own (와/과) or no such noun is left as it came."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.ko.tags import NOUN_TAGS

SIDE_PARTICLES = frozenset({"로부터", "으로부터", "에서", "에게", "에", "로", "으로"})  # from / to a state
PARTNER_TAGS = frozenset({"JKB", "JC"})
PARTNER_PARTICLES = frozenset({"와", "과", "하고"})  # a partner named: the pair reading stands
CLAUSE_STOPS = frozenset({"JX", "JKS", "SF", "SP", "EC", "EF"})  # the subject or an earlier clause closes the reach
DECISION = ("기", "로")  # V-기로 합의했다: what was agreed precedes
PLEDGE = ("겠", "다고")  # kopar53a: V-겠다고 약속했다: what was promised precedes, as after V-기로
ORIGIN_SUFFIXES = frozenset({"산"})  # kopar53a: '파라과이산 밀': goods of a state's origin come from it, as '로부터'


def agreed_counterparts(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits with each decided agreement's source or goal state as its target (see the module)."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    out = []
    for h in hits:
        first = h.data.get("first")
        pledged = first is not None and first >= 2 and (toks[first - 2][0], toks[first - 1][0]) == PLEDGE
        if h.type != "AGREE" or h.nominal or first is None or h.data.get("target_spans") or h.data.get("addressee") \
                or not (h.data.get("decided") or pledged
                        or first >= 2 and (toks[first - 2][0], toks[first - 1][0]) == DECISION):
            out.append(h)
            continue
        span = None
        for j in range(first - (3 if pledged else 1), 0, -1):
            word, tag = toks[j][0], toks[j][1]
            if tag in CLAUSE_STOPS or tag in PARTNER_TAGS and word in PARTNER_PARTICLES:
                break
            if (tag == "JKB" and word in SIDE_PARTICLES or tag == "XSN" and word in ORIGIN_SUFFIXES) \
                    and toks[j - 1][1] in NOUN_TAGS and read_word(toks[j - 1][0]).codes:
                span = (toks[j - 1][2], toks[j - 1][2] + toks[j - 1][3])
                break
        out.append(dataclasses.replace(h, data={**h.data, "target_spans": (span,), "addressee": True}) if span else h)
    return out
