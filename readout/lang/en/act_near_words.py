"""The English words next to an act trigger that its readers ask about: the word before it (adverbs and negation
skipped), the verb's direct object among a set of nouns ('published a report'), the "by" of a passive, and the head
of a formation of forces ('naval task force'); the word classes every reader asks of one word (an auxiliary, a
determiner or possessive, a capitalized word) and the adverbs skipped after a verb (debt59, from act_window).

Why apart from `act_window`: these read single words beside the trigger, not the object window after it.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def prev_index(toks: list[Token], i: int) -> int | None:
    return i - 1 if i > 0 and toks[i - 1].word else None


def previous_word(toks: list[Token], i: int, cues: Cues, skip: bool = True) -> int | None:
    """Index of the word before token i (skipping adverbs and negation when `skip`), None at a break."""
    j = i - 1
    while j >= 0:
        t = toks[j]
        if not t.word:
            return None
        if skip and (t.low in cues.adverbs or t.low.endswith("ly") or t.low in cues.negation
                     or t.low.endswith("n't")):
            j -= 1
            continue
        return j
    return None


def object_among(toks: list[Token], j: int, cues: Cues, nouns: frozenset[str]) -> bool:
    """The verb's direct object (within three words from `j`, past determiners and adjectives) is one of `nouns`.
    A preposition, an infinitive or a non-word ends the search ('struck the town at a slow tone' is never read
    this far)."""
    for k in range(j, min(len(toks), j + 4)):
        if not toks[k].word or toks[k].low in cues.infinitive or toks[k].low in cues.prepositions:
            return False
        if toks[k].low in nouns:
            return True
    return False


def publishes(toks: list[Token], j: int, cues: Cues) -> bool:
    """The verb's direct object is a piece of information: the verb publishes it, it is no act on anyone."""
    return object_among(toks, j, cues, cues.informational_objects)


def find_by(toks: list[Token], j: int, cues: Cues) -> int | None:
    """Offset just after "by" in a passive clause ("were arrested by police"), within the window."""
    for k in range(j, min(len(toks), j + cues.window + 2)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
        if toks[k].low == "by" and k + 1 < len(toks):
            return toks[k + 1].start
    return None


def formation_head(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether token j heads a formation of forces ('aircraft carrier group', 'naval task force'): a head of
    `force_group_heads` right after a force word (`force_vehicles` or `force_group_modifiers`); a group of people
    or a trade group names no forces."""
    return toks[j].low in cues.force_group_heads and j > 0 and (
        toks[j - 1].low in cues.force_vehicles or toks[j - 1].low in cues.force_group_modifiers)


def capitalized(tok: Token) -> bool:
    return tok.word and tok.raw[:1].isupper()


def is_auxiliary(low: str, cues: Cues) -> bool:
    return low in cues.be or low in cues.perfect_auxiliaries or low in cues.intent or low in cues.hypothetical \
        or low in cues.deontic or low in cues.negation or low.endswith("n't")


def is_determiner(low: str, cues: Cues) -> bool:
    return low in cues.determiners or low.endswith(("'s", "s'"))


def skip_adverbs(toks: list[Token], j: int, cues: Cues) -> int:
    while j < len(toks) and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j += 1
    return j
