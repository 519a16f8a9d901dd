"""(harden59, issue 20) The Hangul syllables that are common Korean words of their own ('및', '등', '외', '월'):
common_syllables_ko.yaml, built from wordfreq's Korean frequencies (scripts/data/build_common_syllables_ko.py).

Why: the decoder (ingest/decode_mixed.cp949_runs) must tell a one-syllable CP949 run standing alone in a UTF-8 page from
two Latin-1 signs, whose bytes are one CP949 syllable too ('±½' is B1 BD, '굵'); a syllable that is a frequent word
by itself is Korean, a rare one standing alone is two signs. Why a data file: the list comes from a measured
source, not from a hand's guess, and `readout kb check` validates it."""
from __future__ import annotations

from readout import budget
from readout.kb.loader import parse


@budget.table()
def common_syllables() -> frozenset[str]:
    """The syllables of common_syllables_ko.yaml."""
    return frozenset(parse("common_syllables_ko.yaml", "CommonSyllablesFile").syllables)


def is_common_word(syllable: str) -> bool:
    """Whether `syllable` (one Hangul syllable) is a common Korean word of its own."""
    return syllable in common_syllables()
