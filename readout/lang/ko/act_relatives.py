"""Korean act words in relative clauses: a past material act with a subject of its own ('북한이 발사한 미사일': it
happened, as background), a measure a head noun suffered ('미국에 의해 제재를 받은 은행들': the agent acts, the noun
receives), and the state a subjectless relative describes as the doer ('미사일을 발사한 북한에', `_head_agent`). The
hits are built through act_word_hits.act_hit; lang/ko/acts.find_acts asks these readers.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_passive_agents import passive_agent
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import Reading, read_clause
from readout.lang.ko.act_word_hits import act_hit
from readout.lang.ko.tags import COORDINATING_PARTICLES, NOUN_TAGS, PAST_ETM, PRESENT_ETM, SUBJECT_TAGS


RELATIVE_ACT_TYPES = frozenset({"MOBILIZE", "ASSAULT"})  # material acts a relative clause may be the only report of
HEAD_TARGET_TYPES = frozenset({"SANCTION", "COERCE"})  # measures on people a relative may tell of its head
HEAD_DOER_TYPES = frozenset({"ACCUSE", "REQUEST"})  # counterparts64: a charge a subjectless relative tells of the state it
# describes; meet51: a call too ('[대화를 촉구해 온] 베트남 외교관들', as English 'Vietnamese diplomats who pressed for talks')
ACCORD_HEAD_TYPES = frozenset({"AGREE"})  # nominal54b: '[칠레와 페루가 체결한] 협정': the makers' accord, on an accord noun
OWNED_HEAD_TYPES = frozenset({"REQUEST"})  # meet51: a call's clause before a genitive head describes what it owns


def relative_act(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """'정부는 북한이 발사한 미사일의 제원을 분석하고 있다': a material act in a past relative clause with a
    subject of its own (이/가) happened; it is background (dated only by its own words) and counts only
    where no other predicate of the sentence reports an act of its type (the caller drops it then).
    relatives63: a measure on people ('[페루가 추방한] 칠레 외교관들은'), whose clause has no object of its own,
    was taken on its head: the subject acts on the state the head names (`_object_head`)."""
    if cand.entry.type not in RELATIVE_ACT_TYPES | HEAD_TARGET_TYPES | HEAD_DOER_TYPES | ACCORD_HEAD_TYPES:
        return None
    r = read_clause(toks, cand.stem, lex)
    if cand.entry.type in ACCORD_HEAD_TYPES and not accord_head(toks, r.last + 1, lex):
        return None  # nominal54b: an agreement told in a relative is read only on the accord it made
    if cand.entry.type in HEAD_DOER_TYPES:  # counterparts64: '[칠레를 비판했던] 콜롬비아 대사를 만났다': the head's
        # state's own deed, not one done at the sentence's meeting (`relative_deed`: the one it meets may receive it)
        # relatives66: a present adnominal states the head's standing stance ('[칠레를 비판하는] 페루 대사'): a charge too
        hit = _head_agent(toks, cand, lex, r) if r.drop == "relative" and toks[r.last][1] == "ETM" \
            and (toks[r.last][0] in PAST_ETM | PRESENT_ETM or retrospective(toks, r.last, lex)) \
            and not (cand.entry.type in OWNED_HEAD_TYPES and genitive_head(toks, r.last + 1)) else None
        return hit and replace(hit, data={**hit.data, "relative_deed": True})
    if r.drop != "relative" or toks[r.last][1] != "ETM" or toks[r.last][0] not in PAST_ETM \
            and not (cand.entry.type in HEAD_TARGET_TYPES and retrospective(toks, r.last, lex)):
        return None
    if cand.entry.type in HEAD_TARGET_TYPES:
        return _object_head(toks, cand, lex, r) or own_subject_head(toks, cand, lex, r) \
            or _measure_head_agent(toks, cand, lex, r)
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            cand.reading = replace(r, drop=None)
            hit = act_hit(toks, cand, lex)
            start = run_start(toks, j - 1)  # the relative clause's own subject acts, not the sentence's topic
            if cand.entry.type in ACCORD_HEAD_TYPES:
                start = coordinated_start(toks, start)
            agent = (toks[start][2], toks[j - 1][2] + toks[j - 1][3])
            return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent})
        if tag not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "JKO", "MM"):
            break  # the relative clause's own object may stand before it: '[북한이 미사일을 발사한] 정황'
    return _head_agent(toks, cand, lex, r)


# measures a relative clause may say someone suffered; kotwin46: force too ('[X에 의해 납치된] 기술자들')
SUFFERED_RELATIVE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# kotwin46: force whose agent names no side ('[무장괴한들에게 납치된] 기술자들') has no doer: never the sentence's subject
SUFFERED_FORCE_TYPES = frozenset({"ASSAULT"})


def accord_head(toks: list, k: int, lex: ActIndex) -> bool:
    """(nominal54b) Whether the noun run from `k` (right after the relative's ending) ends in an accord's noun of
    `made_accord_noun` ('협정', '무역 협정', '평화협정'): an agreement verb in a relative is news only on the accord it
    made ('[A와 B가 체결한] 협정을 환영했다'); on any other head ('[A가 합의한] 대로') it stays unread."""
    end = k
    while end < len(toks) and toks[end][1] in NOUN_TAGS:
        end += 1
    return end > k and any(toks[i][0] in lex.cue("made_accord_noun") for i in range(k, end))


def coordinated_start(toks: list, start: int) -> int:
    """(nominal54b) The first morpheme of a relative's subject that joins two names with 와/과 ('[칠레와 페루가]'):
    both made the accord, where the run before 가 alone names the second."""
    j = start - 1
    if j > 0 and toks[j][0] in COORDINATING_PARTICLES and toks[j][1] in ("JKB", "JC") and toks[j - 1][1] in NOUN_TAGS:
        return run_start(toks, j - 1)
    return start


def relative_suffered(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """'[미국에 의해 제재를 받은] 이란 은행들', '[EU의 제재 대상에 오른] 기업': a past relative clause saying the noun
    after it suffered a measure names who took it (the passive's agent: 에 의해, 로부터, a genitive before the act
    noun) and who suffered it (that noun); an earlier act, background (dated only by its own words). With no
    agent named ('[제재 대상에 오른] 기업들') no one is said to act: no act."""
    e = cand.entry
    suffered = cand.passive or e.lemma.endswith("되다") or cand.noun_end is not None and tuple(e.target) == ("subject",)
    if e.type not in SUFFERED_RELATIVE_TYPES or not suffered:
        return None
    r = read_clause(toks, cand.stem, lex)
    k = r.last + 1
    if r.drop != "relative" and r.clause != "relative_subject" or toks[r.last][1] != "ETM" \
            or toks[r.last][0] not in PAST_ETM or k >= len(toks) or toks[k][1] not in NOUN_TAGS:
        return None
    agent = passive_agent(toks, cand, lex, light=cand.passive and cand.noun_end is not None)
    if agent is None:
        return None
    end = k
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
        end += 1
    cand.reading = replace(r, drop=None, clause="adnominal", recalled=False)  # the clause's agent acts, not the head
    hit = act_hit(toks, cand, lex)
    victim = (toks[k][2], toks[end][2] + toks[end][3])
    return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent,
                                      "target_spans": (victim,), "recent": True,
                                      "suffered": e.type in SUFFERED_FORCE_TYPES})


def _head_agent(toks: list, cand: Candidate, lex: ActIndex, r: Reading) -> ActHit | None:
    """'일본은 [동해상으로 탄도미사일을 발사한] 북한에 항의했다': a relative clause with no subject of its own
    describes the state it modifies, which did the act (the noun after the clause names a country; every state of a
    head joined by 와/과, '[무력 충돌을 벌인] A와 B가'); a passive one
    ('[공습을 받은] 레바논') describes who suffered it, and names no one who did."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    k = r.last + 1
    if cand.passive or cand.entry.lemma.endswith("되다") or k >= len(toks) or toks[k][1] not in NOUN_TAGS or not read_word(toks[k][0]).codes:
        return None
    cand.reading = replace(r, drop=None)
    hit = act_hit(toks, cand, lex)
    end = k
    while end + 2 < len(toks) and toks[end + 1][1] == "JC" and toks[end + 2][1] in NOUN_TAGS \
            and read_word(toks[end + 2][0]).codes:
        end += 2  # clash49: '[무력 충돌을 이어온] A와 B가': the clause describes every state of the joined head
    agent = (toks[k][2], toks[end][2] + toks[end][3])
    data = {"relative": True, "background": True, "agent_span": agent}
    if head_governed(toks, end):
        data["governed_head"] = True  # relatives65: the main act's object or addressee did it, not the main act
        if retrospective(toks, r.last, lex):  # relclause53: '[자국 대사를 추방했던] B를 규탄했다': B's earlier deed,
            data.update(recent=True, recalled=True)  # dated as a recall, as English 'B, which had expelled its envoy'
    obj = own_object(toks, cand.first) if subject_head(toks, end) else None
    if obj:
        data["relative_object"] = obj  # relatives66: what the head's deed was done to ('[칠레를 비판한] 페루는')
    return hit and replace(hit, data={**hit.data, **data})


def genitive_head(toks: list, k: int) -> bool:
    """(meet51) Whether the noun run from `k` after a relative clause is closed by the genitive 의 ('[회담을 제안했던]
    페루의 요청'): the clause then describes what the state owns (its request), not a call the state made."""
    j = k
    while j < len(toks) and toks[j][1] in NOUN_TAGS:
        j += 1
    return j > k and j < len(toks) and toks[j][1] == "JKG"


def subject_head(toks: list, end: int) -> bool:
    """(relatives66) Whether the head's noun run ending at `end` is closed by a subject or topic particle ('[...한]
    페루 대통령은'): the head is the sentence's doer."""
    j = end + 1
    while j < len(toks) and toks[j][1] in NOUN_TAGS:
        j += 1
    return j < len(toks) and toks[j][1] in SUBJECT_TAGS


def own_object(toks: list, first: int) -> str | None:
    """(relatives66) The last noun of the object (을/를) a relative clause names before its verb at `first`
    ('[칠레를 비판한]': '칠레'), or None when the clause names none within its reach."""
    for j in range(first - 1, max(0, first - COMPLEMENT_REACH), -1):
        if toks[j][1] == "JKO":
            return toks[j - 1][0] if toks[j - 1][1] in NOUN_TAGS else None
        if toks[j][1] not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "MM"):
            return None
    return None


