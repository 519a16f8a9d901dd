"""Whose voice goes on into the next sentence: the side that acted or spoke here (`Narrative.acting`, whether it
made a statement, whom it addressed), which a dropped subject, 'it' or a bare office in the next sentence continues
(continued_sides.continued_side); a statement that codes no act of its own, or one that only tells another's deed,
still sets the voice.
"""
from __future__ import annotations

from readout.model import Event
from readout.sectors import STATE_BODY_SECTORS

# actors58: the sectors of a state's own organs a bare state name is never read with (a bare 'X' is its GOV)
STATE_ORGAN_SECTORS = STATE_BODY_SECTORS - {"GOV"}


def spoken_by(event: Event, story) -> list:
    """The side that acted, without the partners a mutual act joined to it ('합참은 미국, 일본 측과 정보를 공유하고 있다고
    밝혔다. 이어 ... 촉구했다': the JCS goes on speaking, not its partners): the participants of the act's own subjects
    (`Narrative.subjects_of_act`), else all."""
    own = [p for p in event.participants if p.country in story.subjects_of_act]
    return own or event.participants


def note_acting(story, acting: list, spoke: bool, toward: list = ()) -> None:
    """The side that acted in this sentence, which a dropped subject, 'it' or a bare office in the next one goes on
    with (`continued_sides.continued_side`); `spoke`: it made a statement. Kept also when its act named no receiving side
    and stood as no event: who spoke has not changed, nor whom it addressed (`toward`, kept for the same side).
    (actors58) Whether every acting side was named as a state organ other than the government ('X's army'), which a
    bare state name never is: a bare office after that deed is of its state (`bare_body_state.organ_deed_doer`)."""
    sides = [p for p in acting if p.country]
    speak_on(story, [p.country for p in sides], spoke, [p.country for p in toward if p.country],
             bool(sides) and all(p.sector in STATE_ORGAN_SECTORS for p in sides))


def speak_on(story, codes: list[str], spoke: bool, received: list[str], organ: bool = False) -> None:
    """`note_acting` on the states: `codes` acted in this sentence, addressing `received`; `organ`: named as their
    state's organ."""
    if received or codes != story.acting:
        story.acting_toward = received
    voice = story.acting_spoke and codes == story.acting and story.acting_index >= story.index - 1
    story.acting, story.acting_index, story.acting_organ = codes, story.index, organ
    story.acting_spoke = spoke or voice  # 'X said ..., adding that soldiers had been arrested': X still speaks


def voice_went_on(story, closing_voice: bool, opening: list[str]) -> None:
    """A sentence that codes no act of its own yet is a statement ("X's navy said in a statement that a boat had been
    escorted to port. It accused the crew ..."): the state of the body opening it as the voice (`opening`: the states
    named in the subject of `Language.opening_voice`) speaks, and the next sentence's 'It' goes on with it; one that
    ends on a voice naming no side ('..., the navy said in a statement.', `Language.closing_voice`) is the side that
    acted just before still speaking (`continued_sides.continued_side`)."""
    if len(opening) == 1:
        speak_on(story, opening, True, [])
    elif closing_voice and story.acting and story.acting_index == story.index - 1:
        story.acting_index, story.acting_spoke = story.index, True


def voice_over_deed(story, opening: list[str]) -> None:
    """A sentence whose only acts are deeds another side did, told in the words of a statement that opens it ('X's
    ministry said Y's drones had struck a refinery'): the state of the body opening it (`opening`, one state) is the
    voice the next sentence's 'It' goes on with, not the deed's doer (en36: 'It accused Y of ...' is X's)."""
    if len(opening) == 1 and opening != story.acting:
        speak_on(story, opening, True, [])
