"""A deed counted in its series inside a clause of history: 'after X's second missile test', 'since its third nuclear
test' (modal46).

Why: an act noun under a background opener (after, before, following, since: act_recalled_clauses.background_tokens) keeps a
date of its own clause only; with none it took the report's day. An ordinal before it (cue `series_ordinals`:
'second', 'third', '4th') says which one of a series the history names, an earlier deed whose day the sentence does not
give: no event of the publication period (a day or month named in its clause dates it, and it stays). The same noun told as done in the main clause ('conducted its third
nuclear test on Tuesday') is no background and stays. The Korean reader drops '세 번째 핵실험 이후' likewise
(lang/ko/act_series_history).
(plover60) A deed of force named as a noun in such a clause with no doer in its own phrase ('after the invasion of
X', 'following the shelling of its posts', 'after a bombing in the capital'): no possessive, demonym or name before
the noun, no 'by' or 'between' after it. The clause's sentence subject is no doer of it ('Peru offered talks
following the invasion of Bolivia': Peru invaded no one) and the sentence names none, so no event is read (the
manual codes no event without its actor): `doerless_history`. 'after Chile's invasion of X', 'after the Chilean
shelling', 'after the attack by rebels', 'after clashes between A and B' name theirs and stay.
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


DOERLESS_DEEDS = frozenset({"ASSAULT", "COERCE"})  # deeds whose 'of' phrase holds the harmed ('the invasion of X')
DOER_AFTER = frozenset({"by", "between"})  # 'the attack by rebels', 'clashes between A and B': the doers named after


def doerless_history(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(plover60) The hits without each background deed noun of force whose own phrase names no doer."""
    return [h for h in hits if not (h.nominal and h.type in DOERLESS_DEEDS and h.data.get("background")
                                    and not doer_named(toks, h, cues))]


def doer_named(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """Whether the noun phrase of the deed at `h` names its doer: before the noun back to the clause's opener a
    possessive ('its', "Chile's") or a capitalized word ('the Chilean invasion', 'the NATO strikes'); after it, up to
    the clause's end, 'by' or 'between'."""
    for k in range(h.data["token"] - 1, -1, -1):
        t = toks[k]
        if not t.word or t.low in cues.background_openers:
            break
        if t.low in cues.own_possessives or t.low.endswith(("'s", "s'", "’s")) or t.raw[:1].isupper():
            return True
    for t in toks[h.data.get("end_token", h.data["token"]) + 1:]:
        if not t.word:
            break
        if t.low in DOER_AFTER:
            return True
    return False
