"""The people of a state a Korean act word's hit is aimed at, and the spans around its object that receive nothing
(readers of `act_word_hits.act_hit`, on its `HitReading`): people charged, deported, fired on or dispersed, forces of a
state attacked, a side at home judged, a charge's content, an armed group named; a cargo's origin, a ship's
destination, a relative clause's partner.

Why its own module: these read the domestic side of an act, the actor's own state unless the span names another,
apart from the act's other targets (act_hit_targets).
"""
from __future__ import annotations

from readout.sectors import CHARGED_BODY_SECTORS, CHARGED_PEOPLE_SECTORS
from readout.lang.base.records import MUTUAL_TYPES, OFFICE_ACCUSED
from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.ko.act_addressed_people import ADDRESSED_TYPES, addressed_people
from readout.lang.ko.act_aimed_objects import AIMED_FORCE, aimed_people, dispersed_people, people_nouns
from readout.lang.ko.act_dispersed_gatherings import dispersed_gathering
from readout.lang.ko.act_owned_people import owned_object_people
from readout.lang.ko.act_bystander_states import cargo_origins, deed_modifiers, offshore_places
from readout.lang.ko.act_impeachments import charged_in_motion
from readout.lang.ko.act_passive_agents import agent_sector
from readout.lang.ko.act_organs import domestic_people_sector, judged_home_object, office_sector
from readout.lang.ko.act_charged_groups import SECTOR as CHARGED_SECTOR, charge_adjunct, charged_group, charged_people
from readout.lang.ko.act_armed_targets import armed_object, armed_target, conflict_force_target, named_force_target
from readout.lang.ko.act_military_sites import struck_force
from readout.lang.ko.act_armed_settlements import armed_settlement
from readout.lang.ko.act_struck_places import unknown_owner
from readout.lang.ko.act_trade_sites import trade_site_sector
from readout.lang.ko.act_clash_sides import clash_partner, named_group_subject, paired_clash, paired_part
from readout.lang.ko.act_candidate import joined
from readout.lang.ko.act_context import headed_places
from readout.lang.ko.act_people_objects import compound_first, domestic_object
from readout.lang.ko.counted_people import counted_people
from readout.lang.ko.act_protested_matters import relative_arguments
from readout.lang.ko.act_relative_partners import relative_maker, relative_partners
from readout.lang.ko.act_targets import TARGET_SPAN_TYPES, property_subjects
from readout.lang.ko.act_hit_reading import HitReading


COERCE = "COERCE"
DOMESTIC_TYPES = frozenset({COERCE, "ASSAULT"})  # force a state may use on its own people
RELEASE = "release"  # nominal54b: the people a state frees were in its hands (`released`)


def released(e) -> bool:
    """(nominal54b) Whether the entry is a release (RETREAT release): the people freed ('기자를 석방했다') were held by
    the releaser, its own people's sector unless the span names another state, as English 'Iran released two
    journalists' (IRN JRN); read as no side, the pipeline gave the release to the sentence's topic ('프랑스는 이란이
    기자를 석방한 것을 환영했다': France as the one freed)."""
    return e.type == "RETREAT" and e.mode == RELEASE


def released_people(toks: list, cand, lex) -> tuple[int, int] | None:
    """(nominal54b) The character span of the people a release pair names in its own noun ('[기자] 2명을 석방했다',
    '[프랑스 기자를] 석방한'; the lexicon's captive noun + 석방하다), where `domestic_object` looks only before the pair:
    a people noun of a sector (`people_nouns`: 기자, 선원 ...); a captive named by the holding alone ('인질', '포로')
    has no state of its own, as English 'released three hostages' gives none; None for none."""
    if cand.noun_end is None or cand.noun_end >= cand.stem:
        return None
    start, end = compound_first(toks, cand), cand.noun_end
    if any(joined(toks, k, end) in people_nouns(lex) for k in range(start, end + 1)):
        return toks[start][2], toks[end][2] + toks[end][3]
    return None


