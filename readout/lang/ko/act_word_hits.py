"""One Korean act word's hit (`act_hit`): from the lexicon entry matched and the reading of its clause's endings, the
act's status (negated, planned, decided, promised), its mode, and the marks its clause gives the pipeline (targets,
conditions, the story's sides, a place it led to, a matter protested, a launch into space); lang/ko/acts.find_acts
and the relative-clause readers (act_relatives) build their hits through it. The sides the story gives it are read in
`act_story_sides`, what a relative clause on its noun names in `act_protested_matters`, the cues that change its kind
(a place led to, a demand kept against, a launch into space, a rupture announced) in `act_kind_cues`.

`act_hit` is a dispatch over small readers, each asking one question of the word and its clause in turn, on one
`HitReading` (act_hit_reading) they fill; a reader that finds the clause states no act stops the reading (no hit).
Here the readers of what the act is (its kind, pledge, clause marks, whether it is stated, its future and status);
whom it is aimed at in `act_hit_targets`, the people at home it is aimed at and the spans that receive nothing in
`act_hit_domestic`, who does it in `act_hit_subjects`. The order is the readers' contract: each asks what those
before it read.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_accused_grounds import alleging_ground
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_clauses import PLEDGE_MODALITIES, forecast
from readout.lang.ko.act_pledges import endorsement_pledged
from readout.lang.ko.act_hopes import hope_without_party
from readout.lang.ko.act_hosted_deployments import hosted_deployment
from readout.lang.ko.act_figures import ceremonial_fire, drill_fire, sports_match, suffered_blow
from readout.lang.ko.act_entry_permits import own_forces_entry
from readout.lang.ko.act_exiles import exile
from readout.lang.ko.act_exercises import planned_drill
from readout.lang.ko.act_granted_sums import granted_sum, pledge_follows
from readout.lang.ko.act_context import (abstract_target, left_a_place, negated_before, threat_complement, threat_mode,
                                         threatened_value, wish_mode)
from readout.lang.ko.act_judged_kinds import judged_deed_clause
from readout.lang.ko.act_forewarnings import THREAT_MODE, threatened_mode
from readout.lang.ko.act_kind_cues import announced_rupture, kept_against_demand, space_launch
from readout.lang.ko.act_pledged_measures import plainly_said
from readout.lang.ko.act_story_sides import story_sides
from readout.lang.ko.act_endorsed_stances import QUOTED_CONTENT_ENDINGS, endorsed_by_noun, held_stance
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_timetabled import timetabled
from readout.lang.ko.act_receiving_sides import thanks_for_help
from readout.lang.ko.endings import head_span, read_clause
from readout.lang.ko.act_hit_reading import HitReading
from readout.lang.ko.act_hit_targets import read_target_spans, read_offers, read_addressed_targets, read_answered_deeds
from readout.lang.ko.act_hit_domestic import (read_domestic_people, read_home_sides, read_charged_sides,
                                              read_not_recipients)
from readout.lang.ko.act_hit_subjects import read_subject_marks, read_agents
from readout.lang.ko.act_armed_ousters import read_armed_ousters
from readout.lang.ko.act_crushed_coups import read_crushed_coups


TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # their future is AGREE (manual)
PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})  # acts that are promises: an option weighed is none


def _parallel(toks: list, last: int, lex: ActIndex) -> bool:
    """The clause ends in an adnominal ending before a noun of two acts side by side ('추방하는 한편', cue
    parallel_noun): an act of its own beside the next, never that predicate's content (act_clauses.outer_acts)."""
    return toks[last][1] == "ETM" and last + 1 < len(toks) and toks[last + 1][0] in lex.cue("parallel_noun")


def _unstated(h: HitReading) -> bool:
    """A clause that states no political act: a hypothesis the sentence answers, a forecast, a blow suffered, a
    salute or drill fired, a sports match. Asked first: nothing else about the word matters then."""
    toks, cand, lex, r = h.toks, h.cand, h.lex, h.r
    if r.drop or r.modality == "condition":
        return False  # '한국이 무기를 지원하면', '도발할 경우': a hypothesis the sentence answers, not an act
    if forecast(toks, r, lex):
        return False  # '이르면 이달 중 핵실험을 할 수도 있다', '... 할 것이라고 내다봤다': a forecast, not a plan
    if suffered_blow(toks, cand, lex) or ceremonial_fire(toks, cand, lex) or sports_match(toks, cand, lex) \
            or drill_fire(toks, cand, lex):
        return False  # '타격을 받았다', '예포를 발사했다', '월드컵에서 X를 만나', '훈련 중 최루탄을 쐈다': no political act
    return True


