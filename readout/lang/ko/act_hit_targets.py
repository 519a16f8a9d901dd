"""Whom a Korean act word's hit is aimed at (readers of `act_word_hits.act_hit`, on its `HitReading`): the spans its kind
aims at, offers and proposals, the targets marked and the content asked for, and the deeds a judgement answers.

Why its own module: these read the act's objects and addressees, apart from what the act is (act_word_hits), the
people at home it is aimed at (act_hit_domestic) and who does it (act_hit_subjects).
"""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import aimed_object
from readout.lang.ko.act_groups import paired_sides, pronoun_act_owner, release_demanded
from readout.lang.ko.act_figures import detected_at, detected_forces
from readout.lang.ko.act_offered import offer_owner
from readout.lang.ko.act_exhorted_proposals import exhorted_proposal
from readout.lang.ko.act_proposed_meetings import meeting_partner, proposed_meeting
from readout.lang.ko.act_judged_kinds import (answered_kind, breached_deed_kind, counter_measure, judged_deed_kind,
                                             quoted_description)
from readout.lang.ko.act_struck_places import PLACE_TARGET_TYPES, struck_place, struck_settlement
from readout.lang.ko.act_postures import faced_spans
from readout.lang.ko.act_kind_cues import led_to_place
from readout.lang.ko.act_led_destinations import led_only, state_destinations
from readout.lang.ko.act_protested_matters import protested_matter
from readout.lang.ko.act_verdicts import refers_to_act
from readout.lang.ko.act_receiving_sides import act_authors, designee_spans, protested_mission
from readout.lang.ko.act_targets import TARGET_SPAN_TYPES, target_spans
from readout.lang.ko.act_marked_spans import HANDED_TYPES, marked_spans
from readout.lang.ko.act_addressees import content_span, offer_target
from readout.lang.ko.act_quoted_subjects import quoted_subject
from readout.lang.ko.act_hit_reading import HitReading


def read_target_spans(h: HitReading) -> bool:
    """The spans the act is aimed at by its kind: handed to, struck places and settlements, the attack noun's target,
    the designees of sanctions, an act referred to by a pronoun, what a protest is against, forces detected, the
    place drills face. A handover that only leads somewhere, or forces detected with no owner, state no act."""
    toks, cand, lex, e, kind, data = h.toks, h.cand, h.lex, h.e, h.kind, h.data
    spans = target_spans(toks, cand, lex) + marked_spans(toks, cand) \
        if kind in TARGET_SPAN_TYPES and not cand.passive else []  # then the nouns its entry's particles mark
    if kind in HANDED_TYPES and not cand.passive:
        spans = marked_spans(toks, cand)  # '러시아에 범죄인을 인도했다': the state it is handed to
        led, spans = led_only(toks, cand, spans, lex, e.lemma)  # kohand48: '남성 2명을 [볼리비아로] 인도했다': to BOL
        if led:
            return False  # '용의자를 병원으로 인도했다': led somewhere, handed to no one
    elif e.lemma in lex.cue("handover_verb") and not cand.passive:
        handed = marked_spans(toks, cand)  # '선원들을 B 측에 인도했다': released to B
        if not handed and e.lemma in lex.cue("lead_verb") and led_to_place(toks, cand):
            handed = state_destinations(toks, cand)  # koact49: '억류한 선원들을 [칠레로] 인도했다': released to CHL
            if not handed:
                return False  # '선원들을 항구로 인도했다': led somewhere, handed to no one
        spans = handed or spans
    settled = struck_settlement(toks, cand, lex) if kind in PLACE_TARGET_TYPES and not cand.passive else None
    if kind in PLACE_TARGET_TYPES and not cand.passive:
        spans = [settled[0]] if settled else struck_place(toks, cand, lex)  # '[가자지구의] 난민촌을': the owner names it
    aimed = aimed_object(toks, cand.first, lex) if kind == "ASSAULT" and cand.noun_end is not None \
        and not cand.passive else None  # enattack70: '[호송대]에 대한 공격의 배후를 자처했다': the attack noun's target
    spans = [aimed] + spans if aimed else spans
    if kind == "SANCTION" and not cand.passive:
        spans = spans + designee_spans(toks, cand, lex)  # '[X를 도운] 기관 4곳을 제재': their own state, else X
    if kind in ("REJECT", "ACCUSE") and not spans and not cand.passive:
        owner = pronoun_act_owner(toks, cand.first, lex)
        spans = [owner] if owner else spans  # '[X의 제재]는 ... 이를 거부한다': aimed at X
    if kind == "PROTEST" and not spans:  # what the protest is against; a mission's state is never the protesters' home
        data["protested_spans"] = tuple(protested_mission(toks, cand, lex))
        spans = list(data["protested_spans"]) or protested_matter(toks, cand, lex)  # their own government may be
    if e.key in lex.cue("detected_verb"):  # '중국 군용기 30대가 대만 주변에서 포착됐다': the forces' state shows force
        forces = detected_forces(toks, cand, lex)
        if forces is None:
            return False
        data.update(passive=False, agent_span=forces)
        spans = detected_at(toks, cand)
    if kind == "MOBILIZE" and not spans:
        spans = faced_spans(toks, cand, lex)  # drills42: 'Y 주변에서 훈련', 'Y를 포위하는 훈련': aimed at Y
    if not spans and cand.noun_end is not None and e.lemma in lex.cue("victim_noun_verb") and not cand.passive:
        spans = [(toks[cand.first][2], toks[cand.noun_end][2] + toks[cand.noun_end][3])]  # koacts59b: '시위대를 죽였다'
    h.spans, h.settled = spans, settled
    return True