def read_domestic_people(h: HitReading) -> bool:
    """The people of a state the act is aimed at, the actor's own unless named: those charged, deported, fired on,
    dispersed, living in a settlement struck; forces of a state attacked or clashed with."""
    toks, cand, lex, e, kind, data, exiled, settled = h.toks, h.cand, h.lex, h.e, h.kind, h.data, h.exiled, h.settled
    charge = e.lemma in lex.cue("domestic_charge_verb") or e.noun in lex.cue("domestic_charge_noun")  # accuse56:
    # '야당 대표를 기소했다': its own people charged; accuse59: '대통령 탄핵소추안을 가결했다'
    if charge and cand.passive:  # accuse58: '활동가가 반역 혐의로 기소됐다': the holding state charged its subject
        data["criminal_charge"] = True
    domestic = domestic_object(toks, cand, lex, people_nouns(lex) | lex.cue("charged_person_noun") if charge else None,
                               charge, past_means=kind == "ASSAULT") if (kind in DOMESTIC_TYPES or charge
                                                                         or released(e)) \
        and not cand.passive else None  # kopar53b: '시위대 3명을 총격으로 살해했다': the people past the means
    if domestic is None and kind in DOMESTIC_TYPES and not cand.passive:  # places56: '9명을 체포했다': a count of
        domestic = counted_people(toks, compound_first(toks, cand), lex)  # people with no people noun
    if domestic is None and (released(e) or e.lemma in lex.cue("victim_noun_verb")) and not cand.passive:
        # nominal54b: '기자 2명을 석방했다': the pair's own noun; koacts59b: '시위대 3명을 죽였다', its victims
        domestic = released_people(toks, cand, lex)
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
    if domestic is None and kind == "ASSAULT" and not cand.passive:  # actors54: '말리 반군이 [마을을]': the group's state
        domestic = armed_settlement(toks, cand, lex, settled)
        if domestic:
            data["armed_site"] = True  # not the group's own where the sentence names another state
    force = struck_force(toks, cand, lex) if domestic is None and kind == "ASSAULT" and not cand.passive else None
    if force is None and domestic is None and kind == "ASSAULT":
        force = clash_partner(toks, cand, lex)  # kocrowd46: '목축민들이 [경찰과] 충돌했다': the police of their state
        paired = paired_clash(toks, cand, lex) if force is None else None
        if paired:  # koattack52: '정부군과 [반군]이 충돌했다': the side after 과 receives, the one before acts
            force, h.paired_subject = paired[:2], paired[2]
        force = force and (*force, False)
    if force:  # '군 기지를', '경찰 순찰대를', '경찰관들을 공격했다': those forces of the state the object names, else the
        data["domestic_target"], data["domestic_sector"], site = force  # attacker's own
        if site:
            data["military_site"] = True
    if kind == "ASSAULT" and not cand.passive:  # kotwins49: '[하르키우의] 시장을', '쇼핑몰을': the site's people
        sector = trade_site_sector(toks, force[0] if force else settled[0] if settled else None, lex)
        if sector:
            data["site_sector"] = sector
        held = domestic or data.get("domestic_target")
        if held is not None and sector and unknown_owner(toks, held):
            domestic = None  # koattack51b: '[니코폴의] 장터를': a site of a town of any state, not the attacker's own
            data.pop("domestic_target", None)
            data.pop("domestic_sector", None)
    part = paired_part(toks, cand) if kind in MUTUAL_TYPES and not cand.passive else None
    if part:  # groups53: '말리군과 [반군]은 휴전에 합의했다': both act, the rebels a part of the army's state
        data["paired_part"] = part
    if kind == "ASSAULT" and not cand.passive and named_group_subject(toks, cand):
        data["named_group"] = True  # groups53b: '[사헬해방전선은] 군 호송대를 공격했다': the story's state's group
    h.domestic = domestic
    return True


