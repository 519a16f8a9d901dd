"""Which act a Korean predicate states: a predicate stem looked up in the act lexicon by its lemma, with the
arguments of its clause (a pair's noun, a light verb's act noun, an adverb keyed pair).

Why its own module: finding the candidate (this module) and reading what its clause does with it
(`act_context.py`, `acts.py`) are separate questions; the arguments walk both share is `act_arguments`, the act noun
lookup `act_noun_lookup`, a warning and what it threatens `act_forewarnings`.
"""
from __future__ import annotations

from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import STEM_TAGS, Candidate, joined, run_start
from readout.lang.ko.act_announced_plans import plan_reading, planned_act
from readout.lang.ko.act_called_protests import called_protest
from readout.lang.ko.act_claimed_attacks import claimed_attack
from readout.lang.ko.act_completed_deeds import completed_deed
from readout.lang.ko.act_counted_patients import counted_patient
from readout.lang.ko.act_noun_lookup import act_noun, noun_lookup
from readout.lang.ko.act_passive_agents import agent_before, passive_agent
from readout.lang.ko.act_patient_genitives import patient_genitive
from readout.lang.ko.calling_off import calling_off_active
from readout.lang.ko.act_received import received_passive
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.act_validity import owner_of_validity
from readout.lang.ko.act_withdrawn_forces import withdrawn_force
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.meeting_speakers import speaking_side
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, COORDINATING_PARTICLES, NOUN_TAGS, PLURAL_SUFFIX, TOPIC_PARTICLES

STANCE_TYPES = frozenset({"SUPPORT", "AGREE"})  # stances and promises: no one 'enters' them (cue enter_verb)


SETTING_PARTICLE = ("에서", "JKB")  # a noun so marked beyond the verb's object is where the act took place


