"""The state of an officer named by rank after the office that says whose he is (kb16).

"Pakistan's military spokesman, Lieutenant General X", "Chilean army spokesman Brigadier General X", "his Peruvian
counterpart, Lt. Gen. X", "Ghana's director general of military operations, Maj. Gen. X": a military rank is a title
of its own, so the title pattern reads "Lieutenant General X" and the state stays with the office phrase before it.
That phrase is a state (possessive, or adjective after a determiner or at the clause's start) and lower-case words
holding an office's title or 'counterpart', ending right before the rank (a comma allowed). Only for a mention whose
own title named no state: a state in the rank's own chain ('Chilean General X') is read by the title pattern.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.loader import lexicon
from readout.kb.offices import office_for
from readout.lang.en.organizations import country_code, country_pattern
from readout.model import RawMention

WINDOW = 120  # characters before the rank where the office phrase is looked for
MAX_WORDS = 6  # lower-case words of the office phrase ('director general of military operations')
MAX_TITLE_WORDS = 3  # words of one title inside it ('director general')
RANK_OFFICE = "military_officer"


@budget.table()
def owner_re() -> re.Pattern:
    """Why from the start-up cache (`compile_pattern`): the pattern holds every country form (about 19,000
    characters) and is first asked for by a document, after the start-up whose patterns a process finds
    compiled, so every process parsed it again in pure Python."""
    country = country_pattern()
    return compile_pattern(
        rf"(?:(?P<owner>{country})['’]s|(?:^|[.;:]\s*|\b(?:his|her|their|its|the|a|an|His|Her|Their|Its|The|A|An)\s+)"
        rf"(?P<adj>{country}))\s+(?P<desc>(?:[a-z][\w-]*\s+){{0,{MAX_WORDS - 1}}}[a-z][\w-]*)\s*,?\s*$")


def names_an_office(desc: str, titles: dict[str, str]) -> bool:
    """Whether the lower-case phrase holds an office's title ('military spokesman') or 'counterpart'. (plover53) Not
    a byline title ('By', 'Reporting by': one ending in a word of en `byline_words`): in running words 'by' is an
    agent's preposition, and 'Peruvian journalists violated a ban by General X' named no office before the rank, yet
    made the whole clause one person's mention, hiding the act inside it."""
    words = desc.split()
    grams = {" ".join(words[i:i + n]) for n in range(1, MAX_TITLE_WORDS + 1) for i in range(len(words) - n + 1)}
    byline = set(lexicon("en")["byline_words"])
    return "counterpart" in grams or "counterparts" in grams \
        or any(g in titles and g.split()[-1] not in byline for g in grams)


def rank_owner(text: str, mention: RawMention, titles: dict[str, str]) -> tuple[str, int] | None:
    """The state of the office phrase right before a ranked name's title, and where that phrase starts, or None."""
    if mention.country or not mention.title or titles.get(mention.title.lower()) != RANK_OFFICE:
        return None
    left = max(0, mention.start - WINDOW)
    m = owner_re().search(text[left:mention.start])
    if not m or not names_an_office(m.group("desc"), titles):
        return None
    code = country_code(m.group("owner") or m.group("adj"))
    return (code, left + m.start("owner" if m.group("owner") else "adj")) if code else None


def give_rank_owners(text: str, out: list[RawMention], titles: dict[str, str]) -> list[RawMention]:
    """Fill in the state of every ranked mention whose office phrase before it names one; the phrase is the
    front of the mention's title chain ('met Pakistan's army chief, General X': X is what 'met' takes, so his
    mention starts at the state), and a holder-less title mention inside it is that same person, dropped."""
    inside: list[tuple[int, int]] = []
    for mention in out:
        found = rank_owner(text, mention, titles)
        if found:
            mention.country, front = found
            mention.office = office_for(mention.office or RANK_OFFICE, mention.country) or mention.office
            inside.append((front, mention.start))
            mention.name_start, mention.start = mention.name_from, front
    return [o for o in out if o.surface or not any(a <= o.start < b for a, b in inside)]