def _kind_read(h: HitReading) -> bool:
    """The act's kind and mode beside its entry's: a stance shared that no side holds, a stance endorsed by its noun,
    thanks for help, people deported (their own state's, the destination no side). Every later reader asks the kind."""
    toks, cand, lex, e = h.toks, h.cand, h.lex, h.e
    kind, mode = e.type, e.mode
    unowned_stance = kind == "SUPPORT" and e.noun in lex.cue("endorsed_stance_noun") and cand.first > 0 \
        and toks[cand.first - 1][1] == "ETM" and not held_stance(toks, cand.first)
    if unowned_stance:
        kind = "AGREE"  # '[대화가 필요하다는] 입장에 공감했다': a view shared, no side's stance endorsed
    if kind == "AGREE" and endorsed_by_noun(toks, cand, lex):
        kind = "SUPPORT"  # stance68: 'Y의 입장에 공감을 표시했다' endorses Y's stance, as '입장에 공감한다' does
    if kind == "RETREAT" and thanks_for_help(toks, cand, lex):
        kind, mode = "SUPPORT", None  # support61: '칠레의 지원에 사의를 밝혔다' thanks Chile, resigns nothing
    exiled = exile(toks, cand, kind, mode, lex)
    if exiled:  # kotwin46: '반체제 인사들을 스페인으로 추방했다': its own people deported, Spain no side
        kind, mode = exiled[0]
    h.kind, h.mode, h.unowned_stance, h.exiled = kind, mode, unowned_stance, exiled
    return True


def _pledge_read(h: HitReading) -> bool:
    """Negation and pledging from the clause's endings: force not ruled out is a threat, an option weighed promises
    nothing, a meeting in a connective clause was held before the decision after it."""
    toks, cand, lex, e, r, kind = h.toks, h.cand, h.lex, h.e, h.r, h.kind
    negated = r.negated or negated_before(toks, cand, lex)
    if e.type == "THREATEN" and e.lemma in lex.cue("unruled_verb"):
        if not negated:
            return False  # '무력 사용을 배제했다': force ruled out threatens nothing
        negated = False  # '배제하지 않겠다': not ruling force out is the threat (PLOVER THREATEN)
    if r.modality == "option" and kind in PROMISE_TYPES:
        return False  # '제재를 완화하는 방안을 검토': an option weighed promises nothing (manual, CONCEDE and AGREE)
    pledged = r.decided or r.modality in PLEDGE_MODALITIES
    if kind == "CONSULT" and r.clause == "connective":
        pledged = False  # 'B와 회담하고 ... 공조해 나가기로 했다': the meeting was held; the decision is the later clause's
    h.negated, h.pledged = negated, pledged
    return True


def _clause_marks(h: HitReading) -> bool:
    """The marks the clause gives the pipeline (predicate, endings, clause kind, modality, passive, recalled); a
    relative clause on its subject head: the head suffered it (no hit) or did it as background (its agent)."""
    toks, cand, lex, e, r, unowned_stance = h.toks, h.cand, h.lex, h.e, h.r, h.unowned_stance
    data: dict = {"pred": cand.stem, "first": cand.first, "last": r.last, "endings": tuple(r.endings),
                  "ending_tags": tuple(t[1] for t in toks[cand.stem + 1:r.last + 1]),
                  "clause": r.clause, "main": r.clause == "main", "modality": r.modality,
                  "decided": r.decided, "quoted": r.quoted, "parallel": _parallel(toks, r.last, lex),
            "passive": cand.passive or e.lemma.endswith("되다") or e.noun is None and tuple(e.target) == ("subject",)}
    if unowned_stance and toks[cand.first - 1][0].endswith(QUOTED_CONTENT_ENDINGS):  # enmodes70: '[B가 철수해야
        data["not_recipient_spans"] = ((0, toks[cand.first][2]),)  # 한다는] 입장': B is the content's, no side shared with
    # a verb whose subject undergoes the act ('풀려나다': the released come free) reads as a passive
    if cand.noun_end is not None:
        data["noun_end"] = cand.noun_end
    if r.recalled:  # '체결한 바 있다': done before; its own date if its clause gives one, never the story's
        data["recent"] = data["recalled"] = True
    if r.clause == "relative_subject" and (cand.passive or e.lemma.endswith("되다")
                                           or cand.noun_end is not None and tuple(e.target) == ("subject",)):
        return False  # relatives63: '[제재를 받은] 러시아 은행이': the head suffered it (act_relatives.relative_suffered)
    if r.clause == "relative_subject":  # dates62: '[대사를 추방했던] 칠레는': the head did it, as background
        data.update(relative=True, background=True, agent_span=head_span(toks, r.last))
    h.data = data
    return True


