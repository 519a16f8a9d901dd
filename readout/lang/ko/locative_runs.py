"""(towns48, issue 13) Whose place a locative is: '말리 정부군이 가오 근처에서' is near Gao, not in Mali.

LOCATIVE_AFTER_RE (places.py) lets up to three words stand between a place and its 에서 ('프놈펜 소카호텔에서', '리마의
대통령궁 앞에서'): words of the place's own phrase. A word among them closed by a case particle other than the genitive
(kiwi's J tags but JKG: '정부군이', '대통령은', '반군을') ends that phrase: the name before it belongs to that word's
phrase ('말리 정부군이': Mali's troops), and the locative is the place of the word right before 에서 or its area noun.
"""
from __future__ import annotations

GENITIVE_TAG = "JKG"


def phrase_closed(text: str, tokens, end: int, locative_end: int) -> bool:
    """A word between the place ending at `end` and its locative word (ending at `locative_end`) carries a case
    particle other than the genitive, so the place is no part of the locative's phrase. Tokens are (form, tag,
    start, length) in the sentence's own offsets; no tokens: nothing is known, the phrase stays open."""
    last_word = text.rfind(" ", end, locative_end)
    return last_word > end and any(end <= t[2] and t[2] + t[3] <= last_word and t[1].startswith("J")
                                   and t[1] != GENITIVE_TAG for t in tokens or ())
