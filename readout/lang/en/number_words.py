"""(enfollow48) The value of an English number spelled in words: 'five', 'twelve', 'forty', 'twenty-five'.

English spells every number below a hundred from three closed sets, composed the same way: the units and the ten
(`date_count_words`, with 'a' and 'the' as one), the teens (`number_teens`), and the tens (`number_tens`), a ten and a
unit joined by a hyphen ('twenty-five') or a space. The sets are the number system's own words (lexicon en.yaml);
the composition is read here, so no count needs a listed word per number. A count of people or of days above ten
('freed twelve captured fighters', 'fifteen days later') reads as one below ten always did.
"""
from __future__ import annotations

from readout.kb.loader import lexicon


def spelled_number(word: str) -> int:
    """The value of a spelled number (lower case; 'twenty-five' or 'twenty five'), 0 when the word is none."""
    lex = lexicon("en")
    low = word.lower()
    for table in ("date_count_words", "number_teens", "number_tens"):
        if low in lex[table]:
            return lex[table][low]
    ten, _, unit = low.replace(" ", "-").partition("-")
    if ten in lex["number_tens"] and 0 < lex["date_count_words"].get(unit, 0) < 10 and unit not in ("a", "the"):
        return lex["number_tens"][ten] + lex["date_count_words"][unit]
    return 0
