"""(enclause50) A threat whose object is the measure threatened ('threatened steep tariffs', 'threatened punishing
sanctions on X'): the object names what is threatened, not whom.

Why: a verb of threatening takes its addressee as object ('threatened Peru'), so the object span of 'threatened
steep tariffs' was read as the one threatened; it names no state, and with no state there the threat had no receiving
side and was dropped (or took whatever state stood nearest). When a measure noun governed by the threat (a SANCTION,
COERCE or ASSAULT noun hit: tariffs, sanctions, strikes) stands in that span, the threat is aimed where the measure
would land (the measure's own target phrase: 'on X'), else at no one named: marked `unaddressed`, so the pipeline
gives it the other side of the acts just reported ('X turned back the flights, and Y threatened steep tariffs')."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_cues import Cues

MEASURES = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # what a threat may name as its content


def measure_objects(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verbal THREATEN whose first target span holds a governed measure noun re-aimed at that
    measure's target (or marked unaddressed); a threat with no mode of its own takes the measure's (sanction59:
    'threatened steep tariffs' restricts, as 'threatened to impose tariffs' does: `threat_mode_of`)."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans") or ()
        if h.type == "THREATEN" and not h.nominal and spans:
            lo, hi = spans[0]
            measure = next((g for g in hits if g.nominal and g.type in MEASURES and lo <= g.start < hi
                            and g.data.get("modality") == "governed"), None)
            if measure is not None:
                aimed = tuple(s for g in joined_measures(hits, measure) for s in g.data.get("target_spans") or ())
                data = {**h.data, "target_spans": aimed + tuple(spans[1:]), "threatened": measure.type}
                h = replace(h, data=data if aimed or spans[1:] else {**data, "unaddressed": True},
                            mode=h.mode or threat_mode_of(measure, cues))
        out.append(h)
    return out


def measures_taken(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each THREATEN read from a verb of taking measures told as done ('took all necessary measures to
    protect its staff', 'had taken further measures'): measures pledged threaten (measures35, threat54: 'will take
    all measures necessary, which may include force'); measures taken are the deed or nothing, never a threat."""
    return [h for h in hits if not (h.type == "THREATEN" and not h.nominal and h.lemma in cues.measure_taking_verbs
                                    and h.data.get("modality") is None)]


def joined_measures(hits: list[ActHit], measure: ActHit) -> list[ActHit]:
    """(threat61) The measure a threat names and the governed measure nouns joined to it that follow ('threatened
    tariffs and sanctions on X': the sanctions' target is where the tariffs land too)."""
    k = next(n for n, h in enumerate(hits) if h is measure)
    out = [measure]
    for h in hits[k + 1:]:
        if not (h.nominal and h.type in MEASURES and h.data.get("modality") == "governed"):
            break
        out.append(h)
    return out
