"""(kotwins48) Arms sent to a border are deployed, not given: '페루는 볼리비아와의 국경에 탱크를 보냈다', '접경 지역으로
전차를 보냈다'. The Korean twin of English 'sent tanks to its border with X' (lang/en/act_border_arms.py).

Why: a weapon sent or shipped (the @weapon_noun AID military pairs: 보내다, 지원하다, 인도하다 ...) is given to the state
that receives it; a border is no receiver but the place where the sender's own forces stand, so the transfer is a show
of force: MOBILIZE weapons, as '국경에 탱크를 배치했다' is, aimed at the state the border names ('Y와의 국경에', 'Y 국경
에'; the hit's own 에 target reads it) and at no one when it names none ('남부 국경에'). The border is a border noun (cue
border_noun) whose noun run, in the act's own clause before its verb, ends in a place particle (에, 로, 으로) right after
the border noun or a land noun after it ('국경 지역에', cue border_land_noun). Arms sent to a state ('볼리비아에 탱크를')
or to the border's forces ('국경 경비대에') stay AID military.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_border_postures import border_state_span
from readout.lang.ko.tags import NOUN_TAGS, TOPIC_PARTICLES

ARMS_GIVEN = ("AID", "military")
PLACING = frozenset({"에", "로", "으로"})
CLOSERS = ("SF", "EF", "EC", "JKS")  # a clause ending or a subject closes the act's clause


def border_arms(toks: list, hits: list, lex) -> list:
    """`hits` with each military AID sent to a border retyped MOBILIZE weapons (module docstring)."""
    out = []
    for h in hits:
        border = _border_at(toks, h, lex)
        out.append(h if border is None else _deployed(toks, h, border))
    return out


def _deployed(toks: list, hit, border: int):
    span = border_state_span(toks, border)  # the state across; none named, none faced
    return replace(hit, type="MOBILIZE", mode="weapons",
                   data={**hit.data, "border_arms": True, "target_spans": (span,) if span else ()})


def _border_at(toks: list, hit, lex) -> int | None:
    """The index of the border noun the military AID's arms are sent to, in its clause before its verb."""
    if (hit.type, hit.mode) != ARMS_GIVEN or hit.nominal or "pred" not in hit.data:
        return None
    borders, lands = lex.cue("border_noun"), lex.cue("border_land_noun")
    for j in range(min(hit.data["pred"], len(toks)) - 1, 0, -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLOSERS or (tag == "JX" and form in TOPIC_PARTICLES):
            return None
        if tag != "JKB" or form not in PLACING or toks[j - 1][1] not in NOUN_TAGS:
            continue
        k = j - 1
        while k > 0 and toks[k][0] in lands:
            k -= 1  # '국경 지역에', '접경 일대로'
        if toks[k][0] in borders and toks[k][1] in NOUN_TAGS:
            return k
    return None
