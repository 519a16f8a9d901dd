"""The particle of a phrasal verb moved past its object: 'handed the two men over to X', 'turned the suspects over',
'gave their weapons up'. English puts the particle of a separable phrasal verb after a short object as often as before
it; an entry that needs both (hand over + people) matched only 'handed over the two men'.

Structure, not a word list of verbs: the entry says it has a particle and objects; the object phrase is read from
right after the verb (`find_object`, its window) and must end on the word right before the particle. Only the
particles that move (adverbial ones: over, up, down, back, off) do: a preposition after a noun ('handed weapons in
Kabul') starts a phrase of its own.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.act_tokens import Token

MOVABLE_PARTICLES = frozenset({"over", "up", "down", "back", "off"})


def object_before_moved_particle(toks: list[Token], k: int, cand: Candidate, cues: Cues, windows: dict,
                                 find_object) -> tuple[int, int] | None:
    """The (first, last) tokens of the entry's object standing between its verb (its next word at k) and its moved
    particle, which follows the object's last word right away; None when there is none."""
    if not cand.objects or not cand.particle or cand.particle[0] not in MOVABLE_PARTICLES:
        return None
    found = find_object(toks, k, cand.objects, cues, windows)
    if found is None:
        return None
    after = found[1] + 1
    if not all(after + n < len(toks) and toks[after + n].low == w for n, w in enumerate(cand.particle)):
        return None
    return found
