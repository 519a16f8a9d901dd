"""(request59) A thing that presses or demands is no requester: 'Western tariffs are already pressing the country's
economy', 'The crisis demands a firm response from the bloc', 'Soaring prices have pushed the government to act'.

Why: PLOVER's REQUEST is an appeal one side makes to another. With a measure, a price or a situation as the verb's
subject (cue thing_subject_nouns, the noun right before the verb and its auxiliaries or adverbs) the sentence tells
an effect or a need, not an appeal; read as a request it took the sides of whatever the sentences before named. A
state or person as subject ('Chile pressed Peru to lower its tariffs') keeps its request, and so does a participle
with its agent ('the measures demanded by Chile'), which tells the agent's demand.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

AGENT_MARK = "by"  # 'the measures demanded by X': X demanded them


def thing_pressures(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each verbal REQUEST whose subject is a thing (`thing_subject`)."""
    return [h for h in hits if not (h.type == "REQUEST" and not h.nominal and thing_subject(toks, h, cues))]


def thing_subject(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the word right before the hit's verb, past its auxiliaries and adverbs, is a noun of
    `thing_subject_nouns`, and no agent phrase follows the verb."""
    first = next((k for k, t in enumerate(toks) if t.start >= hit.start), None)
    if first is None:
        return False
    last = next((k for k, t in enumerate(toks) if t.start >= hit.end), len(toks))
    if last < len(toks) and toks[last].low == AGENT_MARK:
        return False
    walk = cues.adverbs | cues.copulas | cues.perfect_auxiliaries | cues.future_auxiliaries | cues.support_auxiliaries
    k = first - 1
    while k >= 0 and toks[k].low in walk:
        k -= 1
    return k >= 0 and toks[k].low in cues.thing_subject_nouns
