"""(enpeople52) The state of the people an armed group of no state struck, when the clause names no other.

'Gunmen shot the president of X' had no event while 'Gunmen shot the X-ian president' gave X's armed men attacking
X's government: the gunmen have no state of their own, and the people defaults (pipeline/act_actor_defaults.
unnamed_actors) take the one state the sentence names unless the roles reader made its word the act's object. An
adjective inside the object ('the X-ian president') is no object word of its own, but a name after 'of' ('the
president of X') is read as the object itself, so the state was dropped and no one acted. Both say the same thing:
a force of no state striking a state's people is a domestic attack, the people's state's (the Korean readers give
'무장괴한들이 X 대통령을 저격했다' so too). Only deeds of force, only a stateless armed subject, only one state named
(as the state or its office: a sector of none or GOV) in the object the language marked (`domestic_target`) and none elsewhere in the sentence.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import CountryMention, Span
from readout.pipeline.act_recipients import VERBAL
from readout.sectors import STATE_BODY_SECTORS, STATELESS_ARMED_SECTORS

HOLDER_SECTORS = frozenset({None, "GOV"})  # the state itself or its office holder ('the president of X')


def struck_people_state(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[str]:
    """The one state named inside the object of a deed of force whose subject is armed people of no state, when the
    sentence names no other state; else []."""
    span = hit.data.get("domestic_target")
    if hit.type in VERBAL or hit.nominal or hit.data.get("passive") or not span \
            or hit.data.get("people_subject") not in STATELESS_ARMED_SECTORS:
        return []
    codes = {code for c in countries for code in c.codes}
    inside = {code for c in countries if span[0] <= c.start - sent.start < span[1] and c.sector in HOLDER_SECTORS
              for code in c.codes}  # a state word read as a force of its own ('정부 경찰관': COP) keeps doerless49
    return sorted(inside) if len(inside) == 1 and codes == inside else []


def charged_office_state(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[str]:
    """(actors54b, issue 14) The one state of an office a state body of no state named charged in the passive ("X's
    president was impeached by lawmakers", 'the president of X was impeached by parliament'): the language marked the
    office the passive's people subject (`people_subject` GOV) and the agent a body (`agent_sector` LEG, JUD ...); the
    people defaults drop a state word read as the act's object, so the owner's state, the only one named, was no home
    of the body, while 'the X-ian president' (an adjective no object word) gave X's lawmakers. A body charging an office
    of its own state is a domestic act, as the active 'lawmakers impeached the president of X' reads. Only where the
    sentence names that one state, inside the passive's target; else []."""
    spans = hit.data.get("target_spans") or ()
    if hit.type not in VERBAL or hit.nominal or not hit.data.get("passive") or not spans \
            or hit.data.get("people_subject") not in HOLDER_SECTORS - {None} \
            or hit.data.get("agent_sector") not in STATE_BODY_SECTORS:
        return []
    codes = {code for c in countries for code in c.codes}
    inside = {code for c in countries if any(lo <= c.start - sent.start < hi for lo, hi in spans)
              and c.sector in HOLDER_SECTORS for code in c.codes}
    return sorted(inside) if len(inside) == 1 and codes == inside else []


def struck_several_states(sent: Span, hit: ActHit, countries: list[CountryMention], places: list) -> bool:
    """(actors54, issue 14) Whether a deed of force by armed people of no state strikes the people or offices of two
    states or more, every state the sentence names standing inside the act's targets ('Gunmen shot the president of X
    and the president of Y'), with no place named where it was done: the gunmen's state is neither's more than the
    other's (the people defaults took the first state for the doers and the second for the struck), so the act has
    no acting side (no event), as 'Gunmen attacked a convoy' with no state named has none."""
    spans = hit.data.get("target_spans") or ()
    if hit.type in VERBAL or hit.nominal or hit.data.get("passive") or not spans or places \
            or hit.data.get("people_subject") not in STATELESS_ARMED_SECTORS:
        return False
    codes = {code for c in countries for code in c.codes}
    inside = {code for c in countries if any(lo <= c.start - sent.start < hi for lo, hi in spans)
              and c.sector in HOLDER_SECTORS for code in c.codes}
    return len(inside) > 1 and codes == inside
