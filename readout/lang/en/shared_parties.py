"""Party names many states share ('the opposition Democratic Party', 'the ruling Labour Party', 'the Congress party').

Why: the knowledge base lists each such name once, with the state a bare name means by default (organizations.yaml),
so a story about another state's opposition put the default state on a side of that state's domestic politics. The
lexicon lists the shared names (en shared_party_names); a bare one names its default state as Korean '정부' names the
writer's (`Language.bare_home_word`), and the one story path for such words (pipeline/story_states.story_home_words)
gives it the state the story is placed in, where the story names the default state nowhere else. A name with its
state before it ("Norway's Labour Party") is that state's already (lang/en/org_owners.py).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en.organizations import surfaces

POSSESSIVE_RE = re.compile(r"(?:'s|’s)\b.*$")  # "the Democratic Party's leader": the party's own people
ARTICLE_RE = re.compile(r"^[Tt]he\s+")  # (speed53) compiled once: asked of every English mention's words


@budget.table()
def shared_party_names() -> frozenset[str]:
    """The party names the lexicon lists as shared by several states, and (actors61) the bodies every state has
    that the knowledge base lists under one state ('the National Security Council', 'NSC': en shared_body_names)."""
    lex = lexicon("en")
    return frozenset((*lex.get("shared_party_names", ()), *lex.get("shared_body_names", ())))


def shared_party_default(word: str) -> str | None:
    """The default state of a bare shared party name (its listed body's), else None: the mention's words, with
    an article before and the party's people after it ("Labour Party's leader") set aside."""
    name = POSSESSIVE_RE.sub("", ARTICLE_RE.sub("", word.strip()))
    if name not in shared_party_names() or name not in surfaces():
        return None
    return surfaces()[name][1]
