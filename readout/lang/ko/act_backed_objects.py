"""(kotwins49, issues 13-15) An armed group a state's backing describes, as an act's object, is no target of the
backer: '페루는 러시아가 지원하는 반군을 규탄했다' gave Russia as the target, as English 'condemned the Russia-backed
rebels' did before enfix49.

The object right before the act's verb ('반군을') is an armed group's noun (act_armed_targets.armed_target), and the
relative clause before it is a state backing it: its subject (a proper name with 이/가) and a backing noun's 하다 verb
in a modifier ending (cue `backing_noun`: '러시아가 지원하는', '이란이 후원한'). The backer's span is marked
`backer_object`, which the pipeline reads as English's mark (pipeline/act_backed_targets): the group's own land (the
state the sentence names after it, else the story's armed group, else the last sentence's one other state) receives
with the group's sector; a story that names none keeps the backer.

(kobacked50) The backing received is the same relative ('이란의 지원을 받는 민병대를', '이란으로부터 지원받는'), and a
place named right before the backer ('이라크 내 이란이 지원하는', '이라크에서 ...') is the group's land, marked
`backed_land`: Korean puts the land before the compound where English puts it after ('the Iran-backed militias in
Iraq').
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.ko.act_armed_targets import armed_target
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

OBJECT_TAG = "JKO"
SUBJECT_TAG = "JKS"
MODIFIER_TAG = "ETM"
VERB_SUFFIX = ("하", "XSV")
BACKER_TAGS = frozenset({"NNP"})
RECEIPT_TAGS = frozenset({"VV", "VV-R"})  # kiwi tags 받 as an irregular stem ('받는': VV-R)
SOURCE_TAGS = frozenset({"JKG", "JKB"})  # the backer's genitive or source particle ('이란의', '이란으로부터')
ONGOING = (("고", "EC"), ("있", "VX"))  # '-고 있는': the backing goes on ('이란이 지원하고 있는')


def backing_start(toks: list, m: int, lex: ActIndex) -> int | None:
    """The index of the backer's proper name in the relative whose adnominal ending is morpheme `m`: a state backing
    ('[러시아가 지원하는]', '[이란이 후원하고 있는]') or a state's backing received ('[이란의 지원을 받는]',
    '[이란으로부터 지원받는]', kobacked50); else None."""
    if m >= 3 and tuple(toks[m - 1][:2]) == ONGOING[1] and tuple(toks[m - 2][:2]) == ONGOING[0]:
        m -= 2
    if m >= 4 and tuple(toks[m - 1][:2]) == VERB_SUFFIX:
        ok = toks[m - 2][0] in lex.cue("backing_noun") and toks[m - 3][1] == SUBJECT_TAG
        return m - 4 if ok and toks[m - 4][1] in BACKER_TAGS else None
    if m < 4 or toks[m - 1][0] not in lex.cue("backing_receipt_verb") or toks[m - 1][1] not in RECEIPT_TAGS:
        return None
    k = m - 3 if toks[m - 2][1] == OBJECT_TAG else m - 2
    ok = k >= 2 and toks[k][0] in lex.cue("backing_noun") and toks[k - 1][1] in SOURCE_TAGS \
        and toks[k - 1][0] in lex.cue("backer_source_particle")
    return k - 2 if ok and toks[k - 2][1] in BACKER_TAGS else None


def land_span(toks: list, b: int, lex: ActIndex) -> tuple[int, int] | None:
    """(kobacked50) The character span of the place named right before the backer's relative starting at morpheme
    `b` ('[이라크] 내 이란이 지원하는', '[이라크]에서 이란의 지원을 받는'): the group's land, which the pipeline
    takes before any state named after the group; else None."""
    j = b - 1
    if j < 1 or toks[j][0] not in lex.cue("backed_land_noun") | lex.cue("backed_land_particle") \
            or toks[j - 1][1] not in BACKER_TAGS:
        return None
    return toks[run_start(toks, j - 1)][2], toks[j - 1][2] + toks[j - 1][3]


def backer_span(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The character span of the backer's relative before the armed object that ends right before morpheme `first`
    ('[러시아가 지원하는] 반군을 규탄', '[이란의 지원을 받는] 민병대를'), with the span of a land named before it
    (land_span), else None."""
    j = first - 1
    if j < 1 or toks[j][1] != OBJECT_TAG or toks[j - 1][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, j - 1)
    if armed_target(toks, [(toks[start][2], toks[j - 1][2] + toks[j - 1][3])]) is None:
        return None
    m = start - 1  # the relative's adnominal ending
    if m < 0 or toks[m][1] != MODIFIER_TAG:
        return None
    b = backing_start(toks, m, lex)
    if b is None:
        return None
    b = run_start(toks, b)
    return (toks[b][2], toks[m][2] + toks[m][3]), land_span(toks, b, lex)


def backed_objects(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each hit whose object is an armed group a state backs with `backer_object` marked (and `backed_land`, a
    land named before the backer); the rest as they came."""
    out = []
    for h in hits:
        found = backer_span(toks, h.data["first"], lex) if "first" in h.data and not h.data.get("passive") else None
        if found:
            h = dataclasses.replace(h, data={**h.data, "backer_object": found[0], "backed_land": found[1]})
        out.append(h)
    return out
