"""(komeet49b, issue 15) A pair of states owning the visited noun names no host: 'A는 B와 C의 국경 지역을
방문했다', 'B와 C의 접경 도시를 찾았다' visit a place the two states share, so the first of the pair, joined by 와/과,
is no state party the visitor met (it had read a visit to B), as English 'visited the border area of B and C' names
no host. The second, before 의, only modifies already.

The pair must be two country words ('B와', 'C의'), and the noun phrase the genitive opens must end, within a few
words, in an object particle right before a visit word (lexicon `visit_re`): 'B와 C의 정상회담' (the meeting's two
sides) and 'B와 C를 방문했다' (a visit to each) are read as before.
"""
from __future__ import annotations

from readout.lang.ko import country_words
from readout.lang.ko.tags import OBJECT_PARTICLES

GENITIVE = "의"
OWNED_REACH_WORDS = 3  # the words of the owned noun phrase ('국경 지역을', '접경 도시를', '분쟁 지역을')


def pair_owns_visited(lex, text: str, word_end: int) -> bool:
    """The word after `word_end` (the end of 'B와') is a country word with 의 ('C의'), and the noun phrase after it
    ends, within `OWNED_REACH_WORDS` words, in an object particle followed by a visit word."""
    rest = text[word_end:]
    words = rest.split()
    if len(words) < 2 or not words[0].endswith(GENITIVE) \
            or country_words.country_of_word(words[0][:-len(GENITIVE)]) is None:
        return False
    for n, word in enumerate(words[1:1 + OWNED_REACH_WORDS], start=1):
        if any(word.endswith(p) and len(word) > len(p) for p in OBJECT_PARTICLES):
            after = words[n + 1] if n + 1 < len(words) else ""
            return bool(lex.re("visit_re").match(after))
        if "," in word or word.endswith("."):
            return False
    return False
