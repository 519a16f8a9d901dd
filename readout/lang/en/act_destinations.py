"""(en-acts45) A planned deployment to a destination is a move announced, not a threat against the destination.

'X had decided to send 5,000 troops to Y to help its army', 'X will send troops to Y next month': the manual's
THREATEN is a stated intent to act against another; forces sent 'to' a state go there (often as the ally's help),
and a MOBILIZE told with 'to' places the move without facing anyone (cue `posture_prepositions` names the
prepositions that face a side: 'near', 'along', 'around'). So a future MOBILIZE whose object is followed by 'to' and
a name, with no posture preposition in its clause and no condition (act_conditional keeps 'will send troops to X if
...' a threat), stays the MOBILIZE, planned, as Korean '베네수엘라에 병력을 보낼 예정' reads. The destination receives
nothing (the pipeline's MOBILIZE reading: 'troops sent to Mali' faces no one).

(precision49) A planned deployment told with nothing after its object in its clause ('X had decided to dispatch
about 12,000 soldiers', 'will send 2,000 troops, officials said') faces no one either: no target, no posture
preposition, no condition. It is the move announced, MOBILIZE planned, as Korean '병력을 파견하기로 했다' reads, not a
threat against nobody.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

MOVE_TYPE = "MOBILIZE"
DESTINATION = "to"


def destined_deployments(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each future deployment to a named destination (a THREATEN read from a MOBILIZE of intent) read back
    as that MOBILIZE, planned."""
    return [moved(h) if destined(toks, h, cues) else h for h in hits]


def moved(hit: ActHit) -> ActHit:
    """The deployment itself, planned, its type and mode the lexicon's."""
    data = {k: v for k, v in hit.data.items() if k not in ("stated_type", "stated_mode", "target_spans")}
    return replace(hit, type=MOVE_TYPE, mode=hit.data.get("stated_mode", "troops"), status="planned",
                   data={**data, "destination": True})


def destined(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is a THREATEN read from a planned MOBILIZE whose object runs into 'to' and a capitalized name,
    with no posture preposition after it before the clause ends, or whose object ends its clause (punctuation next)
    with no target found for it."""
    if hit.type != "THREATEN" or hit.data.get("stated_type") != MOVE_TYPE or hit.data.get("modality") != "intent" \
            or hit.data.get("conditional_threat") or hit.negated:
        return False
    k = hit.data["end_token"] + 1
    if k >= len(toks) or not toks[k].word:
        return not hit.data.get("target_spans")
    if k + 1 >= len(toks) or toks[k].low != DESTINATION or not toks[k + 1].raw[:1].isupper():
        return False
    rest = toks[k + 2:]
    stop = next((n for n, t in enumerate(rest) if not t.word or t.low in cues.clause_breaks), len(rest))
    return not any(t.low in cues.posture_prepositions for t in rest[:stop])
