"""(places57, issue 14) A name before the honorific 씨 is a person's ('밀러 씨가 말했다', '하르키우 씨를 만났다'): never a
place, and a name the story gives a person, so a town heard by sound under the same word elsewhere in the story is
that person (pipeline/person_towns, places56).

Why: 씨 is no title (lang/ko/words.title_of) and names no office, so the mention readers read no one there and the
place readers read the word as a town whenever it sounds like one or a table lists it ('하르키우 씨를' placed Kharkiv).
Korean news writes 씨 after the name of a private person only. The name is read as the words before 씨 that a name
written by sound may have (mentions.sound_word: Hangul, no title, no country word, no short common noun), up to
`MAX_NAME_WORDS`; the mention is `known_only` (only a person the document named resolves it: no leader guessed by
sound for a private person)."""
from __future__ import annotations

import functools
import re

from readout.kb.loader import lexicon
from readout.model import RawMention

MAX_NAME_WORDS = 2  # '존 밀러 씨': a given name and a family name


@functools.cache
def honorific_after_re() -> re.Pattern:
    """A person's honorific word right after a name (lexicon ko `person_honorifics`), with its particle: ' 씨가',
    ' 씨를', ' 씨의'; not a longer word that opens with it ('씨앗', '씨름')."""
    words = "|".join(map(re.escape, lexicon("ko")["person_honorifics"]))
    particles = "|".join(sorted(map(re.escape, lexicon("ko")["place_endings"]), key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})(?:{particles}|에게|에게서|께서는?)?(?![가-힣])")


def before_honorific(text: str, end: int) -> bool:
    """Whether the word ending at `end` (in `text`) is a name before a person's honorific ('밀러 씨가')."""
    return honorific_after_re().match(text, end) is not None


def honorific_mentions(words: list, found: list[RawMention], sound_word, role_of) -> list[RawMention]:
    """The persons named before 씨 that no mention read already holds (see the module's docstring). `sound_word` and
    `role_of` are the mention readers' own (lang/ko/mentions, lang/ko/words), passed to keep this module below them."""
    honorifics = set(lexicon("ko")["person_honorifics"])
    out: list[RawMention] = []
    for j in range(1, len(words)):
        title = words[j]
        if title.noun not in honorifics:
            continue
        run = []
        for w in reversed(words[max(0, j - MAX_NAME_WORDS):j]):
            if w.particle or w.has_verb or not sound_word(w):
                break
            run.insert(0, w)
        if not run or any(o.start < run[-1].noun_end and run[0].start < o.end for o in (*found, *out)):
            continue
        surface = " ".join(w.noun for w in run)
        out.append(RawMention(run[0].start, run[-1].noun_end, title.noun_end, surface, role=role_of(title.particle),
                              known_only=True, excluded=True))
    return out
