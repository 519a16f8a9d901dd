"""(speed46) The run of up to four words ending at a position, read backwards from it: what
`re.compile(r"(?:[A-Za-z][A-Za-z\\-]*\\s+){0,3}[A-Za-z][A-Za-z\\-]*$").search(text, lo, end)` finds, without trying the
pattern at every position of the window (`place_agents.agent_before` asks it before every ' in ' of a sentence: the search
was about two thirds of that reader's time).

The search's answer, read off its pattern: it starts at the first position of the window from which one to four words
(a letter, then letters or hyphens) parted by whitespace reach `end` (or `end - 1` when the character there is a line
break: `$` also matches before a final newline). Backwards, that is: the last word is the run of letters and hyphens
before the end, from its first letter; an earlier word joins only where that run opens with a letter right after
whitespace, up to four words, never before `lo`. tests/lang/en/test_word_runs.py checks it against the pattern on
random texts.
"""
from __future__ import annotations

WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")
LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def words_before(text: str, lo: int, end: int, most: int = 4) -> tuple[int, int] | None:
    """(start, stop) of the span the search above matches in text[lo:end] (`most` words at most), or None."""
    lo, end = max(lo, 0), min(end, len(text))
    if end > lo and text[end - 1] == "\n":
        end -= 1
    pos, start, words = end, None, 0
    while words < most:
        run = pos
        while run > lo and text[run - 1] in WORD_CHARS:
            run -= 1
        first = run
        while first < pos and text[first] not in LETTERS:
            first += 1
        if first == pos:
            break  # no word ends here
        start, words = first, words + 1
        if first != run:
            break  # the run opens with a hyphen: nothing joins before it
        gap = run
        while gap > lo and text[gap - 1].isspace():
            gap -= 1
        if gap == run or gap == lo:
            break  # no whitespace before the word, or the window begins inside it
        pos = gap
    return (start, end) if start is not None else None
