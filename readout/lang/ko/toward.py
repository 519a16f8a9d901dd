"""A state named after the prefix 대 'toward' written with its Hanja gloss or before a whole state name: '대(對)말리
국경', '대(對)칠레 수출', '대토고 제재'. The state is the one a measure is aimed at: a recipient, never the acting side.

Why a module of its own: the one-syllable forms ('대북', '대중') are read by country_words.read_recipient from a closed
table; a whole state name after 대 is open (any state), so it needs the gloss or a recipient head to tell it from an
ordinary word ('대만' Taiwan, '대가' price), and the gloss splits the prefix off as a word of its own ('대', '(對)',
'말리') so the name's own word must learn it stands after the prefix. The glosses are the lexicon's (ko.yaml
`toward_glosses`).
"""
from __future__ import annotations

from typing import Sequence

from readout import budget
from readout.kb.loader import lexicon

PREFIX = "대"


@budget.table()
def glosses() -> tuple[str, ...]:
    """The prefix as written with its gloss ('대(對)'), longest first."""
    return tuple(sorted(lexicon("ko").get("toward_glosses", ()), key=len, reverse=True))


def after_glossed_prefix(text: str, words: list, i: int) -> bool:
    """Word `i` stands right after the glossed prefix ('대(對)말리': the words '대' and '말리' with the gloss between
    them), so the state it names is the one the measure is aimed at."""
    if i == 0 or words[i - 1].noun != PREFIX or words[i - 1].particle:
        return False
    return text[words[i - 1].start:words[i].start].replace(" ", "") in glosses()


def whole_name_after_prefix(noun: str, next_noun: str | None, names: dict[str, str],
                            heads: Sequence[str]) -> str | None:
    """The state code of '대토고', '대칠레' (the prefix before a whole state name) when a recipient head follows in
    the word or as the next word ('대토고 수출', '대칠레제재'); None otherwise ('대만', '대가')."""
    if not noun.startswith(PREFIX) or len(noun) < 3:
        return None
    rest = noun[len(PREFIX):]
    for size in range(len(rest), 1, -1):
        code = names.get(rest[:size])
        if code is None:
            continue
        tail = rest[size:]
        headed = tail.startswith(tuple(heads)) if tail else (next_noun or "").startswith(tuple(heads))
        return code if headed else None
    return None



PARTNER_ENDINGS = ("와의", "과의")  # 'X와의 국경': the state across the border


def state_across(word: str) -> tuple[int, int, str] | None:
    """(start, end, code): where in `word` the state a border noun after it faces is named, and its code: '대(對)토고',
    '대토고' (the prefix, with or without its gloss, before a whole state name) or '토고와의' (the partner); None when
    the word names no single state."""
    from readout.lang.ko.country_words import read_word  # countries imports this module

    start, end = 0, len(word)
    prefix = next((p for p in (*glosses(), PREFIX) if word.startswith(p) and len(word) > len(p)), None)
    if prefix is not None:
        start = len(prefix)
    elif word.endswith(PARTNER_ENDINGS):
        end = len(word) - len(PARTNER_ENDINGS[0])
    else:
        return None
    codes = read_word(word[start:end]).codes
    return (start, end, codes[0]) if len(codes) == 1 else None
