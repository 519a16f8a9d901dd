"""Whom a Korean show of force faces: '러시아는 노르웨이 주변에서 훈련을 벌였다', 'Y 인근 해역에서', 'Y를 포위하는 훈련'.

Why: by the PLOVER manual a MOBILIZE placed near another state, or one that surrounds it, is aimed at that state;
the pipeline gives a show of force no receiving side unless the language points at one (`target_spans`). The
English reader finds 'staged drills around Y' by its preposition of posture (lang/en/act_targets.facing_spans);
here the place's posture noun (`posture_noun`: 주변, 인근, ...) before 에서/에, or a relative clause of encircling
(`encircle_stem`) on the drill noun, names the state faced. 'Y와 연합훈련' (a partner) and 'Y에서' with no posture
noun (a drill held in a place, perhaps the actor's own) name none; the pipeline drops the actor's own state.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_border_postures import border_spans
from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, TOPIC_PARTICLES

POSTURE_REACH = 16  # morphemes back from the show of force where the place it faces may stand
PLACE_PARTICLES = frozenset({"에서", "에"})


def faced_spans(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """Character spans of the states a MOBILIZE of its own clause faces, nearest first: the nouns before a posture
    noun marked as the place ('일본 인근 해역에서'), and the object of an encircling verb in a relative clause on
    the drill noun ('일본을 포위하는 훈련'). A clause ending, a subject or the topic closes the search."""
    if cand.entry.type != "MOBILIZE" or cand.passive:
        return []
    postures, encircle = lex.cue("posture_noun"), lex.cue("encircle_stem")
    spans = []
    for j in range(cand.first - 1, max(0, cand.first - POSTURE_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "EC", "JKS") or (tag == "JX" and form in TOPIC_PARTICLES):
            break
        if form in postures and tag in NOUN_TAGS and _placed(toks, j) and toks[j - 1][1] in NOUN_TAGS:
            spans.append((toks[run_start(toks, j - 1)][2], toks[j - 1][2] + toks[j - 1][3]))
        elif form in encircle and toks[j - 1][1] == "JKO" and toks[j - 2][1] in NOUN_TAGS \
                and any(toks[k][1] == "ETM" for k in range(j + 1, min(len(toks), j + 3))):
            spans.append((toks[run_start(toks, j - 2)][2], toks[j - 2][2] + toks[j - 2][3]))
    return spans or border_spans(toks, cand, lex)  # enact48: 'Y와의 국경에 병력을 배치했다'


def _placed(toks: list, j: int) -> bool:
    """The noun run of the posture noun at j ends in a place particle ('인근 해역에서', '주변에')."""
    k = j + 1
    while k < len(toks) and toks[k][1] in NOUN_TAGS:
        k += 1
    return k < len(toks) and toks[k][1] == "JKB" and toks[k][0] in PLACE_PARTICLES


def reaction_forces(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with forces scrambled or sortied (`scramble_verb`: '함정과 전투기를 출동시켰다') marked `reaction`: a
    scramble answers a show of force, so the pipeline aims it at the state that mobilized before it in the story
    (pipeline/act_recipient_readers.answered_show_of_force), never making that state a second actor."""
    return [replace(h, data={**h.data, "reaction": True})
            if h.type == "MOBILIZE" and h.lemma.split("+")[-1] in lex.cue("scramble_verb") else h for h in hits]
