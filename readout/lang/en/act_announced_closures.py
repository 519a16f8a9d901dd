"""(encoup49) A border closure announced: 'Bolivia announced a border closure', 'announced the closure of its border'.
The closure is the announcer's own measure, the COERCE restrict 'closed its border' and the noun 'B's border closure'
(encoup48) code, as Korean 'B는 국경 봉쇄를 발표했다' (the noun entry 국경 봉쇄, ko_acts.yaml) reads. The CAMEO verb
dictionary's 'announce + closure' (closure among its settlement words: SANCTION discontinue, economic) reads a
closure of talks or of a deal, not of a border; a border closure faced toward a named state ('... with X') is the
SANCTION discontinue aimed at X that act_border_closures.faced_state gives 'closed its border with X'.
Why a module of its own: the lexicon entry matches the closure noun before the border word is read."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

CLOSURE = ("COERCE", "restrict")  # the closure's own reading (en_acts: close + border, the noun border closure)
CLOSURE_NOUNS = frozenset({"closure", "closures", "closing", "closings", "shutdown", "shutdowns"})


def announced_closures(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits with a verb act whose object is a closure of the border (the border word before the closure noun, or
    'of its border' after it) read as the closure, COERCE restrict by the verb's subject, and the noun hit the closure
    phrase also gave dropped (one act); a closure toward a named state ('... border closure with X') is the SANCTION
    discontinue aimed at it, as faced_state reads 'closed its border with X'."""
    out: list[ActHit] = []
    taken: list[tuple[int, int]] = []
    for h in hits:
        end = None if h.nominal or (h.type, h.mode) == CLOSURE or h.data.get("object") not in CLOSURE_NOUNS \
            else border_end(h, text, lex)
        if end is None:
            out.append(h)
            continue
        faced = lex.re("border_faced_state_re").match(text, end)
        out.append(dataclasses.replace(h, type="SANCTION", mode="discontinue", target=("with",), contexts=(),
                                       end=faced.end("with")) if faced else
                   dataclasses.replace(h, type=CLOSURE[0], mode=CLOSURE[1], contexts=(), target=("to",), end=end))
        taken.append((h.start, end))
    return [h for h in out if not (h.nominal and (h.type, h.mode) == CLOSURE
                                   and any(a <= h.start < b for a, b in taken))]


def border_end(hit: ActHit, text: str, lex) -> int | None:
    """Where the border the closure noun closes ends: the hit's end when the word before the noun is a border
    ('a border closure'), the end of 'of its border' after it; None when the closure names no border."""
    if lex.re("border_before_closure_re").search(text[hit.start:hit.end]):
        return hit.end
    m = lex.re("closure_of_border_re").match(text, hit.end)
    return m.end() if m else None
