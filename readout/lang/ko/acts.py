"""Korean act triggers read on kiwi's morphemes: which PLOVER act a sentence states, and how.

Why morphemes and not surface text: Korean conjugates by suffixes (표하고, 표한, 표했다, 표할 것), so a
surface rule lists forms and misses the rest; kiwi restores every predicate to its stem (표/NNG 하/XSV),
and the endings after the stem say what the clause does with it: negated (지 않았다), planned (ㄹ 것,
겠, ㄹ 방침), decided (기로 했다), an exhortation in quotes (하자), the content of a demand (하라고,
하도록), or a relative clause that only describes a noun (금지하는 결의).

The finder reports triggers and the particles that mark the receiving side; it does not pick the actor
or the recipient (the clause reader does). It never tokenizes: the sentence's tokens are given.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.records import to_winner
from readout.lang.ko.act_anniversaries import anniversary_counts
from readout.lang.ko.act_aimed_objects import AIMED_FORCE, aimed_object, aimed_people, people_nouns
from readout.lang.ko.act_appeals import open_appeals
from readout.lang.ko.act_appositives import described_sides
from readout.lang.ko.act_grown import grown_cooperation
from readout.lang.ko.act_partners import agreed_partners
from readout.lang.ko.act_candidate import Candidate, coordinated_start, next_predicate, run_start
from readout.lang.ko.act_borders import closed_to_state, closed_toward_state
from readout.lang.ko.act_agenda_items import agenda_item, refused_agenda_item, without_agenda_items
from readout.lang.ko.act_quoted_demands import headline_quoted_demands
from readout.lang.ko.act_clauses import (PLEDGE_MODALITIES, YIELD_TYPES, fired_at_state, forecast, headline_hit,
                                         cargo_origins, deed_modifiers, obligation_requests, offshore_places, outer_acts, purposed_aid,
                                         quote_speaker, raid_for_arrest, refusal, without_demanded)
from readout.lang.ko.act_conditions import condition_spans, with_conditions
from readout.lang.ko.act_observers import observed_acts
from readout.lang.ko.act_standing_accords import standing_accords
from readout.lang.ko.act_unsold_land import unsold_lands
from readout.lang.ko.act_denied_seizures import denied_seizures
from readout.lang.ko.act_voiding_laws import voiding_laws
from readout.lang.ko.act_unworthy import unworthy_refusals
from readout.lang.ko.act_pledges import endorsement_pledged
from readout.lang.ko.act_hopes import hope_without_party
from readout.lang.ko.act_groups import (asked_at_call, concern_addressed, paired_sides, pronoun_act_owner,
                                       release_demanded)
from readout.lang.ko.act_figures import (armed_subject, ceremonial_fire, detected_at, detected_forces, occurred_owner,
                                        sports_match, suffered_blow)
from readout.lang.ko.act_organs import organ_subject
from readout.lang.ko.act_placed_people import ARMED_ACT_TYPES, ARMED_PEOPLE, STATELESS_FORCES, acted_on_people
from readout.lang.ko.act_context import (PLACE_TARGET_TYPES, abstract_target, answered_kind, armed_target,
                                        breached_deed_kind, captor_of_subject, conflict_force_target,
                                        domestic_object, home_force_subject, headed_places, judged_deed_clause,
                                        judged_deed_kind, own_people_object, serial_captor,
                                        left_a_place, negated_before, passive_agent, people_subject, struck_place,
                                        counter_measure, struck_settlement, threatened_value,
                                        quoted_description, subjectless_quote, threat_complement, threat_mode,
                                        wish_mode)
from readout.lang.ko.act_postures import faced_spans, reaction_forces
from readout.lang.ko.act_scrambles import scramble_deployer
from readout.lang.ko.act_sorties import sortie_owner
from readout.lang.ko.act_advisories import own_people_advisories
from readout.lang.ko.act_pledged_measures import pledged_measures
from readout.lang.ko.act_priced_subjects import priced_subjects, suffered_prices
from readout.lang.ko.act_possible_deeds import possible_deeds, reported_futures
from readout.lang.ko.act_vowed_responses import framed_threats, kept_holdings, vowed_responses
from readout.lang.ko.act_regarded_deeds import regarded_threats
from readout.lang.ko.act_series_history import series_history
from readout.lang.ko.act_welcomes import welcomed_deeds, welcomed_guests
from readout.lang.ko.act_joined_content import asked_measures, demanded_obligations, joined_content
from readout.lang.ko.act_expulsions import expulsion_orders
from readout.lang.ko.act_protest_demands import gathered_denunciations, protest_demands
from readout.lang.ko.act_failed_outcomes import fell_through
from readout.lang.ko.act_clashes import armed_clashes, forces_sent_to_strike, mutual_owners
from readout.lang.ko.act_summons import posted_summons
from readout.lang.ko.act_threats import (answered_deeds, deterred_deeds, named_warnings, responded_with_means,
                                        unruled_arming, warned_also)
from readout.lang.ko.act_warnings import aimed_warnings
from readout.lang.ko.act_halted import halted_drills
from readout.lang.ko.act_speculation import speculated_deeds
from readout.lang.ko.act_spoken_attacks import spoken_attacks
from readout.lang.ko.act_judged import judged_deeds
from readout.lang.ko.act_likeness import compared_deeds
from readout.lang.ko.act_interceptions import intercepted_munitions
from readout.lang.ko.act_requested import framed_requests, requested_frames
from readout.lang.ko.act_withheld_cooperation import withheld_cooperation
from readout.lang.ko.act_punishment_warnings import punishment_warnings
from readout.lang.ko.act_refused_exits import refused_exits
from readout.lang.ko.act_deterrent_warnings import deterrent_warnings
from readout.lang.ko.act_ordered_measures import ordered_measures
from readout.lang.ko.act_retaliation_means import retaliation_means
from readout.lang.ko.act_predicates import (PREDICATE_TAGS, THREAT_MODE, forewarned, kiro_verb, noun_lookup,
                                           predicate, threatened_mode)
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.act_verdicts import refers_to_act, verdict_accusations
from readout.lang.ko.act_judged_votes import judged_votes
from readout.lang.ko.act_targets import (COMPLEMENT_REACH, HANDED_TYPES, TARGET_SPAN_TYPES, act_authors,
                                         asks_listener, content_span, designee_spans, marked_spans, offer_target,
                                         property_subjects, protested_mission, quoted_subject, target_spans,
                                         thanked_support, unnamed_partners)
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.endings import NOUN_TAGS, Reading, lemma_at, read_clause, read_decision, tokens_of

_predicate = predicate  # the name tests/lang/test_speed_equivalence.py reads
PARTICLE_OBJECT = frozenset({"JKO", "JKS", "JX"})  # 을/를, 이/가, 은/는/도: an object or topic noun
TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # their future is AGREE (manual)
DOMESTIC_TYPES = frozenset({"COERCE", "ASSAULT"})  # force a state may use on its own people
CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})  # objects are wishes
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
    if suffered_blow(toks, cand, lex) or ceremonial_fire(toks, cand, lex) or sports_match(toks, cand, lex):
        return None  # '타격을 받았다', '예포를 발사했다', '월드컵에서 X를 만나': no political act
    kind, mode = e.type, e.mode
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
    # a verb whose subject undergoes the act ('풀려나다': the released come free) reads as a passive
    if cand.noun_end is not None:
        data["noun_end"] = cand.noun_end
    if r.recalled:  # '체결한 바 있다': done before; its own date if its clause gives one, never the story's
        data["recent"] = data["recalled"] = True
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
        if not handed and e.lemma in lex.cue("lead_verb") and _led_to_place(toks, cand):
            return None  # '선원들을 항구로 인도했다': led somewhere, handed to no one
        spans = handed or spans
    settled = struck_settlement(toks, cand, lex) if kind in PLACE_TARGET_TYPES and not cand.passive else None
    if kind in PLACE_TARGET_TYPES and not cand.passive:
        spans = [settled[0]] if settled else struck_place(toks, cand, lex)  # '[가자지구의] 난민촌을': the owner names it
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
    domestic = domestic_object(toks, cand, lex) if kind in DOMESTIC_TYPES and not cand.passive else None
    if domestic is None and kind in AIMED_FORCE and not cand.passive:  # '시위대를 향해 최루탄을 쐈다': whom it hit
        domestic = aimed_people(toks, cand.first, lex, people_nouns(lex))
    if domestic is None and settled and settled[1]:
        domestic = settled[0]  # '[X 지역의 한] 마을에 공습': the people who live there, the attacker's own unless named
    ruling = domestic_object(toks, cand, lex, lex.cue("ruling_noun")) if kind == "ACCUSE" and domestic is None \
        and not cand.passive else None
    if ruling:  # accuse50: '야당 대표는 정부를 비판했다': the government of the state the span names, else the actor's own
        data["domestic_target"], data["domestic_sector"] = ruling, "GOV"
    elif domestic:  # '경찰은 시위대를 체포했다': people of a state, the actor's own unless the span names one
        data["domestic_target"], data["domestic_sector"] = domestic, "CVL"
        described = relative_arguments(toks, domestic[0], lex)
        if described:  # '[정부를 비판한] 언론인을 체포했다': who the people are, not who receives the act
            data["not_recipient_spans"] = described
    armed = (armed_target(toks, spans) or conflict_force_target(toks, spans, lex)) if domestic is None else None
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
    people = people_subject(toks, cand.first, lex)
    if kind == "PROTEST" and e.noun in lex.cue("arson_noun") and people in ARMED_PEOPLE | STATELESS_FORCES:
        return None  # domestic50: '반군이 마을에 불을 질렀다': an armed group's arson is no protest of people
    if people in ARMED_PEOPLE | STATELESS_FORCES and kind not in ARMED_ACT_TYPES:
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
    if r.quoted and r.clause == "main" and not any(t[1] in ("JKS", "JX") for t in toks[:cand.first]):
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
        agent = passive_agent(toks, cand, lex, light)
        if agent is None and not light and cand.entry.type == "COERCE":
            agent = serial_captor(toks, cand, lex)  # 'X군이 ... 나포하면서 선원 3명도 억류됐다': X held them too
        if agent is not None:
            data["agent_span"] = agent
    if not _story_sides(toks, cand, lex, kind, data):
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
    if pledged and kind in TO_AGREE and not (r.decided and kind in lex.cue("decided_types")) and not endorsed:
        kind, mode = "AGREE", None  # future cooperation is AGREE (manual, AGREE)
    elif pledged and kind == "RETREAT":  # announced retreats are CONCEDE (manual, CONCEDE)
        kind, mode = "CONCEDE", None
    elif r.quoted and r.modality in ("future", "intent") and kind in THREAT_MODE \
            and not space_launch(toks, cand, lex):
        kind, mode = "THREATEN", threatened_mode(kind, e.contexts)  # "보복하겠다"고 밝혔다
    if kind != e.type and not shared:  # the pipeline's key for the stated type: a promise of aid reaches
        data["future_of"] = data["stated_type"] = e.type  # the one it is promised to ('북한에 ... 지원하겠다')
    elif getattr(e, "stated_type", None):
        data["stated_type"] = e.stated_type  # a warned-of act: '보복 조치를 예고했다' threatens retaliation
    status = "planned" if r.modality and not r.decided and not shared else "occurred"
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
                  generic=e.generic and not shared, contexts=tuple(e.contexts), data=data)


LED_TO = frozenset({"로", "으로"})  # '항구로 인도했다': where one is led
LED_REACH = 6  # morphemes before the pair's noun searched for the place ('항구로 선원들을 인도했다')


def _led_to_place(toks: list, cand: Candidate) -> bool:
    """'선원들을 항구로 인도했다', '안전한 곳으로 인도했다': a verb of handing over that is also a verb of leading
    (cue lead_verb), with a place it leads to (로/으로) and no one it is handed to: leading, not a handover."""
    start = max(0, cand.first - LED_REACH)
    ends = [j for j in range(start, cand.first) if toks[j][1] in ("EF", "EC", "SF")]
    start = ends[-1] + 1 if ends else start  # the clause's own words only
    return any(toks[j][1] == "JKB" and toks[j][0] in LED_TO for j in range(start, cand.stem))


def _story_sides(toks: list, cand: Candidate, lex: ActIndex, kind: str, data: dict) -> bool:
    """The sides a news story's release, ask or thanks takes from words around the act (into `data`), or False
    when the act supports no other side. A release in the passive is the captor's ('[X에 나포됐던] 어선이
    풀려났다'), else no one's; an ask that nothing recur goes to the one met; an appeal to unnamed partners to no
    state named; thanks for X's help ('[X의 지지]에 사의를 표했다') is X's support of the thanking side."""
    e = cand.entry
    if kind == "RETREAT" and data["passive"] and "agent_span" not in data:
        captor = captor_of_subject(toks, cand, lex)
        if captor is not None:
            data["agent_span"] = captor
        elif e.noun is None:
            data["suffered"] = True  # '선박은 억류됐다가 풀려났다': the released are freed, no one named frees them
    if kind == "REQUEST" and asks_listener(toks, cand, lex):
        data["addressee_open"] = True  # '...공급해 달라고 당부', '...되풀이되지 않도록': to the one met
    if kind == "REQUEST" and unnamed_partners(toks, cand, lex):
        data["not_recipient_spans"] = ((0, toks[cand.first][2]),)  # '동맹국들에 ... 호소했다'
    thanked = thanked_support(toks, cand, lex) if kind == "SUPPORT" else None
    if thanked is not None:
        data["agent_span"], data["target_spans"] = thanked[0], (thanked[1],)
    return not (kind == "SUPPORT" and e.noun is None and own_people_object(toks, cand, lex))


def protested_matter(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """'[X의 구조물 설치에 항의하는] 집회를 열었다', '[X의 관세에 반대하는] 시위': the relative clause on the protest's
    noun names what it is against (its arguments' character spans, lang relative_arguments)."""
    if cand.noun_end is None or cand.first < 1 or toks[cand.first - 1][1] != "ETM":
        return []
    spans = []
    for lo, hi in relative_arguments(toks, toks[cand.first][2], lex):
        k = next(m for m, t in enumerate(toks) if t[2] == lo)
        if k >= 2 and toks[k - 1][1] == "JKG" and toks[k - 2][1] in NOUN_TAGS:
            lo = toks[coordinated_start(toks, run_start(toks, k - 2))][2]  # '[중국의] 구조물 설치에': the owner of the
            # protested matter, with the owners coordinated with it ('[A와 B의] 협정에 반대하는': both (domestic50))
        spans.append((lo, hi))
    return spans


RELATIVE_ACT_TYPES = frozenset({"MOBILIZE", "ASSAULT"})  # material acts a relative clause may be the only report of
PAST_ADNOMINAL = frozenset({"ᆫ", "은"})


def _relative_act(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """'정부는 북한이 발사한 미사일의 제원을 분석하고 있다': a material act in a past relative clause with a
    subject of its own (이/가) happened; it is background (dated only by its own words) and counts only
    where no other predicate of the sentence reports an act of its type (the caller drops it then)."""
    if cand.entry.type not in RELATIVE_ACT_TYPES:
        return None
    r = read_clause(toks, cand.stem, lex)
    if r.drop != "relative" or toks[r.last][1] != "ETM" or toks[r.last][0] not in PAST_ADNOMINAL:
        return None
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            cand.reading = replace(r, drop=None)
            hit = _hit(toks, cand, lex)
            start = run_start(toks, j - 1)  # the relative clause's own subject acts, not the sentence's topic
            agent = (toks[start][2], toks[j - 1][2] + toks[j - 1][3])
            return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent})
        if tag not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "JKO", "MM"):
            break  # the relative clause's own object may stand before it: '[북한이 미사일을 발사한] 정황'
    return _head_agent(toks, cand, lex, r)