def read_offers(h: HitReading) -> bool:
    """Promises and offers: an offer made to a side, one accepted from its owner, and a meeting proposed or a
    proposal urged on an addressee, which ask (REQUEST) rather than promise."""
    toks, cand, lex, e, kind, mode, data, spans = h.toks, h.cand, h.lex, h.e, h.kind, h.mode, h.data, h.spans
    if e.type == "AGREE" and kind == "AGREE" and cand.noun_end is None:
        spans, offered = offer_target(toks, cand, lex)  # '필리핀에 인도적 지원을 약속했다': made to 필리핀
        if spans:
            data["addressee"] = True
        if offered:
            data["stated_type"] = offered
    if kind == "AGREE" and (e.noun in lex.cue("offered_noun") or e.lemma in lex.cue("offer_accepting_verb")) \
            and not cand.passive:
        spans = offer_owner(toks, cand, lex.cue("offered_noun")) or spans  # agree54: 'X의 제안을 수용했다': answers X
        if spans:
            data["addressee"] = True
    if kind == "AGREE" and proposed_meeting(toks, cand, lex):  # proposals66: '칠레와 회담을 갖자고 제안했다': REQUEST meet
        kind, mode = "REQUEST", "meet"
        data["proposed_meeting"] = True
        spans = spans or meeting_partner(toks, cand)
    elif kind == "AGREE" and spans and data.get("addressee") and exhorted_proposal(toks, cand, lex):
        kind, mode = "REQUEST", None  # kopropose68: '페루에 관세를 인하하자고 제안했다' asks Peru, promises nothing
        data.pop("stated_type", None)
    h.kind, h.mode, h.spans = kind, mode, spans
    return True


