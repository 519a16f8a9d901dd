"""The tokens the English act walk reads: a short bracketed qualifier after a name ('Hamas (Palestine) condemned')
and a time adverbial between an entry's first word and its complement ('vowed on Sunday to retaliate') are left
out, offsets kept, so an entry's following words stand where it reads them; the date reader still sees the full
text. lang/en/acts.find_acts asks these before the walk.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import RAW, Token


BRACKET_WORDS = 6  # tokens a qualifier in brackets may hold ('(Colombia)', '(DP)', '(local time)')


def outside_brackets(toks: list[Token], act_words) -> list[Token]:
    """The tokens without the short brackets that qualify the word before them ("Hamas (Palestine)
    condemned", "demanded that Uganda (Kampala) withdraw"): a qualifier is part of the name's phrase,
    and its punctuation would end the subject, the object window or a "that" clause. A bracket that
    holds an act word is an aside with an act of its own and stays. Offsets are kept."""
    if "(" not in map(RAW, toks):  # speed55: read in C, no generator step per token
        return toks
    out: list[Token] = []
    k = 0
    while k < len(toks):
        close = next((j for j in range(k + 1, min(len(toks), k + BRACKET_WORDS + 2)) if toks[j].raw in "()"), None) \
            if toks[k].raw == "(" else None
        if close is not None and toks[close].raw == ")" and close > k + 1 \
                and not any(toks[j].low in act_words for j in range(k + 1, close)):
            k = close + 1
            continue
        out.append(toks[k])
        k += 1
    return out


def without_time_adverbials(toks: list[Token], act_words, cues: Cues) -> list[Token]:
    """The tokens without a time adverbial that stands between a word starting an act entry and the
    verb's complement ("vowed on Sunday to retaliate", "called on Monday for restraint", "threatened last
    week to close", "warned on March 3 that"): the date reader dates the act from the full text, and the
    adverbial would otherwise stand where the entry's "to", "for" or "that" is read. Offsets are kept."""
    drop: set[int] = set()
    # (speed53) the words that start an entry picked in one comprehension: the loop below runs for them only
    for k in [k for k, tok in enumerate(toks[:-2]) if tok.low in act_words]:
        for start in range(k + 1, min(len(toks), k + 2 + OBJECT_BEFORE_TIME)):  # 'asked Chile on Tuesday to'
            end = time_adverbial_end(toks, start, cues)
            if end > start and end < len(toks) and (toks[end].low in cues.complement_starts
                                                    or start == k + 1 and fronted_object(toks, end, cues)):
                drop.update(range(start, end))
                break
            if not toks[start].word or toks[start].low in cues.complement_starts:
                break  # the adverbial may follow the verb's object, never a comma or another complement
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


def fronted_object(toks: list[Token], at: int, cues: Cues) -> bool:
    """(endates49) The verb's object opening with a determiner right after a time adverbial that follows the verb
    ("condemned on Friday the shelling of ...", "denounced on Monday an attack on ..."): the adverbial stands between
    the verb and its object, and the entry reads its object only once it is left out. (A complement start is read
    above: 'that' is one.)"""
    return toks[at].low in cues.determiners and toks[at].low not in cues.complement_starts


OBJECT_BEFORE_TIME = 4  # words of an object between an act word and a time adverbial ('pressed the Chilean government


# on Monday to'): the adverbial stands where the entry reads its 'to'


def time_adverbial_end(toks: list[Token], j: int, cues: Cues) -> int:
    """Where a time adverbial starting at `j` ends (`j` itself when none starts there): an optional "on",
    then a day word with an optional part of the day ("on Tuesday morning"), a month and its day ("on
    March 3"), or an opener and a unit ("last week", "earlier this month")."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].low == "on" else j
    if k < n and toks[k].low in cues.date_words:
        k += 1
        if k < n and toks[k].raw.isdigit():  # 'March 3'
            k += 1
        return k + 1 if k < n and toks[k].low in cues.time_parts else k
    start = k
    while k < n and toks[k].low in cues.time_openers:
        k += 1
    return k + 1 if k > start and k < n and toks[k].low in cues.time_units else j
