"""(actors60, issue 14) The state of a bare body: a government, an army, a ministry, a treasury, police named with no
state in the act's clause ('The ministry criticized X', '정부는 ...', 'Police condemned Y', 'The Treasury froze ...').

Why one resolver: four readers answered this before (a bare office after an organ's deed, the home body's paragraph
state, the fallback body's story state, a force's scene), each with its own guards over the same story evidence: the
dateline, the paragraph's one state, the last deed's doer and whom it struck, the scene told, what the act aims at.
Here that evidence is gathered once into a record (`BodyEvidence`, each piece read when a rule first asks it) and
each rule is a small function of the record returning the state or []; `resolve` walks an ordered tuple of
(rule, reason) pairs and answers the first state with its reason, which the act carries to the acting entity
(`Entity.reason`, act_build) so an analyst sees why the body is that state's.

The rules' places in the actor chain (pipeline/act_actors.acting_side) stay where each reader stood, since other
readers stand between them (a post's host, forces abroad, the dateline's desk, a junta's antecedent): `FALLBACK_RULES`
for a fallback name the clause stated, `SCENE_RULES` inside the chain of an unnamed subject before the dateline's
desk, `DATELINE_RULES` for a bare organ the knowledge read as the home state's under a dateline (actors60b),
`LATE_RULES` when every other reader left the act with no actor (a bare junta's or army's antecedent first, actors60b).
docs/coding-choices.md (actors60, actors60b) gives the order and why.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, NamedTuple

from readout.lang.base import ActHit
from readout.model import Article, CountryMention, Span
from readout.sectors import STATELESS_ARMED_SECTORS, STATE_FORCE_SECTORS
from readout.pipeline.act_recipients import VERBAL, SideItem, SideReading
from readout.pipeline.act_organs import organ_antecedent, organ_story_state
from readout.pipeline.act_own_government import PEOPLES_DEEDS
from readout.pipeline.act_subjects import span_codes, targeted_codes
from readout.pipeline.continued_sides import continued_side
from readout.pipeline.narrative import unaimed_show_of_force
from readout.pipeline.story_states import (OWN_PEOPLE_DEEDS, dateline_place, filed_state, paragraph_place_state,
                                           paragraph_state)

BARE_OFFICE = "office"  # the languages' `continued` mark of a bare office subject ('The general', '장군은')
BODY_REASON = "body_reason"  # the hit's mark: (reason, codes) of the state a rule gave (act_build puts it on entities)

VOICE = "voice going on"  # the acting side of the statement just before speaks on
ORGAN_DEED = "last deed's doer"  # the one state whose named organ did the last deed
PARAGRAPH = "paragraph state"  # the one state the paragraph before names
SCENE = "scene told"  # the state the paragraph told as where things happened
FORCES_ABROAD = "forces abroad"  # the state whose forces just acted in a story filed abroad
DESK = "dateline desk"  # the dateline's state, or under the home desk the state the story told (story_states.filed_state)
FALLBACK = "fallback name"  # the knowledge base's state of a name that stands for one body when none is told
DATELINE = "dateline"  # the dateline's state for a bare organ the knowledge read as another state's (actors60b)
ORGAN_ANTECEDENT = "organ antecedent"  # the state last named with an organ of the bare organ's sector (actors60b)
ORGAN_STORY = "organ's story"  # the one state the story told around a bare organ it never named with a state


class BodyState(NamedTuple):
    """A rule's answer: the state's codes and why."""
    state: list[str]
    reason: str


@dataclass(frozen=True, eq=False)
class BodyEvidence:
    """What the story tells about a bare body's act, each piece read once and only when a rule asks it."""
    article: Article
    sent: Span
    hit: ActHit
    items: list[SideItem]
    roles: list[str]
    story: object  # the Narrative
    ctx: object
    reach: int  # `continued_reach_sentences`: how far back a deed or a voice still goes on
    countries: list[CountryMention]
    organ_reach: int = 0  # `organ_reference_sentences`: how far back a bare organ's antecedent is looked for
    actors: tuple[str, ...] = ()  # the actors the chain read before the rule is asked (`dateline_organ`)
    answers: list[BodyState] = field(init=False, default_factory=list)  # what `ask` answered, for the chain's caller

    @classmethod
    def of(cls, r: SideReading, hit: ActHit, countries: list[CountryMention], ctx,
           actors: list[str] | None = None) -> BodyEvidence:
        """The record of the act `hit` read in the scene `r` (`countries`: its sentence's country mentions; `actors`:
        what the chain read so far, for a rule that weighs it)."""
        return cls(r.article, r.sent, hit, r.items, r.roles, r.story, ctx, r.settings.continued_reach_sentences,
                   countries, r.settings.organ_reference_sentences, tuple(actors or ()))

    def with_hit(self, hit: ActHit) -> BodyEvidence:
        """The same story read for another reading of the act (a fallback name read as a bare office)."""
        return dataclasses.replace(self, hit=hit)

    def ask(self, rules: tuple[tuple[Rule, str], ...]) -> list[str]:
        """The state `rules` give (`resolve`), kept with its reason for the chain that asked it among other readers
        (act_actor_defaults.unnamed_actors returns codes only; its caller reads the reason with `answer_for`)."""
        found = resolve(self, rules)
        if found is None:
            return []
        self.answers.append(found)
        return found.state

    def answer_for(self, actors: list[str]) -> BodyState | None:
        """The last answer `ask` gave, when the chain settled on it (`actors`); None when another reader answered."""
        return self.answers[-1] if self.answers and self.answers[-1].state == list(actors or []) else None

    @cached_property
    def dateline(self):
        """The dateline's place before the sentence (None with no dateline; a place of no state is still one)."""
        return dateline_place(self.article, self.sent, self.ctx)

    @cached_property
    def filed(self) -> list[str]:
        """The state the dateline files the story from ('DAKAR -- ...': Senegal), [] with none."""
        return [self.dateline.country] if self.dateline and self.dateline.country else []

    @cached_property
    def paragraph(self) -> list[str]:
        """The one state the paragraph before names (`paragraph_state`)."""
        return paragraph_state(self.article, self.sent, self.ctx)

    @cached_property
    def scene(self) -> list[str]:
        """The state the paragraph told as the scene: the one it names, else the one its towns are in."""
        return self.paragraph or paragraph_place_state(self.article, self.sent, self.ctx)

    @cached_property
    def objects(self) -> set[str]:
        """The states the act's objects name ('summoned the Kenyan ambassador')."""
        return {code for i, role in zip(self.items, self.roles) if role == "object" for code in i.codes}

    @cached_property
    def targeted(self) -> set[str]:
        """The states named inside what the act aims at (act_subjects.targeted_codes)."""
        return targeted_codes(self.sent, self.hit, self.countries)

    @cached_property
    def aimed(self) -> set[str]:
        """The states of the objects or of the spans the language pointed the act at (a statement's target)."""
        spans = [(self.sent.start + lo, self.sent.start + hi) for lo, hi in self.hit.data.get("target_spans", ())]
        starts = {i.span.start for i, role in zip(self.items, self.roles)
                  if role == "object" or any(lo <= i.span.start < hi for lo, hi in spans)}
        return {code for i in self.items if i.span.start in starts for code in i.codes}  # each word there

    @property
    def doer(self) -> list[str]:
        """The acting side of the last act the story told."""
        return list(self.story.acting)

    @property
    def acted_out(self) -> set[str]:
        """The last doer's states that acted on another state or on no one (not a side it was struck by)."""
        return set(self.story.acting) - set(self.story.acting_toward)

    @property
    def deed_just_before(self) -> bool:
        """Whether the last act told was a deed (no statement) of the sentence just before."""
        return self.story.acting_index == self.story.index - 1 and not self.story.acting_spoke


