"""A retaliation's means names what is threatened (threats49): "X vowed to retaliate with tariffs of its own", "X
threatened to hit back with sanctions against Y".

Why a rule: the lexicon reads a verb of retaliating as force (ASSAULT), so a threat of it is a threat of violence.
The PLOVER manual's THREATEN mode is "the content of the threat": paying back with a trade or political measure
(`measure_nouns` after "with") threatens that measure (an economic SANCTION, whose threat mode is `restrict`), not violence. The
pledge stays what the pipeline reads it as otherwise (a vow of retaliation stands with no one named, as before).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.threat_modes import threat_mode
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

MEANS = "with"
MEANS_REACH = 3  # words from the retaliation verb to "with" ("retaliate swiftly with", "hit back with")
MEASURE_REACH = 4  # words from "with" to the measure noun ("with 25% tariffs of its own")
FORCE = "ASSAULT"
MEASURE = "SANCTION"
MEASURE_CONTEXTS = ("economic",)  # modes71: a measure paid back with (sanctions, tariffs) is a trade measure: restrict


def retaliation_means(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each threat of force whose retaliating verb is paid back "with" a measure given the measure's mode."""
    at = {t.start: n for n, t in enumerate(toks)}
    out = []
    for h in hits:
        verb = at.get(h.data.get("complement", -1))
        if h.type == "THREATEN" and h.data.get("threatened") == FORCE and verb is not None \
                and paid_with_measure(toks, verb, cues):
            h = replace(h, mode=threat_mode(MEASURE, None, MEASURE_CONTEXTS, h.mode), data={**h.data, "paid_with": MEASURE})
        out.append(h)
    return out


def paid_with_measure(toks: list[Token], verb: int, cues: Cues) -> bool:
    """Whether "with" follows the verb at `verb` closely and a measure noun follows it, all in one phrase."""
    w = next((j for j in range(verb + 1, min(len(toks), verb + 2 + MEANS_REACH)) if toks[j].low == MEANS), None)
    if w is None or any(not toks[j].word for j in range(verb + 1, w)):
        return False
    return any(toks[j].low in cues.measure_nouns for j in range(w + 1, min(len(toks), w + 1 + MEASURE_REACH)))