SUFFERED_RELATIVE_TYPES = frozenset({"SANCTION", "COERCE"})  # measures a relative clause may say someone suffered


def _relative_suffered(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
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
    if r.drop != "relative" or toks[r.last][1] != "ETM" or toks[r.last][0] not in PAST_ADNOMINAL \
            or k >= len(toks) or toks[k][1] not in NOUN_TAGS:
        return None
    agent = passive_agent(toks, cand, lex)
    if agent is None:
        return None
    end = k
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
        end += 1
    cand.reading = replace(r, drop=None)
    hit = _hit(toks, cand, lex)
    victim = (toks[k][2], toks[end][2] + toks[end][3])
    return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent,
                                      "target_spans": (victim,), "suffered": False, "recent": True})


def _head_agent(toks: list, cand: Candidate, lex: ActIndex, r: Reading) -> ActHit | None:
    """'일본은 [동해상으로 탄도미사일을 발사한] 북한에 항의했다': a relative clause with no subject of its own
    describes the state it modifies, which did the act (the noun after the clause names a country; every state of a
    head joined by 와/과, '[무력 충돌을 벌인] A와 B가'); a passive one
    ('[공습을 받은] 레바논') describes who suffered it, and names no one who did."""
    from readout.lang.ko.countries import read_word  # countries -> mentions import this module's callers

    k = r.last + 1
    if cand.passive or cand.entry.lemma.endswith("되다") or k >= len(toks) or toks[k][1] not in NOUN_TAGS or not read_word(toks[k][0]).codes:
        return None
    cand.reading = replace(r, drop=None)
    hit = _hit(toks, cand, lex)
    end = k
    while end + 2 < len(toks) and toks[end + 1][1] == "JC" and toks[end + 2][1] in NOUN_TAGS \
            and read_word(toks[end + 2][0]).codes:
        end += 2  # clash49: '[무력 충돌을 이어온] A와 B가': the clause describes every state of the joined head
    agent = (toks[k][2], toks[end][2] + toks[end][3])
    return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent})


