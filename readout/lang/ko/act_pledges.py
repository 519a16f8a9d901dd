"""Support pledged in a speaker's own words: '"X의 입장을 지지하겠다"고 말했다', '"...를 무조건 지지할 것"이라고 말했다'.

PLOVER codes a future cooperative act as AGREE, and the Korean reader turns a pledged SUPPORT into one (acts.py
TO_AGREE). A declaration of support is different: saying "we will back X" is the backing itself (PLOVER SUPPORT,
'express support for'), so a quoted pledge of an endorsing verb (cue quoted_endorse_verb: 지지하다) stays SUPPORT
that occurred. A quote is either the reading's own quotative ending ('-겠다고') or the future noun phrase 'V-ㄹ
것' closed by a quotative particle or a closing quote mark ('지지할 것"이라고', '지지할 것이라고').
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import Reading
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS

QUOTATIVE_ENDINGS = frozenset({"라고", "고"})
QUOTE_REACH = 4  # morphemes from 것 to the quotative particle ('것', '"', '이', '라고')


def endorsement_pledged(toks: list, cand: Candidate, r: Reading, pledged: bool, lex: ActIndex) -> bool:
    """The act is a pledge of support in the speaker's words: an endorsing verb (no act noun) pledged, and
    quoted by its ending or as 'V-ㄹ 것' inside a quotation."""
    if not pledged or cand.entry.noun is not None or cand.entry.lemma not in lex.cue("quoted_endorse_verb"):
        return False
    return r.quoted or quoted_future(toks, r.last)


def quoted_future(toks: list, last: int) -> bool:
    """'V-ㄹ 것"이라고', 'V-ㄹ 것이라고': the future noun phrase after the reading's last morpheme, closed by a
    quotative particle (JKQ) within a few morphemes, before the clause ends."""
    k = last + 1
    if k >= len(toks) or toks[k][0] != "것":
        return False
    for j in range(k + 1, min(len(toks), k + 1 + QUOTE_REACH)):
        if toks[j][1] == "JKQ" or toks[j][1] == "EC" and toks[j][0] in QUOTATIVE_ENDINGS:
            return True  # kiwi tags '이라고' either way
        if toks[j][1] in CLAUSE_BREAK_TAGS:
            return False
    return False
