"""(plover58b) The one a shared intelligence helped receives it: 'Intelligence shared by X helped Ugandan police find
the suspects', 'Information provided by X enabled Y to ...'.

Why: plover58 read the noun's form with its sharer after 'by' (COOPERATE intelligence, the partner after 'with' or
'to'); where the sentence names the partner only as the object of the verb the noun phrase is the subject of ('helped
Y', 'enabled Y'), the act had no recipient, though the manual's COOPERATE intelligence is shared with someone and the
news names that someone so. Rule: a noun act of `BENEFIT_TYPES` with its agent after 'by' (`agent_span`), followed right
after that phrase by a verb of helping (`HELP_VERBS`), takes the name phrase after the verb (an optional 'the', one to
three capitalized words, an optional lower-case head: 'Ugandan police', 'the Libyan army') as its target
(`target_spans`). A lower-case object ('helped police find ...') names no state and is left.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

BENEFIT_TYPES = frozenset({"COOPERATE"})  # material cooperation whose receiver may be named as the one it helped
HELP_VERBS = frozenset({"helped", "helps", "enabled", "enables", "allowed", "allows", "assisted", "assists"})
DETERMINERS = frozenset({"the"})
NAME_WORDS = 3  # capitalized words of the helped side's name ('the Democratic Republic of Congo' aside)


def helped_beneficiaries(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each noun act of `BENEFIT_TYPES` told as helping a named side given that side as its target."""
    return [helped(toks, h, cues) or h if h.nominal and h.type in BENEFIT_TYPES and "agent_span" in h.data
            and not h.data.get("target_spans") else h for h in hits]


def helped(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    """The hit with the helped side's span as its target, or None when no verb of helping follows its agent."""
    end = hit.data["agent_span"][1]
    j = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if j >= len(toks) or toks[j].low not in HELP_VERBS:
        return None
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low in DETERMINERS)
    first = k
    while k < len(toks) and k - first < NAME_WORDS and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    if k == first:
        return None
    if k + 1 < len(toks) and toks[k].word and toks[k].raw.islower() \
            and toks[k].low not in cues.prepositions and toks[k].low not in cues.infinitive:
        k += 1  # the head noun after a demonym: 'Ugandan police'
    return replace(hit, data=dict(hit.data, target_spans=((toks[first].start, toks[k - 1].end),)))
