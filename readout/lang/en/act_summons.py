"""A summons of an embassy's staff (session 17, en20).

'Japan's foreign ministry summoned a senior official of the Russian Embassy', 'called in two officials from the
Chinese embassy': summoning a foreign state's diplomat is a protest to that state (PLOVER ACCUSE, the lexicon's
reading of 'summoned the ambassador'). A staff noun such as "official" is a diplomat only with the mission named
after it: "the president summoned security officials" calls in the summoner's own. So a summons whose object is a
staff noun (`embassy_staff`) stands only when a mission (`missions`) follows within a few words after 'of', 'from'
or 'at'; its recipient is the mission's state (the span of the mission phrase, first of the `target_spans`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

MISSION_REACH = 5  # words from the staff noun to its mission ("officials from the Chinese embassy in Seoul")
MISSION_LINKS = frozenset({"of", "from", "at"})


def embassy_summons(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, less summonses of staff with no mission named after them; those with one get its span first."""
    out = []
    for h in hits:
        if h.type == "ACCUSE" and h.data.get("object") in cues.embassy_staff:
            mission = mission_span(toks, h.data.get("end_token", h.data["token"]), cues)
            if mission is None:
                continue  # 'summoned security officials': the summoner's own staff, no protest to anyone
            h = replace(h, data={**h.data, "target_spans": (mission, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


def mission_span(toks: list[Token], staff: int, cues: Cues) -> tuple[int, int] | None:
    """The character span from the link word after the staff noun at `staff` to the mission noun ("of the Russian
    Embassy"), or None when no mission follows within `MISSION_REACH` words."""
    link = staff + 1
    if link >= len(toks) or toks[link].low not in MISSION_LINKS:
        return None
    for k in range(link + 1, min(len(toks), link + 1 + MISSION_REACH)):
        if not toks[k].word:
            return None
        if toks[k].low in cues.missions:
            return toks[link + 1].start, toks[k].end
    return None
