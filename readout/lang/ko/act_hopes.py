"""A hope addressed to a party ('중국이 건설적 역할을 하기를 바란다', '북한이 대화에 나서 주길 희망한다').

CAMEO's verb dictionary codes HOPE as an appeal (020, PLOVER REQUEST): said of what a named side should do, a hope
asks that side to do it. Said of a state of affairs ('평화가 정착되기를 바란다') or of an outcome foreseen ('대화에
나설 것으로 기대한다') it asks no one. So a hope verb (cue hope_verb) states a request only over a -기 complement
('하기를', '하길', '하기 바란다') of a deed, not of being or becoming ('계기가 될 수 있기를', '관계가 개선되기를'),
whose clause has a subject of its own: the one asked (act_targets reads the
complement's subject as the target, and a subject that names no state leaves the request without a receiver, so
it is dropped)."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import SENTENCE_END_TAGS, TOPIC_PARTICLES

STATE_STEMS = frozenset({"있", "없", "되"})  # a complement of being or becoming: a state of affairs
# endings inside one complement: '나서 주기를' (-어) and, reject50, deeds joined by -고 ('모든 당사자가 자제하고 대화로
# 해결하기를 바란다': the subject before -고 is asked both)
JOINING_ENDINGS = frozenset({"어", "아", "여", "고"})
HOPE_REACH = 24  # morphemes back from the hope verb over its complement clause


def hope_without_party(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The candidate is a hope verb with no -기 complement naming its own subject right before it."""
    if cand.entry.lemma not in lex.cue("hope_verb") or cand.entry.noun is not None:
        return False
    k = cand.first - 1
    if k >= 0 and toks[k][1] == "JKO":
        k -= 1  # '하기를', '하길' (kiwi: 기/ETN ᆯ/JKO)
    if k < 0 or toks[k][:2] != ("기", "ETN"):
        return True
    if k < 1 or toks[k - 1][0] in STATE_STEMS or toks[k - 1][1] in ("VA", "VCP", "XSA"):
        return True  # '계기가 될 수 있기를', '관계가 개선되기를', '안정적이기를': a state hoped for, no deed asked
    for j in range(k - 1, max(-1, k - HOPE_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES or tag == "EC" and form not in JOINING_ENDINGS:
            return True  # the complement's clause is over: a topic, a sentence, a clause before it
        if tag == "JKS":
            return False
    return True
