"""(relobj47, issue 13) The subject of an adnominal clause describing an act's own object is no side the act reaches
when the act names its target in a slot of its own: '가나는 [프랑스가 부당하다고 말한] 제재를 토고에 부과했다' — France
judged the sanctions (a clause of saying, '…다고 말한/밝힌/평가한') or made them ('[프랑스가 승인한] 제재'); Ghana imposes
them on Togo, whose 에 phrase fills the act's target slot. The subject's span is added to the hit's
`not_recipient_spans` and the target slot's noun to its `target_spans`, as English 'imposed sanctions on Togo that the AU called unfair' leaves the AU to its clause
(lang/en/act_inner_relatives.SAYING).

Read by shape: the morpheme before the act's first (its object noun) is an adnominal ending (ETM); back from it, over
a quotative connective (다고, 라고: the clause's reported content) and the clause's own words, a subject particle
(이/가) after a noun; and the act's own target particle (the entry's 에, 에게) after a noun elsewhere in the sentence.
With no target slot filled ('[칠레군이 볼리비아에 발사한] 미사일을 규탄했다'), the clause's subject is what the act
answers and stays its side."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.tags import NOUN_TAGS

QUOTATIVE_ENDINGS = frozenset({"다고", "라고", "냐고", "자고"})  # '부당하다고 말한': the clause's reported content
CLAUSE_EDGES = frozenset({"JX", "SF", "EF", "ETM", "SP"})  # where the adnominal clause read back ends
CLAUSE_REACH = 12  # morphemes read back from the adnominal ending


def judged_objects(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits with the subject of the adnominal clause on their object barred as recipient (see module)."""
    return [_judged(toks, h) for h in hits]


def _judged(toks: list, hit: ActHit) -> ActHit:
    first = hit.data.get("first")
    if first is None or first < 3 or toks[first - 1][1] != "ETM" or toks[first][1] not in NOUN_TAGS:
        return hit
    subject = None
    for j in range(first - 2, max(0, first - 2 - CLAUSE_REACH), -1):
        tag = toks[j][1]
        if tag == "JKS":
            subject = j
            break
        if tag in CLAUSE_EDGES or tag == "EC" and toks[j][0] not in QUOTATIVE_ENDINGS:
            return hit
    if subject is None or subject < 1 or toks[subject - 1][1] not in NOUN_TAGS:
        return hit
    start = run_start(toks, subject - 1)
    slot = next((k for k in range(1, len(toks)) if not start <= k < first and toks[k][1] == "JKB"
                 and toks[k][0] in hit.target and toks[k - 1][1] in NOUN_TAGS), None)
    if slot is None:
        return hit
    span = (toks[start][2], toks[subject - 1][2] + toks[subject - 1][3])
    target = (toks[run_start(toks, slot - 1)][2], toks[slot - 1][2] + toks[slot - 1][3])
    return replace(hit, data={**hit.data, "not_recipient_spans": (*hit.data.get("not_recipient_spans", ()), span),
                              "target_spans": (*hit.data.get("target_spans", ()), target)})
