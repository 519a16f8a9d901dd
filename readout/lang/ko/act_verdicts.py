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
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, glossed_head, next_predicate, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_claim_kinds import struck_first, wronged_good
from readout.lang.ko.act_denied_reports import denied_report
from readout.lang.ko.act_judged_measures import owned_measure
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_trailing_speakers import past_trailing_speaker
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import FUTURE_ETM, NOUN_TAGS, SENTENCE_END_TAGS
from readout.sectors import ARMED_PEOPLE_SECTORS

QUOTE_MARKS = frozenset({"SS", "SSO", "SSC"})
STEM_TAGS = frozenset({"VV", "XSV", "VA"})
# the particle tag of each argument a verdict's complement may name, and the cue list of its particles
# (ko_acts.yaml: verdict_subject_particle 이/가, verdict_topic_particle 은/는, verdict_object_particle 을/를)
ARGUMENT_CUES = {"JKS": "verdict_subject_particle", "JX": "verdict_topic_particle"}  # the complement's subject or topic
OBJECT_CUE = {"JKO": "verdict_object_particle"}  # a noun verdict's judged object: 'X를 도발이라며'


def _particles(lex: ActIndex, nominal: bool = False) -> dict[str, frozenset[str]]:
    """The argument particles by tag, from the lexicon's cues (the object's only for a noun verdict)."""
    cues = {**ARGUMENT_CUES, **(OBJECT_CUE if nominal else {})}
    return {tag: lex.cue(name) for tag, name in cues.items()}


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
        found = _verdict(toks, e, lex)
        said = _saying_verb(toks, e, lex) if found or toks[e][1] == "EC" else None
        if found and said and not found[1] and toks[e][1] == "EC" and _told_speech(toks, found[0], lex) \
                and lemma_at(toks, said[0]) not in lex.cue("allege_verb"):  # an indirect complement only (kobacked50)
            found = None  # charges51: 'B가 공격하겠다고 위협했다고 밝혔다': B's threat reported, no verdict on B
        told = found  # the complement's own verdict word, before a judging verb stands in for it
        if said and not found and _judging(by_pred.get(said[0])):
            found = e, False  # '...긴장을 높인다며 비판했다': the accusation verb makes its complement the wrong alleged
        if not found and said is None and toks[e][1] == "JKQ":
            said = _saying_verb(toks, e, lex)  # '"B 군함이 ...을 나포했다"고 주장했다': a direct quote's claim
        backing = bool(said) and not found and reported_backing(toks, e, said[0], hits, lex)  # ensupport68
        denied = bool(said) and denied_report(toks, said[0], lex)  # kodeed47: '...했다고 밝혔지만 B는 이를 부인했다'
        if said and not found and (lemma_at(toks, said[0]) in lex.cue("allege_verb") or struck_first(toks, e, lex)
                                   or backing or denied):
            found = alleged_act(toks, e, said[0], hits, lex)  # 'Y가 ...을 공습했다고 주장했다'
            alleged.update(_planned_deeds(found, hits, lex))  # 'Y가 ...을 공격하려 한다고 주장했다'
        if not said or not found:
            continue
        (at, nominal), (say, own_act) = found, said
        if not own_act and read_clause(toks, say, lex).negated:
            continue  # '...도발이라고 밝히지 않았다': no verdict is stated
        bound = _speaker_bound(toks, e, say, lex)
        act_topic = _act_topic(toks, bound, hits) != bound
        accused = _accused(toks, at, nominal, lex, -1 if act_topic else bound)
        if accused is None:
            continue
        spans = accused
        norms.update(_violated_norms(toks, spans, at, hits))
        if _judging(by_pred.get(say)) or lemma_at(toks, say) in lex.cue("allege_verb") or backing or denied:
            alleged.update(_charged_transfers(toks, spans, e, hits, lex))
            # accuse66: '거부했다며'; only up to the first quoting ending: a word after it ('B의 제재가 불법이라며 이를
            # 적용하지 않겠다고 밝혔다') is the speaker's own answer to the judged thing, no content of the charge
            alleged.update(_charged_in(toks, spans, e, hits, lex.cue("judged_word_type"),
                                       upto=_first_quote_ending(toks, spans, e, lex)))
            alleged.update(_told_threats(toks, spans, e, hits, lex))  # charges52: '공격하겠다고 위협했다고 주장했다'
            charged.update(_charged_in(toks, spans, e, hits, lex.cue("charged_force_type")))
        hit = by_pred.get(say)
        if _judging(hit):
            norms.update(_judged_acts(spans, hits))
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


