"""Who does a Korean act word's act (readers of `act_word_hits.act_hit`, on its `HitReading`): the subject's kind (home
forces, an organ, people of the state where it happens) and the agent where it is not the subject (a quote's speaker,
a weapon's owner, a passive's agent).

Why its own module: these read the act's doer, apart from what the act is (act_word_hits) and whom it is aimed at
(act_hit_targets, act_hit_domestic).
"""
from __future__ import annotations

from readout.sectors import STATE_FORCE_SECTORS, STATELESS_ARMED_SECTORS, STATELESS_FORCE_SECTORS
from readout.lang.ko.act_headline_hits import quote_speaker
from readout.lang.ko.act_figures import armed_subject, occurred_owner
from readout.lang.ko.act_passive_agents import agent_after_noun, agent_sector, passive_agent
from readout.lang.ko.act_passive_sufferers import passive_sufferer_sector
from readout.lang.ko.act_organs import organ_subject
from readout.lang.ko.act_placed_people import ARMED_ACT_TYPES, acted_on_people
from readout.lang.ko.act_crowd_riots import property_attack
from readout.lang.ko.act_cordons import CORDON, cordoned
from readout.lang.ko.act_clause_subjects import home_force_subject, people_subject, subjectless_quote
from readout.lang.ko.act_context import serial_captor
from readout.lang.ko.act_scrambles import scramble_deployer
from readout.lang.ko.act_sorties import sortie_owner
from readout.lang.ko.act_story_sides import asker_past_content
from readout.lang.ko.act_predicates import spoken_side
from readout.lang.ko.tags import PLURAL_SUFFIX, SUBJECT_TAGS
from readout.lang.ko.act_hit_reading import HitReading

STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})  # what a statement can do (as
# English's lang/en/act_statement_subjects.VERBAL_TYPES): a state force's statement keeps its sector (actors59)
LOCATIVE = ("에서", "JKB")  # a place the clause is set in


def placed_before(toks: list, first: int) -> bool:
    """(koacts59) Whether a locative (에서) stands before the act's first morpheme `first`: an armed group's
    (STATELESS_ARMED_SECTORS) statement so placed keeps no people sector (the place is no home of a statement), as
    before; one with none keeps it, its state then the story's (pipeline act_actor_defaults), as English 'the rebels
    rejected' reads."""
    return any(t[:2] == LOCATIVE for t in toks[:first])