def other_object(hit: ActHit, hits: list[ActHit], text: str) -> bool:
    """(relatives66) A relative charge on a subject or topic head ('[칠레를 비난한] 페루 대통령은 볼리비아를
    비판했다') whose object no main act of its type names again between the head and that act's word: the head's own
    earlier charge of another side, a second act, not the relative retelling the main one ('[칠레를 비판한] 페루는
    칠레의 조치를 비난했다' stays one)."""
    agent = hit.data.get("agent_span")
    obj = hit.data.get("relative_object") or next(  # dates62's relative on a subject head: its object's span
        (text[lo:hi] for lo, hi in hit.data.get("target_spans", ()) if hi <= hit.start), None) \
        if hit.data.get("clause") == "relative_subject" or hit.data.get("relative_object") else None
    if not obj or not agent:
        return False
    mains = [h for h in hits if h.type == hit.type and not h.data.get("relative") and h.start >= agent[1]]
    return bool(mains) and all(obj not in text[agent[1]:h.start] for h in mains)


GOVERNED_HEAD_PARTICLES = frozenset({"JKO", "JKB"})  # the head is the main predicate's object or addressee


def head_governed(toks: list, end: int) -> bool:
    """(relatives65) Whether the head a subjectless relative describes ('페루는 [칠레를 비판한] 콜롬비아에 항의했다',
    '[칠레를 비판한] 콜롬비아 대사를 만났다') is an object or an addressee of the sentence's predicate (its noun run
    ends in 을/를 or 에/에게): the deed is then that party's, the main act is done to it, so a main act of the same
    type is another act, not the relative's own report. A head that is a subject or topic ('[칠레를 비판한] 콜롬비아는
    ...') may be the main act's own doer."""
    j = end + 1
    while j < len(toks) and toks[j][1] in NOUN_TAGS:
        j += 1
    return j < len(toks) and toks[j][1] in GOVERNED_HEAD_PARTICLES


