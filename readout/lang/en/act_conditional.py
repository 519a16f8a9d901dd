"""A hostile act a state says it will do if or unless something happens is a threat made now (en36).

"China said it would impose sanctions on Lithuania if it did not reverse course", "Russia will retaliate unless
Finland halts the deployment", "Unless Chad apologizes, Gabon would expel its envoy": the manual's THREATEN is the
statement of a conditional intent to act against another; the statement is made as it is reported, so the event
occurred, whatever tense its words are in ('warned it would' already reads so). The future hostile act alone, with no
condition ("Japan said it would impose tariffs on steel from April"), is an announced measure and stays planned
(act_plover_reading.plover_reading). A condition only governs the act right before it (or, fronted, the act right after its
comma): "X would impose sanctions, and Y would decide if talks resume" threatens nothing.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

HYPOTHETICAL = "hypothetical"  # 'could suspend', 'may expel': a possibility, a threat only under a refused demand
THREATENED_MODALITIES = frozenset({"intent", HYPOTHETICAL})


def conditional_threats(toks: list[Token], hits: list[ActHit], conditional: set[int],
                        spans: list[tuple[int, int]], cues: Cues) -> list[ActHit]:
    """The hits, each future hostile act (`pledge_threat_modes` type, `intent` modality, not negated, outside any
    condition) that a condition clause (`spans`) governs made an occurred THREATEN (its own type kept as
    `stated_type`, its mode the threatened act's)."""
    out = []
    for h in hits:
        if threatening(h, hits, conditional, spans, cues, toks):
            mode = h.mode if h.type == "THREATEN" and h.mode else threat_mode_of(h, cues, "relations")
            h = replace(h, type="THREATEN", mode=mode, status="occurred",
                        data={**h.data, "stated_type": h.data.get("stated_type", h.type), "conditional_threat": True})
        out.append(h)
    return out


def threatening(hit: ActHit, hits: list[ActHit], conditional: set[int], spans: list[tuple[int, int]],
                cues: Cues, toks: list[Token]) -> bool:
    """Whether `hit` is a future hostile act of its own clause that a condition clause governs: one starting after
    it with no verbal act between, or one closed before it with no verbal act between."""
    modality = hit.data.get("modality")
    if hit.type not in cues.pledge_threat_modes or hit.negated or hit.nominal or hit.status != "planned" \
            or modality not in THREATENED_MODALITIES or hit.data["token"] in conditional:
        return False
    verbs = [h.start for h in hits if h is not hit and not h.nominal and h.data["token"] not in conditional]
    governing = [(lo, hi) for lo, hi in spans if lo >= hit.end and not any(hit.end <= v < lo for v in verbs)
                 or hi <= hit.start and not any(hi <= v < hit.start for v in verbs)]
    if modality == HYPOTHETICAL:
        return any(refused(toks, lo, hi, cues) for lo, hi in governing)
    return bool(governing)


def refused(toks: list[Token], lo: int, hi: int, cues: Cues) -> bool:
    """threat60: whether the condition between characters lo and hi is a demand's refusal ('unless X lifts', 'if X
    does not lift'): only under one is a possible hostile act ('could suspend', 'may expel') held over the one asked;
    'could expel its envoy if the talks fail' foresees, it asks nothing."""
    words = {t.low for t in toks if lo <= t.start < hi}
    return bool(words & cues.conditions) or bool(words & cues.negation)