def _charged_transfers(toks: list, spans: tuple, e: int, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """The transfers an accusation's or claim's complement charges the accused with ('A는 [B가 C에 무기를 공급했다]고
    비난했다', '[B가 반군에 드론을 제공했다]고 주장했다'; cue charged_transfer_type): the speaker asserts them, the report
    does not, so they are the charge's content, no occurred event of their own, as the English reader leaves the
    gerund of 'accused B of supplying C'. A deed done to the speaker or a test it condemns ('B군이 마을을 포격했다고
    비난했다') stays: the side it struck tells of what it suffered, and the project codes that deed (acts47). The ids of
    the verbal hits from the accused's words to the complement's ending at `e`."""
    return _charged_in(toks, spans, e, hits, lex.cue("charged_transfer_type"))


def _charged_in(toks: list, spans: tuple, e: int, hits: list[ActHit], kinds: frozenset[str],
                upto: int | None = None) -> set[int]:
    """The ids of the verbal hits of a type in `kinds` from the accused's words to the complement's ending at `e` (or
    through the token at `upto`, where the charge closes before that ending).
    (charges50) With cue charged_force_type these are the force deeds a charge tells: marked `charged_deed`, so the
    pipeline keeps one only where it struck the accuser (pipeline/act_charged_deeds.py)."""
    lo, last = spans[0][0], e - 1 if upto is None or upto >= e else upto
    # by morpheme, not by offset: kiwi gives a fused ending the offset of the stem it joins ('지원한다고': 하/XSV and
    # ᆫ다고/EC both start at 한), so the verb right before the ending is still inside the complement (attack71)
    return {id(h) for h in hits if not h.nominal and isinstance(h.data.get("pred"), int) and h.type in kinds
            and lo <= toks[h.data["pred"]][2] and h.data["pred"] <= last}


def _told_threats(toks: list, spans: tuple, e: int, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """(charges52) The verbal acts a charge's complement tells with their own quoted content ('A는 B가 자국을
    공격하겠다고 위협했다고 주장했다 / 비난했다': `_told_speech`): the threat is what A alleges or condemns, a word and no
    deed (accuse66: the verbal types charged are the charge's ground), as English 'alleged that B had threatened to
    attack it' and 'condemned B for threatening to attack it' give the ACCUSE alone. `_first_quote_ending` stops the
    charge at '공격하겠다고', the inner verb's own quote, so the verb after it is asked here. The ids of those hits."""
    told = _charged_in(toks, spans, e, hits, lex.cue("judged_word_type"))
    return {id(h) for h in hits if id(h) in told and _told_speech(toks, h.data["pred"], lex)}


def _first_quote_ending(toks: list, spans: tuple, e: int, lex: ActIndex) -> int:
    """The first quoting ending ('-다며', '-라며') after the accused's words and before `e`, else `e`: the reported
    charge closes there, and a clause after it is the speaker's own."""
    return next((m for m in range(e) if toks[m][2] >= spans[0][0] and toks[m][1] == "EC"
                 and toks[m][0] in lex.cue("quote_ending")), e)


def _judged_fact(toks: list, at: int, e: int, lex: ActIndex) -> bool:
    """(accuse56) The act at `at` is named as a fact, a clause closed by the bound noun 것 that is the complement's
    subject or topic ('B가 비자를 취소한 것은 국제법에 어긋난다고 주장했다'): the claim judges a deed the report
    tells, the manual's ACCUSE 'disapprove', not the allegation of one ('B가 국제법을 위반하고 있다고 주장했다')."""
    particles = lex.cue("verdict_subject_particle") | lex.cue("verdict_topic_particle")
    return any(toks[m][0] in lex.cue("deed_fact_noun") and toks[m][1] == "NNB" and toks[m + 1][0] in particles
               for m in range(at + 1, e - 1))


def _planned_deeds(found: tuple[int, bool] | None, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """(accuse56) A force deed or transfer a claim only says another side intends ('B가 마을을 공격하려 한다고
    주장했다'): the claim alleges the intent, no deed took place, so the planned hit is the claim's content, not an
    event of its own. The ids of such hits at the alleged predicate."""
    if not found:
        return set()
    kinds = lex.cue("charged_force_type") | lex.cue("charged_transfer_type")
    return {id(h) for h in hits if h.data.get("pred") == found[0] and h.status != "occurred" and h.type in kinds}


def _judged_acts(spans: tuple, hits: list[ActHit]) -> set[int]:
    """The noun acts inside the accused run of an accusation ('B의 병력 증강과 무기 이전은 ...을 드러낸다며 비판했다'): the
    conduct judged, the reason the speaker gives, not acts of the report's day of their own. The ids of those hits."""
    lo, hi = spans[-1]
    return {id(h) for h in hits if h.nominal and lo <= h.start < hi
            and not owned_measure(h)}  # kolex49: '[B의 국경 봉쇄 조치]가 부당하다고 비난했다': B's measure, done


def _violated_norms(toks: list, spans: tuple, at: int, hits: list[ActHit]) -> set[int]:
    """The nominal hits inside a verdict's phrase, between the judged side and the verdict noun ('이번 공습을
    "[휴전 합의]에 대한 위반"이라고', '[정전 협정] 위반이라며'): the agreement or act named there is the norm the
    verdict says was broken, not an act of its own. The ids of those hits."""
    after = spans[-1][1]
    return {id(h) for h in hits if h.nominal and isinstance(h.data.get("pred"), int)
            and after <= toks[h.data["pred"]][2] and h.data["pred"] < at}


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


def _verdict(toks: list, e: int, lex: ActIndex) -> tuple[int, bool] | None:
    """The verdict word closing the complement whose quote ending is at `e`, and whether it is a noun; None
    when the complement ends in no verdict or denies it ('아니라고', '하지 않는다고')."""
    k = e - 1
    while k > 0 and toks[k][1] in QUOTE_MARKS:
        k -= 1
    if toks[e][1] == "JKQ" and toks[k][1] == "EF" and k < e - 1:
        k -= 1  # a direct quote's own final ending: '"...위반이다"라고', '"...하고 있다"고'
    if toks[k][1] == "VCN":
        return None  # '간섭이 아니라고'
    if toks[k][1] == "VCP" or toks[k][1] in NOUN_TAGS and (toks[e][1] in ("JKQ", "JKB") or k < e - 1):
        # a noun before the ending: kiwi's quotative particle, or (after a closing quote mark) the copula dropped
        # after a vowel, "'영토 침해'라며" read as a bare ending
        k -= toks[k][1] == "VCP"
        while k > 0 and toks[k][1] in QUOTE_MARKS:
            k -= 1  # "'명백한 도발'이라며"
        j = k
        while j >= 0 and toks[j][1] in NOUN_TAGS:
            if toks[j][1] == "NNG" and toks[j][0] in lex.cue("verdict_noun"):
                return k, True  # '주권 침해', '도발 행위': a verdict noun in the predicate noun's run
            j -= 1
        return None
    while k > 0 and toks[k][1] in ("EP", "EC", "VX", "ETM", "NNB", "VCP"):
        if toks[k][1] == "VX" and toks[k][0] in lex.cue("negation_aux"):
            return None  # '위협하지 않는다고'
        if toks[k][1] == "ETM" and toks[k][0] in FUTURE_ETM:
            return None  # '긴장을 고조시킬 수 있다고', '...할 것이라고': a forecast, no verdict on conduct
        k -= 1  # '고조시키고 있다고', '위반했다고', '침해하는 것이라고'
    if toks[k][1] in STEM_TAGS and (lemma_at(toks, k) in lex.cue("verdict_verb") or _unlawful_manner(toks, k, lex)):
        return k, False
    return _linked_verdict(toks, k, lex)


def _told_speech(toks: list, k: int, lex: ActIndex) -> bool:
    """(charges51) The verdict verb at `k` has a quoted complement of its own right before it ('공격하겠다고
    위협했다', '보복하겠다며 위협했다'; cue quote_ending): it tells a speech act with its own content, B's threat, as
    English 'X said B had threatened to attack it' does, no characterization of B's conduct ('B가 지역 평화를
    위협하고 있다고'). A threat told with a plain verb of saying is the reported THREATEN, no charge (acts47), as a
    deed told so ('B가 초소를 포격했다고 말했다') is; a verb of judging ('위협했다고 비난했다') or of alleging ('주장했다',
    English 'alleged that B had threatened') still accuses (the caller's test)."""
    if toks[k][1] not in STEM_TAGS or lemma_at(toks, k) not in lex.cue("verdict_verb"):
        return False
    j = k - 1
    while j >= 0 and toks[k][1] == "XSV" and toks[j][1] in NOUN_TAGS:
        j -= 1  # the noun of a light verb: '위협/NNG 하/XSV'
    return j >= 0 and toks[j][1] == "EC" and toks[j][0] in lex.cue("quote_ending")


UNLAWFUL_REACH = 4  # '불법/NNG 조업/NNG 을/JKO 하/VV', '불법/NNG 적/XSN 으로/JKB 조업/NNG 하/XSV'


def _unlawful_manner(toks: list, k: int, lex: ActIndex) -> bool:
    """The verb at `k` is done unlawfully by its own words ('...에 불법 침입했다고', '영해를 무단 진입했다고', '불법적으로
    조업했다고', '불법 조업을 했다고'; cue unlawful_manner): whatever the verb, the complement alleges a wrong
    (PLOVER ACCUSE, allege), as a verdict verb would. The manner word must sit in the verb's own phrase: its noun run, a
    manner particle after it, or the object of a light verb."""
    manner, light = lex.cue("unlawful_manner"), lex.cue("verdict_as_particle")
    m = k - 1
    while m >= max(0, k - UNLAWFUL_REACH):
        form, tag = toks[m][0], toks[m][1]
        if tag in NOUN_TAGS and form in manner:
            return True
        if not (tag in NOUN_TAGS or tag == "XSN" or tag == "JKB" and form in light
                or tag == "JKO" and m == k - 1 and toks[k][0] == "하"):
            return False
        m -= 1
    return False


RELATIVE_VERB_TAGS = frozenset({"VV", "XSV", "EP", "VX", "EC", "MAG"})  # a verb's parts before its adnominal
# ending, and an adverb of its own ('[규정을 명백히 위반한] 도발', ko-acts37)


def _relative_object(toks: list, etm: int) -> int:
    """The index of the object particle right before the relative verb whose adnominal ending is at `etm` ('평화를
    해치는 (도발)': 를), or -1: a verb of a verdict's own description takes the object next to it. Not an auxiliary
    construction ('용납할 수 (없는)': the ending before a bound noun) nor an object set apart by a quote mark
    ("이번 발포를 '용납할 ..."): that object is the judged one."""
    if etm + 1 < len(toks) and toks[etm + 1][1] == "NNB":
        return -1
    m = etm - 1
    while m > 0 and (toks[m][1] in RELATIVE_VERB_TAGS or toks[m][1] == "NNG" and toks[m + 1][1] == "XSV"):
        m -= 1
    return m if toks[m][1] == "JKO" and m < etm - 1 else -1
LINK_PARTICLE_TAGS = frozenset({"JKC", "JKS", "JKB"})  # '위협이 되다', '간섭에 해당하다', '간섭과 다름없다'


def _linked_verdict(toks: list, k: int, lex: ActIndex) -> tuple[int, bool] | None:
    """A verdict noun joined to the complement's predicate by a linking verb (cue verdict_link_verb: '...이 위협이
    되고 있다고', '...이 내정 간섭에 해당한다고', '...은 도발과 다름없다고'): the noun is the verdict, as before a copula."""
    if toks[k][1] not in STEM_TAGS or lemma_at(toks, k) not in lex.cue("verdict_link_verb"):
        return None
    j = k - 1 - (toks[k][1] == "XSV" and toks[k - 1][1] in NOUN_TAGS)  # '해당/NNG 하/XSV': the particle before 해당
    if j < 1 or toks[j][1] not in LINK_PARTICLE_TAGS:
        return None
    m = j - 1
    while m >= 0 and toks[m][1] in NOUN_TAGS:
        if toks[m][1] == "NNG" and toks[m][0] in lex.cue("verdict_noun"):
            return j - 1, True
        m -= 1
    return None


def _accused(toks: list, at: int, nominal: bool, lex: ActIndex, bound: int) -> tuple | None:
    """The complement's accused side before the verdict at `at`: its subject or topic, or (a noun verdict) the
    object it judges; as target spans, the genitive owner first ('B의 포격이': B, then the whole run). None when
    the complement has no argument of its own before the speaker's topic, or the argument is the speaker's own
    side ('우리는'). `bound` is the speaker's own particle (the search stops there), or -1 when the speaker is
    named after the complement ('...이라고 인도 정부가 밝혔다'). A pronoun ('이를 도발이라고') stands for the
    act just reported."""
    from readout.lang.ko.act_object_owners import _genitive_owner

    particles = _particles(lex, nominal)
    described: set[int] = set()  # objects of relative verbs inside the verdict's phrase
    embedded = 0  # nominalized object clauses being read back through ('[국경이 불안함]을 드러낸다며')
    for j in range(at - 1, max(bound, at - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS:
            return None
        if tag == "ETM":
            described.add(_relative_object(toks, j))  # "'[북침을 노린] 불장난'으로": not the judged object
        if tag == "ETN" and j + 1 < len(toks) and toks[j + 1][1] == "JKO":
            embedded += 1
        if j in described:
            continue
        if embedded and tag == "JKS":
            embedded -= 1  # that clause's own subject, not the complement's
            continue
        if form in particles.get(tag, ()) and toks[j - 1][1] == "NP" and toks[j - 1][0] in lex.cue("answered_pronoun"):
            return ((toks[j - 1][2], toks[j - 1][2] + toks[j - 1][3]),)  # '이를': the act just reported
        head = glossed_head(toks, j) if form in particles.get(tag, ()) else about_head(toks, j, lex)  # 'B(약칭)가'
        if head is None or toks[head][1] not in NOUN_TAGS:
            continue
        start = coordinated_start(toks, run_start(toks, head))
        words = {toks[m][0] for m in range(start, head + 1)}
        if words & lex.cue("self_noun"):
            return None  # '우리 훈련은 누구도 위협하지 않는다': the speaker's own conduct
        owner = _genitive_owner(toks, (start, head))
        run = (toks[start][2], toks[head][2] + toks[head][3])
        return (owner, run) if owner else (run,)
    return None


def about_head(toks: list, j: int, lex: ActIndex) -> int | None:
    """(en-acts45) The noun a verdict is said about, 'B의 발사에 대해 "이는 도발"이라고': a verb of 'about' (cue
    verdict_about_verb: 대하다, 관하다) at `j` after 에 and before a connective ending ('에 대해', '에 관해') names the
    judged deed, as 'B의 발사를 두고' does; an adnominal one ('안보에 대한 위협') modifies a noun of the verdict and
    names no deed; else None."""
    if toks[j][1] != "VV" or toks[j][0] not in lex.cue("verdict_about_verb") or j < 2 or toks[j - 1][1] != "JKB" \
            or j + 1 >= len(toks) or toks[j + 1][1] != "EC":
        return None
    return j - 2


def refers_to_act(toks: list, spans: tuple, lex: ActIndex) -> bool:
    """The accused run refers to an act ('이번 발포', '이러한 행위', '미사일 발사'; cues verdict_reference,
    provocation_noun, answered_measure): with no state named, its author is the one the story just reported acting.
    A generic subject ('기후변화가 위협이라고') accuses no one."""
    lo, hi = spans[-1]
    words = {form for form, _tag, start, _len in toks if lo <= start < hi}
    return bool(words & (lex.cue("verdict_reference") | lex.cue("provocation_noun") | lex.cue("answered_measure")
                         | lex.cue("answered_pronoun")))


def _speaker_bound(toks: list, e: int, say: int, lex: ActIndex) -> int:
    """Where the complement's arguments stop on the left: the speaker's particle, the sentence's first subject or
    topic; or -1 when the saying verb has its subject after the complement ('...이라고 인도 정부가 밝혔다'), so the
    sentence's first topic is the complement's own."""
    particles = _particles(lex)
    if any(toks[m][0] in particles.get(toks[m][1], ()) for m in range(e + 1, say)):
        return -1
    return _first_topic(toks, lex)


def _first_topic(toks: list, lex: ActIndex) -> int:
    """The index of the particle closing the sentence's first subject or topic (the speaker's), or 0."""
    particles = _particles(lex)
    for j, (form, tag, *_rest) in enumerate(toks):
        if form in particles.get(tag, ()):
            return j
    return 0


def _saying_verb(toks: list, e: int, lex: ActIndex) -> tuple[int, bool] | None:
    """The stem of the verb that says the complement ending at `e`, and whether that verb is an act of its own
    rather than a verb of saying: a saying verb right after it ('...라고 밝혔다', '...다고 거듭 주장했다', an
    accusation verb too: '...라고 비판했다'), or, after a joined ending ('...이라며'), the sentence's final
    predicate, whose subject is the speaker: a saying verb ('...이라며 대응하겠다고 밝혔다') or any other
    ('...이라며 철회를 요구했다': its own act, True)."""
    k = e + 1
    while k < len(toks) and toks[k][1] in (*QUOTE_MARKS, "JKQ"):
        k += 1
    say = next_predicate(toks, k, limit=4)
    sayers = lex.cue("say_verb") | lex.cue("judged_vehicle_verb") | lex.cue("characterize_verb") \
        | lex.cue("allege_verb")  # fresh36: a verb of finding says its complement too ('...했다고 판단했다')
    past = past_trailing_speaker(toks, k, _particles(lex)) if say is None else None
    if past is not None:  # kospeaker68: '...포격했다고 A 정부가 주장했다': the speaker between complement and verb
        say = next_predicate(toks, past, limit=4)
    if say is not None and lemma_at(toks, say) in sayers:
        return say, False
    if toks[e][0] not in lex.cue("verdict_joined_ending") or toks[e][1] == "JKB":
        return None
    for m in range(e + 1, len(toks)):
        if toks[m][1] == "EF":
            stem = m - 1
            while stem > e and toks[stem][1] == "EP":
                stem -= 1
            said = toks[stem][1] in STEM_TAGS and lemma_at(toks, stem) in sayers
            return stem, not said  # not said: '...'도발'이라며 대사를 소환하지는 않았다', '... 제소할 방침이다'
    return None


def backs_armed_group(hit: ActHit, lex: ActIndex) -> bool:
    """(accuse66) Backing given to an armed group ('B가 반군을 지원하고 있다고', 'B가 민병대를 무장시켰다고'): a
    transfer of `charged_transfer_type` whose receiving side the reader found in an armed non-state group's sector, a
    wrong one state charges another with, whatever the backing's mode (the English reader's `arms_armed_group`)."""
    return hit.type in lex.cue("charged_transfer_type") and hit.data.get("domestic_sector") in ARMED_PEOPLE_SECTORS


def reported_backing(toks: list, e: int, say: int, hits: list[ActHit], lex: ActIndex) -> bool:
    """(ensupport68) A plain verb of saying whose complement tells another side backing an armed group ('A는 B가 반군을
    무장시키고 있다고 밝혔다'): a side's report that another arms or funds an armed group charges it with a wrong, as
    with a verb of alleging (`backs_armed_group`; the English reader's `reported_arming`), and the backing is the
    charge's content. Backing a state or its forces is no charge."""
    lo = _speaker_bound(toks, e, say, lex)
    return any(isinstance(h.data.get("pred"), int) and max(lo, 0) < h.data["pred"] < e and not h.nominal
               and not h.negated and h.status == "occurred" and backs_armed_group(h, lex) for h in hits)


def alleged_act(toks: list, e: int, say: int, hits: list[ActHit], lex: ActIndex) -> tuple[int, bool] | None:
    """The act of force or of arming a claim's complement reports ('A는 B군이 민가를 공습해 민간인이 숨졌다고
    주장했다', 'B가 반군에 드론을 제공했다고 주장하며'; cues allege_verb, alleged_act_type as TYPE or TYPE:mode): to
    claim another side did it is to allege a wrong (PLOVER ACCUSE, allege), so it stands as the verdict, its subject the
    accused. The last such act between the speaker's particle and the ending at `e`, not negated; None when the
    complement reports no such act (a claim about a fact, a plan, one's own success)."""
    kinds, planned = lex.cue("alleged_act_type"), lex.cue("alleged_plan_type")
    lo = _speaker_bound(toks, e, say, lex)
    found = [h.data["pred"] for h in hits
             if isinstance(h.data.get("pred"), int) and max(lo, 0) < h.data["pred"] < e and not h.nominal
             and not h.negated and (h.status == "occurred" and (h.type in kinds or f"{h.type}:{h.mode}" in kinds
                                                                 or backs_armed_group(h, lex))
                                    or h.type in planned)]  # acts47: a deployment alleged, done or being prepared
    return (max(found), False) if found else None
