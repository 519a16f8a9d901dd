"""A party name many states' parties bear in Korean ('노동당', '민주당', '보수당') qualified as a state's ruling or
opposition party ('잠비아에서 여당 노동당은', 'B국의 야당인 민주당은') is the party of the state named before it in
its sentence, not the state the bare name means by default ('노동당': North Korea's): as English 'the ruling Labour
Party' (actors62; the rule: lang/base/qualified_parties.py). The names and qualifiers are the lexicon's
(ko shared_party_names, domestic_party_qualifiers)."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.base.qualified_parties import qualified_states
from readout.model import CountryMention


@budget.table()
def qualifier_re() -> re.Pattern:
    """The qualifier right before a party's name, as a noun or a copula's adnominal ('여당 노동당', '야당인 민주당')."""
    words = "|".join(re.escape(w) for w in sorted(lexicon("ko").get("domestic_party_qualifiers", ()), key=len,
                                                  reverse=True))
    return re.compile(rf"(?:^|[\s(])(?:{words})(?:인)?\s*$")


def shared_party(word: str) -> bool:
    """Whether `word` is a shared party name of the lexicon."""
    return word in lexicon("ko").get("shared_party_names", ())


def qualified_party_states(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """`found` with each qualified shared party name read as the party of the state named before it."""
    return qualified_states(text, offset, found, lambda w: default_state(w, found, text, offset), qualifier_re())


def default_state(word: str, found: list[CountryMention], text: str, offset: int) -> str | None:
    """The one state the reading gave a shared party name `word` (its default), else None."""
    if not shared_party(word):
        return None
    codes = {c.codes[0] for c in found if len(c.codes) == 1 and text[c.start - offset:c.end - offset] == word}
    return codes.pop() if len(codes) == 1 else None