Rule = Callable[[BodyEvidence], list[str]]


def voice_going_on(ev: BodyEvidence) -> list[str]:
    """The acting side of a statement just before, for a subject that goes on (`continued_side`)."""
    return continued_side(ev.hit, ev.story, ev.reach)


def organ_deed_doer(ev: BodyEvidence) -> list[str]:
    """(actors58) The one state whose deed within `reach`, not a statement, was done by an organ the story named as
    that state's ('X's army closed the border', 'X군은 ...'; `Narrative.acting_organ`): its bare officials are that
    state's. A bare state name's deed names no organ ('North Korea fired a missile. The defence ministry urged ...':
    the reporting state's ministry, named nowhere). Not a personal pronoun ('He urged ...': `person_voice`), nor a state
    the act strikes, nor under a dateline of another state, nor (actors59) after a show of force aimed at no state
    when the act addresses one (`unaimed_show_of_force`: any responder may speak)."""
    story = ev.story
    if ev.hit.data.get("person_voice"):
        return []  # a personal pronoun ('He urged ...', '그는 ...'): a person, whom no organ's deed names
    if story.acting_spoke or not story.acting_organ or len(story.acting) != 1 \
            or story.acting_index < story.index - ev.reach:
        return []
    if ev.filed and ev.filed != story.acting or set(story.acting) & (ev.targeted | ev.objects):
        return []  # the lead (58): an object naming the organ's state ('summoned the Chinese ambassador') strikes it
    if unaimed_show_of_force(story) and (ev.targeted or ev.objects):
        return []  # actors59: 'X's military fired missiles into the sea. The defence ministry urged Japan ...'
    return ev.doer


