"""Hangul syllables' final consonants, which Korean endings turn on: an adnominal -ㄴ (past: '발사한 후') or
-ㄹ (future: '열릴 회담'), and the -ㅆ- of a past tense before it."""
from __future__ import annotations

from readout.kb.names import jamo_indexes


NIEUN_FINAL, RIEUL_FINAL, SSANGSIOS_FINAL = 4, 8, 20  # final consonants ㄴ, ㄹ, ㅆ (Unicode's indexes)


def final_consonant(syllable: str) -> int | None:
    parts = jamo_indexes(syllable)
    return parts[2] if parts else None
