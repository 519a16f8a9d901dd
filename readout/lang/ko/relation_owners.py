"""A state in the genitive before a relational noun and a second state: '러시아의 동맹국 벨라루스는', '케냐의 이웃나라
우간다가'.

Why: the phrase names the second state and says how it stands to the first; the first does nothing in the clause.
Kept as a mention it became a second actor or a target ('러시아의 동맹국 벨라루스는 ... 배치하겠다고' read Russia as
threatened). As English `relation_owner` (lang/en/countries.py). The nouns are lexicon ko `relation_nouns`.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.model import CountryMention


def without_relation_owners(offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """`found` without each genitive state whose word is followed by a relational noun with no particle and then a
    word where another state mention starts."""
    nouns = set(lexicon("ko").get("relation_nouns", ()))
    starts = {m.start for m in found}
    drop = set()
    for m in found:
        if m.particle != "의":
            continue
        k = next((i for i, w in enumerate(words) if offset + w.start <= m.end - 1 < offset + w.end), None)
        if k is None or k + 2 >= len(words):
            continue
        rel, named = words[k + 1], words[k + 2]
        if rel.noun in nouns and not rel.particle and offset + named.start in starts:
            drop.add(m.start)
    return [m for m in found if m.start not in drop]
