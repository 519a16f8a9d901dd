"""(koact49) A leader ousted by a coup: '군부는 쿠데타로 X 대통령을 축출했다', '쿠데타로 정부를 몰아냈다'.

Why: a verb of ousting (cue ousting_verb: 축출하다, 몰아내다, ...) reads alone as an expulsion (SANCTION expel), which
names a person and no state receiving it, so the coup gave no event at all, while '쿠데타를 일으켜 X 대통령을
축출했다' and English 'ousted the president in a coup' give the coup (coup48: CAMEO 180 overthrow -> PLOVER ASSAULT,
pro_autocracy context, the army acting on its own government). The coup named as the ousting's means (a noun of cue
coup_means_noun marked 로/으로 in the verb's own clause) makes the ousting that coup: ASSAULT, pro_autocracy, with no
target of its own (the ousted person is no side; the pipeline gives the army's own government, as for
'쿠데타를 일으켰다'). An ousting by any other means ('탄핵으로 축출했다', a vote) stays what it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, INSTRUMENTAL_PARTICLES

COUP = "ASSAULT"
COUP_CONTEXT = ("pro_autocracy",)


def coup_means(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each verb of ousting whose clause names a coup as its means made the coup (ASSAULT pro_autocracy)."""
    ousting = lex.cue("ousting_verb")
    return [replace(h, type=COUP, mode=None, contexts=COUP_CONTEXT, target=(), data={**h.data, "coup_means": True})
            if not h.nominal and h.type != COUP and h.lemma.split("+")[-1] in ousting
            and coup_before(toks, h.data.get("first"), lex) else h for h in hits]


def coup_before(toks: list, first: int | None, lex: ActIndex) -> bool:
    """Whether a coup noun marked 로/으로 stands before morpheme `first` in its clause ('쿠데타로 ... 축출')."""
    if first is None:
        return False
    nouns = lex.cue("coup_means_noun")
    for k in range(first - 1, 0, -1):
        if toks[k][1] in CLAUSE_BREAK_TAGS:
            return False
        if toks[k][0] in INSTRUMENTAL_PARTICLES and toks[k][1] == "JKB" and toks[k - 1][0] in nouns:
            return True
    return False
