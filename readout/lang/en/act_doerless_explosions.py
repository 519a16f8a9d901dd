"""(kocoerce66) A device that went off with the harm it did named: 'A bomb exploded in X, killing five people'.

An explosion verb (`explosion_lemmas`: explode, detonate) whose subject is an explosive device (`explosive_devices`:
bomb, car bomb, explosive device, mine ...) and whose harm follows as a participle after a comma (', killing five
people', ', wounding ...': an ASSAULT verb of harm, `harm_lemmas`) is one attack by no side named, as 'a suicide
bombing in X killed five people' is: the explosion carries the participle's victims (`victims`, and its
`domestic_target`), so the pipeline's attackers_of_victims gives it the place's state (the manual and the PLOVER
gold code such a bombing with the place's side, its victims the people there), and the participle's own hit goes
(one event, not two). The PLOVER gold codes such a sentence ASSAULT with no known source. Not a device that harmed no
one ('a bomb exploded in a field'), nor a thing that is no weapon ('a tyre exploded, injuring the driver').
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.harm_objects import object_target

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

SUBJECT_REACH = 4  # words from the explosion verb back to its device ('a powerful roadside bomb exploded')
PARTICIPLE_REACH = 8  # words from the explosion verb to its participle of harm (', in Kabul on Monday, killing')
COMMA = ","


def doerless_explosions(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The explosions of a device with a participle of harm after them: each takes the harm's victims; the harm
    participle's own hit is dropped."""
    out, dropped = list(hits), set()
    for n, h in enumerate(hits):
        if h.type != "ASSAULT" or h.nominal or h.lemma not in cues.explosion_lemmas \
                or not device_subject(toks, h, cues):
            continue
        harm = participle_harm(toks, h, hits[n + 1:], cues)
        object_target(toks, harm)  # plover59: 'killing four villagers': the entry's object is the harmed
        if harm is None or "domestic_target" not in harm.data:
            continue
        out[n] = replace(h, data={**h.data, "victims": harm.data["domestic_target"],
                                  "domestic_target": harm.data["domestic_target"],
                                  "domestic_sector": harm.data.get("domestic_sector")})
        dropped.add(id(harm))
    return [h for h in out if id(h) not in dropped]


def device_subject(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """An explosive device stands right before the verb, as its subject ('A car bomb exploded')."""
    k = hit.data["token"]
    return any(t.low in cues.explosive_devices for t in toks[max(0, k - SUBJECT_REACH):k])


def participle_harm(toks: list[Token], hit: ActHit, later: list[ActHit], cues: Cues) -> ActHit | None:
    """The ASSAULT verb of harm read as a participle after a comma within reach ('..., killing five people')."""
    end = hit.data["end_token"]
    for other in later:
        k = other.data["token"]
        if k - end > PARTICIPLE_REACH:
            return None
        if other.type == "ASSAULT" and other.lemma in cues.harm_lemmas and toks[k].low.endswith("ing") \
                and toks[k - 1].low == COMMA and not other.nominal:
            return other
    return None