def _measure_head_agent(toks: list, cand: Candidate, lex: ActIndex, r: Reading) -> ActHit | None:
    """recall64: '[자국 외교관을 추방한] 칠레에 대해 페루는 항의했다': a past relative measure with no subject of its own
    and an object of its own describes the state it modifies as its doer, as for force (`_head_agent`); an object owned
    by a self word (cue self_noun: '자국 외교관을') is the sentence's subject's own, so that subject's state receives it."""
    subjectless, own = True, None
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag == "JKS":
            subjectless = False
            break
        if toks[j][0] in lex.cue("self_noun") and (tag in NOUN_TAGS or tag == "NP"):
            own = j
        if tag not in (*NOUN_TAGS, "NP", "SN", "NNB", "MAG", "JKB", "JKG", "JKO", "MM"):
            break
    hit = _head_agent(toks, cand, lex, r) if subjectless else None
    if hit is None or own is None:
        return hit
    owner = main_subject(toks, range(r.last + 1, len(toks) - 1)) or main_subject(toks, range(cand.first - 2, -1, -1))
    return replace(hit, data={**hit.data, "target_spans": (owner,)}) if owner else hit


def main_subject(toks: list, order: range) -> tuple[int, int] | None:
    """The span of the nearest noun naming a state, in `order`, that a subject or topic particle closes ('... 칠레에
    대해 페루는' after the clause, '페루는 ...' before it): whom a self word in a relative clause stands for."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    for m in order:
        if toks[m][1] in NOUN_TAGS and toks[m + 1][1] in SUBJECT_TAGS and read_word(toks[m][0]).codes:
            start = run_start(toks, m)
            return toks[start][2], toks[m][2] + toks[m][3]
    return None


def _object_head(toks: list, cand: Candidate, lex: ActIndex, r: Reading) -> ActHit | None:
    """relatives63: '[페루가 추방한] 칠레 외교관들은 귀국했다', '[칠레 당국이 체포한] 볼리비아인 2명': a past relative
    clause with a subject of its own (이/가) and no object on a head that names a state and is the sentence's subject
    or topic: the head is what the subject's measure fell on, an earlier act, background (dated only by its own
    words). A passive clause ('[추방된] 외교관'), one with an object of its own ('[페루가 대사를 추방한] 사실': the head is
    no object), a head naming no state ('[페루가 추방한] 인원은') or one the main verb governs ('[A 당국이 억류했던]
    어민들을 풀어줬다': the subject may be the main verb's) tells no one's measure on a state here."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    if cand.passive or cand.entry.lemma.endswith("되다"):
        return None
    subject = None
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag == "JKO":
            return None
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            subject = j
            break
        if tag not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "MM"):
            return None
    k = r.last + 1
    if subject is None or k >= len(toks) or toks[k][1] not in NOUN_TAGS:
        return None
    end = k
    while end + 1 < len(toks) and (toks[end + 1][1] in NOUN_TAGS or toks[end + 1][1] == "NNB"):
        end += 1  # '잠비아인 3명은': a counted head
    if end + 1 >= len(toks) or toks[end + 1][1] not in SUBJECT_TAGS \
            or not any(read_word(toks[m][0]).codes for m in range(k, end + 1)):
        return None  # '[콜롬비아 당국이 억류했던] 어민들을 풀어줬다': the subject may be the main verb's
    cand.reading = replace(r, drop=None)
    hit = act_hit(toks, cand, lex)
    start = run_start(toks, subject - 1)
    agent = (toks[start][2], toks[subject - 1][2] + toks[subject - 1][3])
    head = (toks[k][2], toks[end][2] + toks[end][3])
    return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent,
                                      "target_spans": (head,), "recent": True, "recalled": True})


