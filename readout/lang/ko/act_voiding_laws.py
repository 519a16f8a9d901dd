"""An accord voided by a law its party signs (stance52): '대통령은 B와 맺은 협정을 무효화하는 법률에 서명했다', 'B와의
협정을 파기하는 행정명령에 서명했다', the Korean side of English 'signed a law nullifying the agreement with B'
(lang/en/act_voiding_laws.py).

The lexicon reads '서명하다' as the signing of an accord (AGREE). But what is signed is the law (`enacting_noun` before
에), and what the law does is the verb whose adnominal ending joins it to the law (`voiding_verb` + 는/ㄴ): it voids the
accord, the party's refusal of it (the manual's REJECT, 'reject an agreement'), received by the accord's other party
(the 와/과 partner of the sentence, as the signing's own target). Only where the law noun comes right before 에 and the
signing verb, and the voiding verb right before the law noun: '법률과 협정에 서명했다' signs the accord.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import ACT_VERB_TAGS, LOCATIVE_PARTICLE, PLAIN_NOUN_TAGS

ADNOMINAL = frozenset({"는", "ᆫ", "ㄴ", "은"})  # '무효화하는 법률', '파기한 법'
LIGHT_TAGS = ACT_VERB_TAGS  # '무효화[하]는', '무효로 [하]는'


def voiding_laws(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each signing whose object is a voiding law read as the REJECT of the accord it voids."""
    return [replace(h, type="REJECT", mode=None, data={**h.data, "voiding_law": True})
            if h.type == "AGREE" and voided(toks, h, lex) else h for h in hits]


def voided(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """Whether the morphemes before the signing verb are '<voiding verb>는 <law noun>에'."""
    first = hit.data.get("first")
    if first is None or hit.lemma not in lex.cue("signing_verb") or first < 4:
        return False
    law, at = first - 2, first - 1
    if toks[at][:2] != LOCATIVE_PARTICLE or toks[law][0] not in lex.cue("enacting_noun"):
        return False
    ending = law - 1
    while ending > law - 3 and toks[ending][1] in PLAIN_NOUN_TAGS:
        ending -= 1  # '[행정] 명령', '[긴급] 법안': the law's compound
    if ending < 1 or toks[ending][1] != "ETM" or toks[ending][0] not in ADNOMINAL or toks[ending - 1][1] not in LIGHT_TAGS:
        return False
    return voiding_verb(toks, ending - 1) in lex.cue("voiding_verb")


def voiding_verb(toks: list, stem: int) -> str:
    """The verb whose stem is at `stem`, written as the lexicon lists it: '파기하다', '무효화하다', '무효로 하다'."""
    word, tag = toks[stem][0], toks[stem][1]
    if tag == "XSV" and stem > 0:
        before = toks[stem - 1]
        if before[1] == "XSN" and stem > 1:
            return toks[stem - 2][0] + before[0] + word + "다"  # '무효+화+하다'
        return before[0] + word + "다"
    if word == "하" and stem > 1 and toks[stem - 1][1] == "JKB":
        return toks[stem - 2][0] + toks[stem - 1][0] + " 하다"  # '무효로 하다'
    return word + "다"
