"""(plover58b) A deed marked '공동으로' or '합동으로' whose verb names no act is COOPERATE of its subject's parties: 'A와
B 해경은 침몰한 여객선을 공동으로 인양했다', 'A는 B와 합동으로 밀수 조직을 해체했다' (the twin of English
lang/en/act_joint_deeds: 'A and B jointly dismantled a ring').

Why: the manual's COOPERATE is a joint undertaking (CAMEO 06); the deed itself (a wreck salvaged, a ring dismantled, a
bridge built) is none of the sixteen types, so the clause gave no event though the adverb says the parties acted
together. Rule: at a verb stem with no candidate of its own (asked last in `acts.stem_candidate`), a verb written with
하 (never the passive 되: '공동으로 운영된다' is a standing arrangement) or a plain verb, right after the adverb (cue
joint_deed_adverb + 으로/JKB), is COOPERATE, the partner after 와 as for 협력하다; a verb of saying, owning, running or
hosting (cue joint_deed_stop: '공동으로 발표했다', '공동으로 소유한다', '공동으로 주최했다') is none, as English leaves
'jointly announced', 'jointly owned'. A verb with an act of its own keeps that act ('공동으로 규탄했다': ACCUSE), since the
finder asks this reader only where no other reads the stem. The future and the promise ('공동으로 복원하기로 했다') are
read by the act reader's rules as any COOPERATE's (AGREE).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.ending_reading import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS

JOINT_READING = {"type": "COOPERATE", "mode": None, "pos": "verb", "noun": None, "target": ["와"], "generic": False,
                 "contexts": [], "forms": [], "source": []}
INSTRUMENTAL = ("으로", "JKB")  # '공동으로': the adverb's particle
DOING = "하"  # the active light verb ('인양하다'), never 되
OBJECT_REACH = 6  # morphemes of the object phrase between the adverb and the verb ('합동으로 밀수 조직을 해체했다')
CLAUSE_ENDS = frozenset({"EC", "EF", "ETM", "SF", "SP", "VV", "XSV", "VA", "VCP"})  # an adverb past these is another
# clause's


def joint_deed(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """At the stem `s`, a verb with no reading of its own right after '공동으로' / '합동으로': the joint undertaking
    (COOPERATE) as a candidate of the finder; None otherwise."""
    form, tag = toks[s][0], toks[s][1]
    if tag not in ACT_VERB_TAGS or tag == "XSV" and form != DOING:
        return None
    first = s - 1 if tag == "XSV" and s > 0 else s
    if not marked_joint(toks, first, lex):
        return None
    lemma = lemma_at(toks, s)
    if lemma in lex.cue("joint_deed_stop"):
        return None
    return Candidate(ActEntry(**{**JOINT_READING, "lemma": lemma}), first, s)


def marked_joint(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether '공동으로' / '합동으로' stands in the verb's own clause within a few morphemes before its first morpheme
    `first` (right before it, or before its object: '합동으로 밀수 조직을 해체했다')."""
    for k in range(first - 1, max(first - 1 - OBJECT_REACH, 0), -1):
        if toks[k][:2] == INSTRUMENTAL and toks[k - 1][0] in lex.cue("joint_deed_adverb"):
            return True
        if toks[k][1] in CLAUSE_ENDS:
            return False
    return False