def _nominal_hits(toks: list, lex: ActIndex, used: set[int],
                  verb_hits: dict[int, ActHit]) -> list[ActHit]:
    """Noun compounds that state an act without a verb of their own (대북 제재, 미사일 발사, 규탄 성명).
    Only the head of a compound counts (대북 제재 해제 is not a sanction), and a noun that is the
    object of a request, refusal, threat or pledge is what is wished, not an act (제재를 요구)."""
    out, n, i = [], len(toks), 0
    decision, schedule = lex.cue("decision_noun"), lex.cue("schedule_noun")
    modality = lex.cue("modality_noun") | lex.cue("option_noun")  # '제재 방안', '지원 계획': planned
    realize, after = lex.cue("realize_noun"), lex.cue("after_noun")  # asked for every compound: looked up once
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
        last = toks[end][0]
        planned = end > start and (last in modality or last in schedule)
        carried = end > start and last in realize  # '대북 제재 발표', '포격 감행': the act itself
        head = end - 1 if planned or carried or (toks[end][0] in after and end > start) else end
        found = carried and noun_lookup(toks, start, end, lex.nominals)  # an entry of its own: '공동성명 발표'
        if found:
            head = end
        else:
            found = noun_lookup(toks, start, head, lex.nominals)
        if not found or any(k in used for k in range(found[1], head + 1)):
            continue
        entry, first = found
        pred = next_predicate(toks, i)
        particle = toks[i][0] if i < n and toks[i][1].startswith("J") else None
        governor = verb_hits.get(pred) if pred is not None else None
        if fell_through(toks, pred, particle, entry.type, lex):
            continue  # koacts46: '공동선언 채택은 무산됐다': the outcome did not come about
        if particle == "의":
            continue  # 대북 제재의 이행, 수교의 초심: a genitive modifies the noun after it
        if labelled_noun(toks, first, i, pred, lex):
            continue  # '체포를 납치로 둔갑시키려는', '"납치"라며 반발': a name given to a deed, no act
        if in_progress_relative(toks, i):
            continue  # '[억류 중이던] 어부들을 석방했다': a relative clause describes the noun after it, as a verb's does
        if particle in TOPIC_FORMS and first > 0 and toks[first - 1][0] in lex.cue("verdict_reference"):
            continue  # '이번 포격은 ...이라고 밝혔다': the act just reported, spoken of, not a new act by the speaker
        if particle == "에" and pred is not None and lemma_at(toks, pred) in lex.cue("prepared_against_verb"):
            continue  # '[X의 드론 공격]에 대비해': what is prepared against has not happened
        if i < n and toks[i][0] in lex.cue("rumor_noun") and toks[i][1] == "NNB":
            continue  # fp22: '파병설을 부인했다': a rumoured deed, no act
        weighed = pred is not None and lemma_at(toks, pred) in lex.cue("consider_verb")
        if considered_noun(toks, i, lex):
            planned = True  # '집회도 검토 중', '제재를 고려 중': weighed, not done
        elif weighed and particle in lex.cue("object_focus_particle") and pred <= i + 2:
            planned = True  # fp22: '무기 지원도 검토할 수 있다': a delimiter in the object's place, weighed as 지원을 검토
        elif particle in ("을", "를"):  # an object: what its verb does with it decides
            if weighed:
                planned = True  # 제재를 검토
            elif governor is None or governor.type in CONTENT_TYPES:
                continue  # 제재를 요구 (wished), 제재를 포함한 방안 (a topic): no act
        data = {"pred": head, "first": first, "last": head, "clause": "nominal", "particle": particle,
                "governor": pred, "main": False}
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