def read_home_sides(h: HitReading) -> bool:
    """A side at home judged (the government, the opposition), or the people addressed; the relative clause that
    describes those people and the charge's content receive nothing, nor the destination of people deported."""
    toks, cand, lex, kind, data, exiled, domestic = h.toks, h.cand, h.lex, h.kind, h.data, h.exiled, h.domestic
    home_side = judged_home_object(toks, cand, lex) if kind == "ACCUSE" and domestic is None \
        and not cand.passive else None
    if domestic is None and not home_side and kind in ADDRESSED_TYPES and not cand.passive:
        domestic = addressed_people(toks, cand, lex)  # kotargets68: '정부는 시위대를 비난했다': its own people
    if home_side:  # '야당 대표는 정부를 비판했다', '야당은 의회를', '대통령은 야당을': a side of the state the span
        data["domestic_target"], data["domestic_sector"] = home_side  # names, else of the actor's own
        if kind in OFFICE_ACCUSED and office_sector(toks, home_side[0]):
            data["office_object"] = True  # groups54b: '대통령은 감사원장을 비난했다': a member of the body
    elif domestic:  # '경찰은 시위대를 체포했다': people of a state, the actor's own unless the span names one
        charged = h.e.lemma in lex.cue("domestic_charge_verb") or h.e.noun in lex.cue("domestic_charge_noun")
        data["domestic_target"], data["domestic_sector"] = domestic, domestic_people_sector(
            toks, domestic, harmed=kind == "ASSAULT", forced=kind in DOMESTIC_TYPES or charged) \
            or (exiled[3] if exiled and exiled[2] == domestic else "CVL")  # koattack51: '[말리 총리]를 공격': GOV;
        # plover51: '국방장관을 납치했다': the office's title; koattack51b: '총리를 체포했다' (COERCE) too
        described = relative_arguments(toks, domestic[0], lex)
        if described:  # '[정부를 비판한] 언론인을 체포했다': who the people are, not who receives the act
            data["not_recipient_spans"] = described
        if kind == "ACCUSE" and data["domestic_sector"] in CHARGED_PEOPLE_SECTORS:
            bar_charge(toks, cand, lex, data)  # actors63: '[칠레를 위해 간첩 활동을 한 혐의로] 기자들을 기소'
    if (kind == COERCE or (kind, h.mode) in EXECUTIONS) and not home_side and not cand.passive:
        bar_arrest_ground(toks, cand, lex, data, domestic)  # groups55b: '[X를 위해 ... 혐의로] 남성 2명을': no side X;
        # places57: an execution's ground too ('[X를 위해 ... 혐의로 유죄 판결을 받은] 남성을 처형했다')
    if home_side and kind == "ACCUSE" and data["domestic_sector"] in CHARGED_BODY_SECTORS:
        bar_charge(toks, cand, lex, data)  # groups55: '[말라위와 공모한 혐의로] 정부를 비난했다': the home body's
    if exiled and exiled[1]:
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), *exiled[1])
    h.domestic, h.home_side = domestic, home_side
    return True


def bar_charge(toks: list, cand, lex, data: dict) -> None:
    """The charge's adjunct before the act (act_charged_groups.charge_adjunct) barred as a recipient: what people or a
    home body are charged with names the state they are said to have dealt with as content, no side (actors63;
    groups55 for the home bodies of CHARGED_BODY_SECTORS, as English 'accused the government of colluding with X')."""
    charged_with = charge_adjunct(toks, cand.first, lex)
    if charged_with:
        data["not_recipient_spans"] = (*data.get("not_recipient_spans", ()), charged_with)
        kept = tuple(s for s in data.get("target_spans", ()) if not charged_with[0] <= s[0] < charged_with[1])
        data["target_spans"] = kept
        if not kept:
            del data["target_spans"]


def bar_arrest_ground(toks: list, cand, lex, data: dict, held: tuple[int, int] | None) -> None:
    """(groups55b, issue 14) The ground of an arrest told before its object ('[에스토니아를 위해 간첩 활동을 한 혐의로]
    남성 2명을 체포했다') barred as a recipient, as `bar_charge` bars an accusation's: the state the arrested is said to
    have served is what they are held for, not whom the arrest is done to, which gave that state's government as the
    arrested. Only where the object follows the adjunct (the people read, `held`, start after it; else an object
    particle stands between the adjunct and the act): '에스토니아 국적자 2명을 간첩 혐의로 체포했다' names the
    arrested inside the adjunct's reach and keeps them."""
    ground = charge_adjunct(toks, cand.first, lex)
    if not ground:
        return
    after = held[0] >= ground[1] if held else any(
        t[1] == OBJECT_TAG and ground[1] <= t[2] for t in toks[:cand.first])
    if after:
        bar_charge(toks, cand, lex, data)


OBJECT_TAG = "JKO"  # the object particle 을/를
EXECUTIONS = frozenset({("ASSAULT", "targeted")})  # (places57) a killing by a state's sentence: its ground barred too


def read_charged_sides(h: HitReading) -> bool:
    """A charge laid on a group or on people at home (the charge's content no target), else an armed group the
    story named: targets of the actor's own state unless the span names another."""
    toks, cand, lex, kind, data, spans = h.toks, h.cand, h.lex, h.kind, h.data, h.spans
    content, domestic, home_side = h.content, h.domestic, h.home_side
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
    h.domestic = domestic
    return True


def read_not_recipients(h: HitReading) -> bool:
    """The spans around the act's object that receive nothing: a cargo's origin, the sea off a coast, a deed's
    destination, a relative clause's partner, the object's condition, a ship's destination; and a protest at the
    government that made what is protested."""
    toks, cand, lex, e, kind, data = h.toks, h.cand, h.lex, h.e, h.kind, h.data
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
    return True
