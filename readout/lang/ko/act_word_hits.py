"""One Korean act word's hit (`_hit`): from the lexicon entry matched and the reading of its clause's endings, the
act's status (negated, planned, decided, promised), its mode, and the marks its clause gives the pipeline (targets,
conditions, the story's sides, a place it led to, a matter protested, a launch into space); lang/ko/acts.find_acts
and the relative-clause readers (act_relatives) build their hits through it. The sides the story gives it are read in
`act_story_sides`, what a relative clause on its noun names in `act_protested_matters`, the cues that change its kind
(a place led to, a demand kept against, a launch into space, a rupture announced) in `act_kind_cues`.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.sectors import CHARGED_PEOPLE_SECTORS, STATELESS_FORCE_SECTORS
from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.ko.act_addressed_people import ADDRESSED_TYPES, addressed_people
from readout.lang.ko.act_aimed_objects import AIMED_FORCE, aimed_object, aimed_people, dispersed_people, people_nouns
from readout.lang.ko.act_dispersed_gatherings import dispersed_gathering
from readout.lang.ko.act_owned_people import owned_object_people
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_bystander_states import cargo_origins, deed_modifiers, offshore_places
from readout.lang.ko.act_clauses import PLEDGE_MODALITIES, forecast
from readout.lang.ko.act_headline_hits import quote_speaker
from readout.lang.ko.act_pledges import endorsement_pledged
from readout.lang.ko.act_hopes import hope_without_party
from readout.lang.ko.act_impeachments import charged_in_motion
from readout.lang.ko.act_groups import paired_sides, pronoun_act_owner, release_demanded
from readout.lang.ko.act_figures import (armed_subject, ceremonial_fire, detected_at, detected_forces, drill_fire,
                                        occurred_owner, sports_match, suffered_blow)
from readout.lang.ko.act_offered import offer_owner
from readout.lang.ko.act_exhorted_proposals import exhorted_proposal
from readout.lang.ko.act_proposed_meetings import meeting_partner, proposed_meeting
from readout.lang.ko.act_passive_agents import agent_sector, passive_agent
from readout.lang.ko.act_organs import judged_home_object, organ_subject, people_sector
from readout.lang.ko.act_charged_groups import (SECTOR as CHARGED_SECTOR, charge_adjunct, charged_group,
                                                 charged_people)
from readout.lang.ko.act_placed_people import ARMED_ACT_TYPES, acted_on_people
from readout.lang.ko.act_armed_targets import armed_object, armed_target, conflict_force_target, named_force_target
from readout.lang.ko.act_crowd_riots import property_attack
from readout.lang.ko.act_military_sites import struck_force
from readout.lang.ko.act_clash_sides import clash_partner
from readout.lang.ko.act_cordons import CORDON, cordoned
from readout.lang.ko.act_exiles import exile
from readout.lang.ko.act_clause_subjects import home_force_subject, people_subject, subjectless_quote
from readout.lang.ko.act_context import (abstract_target, answered_kind, breached_deed_kind, counter_measure,
                                        domestic_object, headed_places, judged_deed_clause, judged_deed_kind,
                                        left_a_place, negated_before, quoted_description,
                                        serial_captor, threat_complement, threat_mode, threatened_value, wish_mode)
from readout.lang.ko.act_struck_places import PLACE_TARGET_TYPES, struck_place, struck_settlement
from readout.lang.ko.act_postures import faced_spans
from readout.lang.ko.act_scrambles import scramble_deployer
from readout.lang.ko.act_sorties import sortie_owner
from readout.lang.ko.act_forewarnings import THREAT_MODE, threatened_mode
from readout.lang.ko.act_kind_cues import announced_rupture, kept_against_demand, led_to_place, space_launch
from readout.lang.ko.act_protested_matters import protested_matter, relative_arguments
from readout.lang.ko.act_story_sides import asker_past_content, story_sides
from readout.lang.ko.act_predicates import spoken_side
from readout.lang.ko.act_endorsed_stances import QUOTED_CONTENT_ENDINGS, endorsed_by_noun, held_stance
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_verdicts import refers_to_act
from readout.lang.ko.act_relative_partners import relative_maker, relative_partners
from readout.lang.ko.act_receiving_sides import act_authors, designee_spans, protested_mission, thanks_for_help
from readout.lang.ko.act_targets import (HANDED_TYPES, TARGET_SPAN_TYPES, content_span, marked_spans, offer_target,
                                         property_subjects, quoted_subject, target_spans)
from readout.lang.ko.endings import head_span, read_clause
from readout.lang.ko.tags import SUBJECT_TAGS


TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # their future is AGREE (manual)
COERCE = "COERCE"
DOMESTIC_TYPES = frozenset({COERCE, "ASSAULT"})  # force a state may use on its own people
PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})  # acts that are promises: an option weighed is none



def _parallel(toks: list, last: int, lex: ActIndex) -> bool:
    """The clause ends in an adnominal ending before a noun of two acts side by side ('추방하는 한편', cue
    parallel_noun): an act of its own beside the next, never that predicate's content (act_clauses.outer_acts)."""
    return toks[last][1] == "ETM" and last + 1 < len(toks) and toks[last + 1][0] in lex.cue("parallel_noun")