def office_statement_after_deed(ev: BodyEvidence) -> list[str]:
    """`organ_deed_doer` for a statement whose subject is a bare office ('The general criticized Y', '장군은 ...')."""
    if ev.hit.data.get("continued") != BARE_OFFICE or ev.hit.type not in VERBAL:
        return []
    return organ_deed_doer(ev)


def paragraph_told(ev: BodyEvidence) -> list[str]:
    """(acts59) The paragraph's one state for a home body ('the government', '정부는': `home_subject`) under no
    dateline (a dateline's state answered before, or chose none): the state the story is about. Not where the act aims
    at it or its object names it ('X held a vote. The government condemned X's tariffs'), nor one whose deed just
    before was done to others or to no one (a bare ministry answering a launch is a rival's, named nowhere)."""
    if not ev.hit.data.get("home_subject") or ev.dateline is not None:
        return []
    acted_out = ev.acted_out if ev.deed_just_before else set()
    told = ev.paragraph
    return [] if set(told) & (ev.targeted | acted_out | ev.objects) else told


def scene_told(ev: BodyEvidence) -> list[str]:
    """(actors58, actors59b) A bare state force's statement ('Police condemned X', '군은 X를 비난했다'): the scene the
    story told (`BodyEvidence.scene`), asked before any dateline's desk (police and troops stand where the story
    happens, whatever desk files it). Not a state the last doer was (its act done to others or to no one: the
    reporting state's police may answer it), nor one the statement strikes."""
    if ev.hit.type not in VERBAL or ev.hit.data.get("people_subject") not in STATE_FORCE_SECTORS:
        return []
    return [] if set(ev.scene) & (ev.acted_out | ev.aimed) else ev.scene


def forces_abroad(ev: BodyEvidence) -> list[str]:
    """'(NAIROBI) Ethiopian troops shelled ... . The army warned ...': in a story filed abroad, a bare body right
    after another state acted is that state's when the dateline's state is no side of that act (the acting side
    going on, `story.acting`); the host's own forces where the host acted or was acted on."""
    story = ev.story
    if not story.acting or story.acting_index < story.index - 1:
        return []
    place = ev.dateline
    if place is None or not place.country or not ev.ctx.language(ev.sent.label).files_abroad(place) \
            or place.country in {*story.acting, *story.acting_toward}:
        return []
    return list(story.acting)


def dateline_organ(ev: BodyEvidence) -> list[str]:
    """(actors60b: was act_actor_defaults.dateline_organ_state) The dateline's state for an act whose actors are only
    what a bare organ subject named (the language's `dateline_organ`, its span: a bare ministry's spokesperson under a
    Beijing dateline, which the knowledge reads as Seoul's): the organ speaks where the story is filed. Not where the
    actors came from elsewhere, nor where the organ's voice goes on from a state named before (`continued`,
    `body_going_on`). (koacts60) An organ the knowledge gives no state at all ('당국은', '외무부는') is the dateline's
    too where nothing else gave its verb an actor (a noun act in the sentence is no deed of the organ's); and not the
    dateline's where it answers that state's own deed just told (`answers_own_state`)."""
    hit = ev.hit
    if not hit.data.get("dateline_organ"):
        return []
    span = hit.data["dateline_organ"]
    named = span_codes(ev.sent, span, ev.items)
    if not ev.actors and not named and not hit.nominal:
        return ev.filed
    if hit.data.get("continued") or hit.data.get("body_going_on"):
        return []
    if not ev.actors or not named or not set(ev.actors) <= set(named):
        return []
    return [] if answers_own_state(ev, span) else ev.filed


