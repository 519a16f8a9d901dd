"""The phrases an English object window reads through as one word: a capitalized name going on ("Kenya
Anti-Corruption Commission"), a diplomatic mission's name and city before the infinitive of an order ('at the Chinese
embassy in X to leave'), and a reporting frame after "what" ("what officials said were").

Why apart from `act_window`: these read the capitals and frames of one phrase, not the verb's window.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


MISSION_REACH = 7  # tokens of a mission's name and its city ("India's High Commission in New Delhi")


def mission_end(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The token after a diplomatic mission's phrase that token j ('at', 'of', 'from') opens: capitalized words, 'the'
    and a mission noun (`mission_nouns`: 'at the Chinese embassy', "of India's High Commission"), then 'in' and a
    capitalized city; None unless a mission noun closes the name (a place or a body of another kind) and the
    infinitive of an order or appeal follows ('ordered X at Y's embassy to leave'): other objects keep their window."""
    k, found = j + 1, None
    while k < len(toks) and k - j <= MISSION_REACH and toks[k].word \
            and (toks[k].raw[:1].isupper() or toks[k].low in ("the", "its") or toks[k].low in cues.mission_nouns):
        if toks[k].low in cues.mission_nouns:
            found = k + 1
        k += 1
    if found is None or found != k:
        return None
    if k + 1 < len(toks) and toks[k].low == "in" and toks[k + 1].raw[:1].isupper():
        k += 2
        while k < len(toks) and toks[k].word and toks[k].raw[:1].isupper() and k - j <= MISSION_REACH + 2:
            k += 1
    return k if k < len(toks) and toks[k].low in cues.infinitive else None  # only before the one ordered's 'to'


FRAME_REACH = 6  # words of a reporting frame after "what" ("what Israeli military officials said were")


def reported_frame_end(toks: list[Token], j: int, cues: Cues) -> int | None:
    """Where a free relative that reports or hedges its object ends, when token j ("what") opens one: "what it
    said was", "what officials claimed were", "what appeared to be", "what was described as". The act is done
    to the noun phrase after it (the speaker's words only qualify it), so the object window reads on from there.
    A reporting or seeming verb (`free_relative_verbs`) must come before the copula or "as"/"like" that ends the
    frame (`free_relative_ends`), or be a naming verb right before its noun phrase ("what it called a new weapon",
    `characterizing_verbs`); None when the words after "what" are no such frame ("what happened")."""
    seen_verb = False
    for k in range(j + 1, min(len(toks), j + 1 + FRAME_REACH)):
        t = toks[k]
        if seen_verb and t.low in cues.free_relative_ends:  # before the breaks: "described as"
            return k + 1 if k + 1 < len(toks) else None
        if not t.word or t.low in cues.clause_breaks:
            return None
        if t.low in cues.free_relative_naming and k + 1 < len(toks) and toks[k + 1].low not in cues.free_relative_ends:
            return k + 1  # "what it called a new weapon": the name follows the verb itself
        seen_verb = seen_verb or t.low in cues.free_relative_verbs
        if t.low in cues.characterizing_verbs and k + 1 < len(toks) and toks[k + 1].word \
                and toks[k + 1].low not in cues.free_relative_ends:
            return k + 1  # "tested what it called a new weapon": the naming verb's object is the noun phrase
    return None


def name_goes_on(toks: list[Token], j: int) -> bool:
    """Token j continues a capitalized name begun before it ("El Faro", "Kenya Anti-Corruption
    Commission", with "of" or "and" inside): a name is one word of the object window."""
    if j == 0 or not toks[j].word:
        return False
    t, p = toks[j], toks[j - 1]
    capital = t.raw[:1].isupper()
    if t.low in ("of", "and", "for") and j + 1 < len(toks):
        return p.raw[:1].isupper() and toks[j + 1].raw[:1].isupper()
    if not capital:
        return False
    if p.low in ("of", "and", "for", ","):
        return j > 1 and toks[j - 2].word and toks[j - 2].raw[:1].isupper()
    return p.word and p.raw[:1].isupper()


def in_name(toks: list[Token], j: int) -> bool:
    """A comma between two capitalized words that the list goes on after ("Educational, Scientific and
    Cultural"): part of one name, not a break."""
    return 0 < j < len(toks) - 2 and toks[j - 1].raw[:1].isupper() and toks[j + 1].raw[:1].isupper() \
        and toks[j - 1].word and toks[j + 1].word
