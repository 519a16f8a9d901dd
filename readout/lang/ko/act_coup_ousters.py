"""(kolex49) A verb of ousting that has no act entry of its own, with a coup as its means: '군부는 쿠데타로 정부를
몰아냈다', '쿠데타로 대통령을 무너뜨렸다'.

Why a reader of its own: act_coup_means turns an ousting the finder already read ('쿠데타로 X 대통령을 축출했다',
SANCTION expel) into the coup, but most verbs of ousting (무너뜨리다, 타도하다 ...) read nothing on a government or a
leader, so there was nothing to turn; 축출하다 and 몰아내다 + a leader read a coup only under armed men
(encoup49's entries, act_armed_ousters), and a coup named as the means needs no armed subject. The CAMEO verb dictionary
(PETRARCH2) files OVERTHROW under 180 (PLOVER ASSAULT) and leaves 'OUST * RULER' uncoded: the ousting of a ruler is an
act only as the overthrow it names. Here the coup named as the means (cue coup_means_noun marked 로/으로 in the verb's
clause, as act_coup_means reads it) makes a verb of ousting (cue ousting_verb) the coup itself: ASSAULT,
pro_autocracy, its object the target (the pipeline gives the army's own government, as for '쿠데타를 일으켰다'). An
ousting by a vote or an impeachment, or with no means named, still reads nothing.
(coups50) The passive ('정부가 쿠데타로 전복됐다', '군부에 의해 전복됐다') and a verb of falling from power (cue
ousted_verb: '대통령이 쿠데타로 실각했다') are read here too, with a coup as the means or armed men as the '에 의해'
agent; act_passive_coups makes the hit the coup on the subject's government.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_coup_means import COUP, COUP_CONTEXT, coup_before
from readout.lang.ko.act_passive_coups import armed_agent, ousting_lemma
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.ending_reading import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS

COUP_READING = {"type": COUP, "mode": None, "pos": "verb", "noun": None, "target": ["object"], "generic": False,
                "contexts": list(COUP_CONTEXT), "forms": [], "source": []}


def coup_ousting(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """At the stem `s`, a verb of ousting the act table has no reading for, after a coup named as its means in its
    own clause: the coup (ASSAULT pro_autocracy) as a candidate of the finder; None otherwise."""
    if toks[s][1] not in ACT_VERB_TAGS:
        return None
    lemma = lemma_at(toks, s)
    if not ousting_lemma(lemma, lex):
        return None
    passive = lemma not in lex.cue("ousting_verb")  # '전복됐다', '실각했다': the subject is ousted
    first = s - 1 if toks[s][1] == "XSV" and s > 0 else s
    if not (coup_before(toks, first, lex) or passive and armed_agent(toks, first)):
        return None
    return Candidate(ActEntry(**{**COUP_READING, "lemma": lemma}), first, s, passive=passive)
