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
(groups55b, issue 14) The state such a ground names is no side of the arrest either (`barred_grounds`): 'arrested two
men on charges of spying for Estonia' holds the men, and the state a spy is said to work for is the charge's content.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_charged_gerunds import charged_gerund
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

GROUND_TYPES = frozenset({"COOPERATE", "AID", "SUPPORT"})  # what one is arrested for siding with another
GROUND_REACH = 6  # words from the arrest to the ground's preposition ("detained in Belarus on charges of")
HOLDING = frozenset({("COERCE", "arrest"), ("SANCTION", "convict")})
# (places57) an execution's ground bars its state as an arrest's does ('executed two men convicted of spying for Y')
BARRED_HOLDING = HOLDING | {("ASSAULT", "targeted")}


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


GERUND_END = "ing"


def barred_grounds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(groups55b, issue 14) The hits with the gerund ground of each arrest or conviction barred as its recipient
    (`not_recipient_spans`): 'arrested two men on charges of spying for Estonia', 'detained a trader for working for
    Y's intelligence', 'jailed on suspicion of helping Y': the state the deed names is what the arrested is held for,
    not whom the arrest is done to, which gave that state's government as the arrested. The span runs from the
    allegation preposition (cue `allegation_preps`, at most `GROUND_REACH` words after the act, no clause break
    between) before a gerund to the next clause break or comma; a state named before it ('arrested two Estonians
    for spying') stays the object's."""
    out = []
    for h in hits:
        span = ground_span(toks, h, cues) if (h.type, h.mode) in BARRED_HOLDING and not h.nominal and not h.negated else None
        if span:
            h = replace(h, data={**h.data, "not_recipient_spans": (*h.data.get("not_recipient_spans", ()), span)})
        out.append(h)
    return out


GROUND_STOPS = frozenset({","})  # a comma closes the ground ('..., Kenya said')


def ground_span(toks: list[Token], h: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the gerund ground after the arrest `h` (see `barred_grounds`), else None."""
    e = h.data.get("end_token", h.data["token"])
    for p in range(e + 1, min(len(toks), e + GROUND_REACH + 1)):
        if not toks[p].word or toks[p].low in cues.clause_breaks:
            return None
        if toks[p].low not in cues.allegation_preps:
            continue
        g = p + 1
        while g < len(toks) and toks[g].low in cues.adverbs:
            g += 1
        nxt = toks[g] if g < len(toks) else None
        if nxt is None or not nxt.word or not nxt.raw.islower() or not nxt.low.endswith(GERUND_END) \
                or len(nxt.low) <= len(GERUND_END) + 2:
            continue
        end = next((k for k in range(g + 1, len(toks)) if toks[k].low in cues.clause_breaks
                    or toks[k].low in GROUND_STOPS), len(toks))
        return toks[p].start, toks[end - 1].end
    return None
