"""Condition clauses of a Korean sentence ('러시아가 무기를 제공할 경우', 'X가 도발하면'): the state named as
the condition's subject is what the condition is about, never the one acting in the clause it governs.

"대통령실은 러시아가 북한에 무기를 제공할 경우 우크라이나에 대한 무기 지원을 검토하겠다고 밝혔다": the aid
under review is Seoul's; Russia is the condition's subject. The spans go with every act outside them
(`data["conditions"]`, as the English reader does for 'should X refuse'), so the pipeline reads the act's
sides as if the condition were not there; a threat's condition names whom it is aimed at."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex

STOP_TAGS = frozenset({"SF", "SP", "EF", "EC"})  # the condition's clause starts after these
TOPIC_TAG = "JX"


def examples_start(toks: list, start: int, lex: ActIndex) -> int:
    """'미국 등 서방이': the examples before 등 (such as) belong to the noun run they illustrate."""
    while start >= 2 and toks[start - 1][0] in lex.cue("example_noun") and toks[start - 1][1] == "NNB":
        start = coordinated_start(toks, run_start(toks, start - 2))
    return start


def condition_spans(toks: list, lex: ActIndex) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(clause, subject) character spans (sentence offsets) of each condition: from its own subject (a noun run
    marked 이/가) to its ending (-면, -다면; V-ㄹ 경우, V-ㄹ 시), and that subject; a condition with no subject
    of its own names no one."""
    spans = []
    endings, nouns = lex.cue("condition_ending"), lex.cue("condition_noun")  # asked of every morpheme: looked up once
    for j, tok in enumerate(toks):
        ending = tok[1] == "EC" and tok[0] in endings
        noun = j > 0 and tok[0] in nouns and toks[j - 1][1] == "ETM"
        if not (ending or noun):
            continue
        subject = None
        for k in range(j - 1, -1, -1):
            tag = toks[k][1]
            if subject is None and toks[k][:2] == (",", "SP"):
                subject = quoted_topic(toks, k)  # '"파키스탄, 테러 지원하면 대가 치를 것" 경고': a headline quote's topic
            if tag in STOP_TAGS or tag == TOPIC_TAG:
                break
            if tag == "JKS" and k > 0:
                subject = (examples_start(toks, coordinated_start(toks, run_start(toks, k - 1)), lex), k - 1)
        if subject is not None:
            first, last = subject
            spans.append(((toks[first][2], tok[2] + tok[3]), (toks[first][2], toks[last][2] + toks[last][3])))
    return spans


QUOTE_OPENERS = frozenset({"SSO", "SS"})


def quoted_topic(toks: list, comma: int) -> tuple[int, int] | None:
    """The noun run before the comma at `comma` when it opens a quote or the sentence ('"파키스탄, ...하면'): a
    headline's or a quoted statement's topic, written with a comma where prose has 이/가."""
    if comma < 1 or toks[comma - 1][1] not in ("NNP", "NNG", "SL", "SH"):
        return None
    start = run_start(toks, comma - 1)
    return (start, comma - 1) if start == 0 or toks[start - 1][1] in QUOTE_OPENERS else None


def with_conditions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits outside a condition carry the sentence's condition spans; a threat is aimed at the conditions'
    subjects, and a target of its own inside a condition is the condition's, not the threat's."""
    found = condition_spans(toks, lex) if hits else []
    if not found:
        return hits
    spans = [clause for clause, _ in found]
    out = []
    for h in hits:
        if any(a <= h.start < b for a, b in spans):
            out.append(h)
            continue
        data = {**h.data, "conditions": spans}
        if h.type == "THREATEN":
            own = [t for t in h.data.get("target_spans", ()) if not any(a <= t[0] < b for a, b in spans)]
            data["target_spans"] = (*own, *(subject for _, subject in found))
        out.append(replace(h, data=data))
    return out
