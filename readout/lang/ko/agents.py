"""Korean agent nouns after a country word ("미얀마 반군은", "토고 정부 관계자는", "러시아군"), looked up in
the one agent table (kb/agents.py), where Korean office titles join them with their office's sector."""
from __future__ import annotations

import functools

from readout.kb.agents import phrases

MAX_WORDS = 4  # the longest agent phrase looked up after a country word


PLURAL = "들"  # '군인들', '경찰관들', '정부 관계자들': the plural of an agent phrase is the same agent


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase, also one joined to a country name in one word (러시아'군', 중국'측'), and
    of its plural ('군인들')."""
    table = phrases("ko")
    found = table.get(phrase)
    if found is None and phrase.endswith(PLURAL) and len(phrase) > len(PLURAL):
        found = table.get(phrase[:-len(PLURAL)])
    return found


def agent_words(nouns: list[str]) -> tuple[int, str] | None:
    """(number of words, sector) of the longest agent phrase at the start of `nouns` (each a word's noun:
    ['정부', '관계자'] -> (2, GOV); ['군인들'] -> (1, MIL)); None when the first word starts none."""
    for n in range(min(len(nouns), MAX_WORDS), 0, -1):
        found = sector_of(" ".join(nouns[:n]))
        if found is not None:
            return n, found
    return None


@functools.lru_cache(maxsize=1)
def agent_word_set() -> frozenset[str]:
    """Every word of an agent phrase ('고위', '관리', '반군'): a noun phrase of a country word and these
    words names the country's agent, and its particle is the country's."""
    return frozenset(w for phrase in phrases("ko") for w in phrase.split())


def is_agent_word(noun: str) -> bool:
    return noun in agent_word_set() or (noun.endswith(PLURAL) and noun[:-len(PLURAL)] in agent_word_set())


def place_agent_mentions(offset: int, words: list, found: list) -> list:
    """A place right before an agent noun ('다르푸르 반군은', '돈바스 분리주의 세력은', '베이징 당국은', '도네츠크
    분리주의자들이'): the place's state acting through that agent (its sector), as English reads 'Darfur rebels'
    (lang/en/towns.py). The place is a city (GeoNames' Hangul names) or a place alias (places.yaml, regions that
    name armed groups); a word no country form already covers, without a particle, and the agent phrase's
    particle is the place's. Why only before an agent noun: a place alone is where things happen."""
    from readout.kb.geo import lookup_city
    from readout.lang.ko.countries import agent_chain
    from readout.lang.ko.mentions import role_of
    from readout.model import CountryMention

    out = []
    for i, w in enumerate(words[:-1]):
        if w.particle or w.has_verb or not first_agent(words[i + 1].noun):
            continue  # most words: no agent noun after them
        entry = lookup_city(w.noun)
        start, end = offset + w.start, offset + w.start + len(w.noun)
        if entry is None or any(c.start < end and start < c.end for c in found):
            continue
        last, particle, sector = agent_chain(words, i, "", None)
        if sector is None:
            continue
        role = role_of(particle)
        out.append(CountryMention(start, end, [entry.country], genitive=particle == "의", subject=role == "subject",
                                  particle=particle or None, sector=sector))
    return out + follower_mentions(offset, words, found + out)


def follower_mentions(offset: int, words: list, found: list) -> list:
    """A known person's name right before a follower noun ('마두로 지지자들은' VEN CVL, '하프타르 세력은' LBY MIL):
    the person's state (kb/heads.py person_state) acting through the followers, with the noun's sector (ARMED:
    the person's armed side). The mention is the name and the follower words with their particle, so the
    followers, not the person named in it, are the clause's subject (the act reader drops a person's mention
    inside a longer agent phrase: pipeline/acts.py side_items)."""
    from readout.kb.agents import followers
    from readout.kb.heads import person_state
    from readout.lang.ko.mentions import role_of
    from readout.model import CountryMention

    table = followers("ko")
    out = []
    for i, w in enumerate(words[:-1]):
        if w.particle or w.has_verb:
            continue
        n = next((n for n in (2, 1) if " ".join(x.noun for x in words[i + 1:i + 1 + n]) in table
                  and len(words[i + 1:i + 1 + n]) == n), 0)
        state = person_state(w.noun) if n else None
        if state is None:
            continue
        last = words[i + n]
        start, end = offset + words[i + 1].start, offset + last.start + len(last.noun)
        if any(c.start < end and start < c.end for c in found + out):
            continue
        start = offset + w.start  # the name inside the mention: the person's own mention gives way to it
        if any(c.start < end and start < c.end for c in found + out):
            continue
        sector = table[" ".join(x.noun for x in words[i + 1:i + 1 + n])]
        particle = last.particle
        out.append(CountryMention(start, end, [state[0]], genitive=particle == "의",
                                  subject=role_of(particle) == "subject", particle=particle or None,
                                  sector=state[1] if sector == "ARMED" else sector))
    return out


@functools.lru_cache(maxsize=1)
def first_agent_words() -> frozenset[str]:
    """The first word of every Korean agent phrase ('반군', '분리주의', '정부')."""
    return frozenset(phrase.split()[0] for phrase in phrases("ko"))


def first_agent(noun: str) -> bool:
    return noun in first_agent_words() or (noun.endswith(PLURAL) and noun[:-len(PLURAL)] in first_agent_words())