def pair_or_light(toks: list, first: int, stem: int, verb: str, lex: ActIndex,
                   passive_of: bool = False) -> Candidate | None:
    """noun + verb in one clause: an explicit pair (우려를 표명), a light verb that realizes an act noun
    (공습을 감행, 경고를 하다), or a passive light verb (공격을 받다). The sentence's topic (은/는) is the
    actor of an active verb, never its pair noun ('이스라엘군은 ... 지상군을 투입했다': not 군 + 투입하다);
    `passive_of`: the verb is the active of a passive 되, whose topic is its object ('사드는 배치됐다'). (koacts55b) A
    noun marked 에서 beyond an object nearer the verb is the act's setting, no pair noun ('회담에서 이란의 제안을
    일축했다' rejects the proposal at the talks, no REJECT meet), as English 'dismissed the proposal at the talks' reads;
    with no object nearer, 에서 may be what is left ('협상에서 탈퇴했다') and is read as before."""
    pairs, kinds = lex.pairs.get(verb), lex.kinds(verb)  # speed51: the verb's cue lists, looked up once
    light, passive = "light_verb" in kinds, "passive_light_verb" in kinds
    announce, convey = "announce_verb" in kinds, "convey_verb" in kinds
    claim = "responsibility_claim_verb" in kinds  # enattack70: '공격의 배후를 자처했다'
    calls = "protest_call_verb" in kinds  # konoun46: '불매운동을 촉구했다'
    completes = "completion_verb" in kinds  # konoun46: '전투기 인도를 완료했다'
    plans = "plan_announce_verb" in kinds  # konoun46: '이주민 추방 계획을 발표했다'
    if not (pairs or light or passive or announce or convey or claim or calls or completes or plans):
        return None
    objected = False  # an object (을/를) stood nearer the verb: a subject (이/가) beyond it acts, it is no pair noun
    for nearest, found in enumerate(argument_runs(toks, first, lex, verb)):
        if isinstance(found[0], ActEntry):
            return Candidate(found[0], found[1], stem, noun_end=found[1])
        start, end = found
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if not passive_of and after < len(toks) and toks[after][1] == "JX" and toks[after][0] in TOPIC_PARTICLES:
            return None
        if objected and after < len(toks) and toks[after][1] == "JKS":
            return None  # '호주 정부가 북한 당국을 승인했다': 정부 is who recognizes, not what (정부+승인하다)
        setting = objected and after < len(toks) and toks[after][:2] == SETTING_PARTICLE
        objected = objected or after < len(toks) and toks[after][1] == "JKO"
        if pairs and not setting:  # koacts55b: '회담에서 ... 제안을 일축했다': the talks are where, no pair noun
            hit = noun_lookup(toks, start, end, pairs)
            if hit is None and start >= 2 and toks[start - 1][0] in COORDINATING_PARTICLES:
                hit = noun_lookup(toks, run_start(toks, start - 2), start - 2, pairs)  # 우려와 유감을
            if hit is None:
                hit = owner_of_validity(toks, start, end, lex, pairs, noun_lookup)  # 조약의 효력을
            if hit is None:
                hit = held_captive(toks, start, end, stem, lex, pairs)
            if hit:
                return Candidate(*(longer_nominal(toks, start, end, hit, lex) or hit), stem, noun_end=end)
        claimed = claimed_attack(toks, start, end, lex, act_noun) if claim and nearest == 0 else None
        if claimed:  # enattack70: a claim of responsibility for an attack is the claimer's attack
            return Candidate(claimed[0], claimed[1], stem, noun_end=end)
        conveyed = conveyed_act(toks, start, end, lex, pairs or {}) if convey and nearest == 0 else None
        if conveyed:
            return Candidate(conveyed[0], conveyed[1], stem, noun_end=end)
        called = called_protest(toks, start, end, lex, act_noun, noun_lookup) if calls and nearest == 0 else None
        if called:  # konoun46: a strike or a boycott urged is the callers' protest
            return Candidate(called[0], called[1], stem, noun_end=end)
        planned = planned_act(toks, start, end, lex, act_noun, noun_lookup, owned_by_name) if plans and nearest == 0 \
            else None
        if planned:  # konoun46: an act's plan announced is the announcer's act, planned
            return Candidate(planned[0], planned[1], stem, noun_end=end - 1, reading=plan_reading(toks, stem, lex))
        done = completed_deed(toks, start, end, lex, act_noun, noun_lookup) if completes and nearest == 0 else None
        if done:  # konoun46: a transfer or a withdrawal completed was done
            return Candidate(done[0], done[1], stem, noun_end=end)
        counted = counted_patient(toks, start, end, lex, noun_lookup) if (light or announce) and nearest == 0 \
            else None  # konoun46: '난민 수천 명의 추방을 발표했다': the verb's object, counted, is no owner
        if (light or passive or announce and (counted or not owned_by_name(toks, start, lex))) and nearest == 0:
            hit = counted or act_noun(toks, start, end, lex, nominals=light or announce or passive)
            if hit is None and passive:
                hit = given_noun(toks, start, end, lex)  # kofollow66: '콜롬비아로부터 찬사를 받았다'
            if hit and "enter_verb" in kinds and hit[0].type in STANCE_TYPES:
                return None  # '국정감사에 들어간다': one enters an activity, not a stance (감사 = audit, not thanks)
            if hit:
                return Candidate(hit[0], hit[1], stem, passive=passive, noun_end=end)
    return None


