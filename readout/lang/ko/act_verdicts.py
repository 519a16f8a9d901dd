"""Accusations stated without an act verb: a verdict the speaker puts on another side's conduct.

'A 외교부는 B의 국경 포격이 주권 침해라고 밝혔다', 'A는 B가 역내 긴장을 고조시키고 있다고 말했다', '합참은 이번
발사를 명백한 도발이라며 ...': no word of the clause is an act verb, yet the speaker accuses B (PLOVER ACCUSE: to
express disapproval or to allege wrongdoing). The verdict is a characterizing noun before the copula (cue
verdict_noun: 도발, 위반, 침해, 간섭, 만행 ...) or a characterizing predicate (cue verdict_verb: 위협하다,
고조시키다, 침해하다 ...) closing a quoted complement (cue quote_ending); the accused is that complement's own
subject, or the object a 'X를 N이라고/이라며' verdict judges, its genitive owner first ('B의 포격이': B); the
accuser is the speaker, so the hit stands at the saying verb and its subject acts.

Not an accusation: a negated verdict ('간섭이 아니라고', '위협하지 않는다고'), a complement with no subject or
object of its own or one in the first person ('우리 훈련은', cue self_noun), and a verdict put on one's own
conduct (the pipeline drops an act whose only receiving side is its actor). Where the saying verb is already an
accusation (비판했다, 비난했다) it gains the accused when it had none.

The complement's parts (its verdict word, accused side, speaker bound, saying verb) are read in
act_verdict_complements.py, the deeds a charge tells as its content in act_verdict_charges.py (debt57).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_claim_kinds import struck_first, wronged_good
from readout.lang.ko.act_denied_reports import denied_report
from readout.lang.ko.act_reported_charges import reported_charge
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_verdict_charges import (alleged_act, charged_in, charged_transfers, first_quote_ending,
                                                 judged_acts, planned_deeds, reported_backing, told_threats,
                                                 violated_norms)
from readout.lang.ko.act_verdict_complements import accused_side, saying_verb, speaker_bound, told_speech, verdict_word
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import NOUN_TAGS


def verdict_accusations(toks: list, lex: ActIndex, hits: list[ActHit]) -> list[ActHit]:
    """The hits of the sentence with every verdict read: a new ACCUSE hit at the saying verb where that verb
    states no act, or the accused added to an accusation that named no one. Other hits are returned unchanged."""
    by_pred: dict = {}
    for h in hits:  # a headline's act and its noun share a stem: the first stands for the predicate
        by_pred.setdefault(h.data.get("pred"), h)
    replaced: dict[int, ActHit] = {}  # id of a hit -> the hit with its accused added
    added: list[ActHit] = []
    norms: set[int] = set()  # ids of nominal hits naming the norm a verdict says was broken
    alleged: set[int] = set()  # ids of deeds only told inside an accusation or claim
    charged: set[int] = set()  # ids of force deeds told inside one: kept only where they struck the accuser
    complement: dict[int, tuple[int, int]] = {}  # a judging verb's stem -> its complement's accused run
    accused_of: dict[int, str] = {}  # a verb of accusing's stem -> the mode its told deed gives (`_accused_of`)
    for e in range(1, len(toks)):
        quoted = toks[e][1] == "JKQ" and toks[e][0] in lex.cue("verdict_quote_particle")
        # "'도발'이라고", '"...위반하고 있다"고': kiwi's quotative particle after a quote; 'X를 도발로 규정했다'
        quoted = quoted or toks[e][1] == "JKB" and toks[e][0] in lex.cue("verdict_as_particle")
        if not quoted and (toks[e][1] != "EC" or toks[e][0] not in lex.cue("quote_ending")):
            continue
        found = verdict_word(toks, e, lex)
        said = saying_verb(toks, e, lex) if found or toks[e][1] == "EC" else None
        if found and said and not found[1] and toks[e][1] == "EC" and told_speech(toks, found[0], lex) \
                and lemma_at(toks, said[0]) not in lex.cue("allege_verb"):  # an indirect complement only (kobacked50)
            found = None  # charges51: 'B가 공격하겠다고 위협했다고 밝혔다': B's threat reported, no verdict on B
        told = found  # the complement's own verdict word, before a judging verb stands in for it
        if said and not found and _judging(by_pred.get(said[0])):
            found = e, False  # '...긴장을 높인다며 비판했다': the accusation verb makes its complement the wrong alleged
        if not found and said is None and toks[e][1] == "JKQ":
            said = saying_verb(toks, e, lex)  # '"B 군함이 ...을 나포했다"고 주장했다': a direct quote's claim
        backing = bool(said) and not found and reported_backing(toks, e, said[0], hits, lex)  # ensupport68
        denied = bool(said) and denied_report(toks, said[0], lex)  # kodeed47: '...했다고 밝혔지만 B는 이를 부인했다'
        if said and not found and (lemma_at(toks, said[0]) in lex.cue("allege_verb") or struck_first(toks, e, lex)
                                   or backing or denied):
            found = alleged_act(toks, e, said[0], hits, lex)  # 'Y가 ...을 공습했다고 주장했다'
            alleged.update(planned_deeds(found, hits, lex))  # 'Y가 ...을 공격하려 한다고 주장했다'
        if said and not found and toks[e][1] == "EC":  # koacts59b: '...포격했다고 말했다', the speaker's charge
            found = reported_charge(toks, e, said[0], hits, lex, by_pred.get(said[0]))
        if not said or not found:
            continue
        (at, nominal), (say, own_act) = found, said
        if not own_act and read_clause(toks, say, lex).negated:
            continue  # '...도발이라고 밝히지 않았다': no verdict is stated
        bound = speaker_bound(toks, e, say, lex)
        act_topic = _act_topic(toks, bound, hits) != bound
        accused = accused_side(toks, at, nominal, lex, -1 if act_topic else bound)
        if accused is None:
            continue
        spans = accused
        norms.update(violated_norms(toks, spans, at, hits))
        if _judging(by_pred.get(say)) or lemma_at(toks, say) in lex.cue("allege_verb") or backing or denied:
            alleged.update(charged_transfers(toks, spans, e, hits, lex))
            # accuse66: '거부했다며'; only up to the first quoting ending: a word after it ('B의 제재가 불법이라며 이를
            # 적용하지 않겠다고 밝혔다') is the speaker's own answer to the judged thing, no content of the charge
            alleged.update(charged_in(toks, spans, e, hits, lex.cue("judged_word_type"),
                                       upto=first_quote_ending(toks, spans, e, lex)))
            alleged.update(told_threats(toks, spans, e, hits, lex))  # charges52: '공격하겠다고 위협했다고 주장했다'
            charged.update(charged_in(toks, spans, e, hits, lex.cue("charged_force_type")))
        hit = by_pred.get(say)
        if _judging(hit):
            norms.update(judged_acts(spans, hits))
            if act_topic:  # the complement's topic is not the judge, who was dropped: it is no subject of the act
                complement.setdefault(say, (spans[0][0], toks[e][2] + toks[e][3]))
        if own_act and not (hit and hit.type == "ACCUSE" and hit.status == "occurred") and at not in by_pred:
            by_pred[at] = _joined_verdict(toks, at, e, nominal, spans, lex)  # '...'침해'라며 철회를 요구했다'
            added.append(by_pred[at])
            continue
        if hit is None:
            by_pred[say] = _said_verdict(toks, at, say, nominal, spans, lex)
            if _judged_fact(toks, at, e, lex):  # '...취소한 것은 국제법에 어긋난다고 주장했다': a known deed judged
                by_pred[say] = replace(by_pred[say], mode="disapprove")
            added.append(by_pred[say])
        elif hit.type == "ACCUSE" and not hit.data.get("target_spans") and spans:
            judged = {"target_spans": spans, "verdict_at": at}
            if refers_to_act(toks, spans, lex):  # '이번 공습을 "...위반"이라고 규탄했다': the striker just reported
                judged.update(answers=True, unaddressed=True)
            by_pred[say] = replaced[id(hit)] = replace(hit, data={**hit.data, **judged})
        if hit is not None and _accused_of(toks, told, e, say, lex):
            accused_of[say] = _accused_of(toks, told, e, say, lex)  # parallel52: 'B가 국경을 침범했다고 비난했다'
    out = [replace(h, data={**h.data, "charged_deed": True}) if id(h) in charged else replaced.get(id(h), h)
           for h in hits if id(h) not in norms | alleged] + added
    out = [replace(h, mode=accused_of[h.data["pred"]])
           if h.type == "ACCUSE" and h.mode == "disapprove" and h.data.get("pred") in accused_of else h for h in out]
    return [replace(h, data={**h.data, "complement_subject": complement[h.data["pred"]],
                             "conditions": (*h.data.get("conditions", ()), complement[h.data["pred"]])})
            if h.type == "ACCUSE" and h.data.get("pred") in complement else h for h in out]


def _accused_of(toks: list, told: tuple[int, bool] | None, e: int, say: int, lex: ActIndex) -> str | None:
    """(parallel52) The mode of an accusation by a verb of accusing (cue accusing_verb: 비난하다) whose reported
    complement tells the accused's deed with a verdict verb ('B가 국경을 침범했다고 비난했다', cue
    accused_deed_ending): the Korean way of writing English 'accused B of violating the border', PLOVER ACCUSE
    'allege' ("formally or informally accuse"), as a verb of saying or claiming with that complement already is
    (`verdict_mode`; a wrong to a common good stays 'disapprove'). A verdict noun ('도발이라고 비난했다'), a reason
    joined by '며' ('침범했다며 비난했다': 'criticized B, saying'), or a verb of condemning or criticizing (규탄하다,
    비판하다: English 'condemned B for violating') keep the disapproval: None."""
    if told is None or told[1] or toks[e][0] not in lex.cue("accused_deed_ending") \
            or lemma_at(toks, say) not in lex.cue("accusing_verb"):
        return None
    return verdict_mode(toks, told[0], False, lex, say)


def _act_topic(toks: list, bound: int, hits: list[ActHit]) -> int:
    """The speaker's bound, or -1 when the sentence's first topic is a noun act ('또 [B의 병력 배치와 무기 이전은]
    ...을 드러낸다며 비판했다'): an act speaks for no one, so that topic is the complement's own and the speaker was
    dropped (the sentence before named it)."""
    if bound < 1 or toks[bound - 1][1] not in NOUN_TAGS:
        return bound
    first = coordinated_start(toks, run_start(toks, bound - 1))
    named = any(h.nominal and isinstance(h.data.get("pred"), int) and first <= h.data["pred"] < bound for h in hits)
    return -1 if named else bound


def _judging(hit: ActHit | None) -> bool:
    """The saying verb's own act is a stated accusation ('비판했다', '규탄했다'), not a plan or a denial of one."""
    return hit is not None and hit.type == "ACCUSE" and hit.status == "occurred" and not hit.negated


def _judged_fact(toks: list, at: int, e: int, lex: ActIndex) -> bool:
    """(accuse56) The act at `at` is named as a fact, a clause closed by the bound noun 것 that is the complement's
    subject or topic ('B가 비자를 취소한 것은 국제법에 어긋난다고 주장했다'): the claim judges a deed the report
    tells, the manual's ACCUSE 'disapprove', not the allegation of one ('B가 국제법을 위반하고 있다고 주장했다')."""
    particles = lex.cue("verdict_subject_particle") | lex.cue("verdict_topic_particle")
    return any(toks[m][0] in lex.cue("deed_fact_noun") and toks[m][1] == "NNB" and toks[m + 1][0] in particles
               for m in range(at + 1, e - 1))


def verdict_mode(toks: list, at: int, nominal: bool, lex: ActIndex, say: int | None = None) -> str:
    """A noun verdict disapproves ('도발이라고 비난'), a verb verdict alleges a wrong; but a noun that names a crime
    (cue crime_verdict_noun) put on the conduct by a verb of formal designation (cue designate_verb: '제노사이드로
    규정했다') charges the judged side with it: PLOVER ACCUSE 'allege' ("formally or informally accuse; ... charge"),
    as English 'declared the killings a genocide' (fields10); '전쟁범죄라며 비난했다' stays a disapproval."""
    if not nominal:
        return "disapprove" if wronged_good(toks, at, lex) else "allege"
    formal = say is not None and lemma_at(toks, say) in lex.cue("designate_verb")
    return "allege" if formal and toks[at][0] in lex.cue("crime_verdict_noun") else "disapprove"


def _said_verdict(toks: list, at: int, say: int, nominal: bool, spans: tuple, lex: ActIndex) -> ActHit:
    """The accusation a saying verb states by its verdict complement ('...이 주권 침해라고 밝혔다'): the hit stands at
    the saying verb, so its subject accuses."""
    first = say - 1 if toks[say][1] == "XSV" and toks[say - 1][1] in NOUN_TAGS else say
    data = {"pred": say, "first": first, "last": say, "clause": "main", "main": True,
            "target_spans": spans, "verdict_at": at}
    if refers_to_act(toks, spans, lex):
        data["unaddressed"] = True  # '이번 발포를 도발이라고': naming no state, the author of the acts just reported
    return ActHit(start=toks[first][2], end=toks[say][2] + toks[say][3], type="ACCUSE",
                  mode=verdict_mode(toks, at, nominal, lex, say), lemma=lemma_at(toks, say), target=(),
                  status="occurred", data=data)


def _joined_verdict(toks: list, at: int, e: int, nominal: bool, spans: tuple, lex: ActIndex) -> ActHit:
    """The accusation a joined verdict states on its own ('A는 B의 조치를 '명백한 침해'라며 철회를 요구했다'): the
    sentence's final predicate is an act of its own (a demand, a recall, a threat), not a verb of saying, so the
    verdict is a second act of the same speaker, its hit standing on the verdict noun's run (its clause reaches the
    joined ending at `e`), a clause that shares the sentence's topic. Its status is its own: stated, whatever the
    final verb's (planned, negated)."""
    first = run_start(toks, at)
    data = {"pred": at, "first": first, "last": e, "clause": "connective", "main": False, "target_spans": spans,
            "verdict_at": at, "joined_verdict": True}
    if refers_to_act(toks, spans, lex):
        data["unaddressed"] = True
    return ActHit(start=toks[first][2], end=toks[at][2] + toks[at][3], type="ACCUSE",
                  mode=verdict_mode(toks, at, nominal, lex), lemma=toks[at][0], target=(), status="occurred",
                  data=data)


def refers_to_act(toks: list, spans: tuple, lex: ActIndex) -> bool:
    """The accused run refers to an act ('이번 발포', '이러한 행위', '미사일 발사'; cues verdict_reference,
    provocation_noun, answered_measure): with no state named, its author is the one the story just reported acting.
    A generic subject ('기후변화가 위협이라고') accuses no one."""
    lo, hi = spans[-1]
    words = {form for form, _tag, start, _len in toks if lo <= start < hi}
    return bool(words & (lex.cue("verdict_reference") | lex.cue("provocation_noun") | lex.cue("answered_measure")
                         | lex.cue("answered_pronoun")))