def answers_own_state(ev: BodyEvidence, span: tuple[int, int]) -> bool:
    """(koacts60) Whether the dateline's state is the side whose act the story told last and the sentence names no
    state outside the organ's words ('(워싱턴=연합뉴스) 미국 상무부가 관세를 발표했다. 정부는 이번 조치에 유감을 표했다':
    an organ does not regret its own state's measure; the home desk's government speaks)."""
    lo, hi = ev.sent.start + span[0], ev.sent.start + span[1]
    others = {code for i in ev.items if not lo <= i.span.start < hi for code in i.codes}
    return bool(ev.filed) and set(ev.filed) <= set(ev.story.acting) and not others


def desk_state(ev: BodyEvidence) -> list[str]:
    """The state the story is filed from (`filed_state`): the dateline's; under the home desk, for force a bare home
    organ uses on people (`OWN_PEOPLE_DEEDS`), the state the story told, unless the force strikes a site of a state's
    forces (`struck_forces_site`)."""
    story_first = ev.hit.type in OWN_PEOPLE_DEEDS and not struck_forces_site(ev.hit)
    return filed_state(ev.article, ev.sent, ev.ctx, ev.story, story_first)


def people_desk_state(ev: BodyEvidence) -> list[str]:
    """(actors60b: was the people chain's own `filed_state` call, act_actor_defaults.unnamed_actors) The state the
    story is filed from for people no word gives a state ('police', 'protesters', '경찰이'): under the home desk
    (or a bureau abroad) the state the story told, for a deed, a people's deed or a force's statement ('SEOUL (Yonhap)
    -- Protests went on across Peru. Police arrested ...': Peru's, as '(서울=연합뉴스) ... 경찰은 ... 체포했다'); a
    statement of other people is the desk's own; armed people of no state under the home desk with no other state told
    are of none (`filed_state`'s `armed`)."""
    people = ev.hit.data.get("people_subject")
    if not people:
        return []
    verbal = ev.hit.type in VERBAL
    story_first = not verbal or ev.hit.type in PEOPLES_DEEDS or people in STATE_FORCE_SECTORS
    return filed_state(ev.article, ev.sent, ev.ctx, ev.story, story_first, people in STATELESS_ARMED_SECTORS)


def struck_forces_site(hit: ActHit) -> bool:
    """(koattack52) A bare home force strikes a site of a state's forces (under the home desk, after a paragraph about
    North Korea: 'the forces shelled a North Korean guard post'; the language marks the object `military_site`): no
    force of the story's state strikes its own state's guard post, so the home desk's own forces do, not the state
    the story told before (filed_state's `story_first` is for force used on people)."""
    return bool(hit.data.get("military_site"))


# The rules in the order each stage asks them (docs/coding-choices.md, actors60 and actors60b).
FALLBACK_RULES: tuple[tuple[Rule, str], ...] = ((voice_going_on, VOICE), (organ_deed_doer, ORGAN_DEED))
SCENE_RULES: tuple[tuple[Rule, str], ...] = ((scene_told, SCENE), (people_desk_state, DESK))
HOME_RULES: tuple[tuple[Rule, str], ...] = ((forces_abroad, FORCES_ABROAD), (scene_told, SCENE), (desk_state, DESK))
DATELINE_RULES: tuple[tuple[Rule, str], ...] = ((dateline_organ, DATELINE),)
LATE_RULES: tuple[tuple[Rule, str], ...] = ((organ_antecedent, ORGAN_ANTECEDENT), (organ_story_state, ORGAN_STORY),
                                            (office_statement_after_deed, ORGAN_DEED), (paragraph_told, PARAGRAPH))


def resolve(ev: BodyEvidence, rules: tuple[tuple[Rule, str], ...]) -> BodyState | None:
    """The first rule's state with its reason; None where no rule names one."""
    for rule, reason in rules:
        state = rule(ev)
        if state:
            return BodyState(list(state), reason)
    return None


def with_reason(hit: ActHit, found: BodyState | None) -> ActHit:
    """The hit marked with why its bare body is the state found (`BODY_REASON`); unchanged with none."""
    if found is None:
        return hit
    return hit.copied(data={**hit.data, BODY_REASON: (found.reason, tuple(found.state))})


def reasoned_entities(acting: list, hit: ActHit) -> list:
    """The acting entities with the reason a rule gave for their state (`Entity.reason`), for the states it gave."""
    mark = hit.data.get(BODY_REASON)
    if not mark:
        return acting
    reason, codes = mark
    return [dataclasses.replace(e, reason=reason) if e.kind == "country" and e.country in codes and not e.reason
            else e for e in acting]
