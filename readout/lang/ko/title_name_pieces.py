"""(kowild48) A foreign name written by sound after its title, some of whose syllables kiwi reads as Korean words:
'기니 외무장관 파티 마 쿠야테는' read 파티/NNG 마/NNG 쿠야테/NNP, '말리 총리 보다 가 투레는' read 보다/JKB 가/JKS
투레/NNP. The run of words between the title and the name's last word (a proper noun carrying its particle) is one
name: each of its words is read back as one proper noun, so the name readers take the whole name after the title and
the clause readers see no stray particle ('가' standing alone is no subject's particle: a Korean particle never
stands as a word of its own).

A word of the run is short (a name's piece: one or two syllables), written in Hangul alone, with no verb ending,
and is none of the words that follow a title in Korean prose: a time word, a word that opens no name
(`not_name_words`: '및', '또'), a noun that heads a clause ('취임 후', `clause_head_nouns`), a chain modifier, a
title, a body, a state or a city, a pronoun, a number or a determiner ('새', '그'). The run closes on a proper
noun with a person's particle (not a place's: '총리 별장 체커스에서') that is no state, city, body or title; anything
else leaves the words as kiwi read them."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon
from readout.lang.ko.calendar_words import calendar_words
from readout.lang.ko.words import Word, country_of_word, is_org_word, title_of, words_of

PIECE_SYLLABLES = 2  # a name's piece kiwi took for a word: '마', '파티', '보다'
MAX_PIECES = 3  # the pieces before the name's last word ('파티 마 쿠야테'): a name has few words
PIECE_RE = re.compile(rf"[가-힣]{{1,{PIECE_SYLLABLES}}}")
NAME_RE = re.compile(r"[가-힣]{2,8}")  # the name's last word, written by sound
NOT_PIECE_TAGS = frozenset({"NP", "NR", "SN", "SL", "SH", "SW"})  # pronouns, numbers, foreign script
STEMLESS = ("E", "J")  # endings and particles: a word made only of them has no stem, no Korean word ('다', '가')

@budget.table()
def stop_words() -> frozenset[str]:
    """The words that follow a title in prose and are never a piece of a name."""
    lex = lexicon("ko")
    return frozenset(lex["not_name_words"]) | frozenset(lex["clause_head_nouns"]) | frozenset(lex["chain_modifiers"]) \
        | calendar_words()


def named_thing(noun: str) -> bool:
    """A title, a body, a state or a city: a word that names something other than a person."""
    return bool(title_of(noun) or is_org_word(noun) or country_of_word(noun) or lookup_city(noun))


def name_piece(word: Word) -> bool:
    """A word kiwi read as a short Korean word, a bare particle or a bare ending ('파티', '가', '다'), which may be a
    syllable of a name."""
    text = word.text
    if not PIECE_RE.fullmatch(text) or not word.tokens or text in stop_words() or named_thing(text):
        return False
    stemless = all(t[1].startswith(STEMLESS) for t in word.tokens)
    return (stemless or not word.has_verb) and not any(t[1] in NOT_PIECE_TAGS for t in word.tokens)


def closing_name(word: Word) -> tuple | None:
    """The name's last word: a proper noun of Hangul with its particle, no verb, naming nothing else; or such a word
    kiwi cut into syllables with a particle among them ('디알로는' read 디/NNG 알/NNG 로/JKB 는/JX). The word's
    morphemes as they are to be read (the name as one proper noun, then the particle), None for no such word."""
    if word.particle and word.proper and not word.has_verb:
        if word.particle in PLACE_PARTICLES:
            return None  # '총리 별장 체커스에서': a place after its owner's title, no person
        name = word.noun
        return tuple(word.tokens) if NAME_RE.fullmatch(name) and not named_thing(name) else None
    toks = word.tokens
    if len(toks) < FRAGMENTS + 1 or not toks[-1][1].startswith("J") or toks[-1][0] in PLACE_PARTICLES \
            or not all(len(t[0]) == 1 and t[1] in FRAGMENT_TAGS for t in toks[:-1]):
        return None
    name = word.text[:toks[-1][2] - word.start]
    if not NAME_RE.fullmatch(name) or named_thing(name):
        return None
    return ((name, "NNP", word.start, len(name)), toks[-1])


PLACE_PARTICLES = frozenset({"에서", "에", "로", "으로", "까지", "부터", "서"})  # where, whither: a place's particles
FRAGMENTS = 2  # the one-syllable pieces a name's last word was cut into, at least
FRAGMENT_TAGS = frozenset({"NNG", "NNP", "NNB", "JKB", "JKS", "JKO", "JKG", "JX", "JC"})


def piece_runs(words: list[Word]) -> dict[tuple[int, int], tuple]:
    """The words read back, by their span: after a title word standing alone, each piece of the name as one proper
    noun, then the closing name's morphemes (`closing_name`)."""
    out: dict[tuple[int, int], tuple] = {}
    for j, word in enumerate(words):
        if word.particle or word.has_verb or not title_of(word.noun):
            continue
        run: list[Word] = []
        for nxt in words[j + 1:j + 2 + MAX_PIECES]:
            closing = closing_name(nxt) if run else None
            if closing:
                out.update({(w.start, w.end): ((w.text, "NNP", w.start, len(w.text)),) for w in run})
                out[(nxt.start, nxt.end)] = closing
                break
            if len(run) == MAX_PIECES or not name_piece(nxt):
                break
            run.append(nxt)
    return out


def rejoined_title_names(tokens: list, surface: str) -> list:
    """`tokens` (form, tag, start, length; offsets into `surface`, the sentence's text) with each piece of a name
    after its title read back as one proper noun (the word, NNP), and its last word as the name and its particle."""
    spans = piece_runs(words_of(surface, tokens))
    if not spans:
        return tokens
    out, done = [], set()
    for tok in tokens:
        span = next((s for s in spans if s[0] <= tok[2] < s[1]), None)
        if span is None:
            out.append(tok)
        elif span not in done:
            done.add(span)
            out += spans[span]
    return out
