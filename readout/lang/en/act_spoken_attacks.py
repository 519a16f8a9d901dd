"""An attack in words (ploveren63): 'launched a scathing attack on X', 'mounted a bitter attack against Y'. The verb's
entry takes the bare 'attack' as its object (ASSAULT), but the noun phrase its object heads is itself an act word of
another type, one that starts before the object's head: its modifier made it criticism ('scathing attack', the
lexicon's ACCUSE noun from CAMEO 111). The verb then only carries that noun's act and yields its own reading.

Why its own module: it compares a verb's object span with the noun hits found in the same sentence, which no reader
of the lexicon does on its own (each entry matches alone).
"""
from __future__ import annotations

from readout.lang.base import ActHit


def spoken_attacks(hits: list[ActHit]) -> list[ActHit]:
    """Hits without a verb's ASSAULT whose required object ends inside a noun hit of another type that begins before
    that object's head word ('launched a scathing attack': the noun 'scathing attack' is ACCUSE)."""
    phrases = [(h.data["token"], h.data.get("end_token", h.data["token"]), h.type) for h in hits if h.nominal]
    if not phrases:
        return hits
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and "object_token" in h.data
                                    and any(start < h.data["object_token"] <= end and kind != h.type
                                            for start, end, kind in phrases))]