def _hit(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """The ActHit for a predicate candidate, with PLOVER's rules on future acts applied, or None when
    the clause does not state the act (exhortation, demanded content, relative clause)."""
    e, r = cand.entry, cand.reading or read_clause(toks, cand.stem, lex)
    if r.drop or r.modality == "condition":
        return None  # '한국이 무기를 지원하면', '도발할 경우': a hypothesis the sentence answers, not an act
    if forecast(toks, r, lex):
        return None  # '이르면 이달 중 핵실험을 할 수도 있다', '... 할 것이라고 내다봤다': a forecast, not a plan
    if suffered_blow(toks, cand, lex) or ceremonial_fire(toks, cand, lex) or sports_match(toks, cand, lex) \
            or drill_fire(toks, cand, lex):
        return None  # '타격을 받았다', '예포를 발사했다', '월드컵에서 X를 만나', '훈련 중 최루탄을 쐈다': no political act
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
    negated = r.negated or negated_before(toks, cand, lex)
    if e.type == "THREATEN" and e.lemma in lex.cue("unruled_verb"):
        if not negated:
            return None  # '무력 사용을 배제했다': force ruled out threatens nothing
        negated = False  # '배제하지 않겠다': not ruling force out is the threat (PLOVER THREATEN)
    if r.modality == "option" and kind in PROMISE_TYPES:
        return None  # '제재를 완화하는 방안을 검토': an option weighed promises nothing (manual, CONCEDE and AGREE)
    pledged = r.decided or r.modality in PLEDGE_MODALITIES
    if kind == "CONSULT" and r.clause == "connective":
        pledged = False  # 'B와 회담하고 ... 공조해 나가기로 했다': the meeting was held; the decision is the later clause's
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
        return None  # relatives63: '[제재를 받은] 러시아 은행이': the head suffered it (act_relatives._relative_suffered)
    if r.clause == "relative_subject":  # dates62: '[대사를 추방했던] 칠레는': the head did it, as background
        data.update(relative=True, background=True, agent_span=head_span(toks, r.last))
    viewed = threat_complement(toks, cand, lex) if e.key in lex.cue("shared_view") else None
    shared = viewed is not None
    if shared:  # 'X가 위협이라는 데 인식을 같이했다': they accuse X together, as they say it
        kind, mode, pledged = "ACCUSE", "disapprove", False
        data["viewed_threat"] = viewed  # '...위협하고 있다는 데': that verb is the view's content, no act
    spans = target_spans(toks, cand, lex) + marked_spans(toks, cand) \
        if kind in TARGET_SPAN_TYPES and not cand.passive else []  # then the nouns its entry's particles mark
    if kind in HANDED_TYPES and not cand.passive:
        spans = marked_spans(toks, cand)  # '러시아에 범죄인을 인도했다': the state it is handed to
    elif e.lemma in lex.cue("handover_verb") and not cand.passive:
        handed = marked_spans(toks, cand)  # '선원들을 B 측에 인도했다': released to B
        if not handed and e.lemma in lex.cue("lead_verb") and led_to_place(toks, cand):
            return None  # '선원들을 항구로 인도했다': led somewhere, handed to no one
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
            return None
        data.update(passive=False, agent_span=forces)
        spans = detected_at(toks, cand)
    if kind == "MOBILIZE" and not spans:
        spans = faced_spans(toks, cand, lex)  # drills42: 'Y 주변에서 훈련', 'Y를 포위하는 훈련': aimed at Y
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
    if answered == "refusal":  # (refer42) '이번 거부권 행사를 비난했다': the side that vetoed last
        data["answers"], data["judged_kinds"] = True, [("REJECT", None)]
    if answered == "accord":  # (en41) '이 합의를 규탄했다': the parties of the last accord told
        data["answers"], data["judged_kinds"] = True, [("AGREE", None)]
    if answered == "refusal":  # (unsc44) '거부권 행사를 비판했다': the makers of the last refusal told
        data["answers"], data["judged_kinds"] = True, [("REJECT", None)]
    if kind == "REQUEST" and e.noun in lex.cue("release_noun"):
        data["unaddressed"] = data["answers_measure"] = True  # '자국민의 석방을 요구': the captor the story told
    charge = e.lemma in lex.cue("domestic_charge_verb") or e.noun in lex.cue("domestic_charge_noun")  # accuse56:
    # '야당 대표를 기소했다': its own people charged; accuse59: '대통령 탄핵소추안을 가결했다'
    if charge and cand.passive:  # accuse58: '활동가가 반역 혐의로 기소됐다': the holding state charged its subject
        data["criminal_charge"] = True
    domestic = domestic_object(toks, cand, lex, people_nouns(lex) | lex.cue("charged_person_noun") if charge else None,
                               charge) if (kind in DOMESTIC_TYPES or charge) and not cand.passive else None
    if domestic is None and exiled:  # kodeed47: '자국민을 추방했다': the people deported, the actor's own
        domestic = exiled[2]
    if domestic is None and e.noun in lex.cue("domestic_charge_noun") and not cand.passive:  # accuse59: the motion's
        domestic = charged_in_motion(toks, cand.first, lex.cue("charged_person_noun"))  # person ('대통령 탄핵소추안')
    if domestic is None and kind in AIMED_FORCE and not cand.passive:  # '시위대를 향해 최루탄을 쐈다': whom it hit
        domestic = aimed_people(toks, cand.first, lex, people_nouns(lex))
    if domestic is None and e.mode == CROWD_CONTROL and not cand.passive:  # '최루탄을 쏴 시위대를 해산했다'
        domestic = dispersed_people(toks, cand.first, cand.stem, lex, people_nouns(lex))
    if domestic is None and kind in DOMESTIC_TYPES:  # kocoerce66: '집회를 해산시켰다': the people who gathered
        domestic = dispersed_gathering(toks, cand, lex)
    if domestic is None and kind == COERCE and not cand.passive:  # kowild48: '기자들의 재산을 몰수했다': the owners
        domestic = owned_object_people(toks, cand, lex)
    if domestic is None and settled and settled[1]:
        domestic = settled[0]  # '[X 지역의 한] 마을에 공습': the people who live there, the attacker's own unless named
    force = struck_force(toks, cand, lex) if domestic is None and kind == "ASSAULT" and not cand.passive else None
    if force is None and domestic is None and kind == "ASSAULT":
        force = clash_partner(toks, cand, lex)  # kocrowd46: '목축민들이 [경찰과] 충돌했다': the police of their state
        force = force and (*force, False)
    if force:  # '군 기지를', '경찰 순찰대를', '경찰관들을 공격했다': those forces of the state the object names, else the
        data["domestic_target"], data["domestic_sector"], site = force  # attacker's own
        if site:
            data["military_site"] = True
    home_side = judged_home_object(toks, cand, lex) if kind == "ACCUSE" and domestic is None \
        and not cand.passive else None
    if domestic is None and not home_side and kind in ADDRESSED_TYPES and not cand.passive:
        domestic = addressed_people(toks, cand, lex)  # kotargets68: '정부는 시위대를 비난했다': its own people
    if home_side:  # '야당 대표는 정부를 비판했다', '야당은 의회를', '대통령은 야당을': a side of the state the span
        data["domestic_target"], data["domestic_sector"] = home_side  # names, else of the actor's own
    elif domestic:  # '경찰은 시위대를 체포했다': people of a state, the actor's own unless the span names one
        data["domestic_target"], data["domestic_sector"] = domestic, people_sector(toks, domestic) \
            or (exiled[3] if exiled and exiled[2] == domestic else "CVL")
        described = relative_arguments(toks, domestic[0], lex)
        if described:  # '[정부를 비판한] 언론인을 체포했다': who the people are, not who receives the act
            data["not_recipient_spans"] = described
        charged_with = charge_adjunct(toks, cand.first, lex) if kind == "ACCUSE" \
            and data["domestic_sector"] in CHARGED_PEOPLE_SECTORS else None
        if charged_with:  # actors63: '[칠레를 위해 간첩 활동을 한 혐의로] 기자들을 기소': the charge's content
            data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), charged_with)
            kept = tuple(s for s in data.get("target_spans", ()) if not charged_with[0] <= s[0] < charged_with[1])
            data["target_spans"] = kept
            if not kept:
                del data["target_spans"]
    if exiled and exiled[1]:
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *exiled[1])
    charged = charged_group(toks, content, cand.first, lex) if kind == "ACCUSE" and domestic is None \
        and not home_side and not cand.passive else None
    if charged:  # actors62: '야당이 칠레와 결탁했다고 비난': the opposition charged, 칠레 the charge's content
        charged = (*charged, CHARGED_SECTOR)
    elif kind == "ACCUSE" and domestic is None and not home_side and not cand.passive:
        charged = charged_people(toks, content, cand.first, lex)  # actors63: '기자들이 칠레를 위해 간첩 활동을 했다고'
    if charged:
        (data["domestic_target"], data["domestic_sector"]), barred = (charged[0], charged[2]), charged[1]
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), barred)
        kept = tuple(s for s in data.get("target_spans", ()) if not barred[0] <= s[0] < barred[1])
        data["target_spans"] = kept
        if not kept:
            del data["target_spans"]
        domestic = charged[0]
    armed = (armed_target(toks, spans) or conflict_force_target(toks, spans, lex) or named_force_target(toks, spans)
             or (armed_object(toks, cand, lex) if kind in DOMESTIC_TYPES and not cand.passive else None)) \
        if domestic is None else None  # koarmed71: '반군을 체포했다': the rebels, whatever the verb
    if armed:  # '반군을 규탄했다': the armed group the story named, else the actor's own
        data["domestic_target"], data["domestic_sector"] = armed
    cargo = cargo_origins(toks, cand.first, lex) if kind == "COERCE" and e.noun in lex.cue("vessel_noun") else ()
    if cargo:  # '[사우디산] 나프타를 실은 라이베리아 선적 유조선을 나포': the flag's state, not the cargo's origin, receives it
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *cargo)
    offshore = offshore_places(toks, cand.first, lex) if kind in ("ASSAULT", "COERCE") else ()
    if offshore:  # '[B국 북쪽 해상]에서 공격을 받아': where it happened, the coast's state not attacked
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *offshore)
    modifiers = deed_modifiers(toks, cand.first) if kind in TARGET_SPAN_TYPES else ()
    if modifiers:  # '[A의] B 파병을 규탄': the deed's destination is not whom the judgement is aimed at
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *modifiers)
    partners = relative_partners(toks, cand) if not cand.passive else ()
    if partners:  # kotargets68: '[정부가 페루와 맺은] 협정을 비난': the relative clause's partner, no side of the act
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *partners)
    maker = relative_maker(toks, cand) if kind == "PROTEST" and "domestic_target" not in data \
        and not cand.passive else None
    if maker:  # relative71: '[정부가 B와 맺은] 협정에 반대하는 시위': aimed at the government that made it, at home
        data["domestic_target"], data["domestic_sector"] = maker, agent_sector(toks, maker)
    conditions = property_subjects(toks, cand) if kind in TARGET_SPAN_TYPES else []
    if conditions:  # '[유엔 승인이 없는] 제재에 반대': the body in the object's condition is not its target
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *conditions)
    headed = headed_places(toks, cand.first, lex) if kind in ("ASSAULT", "COERCE") else ()
    if headed:  # '[리비아]로 향하던 화물선을 나포': the ship's destination, not the one it is seized from
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *headed)
    if home_force_subject(toks, cand.first, lex):
        data["home_subject"] = True  # '공군은 전투기를 출격시켰다': the forces of the state the story is filed from
    data.update(scramble_deployer(toks, cand, lex))  # ko-acts37: '[X 군용기가] 진입해 전투기를 투입': the detecting side
    organ = organ_subject(toks, cand.first, lex)
    if organ:
        data["organ_subject"] = organ  # '군부는 ... 거부했다': the state named with its junta (world39)
    people = people_subject(toks, cand.first, lex) or asker_past_content(toks, kind, data, lex)
    if kind == "PROTEST" and e.noun in lex.cue("arson_noun") and people in STATELESS_FORCE_SECTORS:
        return None  # domestic50: '반군이 마을에 불을 질렀다': an armed group's arson is no protest of people
    if property_attack(toks, cand, kind, people, lex):
        kind, mode = "PROTEST", "riot"  # koriot70: '시위대가 정부 청사를 공격했다': a crowd's attack on property riots
    if cordoned(toks, cand, kind, mode, people):
        kind, mode = CORDON  # kotwin46: '경찰이 도로를 봉쇄했다': those who wield force cordon, people protest
    if people in STATELESS_FORCE_SECTORS and kind not in ARMED_ACT_TYPES:
        people = None  # '다르푸르에서 반군이 칠레를 비난했다': a statement is placed by no locative
    if people:
        data["people_subject"] = people  # '시민단체들이 시위를 벌였다': people of the state where it happens
        if not data.get("target_spans"):
            acted_on = acted_on_people(toks, cand.first, people)  # '무장괴한들이 X에서 터키인 기술자 2명을 납치했다'
            if acted_on:
                data["target_spans"] = tuple(acted_on)
    if r.decided and r.quoted and subjectless_quote(toks, cand.first):
        data["joint"] = True  # a decision quoted without its subject: the parties of the talks decided
    if e.key in lex.cue("shared_view") and e.noun is not None:
        data["joint"] = True  # '회담하고 ... 뜻을 같이했다', '공감대를 형성했다': a view is shared by the meeting's parties
    if r.quoted and r.clause == "main" and not any(t[1] in SUBJECT_TAGS for t in toks[:cand.first]):
        speaker = quote_speaker(toks)  # 이란 "이스라엘에 보복하겠다": the speaker before the quote acts
        if speaker is not None:
            data["agent_span"] = speaker
    armed = armed_subject(toks, cand, lex) or occurred_owner(toks, cand) or sortie_owner(toks, cand, lex)
    if armed is not None:
        data["agent_span"] = armed  # '우크라이나 드론이 ... 공격했다': the weapon's owner uses force; '한미 연합훈련이
        # 실시됐다': the owners of an act said to take place did it
    if not data["passive"] and cand.noun_end is not None and tuple(e.target) == ("subject",):
        owner = passive_agent(toks, cand, lex)  # 'X가 미국의 제재 대상에 올랐다': the list is the owner's
        if owner is not None:
            data["agent_span"] = owner
    if data["passive"]:  # '중국으로부터 비난을 받았다', '러시아 당국에 의해 체포됐다': the subject suffers it
        data["suffered"] = light = cand.passive and cand.noun_end is not None  # a light verb: no agent, no actor
        if light:
            data["addressee"] = True  # support62: '지원을 약속받았다': a promise is made to the subject who receives it
        agent = passive_agent(toks, cand, lex, light)
        if agent is None and not light and cand.entry.type == "COERCE":
            agent = serial_captor(toks, cand, lex)  # 'X군이 ... 나포하면서 선원 3명도 억류됐다': X held them too
        if agent is None and not light and (cand.entry.type, cand.entry.mode) == ("REJECT", "meet"):
            agent = spoken_side(toks, cand, cand.stem, lex)  # kohead46: '회담이 연기됐다고 A 외교부가 밝혔다': A, a side
        if agent is not None:
            data["agent_span"] = agent
            sector = agent_sector(toks, agent) if not light else None
            if sector:
                data["agent_sector"] = sector  # actors61: '경찰에 체포됐다': the police act, the subject suffers
    if not story_sides(toks, cand, lex, kind, data):
        return None  # '우리 기업인들을 격려했다': cheering one's own nationals, no side supported
    if kind == "THREATEN" and cand.noun_end is None and r.modality not in ("future", "intent") \
            and threatened_value(toks, cand, lex):
        return None  # '무기 거래가 안보를 위협하고 있다며': a claim about conduct, no threat made ('위협하겠다' is one)
    if e.key in lex.cue("predicative_only") and cand.stem + 1 < len(toks) and toks[cand.stem + 1][1] == "ETM":
        return None  # '철통 같은 의지를 재확인': a description of the noun after it, not the pledge's predicate
    if e.key in lex.cue("stance_kept") and not kept_against_demand(toks, cand.first, lex):
        return None  # '중립 입장을 고수했다': a stance kept, no one's demand rejected
    if judged_deed_clause(toks, cand) is not None:
        return None  # '[선박을 억류한] 데 대해 유감을 표하고': a deed judged, told before; not the judge's own act
    if (kind in ("ASSAULT", "COERCE") or kind == "PROTEST" and mode == "vandalize") and abstract_target(toks, cand, lex):
        return None  # '관계가 파괴될 것', '질서를 파괴', fp22 '원칙을 훼손하는 것': a figure of speech, not force
    if hope_without_party(toks, cand, lex):
        return None  # '평화가 정착되기를 바란다', '나설 것으로 기대한다': a hope that asks no side to act
    if e.lemma in lex.cue("pledge_only") and e.noun is None and not pledged:
        return None  # 노력했다, 대응했다: a generic pledge verb states a pledge only when pledged
    if e.lemma in lex.cue("pledge_only") and e.noun is None:
        data["effort_only"] = True  # '노력하겠다', '노력을 이어가겠다': with no one named beside, no agreement
    endorsed = endorsement_pledged(toks, cand, r, pledged, lex)  # "X를 지지하겠다": SUPPORT, not AGREE
    resigning = False
    if pledged and kind in TO_AGREE and not (r.decided and kind in lex.cue("decided_types")) and not endorsed:
        kind, mode = "AGREE", None  # future cooperation is AGREE (manual, AGREE)
    elif kind == "RETREAT" and mode == "resign" and (pledged or e.noun in lex.cue("resignation_intent_noun")):
        resigning = True  # '사퇴하겠다': an announced resignation is the retreat itself, planned (docs/coding-choices.md)
    elif pledged and kind == "RETREAT":  # '철수하겠다', '석방하겠다': a retreat promised is AGREE, as English reads it
        kind, mode = "AGREE", None  # (PLOVER coders, CAMEO 035x; docs/coding-choices.md)
    elif r.quoted and r.modality in ("future", "intent") and kind in THREAT_MODE \
            and not space_launch(toks, cand, lex) and not announced_rupture(e, lex):
        kind, mode = "THREATEN", threatened_mode(kind, e.contexts, mode)  # "보복하겠다"고 밝혔다
    if kind != e.type and not shared:  # the pipeline's key for the stated type: a promise of aid reaches
        data["future_of"] = data["stated_type"] = e.type  # the one it is promised to ('북한에 ... 지원하겠다')
    elif getattr(e, "stated_type", None):
        data["stated_type"] = e.stated_type  # a warned-of act: '보복 조치를 예고했다' threatens retaliation
    status = "planned" if r.modality and not r.decided and not shared else "occurred"
    if resigning:
        status = "planned"  # '사퇴하기로 했다' too: the resignation is yet to come, as 'decided to resign' reads
    if "future_of" in data or endorsed:
        status = "occurred"  # the pledge, the announced retreat, the threat: stating it is the act
    if kind == "THREATEN" and r.modality in ("future", "intent"):
        status = "occurred"  # a warning of what one will do is itself the act
    if mode is None and kind in ("REQUEST", "REJECT"):
        mode = wish_mode(toks, cand, lex)
    elif mode is None and kind == "THREATEN":
        mode = threat_mode(toks, cand, lex)
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
