"""Which act a Korean verb states with the noun of its clause (`pair_or_light`): an explicit pair ('우려를 표명'), a
light verb that realizes an act noun ('공습을 감행'), a passive light verb ('공격을 받다'), and what the noun run says
of it: a noun one sends to another (`given_noun`), a person held before the act (`held_captive`), a stance that
conveys an act (`conveyed_act`), a longer nominal naming the mode (`longer_nominal`), a named owner
(`owned_by_name`).

Why its own module: lang/ko/act_predicates.py reads a predicate stem by its shape (an adverb, a verbal noun, a
passive, a plain stem) and asks this for the noun a verb pairs with; the pair's readers were half of that module,
which was over 400 lines with them.
"""
from __future__ import annotations

from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_announced_plans import plan_reading, planned_act
from readout.lang.ko.act_called_protests import called_protest
from readout.lang.ko.act_claimed_attacks import claimed_attack
from readout.lang.ko.act_completed_deeds import completed_deed
from readout.lang.ko.act_counted_patients import counted_patient
from readout.lang.ko.act_noun_lookup import act_noun, noun_lookup
from readout.lang.ko.act_patient_genitives import patient_genitive
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.act_validity import owner_of_validity
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import COORDINATING_PARTICLES, NOUN_TAGS, PLURAL_SUFFIX, TOPIC_PARTICLES

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
