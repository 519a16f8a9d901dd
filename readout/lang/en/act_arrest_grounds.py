"""(plover54) The ground of an arrest or a sentence told by a gerund: 'arrested X for collaborating with Y', 'detained
in Z on charges of aiding Y', 'jailed on suspicion of cooperating with Y's intelligence'.

Why: the gerund names what the arrested is held for, a suspicion of the arresting side, not a deed the story tells
as done; read as an act it gave an occurred COOPERATE (or AID, SUPPORT) of the arrested with Y, which neither the
arrest nor a charge states, while 'accused X of collaborating with Y' keeps it the charge's content and Korean
'Y와 협력한 혐의로 체포했다' (the 혐의 clause) tells none. Rule: a non-nominal hit of a cooperative type
(`GROUND_TYPES`) whose word is a gerund right after an allegation preposition (cue `allegation_preps`, past adverbs),
with an arrest (COERCE arrest) or a conviction (SANCTION convict) ending at most `GROUND_REACH` words before that
preposition and no clause break between, is dropped. A deed of force stays as the charged deeds keep it
(`act_charged_gerunds`): 'arrested X for attacking police' tells the attack, as the accusation of it does.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_charged_gerunds import charged_gerund
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

GROUND_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT"})  # what one is arrested for siding with another
GROUND_REACH = 6  # words from the arrest to the ground's preposition ("detained in Belarus on charges of")
HOLDING = frozenset({("COERCE", "arrest"), ("SANCTION", "convict")})


def arrest_grounds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the cooperative gerunds that are the ground of an arrest or a conviction before them."""
    ends = [h.data.get("end_token", h.data["token"]) for h in hits if (h.type, h.mode) in HOLDING and not h.negated]
    if not ends:
        return hits

    def ground(h: ActHit) -> bool:
        p = charged_gerund(toks, h, cues, GROUND_TYPES)
        return p is not None and any(0 < p - e <= GROUND_REACH and all(
            t.word and t.low not in cues.clause_breaks for t in toks[e + 1:p]) for e in ends)

    return [h for h in hits if not ground(h)]
