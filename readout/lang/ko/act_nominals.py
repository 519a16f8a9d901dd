"""Korean noun acts (`nominal_hits`): noun compounds that state an act without a verb of their own ('대북 제재',
'미사일 발사'), unless the noun is a label ('테러로 규정했다'), only weighed ('검토 중'), a state still lasting in a
relative clause ('억류 중이던'), or the object of what a request, refusal, threat or pledge wishes (`CONTENT_TYPES`);
a relative clause saying what the act did to the noun after it marks that noun as the victim. lang/ko/acts.find_acts
asks it.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_aimed_objects import aimed_object
from readout.lang.ko.act_candidate import next_predicate
from readout.lang.ko.act_failed_outcomes import fell_through
from readout.lang.ko.act_noun_lookup import noun_lookup
from readout.lang.ko.act_site_raids import raid_nouns, raided_site
from readout.lang.ko.act_table import NO_WORDS, ActIndex
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import (CLAUSE_BREAK_TAGS, INSTRUMENTAL_PARTICLES, NOUN_TAGS, OBJECT_PARTICLES,
                                  SUBJECT_PARTICLES, TOPIC_PARTICLES)


CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})  # objects are wishes


def nominal_hits(toks: list, lex: ActIndex, used: set[int],
                  verb_hits: dict[int, ActHit]) -> list[ActHit]:
    """Noun compounds that state an act without a verb of their own (대북 제재, 미사일 발사, 규탄 성명).
    Only the head of a compound counts (대북 제재 해제 is not a sanction), and a noun that is the
    object of a request, refusal, threat or pledge is what is wished, not an act (제재를 요구)."""
    out, n, i = [], len(toks), 0
    decision = lex.cue("decision_noun")  # asked of the morpheme after every compound: looked up once
    while i < n:
        if toks[i][1] not in NOUN_TAGS and toks[i][:2] != ("대", "NNB"):
            i += 1
            continue
        start = i
        i += 1
        while i < n and toks[i][1] in NOUN_TAGS:
            i += 1
        end = i - 1
        if i < n and (toks[i][1] == "XSV" or toks[i][0] in decision):
            continue  # the verb reading owns this compound
        kinds = lex.kinds(toks[end][0]) if end > start else NO_WORDS  # speed51b: the last noun's lists, read once
        planned = "modality_noun" in kinds or "option_noun" in kinds or "schedule_noun" in kinds  # '제재 방안',
        # '지원 계획', '회담 일정': planned
        carried = "realize_noun" in kinds or "measure_noun" in kinds  # '대북 제재 발표', '포격 감행', '봉쇄 조치'
        # (koact49: '[B의 국경 봉쇄] 조치를 비난했다': the measure is the deed before it)
        head = end - 1 if planned or carried or "after_noun" in kinds else end
        found = carried and noun_lookup(toks, start, end, lex.nominals)  # an entry of its own: '공동성명 발표'
        if found:
            head = end
        else:
            found = noun_lookup(toks, start, head, lex.nominals) or raided_site(toks, start, head, lex)  # kojudge47:
            # '[A 대사관] 급습': a raid on a mission, COERCE seize (act_site_raids)
        if not found or any(k in used for k in range(found[1], head + 1)):
            continue
        entry, first = found
        pred = next_predicate(toks, i)
        particle = toks[i][0] if i < n and toks[i][1].startswith("J") else None
        governor = verb_hits.get(pred) if pred is not None else None
        if fell_through(toks, pred, particle, entry.type, lex):
            continue  # koacts46: '공동선언 채택은 무산됐다': the outcome did not come about
        if wished_governor(toks, pred, lex):
            continue  # '시위에 참여하지 말 것을 촉구했다', '시위에 참여하도록 촉구': asked for or against, not done
        if particle == "의":
            continue  # 대북 제재의 이행, 수교의 초심: a genitive modifies the noun after it
        if labelled_noun(toks, first, i, pred, lex):
            continue  # '체포를 납치로 둔갑시키려는', '"납치"라며 반발': a name given to a deed, no act
        if in_progress_relative(toks, i):
            continue  # '[억류 중이던] 어부들을 석방했다': a relative clause describes the noun after it, as a verb's does
        if particle in SUBJECT_PARTICLES and first > 0 and toks[first - 1][0] in lex.cue("verdict_reference"):
            continue  # '이번 포격은 ...이라고 밝혔다': the act just reported, spoken of, not a new act by the speaker
        if particle == "에" and pred is not None and lemma_at(toks, pred) in lex.cue("prepared_against_verb"):
            continue  # '[X의 드론 공격]에 대비해': what is prepared against has not happened
        if i < n and toks[i][0] in lex.cue("rumor_noun") and toks[i][1] == "NNB":
            continue  # fp22: '파병설을 부인했다': a rumoured deed, no act
        if discussed_topic(toks, pred, particle, entry.type, lex):
            continue  # support59: '난민 지원 방안을 논의했다': help talked over with a partner, none given yet
        weighed = pred is not None and lemma_at(toks, pred) in lex.cue("consider_verb")
        if considered_noun(toks, i, lex):
            planned = True  # '집회도 검토 중', '제재를 고려 중': weighed, not done
        elif weighed and particle in lex.cue("object_focus_particle") and pred <= i + 2:
            planned = True  # fp22: '무기 지원도 검토할 수 있다': a delimiter in the object's place, weighed as 지원을 검토
        elif particle in OBJECT_PARTICLES:  # an object: what its verb does with it decides
            if weighed:
                planned = True  # 제재를 검토
            elif governor is None or governor.type in CONTENT_TYPES:
                continue  # 제재를 요구 (wished), 제재를 포함한 방안 (a topic): no act
        data = {"pred": head, "first": first, "last": head, "clause": "nominal", "particle": particle,
                "governor": pred, "main": False}
        if entry.pos == "noun" and entry.lemma in raid_nouns(lex):
            data["raided_place"] = True  # kojudge47: as the verb's raid on a place (act_clauses.raided_place)
        victim = relative_victim(toks, i, particle, lex)
        if victim is not None:  # '러시아의 침공으로 피해를 입은 우크라이나에': the noun the clause describes suffered it
            data["target_spans"] = (victim,)
        elif (aimed := aimed_object(toks, first, lex)) is not None:  # 'X 대사관에 대한 공격': X is the target
            data["target_spans"] = (aimed,)
        out.append(ActHit(start=toks[first][2], end=toks[head][2] + toks[head][3], type=entry.type,
                          mode=entry.mode, lemma=entry.key, target=tuple(entry.target), nominal=True,
                          status="planned" if planned else "occurred", generic=entry.generic,
                          contexts=tuple(entry.contexts), data=data))
    return out


WISHED_DROPS = frozenset({"content", "exhortation", "imperative"})  # endings.read_clause: what is asked, not done


def wished_governor(toks: list, pred: int | None, lex: ActIndex) -> bool:
    """The predicate a noun act hangs on is itself what a request asks for or against ('시위에 참여하지 말 것을',
    '집회에 참여하도록', '시위에 나서라'): the noun's act is as wished as its verb's, so neither is an act done (the verb
    reading drops such a predicate's own act the same way, act_word_hits.act_hit)."""
    return pred is not None and read_clause(toks, pred, lex).drop in WISHED_DROPS


DISCUSSED_TYPES = frozenset({"AID", "SUPPORT"})  # help or backing a discussion may be about without giving any


def discussed_topic(toks: list, pred: int | None, particle: str | None, act_type: str, lex: ActIndex) -> bool:
    """(support59) Whether the noun act is the object of a verb of discussing (cue discussion_verb): '식량 지원 방안을
    논의했다', '군사 지원 문제를 협의했다', '인도적 지원을 논의했다'. Two sides talking help or backing over is a meeting's
    topic (the CONSULT the verb reads), not help given nor a pledge: PLOVER codes AID when it is delivered and AGREE
    when it is promised. The English 'held talks on food aid' is read alike (lang/en/act_stances)."""
    return act_type in DISCUSSED_TYPES and particle in OBJECT_PARTICLES and pred is not None \
        and lemma_at(toks, pred) in lex.cue("discussion_verb")


CAUSE_PARTICLES = INSTRUMENTAL_PARTICLES  # '침공으로 피해를 입은': the act caused what the clause says


def relative_victim(toks: list, k: int, particle: str | None, lex: ActIndex) -> tuple[int, int] | None:
    """A noun act inside a relative clause that describes what the act did to the noun after the clause
    ('러시아의 침공으로 큰 피해를 입은 우크라이나에', '중국의 보복을 당한 리투아니아'): that noun, however long the
    clause, is who suffered it, not the sentence's topic. The act is the clause's cause (으로/로) or the object of
    a verb of suffering (cue suffer_verb) or a passive; character offsets of the noun run after the clause."""
    for j in range(k, len(toks)):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_BREAK_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            return None  # the clause ends or a topic begins: no relative clause around the act
        if tag != "ETM":
            continue
        stem = j - 1
        while stem > k and toks[stem][1] == "EP":
            stem -= 1
        suffered = lemma_at(toks, stem) in lex.cue("suffer_verb") or toks[stem][:2] == ("되", "XSV")
        if not (suffered or particle in CAUSE_PARTICLES) or j + 1 >= len(toks) or toks[j + 1][1] not in NOUN_TAGS:
            return None
        end = j + 1
        while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
            end += 1
        return toks[j + 1][2], toks[end][2] + toks[end][3]
    return None


def in_progress_relative(toks: list, k: int) -> bool:
    """At `k`, after a noun act, 중 + the copula's adnominal ('억류 중이던', '수감 중인'): a relative clause saying the
    noun after it is in that state, no report of the act."""
    return k + 2 < len(toks) and toks[k][:2] == ("중", "NNB") and toks[k + 1][1] == "VCP" and toks[k + 2][1] == "ETM"


def labelled_noun(toks: list, first: int, k: int, pred: int | None, lex: ActIndex) -> bool:
    """The act noun toks[first:k] is a label, not a report: the whole of a quote ending in a quoting particle or
    copula ('"납치"라며', '"침략"이라고'), or the complement in 로 of a renaming verb ('납치로 둔갑시키려는',
    '테러로 규정했다', cue relabel_verb). A quote with more in it ('"제재를 해제하라"고') is speech, not read here."""
    if 0 < first and k + 1 < len(toks) and toks[first - 1][1] == "SSO" and toks[k][1] == "SSC":
        after = toks[k + 1]
        return after[1] == "JKQ" or (after[1] == "VCP" and k + 2 < len(toks) and toks[k + 2][1] == "EC")
    return k < len(toks) and toks[k][0] in CAUSE_PARTICLES and pred is not None \
        and lemma_at(toks, pred) in lex.cue("relabel_verb")


def considered_noun(toks: list, k: int, lex: ActIndex) -> bool:
    """After the particle at k (past any closing quote), a verb of weighing written as a noun ('검토 중',
    '고려 중인'): kiwi reads no XSV there, so the consider_verb list is asked with 하다 added."""
    while k < len(toks) and toks[k][1] in ("SS", "SSC"):
        k += 1  # a closing quote: "'촛불 집회'도 검토 중"
    if k >= len(toks) or not toks[k][1].startswith("J"):
        return False
    k += 1
    return k + 1 < len(toks) and toks[k][1] == "NNG" and toks[k][0] + "하다" in lex.cue("consider_verb") \
        and toks[k + 1][0] == "중"
