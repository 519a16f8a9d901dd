"""A shared party name qualified as a state's opposition or ruling party ('accused the opposition Democratic Party',
'the ruling Labour Party') is the party of the state whose side speaks in its sentence (actors61).

Why: a bare shared party name keeps its listed default state unless the story is placed in one other state
(lang/en/shared_parties.py, pipeline/story_states.story_home_words); a sentence naming a third state ('X's prime
minister accused the opposition Democratic Party of colluding with Y') is placed in no one state, so the default
(the U.S. party) stood on a side of X's domestic politics. 'Opposition' and 'ruling' say the party is one of a
state's two sides at home: the state whose government speaks in the sentence, named before the party (the accuser's),
not a prior over the world's parties. The default state named in the sentence keeps its own party.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.base.qualified_parties import qualified_states
from readout.model import CountryMention


@budget.table()
def qualifier_re() -> re.Pattern:
    """The qualifier right before a party's name (lexicon en domestic_party_qualifiers: 'opposition', 'ruling')."""
    words = "|".join(re.escape(w) for w in lexicon("en").get("domestic_party_qualifiers", ()))
    return re.compile(rf"(?i)\b(?:{words})\s+(?:the\s+)?$")


def qualified_party_states(text: str, offset: int, found: list[CountryMention], default_of) -> list[CountryMention]:
    """`found` with each bare shared party name that a domestic qualifier opens ('the opposition Democratic Party')
    read as the party of the first state the sentence names before it (lang/base/qualified_parties.py)."""
    return qualified_states(text, offset, found, default_of, qualifier_re())
