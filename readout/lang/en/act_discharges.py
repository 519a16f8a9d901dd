"""Releases of matter: a release that frees no one.

Why: PLOVER's manual codes a release of persons (prisoners, hostages, detainees) as RETREAT, and their pardon as
CONCEDE; the verb "release" and its noun also name letting matter out into the world ("released treated
water into the sea", "the wastewater release began", "the release of radioactive gas"). Such a release hands
nothing to any side: it is no act. The matter is a word of `discharged_matter` (substances and emissions, not
people or vessels) standing as the verb's object, after the noun's "of", or before the noun as its modifier
("water release"); publishing verbs ("released a report") are read elsewhere (`informational_objects`).
"""
from __future__ import annotations

from readout.lang.act_lexicon import ActEntry
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import object_among

RELEASE_MODE = "release"
MODIFIER_REACH = 2  # words before the noun where its matter may stand: 'treated water release'


def releases_matter(toks: list[Token], i: int, end_tok: int, entry: ActEntry, cues: Cues) -> bool:
    """Whether the release trigger at token i (through `end_tok`) lets out matter rather than people."""
    if entry.mode != RELEASE_MODE:
        return False
    if any(toks[k].low in cues.discharged_matter for k in range(max(0, i - MODIFIER_REACH), i)):
        return True  # 'the water release', 'the treated water release' (a noun, whichever reading the word got)
    j = end_tok + 1
    if entry.pos == "noun" and toks[end_tok].low != "of" and j < len(toks) and toks[j].low == "of":
        j += 1
    return object_among(toks, j, cues, cues.discharged_matter)