TOPIC_FORMS = frozenset({"은", "는", "이", "가"})  # a noun act as a subject or topic (kiwi's JX/JKS forms)
CAUSE_PARTICLES = frozenset({"으로", "로"})  # '침공으로 피해를 입은': the act caused what the clause says


def relative_victim(toks: list, k: int, particle: str | None, lex: ActIndex) -> tuple[int, int] | None:
    """A noun act inside a relative clause that describes what the act did to the noun after the clause
    ('러시아의 침공으로 큰 피해를 입은 우크라이나에', '중국의 보복을 당한 리투아니아'): that noun, however long the
    clause, is who suffered it, not the sentence's topic. The act is the clause's cause (으로/로) or the object of
    a verb of suffering (cue suffer_verb) or a passive; character offsets of the noun run after the clause."""
    for j in range(k, len(toks)):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "EC") or tag == "JX" and form in ("은", "는"):
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


def relative_arguments(toks: list, pos: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """The arguments (object, dative) of a relative clause right before the noun starting at character `pos`
    ('[정부를 비판한] 언론인', '[대통령에 반대한] 야당 의원'): character spans of their noun runs, back to the
    clause's edge (a topic, a subject, the sentence's start). Empty where no adnominal verb stands right before the
    noun or it is a postposition ('[러시아에 대한] 제재': the measure's own target)."""
    k = next((m for m, t in enumerate(toks) if t[2] == pos), None)
    if k is None or k < 2 or toks[k - 1][1] != "ETM" or toks[k - 1][0] in FUTURE_ADNOMINAL:
        return ()
    stem = k - 2
    while stem > 0 and toks[stem][1] == "EP":
        stem -= 1
    if toks[stem][1] not in ("VV", "XSV") or lemma_at(toks, stem) in clause_words()["postpositional_verbs"]:
        return ()
    out = []
    for j in range(stem - 1, max(-1, stem - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag in ("JX", "JKS", "SF", "EF", "EC", "ETM") or tag == "SP":
            break
        if tag in ("JKO", "JKB") and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            start = run_start(toks, j - 1)
            out.append((toks[start][2], toks[j - 1][2] + toks[j - 1][3]))
    return tuple(out)


FUTURE_ADNOMINAL = frozenset({"ᆯ", "을"})  # '[방문할] 대표단': a plan, not who the people are


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


def kept_against_demand(toks: list, first: int, lex: ActIndex) -> bool:
    """Before the kept stance at `first`, in its sentence, a demand or pressure in 에도 ('B의 철수 요구에도', '압박에도
    불구하고'; cues demand_noun, kept_against_noun): what the stance is kept against, so keeping it rejects that."""
    nouns = lex.cue("demand_noun") | lex.cue("kept_against_noun")
    return any(toks[k][0] in nouns and toks[k + 1][0] == "에" and toks[k + 2][0] == "도"
               for k in range(max(0, first - 12), first - 2))


SPACE_OBJECT_REACH = 3  # morphemes back from the launch verb to its object particle ('위성을 [이달 중] 발사하겠다')


def space_launch(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """fp22: the act's object is something put into space ('인공위성을 발사하겠다고 통보했다'): an announced launch, planned,
    threatening no one (as en act_frames.plover_reading, cue space_objects); a missile launched is still a threat."""
    for k in range(cand.first - 1, max(0, cand.first - 1 - SPACE_OBJECT_REACH), -1):
        if toks[k][1] == "JKO":
            return k > 0 and toks[k - 1][0].endswith(tuple(lex.cue("space_object_noun")))
    return False


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


def find_acts(text: str, tokens) -> list[ActHit]:
    """The act triggers of one sentence, in order. `tokens` are kiwi's (form, tag, start, length) for
    the sentence, offsets relative to it (readout.lang.ko.sentences.split); `text` is the sentence.
    One dict lookup per predicate stem and per noun-compound suffix; no regex, no re-tokenizing."""
    lex = act_index()
    toks = tokens_of(tokens)
    used: set[int] = set()
    hits: list[ActHit] = []
    verb_hits: dict[int, ActHit] = {}
    for s in range(len(toks)):
        if toks[s][1] not in PREDICATE_TAGS:
            continue  # no stem: `predicate` and `refusal` both read none there (most morphemes), so neither is asked
        cand = predicate(toks, s, lex) or forewarned(toks, s, lex) or unruled_arming(toks, s, lex)
        if cand is not None:
            cand = responded_with_means(toks, cand, lex)  # threaten38: '모든 수단을 동원해 대응': a firm response
        if cand is None:
            refused = refusal(toks, s, lex)
            if refused is not None:
                hits.append(refused)
            continue
        if toks[s][1] == "NNG":  # 제재키로 했다: the 키 stands for 하기; 로 하다 is the decision
            verb = kiro_verb(toks, s)
            if verb is not None:
                cand.reading = read_decision(toks, verb, Reading(last=s, endings=["기"]), lex, 0)
            else:  # a headline: 교류 강화키로
                cand.reading = Reading(last=s, clause="headline", decided=True, endings=["기"])
        used.update(range(cand.first, (cand.noun_end if cand.noun_end is not None else cand.stem) + 1))
        hit = _hit(toks, cand, lex)
        if hit is None and cand.reading is None:
            hit = _relative_act(toks, cand, lex) or _relative_suffered(toks, cand, lex)
        if hit is not None and hit.type == "MOBILIZE" and hit.lemma in lex.cue("launch_verb"):
            hit = fired_at_state(toks, cand, hit, lex) or hit
        if hit is not None and hit.type == "COERCE":
            hit = closed_toward_state(text, toks, cand, hit, lex) or hit  # '대(對)X 국경을 폐쇄': SANCTION on X
            hit = closed_to_state(toks, cand, hit, lex) or hit  # fp23: 'X 항공사에 영공을 폐쇄': the same
        if hit is not None and (hit.type in YIELD_TYPES or lemma_at(toks, s) in lex.cue("accept_verb")):
            hit = refusal(toks, s, lex, hit) or hit
        elif hit is not None and agenda_item(hit, lex):  # shelve53: '의제에 올리지 않겠다': the item refused
            hit = refused_agenda_item(toks, s, lex, hit) or hit
        if hit is not None:
            hits.append(hit)
            verb_hits[s] = hit
    hits = without_agenda_items(hits, lex)  # shelve53: '의제로 다뤘다': no act
    hits = spoken_attacks(toks, hits, lex)  # koacts46: '"..."라며 B를 겨냥했다': criticism, not force
    hits = raid_for_arrest(purposed_aid(outer_acts(hits), lex), lex)
    reported = {h.type for h in hits if not h.data.get("relative")}
    hits = [h for h in hits if not h.data.get("relative") or h.type not in reported]
    headline = headline_hit(toks, lex, used)
    if headline is not None:
        hits.append(headline)
    hits += _nominal_hits(toks, lex, used, verb_hits)
    hits = headline_quoted_demands(toks, hits)  # kohead53: '"제재 해제" 요구': the demand's content, no act
    hits = anniversary_counts(toks, hits, lex.cue("anniversary_unit"))  # congrats50: '수교한 지 75주년': no act
    hits = to_winner(hits, lex.cue("winner_lemmas"))  # congrats50: '당선인에게 축하를 전했다': the election's state
    hits += unworthy_refusals(toks, lex, hits)  # ko48: '논의할 가치도 없다': the proposal's author is refused
    hits += denied_seizures(toks, lex, hits)  # shelve53: '다른 나라를 병합할 수는 없다': the claimant is refused
    hits += unsold_lands(toks, lex, hits)  # stance52: '그 섬은 판매 대상이 아니다': the land's claimant is refused
    hits = voiding_laws(toks, hits, lex)  # stance52: '협정을 무효화하는 법률에 서명했다': REJECT of the accord, no AGREE
    hits = standing_accords(toks, hits, lex)  # stance52: 'B와 협정을 맺고 있다': a tie held, no AGREE
    requests = obligation_requests(toks, lex, hits)
    asked = requests + [h for h in hits if "demanded" in h.data]
    hits = without_demanded(hits, asked, lambda span: text[span[0]:span[1]], lex) + requests
    hits = concern_addressed(toks, asked_at_call(toks, verdict_accusations(toks, lex, hits), lex), lex)
    hits = judged_votes(toks, hits, lex)  # charges50: '이번 선거가 불법이라며 인정하지 않았다': a vote held at home
    hits = open_appeals(toks, hits, lex)  # '양측 모두에 자제를 촉구': asked of the sides of the conflict reported
    viewed = {h.data["viewed_threat"] for h in hits if "viewed_threat" in h.data}
    hits = [h for h in hits if h.data.get("pred") not in viewed]  # the shared view's content is not an act itself
    hits = own_people_advisories(toks, hits, lex)  # prec21: '교민들에게 유의하라고 당부': no request to the host state
    hits = welcomed_guests(toks, hits, lex)  # prec21: 'B국 대통령 일행을 환영했다': courtesy to a guest, no SUPPORT
    hits = welcomed_deeds(toks, hits, lex)  # en41: '이번 조치를 환영했다': the doer of the deed told receives it
    hits = pledged_measures(toks, hits, lex)  # kofut45: '추가 조치를 취하겠다고 밝혔다': a threat to the deed's author
    hits = suffered_prices(toks, hits, lex)  # koacts46: '이미 큰 대가를 치렀다': a loss suffered, no threat
    hits = priced_subjects(toks, hits, lex)  # kofut45: '"B는 대가를 치러야 할 것"이라고 말했다': a threat to B
    hits = series_history(toks, hits, lex)  # modal46: 'B의 두 번째 핵실험 이후': an earlier deed of a series
    hits = regarded_threats(toks, hits, lex)  # modal46: 'B의 ...을 적대 행위로 간주하겠다': a threat at B, B did nothing
    hits = vowed_responses(toks, hits, lex)  # refer42: '이에 대응하겠다': a threat answering the deed, no AGREE
    hits = framed_threats(hits, toks)  # '반격하겠다고 다짐했다': the threat, not a pledge of agreement
    hits = kept_holdings(toks, hits, lex)  # enclause50: '주권을 수호하겠다고 다짐했다': resolve, no AGREE
    hits = joined_content(toks, hits, lex)  # prec22: 'B가 휴전에 합의하고 ... 할 것을 촉구': B's asked acts, not done
    hits = demanded_obligations(toks, hits)  # prec22: 'B에 제재를 가해야 한다고 촉구': urged, not imposed
    hits = asked_measures(hits)  # fp23: 'B가 제재 완화 등 조치를 취해야 한다고 요구': B has eased nothing
    hits = expulsion_orders(toks, hits, lex)  # ko27: '출국하라고 명령했다': the expulsion itself, no request
    hits = protest_demands(toks, sorted(hits, key=lambda h: h.start), lex)  # domestic49: '정부 퇴진을 요구하며 시위'
    hits = gathered_denunciations(toks, hits, lex)  # accuse50: '시민들이 모여 정부를 규탄했다': their protest
    hits = posted_summons(toks, hits, lex)  # ko30: '주한 B 대사가 초치됐다': the post's host summons
    hits = armed_clashes(toks, hits, lex)  # ko30: '의견이 충돌했다' is no force
    hits = mutual_owners(toks, hits, lex)  # ko30: 'A와 B 간 교전': both fight
    hits = reaction_forces(hits, lex)  # drills42: '전투기를 출격시켰다': answers the show of force told before
    hits = aimed_warnings(hits, lex)  # force9: '북한군에 경고사격을 했다': a show of force aimed at the side warned
    hits = halted_drills(hits, lex)  # force9: '군사훈련과 지원을 중단': a drill halted with the aid, no drill held
    hits = observed_acts(toks, hits, lex)  # ko-acts32: 'X가 참관한 가운데 ... 발사했다': the observer's side acts
    hits = reported_futures(toks, hits, lex)  # modal46: 'A는 B가 ...을 공급할 것이라고 밝혔다': B's plan, no AGREE
    hits = possible_deeds(toks, hits, lex)  # kofut45: 'B가 무기를 공급할 수 있다고 우려': B planned nothing
    hits = speculated_deeds(toks, hits, lex)  # fp23: 'B가 지원했을 가능성': a guess about the past, no act
    hits = judged_deeds(toks, hits)  # fp23: '협정 체결을 환영했다': the judge signed nothing
    hits = compared_deeds(toks, hits, lex)  # precision49: '포위하듯', '찬성하거나 지지하는 것은 아니다'
    hits = intercepted_munitions(toks, hits, lex)  # precision49: '미사일 대부분을 격추했다': air defence
    hits = requested_frames(toks, hits, lex)  # fp23: 'B의 요청에 따라 회의를 열었다': no concession
    hits = framed_requests(toks, hits, lex)  # appeals50: 'B의 요청으로 안보리는 ...': B asked the council
    hits = described_sides(toks, hits)  # ko-acts35: '[북한의 우방]인 중국은 자제를 촉구': North Korea takes no part
    hits = grown_cooperation(toks, hits)  # ko-acts35: 'A와 B의 협력이 강화됐다': A and B cooperate
    hits = agreed_partners(toks, hits, lex)  # ko-acts35: 'B와의 포로 교환에 합의했다': agreed with B
    hits = deterred_deeds(toks, hits, lex, bool(condition_spans(toks, lex)))  # threaten38: '어떠한 공격도 ...에 직면할 것'
    hits = answered_deeds(toks, hits, lex)  # threaten38: '[B군의] 파병과 관련해 ... 무기 지원도 배제하지 않겠다': at B
    hits = warned_also(toks, hits, lex)  # threaten38: 'X는 또 "..."라고 경고했다': the voice going on warns whom it addressed
    hits = named_warnings(toks, hits, lex)  # threaten38: '"이번 훈련은 B에 대한 엄중한 경고"라고 말했다': B is warned
    hits = forces_sent_to_strike(sorted(hits, key=lambda h: (h.start, h.end)))  # clash49: '전투기를 보내 B를 폭격'
    hits = with_conditions(toks, hits, lex)
    hits = withheld_cooperation(toks, hits, lex)  # threats49: '...하면 협상을 하지 않겠다고 압박': a threat, no request
    hits = punishment_warnings(toks, hits, lex)  # threats49: '약탈에 엄정 대응하겠다고 경고': its own people warned
    hits = deterrent_warnings(toks, hits, lex)  # threats49: '누구도 Y를 위협하도록 두지 않겠다': the speaker threatens
    hits = ordered_measures(toks, hits, lex)  # threats49: '관세를 부과하라고 지시했다': a measure not yet in force
    hits = refused_exits(hits, lex)  # reject50: '퇴진을 거부했다', '사임하지 않겠다': the calls at home refused
    return retaliation_means(toks, hits, lex)  # threats49: '관세로 보복하겠다': a threat of the measure, no violence
