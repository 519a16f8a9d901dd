"""(kospeaker68) A speaker named after the quoted complement: '...포격했다고 A 정부가 주장했다'.

A Korean verb of saying may follow its complement with its own subject in between, as English puts the speaker
last ('..., A claimed'): the complement's quote ending, then the speaker's noun run closed by a subject or topic
particle, then the saying predicate a few morphemes on. The verb still says the complement, so it is found past the
speaker; the speaker bound (`act_verdict_complements.speaker_bound`) then sees the subject after the complement and keeps the
complement's own subject as the accused.
"""
from __future__ import annotations

from readout.lang.ko.tags import NOUN_TAGS

SPEAKER_TAGS = NOUN_TAGS | {"NNB"}  # a speaker's noun run: names, offices, an affix ('외교부 대변인', '말리 정부')
SPEAKER_REACH = 6  # the morphemes a speaker's noun run may span ('말리 외교부 대변인', with a split name)


def past_trailing_speaker(toks: list, k: int, particles: dict) -> int | None:
    """The index just after the particle closing a speaker's noun run starting at `k` (a subject or topic particle
    of `particles`, by tag), or None when the words at `k` are no such run (a verb, an object, a clause ending)."""
    j = k
    while j < len(toks) and j - k < SPEAKER_REACH and toks[j][1] in SPEAKER_TAGS:
        j += 1
    if j == k or j >= len(toks) or toks[j][0] not in particles.get(toks[j][1], ()):
        return None
    return j + 1
