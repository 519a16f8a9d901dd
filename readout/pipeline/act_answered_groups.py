"""(koacts57b, issue 15) A condemnation of an attack told before, whose doer is a group of the judge's own state:
'Boko Haram attacked a market in Kano. Nigeria condemned the attack.', '… 나이지리아는 이 테러를 규탄했다'.

Why: a judgement of an act it names without its author ('the attack', '이 테러', the language's `answers`) is aimed
at the story's offender (act_recipients_told.answered_provocation), but the offender is kept as its states only
(`Narrative.offenses`), and the doer's state is the judge's own here: the reader drops the judge's own state, so
the act kept no receiver. The PLOVER manual codes such a condemnation at the group: the same state on both sides,
the group's sector receiving (NGA GOV accuses NGA REB), as 'condemned the group' already reads. Rule: an answering
judgement still without a receiver whose story offender is all of the judge's own states receives the doer of the
last attack or show of force the article coded by those states when a side of it has an armed group's or
criminals' sector (the doer keeps its sector: a domestic act, `receiving_sector`); a state's own forces or
government as the doer receive nothing, as before (no one judges itself).
"""
from __future__ import annotations

from readout.pipeline.act_recipients import SideReading
from readout.pipeline.act_recipients_told import judged_offender
from readout.sectors import ARMED_PEOPLE_SECTORS

DOERS_JUDGED = ARMED_PEOPLE_SECTORS | {"CRM"}  # armed groups, gunmen, militias, gangs: parts that attack from within
OFFENCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # the deeds a condemnation of 'the attack' answers
JUDGING_TYPES = frozenset({"ACCUSE", "PROTEST", "THREATEN"})


def answered_own_group(r: SideReading) -> None:
    """Still no one, for a judgement answering a deed told before whose doer is a group of the judge's own state:
    that group, with its sector, receives it."""
    data = r.hit.data
    if r.recipients or not data.get("answers") or r.hit.type not in JUDGING_TYPES \
            or data.get("judged_meeting") or data.get("deed_told"):
        return
    offender = [c for c in judged_offender(r) if c]
    if not offender or not set(offender) <= set(r.actors):
        return
    for event in reversed(r.article.events):
        if event.type not in OFFENCE_TYPES or not {p.country for p in event.participants} <= set(offender):
            continue
        groups = [p for p in event.participants if p.sector in DOERS_JUDGED and p.country in r.actors]
        if groups:
            r.recipients = list(dict.fromkeys(p.country for p in groups))
            r.domestic = set(r.recipients)
            r.receiving_sector = groups[0].sector
        return
