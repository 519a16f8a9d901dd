"""Which act a Korean predicate states: a predicate stem looked up in the act lexicon by its lemma, with the
arguments of its clause (a pair's noun, a light verb's act noun, an adverb keyed pair).

Why its own module: finding the candidate (this module) and reading what its clause does with it
(`act_context.py`, `acts.py`) are separate questions; the arguments walk both share is `act_arguments`, the act noun
lookup `act_noun_lookup`, a warning and what it threatens `act_forewarnings`, the noun a verb pairs with
`act_pair_nouns` (`pair_or_light`).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import STEM_TAGS, Candidate, joined, run_start
from readout.lang.ko.act_pair_nouns import pair_or_light
from readout.lang.ko.act_passive_agents import agent_before, passive_agent
from readout.lang.ko.calling_off import calling_off_active
from readout.lang.ko.act_received import received_passive
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_withdrawn_forces import withdrawn_force
from readout.lang.ko.meeting_speakers import speaking_side
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, COORDINATING_PARTICLES, NOUN_TAGS


PREDICATE_TAGS = frozenset({"XSV", "XSA", "NNG", "VX", *STEM_TAGS})  # the tags `predicate` reads a stem at


def shared_occasion(toks: list, adv: int, verb: str, lex: ActIndex) -> bool:
    """A verb of company ('함께하다', cue company_verb; its adverb at `adv`) whose object is an occasion (cue
    company_occasion: '만찬을 함께했다', '일정을 함께할'): the two shared a meal or a day, no one stood with another."""
    return verb in lex.cue("company_verb") and (adv > 1 and toks[adv - 1][1] == "JKO"
                                                and toks[adv - 2][0] in lex.cue("company_occasion")
                                                or attended_occasion(toks, adv, lex))


def attended_occasion(toks: list, adv: int, lex: ActIndex) -> bool:
    """(ko-acts31) '이 자리에는 B국 장관이 함께했다', '회의에도 B가 함께했다': an occasion (cue company_occasion) marked
    에 in the verb's clause, with no 와/과 party, says who was present: attendance, no one stood with another (PLOVER
    SUPPORT needs a side endorsed). The walk goes back from the adverb at `adv` to the clause's opening."""
    k = adv - 1
    while k > 0 and toks[k][1] not in CLAUSE_EDGE_TAGS:
        if toks[k][1] == "JKB" and toks[k][0] in COORDINATING_PARTICLES:
            return False  # 'B와 함께했다': stood with B
        if toks[k][1] == "JKB" and toks[k][0] == "에" and toks[k - 1][0] in lex.cue("company_occasion"):
            return True
        k -= 1
    return False


def spoken_side(toks: list, cand: Candidate, s: int, lex: ActIndex) -> tuple[int, int] | None:
    """(kohead46) The side of the meeting who says it was called off by the passive whose 되 is at `s`
    (lang/ko/meeting_speakers.speaking_side), as a character span; None when no side speaks."""
    return speaking_side(toks, s, cand.first, lex.cue("saying_verb") | lex.cue("fact_verb"))


