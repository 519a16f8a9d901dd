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

import dataclasses

from typing import TYPE_CHECKING

from readout.lang.base import CIVILIANS
from readout.pipeline.act_own_government import NON_STATE  # people no state body speaks for
from readout.pipeline.common import IGO_CODES

if TYPE_CHECKING:
    from readout.lang.base import ActHit
    from readout.pipeline.act_recipients import SideReading

# COERCE modes a state uses on people at home: an arrest, a curfew, martial law, censorship. A seizure (a ship, a
# tanker), a deportation or a cyber attack is aimed at others as often as not, and a restriction may be a border
# closed toward all (a ban or a dispersal of people names them as its object: act_recipients.domestic_object): left out.
OWN_PEOPLE_MODES = frozenset({"arrest", "curfew", "martial-law", "censor"})
# measures that bind a state's own territory: who is fought while it is declared is not its recipient
TERRITORIAL_MODES = frozenset({"curfew", "martial-law"})
POPULATION = PEOPLE = CIVILIANS  # the sector of a state's people: who receives its repression at home, who protests
PEOPLES_PROTEST = "PROTEST"
# (domestic50) a people's protest is a deed, not a statement: under a wire's home desk its protesters with no state
# word are of the state the story told ('(서울=연합뉴스) X에서 시위가 격화하고 있다. 시위대는 의사당에 불을 질렀다': X's;
# story_states.filed_state's `story_first`), as police and troops are
PEOPLES_DEEDS = frozenset({PEOPLES_PROTEST})


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
    """Still no one, for a state's arrest, curfew, martial law or censorship (`OWN_PEOPLE_MODES`) in a sentence
    that names no other state ('Police detained dozens of demonstrators', 'the government blocked social media
    platforms'): its own people receive it. A curfew or martial law (`TERRITORIAL_MODES`) binds the declaring state's
    own ground even where the sentence names the foe it fights ('declared martial law in five border districts as
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


def unnamed_protesters(r: SideReading) -> tuple[ActHit, list[str]] | None:
    """(domestic50) A protest told with no one holding it ('a rally was held in [a town]', '[도시]에서 ... 집회가
    열렸다', 'protests erupted in X'): the people (`PEOPLE`) of the one state its sentence places it in, by the towns
    and countries it names as places (not a diplomatic post's state: 'outside X's embassy', `Language.owns_a_post`),
    never a place in what it is against (the act's target spans). A country word that is no place ('a rally against
    Chinese fishing') says nothing of where; a protest noun beside the sentence's act is its background, no report of
    its own ('imposed a curfew after a demonstration'). None when the sentence places it in no one state."""
    from readout.pipeline.act_recipients import SideItem
    from readout.pipeline.story_states import home_country
    if r.hit.type != PEOPLES_PROTEST or r.hit.nominal or r.hit.data.get("people_subject"):
        return None  # a protest noun ('imposed a curfew after a demonstration', 'killed in riots') is background
    spans = [(r.sent.start + lo, r.sent.start + hi) for lo, hi in (*r.hit.data.get("target_spans", ()),
                                                                  *r.hit.data.get("protested_spans", ()))]
    places = [SideItem(p.span, [p.country]) for p in r.article.places
              if p.country and r.sent.start <= p.span.start < r.sent.end
              and not any(lo <= p.span.start < hi for lo, hi in spans)
              and not r.lang.owns_a_post(r.article.text, p.span.end)]
    home = home_country(places)
    if not home:
        return None
    return dataclasses.replace(r.hit, data={**r.hit.data, "people_subject": PEOPLE}), home


FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF"})  # armed men, a state's or not: no protesters


def forces_rioting(kind: str, mode: str | None, acting: list) -> bool:
    """(domestic50) Whether a riot's acting sides are all armed forces ('the army set fire to villages', '군이 마을에
    불을 질렀다'): PLOVER's PROTEST is a people's, and arson by troops or rebels is none (no protest event)."""
    return kind == PEOPLES_PROTEST and mode == "riot" and bool(acting) \
        and all(getattr(e, "sector", None) in FORCE_SECTORS for e in acting)
