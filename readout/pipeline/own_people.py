"""A state's acts on its own people, and its people's protests against it: the recipient readers of domestic acts.

Why: police detaining demonstrators, a ministry blocking social media, a government declaring a curfew or martial
law, or citizens rallying in their capital are acts whose other side is the same state: PLOVER codes them X -> X
(COERCE by the state's organs on its population; PROTEST by its people against its government). The readers before
these fill a recipient only where the clause names one; with no foreign target named the act was left with none,
or with a state named only as the foe of a war the measure was taken during ('declared martial law in border
districts as fighting with Y continued': Y is the war's, the law binds X's own districts), or with an international
body named only as the protest's topic ('protested over the EU talks'). Kept apart from act_recipients (the
general readers) so that each domestic rule is read and tested on its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.pipeline.common import IGO_CODES

if TYPE_CHECKING:
    from readout.pipeline.act_recipients import SideReading

# COERCE modes a state uses on people at home: an arrest, a curfew, martial law, censorship, a ban or dispersal.
# A seizure (a ship, a tanker), a deportation or a cyber attack is aimed at others as often as not: left out.
OWN_PEOPLE_MODES = frozenset({"arrest", "curfew", "martial-law", "censor", "restrict"})
# measures that bind a state's own territory: who is fought while it is declared is not its recipient
TERRITORIAL_MODES = frozenset({"curfew", "martial-law"})
POPULATION = "CVL"  # the sector of a state's people, the receiving side of its repression at home
PEOPLES_PROTEST = "PROTEST"
NON_STATE = frozenset({"REB", "OPP", "CRM", "INS", "SEP", "CVL", "PTY"})  # people no state body speaks for


def home_actors(r: SideReading) -> list[str]:
    """The acting states that have a people of their own (no international body)."""
    return [c for c in r.actors if c not in IGO_CODES]


def others_named(r: SideReading) -> set[str]:
    """The states the sentence names other than the actors (bodies aside): a named foreign state may be the target."""
    return {code for i in r.items for code in i.codes if code not in r.actors and code not in IGO_CODES}


def foreign_places(r: SideReading) -> bool:
    """Whether the sentence names a town of a state other than the actors ('imposed a curfew in [a foreign city]')."""
    from readout.pipeline.act_recipients import place_items
    return any(set(i.codes) - set(r.actors) for i in place_items(r.article, r.sent))


def own_people_coerced(r: SideReading) -> None:
    """Still no one, for a state's arrest, curfew, martial law, censorship or ban (`OWN_PEOPLE_MODES`) in a sentence
    that names no other state ('Police detained dozens of demonstrators', 'the government blocked social media
    platforms'): its own people receive it. A curfew or martial law (`TERRITORIAL_MODES`) binds the declaring state's
    own ground even where the sentence names the foe it fights ('declared martial law in eight border districts as
    fighting with Y continued'): the foe read as its recipient is replaced, unless a town of another state is named."""
    if r.hit.type != "COERCE" or r.hit.data.get("people_subject") in NON_STATE:
        return  # 'rebels detained aid workers': no state's measure at home (police and troops are its organs)
    mode = r.lang.act_mode(r.hit, r.text)
    own = home_actors(r)
    if mode not in OWN_PEOPLE_MODES or not own:
        return
    territorial = mode in TERRITORIAL_MODES and not foreign_places(r) and not set(r.recipients) & set(own)
    if r.recipients and not territorial or not r.recipients and others_named(r) and mode not in TERRITORIAL_MODES:
        return
    r.recipients, r.domestic, r.receiving_sector = own, set(own), POPULATION


def own_government_protested(r: SideReading) -> None:
    """Still no state, for people protesting (`people_subject`: 'thousands rallied outside parliament', '시민 수천
    명이 시위를 벌였다') where the sentence names no foreign state: their own government receives it (PLOVER: the
    same country on both sides, the people's sector acting). An international body read as the recipient only as
    the topic ('protested over the EU talks'), not where the language's target slot names it ('against the EU's
    pact'), gives way to it too."""
    if r.hit.type != PEOPLES_PROTEST or not r.hit.data.get("people_subject"):
        return
    own = home_actors(r)
    topic_body = r.recipients and all(c in IGO_CODES for c in r.recipients) and not targeted_body(r)
    if not own or (r.recipients and not topic_body) or others_named(r):
        return
    r.recipients, r.domestic = own, set(own)


def targeted_body(r: SideReading) -> bool:
    """Whether the language's target slot of the act ('against ...') names the body read as the recipient."""
    from readout.pipeline.act_recipients import targeted
    return bool(set(targeted(r.sent, r.hit, r.items, r.actors)) & set(r.recipients))