def state_owned_subject(toks: list, first: int) -> bool:
    """(lead, fifty-ninth session) Whether the subject nearest before the act's first morpheme `first` is a noun owned
    by a name or a genitive ('말리 반군이', '말리의 반군은'): its people sector belongs to that mention alone, so
    koacts59's kept people of a bare armed group ('반군은 … 거부했다') must not spread to a coordinated state ('세네갈과
    말리 반군이 … 거부했다': Senegal's government and Mali's rebels)."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in SUBJECT_TAGS:
            end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            return end >= 1 and toks[end - 1][1] in ("NNP", "JKG")
    return False


ARSON = ("ASSAULT", "primitive")  # (plover60b) arson by a side that wields force: CAMEO 180, the manual's "primitive
# weapons: fire", as English 'rebels set fire to a school' reads (a crowd's arson stays its riot)
ARMED_RETREATS = frozenset({("RETREAT", "disarm")})  # kopar54: '반군은 X군에 항복했다': laying down arms is a deed
# armed people do where they are (CAMEO 0873/0874), as English 'the rebels surrendered to the army' reads


def read_subject_marks(h: HitReading) -> bool:
    """Who the subject is: the home forces, a scrambling side, an organ for its state, people of the state where it
    happens (a crowd attacking property riots, forces cordon); an armed side's arson is its ASSAULT, no protest."""
    toks, cand, lex, e, kind, mode, data = h.toks, h.cand, h.lex, h.e, h.kind, h.mode, h.data
    if home_force_subject(toks, cand.first, lex):
        data["home_subject"] = True  # '공군은 전투기를 출격시켰다': the forces of the state the story is filed from
    data.update(scramble_deployer(toks, cand, lex))  # ko-acts37: '[X 군용기가] 진입해 전투기를 투입': the detecting side
    organ = organ_subject(toks, cand.first, lex)
    if organ:
        data["organ_subject"] = organ  # '군부는 ... 거부했다': the state named with its junta (world39)
    people = people_subject(toks, cand.first, lex) or asker_past_content(toks, kind, data, lex)
    if people and h.paired_subject:
        people = h.paired_subject  # koattack52: '[정부군]과 반군이 충돌했다': the first of the pair acts, not the last
    if kind == "PROTEST" and e.noun in lex.cue("arson_noun") and people in STATELESS_FORCE_SECTORS:
        kind, mode = ARSON  # plover60b: '반군이 마을 학교에 불을 질렀다': force by an armed side (was no event)
    if property_attack(toks, cand, kind, people, lex):
        kind, mode = "PROTEST", "riot"  # koriot70: '시위대가 정부 청사를 공격했다': a crowd's attack on property riots
    if cordoned(toks, cand, kind, mode, people):
        kind, mode = CORDON  # kotwin46: '경찰이 도로를 봉쇄했다': those who wield force cordon, people protest
    if people in STATELESS_FORCE_SECTORS and kind not in ARMED_ACT_TYPES and (kind, mode) not in ARMED_RETREATS \
            and (people not in STATELESS_ARMED_SECTORS or kind not in STATEMENT_TYPES or placed_before(toks, cand.first)
                 or state_owned_subject(toks, cand.first)) \
            and not (people in STATE_FORCE_SECTORS and kind in STATEMENT_TYPES):
        people = None  # '다르푸르에서 반군이 칠레를 비난했다': a statement is placed by no locative ('차드 북부의 외국 군대는
        # 철수했다': nor a withdrawal); koacts59: an armed group's with no locative ('반군은 … 제안을 거부했다') keeps its
        # people, their state the story's (none: no event); actors59: a state's force keeps its sector on a statement
        # ('경찰은 ... 규탄했다'): an organ of the scene's state (pipeline/bare_body_state.scene_told)
    if people:
        data["people_subject"] = people  # '시민단체들이 시위를 벌였다': people of the state where it happens
        if not data.get("target_spans"):
            acted_on = acted_on_people(toks, cand.first, people)  # '무장괴한들이 X에서 터키인 기술자 2명을 납치했다'
            if acted_on:
                data["target_spans"] = tuple(acted_on)
    h.kind, h.mode = kind, mode
    return True


def read_agents(h: HitReading) -> bool:
    """The act's agent where it is not the subject: the parties of talks for a quoted decision or a shared view,
    the speaker before a quote, a weapon's owner, a list's owner, and the agent of a passive (the subject suffers)."""
    toks, cand, lex, e, r, data = h.toks, h.cand, h.lex, h.e, h.r, h.data
    if r.decided and r.quoted and subjectless_quote(toks, cand.first):
        data["joint"] = True  # a decision quoted without its subject: the parties of the talks decided
    if e.key in lex.cue("shared_view") and e.noun is not None:
        data["joint"] = True  # '회담하고 ... 뜻을 같이했다', '공감대를 형성했다': a view is shared by the meeting's parties
    if r.quoted and r.clause == "main" and not any(t[1] in SUBJECT_TAGS for t in toks[:cand.first]):
        speaker = quote_speaker(toks)  # 이란 "이스라엘에 보복하겠다": the speaker before the quote acts
        if speaker is not None:
            data["agent_span"] = speaker
    armed = armed_subject(toks, cand, lex) or (agent_after_noun(toks, cand, lex) if cand.occurred else None) \
        or occurred_owner(toks, cand) or sortie_owner(toks, cand, lex)  # acts60b: '공격이 [X군에 의해] 감행됐다'
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
        sufferer = passive_sufferer_sector(toks, h.kind, e.contexts, data, lex)
        if sufferer and sufferer != data.get("people_subject"):
            data["people_subject"] = sufferer  # people53: '[페루 대통령]이 군에 의해 체포됐다': the office suffered it
    return True
