"""(orgs52, issue 14) An armed group no table lists, written as one word ending in a group head ('애국저항전선은
말리군을 공격했다', '콩고군과 호수지역방위여단은 휴전에 합의했다'): the English reader's rule (lang/en/unlisted_groups.py)
for Korean, an armed group (REB) of the one state its sentence names. Why one word: Korean writes a group's name
glued ('티그라이인민해방전선'), and kiwi may split it into common nouns (애국/저항/전선) or tag it NNP, so the whitespace
word is read, not kiwi's tags. Why the syllable floor and the guards (lexicon ko `unlisted_group_guards`): '반군',
'정부군', '최전선', '동부전선', '기갑여단' are common words of war, never names."""
from __future__ import annotations

import functools
import re

from readout.kb.loader import lexicon
from readout.lang.ko.words import country_in, role_of
from readout.lang.orgs_common import sentence_state
from readout.model import CountryMention

HANGUL_RE = re.compile(r"[가-힣]+")


@functools.lru_cache(maxsize=1)
def table() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """The heads (longest first), the syllables a name needs before its head, the guard endings."""
    lex = lexicon("ko")
    heads = tuple(sorted(lex["unlisted_group_heads"], key=len, reverse=True))
    return heads, int(lex["unlisted_group_min_syllables"]), tuple(lex["unlisted_group_guards"])


def group_word(noun: str) -> bool:
    """Whether a word's noun is an unlisted group's name: Hangul only, a head after enough syllables of its own,
    no guard ending, no state's name before the head ('말리군' is the country reader's)."""
    heads, floor, guards = table()
    if not HANGUL_RE.fullmatch(noun) or noun.endswith(guards):
        return False
    head = next((h for h in heads if noun.endswith(h)), None)
    if head is None or len(noun) - len(head) < floor:
        return False
    return country_in(noun[:-len(head)]) is None



def unlisted_group_mentions(offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """The unlisted armed groups of one sentence as mentions of the sentence's one state, sector REB."""
    code = sentence_state(found)
    if code is None:
        return []
    out = []
    for w in words:
        start, end = offset + w.start, offset + w.start + len(w.noun)
        if not group_word(w.noun) or any(c.start < end and start < c.end for c in found):
            continue
        role = role_of(w.particle)
        out.append(CountryMention(start, end, [code], genitive=w.particle == "의", subject=role == "subject",
                                  particle=w.particle, sector="REB"))
    return out
