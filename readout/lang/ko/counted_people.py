"""(places56) People named by a count alone: '이스라엘군은 X에서 9명을 체포했다' names the people arrested with no
people noun, as English 'arrested nine in X' does. A count with a counter of people (cue `people_counter`: 명, 인) is a
people mention where no noun stands before it ('9명을', '20여 명을'); left unread, the arrest's object had no span,
so the town it was placed in never gave the arrested their state (pipeline/act_placed_victims) and the domestic
readers' fallback made them the actor's own people."""
from __future__ import annotations

from readout.lang.ko.tags import OBJECT_PARTICLES, PLAIN_NOUN_TAGS

COUNT_TAGS = frozenset({"SN", "NR"})  # '9', '아홉'
ABOUT_SUFFIX = ("여", "XSN")  # '30여 명': about thirty


def counted_people(toks: list, first: int, lex) -> tuple[int, int] | None:
    """The character span of the act's object when it is a count of people right before the verb (adverbs between
    allowed: '9명을 전격 체포했다'): the count and its counter, with no noun written before it (a noun before it,
    '갱단원 6명을', is left to the readers of that noun), else None. `first`: the verb's first token."""
    k = first - 1
    while k >= 0 and toks[k][1] == "MAG":
        k -= 1
    if k < 2 or toks[k][0] not in OBJECT_PARTICLES or not toks[k][1].startswith("JKO"):
        return None
    counter = k - 1
    if toks[counter][1] != "NNB" or toks[counter][0] not in lex.cue("people_counter"):
        return None
    count = counter - 1 - (toks[counter - 1][:2] == ABOUT_SUFFIX)
    if count < 0 or not (toks[count][1] in COUNT_TAGS
                         or toks[count][1] == "MM" and toks[count][0] in lex.cue("count_determiner")):
        return None
    while count > 0 and toks[count - 1][1] in COUNT_TAGS | {"SC"} and toks[count - 1][2] + toks[count - 1][3] == \
            toks[count][2]:
        count -= 1  # '1,200명': the digits kiwi splits at the comma
    if count > 0 and toks[count - 1][1] in PLAIN_NOUN_TAGS:
        return None  # '갱단원 6명을': a noun says who they are; its readers decide (an armed group's sector)
    return toks[count][2], toks[counter][2] + toks[counter][3]
