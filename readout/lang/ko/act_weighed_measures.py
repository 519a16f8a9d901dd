"""A hostile measure a side says it weighs is a threat of it, made now (enmodes70): 'X는 Y에 대한 제재 부과를 검토하고
있다', 'Y에 관세를 부과하는 방안을 고려하고 있다', 'Y 외교관 추방을 저울질하고 있다'.

Why a reader of its own: the finder reads a measure that is the object of a verb of weighing as the measure planned
(act_nominals: '제재를 검토'; adnominal_endings: the option noun '방안'), while English 'is considering sanctions on Y',
'considering imposing sanctions' read THREATEN (the CAMEO dictionary's 'consider sanctions/embargo/imposing' are 13x,
threaten; the PLOVER manual codes a hostile act that is only hypothetical as the single category THREATEN, not the act
plus an auxiliary mode). One coding in both languages (docs/coding-choices.md): the weighed measure is THREATEN, its
mode the measure's (`threatened_mode`: a trade measure restricts, people expelled are `expel`), occurred when said.
Only verbs of weighing (cue weighed_measure_verb) do so: a measure pushed for or prepared ('제재를 추진하고 있다')
stays planned, and a weighing denied ('검토하지 않고 있다') threatens nothing.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_forewarnings import threatened_mode
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import read_clause

WEIGHED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})  # as en act_modes.CONSIDERED
SUFFIX_TAG = "XSN"  # a noun suffix kiwi splits off a verbal noun ('저울/NNG 질/XSN')
IN_PROGRESS = "중"  # '검토 중이다': the verb of weighing written as a noun
VERB_REACH = 4  # morphemes from the measure's last to the verb of weighing ('부과]를 검토', '부과하는] 방안을 검토')


def weighed_measures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each planned hostile measure (`WEIGHED_TYPES`) whose clause a verb of weighing governs made an
    occurred THREATEN of it (its own type kept as `stated_type`). (charges50b) One whose weighing is denied
    ('제재 부과를 검토하지 않고 있다') is dropped: nothing is planned, as English 'is not considering sanctions' reads
    nothing."""
    out = []
    for h in hits:
        reading = weighing_reading(toks, h, lex) if h.type in WEIGHED_TYPES and h.status == "planned" \
            and not h.negated else None
        if reading == DENIED:
            continue
        if reading == WEIGHED:
            h = replace(h, type="THREATEN", mode=threatened_mode(h.type, h.contexts, h.mode), status="occurred", nominal=False,
                        data={**h.data, "stated_type": h.type, "weighed": True})
        out.append(h)
    return out


WEIGHED, DENIED = "weighed", "denied"  # what `weighing_reading` finds after a measure


def weighing_verb(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """Whether the predicate right after the measure is a verb of weighing that is not negated."""
    return weighing_reading(toks, h, lex) == WEIGHED


def weighing_reading(toks: list, h: ActHit, lex: ActIndex) -> str | None:
    """`WEIGHED` when the predicate right after the measure (past its particle, and past an option noun: '방안을') is
    a verb of weighing (cue weighed_measure_verb), `DENIED` when that verb is negated, else None."""
    last = h.data.get("last")
    if last is None:
        return None
    j, options = last + 1, lex.cue("option_noun")
    while j < len(toks) and j - last <= VERB_REACH and (toks[j][1].startswith("J") or toks[j][0] in options):
        j += 1
    if j + 1 >= len(toks) or toks[j][1] not in ("NNG", "VV"):
        return None
    noun = toks[j][0]
    if toks[j][1] == "NNG" and toks[j + 1][1] == SUFFIX_TAG and j + 2 < len(toks):
        j += 1  # kobacked50: '저울/NNG 질/XSN 하다': kiwi splits the verbal noun '저울질'
        noun += toks[j][0]
    if toks[j][1] in ("NNG", SUFFIX_TAG) and toks[j + 1][1] == "XSV":
        return denied_or_weighed(noun + "하다" in lex.cue("weighed_measure_verb"), toks, j + 1, lex)
    if toks[j][1] in ("NNG", SUFFIX_TAG) and toks[j + 1][0] == IN_PROGRESS:
        return WEIGHED if noun + "하다" in lex.cue("weighed_measure_verb") else None
    return denied_or_weighed(toks[j][1] == "VV" and toks[j][0] + "다" in lex.cue("weighed_measure_verb"), toks, j, lex)


def denied_or_weighed(weighing: bool, toks: list, verb: int, lex: ActIndex) -> str | None:
    """The reading of a verb of weighing at `verb` (None when `weighing` is False): denied when its clause is
    negated."""
    if not weighing:
        return None
    return DENIED if read_clause(toks, verb, lex).negated else WEIGHED
