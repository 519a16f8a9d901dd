"""What one Korean word names as a country (lang/ko/countries.py reads the sentence's words with it).

In order (the data is countries.yaml; the tables are built in lang/ko/country_tables.py): a country name, alone or with
a head in the same word (필리핀, 중국측); Hanja (美, 韓美日); a compound of one-syllable forms, joined by a separator
(한·미·일) or undivided (한미, 북러가) where kiwi ends a morpheme and the run is no ordinary word; one syllable with a head
for it (미측, 미 국무부); 대 + syllable, a recipient (대북 제재); a product's origin, a recipient too (중국산 철강). `read_word`
answers with a `Reading` (codes and kind); `countries_of_word` with the acting states only.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from readout.kb.loader import lexicon
from readout.lang.ko.country_tables import (NOTHING, Reading, Tables, first_characters, mission_nouns, origin_suffixes,
                                            state_neutral_compounds, tables)

SEPARATOR_RE = re.compile(r"[-·‧ㆍ・]")
NOUN_TAGS = ("NNP", "NNG", "SH", "SL")


def starts_with_head(rest: str, heads: Sequence[str]) -> bool:
    """Whether `rest` opens with one of `heads`: one C call over the tuple (the tables keep heads as tuples, so
    `tuple()` copies nothing), not a generator step per head for every word of every Korean sentence."""
    return rest.startswith(tuple(heads))


def boundaries(tokens: Sequence | None, start: int) -> set[int] | None:
    """Offsets inside the word where kiwi starts or ends a morpheme; None without morphemes."""
    if not tokens:
        return None
    return {t[2] - start for t in tokens} | {t[2] + t[3] - start for t in tokens}


def noun_tag(tokens: Sequence | None, start: int) -> str | None:
    """The tag of the one-syllable morpheme at the word's start (None without morphemes)."""
    for form, tag, s, length in tokens or ():
        if s == start and length == 1:
            return tag
    return None if not tokens else ""


PLURAL = "들"  # the plural suffix on a people noun (kiwi: 들/XSN), kept in the word's noun
PEOPLE_PLURAL = "인" + PLURAL  # a state's people in the plural: 케냐인들


def read_name(noun: str, t: Tables) -> Reading:
    """A country name, or a name with a head in the same word (중국측, 러시아군, 미국정부)."""
    if noun in t.names:
        return Reading((t.names[noun],), "name")
    if noun in state_neutral_compounds():
        return NOTHING  # '정부군 진지를 공격해': the government of the story's conflict, not the reader's own
    for n in range(min(len(noun) - 1, t.longest_name), 1, -1):
        if noun[:n] in t.names and (starts_with_head(noun[n:], t.single_heads) or noun[n:] in mission_nouns()):
            return Reading((t.names[noun[:n]],), "name")
    return NOTHING


def read_hanja(noun: str, t: Tables) -> Reading:
    run = [t.hanja[ch] for ch in noun if ch in t.hanja] if noun[:1] in t.hanja else []
    return Reading(tuple(dict.fromkeys(run)), "hanja") if run else NOTHING


def read_separated(noun: str, t: Tables) -> Reading:
    """'한·미·일', '북-러', '북한·러시아': every part a syllable or a name (the last may carry a head:
    '한·미동맹'); '북한·북핵' is no compound."""
    parts = SEPARATOR_RE.split(noun)
    if len(parts) < 2 or not all(parts):
        return NOTHING
    last = parts[-1]
    if len(last) > 1 and last[0] in t.abbr and starts_with_head(last[1:], t.compound_heads):
        parts[-1] = last[0]
    codes = [t.abbr.get(p) if len(p) == 1 else t.names.get(p) for p in parts]
    return Reading(tuple(dict.fromkeys(codes)), "compound") if all(codes) else NOTHING


def syllable_run(noun: str, t: Tables) -> str:
    """The longest prefix of different country syllables ('한미일정상' -> '한미일', '호불호' -> '호불')."""
    run = ""
    for ch in noun:
        if ch not in t.abbr or ch in run:
            break
        run += ch
    return run


def read_run(noun: str, t: Tables, bounds: set[int] | None, next_noun: str) -> Reading:
    """An undivided compound ('한미', '북러가', '한미연합훈련', '북미 정상회담')."""
    run = syllable_run(noun, t)
    if len(run) < 2 or run in t.ordinary or all(ch in t.minor for ch in run):
        return NOTHING
    codes = tuple(dict.fromkeys(t.abbr[ch] for ch in run))
    if len(codes) < len(run):
        return NOTHING  # '한일남', '남한': one country twice is a name or a word, not a compound
    if bounds is not None and len(run) not in bounds:
        return NOTHING  # '일러스트': kiwi reads one longer word
    rest = noun[len(run):]
    headed = starts_with_head(rest, t.compound_heads) if rest else starts_with_head(next_noun, t.compound_heads)
    if rest and not headed or run in t.need_head and not headed:
        return NOTHING
    return Reading(codes, "compound")


