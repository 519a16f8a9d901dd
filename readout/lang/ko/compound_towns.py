"""(places60, issue 14) A town's name that opens a noun compound of a technique is a common noun, no town: '도하 훈련을
실시했다' is a river-crossing drill (渡河), not a drill in Doha; '도하 작전', '도하 장비' the same noun.

Why: a Sino-Korean common noun of two syllables sounds like many foreign towns, and kiwi reads some of them as the
proper noun only ('도하' is Doha in every context kiwi 0.24 reads it; its dictionary holds no common noun 도하), so
no morpheme says which one is meant. What does is the word after it: a head noun of a technique (lexicon ko
`activity_compound_heads`: 훈련, 작전, 장비, 지점 ...) makes a compound of the two, while a town stands before a place
phrase's noun ('도하 시내', '도하 공항': town_part_nouns), a meeting's ('도하 회담') or its people's ('도하 주민'), none
of which is a head here. Not where the pair is a place phrase itself (the head with a locative particle after it:
'도하 훈련장에서', '대전 지점에서', a branch in the city), nor a town with its own particle ('도하에서 훈련을').
Limits: a town named for a drill held there without a locative ('도하 훈련' for a drill in Doha) is read as the noun;
Korean news writes the place of a drill with '에서'."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon

LOCATIVE_PREFIXES = ("에", "서", "로", "으로")  # a place phrase's particles: '에서', '에', '서', '(으)로'


@budget.table()
def compound_head_re() -> re.Pattern:
    """A space, a head of lexicon ko `activity_compound_heads`, and a particle of `place_endings` that is no
    locative, or none, ending the word."""
    heads = "|".join(sorted(map(re.escape, lexicon("ko")["activity_compound_heads"]), key=len, reverse=True))
    endings = [e for e in lexicon("ko")["place_endings"] if not e.startswith(LOCATIVE_PREFIXES)]
    particles = "|".join(sorted(map(re.escape, endings), key=len, reverse=True))
    return re.compile(rf" (?:{heads})(?:{particles})?(?![가-힣])")


def opens_activity_compound(text: str, end: int) -> bool:
    """Whether the town's name ending at `end` opens a compound with a head noun of a technique (module docstring)."""
    return compound_head_re().match(text, end) is not None
