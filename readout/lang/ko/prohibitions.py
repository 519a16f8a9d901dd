"""A prohibition in a clause's endings (koacts46): '"B는 국경을 봉쇄해서는 안 된다"고 말했다', '"B가 반군을 지원하면 안
된다"'.

Why: '-어서는 안 되다' and '-면 안 되다' say what the subject must not do: asked of it, not done, as English 'B must not
close the border' reads (a REQUEST by the speaker to B). Read as a bare connective, the verb before them was an act
done by B ('봉쇄해서는' a COERCE). The clause reader (lang/ko/endings.read_clause) reads the prohibition as an
obligation, so the quoted demand's reader (act_clauses.obligation_requests) makes it the speaker's request and the
forbidden verb no act, as with '-어야 하다'.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import TOPIC_PARTICLES

PROHIBITION_VERB = "되"  # '안 [되]다'


def prohibition(toks: list, j: int, lex: ActIndex) -> int:
    """The index of the ending after '되' when the connective at `j` opens a prohibition ('-어서는 안 되다', '-면 안
    되다': cue `prohibition_ending` of the act lexicon `lex`, the topic particle 는 optional), else 0."""
    if toks[j][0] not in lex.cue("prohibition_ending"):
        return 0
    k = j + 1
    if k < len(toks) and toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES:
        k += 1
    if k + 1 < len(toks) and toks[k][1] == "MAG" and toks[k][0] in lex.cue("negation_adverb") \
            and toks[k + 1][0] == PROHIBITION_VERB and toks[k + 1][1] == "VV":
        return k + 2
    return 0
