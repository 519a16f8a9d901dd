"""A clause joined by -고 to what a request asks: 'A는 B가 즉각 휴전에 합의하고 포로를 석방할 것을 촉구했다' (prec22).

Why: the two clauses share one subject (B) and one frame, the content of A's demand (V-ㄹ 것을 촉구/요구/요청): B has
neither agreed to a ceasefire nor freed anyone. A connective clause takes the frame of the clause it joins
(`connective_endings.inherit`), but that walk passes over a verb with an adnominal ending as a modifier ('빈틈없는 태세'),
and 'V-ㄹ 것을' is no modifier: it is the demanded content. Read alone, the first clause is a done act of B
(AGREE, RETREAT), which no one did and analysts never code; the request is the event.

The same holds for an obligation a request verb closes ('안보리가 B에 제재를 가해야 한다고 촉구했다'): the sanction is
what is urged, not one the Council imposed or plans (`demanded_obligations`); an obligation closed by a plain saying
verb is read as a request by `act_clauses.obligation_requests`, which drops its content the same way.

Only where the joined clauses have a subject of their own (이/가) after the requester's topic, or an addressee
(B국에, B국에게) the request names before them: in 'A는 B국을 방문하고
협력을 강화할 것을 촉구했다' the first clause is A's own visit, told as done, and it stays.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import next_predicate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import past_quote_close
from readout.lang.ko.tags import ACT_VERB_TAGS, FUTURE_ETM, SENTENCE_END_TAGS, TOPIC_PARTICLES

MOVE_TYPES = frozenset({"CONSULT"})  # 'B국에 도착하고': the requester's own trip, told before its request
ADDRESSEE_PARTICLES = frozenset({"에", "에게"})  # 'B국에 ... 철수하고 ... 할 것을 촉구': the side asked
CLAUSE_STOPS = frozenset({"JKS", "EF", "SF"})  # a subject of its own or a sentence end: the joined clause is over


def joined_content(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the connective clauses (V-고, V-며) joined to the content of a request ('... 할 것을 촉구했다')
    whose own subject (이/가) names the side asked."""
    asked = {h.data.get("pred") for h in hits if h.type == "REQUEST" and not h.nominal}
    return [h for h in hits if not (h.type != "REQUEST" and not h.nominal and h.data.get("clause") == "connective"
                                    and "last" in h.data and "first" in h.data
                                    and content_request(toks, h.data["last"], lex) in asked
                                    and not addressee_after(toks, h.data["last"])
                                    and (own_subject_before(toks, h.data["first"])
                                         or h.type not in MOVE_TYPES and addressee_before(toks, h.data["first"])))]


def content_request(toks: list, j: int, lex: ActIndex) -> int | None:
    """The stem of the verb that takes as its object the next clause after the ending at `j`, when that clause ends
    'V-ㄹ 것을' ('석방할 것을 [촉구]'); None when the clause ends otherwise or a new subject or sentence comes first."""
    n = len(toks)
    for k in range(j + 1, n):
        if toks[k][1] in CLAUSE_STOPS:
            return None
        if toks[k][1] in ACT_VERB_TAGS and k + 3 < n and toks[k + 1][1] == "ETM" and toks[k + 1][0] in FUTURE_ETM:
            particle = past_quote_close(toks, k + 3)  # '"... 석방할 것"을': the quote closes before the particle
            if toks[k + 2][0] in lex.cue("future_noun") and toks[k + 2][1] == "NNB" and particle < n \
                    and toks[particle][1] == "JKO":
                return next_predicate(toks, particle + 1, limit=4)
    return None


def own_subject_before(toks: list, first: int) -> bool:
    """Whether the nearest subject before the morpheme `first` is marked 이/가 (the asked side's), not a topic 은/는
    (the requester's, whose own act a joined clause before its request may be)."""
    for k in range(first - 1, -1, -1):
        tag, form = toks[k][1], toks[k][0]
        if tag in SENTENCE_END_TAGS:
            return False
        if tag == "JKS":
            return True
        if tag == "JX" and form in TOPIC_PARTICLES:
            return False
    return False


def addressee_after(toks: list, j: int) -> bool:
    """Whether a proper noun marked 에/에게 (the side asked) follows the joined clause ending at `j` before the
    content's verb: 'A가 B의 도발을 비판하며 [B에] 이를 중단할 것을 촉구했다': the joined clause comes before the one
    asked, so it is the requester's own act, not part of what is asked (Korean names the side asked before its
    content)."""
    for k in range(j + 1, len(toks) - 1):
        tag = toks[k][1]
        if tag in CLAUSE_STOPS or tag in ("XSV", "VV", "VA", "EC"):
            return False
        if tag == "JKB" and toks[k][0] in ADDRESSEE_PARTICLES and toks[k - 1][1] == "NNP":
            return True
    return False


def demanded_obligations(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits without the quoted obligations (V-어야 한다고) whose saying verb, a few morphemes on, is a REQUEST
    hit's own verb ('제재를 가해야 한다고 촉구했다'): the obligation is the request's content."""
    asked = {h.data.get("pred") for h in hits if h.type == "REQUEST" and not h.nominal}
    return [h for h in hits if not (h.type != "REQUEST" and h.data.get("modality") == "obligation"
                                    and h.data.get("quoted") and "last" in h.data
                                    and next_predicate(toks, h.data["last"] + 1, limit=4) in asked)]


def addressee_before(toks: list, first: int) -> bool:
    """Whether a proper noun marked 에/에게 (the side a request is made to) stands between the requester's topic (은/는)
    and the morpheme `first`."""
    for k in range(first - 1, 0, -1):
        tag, form = toks[k][1], toks[k][0]
        if tag in ("EF", "SF", "JKS") or tag == "JX" and form in TOPIC_PARTICLES:
            return False
        if tag == "JKB" and form in ADDRESSEE_PARTICLES and toks[k - 1][1] == "NNP":
            return True
    return False


JUDGED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "THREATEN", "ACCUSE", "PROTEST"})  # deeds a demand names to
# be stopped or answered ('B가 공격을 중단해야 한다고'): they may have been done, and other readers judge them


def asked_measures(hits: list[ActHit]) -> list[ActHit]:
    """The hits without the noun acts (fp23) named inside what a request asks of a side it names, after that side:
    'A는 B가 [대C 제재 완화 등] 실질적 조치를 취해야 한다고 요구했다': B is asked to ease sanctions, it has not. The
    content is the request's quoted or exhorted clause (`content_span`); a hostile deed named there (a strike to be
    halted) is left to the readers that judge it."""
    spans = [(r.data["target_spans"][0][0], r.data["content_span"][1]) for r in hits
             if r.type == "REQUEST" and not r.nominal and r.data.get("content_span") and r.data.get("target_spans")
             and r.data["content_span"][0] <= r.data["target_spans"][0][0]]
    return [h for h in hits if not (h.nominal and h.type != "REQUEST" and h.type not in JUDGED_TYPES
                                    and any(lo < h.start and h.end <= hi for lo, hi in spans))]
