"""(people53b, issue 14) A short state name kiwi read as a verb and a final ending, which ends a sentence there: '기자들이
가나 경찰에 의해 체포됐다' was cut into '기자들이 가나' (가/VV 나/EF, 'do they go?') and '경찰에 의해 체포됐다', so the
journalists lost their act and the police their state. The two pieces are read back as one sentence, whose name
`bare_state_words.rejoined_bare_states` then reads as the state's.

Why here: the cut is kiwi's sentence splitter's, made before any morpheme rule sees the sentence; of the CLDR Korean
names of states only 가나 is cut so before an agent noun, but the rule is the class's, not the name's. Only a piece
that ends, with no closing mark, on a whole word that is a short state's name (`short_state_names`), and only before
a piece that follows after spaces alone and opens with a noun a state's side is named by (`side_noun_after`: '경찰',
'정부', '군'): a question ending in a real verb ('어디 가나') is followed by no such noun, or by a mark."""
from __future__ import annotations

from readout.lang.ko.bare_state_words import SHORT_NAME, short_state_names, side_noun_after

Piece = tuple[int, int, list]  # a sentence's start and end in the text, its tokens (offsets relative to its start)


def joined_cut_names(text: str, pieces: list[Piece]) -> list[Piece]:
    """`pieces` (kiwi's sentences) with each one cut after a short state's name joined to the next one."""
    out: list[Piece] = []
    for start, end, tokens in pieces:
        if out and cut_at_name(text, out[-1], start, end, tokens):
            first, _end, before = out.pop()
            shift = start - first
            start, tokens = first, before + [(f, t, s + shift, n) for f, t, s, n in tokens]
        out.append((start, end, tokens))
    return out


def cut_at_name(text: str, before: Piece, start: int, end: int, tokens: list) -> bool:
    """The piece `before` ends on a short state's name as a whole word, spaces alone stand between it and the piece at
    `start`, and that piece opens with a state's side noun."""
    lo, hi, _ = before
    word = text[lo:hi].rstrip()
    name_at = lo + len(word) - SHORT_NAME
    if len(word) < SHORT_NAME or word[-SHORT_NAME:] not in short_state_names() or text[hi:start].strip() \
            or name_at > lo and text[name_at - 1].isalnum():
        return False
    return start > lo + len(word) and bool(tokens) and side_noun_after(tokens, 0, text[start:end])
