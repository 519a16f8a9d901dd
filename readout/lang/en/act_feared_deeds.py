"""(encoup48) A noun act named as what someone fears: 'feared a border closure by X', 'fears a blockade of its ports'.
The deed is dreaded, not done: no act of its doer is coded (as Korean '봉쇄 가능성을 우려했다' restricts nothing,
lang/ko). The fear verbs are the cue `feared_act_verbs`; a verb act after them ('feared X would close its border')
is read by the modality readers, not here."""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_stopped import owner_start
from readout.lang.en.act_near_words import is_determiner

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

FEARED_MODIFIERS = 3  # lower-case words between the fear verb and the act noun ('feared a possible new blockade')


def feared_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the noun act `hit` is the object of a fear verb, with at most `FEARED_MODIFIERS` lower-case
    determiners or modifiers and a possessive name between ('feared Xia's border closure')."""
    if not hit.nominal:
        return False
    i = hit.data["token"]
    k = i - 1
    while k >= 0 and i - 1 - k < FEARED_MODIFIERS and toks[k].word and toks[k].raw.islower() \
            and (is_determiner(toks[k].low, cues) or toks[k].low not in cues.prepositions) \
            and toks[k].low not in cues.feared_act_verbs:
        k -= 1
    k = owner_start(toks, k)
    return k >= 0 and toks[k].low in cues.feared_act_verbs