def predicate(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """The act a predicate stem at `s` states, if the lexicon knows it. (debt52) Read by the stem's shape in the
    old order: an adverb with a light verb (`adverb_predicate`), a split verbal noun, a noun with 스럽다, a verbal
    noun with 하다 or 되다 or a decision noun with 로 (`verbal_noun_predicate`), a plain stem."""
    form, tag = toks[s][0], toks[s][1]
    if tag not in PREDICATE_TAGS:
        return None  # asked of every morpheme: most are no stem at all
    kiro = tag == "NNG" and (form.endswith("로") or s + 1 < len(toks) and toks[s + 1][0] == "로") \
        and form in lex.cue("decision_noun") and kiro_verb(toks, s) is not False  # speed51b: `kiro_verb`'s first
    # test before the list (a noun followed by no 로 is no '키로'): asked of every common noun
    if tag == "XSV" and s > 0 and toks[s - 1][1] == "MAG":  # 의견을 같이했다: 같이/MAG 하/XSV
        return adverb_predicate(toks, s, lex)
    if tag == "VV" and form == "하" and s > 0 and toks[s - 1][1] == "MAG":  # '함께할 것': kiwi reads 하/VV too
        verb = toks[s - 1][0] + "하다"
        if verb in lex.verbs and verb in lex.cue("company_verb") and not shared_occasion(toks, s - 1, verb, lex):
            return Candidate(lex.verbs[verb], s - 1, s)
    split = split_verbal_noun(toks, s, lex) if tag in ("XSV", "XSA") else None
    if split is not None:
        return split
    if tag == "XSA" and s > 0 and toks[s - 1][1] in NOUN_TAGS:  # 유감스럽다: 유감/NNG 스럽/XSA
        verb = toks[s - 1][0] + form + "다"
        return Candidate(lex.verbs[verb], s - 1, s) if verb in lex.verbs else None
    if tag == "XSV" or kiro:
        return verbal_noun_predicate(toks, s, lex, kiro)
    if tag in STEM_TAGS or tag == "VX" and s > 0 and toks[s - 1][1] == "JKO":  # '퇴짜를 놨다': kiwi reads 놓/VX
        first = serial_first(toks, s, lex)
        for verb in (form + "다", *given_main_verb(form)):
            cand = verb_or_pair(toks, first, s, verb, lex)
            if cand:
                return cand
        return received_passive(toks, s, lex, pair_or_light)  # '망명을 허가받았다': kiwi reads 받/VV
    return None


def adverb_predicate(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """(debt52) An adverb and the light verb at `s` ([같이/MAG 하/XSV]): the pair or light reading of its clause,
    else the joined verb's entry, unless the object is an occasion shared (no one is stood with)."""
    form = toks[s][0]
    verb = toks[s - 1][0] + form + "다"
    cand = pair_or_light(toks, s - 1, s, verb, lex)
    if cand or verb not in lex.verbs:
        return cand
    if shared_occasion(toks, s - 1, verb, lex):
        return None  # '만찬을 함께했다': the object is what is shared, no one is stood with
    return Candidate(lex.verbs[verb], s - 1, s)


def verbal_noun_predicate(toks: list, s: int, lex: ActIndex, kiro: bool) -> Candidate | None:
    """(debt52) A verbal noun (or a run of nouns) with 하다 or 되다 at `s`, or a decision noun with 로 (`kiro`,
    read with 하다): a pair naming it ('우려 표명했다'), a compound verb ('시험발사하다'), the verb or its pair, a
    passive of 되다 (`passive_predicate`), an act received ('지원을 약속받았다')."""
    form = toks[s][0]
    if s == 0 or toks[s - 1][1] not in NOUN_TAGS:
        return None
    noun_end = s - 1
    run0 = run_start(toks, noun_end, lex)
    suffix = "하다" if kiro else form + "다"
    vn = noun_end - 1 if toks[noun_end][1] == "XSN" and noun_end > run0 else noun_end  # 정상/화 하다
    verb = joined(toks, vn, noun_end) + suffix
    pairs = lex.pairs.get(verb, {})
    for k in range(run0, vn):  # 우려 표명했다, 공동 대응하기로
        key = joined(toks, k, vn - 1)
        if key in pairs:
            return Candidate(pairs[key], k, s)
    for k in range(run0, noun_end):  # 시험발사하다, 강제송환하다
        lemma = joined(toks, k, noun_end) + suffix
        if lemma in lex.verbs:
            return Candidate(lex.verbs[lemma], k, s)
    cand = verb_or_pair(toks, vn, s, verb, lex)
    if cand:
        return cand
    if form == "되":  # 체포됐다, 사드가 배치됐다: the passive of a transitive act's 하다 entry
        return passive_predicate(toks, s, noun_end, lex)
    return received_passive(toks, s, lex, pair_or_light)  # '지원을 약속받았다'


def passive_predicate(toks: list, s: int, noun_end: int, lex: ActIndex) -> Candidate | None:
    """(debt52) The passive 되 at `s` of the verbal noun ending at `noun_end`, read as its active 하다 entry: a
    feared passive states no act, a calling-off is the meeting's (or its named canceller's), an act on an
    object is passive, a force withdrawn withdrew, an occurrence took place; else an act received."""
    active = toks[noun_end][0] + "하다"
    active_kinds = lex.kinds(active)  # speed51b: the active verb's lists, looked up once
    if "feared_passive_verb" in active_kinds:
        return None  # '차질이 우려된다': feared by no one named, no disapproval
    entry = lex.verbs.get(active)
    cand = pair_or_light(toks, noun_end, s, active, lex, passive_of=True) \
        if calling_off_active(active, lex) else None  # kopassive70: '회담이 보류됐다' is the meeting's first
    by = agent_before(toks, noun_end, lex) if cand is None else None
    if by is not None:  # kospeaker68: '회담이 A에 의해 취소됐다': the meeting stands before its canceller
        cand = pair_or_light(toks, by, s, active, lex, passive_of=True)
        if cand is not None and (cand.entry.type, cand.entry.mode) == ("REJECT", "meet"):
            return Candidate(cand.entry, noun_end, s, passive=True)  # A is named as calling it off: A's
            # REJECT meet, the trigger at the verbal noun, whose agent A is (act_passive_agents.passive_agent)
        cand = None
    if cand is None and entry is not None and "object" in entry.target:
        return Candidate(entry, noun_end, s, passive=True)
    if cand is None and withdrawn_force(toks, noun_end, entry, lex):
        return Candidate(entry, noun_end, s)  # attack71: '칠레군이 철수됐다': the force withdrew, as 철수했다
    if cand is None:
        cand = pair_or_light(toks, noun_end, s, active, lex, passive_of=True)
    if cand is not None and cand.entry.type == "REJECT" and cand.entry.mode == "meet" \
            and passive_agent(toks, cand, lex, light=False) is None:
        if spoken_side(toks, cand, s, lex) is not None:  # kohead46: '...취소됐다고 A 외교부가 밝혔다', A a side:
            return Candidate(cand.entry, noun_end, s, passive=True)  # A's REJECT meet, as with 'A에 의해'
        return None  # '회담이 취소됐다': the meeting's status says it; no one is named as refusing ('A에 의해
        # 회담이 취소됐다' names A)
    if cand is not None:
        cand.occurred = "occurrence_light_verb" in active_kinds  # '훈련이 시작됐다': it took place
        cand.passive = not cand.occurred
        return cand
    return received_passive(toks, s, lex, pair_or_light)  # '지원을 약속받았다'


def verb_or_pair(toks: list, first: int, s: int, verb: str, lex: ActIndex) -> Candidate | None:
    """The act a verb states at stem `s` whose words start at `first`: a pair or light verb reading of its clause
    first ('우려를 표명했다'), else the verb's own entry ('공습했다'); None when it has neither."""
    cand = pair_or_light(toks, first, s, verb, lex)
    if cand:
        return cand
    return Candidate(lex.verbs[verb], first, s) if verb in lex.verbs else None


SERIAL_LINKS = frozenset({"어", "아"})  # the connective of a serial verb, V1-어 V2 ('실어 날랐다')


def serial_first(toks: list, s: int, lex: ActIndex) -> int:
    """(plover52) Where the words of the verb at stem `s` start: before a serial verb's first stem when that stem only
    tells the manner of carrying (cue `serial_carry_stem`: '식량을 실어 날랐다', '실어 보냈다'): the object belongs to the
    two verbs together, so the pair noun before 싣다 is the main verb's as it is in '식량을 날랐다'."""
    if s >= 2 and toks[s - 1][1] == "EC" and toks[s - 1][0] in SERIAL_LINKS and toks[s - 2][1].startswith("VV") \
            and toks[s - 2][0] in lex.cue("serial_carry_stem"):
        return s - 2
    return s


GIVING_AUX = ("아주", "어주")  # V-어 주다 written as one stem by kiwi ('놓아주/VV')


def given_main_verb(form: str) -> tuple[str, ...]:
    """The main verb of a V-어 주다 stem kiwi reads as one ('놓아주' -> 놓다, '풀어주' -> 풀다): the auxiliary of
    giving keeps the main verb's act, as it does when kiwi splits it (놓/VV 아/EC 주/VX)."""
    return tuple(form[:-len(aux)] + "다" for aux in GIVING_AUX if form.endswith(aux) and len(form) > len(aux))


SPLIT_TAGS = frozenset({"NNB", "NNG", "NNP"})  # kiwi may read the first syllable as a name: 임/NNP 석/NNG (임석했다)


def split_verbal_noun(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """A two-syllable verbal noun kiwi splits in two before 하 ('월선했다': 월/NNB 선/NNG 하/XSA or XSV): the
    joined word + 하다 as the lemma, with its pair nouns, when the lexicon knows it and not the second half."""
    if s < 2 or toks[s][0] != "하" or toks[s - 1][1] != "NNG" or toks[s - 2][1] not in SPLIT_TAGS:
        return None
    if len(toks[s - 1][0]) != 1 or len(toks[s - 2][0]) != 1:
        return None
    verb = toks[s - 2][0] + toks[s - 1][0] + "하다"
    if verb not in lex.verbs and verb not in lex.pairs:
        return None
    cand = pair_or_light(toks, s - 2, s, verb, lex)
    return cand or (Candidate(lex.verbs[verb], s - 2, s) if verb in lex.verbs else None)


def kiro_verb(toks: list, s: int) -> int | None | bool:
    """제재키로 했다 (kiwi: 키/NNG 로/JKB 하/VV, or 키로/NNG): the index of the deciding 하, None in a
    headline that ends there, False when the 키 is another word."""
    k = s + 1 if toks[s][0].endswith("로") else s + 2
    if not toks[s][0].endswith("로") and (s + 1 >= len(toks) or toks[s + 1][0] != "로"):
        return False
    if k >= len(toks) or toks[k][1] in ("SF", "SP", "SS", "SSC"):
        return None
    return k if toks[k][:2] == ("하", "VV") else False
