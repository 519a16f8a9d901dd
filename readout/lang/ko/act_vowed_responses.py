"""A vow to respond to a deed (refer42): '이에 대응하겠다고 밝혔다', '이번 조치에 대응하겠다', 'B의 도발에 대응할 것'.

Why: 대응하다 is a generic pledge verb ('기후변화에 함께 대응하기로 했다': an AGREE of cooperation), so a pledge to
respond to the other side's deed was read as an AGREE with that side: a promise nobody was made. When its 에 argument
is a deed (a pronoun standing for the act just told, `answered_pronoun`, or a noun run naming a provocation, a use of
force, a measure or a veto: `act_judged_kinds.answered_kind`), the vow is one of retaliation: PLOVER's THREATEN at most,
aimed at the deed's author (marked `unaddressed` and `answers`, as '이를 규탄했다'). A bare '대응하겠다' names no one and
is left as it was (the pipeline keeps no one-sided pledge of effort), and so is a connective '...에 대응해' (how another
act was done: 'B의 발사에 대응해 ... 정지하기로 했다'). The English reader does the same for 'vowed to respond'
(lang/en/act_vowed_responses).

A pledge verb that frames a threat ('반격하겠다고 다짐했다', '보복하겠다고 약속했다'): the quoted act is the threat
(THREATEN), and the generic pledge of the frame (다짐하다: AGREE) promised nobody anything, as the English pledge frame
reads 'vowed to retaliate' as the threat alone (lang/en/act_frames).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_judged_kinds import answered_kind
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import COORDINATING_PARTICLES

PLEDGED = frozenset({"future", "intent"})
FRAME_TAGS = frozenset({"EC", "EP", "VX", "ETM"})  # '게 하겠다고': a causative or auxiliary run before a pledge verb


def vowed_responses(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each pledged AGREE of a verb of responding (`response_verb`) whose 에 argument is a deed read as a
    THREATEN answering that deed."""
    out = []
    for h in hits:
        if h.type == "AGREE" and not h.nominal and not h.negated and h.lemma in lex.cue("response_verb") \
                and (h.data.get("modality") in PLEDGED or h.data.get("decided")) and "first" in h.data \
                and h.data.get("clause") != "connective" \
                and answers_deed(toks, h.data["first"], lex):
            data = {k: v for k, v in h.data.items() if k not in ("effort_only", "stated_type")}
            h = replace(h, type="THREATEN", mode=None, generic=False, status="occurred",  # a threat is made when said
                        data={**data, "unaddressed": True, "answers": True, "threatened": "response"})
        out.append(h)
    return out


def answers_deed(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the morpheme before `first` is the particle 에 after a deed ('이에', '이번 조치에', '도발에')."""
    k = first - 1
    if k < 1 or toks[k][0] != "에" or not toks[k][1].startswith("JKB"):
        return False
    return answered_kind(toks, probe(first), lex) is not None


def probe(first: int) -> Candidate:
    """A candidate standing for the verb whose first morpheme is `first`: answered_kind reads only where it starts."""
    return Candidate(entry=None, first=first, stem=first)


def framed_threats(hits: list[ActHit], toks: list | None = None) -> list[ActHit]:
    """The hits without each generic pledge (AGREE) whose quoted complement, ending right before it, is a threat.

    modal46: the complement may end in a causative or auxiliary run after the threat's own word ('대가를 치르게
    하겠다고 다짐했다': 치르 + 게 하 + 겠 + 다고), read past when `toks` are given: endings and auxiliaries only."""
    threat_ends = {h.data["last"] for h in hits
                   if h.type == "THREATEN" and h.data.get("clause") in ("quote", "connective") and "last" in h.data}
    return [h for h in hits if not (h.type == "AGREE" and h.generic and not h.nominal
                                    and complement_end(h.data.get("first", 0) - 1, toks) & threat_ends)]


def complement_end(k: int, toks: list | None) -> set[int]:
    """The morphemes that may end a pledge's complement when the pledge verb starts after k: k itself, and with
    `toks` the morphemes of the run of endings and auxiliaries before it."""
    ends = {k}
    while toks is not None and k > 0 and toks[k][1] in FRAME_TAGS:
        k -= 1
        ends.add(k)
    return ends


def kept_holdings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(enclause50) The hits without each generic pledge (`held_pledge_verb`: 다짐하다, 약속하다) whose quoted content
    keeps what the pledger holds: a holding morpheme (`holding_morpheme`: 지키, 수호) and a held noun (`held_noun`: 주권,
    영토, 자리) in it, with no 와/과 partner ('영토 보전을 지키겠다고 다짐했다'). PLOVER's AGREE is a commitment to
    cooperate; this one offers nothing to anyone ('평화를 지키겠다', '합의를 지키겠다' keep what is shared: kept).
    (stance52) So does a pledge of the pledger's own conduct in office or in a race (`own_conduct_noun`: '다시
    출마하겠다고 다짐했다', '국정을 운영하겠다고 약속했다'), as English 'vowed to run again'."""
    out = []
    for h in hits:
        if h.type == "AGREE" and not h.nominal and h.lemma in lex.cue("held_pledge_verb") \
                and "content_span" in h.data:
            lo, hi = h.data["content_span"]
            inside = [t for t in toks if lo <= t[2] < hi]
            held = any(t[0] in lex.cue("holding_morpheme") for t in inside) \
                and any(t[0] in lex.cue("held_noun") and t[1].startswith("NN") for t in inside)
            conduct = any(t[0] in lex.cue("own_conduct_noun") and t[1].startswith("NN") for t in inside)  # stance52
            if (held or conduct) and not any(t[1] == "JKB" and t[0] in COORDINATING_PARTICLES for t in inside):
                continue
        out.append(h)
    return out

