"""English agent nouns after a country word or as a party ("Syrian rebels", "the Afghan riot police",
"police arrested protesters"), looked up in the one agent table (kb/agents.py)."""
from __future__ import annotations

import functools
import re

from readout.kb.agents import phrases

MAX_WORDS = 4  # the longest agent phrase looked up after a country word ("armed riot police officers")
WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z\-]*)")


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase as written ("Rebels", "riot  police"), or None."""
    return phrases("en").get(" ".join(phrase.lower().split()))


@functools.lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every agent phrase."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases("en"))


def agent_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of the longest agent phrase of up to MAX_WORDS words starting at `pos` ("rebels",
    "riot police", "foreign ministry spokesman"); None when the next word starts none."""
    table = phrases("en")
    first = WORD_RE.match(text, pos)
    if not first or first.group(1).lower() not in first_words():
        return None  # most words after a country word start no agent phrase: no phrase is built
    words: list[re.Match] = []
    at = pos
    for _ in range(MAX_WORDS):
        m = WORD_RE.match(text, at)
        if not m:
            break
        words.append(m)
        at = m.end()
    for n in range(len(words), 0, -1):
        phrase = " ".join(w.group(1).lower() for w in words[:n])
        if phrase in table:
            return words[n - 1].end(), table[phrase]
    return None


NAME_WORD = r"[A-ZÀ-Þ](?:[A-Za-zÀ-ÿ\-]|['’](?=[A-Za-z])(?!s\b))+"  # O'Brien, al-Sadr; never Haftar's
NAME_RUN = rf"{NAME_WORD}(?:\s+(?:(?:al|el|bin|ibn|de|da|del|van|von)\s+)?{NAME_WORD}){{0,3}}"


@functools.lru_cache(maxsize=1)
def follower_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """('Haftar's forces', 'Maduro supporters') and ('forces loyal to Haftar', 'supporters of Maduro'): a name
    before a follower noun, and a follower noun, a link and a name (a title may open it: 'General X')."""
    from readout.kb.agents import follower_links, followers
    from readout.patterns import alternation

    nouns = alternation(followers("en"))
    links = alternation(follower_links())
    before = re.compile(rf"(?<![\w'’.-])(?P<name>{NAME_RUN})(?:['’]s)?\s+(?P<noun>(?i:{nouns}))\b")
    after = re.compile(rf"\b(?P<noun>(?i:{nouns}))\s+(?:{links})\s+(?:the\s+)?(?P<name>{NAME_RUN})")
    gate = re.compile(rf"(?i:\b(?:{nouns})\b)")
    return gate, before, after


def follower_state(name: str) -> tuple[int, str, str] | None:
    """(offset of the words naming the person in `name`, state, armed sector): the whole run, or the run
    without its first words ('General Khalifa Haftar', 'Field Marshal Haftar'); a single word only when it is
    no ordinary capitalized word of English news (a title, month, country or body word: 'Islamic State')."""
    from readout.kb.heads import person_state
    from readout.lang.en.mentions import stop_words

    words = list(re.finditer(r"\S+", name))
    for i, w in enumerate(words):
        rest = name[w.start():]
        if " " not in rest and (rest in stop_words() or len(rest) < 3):
            continue
        found = person_state(rest)
        if found:
            return (w.start(), *found)
    return None


def follower_mentions(text: str, offset: int, found: list) -> list:
    """The state of a known person acting through the people who follow him ('Haftar's forces' LBY MIL,
    'forces loyal to Dagalo' SDN REB, 'Maduro supporters' VEN CVL): any person of the knowledge base or
    the world table (kb/heads.py person_state), with the sector the follower noun gives (ARMED: the
    person's armed side). The mention spans the noun and the name, so it is the clause's subject."""
    from readout.kb.agents import followers
    from readout.model import CountryMention

    nouns = followers("en")
    out: list = []
    gate, *patterns = follower_patterns()
    if not gate.search(text):
        return out
    for pattern in patterns:
        for m in pattern.finditer(text):
            state = follower_state(m.group("name"))
            if state is None:
                continue
            at, code, armed = state
            start, end = min(m.start("noun"), m.start("name") + at), m.end()
            if any(c.start < offset + end and offset + start < c.end for c in found + out):
                continue
            sector = nouns[m.group("noun").lower()]
            out.append(CountryMention(offset + start, offset + end, [code], subject=True,
                                      sector=armed if sector == "ARMED" else sector))
    return out
