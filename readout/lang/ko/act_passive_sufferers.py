"""(people53, issue 14) The subject of a passive act of force by a named agent, when it is an office or an occupation:
'페루 대통령이 군에 의해 체포됐다' (GOV), '간호사 두 명이 경찰에 의해 체포됐다' (MED). The holder suffered the act, so the
receiving side is the office's (GOV, a lawmaker LEG, a judge JUD) or the occupation's people, as English 'The
president of Peru was arrested by the army' (lang/en/act_harmed_offices) and 'Two nurses were arrested by police'
read.

Why: the passive's subject was read for people nouns only (act_clause_subjects.people_subject: '시위대가' CVL, '야당
대표가' OPP), and an office title is no people noun: an office before an active verb is its state's own voice. With no
people subject the pipeline gave the arrested president the civilians' default (CVL), a killing by the army no
receiving side at all (act_forces_victims asks for a people subject first), and journalists or doctors arrested no
receiving side either.

Rule: for a passive COERCE or ASSAULT whose agent the agent reader gave a sector ('군에 의해' MIL, '경찰에' COP) and
whose clause has no people subject but civilians (a count's: '세 명이'), the noun run closing with the subject particle right before the agent gives the
people subject: an office title heading it (act_organs.office_sector: the shared `HARMED_OFFICE_SECTORS`), else a
noun of the people an act is done to in it (act_aimed_objects.people_nouns: detainee_noun, occupation_noun) with its
agent-table sector among a state's unarmed people (`CHARGED_PEOPLE_SECTORS`: 기자 JRN, 의사 MED), else civilians. A
coup's ousted leader is the coup readers' (act_passive_coups, act_armed_ousters); a passive with no agent ('대통령이
체포됐다'), a light verb ('공격을 받았다') or a subject of neither kind ('건물이') is read as before.
"""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_candidate import joined
from readout.lang.ko.act_harmed_by import harmed_subject
from readout.lang.ko.act_organs import first_sector_in, office_sector
from readout.lang.ko.act_table import ActIndex
from readout.sectors import CHARGED_PEOPLE_SECTORS

FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})  # acts a state's forces do to its own officials and people
# people53b: an organ's charge against an office ('칠레 대통령이 의회에 의해 탄핵됐다': the parliament LEG impeaches the
# president GOV), read for an office title only: the people of an occupation charged are the charge readers'
OFFICE_CHARGES = frozenset({"ACCUSE"})
COUP = "pro_autocracy"  # the coup entries' context: their ousted leader is the coup readers'
CIVILIANS = "CVL"  # people of an occupation with no sector of its own ('목수', a carpenter)


def passive_sufferer_sector(toks: list, kind: str, contexts, data: dict, lex: ActIndex) -> str | None:
    """The sector of the subject of a passive act of force whose agent has a sector ('[페루 대통령]이 군에 의해
    체포됐다': GOV; '[기자 두 명]이 경찰에 의해 체포됐다': JRN), else None (another act, no agent, a people subject
    already read, a subject that is neither an office nor people)."""
    if kind not in FORCE_TYPES | OFFICE_CHARGES or not data.get("passive") or data.get("suffered") or COUP in contexts \
            or not data.get("agent_sector") or data.get("people_subject") not in (None, CIVILIANS):
        return None  # a people subject of civilians may be a count's default ('[의사 세 명]이': 명, CVL)
    at = data["agent_span"][0]
    before = max((k for k, t in enumerate(toks) if t[2] < at), default=None)
    span = harmed_subject(toks, before) if before is not None else None
    if span is None:
        return None
    return office_sector(toks, span) or (kind in FORCE_TYPES and people_in(toks, span, lex) and (
        first_sector_in(toks, span, CHARGED_PEOPLE_SECTORS) or CIVILIANS))


def people_in(toks: list, span: tuple[int, int], lex: ActIndex) -> bool:
    """Whether a noun run inside `span` ends in a people noun an act is done to ('의사', '트럭 운전사', '기자')."""
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] and t[2] + t[3] <= span[1]]
    nouns = people_nouns(lex)
    return any(joined(toks, k, end) in nouns for end in inside for k in inside if k <= end)
