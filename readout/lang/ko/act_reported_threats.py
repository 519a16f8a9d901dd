"""(koact49) A threat reported by another: 'A는 [B가 ...하겠다고 위협했다]고 밝혔다'. The threatener is B, the subject of
the reported clause; A only says it.

Why: a threat's complement subject is whom it warns ('B가 ...하면 대가를 치를 것이라고 경고했다': B is warned), and the
sentence's topic its maker. When the threat is itself the content of an outer saying verb (its clause 'quote'), and
its own content is the volitive of its speaker (겠 + a quote ending: '봉쇄하겠다고', '공격하겠다고'), the subject before
that content is the one who vowed it, the threatener, not its target: the topic only reports it. Read alone
('B가 ...하겠다고 위협했다') the subject already acts; here the reported clause's subject is made the threat's agent
(`agent_span`) and taken out of its targets, and a state named as the content's object or partner ('칠레를 공격하겠다고',
'칠레와의 국경을 봉쇄하겠다고') is whom it threatens. A conditional warning ('B가 ...하면 ...할 것이라고 경고했다') has no
volitive content and keeps B as the one warned.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import COORDINATING_PARTICLES, NOUN_TAGS, SENTENCE_END_TAGS, TOPIC_PARTICLES

VOLITIVE = ("겠", "EP")
REPORTED = "quote"  # the threat's clause is the content of an outer saying verb
SUBJECT = "JKS"
QUOTE_PARTICLE = "JKQ"  # '"..."고': a direct quote's 고
CLOSING_MARKS = frozenset({"SSC", "SS"})
REACH = 16  # morphemes back from the threat's verb to the reported clause's subject


def reported_threats(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    return [reported_threat(toks, h, lex) for h in hits]


def reported_threat(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    """`hit` with the reported threat's subject as its agent, when it is a reported volitive threat (see module)."""
    first = hit.data.get("first")
    if hit.type != "THREATEN" or hit.nominal or hit.data.get("clause") != REPORTED or first is None:
        return hit
    quoted = "agent_span" in hit.data  # kolex49: a direct quote's speaker is read already ('B가 "..."고 위협했다고')
    if quoted and (hit.data.get("target_spans") or not hit.data.get("unaddressed")):
        return hit
    end = volitive_end(toks, first, lex)
    if end is None:
        return hit
    subject = None
    for k in range(end - 2, max(0, first - REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES or tag.startswith("E"):
            break
        if tag == SUBJECT and toks[k - 1][1] in NOUN_TAGS:
            subject = (run_start(toks, k - 1), k - 1)
            break
    if subject is None:
        return hit
    span = (toks[subject[0]][2], toks[subject[1]][2] + toks[subject[1]][3])
    if quoted and span != hit.data["agent_span"]:
        return hit
    kept = tuple(s for s in hit.data.get("target_spans", ()) if not (span[0] <= s[0] and s[1] <= span[1]))
    aimed = tuple(threatened(toks, subject[1] + 2, end - 1)) + kept
    reporter = reporting_topic(toks, subject[0]) if not aimed else None
    data = {k: v for k, v in hit.data.items() if k != "unaddressed"}
    data.update(agent_span=span, target_spans=aimed or (reporter,))
    if reporter is None and not aimed:
        del data["target_spans"]
        data["unaddressed"] = True  # 'B가 국경을 봉쇄하겠다고 위협했다고': the story's other side, as a threat naming no one
    return replace(hit, data=data)


def reporting_topic(toks: list, subject: int) -> tuple[int, int] | None:
    """(kolex49) The character span of the topic that reports the threat ('[칠레 정부]는 B가 ...하겠다고 위협했다고
    밝혔다'): the noun run marked 은/는 right before the reported clause's subject, with a proper name in it; None when
    the reported clause has no such topic. A state that tells of a threat naming no one tells of one aimed at it."""
    k = subject - 1
    if k < 1 or toks[k][1] != "JX" or toks[k][0] not in TOPIC_PARTICLES or toks[k - 1][1] not in NOUN_TAGS:
        return None
    lo = run_start(toks, k - 1)
    if not any(toks[j][1] == "NNP" for j in range(lo, k)):
        return None
    return toks[lo][2], toks[k - 1][2] + toks[k - 1][3]


def volitive_end(toks: list, first: int, lex: ActIndex) -> int | None:
    """The index of the ending of the threat's content, right before its verb at `first`, when that content is its
    speaker's volitive: '봉쇄하겠다고 위협', or a direct quote, '"봉쇄하겠다"고 위협'; None otherwise."""
    end = first - 1
    if end > 0 and toks[end][1] == QUOTE_PARTICLE:
        end -= 1
        while end > 0 and toks[end][1] in CLOSING_MARKS:
            end -= 1
        closed = toks[end][1] == "EF"
    else:
        closed = toks[end][0] in lex.cue("quote_ending")
    return end if closed and end > 1 and toks[end - 1][:2] == VOLITIVE else None


def threatened(toks: list, lo: int, hi: int) -> list[tuple[int, int]]:
    """The named states' runs marked as the content's object or partner ('칠레를', '칠레와의') between `lo` and `hi`."""
    out = []
    for k in range(lo + 1, hi):
        tag, form = toks[k][1], toks[k][0]
        partner = tag == "JKB" and form in COORDINATING_PARTICLES and k + 1 < hi and toks[k + 1][1] == "JKG"
        if (tag == "JKO" or partner) and toks[k - 1][1] == "NNP":
            start = run_start(toks, k - 1)
            out.append((toks[start][2], toks[k - 1][2] + toks[k - 1][3]))
    return out
