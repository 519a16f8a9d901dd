"""(orgs52, issue 14) An armed group no table lists, written as one word ending in a group head ('애국저항전선은
말리군을 공격했다', '콩고군과 호수지역방위여단은 휴전에 합의했다'): the English reader's rule (lang/en/unlisted_groups.py)
for Korean, an armed group (REB) of the one state its sentence names. Why one word: Korean writes a group's name
glued ('티그라이인민해방전선'), and kiwi may split it into common nouns (애국/저항/전선) or tag it NNP, so the whitespace
word is read, not kiwi's tags. Why the syllable floor and the guards (lexicon ko `unlisted_group_guards`): '반군',
'정부군', '최전선', '동부전선', '기갑여단' are common words of war, never names."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.ko.words import country_in, role_of
from readout.lang.orgs_common import sentence_state
from readout.model import CountryMention

HANGUL_RE = re.compile(r"[가-힣]+")


@budget.table()
def table() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """The heads (longest first), the syllables a name needs before its head, the guard endings."""
    return head_table("unlisted_group")


def group_word(noun: str) -> bool:
    """Whether a word's noun is an unlisted group's name: Hangul only, a head after enough syllables of its own,
    no guard ending, no state's name before the head ('말리군' is the country reader's)."""
    return headed_name(noun, *table())



PARTY_SECTOR = "PTY"  # PLOVER: "Political parties" (the Phoenix agents dictionary's PARTY)


@budget.table()
def party_table() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """(groups54) The party heads (longest first), the syllables a name needs before its head, the guard endings."""
    return head_table("unlisted_party")


def head_table(key: str) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """The lexicon's `<key>_heads` (longest first), `<key>_min_syllables` and `<key>_guards`: the table of `table`
    and of `party_table` (debt56b: one reading, two keys)."""
    lex = lexicon("ko")
    heads = tuple(sorted(lex[f"{key}_heads"], key=len, reverse=True))
    return heads, int(lex[f"{key}_min_syllables"]), tuple(lex[f"{key}_guards"])


def party_word(noun: str) -> bool:
    """(groups54, issue 14) Whether a word's noun is a party's name no table lists ('민주연합당', '국민통합당'): Hangul
    only, a party head (黨) after enough syllables of its own, no guard ending ('예배당', '포도당', '담당', '야당'), no
    state's name before the head. Why a word and not kiwi's tags: kiwi cuts such a name into common nouns (민주/연합/당),
    as it does a group's (`group_word`)."""
    return headed_name(noun, *party_table())


def headed_name(noun: str, heads: tuple[str, ...], floor: int, guards: tuple[str, ...]) -> bool:
    """(debt56b) The rule a group's and a party's unlisted names share, with their own table: Hangul only, one of
    `heads` (longest first) after at least `floor` syllables of its own, no guard ending, no state's name before the
    head. One rule, two tables (`group_word` and `party_word` each wrote it out)."""
    if not HANGUL_RE.fullmatch(noun) or noun.endswith(guards):
        return False
    head = next((h for h in heads if noun.endswith(h)), None)
    return head is not None and len(noun) - len(head) >= floor and country_in(noun[:-len(head)]) is None


SPACED_HEADS_SKIPPED = ("군",)  # a spaced '... 군' is a county or a state's army ('다국적 연합 군'), never read spaced


def spaced_name(words: list, i: int) -> int | None:
    """(groups53, issue 14) Where a group's name written with spaces ends ('자유 해방 전선을', '사헬 자유 여단이'): the
    index of the first word of a run of bare Hangul words (no particle, no verb) from word `i` whose last word's noun
    is a head itself (not '군') and whose joined noun is a group's name (`group_word`), else None. Why the head alone:
    '동부 전선', '기갑 여단' end in a head after a common word too, which the joined noun's floor and guards drop, while
    a head glued to a word ('러시아 남부전선') is the one-word reading's."""
    heads, _floor, _guards = table()
    for k in range(i + 1, len(words)):
        if any(not HANGUL_RE.fullmatch(w.noun) or w.particle or w.has_verb or w.text != w.noun
               for w in words[i:k]):
            return None
        if words[k].noun in heads and words[k].noun not in SPACED_HEADS_SKIPPED \
                and group_word("".join(w.noun for w in words[i:k + 1])):
            return k
    return None


def name_spans(words: list) -> list[tuple[int, int, object]]:
    """The (first word, last word, last word) of each group's name in the sentence: one word, or a spaced run."""
    out, i = [], 0
    while i < len(words):
        k = i if group_word(words[i].noun) else spaced_name(words, i)
        if k is not None:
            out.append((i, k, words[k]))
            i = k + 1
        else:
            i += 1
    return out


def unlisted_group_mentions(offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """The unlisted armed groups of one sentence as mentions of the sentence's one state, sector REB."""
    code = sentence_state(found)
    if code is None:
        return []
    out = []
    for i, _k, w in name_spans(words):
        start, end = offset + words[i].start, offset + w.start + len(w.noun)
        if any(c.start < end and start < c.end for c in found):
            continue
        role = role_of(w.particle)
        out.append(CountryMention(start, end, [code], genitive=w.particle == "의", subject=role == "subject",
                                  particle=w.particle, sector="REB"))
    return out
