"""(enacts55b, issue 15) A win in a game is no attack: 'France beat Germany 2-1 in the cup final', 'Ghana thrashed
Togo in a league match'.

Why: CAMEO files 'beat' (and 'thrash', 'trounce') as ASSAULT, and enacts55 reads the plain 'beat' as the manual's
beat; a team named by its country's name then made one state beat another. A sports cue in the sentence (cue
`sports_cues`: final, match, league, cup, tournament, qualifier ...; or a score token such as '2-1') tells a contest,
so a hit of a contest verb (cue `contest_lemmas`) is dropped. Korean '결승에서 독일을 꺾었다', '3대0으로 이겼다' read no
act already. A beating with no sports cue ('police beat protesters') stays ASSAULT beat.

(plover57) A side in a game that attacks plays: "Egypt's team attacked relentlessly in the second half". A hit of a
contest verb or of ASSAULT in the active voice whose subject right before it (over adverbs: 'the squad then
attacked') is a noun that names a side in a game (cue `sport_side_nouns`: team, squad, club, eleven ...) is dropped
with no sports cue needed. A team attacked in the passive ('a UN team was attacked') is the attack's patient and
stays; 'side' is no such noun ('the Russian side attacked').
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SCORE_RE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # a game's score token ('2-1', '3–0'); no year range ('2019-20')


def sports_contests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less the contest verbs of a sentence that tells a game, and less the attacks a game's side makes."""
    hits = [h for h in hits if not sport_side_play(toks, h, cues)]
    if not any(h.lemma in cues.contest_lemmas for h in hits) or not told_game(toks, cues):
        return hits
    return [h for h in hits if h.lemma not in cues.contest_lemmas]


def sport_side_play(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plover57) Whether the hit is an attack or a contest verb in the active voice whose subject right before it
    (over adverbs) is a side in a game ('the team attacked')."""
    if hit.nominal or hit.data.get("passive") or not (hit.type == "ASSAULT" or hit.lemma in cues.contest_lemmas):
        return False
    j = hit.data["token"] - 1
    while j >= 0 and toks[j].low in cues.adverbs:
        j -= 1
    return j >= 0 and toks[j].low in cues.sport_side_nouns


def told_game(toks: list[Token], cues: Cues) -> bool:
    """Whether the sentence names a game: a sports word or a score token."""
    return any(t.low in cues.sports_cues or SCORE_RE.fullmatch(t.low) for t in toks)
