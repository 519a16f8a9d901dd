"""(plover59) The people a participle of harm names when its lexicon entry took them into its form ('A bomb exploded
in X, killing four villagers': the kill + villagers entry, ASSAULT targeted, ends on 'villagers', so no target is
read after it): they are the harmed, whom the explosion before the participle takes as its victims
(act_doerless_explosions), as it does the target of the plain 'killing four people'.

Why its own module: the explosion reader asks for the harm's target before the clause reader has read one past an
entry's object; the span is the words from the participle to its entry's end, their sector the harmed one.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_harm_causes import harmed_sector
from readout.lang.en.act_tokens import Token


def object_target(toks: list[Token], harm: ActHit | None) -> None:
    """Give a harm participle whose entry took its object (`object` in its data, no `domestic_target`) that object's
    words as its target and their sector, in its own data: the hit is the explosion's to drop once read."""
    if harm is None or "domestic_target" in harm.data or "object" not in harm.data:
        return
    span = (toks[harm.data["token"] + 1].start, toks[harm.data["end_token"]].end)
    harm.data["domestic_target"], harm.data["domestic_sector"] = span, harmed_sector(toks, span)
