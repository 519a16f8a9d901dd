"""(window72) A noun act that a noun act of stopping governs: 'the halt of aid to X', 'a freeze of military aid to X'.
The aid named there is what is stopped, no act of giving; its noun reading is dropped (the stopping noun's own
entry, as 'suspension of', reads the act)."""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_near_words import is_determiner
from readout.lang.en.act_tokens import Token

STOPPED_MODIFIERS = 2  # lower-case words between 'of' and the governed noun ('of all development aid')


def stopped_noun(toks: list[Token], i: int, cues: Cues) -> bool:
    """Token i is a noun governed through 'of' by a noun act of stopping (`window_ending_acts`), with at most
    `STOPPED_MODIFIERS` lower-case modifiers or determiners between ('the cancellation of all food aid'), and
    (encoup48) a state's possessive name before them ('the end of Xia's border closure': X's closure ended)."""
    k = i - 1
    while k >= 0 and i - 1 - k < STOPPED_MODIFIERS and toks[k].word and toks[k].raw.islower() \
            and toks[k].low != "of" and (is_determiner(toks[k].low, cues) or toks[k].low not in cues.prepositions):
        k -= 1
    k = owner_start(toks, k)
    return k >= 1 and toks[k].low == "of" and toks[k - 1].low in cues.window_ending_acts


POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
OWNER_WORDS = 3  # capitalized words of a possessive name ('South Korea's', 'the United States'')


def owner_start(toks: list[Token], k: int) -> int:
    """The token before a possessive name ending at token k ('Bolivia's', 'South Korea's'), or k when token k
    ends no possessive capitalized name."""
    if k < 0 or not toks[k].raw[:1].isupper() or not toks[k].raw.endswith(POSSESSIVE_ENDINGS):
        return k
    j = k - 1
    while j >= 0 and k - j < OWNER_WORDS and toks[j].word and toks[j].raw[:1].isupper():
        j -= 1
    return j