def read_single(noun: str, t: Tables, tokens: Sequence | None, start: int, next_noun: str | None) -> Reading:
    """One syllable with a head for it: '미측', '미국무부', '미 국무부', '북 당국'. Without context (a chain
    word asked about alone) the bare syllable still names its country, as callers in mentions expect."""
    syllable, rest = noun[:1], noun[1:]
    if syllable not in t.abbr:
        return NOTHING
    if rest:
        return Reading((t.abbr[syllable],), "single") if rest in t.single_heads or \
            starts_with_head(rest, t.single_heads) and len(rest) >= 2 else NOTHING
    if next_noun is None:
        return Reading((t.abbr[syllable],), "single")
    tag = noun_tag(tokens, start)
    if tag not in (None, *NOUN_TAGS) or not starts_with_head(next_noun, t.single_heads):
        return NOTHING  # '방한 중': 중 is a bound noun, not China
    return Reading((t.abbr[syllable],), "single")


def read_recipient(noun: str, t: Tables, next_noun: str | None) -> Reading:
    """'대북 제재', '대중관세', '대미 메시지': the country the policy is aimed at."""
    prefix, rest = noun[:2], noun[2:]
    if prefix not in t.recipients:
        return NOTHING
    headed = starts_with_head(rest, t.recipient_heads) if rest else \
        (prefix in t.recipient_free or starts_with_head(next_noun or "", t.recipient_heads))
    return Reading((t.recipients[prefix],), "recipient") if headed else NOTHING


def posted_remainder(noun: str, start: int, firsts) -> tuple[str, int]:
    """'주한러시아대사관', '주미한국대사관' written as one word: after the prefix of a post's host (lexicon
    `post_prefixes`), the state whose mission (`post_mission_nouns`) it is; the noun and its start as they were
    otherwise."""
    lex = lexicon("ko")
    if not noun.endswith(tuple(lex.get("post_mission_nouns", ()))):
        return noun, start  # '주한미군' is read whole elsewhere (the forces, not a mission)
    for prefix in lex.get("post_prefixes", ()):
        if noun.startswith(prefix) and noun[len(prefix):len(prefix) + 1] in firsts:
            return noun[len(prefix):], start + len(prefix)
    return noun, start


def read_word(noun: str, tokens: Sequence | None = None, start: int = 0, next_noun: str | None = None) -> Reading:
    """What the noun of one word names. `tokens` (kiwi morphemes, absolute offsets) and `start` (the
    word's offset) let the rules see morpheme boundaries; `next_noun` is the next word's noun (None: no
    context, as when a title chain asks about one word)."""
    return _read_word(noun, tuple(tokens) if tokens else None, start, next_noun)


@functools.lru_cache(maxsize=65536)
def _read_word(noun: str, tokens: tuple | None, start: int, next_noun: str | None) -> Reading:
    t = tables()
    if not noun:
        return NOTHING
    reading = read_name(noun, t)
    if not reading.codes and noun.endswith(PEOPLE_PLURAL) and len(noun) > len(PEOPLE_PLURAL) + 1:
        reading = read_name(noun[:-len(PLURAL)], t)  # ploverko63: '아이티인들': the plural of a name's people (not
        # '정부들', a home word's plural, nor any other head's)
    if not reading.codes:
        reading = read_hanja(noun, t)
    if not reading.codes and SEPARATOR_RE.search(noun):
        return read_separated(noun, t)
    if not reading.codes:
        reading = read_run(noun, t, boundaries(tokens, start), next_noun or "")
    if not reading.codes and noun[:2] in t.recipients:
        return read_recipient(noun, t, next_noun)
    if not reading.codes and noun.endswith(origin_suffixes()):
        return read_origin(noun, t)
    return reading if reading.codes else read_single(noun, t, tokens, start, next_noun)


def read_origin(noun: str, t: Tables) -> Reading:
    """'중국산 철강', '러시아산 원유': a product's origin is no actor; the state is only what a measure on the
    product is aimed at (a recipient, as in '대중 관세'). A full country name before the suffix, no abbreviation."""
    stem = next((noun[:-len(s)] for s in origin_suffixes() if noun.endswith(s)), "")
    reading = read_name(stem, t) if len(stem) > 1 else NOTHING
    return Reading(reading.codes, "recipient") if reading.codes else NOTHING


def countries_of_word(noun: str, tokens: Sequence | None = None, start: int = 0,
                      next_noun: str | None = None) -> list[str]:
    """Countries a word names as an actor: 미국, 美, 한미일, 북·러, 중국측 (not recipients: 대북)."""
    reading = read_word(noun, tokens, start, next_noun)
    return [] if reading.recipient else list(reading.codes)


def country_of_word(noun: str) -> str | None:
    codes = countries_of_word(noun)
    return codes[0] if codes else None


def may_name(noun: str) -> bool:
    """False only where `read_word` surely finds nothing (see `first_characters`)."""
    return noun[:1] in first_characters() or SEPARATOR_RE.search(noun) is not None