def retrospective(toks: list, j: int, lex: ActIndex) -> bool:
    """The adnominal ending at `j` is the retrospective '-었던' (cue retrospective_ending after a past marker)."""
    return toks[j][0] in lex.cue("retrospective_ending") and toks[j - 1][1] == "EP"


def own_subject_head(toks: list, cand: Candidate, lex: ActIndex, r: Reading) -> ActHit | None:
    """(relclause52, issue 13) '칠레는 [억류했던] 페루 국경경비대원 2명을 석방했다': a past measure on people in a relative
    clause with neither a subject nor an object of its own, on a head that names a state and is the main verb's object
    (을/를): the gap is the measure's object, so the head suffered it, and its doer is the sentence's own subject or
    topic ('칠레는') — that subject's earlier deed on the same people, as English 'the officers it had detained'
    (lang/en/act_object_relatives.pronoun_relative). Background, dated as a recall. Without it the head's state was
    read as the doer (`_head_agent`). A main act of the same type keeps the sentence's act alone ('[체포했던] 볼리비아 상인들을
    추방했다': the deportation; the pipeline merges one type's acts on one pair). None for any other shape: a clause with an
    object of its own ('[자국 외교관을 추방한] 칠레에': the head did it), a head that is no object, or no subject naming a state
    before the clause."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    if cand.passive or cand.entry.lemma.endswith("되다"):
        return None
    if any(toks[m][1] == "JKO" for m in range(cand.first, cand.stem)):
        return None  # relclause53: a pair's noun is the clause's own object ('[자국 대사를 추방했던] 가나를': Ghana did it)
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        if toks[j][1] in ("JKO", "JKS"):
            return None  # the clause names its own object or subject
        if toks[j][1] not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "MM"):
            break
    k = r.last + 1
    if k >= len(toks) or toks[k][1] not in NOUN_TAGS:
        return None
    end = k
    while end + 1 < len(toks) and toks[end + 1][1] in (*NOUN_TAGS, "SN", "NNB"):
        end += 1  # '페루 국경경비대원 2명을': a counted head
    if end + 1 >= len(toks) or toks[end + 1][1] != "JKO" or not any(read_word(toks[m][0]).codes
                                                                     for m in range(k, end + 1)):
        return None
    owner = main_subject(toks, range(cand.first - 1, -1, -1))
    if owner is None:
        return None
    cand.reading = replace(r, drop=None)
    hit = act_hit(toks, cand, lex)
    head = (toks[k][2], toks[end][2] + toks[end][3])
    return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": owner,
                                      "target_spans": (head,), "recent": True, "recalled": True})
