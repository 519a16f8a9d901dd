"""A deed counted in its series before a noun of history: '이란의 두 번째 미사일 시험발사 이후', 'B의 제3차 핵실험 직후'
(modal46).

Why: an act noun before a noun that dates another clause by it (cue `series_history_noun`: 이후, 이래, 직후, 뒤, 당시)
names an earlier deed; an ordinal before the noun (두 번째, 제3차, 첫: cue `series_ordinal_marker`) says which of a series
the history names, a deed whose day the sentence does not give: no event of the publication period. The same noun
told as done ('세 번째 핵실험을 감행했다') is no nominal and stays. The English reader drops 'after X's second missile
test' likewise (lang/en/act_series_history).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

PHRASE_REACH = 5  # morphemes from the ordinal's marker to the act noun: '두 번 째 미사일 시험 발사'


def series_history(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each nominal act noun an ordinal counts, followed by a noun of history."""
    return [h for h in hits if not (h.nominal and "first" in h.data and "last" in h.data
                                    and history_after(toks, h.data["last"], lex) and counted(toks, h.data["first"], lex))]


def history_after(toks: list, last: int, lex: ActIndex) -> bool:
    return last + 1 < len(toks) and toks[last + 1][0] in lex.cue("series_history_noun")


def counted(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether an ordinal's marker (번째's 째, a 차 after a number, 첫) stands among the few morphemes before `first`,
    with nothing but nouns, numbers and the marker's pieces between."""
    markers = lex.cue("series_ordinal_marker")
    for k in range(first - 1, max(-1, first - 1 - PHRASE_REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if form in markers and (tag != "NNB" or k > 0 and toks[k - 1][1] == "SN"):
            return True
        if not (tag.startswith("NN") or tag in ("SN", "MM", "XSN", "XPN")):
            return False
    return False
