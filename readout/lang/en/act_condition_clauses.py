"""Which words of an English sentence stand in a condition ('if X attacks', 'should X refuse', 'will retaliate should X
test'): an act there is no act of the sentence, only what would set another off.

Why its own module: the finder (acts) and the obligation reader ask for the condition's tokens once per sentence;
act_context's other readers ask about one matched act.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


@functools.lru_cache(maxsize=8)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase of a closed list: a word that is none starts none of them."""
    return frozenset(p.split(" ")[0] for p in phrases)


@functools.lru_cache(maxsize=8)
def opener_words(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """(acts60) The words of each opener of a closed list by its first word: 'in the event that' is four."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split(" "))
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def opens_condition(toks: list[Token], i: int, openers: frozenset[str]) -> bool:
    """Whether an opener of any length starts at token i ('if', 'in case', 'in the event that')."""
    return any(all(i + n < len(toks) and toks[i + n].low == w for n, w in enumerate(words))
               for words in opener_words(openers).get(toks[i].low, ()))


def condition_tokens(toks: list[Token], cues: Cues) -> set[int]:
    """Tokens of a condition or purpose clause ("unless X arranged a ceasefire and held elections",
    "if the attacks continue,", "so that the new levy is dropped"): from its opener to the next
    comma or sentence part. What it names is the condition or goal of another act, not an act of the
    sentence."""
    out: set[int] = set()
    openers = cues.condition_openers
    firsts = first_words(openers) | cues.inverted_condition_openers
    for i, t in enumerate(toks):
        if t.low not in firsts:
            continue  # no opener, of one word or two, starts here (most words: no pair is built)
        if not opens_condition(toks, i, openers) and not inverted_condition(toks, i, cues):
            continue
        j = i + 1
        while j < len(toks) and toks[j].low not in (",", ";", ":", ".", "!", "?"):
            out.add(j)
            j += 1
    return out


def inverted_condition(toks: list[Token], i: int, cues: Cues) -> bool:
    """"Should Ecuador refuse, Peru would close the border", "Peru said that should Ecuador refuse, it would":
    an auxiliary (`inverted_condition_openers`) where a clause starts, before its subject (a capitalized name,
    a determiner or a pronoun), opens a condition as "if" does; so does one closing the main clause with no comma
    (`trailing_condition`)."""
    if toks[i].low not in cues.inverted_condition_openers or i + 1 >= len(toks):
        return False
    if i > 0 and toks[i - 1].low not in cues.inverted_condition_after:
        return trailing_condition(toks, i, cues)
    nxt = toks[i + 1]
    return nxt.word and (nxt.raw[:1].isupper() or nxt.low in cues.determiners or nxt.low in cues.speaker_pronouns)


def trailing_condition(toks: list[Token], i: int, cues: Cues) -> bool:
    """(en-acts45) "Peru will take countermeasures should Bolivia test a missile": an inverted auxiliary of
    `trailing_condition_openers` right after a lowercase word of the main clause, before a capitalized name or a
    determiner, opens a condition. A modal of obligation stands after its subject ("Peru said Chile should
    withdraw", "the ministry should act"), never before a name, so the order is the condition's."""
    if toks[i].low not in cues.trailing_condition_openers or i == 0:
        return False
    before, nxt = toks[i - 1], toks[i + 1]
    return before.word and before.raw[:1].islower() and nxt.word \
        and (nxt.raw[:1].isupper() or nxt.low in cues.determiners)