def _shared_view(h: HitReading) -> bool:
    """A view shared that something is a threat: the sides accuse it together, as they say it (no pledge)."""
    toks, cand, lex, e, kind, mode, data, pledged = h.toks, h.cand, h.lex, h.e, h.kind, h.mode, h.data, h.pledged
    viewed = threat_complement(toks, cand, lex) if e.key in lex.cue("shared_view") else None
    shared = viewed is not None
    if shared:  # 'X가 위협이라는 데 인식을 같이했다': they accuse X together, as they say it
        kind, mode, pledged = "ACCUSE", "disapprove", False
        data["viewed_threat"] = viewed  # '...위협하고 있다는 데': that verb is the view's content, no act
    h.kind, h.mode, h.pledged, h.shared = kind, mode, pledged, shared
    return True


def _stated(h: HitReading) -> bool:
    """Whether the clause states the act after all: the story's sides support it, and it is no claim about
    conduct, description of a noun, stance merely kept, deed judged, figure of speech, bare hope, or generic
    pledge verb unpledged."""
    toks, cand, lex, e, r, kind = h.toks, h.cand, h.lex, h.e, h.r, h.kind
    mode, data, pledged = h.mode, h.data, h.pledged
    if not story_sides(toks, cand, lex, kind, data):
        return False  # '우리 기업인들을 격려했다': cheering one's own nationals, no side supported
    if kind == "RETREAT" and own_forces_entry(toks, cand, e, lex):
        return False  # kopar53a: '군 병력의 도심 진입을 허용했다': one's own troops let in, no other side
    if kind == "THREATEN" and cand.noun_end is None and r.modality not in ("future", "intent") \
            and threatened_value(toks, cand, lex):
        return False  # '무기 거래가 안보를 위협하고 있다며': a claim about conduct, no threat made ('위협하겠다' is one)
    if e.key in lex.cue("predicative_only") and cand.stem + 1 < len(toks) and toks[cand.stem + 1][1] == "ETM":
        return False  # '철통 같은 의지를 재확인': a description of the noun after it, not the pledge's predicate
    if e.key in lex.cue("stance_kept") and not kept_against_demand(toks, cand.first, lex):
        return False  # '중립 입장을 고수했다': a stance kept, no one's demand rejected
    if judged_deed_clause(toks, cand) is not None:
        return False  # '[선박을 억류한] 데 대해 유감을 표하고': a deed judged, told before; not the judge's own act
    if (kind in ("ASSAULT", "COERCE") or kind == "PROTEST" and mode == "vandalize") and abstract_target(toks, cand, lex):
        return False  # '관계가 파괴될 것', '질서를 파괴', fp22 '원칙을 훼손하는 것': a figure of speech, not force
    if hope_without_party(toks, cand, lex):
        return False  # '평화가 정착되기를 바란다', '나설 것으로 기대한다': a hope that asks no side to act
    if e.lemma in lex.cue("pledge_only") and e.noun is None and not pledged:
        return False  # 노력했다, 대응했다: a generic pledge verb states a pledge only when pledged
    if e.lemma in lex.cue("pledge_only") and e.noun is None:
        data["effort_only"] = True  # '노력하겠다', '노력을 이어가겠다': with no one named beside, no agreement
    return True


