"""Korean headlines abbreviate a leader to one Hanja character of his surname, standing as a word of its
own ('尹, 시진핑과 정상회담', '習 "대만 문제 양보 없다"', '北 金, 미사일 발사 참관'): the character is
that leader, read as his Hangul name (a surname, or the full name where only one leader bears it) with the
office and state the headline convention gives it
(data/lexicon/ko.yaml `hanja_leaders`); the knowledge base resolves surname + office + date to the
person (윤 + president + KOR in 2024: Yoon Suk Yeol; in 2019 문: Moon Jae-in).

Why a module of its own: it reads a closed table against whole words, apart from the title chains of
lang/ko/mentions.py, which calls it; one character alone is never a name anywhere else.
"""
from __future__ import annotations

from typing import Callable

from readout import budget
from readout.kb.loader import lexicon
from readout.model import RawMention


@budget.table()
def hanja_leaders() -> dict[str, tuple[str, str, str]]:
    """Character -> (Hangul name form, office, country code)."""
    return {ch: (row["name"], row["office"], row["country"]) for ch, row in lexicon("ko")["hanja_leaders"].items()}


def hanja_leader_mentions(words, role_of: Callable[[str | None], str]) -> list[RawMention]:
    """One-character Hanja leaders of a sentence: a word that is the character alone, or the character and
    a particle or a comma ('尹,', '尹은', '習과'); never a character inside a longer word (尹錫悅, 韓美).
    `role_of`: the role a particle gives (lang/ko/mentions.py's, which calls this)."""
    table = hanja_leaders()
    out = []
    for w in words:
        ch = w.text[:1]
        if ch not in table or not (len(w.noun) == 1 or w.noun == ch):
            continue
        rest = w.text[1:].rstrip(",.")
        if rest and (w.particle is None or not rest.startswith(w.particle)):
            continue  # '尹정부', '習近平': another word, a name written out
        name, office, country = table[ch]
        out.append(RawMention(w.start, w.start + 1, w.start + 1, name, office=office, country=country,
                              role=role_of(w.particle)))
    return out
