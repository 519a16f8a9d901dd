"""Cooperation withheld as a threat (threats49): '교전이 계속되면 B와 무역 협상을 하지 않겠다고 압박했다/경고했다'.

Why a reader of its own: the PLOVER manual's THREATEN mode `relations` is "threaten to suspend relations or ongoing
talks, meetings, or negotiations". Korean states it as the speaker's own future cooperation refused in the quoted
complement ('협상을 하지 않겠다', '협정을 맺지 않겠다') of a verb of warning or pressing (cue pressing_verb). The
finder reads the complement as a negated pledge (no event) and the verb by its own entry: 경고하다 a threat with no
mode, 압박하다 a REQUEST (pressing someone to do something). Pressing with a refusal of one's own under a condition
('...하면 ...하지 않겠다고 압박') asks nothing of the other: it warns them, so it is a threat; a warning needs no
condition ('대화를 하지 않겠다고 경고했다'). The refused cooperation's partner and the condition's subject are the
ones warned (their spans go with the threat); where they name no side ('교전이 계속되면', '어느 나라와도'), the pipeline
reads the warning as unaddressed (the sides of the conflict just reported).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

COOPERATION = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # the refused deeds whose withholding suspends relations
PLEDGED = frozenset({"future", "intent"})
WITHHELD_MODE = "relations"


def withheld_cooperation(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each warning or pressing verb (cue pressing_verb, the main clause) whose quoted complement refuses
    the speaker's own future cooperation made a THREATEN `relations` (pressing only under a condition)."""
    out = []
    for h in hits:
        refused = withheld_in(h, hits, lex)
        if refused is not None:
            targets = tuple(dict.fromkeys((*h.data.get("target_spans", ()), *refused.data.get("target_spans", ()))))
            data = {**h.data, "target_spans": targets, "withheld": refused.data.get("stated_type", refused.type),
                    "unaddressed": True}  # a condition's subject may name no side ('교전이 계속되면'): then the sides
            # of the conflict just told are warned
            h = replace(h, type="THREATEN", mode=WITHHELD_MODE, status="occurred", data=data)
        out.append(h)
    return out


def withheld_in(h: ActHit, hits: list[ActHit], lex: ActIndex) -> ActHit | None:
    """The negated pledge of cooperation quoted in the complement of the warning or pressing verb `h`, None when `h`
    is no such verb, has a mode already, or its complement refuses nothing (pressing: nothing under a condition)."""
    if h.negated or h.lemma not in lex.cue("pressing_verb") or h.type not in ("THREATEN", "REQUEST") \
            or h.type == "THREATEN" and h.mode or not (h.data.get("main") or h.data.get("recalled")) \
            or "content_span" not in h.data:  # recalled: '...하지 않겠다고 압박한 바 있다', the sentence's act told again
        return None
    lo, hi = h.data["content_span"]
    for g in hits:
        if g is h or not g.negated or not g.data.get("quoted") or g.data.get("modality") not in PLEDGED \
                or g.data.get("stated_type", g.type) not in COOPERATION and g.type not in COOPERATION \
                or not (lo <= g.start and g.end <= h.start) or g.end > hi:
            continue
        if h.type == "REQUEST" and not g.data.get("conditions"):
            continue  # '협상을 하지 않겠다며 ...하라고 압박': a demand with a reason, no threat
        return g
    return None
