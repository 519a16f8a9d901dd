"""A measure ordered, not yet in force, is a threat (threats49): "X's president ordered his trade minister to raise
tariffs on Y's imports", "X directed its government to impose sanctions on Y".

Why a reader of its own: the finder reads the sanction in the order's infinitive as the measure itself (SANCTION), or
as planned. An order to one's own officials makes no measure take effect: it declares the government's intent to act
against the measure's target, the PLOVER manual's THREATEN ("a statement of intent to take a negative action"), made
as it is said (occurred), its mode the measure's (`threat_mode_of`: a trade measure restricts). One rule in both
languages (lang/ko/act_ordered_measures): an order TO impose a sanction is THREATEN at the sanction's target; a measure
imposed or ordered as a noun ("imposed tariffs on Y", "ordered tariffs on Y") stays SANCTION, and so does an order to
break relations (told as the break itself).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ORDER_REACH = 10  # words from the verb of ordering to the measure ("directed his administration to impose emergency tariffs")
INFINITIVE = "to"
MEASURES = frozenset({"SANCTION"})


def ordered_measures(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each sanction in the infinitive an order governs made the speaker's THREATEN of it."""
    return [replace(h, type="THREATEN", mode=threat_mode_of(h, cues), status="occurred",
                    data={**h.data, "stated_type": h.type, "threatened": h.type, "ordered_measure": True,
                          "modality": None})
            if h.type in MEASURES and not h.negated and sanction_named(toks, h, cues) and ordered(toks, h.data["token"], cues)
            else h for h in hits]


def sanction_named(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """Whether the measure is a sanction noun (`measure_nouns`: tariffs, sanctions, an embargo), as its object or its
    own word: an order to break relations or recall an envoy is the break or the recall itself ("instructed its
    foreign minister to break relations with Y": SANCTION)."""
    return (h.data.get("object") or toks[h.data["token"]].low) in cues.measure_nouns


def ordered(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether a verb of ordering (`order_verbs`) stands before token i in its clause with "to" between."""
    for j in range(i - 1, max(-1, i - 1 - ORDER_REACH), -1):
        if not toks[j].word and toks[j].low not in ("%", "'", '"'):
            return False
        if toks[j].low in cues.order_verbs:
            return any(toks[k].low == INFINITIVE for k in range(j + 1, i))
    return False
