"""Shows of force named by a deed word: drills of a kind ('a precision bombing drill') and warning fire.

Why: the dev gold and the writers of the closed batches code drills, weapons tests and fire that hits no one as
MOBILIZE, a show of force. A deed noun that names the kind of a drill ('a precision bombing drill', 'a live-fire
strike exercise', 'a firing drill') was read as the deed itself, an ASSAULT beside the drill's MOBILIZE (or, through
'held a ... strike', a labour strike); the drill noun right after it says no bomb fell on anyone. Warning shots are
fired so as not to hit: the same show of force, by the firer, aimed at the side warned (the subject of the cause
clause after it, 'after soldiers of X crossed the line', or the other side of the acts just reported), which the
lexicon's warning reading already finds; only the type changes.

(precision49) A deed noun that a verb of rehearsal takes as its object ('an exercise that simulated blockades and
strikes on ports', 'rehearsed an attack on X's platforms', cue `rehearsal_verbs`) is the scenario the drill plays out:
no strike, no blockade, and no side struck. The drill keeps its own reading.

(coding63) A crowd-control weapon fired in a drill ('police fired tear gas during a training drill', cue
`drill_frame_preps` before a drill noun) is no force on anyone: the manual's ASSAULT crowd-control is used on a crowd.
Korean '훈련 중 최루탄을 발사했다' reads so (lang/ko/act_figures.drill_fire).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SHOWS_OF_FORCE = frozenset({"MOBILIZE", "COOPERATE"})  # a drill's own readings: one state's, or a joint one


def drill_compounds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each deed read from a word right before a drill noun made a show of force: dropped where
    another hit already reads the drill ('conducted a precision bombing drill'), else a verb's reading becomes
    the drill's MOBILIZE ('held a live-fire strike exercise') and a bare noun's is dropped ('the bombing drill
    angered X' reports the drill, whose owner the noun does not give)."""
    out = []
    for h in hits:
        drill = drill_token(toks, h, cues)
        if drill is None:
            out.append(h)
        elif not h.nominal and not any(covers(o, drill) for o in hits if o is not h):
            out.append(replace(h, type="MOBILIZE", mode="troops", target=(), contexts=("military",),
                               data=dict(h.data, stated_type=h.type, drill=True)))
    return out


def drill_token(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The drill noun right after the words a hit of another kind than a drill's matched, if any."""
    if hit.type in SHOWS_OF_FORCE:
        return None
    j = hit.data.get("end_token", hit.data.get("token", -1)) + 1
    return j if 0 < j < len(toks) and toks[j].low in cues.drill_nouns else None


def covers(hit: ActHit, k: int) -> bool:
    """Whether a show-of-force hit's matched words reach token `k` ('conducted a ... drill' reaches 'drill')."""
    return hit.type in SHOWS_OF_FORCE and hit.data.get("token", -1) <= k <= hit.data.get("end_token", -1)


def warning_fire(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with warning shots fired ('fired warning shots at X') read as a show of force by the firer: MOBILIZE
    with no mode (neither a deployment nor a weapons test), keeping the side the warning reading found. The bare noun
    ('what it called warning shots') stays the warning it was read as: a show of force needs no receiving side to
    stand as an event, and the noun's clause may deny the firing its verb states."""
    return [replace(h, type="MOBILIZE", mode=None, data=dict(h.data, stated_type=h.type, aimed_show=True))
            if h.type == "THREATEN" and not h.nominal and h.data.get("object") in cues.warning_fire else h
            for h in hits]


REHEARSAL_REACH = 8  # words from a verb of rehearsal to the deed noun of its object ('simulated a blockade of X and strikes')


def rehearsed_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the deeds named in the object of a verb of rehearsal ('simulated strikes on ports')."""
    return [h for h in hits if not (h.type not in SHOWS_OF_FORCE and rehearsed(toks, h, cues))]


def rehearsed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """A verb of rehearsal stands a few words before the noun, with no punctuation between (the object phrase may
    list other nouns first: 'simulated a blockade of X and strikes'). A word the walk read as a verb ('strikes')
    counts only with lower-case words between, none a name that could open a clause of its own ('simulated an
    invasion and China struck')."""
    i = hit.data.get("token", 0)
    for k in range(i - 1, max(-1, i - 1 - REHEARSAL_REACH), -1):
        if not toks[k].word or not hit.nominal and not toks[k].raw.islower():
            return False
        if toks[k].low in cues.rehearsal_verbs:
            return True
    return False


DRILL_FRAME_REACH = 8  # tokens from a weapon's verb to the preposition of a drill ('fired tear gas at riot police
# officers during a training drill')
DRILL_NOUN_REACH = 3  # tokens from that preposition to the drill noun ('during a police training drill')


def drilled_crowd_weapons(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(coding63) The hits without a crowd-control weapon fired in a drill (`in_drill`)."""
    return [h for h in hits if not (h.mode == CROWD_CONTROL and in_drill(toks, h, cues))]


def in_drill(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """A drill preposition (`drill_frame_preps`) a few words from the act word, on either side, with a drill noun
    (`drill_nouns`) right after it, no sentence punctuation between: 'during a training drill', 'at an exercise'."""
    i = hit.data.get("token")
    if i is None:
        return False
    for k in range(max(0, i - DRILL_FRAME_REACH), min(len(toks), i + DRILL_FRAME_REACH + 1)):
        if toks[k].low not in cues.drill_frame_preps:
            continue
        between = range(min(i, k) + 1, max(i, k))
        if any(not toks[b].word and toks[b].raw in ".;" for b in between):
            continue
        if any(toks[j].low in cues.drill_nouns for j in range(k + 1, min(len(toks), k + 1 + DRILL_NOUN_REACH))):
            return True
    return False


def reaction_forces(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(drills42) The hits with forces scrambled (`reaction_verbs`: 'Y scrambled fighter jets') marked `reaction`: a
    scramble answers a show of force, so the pipeline aims it at the state that mobilized before it in the story
    (pipeline/act_recipient_readers.answered_show_of_force), never making that state a second actor."""
    return [replace(h, data=dict(h.data, reaction=True))
            if h.type == "MOBILIZE" and h.lemma in cues.reaction_verbs else h for h in hits]


def posture_participles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(drills42) The hits without a participle of posture right after a drill noun ('drills encircling X',
    `posture_prepositions`): it places the drill, whose MOBILIZE faces X (act_targets.facing_spans); no one was
    encircled by force."""
    return [h for h in hits if not (h.type not in SHOWS_OF_FORCE and not h.nominal and 0 < h.data.get("token", 0)
                                     and toks[h.data["token"]].low in cues.posture_prepositions
                                     and toks[h.data["token"] - 1].low in cues.drill_nouns)]
