"""(enkidnap46) A force participle describing a request's object whose 'by' phrase names its doer.

'called for the release of engineers kidnapped by Somalia', 'demanded the freeing of sailors abducted by Houthi
rebels': the participle is a reduced relative (act_context.reduced_relative), no act of the requester, but unlike
'kidnapped in X' or 'kidnapped by gunmen' its agent is named: a capitalized name (a state, a group, a people's
adjective before an armed noun) right after 'by'. The deed stands, passive, with that agent as its actor, as
'engineers were kidnapped by Somalia' reads. An agent of no name ('by gunmen', 'by unknown attackers') leaves the
doer unnamed: the participle stays background and no one is made its doer.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_near_words import is_determiner

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

AGENTED_TYPES = frozenset({"ASSAULT"})  # abductions and other force on the people whose release is asked
PATIENT_WORDS = 5  # words of the noun phrase the participle describes ('two Chilean aid workers')


def named_agent(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The token opening the 'by' phrase right after the participle at token i when its first word past a
    determiner is capitalized (a name: 'by Somalia', 'by the Taliban', 'by Houthi rebels'); None otherwise."""
    if i + 2 >= len(toks) or toks[i + 1].low != "by":
        return None
    k = i + 2
    while k < len(toks) and toks[k].word and is_determiner(toks[k].low, cues):
        k += 1
    if k >= len(toks) or not toks[k].word or not toks[k].raw[:1].isupper():
        return None
    return i + 2


def agented_past(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether token i is a regular past form ('kidnapped', 'abducted') with a named 'by' agent right after it: a
    participle, though the CAMEO list keeps it as a lemma of its own and a noun may stand before it (the walk reads
    'engineers kidnapped' as no noun compound)."""
    return toks[i].low.endswith("ed") and named_agent(toks, i, cues) is not None


def noun_before(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the word right before token i is the noun the participle describes: a word, no form of 'be' or of
    'have' and no adverb ('engineers kidnapped by X'; 'were kidnapped by X' is a passive the clause reader reads)."""
    if i < 1 or not toks[i - 1].word:
        return False
    low = toks[i - 1].low
    return low not in cues.be and low not in cues.perfect_auxiliaries and low not in cues.copulas \
        and low not in cues.adverbs and not low.endswith("ly")


def agented_participle(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    """The hit read as a passive whose agent is the 'by' phrase (`agent_span`, up to a clause break or another
    preposition) and whose target is the noun phrase right before the participle (`target_spans`, back to 'of', a
    determiner's start or a verb), when it is a verb of force (`AGENTED_TYPES`) in a regular past form with a named
    agent right after it and no object of its own; None otherwise. It is marked `suffered` too: when the agent names
    no state or group, no one else (the requester) is made the doer."""
    i = hit.data["token"]
    if hit.type not in AGENTED_TYPES or hit.nominal or hit.data.get("end_token", i) != i or hit.data.get("passive") \
            or "object_token" in hit.data or not agented_past(toks, i, cues) or not noun_before(toks, i, cues):
        return None
    end = i + 2
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].low not in cues.prepositions \
            and toks[end + 1].low not in cues.clause_breaks and toks[end + 1].low not in cues.relative:
        end += 1
    first = i - 1
    while first > 0 and toks[first - 1].word and toks[first - 1].low not in cues.prepositions \
            and toks[first - 1].low not in cues.clause_breaks and i - first < PATIENT_WORDS:
        first -= 1
    return replace(hit, data={**hit.data, "passive": True, "by": toks[i + 2].start, "named_agent": True,
                              "suffered": True, "agent_span": (toks[i + 2].start, toks[end].end),
                              "target_spans": ((toks[first].start, toks[i - 1].end),)})
