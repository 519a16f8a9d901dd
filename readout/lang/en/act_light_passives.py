"""(acts60b, issue 13) The doer of an act noun that is the subject of a passive light verb: 'Threats against X's
fishing fleet were made by Y', 'Protests outside X's embassy were staged by Y's students', 'Accusations against X
were levelled by Y'.

Why: the light verb ('made', 'staged', cue `light_passive_participles`) is no act of its own, so no verb hit reads its
'by' phrase, and the noun act, the verb's passive subject, found no doer before it: the event was lost. Rule: a noun
hit with no agent of its own, followed within `SUBJECT_REACH` words of its phrase (no punctuation, no clause break)
by a form of 'be', one of those participles (and 'out': 'carried out by') and 'by' with a name or a people's word
right after it, takes that 'by' phrase as its agent (`agent_span`, up to a preposition, a clause break or
punctuation). The object phrase the noun names ('against X's fleet') stays its target. Limits: a participle that is
an act verb of its own ('imposed', 'launched') is read by its own passive; a 'by' phrase of no capitalized word ('by
students') names no doer here.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_near_words import is_determiner

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

SUBJECT_REACH = 8  # words from the act noun to its passive's 'be' ('Threats against the fishing fleet of X were')
LIGHT_PARTICLES = frozenset({"out"})  # 'carried out by'


@budget.table()
def light_passive_participles() -> frozenset[str]:
    """The light verbs' participles (`light_passive_participles` in lexicon/en_acts.yaml)."""
    from readout.lang.act_lexicon import load_act_lexicon  # imported when first asked, as act_possible_deeds does

    return load_act_lexicon("en").cue("light_passive_participles")


def light_passive_agents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each noun hit with no agent, marked with the 'by' phrase of the light passive it is the subject of."""
    verbs = {h.data["token"] for h in hits if not h.nominal and "token" in h.data}
    out = []
    for h in hits:
        if h.nominal and "agent_span" not in h.data and "token" in h.data:
            span = light_passive_agent(toks, h.data.get("end_token", h.data["token"]), verbs, cues)
            if span is not None:
                h = replace(h, data={**h.data, "agent_span": span, "light_passive": True})
        out.append(h)
    return out


def light_passive_agent(toks: list[Token], last: int, verbs: set[int], cues: Cues) -> tuple[int, int] | None:
    """The (start, end) offsets of the 'by' phrase of the light passive whose subject phrase the noun ending at token
    `last` heads, or None."""
    be = next((b for b in range(last + 1, min(len(toks), last + SUBJECT_REACH + 1))
               if not toks[b].word or toks[b].low in cues.clause_breaks or toks[b].low in cues.be), None)
    if be is None or not toks[be].word or toks[be].low not in cues.be:
        return None
    p = be + 1
    while p < len(toks) and (toks[p].low in cues.adverbs or toks[p].low.endswith("ly")):
        p += 1
    if p >= len(toks) or toks[p].low not in light_passive_participles() or p in verbs:
        return None
    p += 1 if p + 1 < len(toks) and toks[p + 1].low in LIGHT_PARTICLES else 0
    if p + 2 >= len(toks) or toks[p + 1].low != "by":
        return None
    first = p + 2
    k = first
    while k < len(toks) and toks[k].word and is_determiner(toks[k].low, cues):
        k += 1
    if k >= len(toks) or not toks[k].word or not toks[k].raw[:1].isupper():
        return None
    end = k
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].low not in cues.prepositions \
            and toks[end + 1].low not in cues.clause_breaks:
        end += 1
    return toks[first].start, toks[end].end
