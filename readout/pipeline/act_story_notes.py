"""What the story keeps of an act (from act_build, debt51): who did it and who judged (`note_doers`, before its
receiving side is read, so that a mutual act's partners do not join the voice going on), and, once its event is built,
the measures and accords a later word judges, whose people were held, and the offense of force a condemnation naming
no author judges (`note_event`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Event
from readout.pipeline.act_pairs import keep_accord
from readout.pipeline.act_recipients import KEPT_ACTS, UNDIRECTED, SideReading, holding_kind
from readout.pipeline.narrative import Offense

FORCE = ("MOBILIZE", "ASSAULT")  # the acts a condemnation naming an act ('the launch', 'the shelling') judges


def note_doers(story, hit: ActHit, actors: list[str], doer) -> None:
    """What the story keeps of the act's doers before its receiving side is read: who goes on speaking (before a
    mutual act's partners join: `note_acting`), whose deed a later 'the move' may judge, who judged, who mobilized."""
    # before a mutual act's partners join: who goes on speaking (`note_acting`)
    story.subjects_of_act = list(actors) if doer is None else story.subjects_of_act
    answering = hit.data.get("answers") or hit.data.get("answers_measure") or hit.data.get("unaddressed")
    if answering or hit.type not in FORCE:  # whose deed a later 'the move' may judge (force is judged as an offense:
        # 'X launched a missile. Y criticized the decision' names no launch), and who only judged what others did
        (story.judges if answering else story.doers).setdefault(story.index, []).extend(actors)
    if hit.type == "MOBILIZE":
        story.mobilizer = actors


def note_event(scene: SideReading, hit: ActHit, event: Event, actors: list[str], domestic: set[str],
               governed: bool, ctx) -> None:
    """What the story keeps of the event: a measure or accord judged later ('condemned the sanctions'), whose boat or
    people were held or freed, and an offense of force (not one a statement judges, nor an answering show of force)."""
    article, sent, story = scene.article, scene.sent, scene.story
    if hit.type in KEPT_ACTS and not governed:  # 'condemned the sanctions', 'concerned about the pact'
        story.measures.append((event.type, event.mode, actors))
        keep_accord(story, article, sent, event)
    if holding_kind(event.type, event.mode) and event.recipients and not domestic:
        story.held = [p.country for p in event.recipients if p.country]  # whose boat or people were held or freed
    if (hit.type in FORCE or raid_abroad(hit, event, domestic) or hit.data.get("exercise")) and not governed:  # a noun
        # act a statement judges is one told before, no new offense; plans56: a joint drill (COOPERATE) is a show of
        # force 'the drills' names as one state's is
        if not answering_force(event, story, ctx.settings) and not told_response(scene.lang, scene.text, hit):
            # whom 'condemned the attack' judges; an answering show of force is no offense 'the drills' names either
            # ('Y deployed ships in response. Z slammed the drills')
            story.offenses.append((event.type, event.mode, actors))
            story.offense = Offense(actors, story.index, event.date,
                                    event.date_basis == "text" and event.date_precision == "day")
            story.stated_offense = story.offense if story.offense.stated else story.stated_offense


def raid_abroad(hit: ActHit, event: Event, domestic) -> bool:
    """(coerce56) 'Police stormed the X embassy': a raid on another state's place (COERCE seize aimed at a state other
    than the raider's; the language marks `raided_place`) is an offense a condemnation naming no author judges, as a
    use of force is; a seizure of land or goods is not."""
    return bool(hit.data.get("raided_place")) and bool(event.recipients) and not domestic


def told_response(lang, text: str, hit: ActHit) -> bool:
    """A show of force its words tell as an answer ('deployed ships in response', '이에 대응해 배치했다', a scramble:
    `reaction`): it answers the offender's act, however far back that was told, and is none a judgement names."""
    return hit.type in UNDIRECTED and bool(lang.response_act(text, hit.start, hit.end) or hit.data.get("reaction"))


def answering_force(event: Event, story, settings) -> bool:
    """'X launched a missile. Y raised its surveillance. Z condemned the launch': a show of force by another side
    just after an offender's act, and not before it, answers it; the offender a later condemnation judges is still X.
    An attack does replace it ('X shelled a town; Y struck back' may be what is condemned next), and so does a show
    of force dated before the offender's act ('X fired missiles a day after Y began drills. X denounced the drills')."""
    actors, last = {p.country for p in event.participants}, story.offense
    return event.type == "MOBILIZE" and last is not None and not actors & set(last.actors) \
        and story.index - last.index <= settings.answered_lookback_sentences \
        and not (event.date and last.day and event.date < last.day)
