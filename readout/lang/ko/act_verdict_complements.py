"""The parts of a quoted complement a verdict reading needs: its verdict word, its accused side, the verb that says it.

Why a module of its own: act_verdicts.py decides what a verdict states (a new ACCUSE, an accused added, the deeds
that are only a charge's content); this module only reads the complement, 'B의 포격이 주권 침해라고 밝혔다': where
its verdict word is (a noun before the copula, a verdict verb, a noun joined by a linking verb, a verb done
unlawfully), which side stands accused before it, where the speaker's words bound it, and which verb says it.
act_verdict_charges.py reads the same bounds.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import coordinated_start, glossed_head, next_predicate, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_object_owners import genitive_owner
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_trailing_speakers import past_trailing_speaker
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import FUTURE_ETM, NOUN_TAGS, SENTENCE_END_TAGS


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


def verdict_word(toks: list, e: int, lex: ActIndex) -> tuple[int, bool] | None:
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


def told_speech(toks: list, k: int, lex: ActIndex) -> bool:
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


def accused_side(toks: list, at: int, nominal: bool, lex: ActIndex, bound: int) -> tuple | None:
    """The complement's accused side before the verdict at `at`: its subject or topic, or (a noun verdict) the
    object it judges; as target spans, the genitive owner first ('B의 포격이': B, then the whole run). None when
    the complement has no argument of its own before the speaker's topic, or the argument is the speaker's own
    side ('우리는'). `bound` is the speaker's own particle (the search stops there), or -1 when the speaker is
    named after the complement ('...이라고 인도 정부가 밝혔다'). A pronoun ('이를 도발이라고') stands for the
    act just reported."""
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
        owner = genitive_owner(toks, (start, head))
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


def speaker_bound(toks: list, e: int, say: int, lex: ActIndex) -> int:
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


def saying_verb(toks: list, e: int, lex: ActIndex) -> tuple[int, bool] | None:
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
