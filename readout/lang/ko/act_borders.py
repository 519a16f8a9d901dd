"""A border closed toward a named state: '대(對)토고 국경을 폐쇄했다', '토고와의 국경을 봉쇄했다'. Closing a border is
COERCE restrict in the lexicon (CAMEO 172/191: movement restricted, a border sealed with no one named); closed toward
one state it cuts the exchanges with that state, the manual's SANCTION 'discontinue' ("curtail, decrease, break ...
commercial, or material exchanges"), aimed at it. As English 'closed its border with X' (en_acts: close + border
with). Why a module of its own: the act finder (lang/ko/acts.py) reads which act a predicate states; this reads
what the noun's modifier makes of it."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.toward import state_across


def closed_toward_state(text: str, toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """The hit as SANCTION discontinue aimed at the state the closed border faces ('대(對)토고 국경을 폐쇄'), its
    name's span the first target; None where the act is no border closure or the word before names no state."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or cand.noun_end is None \
            or joined(toks, cand.first, cand.noun_end) not in lex.cue("border_noun"):
        return None
    start = toks[cand.first][2]
    head = text[:start]
    if not head.endswith(" ") or not head.split():
        return None
    word = head.split()[-1]
    across = state_across(word)
    if across is None:
        return None
    at = len(head.rstrip()) - len(word)
    return replace(hit, type="SANCTION", mode="discontinue", contexts=("economic",),
                   data={**hit.data, "target_spans": ((at + across[0], at + across[1]), *hit.data.get("target_spans", ()))})
