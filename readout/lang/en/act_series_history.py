"""A deed counted in its series inside a clause of history: 'after X's second missile test', 'since its third nuclear
test' (modal46).

Why: an act noun under a background opener (after, before, following, since: act_recalled_clauses.background_tokens) keeps a
date of its own clause only; with none it took the report's day. An ordinal before it (cue `series_ordinals`:
'second', 'third', '4th') says which one of a series the history names, an earlier deed whose day the sentence does not
give: no event of the publication period (a day or month named in its clause dates it, and it stays). The same noun told as done in the main clause ('conducted its third
nuclear test on Tuesday') is no background and stays. The Korean reader drops '세 번째 핵실험 이후' likewise
(lang/ko/act_series_history).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PHRASE_REACH = 4  # words from the ordinal to the act noun: "Iran's second ballistic missile test"


def series_history(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each background act noun that an ordinal counts in its series."""
    return [h for h in hits if not (h.nominal and h.data.get("background") and counted(toks, h.data["token"], cues)
                                    and not dated(toks, h.data.get("end_token", h.data["token"]), cues))]


def counted(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether an ordinal stands among the few words of the noun phrase before token i, with no break between."""
    for k in range(i - 1, max(-1, i - 1 - PHRASE_REACH), -1):
        if not toks[k].word or toks[k].low in cues.background_openers:
            return False
        if toks[k].low in cues.series_ordinals:
            return True
    return False


def dated(toks: list[Token], end: int, cues: Cues) -> bool:
    """Whether the background clause names a day or month after the act noun ('after its first test on Monday'):
    then the pipeline dates it, and it may be the story's."""
    for k in range(end + 1, len(toks)):
        if not toks[k].word:
            return False
        if toks[k].low in cues.date_words:
            return True
    return False