def read_addressed_targets(h: HitReading) -> bool:
    """The targets marked on the hit (a threat at the author of the deed, a pair named before it), a threat or a
    demand naming no one (the story's other side), and the content a proposal or demand asks for."""
    toks, cand, lex, kind, data, spans = h.toks, h.cand, h.lex, h.kind, h.data, h.spans
    if spans and kind == "THREATEN":
        spans = act_authors(toks, spans, lex)  # '[반군의] 테러에 대가를 치르게 하겠다': aimed at the author
    if spans:
        data["target_spans"] = tuple(paired_sides(toks, spans, lex))  # '양측이 ... 촉구': the pair named before it
        if kind == "THREATEN" and not cand.passive and refers_to_act(toks, tuple(spans[:1]), lex):
            data["unaddressed"] = True  # '이번 훈련이 ...한다며 엄포를 놓았다': aimed at the drills' owners just reported
    elif kind == "THREATEN" and not cand.passive:
        data["unaddressed"] = True  # '보복 조치를 예고했다': a threat naming no one answers the acts just reported
    content = content_span(toks, cand, lex)
    if data.get("unaddressed") and kind == "THREATEN" and counter_measure(toks, cand, content, lex):
        data["counter_measure"] = True  # '상응 조치를 취하겠다고 경고': the other side's last measure first
    if content:
        data["content_span"] = content  # '다음 달 회담을 열자고 제안했다': its dates are the proposal's content
        if kind == "REQUEST" and not spans and not cand.passive and release_demanded(toks, content, lex):
            data["unaddressed"] = True  # '선원들을 돌려보내라고 요구했다': asked of whoever holds them
        if kind == "REQUEST" and spans and spans[0] == quoted_subject(toks, cand):
            data["demanded"] = (spans[0][1], content[1])  # '"B는 철회해야 한다"고 요구했다': B's withdrawal is asked
    h.spans, h.content = spans, content
    return True


def read_answered_deeds(h: HitReading) -> bool:
    """A judgement or threat answering the deeds just reported (a provocation, a measure, a coup, a refusal, an
    accord): aimed at whoever did them, named or not; what a quoted verdict describes is no party."""
    toks, cand, lex, e, kind, data = h.toks, h.cand, h.lex, h.e, h.kind, h.data
    answered = answered_kind(toks, cand, lex) if kind in ("ACCUSE", "THREATEN") else None
    if answered is None and kind == "ACCUSE":
        answered = judged_deed_kind(toks, cand, lex)  # '선박을 억류한 데 대해 유감을 표하고': the seizure told before
    if answered is None and kind == "ACCUSE":
        answered = breached_deed_kind(toks, cand, lex)  # '이번 발사가 ... 결의 위반이라며 규탄': the launch's author
    if answered == "provocation":
        data["answers"] = True  # '도발 행위를 규탄한다': aimed at whoever committed it, named or not
    described = quoted_description(toks, cand) if answered in ("provocation", "measure", "refusal") else None
    if described and answered == "provocation":  # '"[X 규정을 위반한] 도발"이라며': the rule's body is no target
        # (ko-acts37); refer42: nor the victim a verdict on the deed names, '"[B의 주권을 침해한] 위반"이라며 공습을 규탄'
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), described)
    elif described:  # refer42: '"..."이라며 이번 조치를 비난': what the verdict names describes the measure, no party
        data["described_spans"] = (*data.get("described_spans", ()), described)
    if answered:
        data["unaddressed"] = True  # with no one named: the other side of the acts just reported
    if answered == "measure":
        data["answers_measure"] = True  # of the measures just reported only, not a launch
    if answered == "coup":  # (condemn50) '쿠데타 시도를 규탄했다': the state the story's deed was done in
        data["answers"], data["judged_coup"] = True, kind == "ACCUSE"
    if answered == "meeting" and kind == "ACCUSE":  # koclause56: '이 회담을 비판했다': the meeting's parties
        data["answers"] = data["deed_told"] = data["judged_meeting"] = True
    if answered == "refusal":  # (refer42) '이번 거부권 행사를 비난했다': the side that vetoed last
        data["answers"], data["judged_kinds"] = True, [("REJECT", None)]
    if answered == "accord":  # (en41) '이 합의를 규탄했다': the parties of the last accord told
        data["answers"], data["judged_kinds"] = True, [("AGREE", None)]
    if answered == "refusal":  # (unsc44) '거부권 행사를 비판했다': the makers of the last refusal told
        data["answers"], data["judged_kinds"] = True, [("REJECT", None)]
    if kind == "REQUEST" and e.noun in lex.cue("release_noun"):
        data["unaddressed"] = data["answers_measure"] = True  # '자국민의 석방을 요구': the captor the story told
    return True