def _future_read(h: HitReading) -> bool:
    """PLOVER's rules on future acts: promised cooperation or retreat is AGREE, a quoted future of force a
    THREATEN, an announced resignation the retreat planned; the stated type kept for the pipeline; the status."""
    toks, cand, lex, e, r, kind = h.toks, h.cand, h.lex, h.e, h.r, h.kind
    mode, data, pledged, shared = h.mode, h.data, h.pledged, h.shared
    endorsed = endorsement_pledged(toks, cand, r, pledged, lex)  # "X를 지지하겠다": SUPPORT, not AGREE
    resigning = False
    summed = kind in lex.cue("decided_types") and granted_sum(toks, cand, lex)  # kopar53a: money given or pledged
    if summed and mode is None:
        mode = "economic"  # '300만 달러를 지원했다': money given is economic aid, as English reads a sum (en23)
    promised = summed and pledge_follows(toks, cand, lex)  # '300만 달러를 지원하겠다고 약속했다'
    if promised:
        data["granted_sum"] = True  # act_granted_sums.pledged_grants: the promise of it is no act of its own
    decided = r.decided or promised  # a sum pledged is the grant made, as a grant decided is (en23)
    drill = pledged and planned_drill(e, r, lex)  # plans56: '연합훈련을 실시할 것이다', '…하기로 했다': the drill, planned
    troops_promised = kind == "MOBILIZE" and pledge_follows(toks, cand, lex, "promised_deployment_verb")  # koacts58
    if pledged and (kind in TO_AGREE or troops_promised) and not (decided and kind in lex.cue("decided_types")) \
            and not endorsed and not drill:
        kind, mode = "AGREE", None  # future cooperation is AGREE (manual, AGREE)
    elif kind == "RETREAT" and mode == "resign" and (pledged or e.noun in lex.cue("resignation_intent_noun")):
        resigning = True  # '사퇴하겠다': an announced resignation is the retreat itself, planned (docs/coding-choices.md)
    elif pledged and kind == "RETREAT":  # '철수하겠다', '석방하겠다': a retreat promised is AGREE, as English reads it
        kind, mode = "AGREE", None  # (PLOVER coders, CAMEO 035x; docs/coding-choices.md)
    elif r.quoted and r.modality in ("future", "intent") and kind in THREAT_MODE \
            and not space_launch(toks, cand, lex) and not announced_rupture(e, lex, kind, mode, plainly_said(toks, cand.stem, lex)) \
            and not hosted_deployment(toks, cand, lex):  # acts56b: '벨라루스에 배치하겠다고': a host, the move planned
        kind, mode = "THREATEN", threatened_mode(kind, e.contexts, mode)  # "보복하겠다"고 밝혔다
    if kind != e.type and not shared:  # the pipeline's key for the stated type: a promise of aid reaches
        data["future_of"] = data["stated_type"] = e.type  # the one it is promised to ('북한에 ... 지원하겠다')
    elif getattr(e, "stated_type", None):
        data["stated_type"] = e.stated_type  # a warned-of act: '보복 조치를 예고했다' threatens retaliation
    status = "planned" if r.modality and not decided and not shared else "occurred"
    if resigning or r.decided and not shared and kind in lex.cue("decided_planned_types"):
        status = "planned"  # '사퇴하기로 했다', future53 '추방하기로 했다': the deed decided is yet to come
    if drill:
        status = "planned"  # plans56: a joint drill to come is the drill planned, as English 'will hold joint drills'
    if status == "occurred" and kind in lex.cue("timetabled_types") and timetabled(toks, cand.first, cand.stem, r):
        status = "planned"  # future53: '다음 달 연합훈련을 실시한다': a timetable, told in the plain present
    if "future_of" in data or endorsed:
        status = "occurred"  # the pledge, the announced retreat, the threat: stating it is the act
    if kind == "THREATEN" and r.modality in ("future", "intent"):
        status = "occurred"  # a warning of what one will do is itself the act
    if r.attempted and kind in lex.cue("attempt_types"):
        status = "occurred"  # plover50: '암살하려고 시도했다': an attack tried is coded done, as 'tried to kill'
    h.kind, h.mode, h.status = kind, mode, status
    return True


def _act_hit(h: HitReading) -> ActHit:
    """The hit itself: a request's, refusal's or threat's mode read from its clause when its entry gives none, a
    resignation that leaves a country a withdrawal, the entry's target roles turned for a passive, and its span from
    the candidate's first word to its stem."""
    toks, cand, lex, e, kind, mode = h.toks, h.cand, h.lex, h.e, h.kind, h.mode
    data, negated, unowned_stance, shared, status = h.data, h.negated, h.unowned_stance, h.shared, h.status
    if mode is None and kind in ("REQUEST", "REJECT"):
        mode = wish_mode(toks, cand, lex)
    elif mode is None and kind == "THREATEN":
        mode = threat_mode(toks, cand, lex)
    elif mode == "disapprove" and kind == "ACCUSE" and alleging_ground(toks, cand, lex):
        mode = "allege"  # kopar53b: 'B를 간첩 행위로 비난했다', '책임이 B에 있다고 비난했다'
    elif mode == "resign" and left_a_place(toks, cand, lex):
        mode = "withdraw"  # '일본에서 물러났다': out of a country, not an office
    target = tuple(e.target)
    if cand.passive:
        target = tuple("subject" if t == "object" else t for t in target) or ("subject",)
    start = toks[cand.first][2]
    end = toks[cand.stem][2] + toks[cand.stem][3]
    return ActHit(start=start, end=end, type=kind, mode=mode, lemma=e.key, target=target,
                  nominal=False, negated=negated, status=status,
                  generic=e.generic and not shared and kind != "SUPPORT" or unowned_stance, contexts=tuple(e.contexts), data=data)


READERS = (
    _unstated, _kind_read, _pledge_read, _clause_marks, _shared_view, read_target_spans, read_offers,
    read_addressed_targets, read_answered_deeds, read_domestic_people, read_home_sides, read_charged_sides,
    read_not_recipients, read_subject_marks, read_armed_ousters, read_crushed_coups, read_agents, _stated, _future_read,
)  # in this order: each reader asks what those before it read


def act_hit(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """The ActHit for a predicate candidate, with PLOVER's rules on future acts applied, or None when
    the clause does not state the act (exhortation, demanded content, relative clause): the readers in turn."""
    h = HitReading(toks, cand, lex, cand.entry, cand.reading or read_clause(toks, cand.stem, lex))
    for read in READERS:
        if not read(h):
            return None
    return _act_hit(h)
