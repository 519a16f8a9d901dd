"""(threat61) Not tolerating a misdeed is a deterrent warning: '[B의] 도발을 좌시하지 않겠다', '"이번 도발을 결코 용납하지
않을 것"이라고 밝혔다', as English 'will not tolerate any provocation' (lang/en/act_untolerated).

Why: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential repercussions"; a state
saying it will not stand by another's provocation warns that side, the repercussion left unsaid. lang/ko/act_tolerated
kept such a sentence from being read as a REJECT (nothing put forward is refused) and left it no act. Here a tolerance
verb (cue tolerate_verb) negated with 않, its object a misdeed (`tolerated_misdeed`), is the speaker's THREATEN: the
sentence's warning verb when it has one (made aimed), else a new hit read as the quoted content of its verb of saying;
aimed at the misdeed's genitive owner ('칠레의 도발을'), else unaddressed (the pipeline's reading: the other side of the
acts just told). '부패를 용납하지 않겠다' names no misdeed of the cues and stays no act.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_tolerated import tolerated_misdeed

NEGATION = "않"
NEGATION_REACH = 3  # morphemes from the verb's stem to 않 ('좌시/NNG 하/XSV 지/EC 않/VX')
OWNER_PARTICLE = "JKG"  # '칠레의 도발을'
NAME_TAGS = frozenset({"NNP"})


def untolerated_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each negated tolerance of a misdeed read as the speaker's threat (module docstring)."""
    for s in range(1, len(toks)):
        if toks[s][1] != "XSV" or toks[s - 1][1] != "NNG":
            continue
        verb, first = toks[s - 1][0] + "하다", s - 1
        negation = next((n for n in range(s + 1, min(len(toks), s + 1 + NEGATION_REACH)) if toks[n][0] == NEGATION),
                        None)
        if negation is None or not tolerated_misdeed(toks, verb, first, lex):
            continue
        owner = owner_span(toks, first)
        warning = next((n for n, h in enumerate(hits) if h.type == "THREATEN" and h.data.get("main")
                        and h.data.get("first", 0) > negation), None)
        if warning is None and any(h.type == "THREATEN" and h.data.get("first", -1) <= first <= h.data.get("last", -1)
                                   for h in hits):
            continue  # read already as a threat of its own
        hit = hits[warning] if warning is not None else ActHit(
            toks[first][2], toks[negation][2] + toks[negation][3], "THREATEN", None, verb, data={
                "pred": s, "first": first, "last": negation, "clause": "quote", "main": False, "quoted": True,
                "modality": "future"})
        data = {k: v for k, v in hit.data.items() if k not in ("target_spans", "unaddressed")}
        data.update({"target_spans": (owner,)} if owner else {"unaddressed": True})
        hit = replace(hit, mode=None, status="occurred", negated=False, data={**data, "deterrent": True})
        hits = hits[:warning] + [hit] + hits[warning + 1:] if warning is not None \
            else sorted([*hits, hit], key=lambda h: (h.start, h.end))
    return hits


def owner_span(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the name owning the misdeed the tolerance verb at `first` takes ('[칠레]의 도발을'), or
    None: the noun run before the object particle, then a genitive 의 after a proper name."""
    k = first - 1
    while k > 0 and toks[k][1] in ("MAG", "SP"):
        k -= 1
    g = run_start(toks, k - 1) - 1
    if g < 1 or toks[g][1] != OWNER_PARTICLE or toks[g - 1][1] not in NAME_TAGS:
        return None
    name = run_start(toks, g - 1)
    return toks[name][2], toks[g - 1][2] + toks[g - 1][3]
