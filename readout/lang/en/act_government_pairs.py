"""(enactor48) A state's government forces and the rebels fighting them, named together by no state ('government forces
and rebels agreed to a ceasefire', 'rebels and government troops signed a truce'): both are parts of the one state the
story is about. The hit is marked `home_subject`, so the pipeline takes the state the story is filed from (the
dateline's, pipeline/act_actor_defaults.unnamed_actors), not the state of the place the accord was signed in nor the
speaker who reported it ('Algeria's foreign minister said government forces and rebels had agreed').

Rule: a verb act whose subject, read back over auxiliaries, adverbs and a date, is two people phrases joined by 'and':
one 'government' and a noun of a state's forces (the agent table's 'government forces', 'government troops': MIL),
the other a noun of an armed group (REB: 'rebels', 'insurgents'), each after an optional 'the'; and before them no
state's name or possessive ('Malian government forces', "Mali's rebels" name their state and keep that reading).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_people_subjects import auxiliary, date_lead
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of
from readout.sectors import ARMED_GROUP_SECTORS, STATE_FORCE_SECTORS

HOME = "home_subject"
GOVERNMENT = "government"
AND = "and"
THE = "the"
POSSESSIVE_ENDS = ("'s", "s'")


def government_pairs(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The verb hits whose subject is a state's unnamed government forces and rebels, marked `home_subject`."""
    out = []
    for h in hits:
        if not h.nominal and HOME not in h.data and "agent_span" not in h.data and paired_subject(toks, h, cues):
            h = replace(h, data={**h.data, HOME: True})
        out.append(h)
    return out


def paired_subject(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the subject before the hit's verb is the government's forces and an armed group, no state named."""
    j = hit.data["token"] - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                       or toks[j].low in cues.adverbs or date_lead(toks, j, cues)):
        j -= 1
    second = conjunct(toks, j)
    if second is None or second[0] < 1 or toks[second[0] - 1].low != AND:
        return False
    first = conjunct(toks, second[0] - 2)
    if first is None:
        return False
    kinds = {second[1], first[1]}
    if kinds != {"forces", "armed"}:
        return False
    k = first[0] - 1
    return k < 0 or not toks[k].word or not (toks[k].raw[:1].isupper() or toks[k].low.endswith(POSSESSIVE_ENDS))


def conjunct(toks: list[Token], j: int) -> tuple[int, str] | None:
    """The people phrase ending at token j: (its first token, 'forces' for 'government' and a state's forces noun,
    'armed' for an armed group's noun), after an optional 'the'; None for any other phrase."""
    if j < 0 or not toks[j].word:
        return None
    if j >= 1 and toks[j - 1].low == GOVERNMENT and sector_of(f"{GOVERNMENT} {toks[j].low}") in STATE_FORCE_SECTORS:
        start, kind = j - 1, "forces"
    elif sector_of(toks[j].low) in ARMED_GROUP_SECTORS:
        start, kind = j, "armed"
    else:
        return None
    if start >= 1 and toks[start - 1].low == THE:
        start -= 1
    return start, kind