def given_noun(toks: list, start: int, end: int, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """(kofollow66) The act of a noun one sends to another (a pair with a verb of cue given_verb: '찬사를 보냈다'
    SUPPORT), received by the subject of a passive light verb: '콜롬비아로부터 찬사를 받았다' is Colombia's praise of the
    subject, though no '찬사하다' names it. The sender is read as a passive's agent ('로부터', '의'). Not a force sent
    (`SENT_FORCE_TYPES`: '공격 드론을 받았다', '군대를 받았다'): what one receives is arms or help, no attack on it."""
    for verb in lex.words("given_verb"):  # sorted: one lemma whatever the hash seed (speed49)
        hit = noun_lookup(toks, start, end, lex.pairs.get(verb, {}))
        if hit is not None and hit[0].type not in SENT_FORCE_TYPES:
            return hit
    return None


SENT_FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


CAPTIVE_ENDINGS = frozenset({"던", "ᆫ", "은"})  # '억류하던', '구금한', '붙잡은': held before the act


def captive_stem(toks: list, k: int) -> int | None:
    """The stem of a relative clause that held someone before the act, when morpheme k is its adnominal ending
    (`CAPTIVE_ENDINGS`: '억류하던', '구금한'), past the tense morphemes before it; None when k is no such ending."""
    if k < 1 or toks[k][1] != "ETM" or toks[k][0] not in CAPTIVE_ENDINGS:
        return None
    k -= 1
    while k > 0 and toks[k][1] == "EP":
        k -= 1
    return k


def captive_entry(pairs: dict, lex: ActIndex) -> ActEntry | None:
    """The verb's pair for a held person: the first captive noun (cue captive_noun, sorted) the verb pairs with. A
    noun a deportation also lists ('기자') has the deportee class's reading there, so the order chose the act's type
    too ('송환하다': RETREAT or COERCE); sorted, the same entry in every process (speed49)."""
    return next((pairs[noun] for noun in lex.words("captive_noun") if noun in pairs), None)


def held_captive(toks: list, start: int, end: int, stem: int, lex: ActIndex,
                 pairs: dict) -> tuple[ActEntry, int] | None:
    """'[억류하던] 프랑스인 2명을 풀어줬다', '[구금했던] 언론인을 석방했다': the noun run at `start` is a person a past
    relative clause right before it says is held (cue captive_verb), so the verb's pair for captives (@captive_noun)
    applies, whatever noun names him; the pair's noun is the run's head (the nouns before it may name his state).
    A head that is itself a nationality ('독일인 3명을') is the captives' state, the side the release is done to: the
    act's words then start after it, at its count or at the verb, so the recipient reader sees it."""
    k = captive_stem(toks, start - 1)
    if k is None:
        return None
    if k >= 2 and toks[k][1] == "VCP" and toks[k - 1][:2] == ("중", "NNB") and toks[k - 2][1] in NOUN_TAGS:
        k -= 2  # '[억류 중이던] 어부들': the noun of a verb held in progress
        if toks[k][0] + "하다" not in lex.cue("captive_verb"):
            return None
    elif lemma_at(toks, k) not in lex.cue("captive_verb"):
        return None
    entry = captive_entry(pairs, lex)
    if entry is None:
        return None
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    if read_word(toks[end][0]).codes:
        verb_first = stem - 1 if toks[stem][1] == "XSV" and toks[stem - 1][1] in NOUN_TAGS else stem
        return entry, end + 1 if end + 1 < verb_first and toks[end + 1][1] in ("SN", "NR", "MM") else verb_first
    return entry, end


def conveyed_act(toks: list, start: int, end: int, lex: ActIndex,
                 pairs: dict) -> tuple[ActEntry, int] | None:
    """The act a stance conveys: an act noun before a stance noun (cue stance_noun), in one compound or in
    the genitive, as the object of a verb that conveys it (cue convey_verb): '거부 입장을 밝혔다' (REJECT),
    '환영의 뜻을 밝혔다' (SUPPORT), '사과의 뜻을 전했다' (CONCEDE), '경고 메시지를 보냈다' (THREATEN)."""
    if toks[end][0] not in lex.cue("stance_noun"):
        return None
    if end > start:
        lo, hi = start, end - 1
    elif start >= 2 and toks[start - 1][1] == "JKG" and toks[start - 2][1] in NOUN_TAGS:
        lo, hi = run_start(toks, start - 2), start - 2
    else:
        return None
    return noun_lookup(toks, lo, hi, pairs) or act_noun(toks, lo, hi, lex, nominals=True)


def longer_nominal(toks: list, start: int, end: int, hit: tuple[ActEntry, int],
                   lex: ActIndex) -> tuple[ActEntry, int] | None:
    """A nominal entry of the pair's type on more of the noun run names the act's mode more precisely ('단식
    농성을 벌였다': 단식 농성, a hunger strike, not 농성 + 벌이다, a sit-in); the pair keeps its receiving side. A joint
    activity's nominal (COOPERATE: 합동/공동 + the noun) names the act whatever the pair's type: done with a partner."""
    longer = noun_lookup(toks, start, end, lex.nominals)
    if longer and longer[1] < hit[1] and longer[0].type == "COOPERATE" != hit[0].type:
        return longer  # '[B와] 공동 수사에 착수했다': a joint investigation begun with B, not one of B (kbdupes68)
    if not longer or longer[1] >= hit[1] or longer[0].type != hit[0].type or longer[0].mode in (None, hit[0].mode):
        return None
    return ActEntry(**{**hit[0].__dict__, "mode": longer[0].mode}), hit[1]


def owned_by_name(toks: list, start: int, lex: ActIndex) -> bool:
    """A proper name in the genitive owns the noun run starting at `start` ('북한의 미사일 발사를 발표했다'):
    the act announced or observed is the owner's, not the announcer's; '4억 달러 규모의 지원' is the
    announcer's own; nor does a name before a people noun ('페루 난민의 추방을 발표했다': `patient_genitive`)."""
    if start < 2 or toks[start - 1][1] != "JKG" or patient_genitive(toks, start, lex):
        return False
    return any(toks[k][1] == "NNP" for k in range(run_start(toks, start - 2), start - 1))


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
