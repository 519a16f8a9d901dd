"""What a verdict's claim says beyond its verb (accuse58): whether the deed is told as the first blow ('B군이 먼저
총격을 가했다고 밝혔다': who started the fighting, an allegation even with a plain verb of saying) and whether the
wrong is done to a common good ('평화 프로세스를 훼손했다고': the conduct judged, ACCUSE 'disapprove'). Read by
act_verdicts on kiwi's morphemes (form, tag, offset, length).
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex

FIRST_BLOW_REACH = 8  # morphemes before a claim's quote ending where '먼저' stands ('B군이 먼저 총격을 가했다고')


def struck_first(toks: list, e: int, lex: ActIndex) -> bool:
    """(accuse58) The claim closed at `e` tells its deed as the first blow ('B군이 먼저 총격을 가했다고 밝혔다'; cue
    first_blow_adverb): whoever says so blames B for starting the fighting, an allegation even with a plain verb of
    saying, as with a verb of claiming ('주장했다')."""
    return any(toks[m][1] == "MAG" and toks[m][0] in lex.cue("first_blow_adverb")
               for m in range(max(0, e - FIRST_BLOW_REACH), e))


def wronged_good(toks: list, at: int, lex: ActIndex) -> bool:
    """(accuse58) The object of the verdict verb at `at` is an abstraction, a common good (cue abstract_noun: '평화
    프로세스를 훼손했다고', '민주주의를 짓밟았다고'): the claim judges how the side acted (ACCUSE 'disapprove', as
    English 'said X had undermined the peace process'), it alleges no deed done to a side ('영공을 침범했다고')."""
    j = at - 1 if toks[at][1] == "XSV" else at  # '훼손/NNG 하/XSV': the verb's noun
    return j >= 2 and toks[j - 1][1] == "JKO" and toks[j - 2][0] in lex.cue("abstract_noun")
