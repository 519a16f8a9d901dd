"""The object window after an English act trigger: the words an entry's object may stand among ("imposed sanctions on
the junta", "ordered X to"), read up to a clause break, a stop word or a preposition's own phrase, with a name, an
appositive between commas or a short quote read through as one word, and the first object among them.

Why its own module (debt59): `act_window` matches an entry at a trigger (its form, particle and where its object
ends); the window of words its object is looked for in is one reading that the frame readers also ask for
(`object_window`), apart from the matching.
"""
from __future__ import annotations

import re

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_near_words import capitalized, is_determiner
from readout.lang.en.act_tokens import PUNCT_BREAKS, Token
from readout.lang.en.act_window_names import in_name, mission_end, name_goes_on, reported_frame_end


# (en34) a military model's designator in the plural, standing alone for the craft ('F-16s', 'MiG-29s', 'Su-35s',
# 'J-20s'): letters, a hyphen, a number, an optional letter and the plural 's'
DESIGNATOR_RE = re.compile(r"[a-z]{1,3}-\d{1,3}[a-z]?s")
QUOTES = frozenset({'"', "'", "“", "‘"})


def find_object(toks: list[Token], j: int, objects: dict, cues: Cues,
                windows: dict[int, list[int]] | None = None) -> tuple[int, int] | None:
    """The first object phrase within the window after token j, not past a clause break. `windows`
    keeps the window of each start token: the candidates of one word share it, so it is scanned once."""
    positions = windows.get(j) if windows is not None else None
    if positions is None:
        positions = object_window(toks, j, cues)
        if windows is not None:
            windows[j] = positions
    n_toks = len(toks)
    for k in positions:
        low = toks[k].low  # object_key inlined (speed55: every window token of every act word asks it)
        for rest in objects.get("aircraft" if "-" in low and DESIGNATOR_RE.fullmatch(low) else low, ()):  # "ask X to": the stop word itself may be the object
            if all(k + 1 + n < n_toks and toks[k + 1 + n].low == w for n, w in enumerate(rest)) \
                    and not dated_preposition(toks, k + len(rest), cues) and not compound_preposition(toks, k, cues) \
                    and not modifier_of_head(toks, k + len(rest), cues) \
                    and not (not rest and destination_to(toks, k, cues)):
                return k, k + len(rest)
    return None


def destination_to(toks: list[Token], k: int, cues: Cues) -> bool:
    """(enacts55b) The object 'to' at token k ('ordered X to') is a preposition, not an infinitive, when a
    capitalized name or a determiner follows it: 'ordered the cutting of electricity supplies to Gaza' names where the
    cut goes, no one ordered to do anything, so the 'order X to' REQUEST does not govern the cut."""
    if toks[k].low not in cues.infinitive or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return (capitalized(nxt) or is_determiner(nxt.low, cues)) and not later_infinitive(toks, k + 2, cues)


LATER_INFINITIVE = 6  # tokens after a destination 'to' and its first word where the order's own infinitive may stand


def later_infinitive(toks: list[Token], j: int, cues: Cues) -> bool:
    """A 'to' and a lower-case word within `LATER_INFINITIVE` tokens from j, no punctuation between: 'ordered the
    envoy to Peru to leave' has its infinitive after the post's 'to Peru', so the object stays the window's 'to' (the
    reading before, which the expulsion entry reads)."""
    for n in range(j, min(len(toks) - 1, j + LATER_INFINITIVE)):
        if not toks[n].word:
            return False
        if toks[n].low in cues.infinitive and toks[n + 1].word and toks[n + 1].raw.islower():
            return True
    return False


def modifier_of_head(toks: list[Token], end: int, cues: Cues) -> bool:
    """(enarmed68) The object phrase ending at token `end`, a party's noun (`domestic_actors`), is a modifier of the
    noun after it, a people noun or a site ('attacked government forces', 'attacked government buildings'): the pair's
    noun is no head of the object, and the act is done to those people or sites, not to the party the noun names (no
    ACCUSE of 'attack' + 'government')."""
    if toks[end].low not in cues.domestic_actors:
        return False  # 'closed the border post': a thing's noun before a site still names what the act is done to
    after = toks[end + 1].low if end + 1 < len(toks) else ""
    return after in cues.held_site_heads or after in cues.domestic_actors


def compound_preposition(toks: list[Token], k: int, cues: Cues) -> bool:
    """(precision49) The preposition at token k ends a compound preposition ('in response to', 'according to',
    `compound_prepositions`): it opens an adverbial of the clause, not the object the act word's entry asks for
    ('suspended an agreement in response to provocations' names no accord 'to' anyone)."""
    return any(" ".join(t.low for t in toks[max(0, k - n):k + 1]) in cues.compound_prepositions for n in (1, 2))


def dated_preposition(toks: list[Token], end: int, cues: Cues) -> bool:
    """An object phrase that is a bare preposition before a date word ("war games around X on Wednesday"): a time
    phrase, not the target the entry's preposition asks for ('war on X'), as the particle check above skips
    "agreed on Wednesday"."""
    return end + 1 < len(toks) and toks[end].low in cues.prepositions and toks[end + 1].low in cues.date_words


def quoted_verb(toks: list[Token], close: int, cues: Cues) -> bool:
    """(agree54) 'intended to "fully execute" the court's decision', 'vowed to "crush" the revolt': the quote right
    after the verb closes a quote that opened just before it (only adverbs between): the verb's own words quoted, its
    object after the quote."""
    k = close - 2
    while k >= 0 and close - k <= 3 and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k >= 0 and close - k <= 3 and toks[k].low in QUOTES


def object_window(toks: list[Token], j: int, cues: Cues) -> list[int]:
    """The tokens an object may start at after token j: up to `cues.window` words (a number, a quantity
    word or the rest of a capitalized name adds none), ending at punctuation, a comma outside a name or
    a stop word (which may itself be the object: "ordered X to")."""
    out: list[int] = []
    words = 0
    while j < len(toks) and words < cues.window:
        t = toks[j]
        out.append(j)
        if t.low == "," and in_name(toks, j) and toks[j - 1].low not in cues.date_words:  # fp23: 'sent on Saturday,
            # Peru's envoy urged': a day closing a time adverbial ends the phrase, it is no word of a name
            j += 1  # "the United Nations Educational, Scientific and Cultural Organization to"
            continue
        if t.low == "," and (close := appositive_end(toks, j, cues)) is not None:
            j = close + 1  # "asked Chile, the region's top copper producer, to": the appositive describes the object
            continue
        if t.low in QUOTES and (quoted_name(toks, j, out) or len(out) == 1 and j > 0
                                and toks[j - 1].low in cues.feeling_verbs and short_quote(toks, j)
                                or len(out) == 1 and quoted_verb(toks, j, cues)):
            j += 1  # 'signed a "partnership treaty"': a quoted name is part of the object phrase
            continue
        if t.low in cues.mission_links and (close := mission_end(toks, j, cues)) is not None:
            j = close  # "ordered an official at X's embassy in Y to leave": the post describes the object (en33)
            continue
        if t.low in cues.free_relative_openers:
            frame_end = reported_frame_end(toks, j, cues)
            if frame_end:  # "fired what it said was a cruise missile": the object is what the frame names
                j = frame_end
                continue
        if t.low in PUNCT_BREAKS or t.low == "," or t.low in cues.object_stops \
                or t.low in cues.window_ending_acts or t.low in cues.window_ending_refusals:  # window72: 'the suspension
            # of aid': the verb's object is the act; enacts56: so is a refusal ('announced its rejection of an offer')
            break
        words += t.word and not t.low[0].isdigit() and t.low not in cues.quantity_words \
            and not name_goes_on(toks, j)  # "25,000 tons of"; a long name counts as one word
        j += 1
    return out


APPOSITIVE_REACH = 14  # tokens of an appositive between commas after a name ("Chile, the largest economy in ...,")


def appositive_end(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The closing comma of an appositive that the comma at token j opens right after a capitalized name and that
    is followed by a word going on with the object's complement (`appositive_complements`: the asked party's
    "to", an expelled body's "out of"): "asked Brazil, the largest economy in the bloc, to help", (plover61) "forced
    the UN children's agency, UNICEF, out of the country" (an acronym alone between the commas). None when j opens no such
    phrase (a list, a clause, a reporting frame)."""
    if j < 1 or j + 2 >= len(toks) or not toks[j - 1].word:
        return None
    if acronym(toks[j + 1]) and toks[j + 2].low == ",":  # after any noun: 'the food agency, WFP,'
        return j + 2 if j + 3 < len(toks) and toks[j + 3].low in cues.appositive_complements else None
    if not toks[j - 1].raw[:1].isupper() or not is_determiner(toks[j + 1].low, cues):
        return None
    for k in range(j + 2, min(len(toks) - 1, j + 2 + APPOSITIVE_REACH)):
        if toks[k].low == ",":
            return k if toks[k + 1].low in cues.appositive_complements else None
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
    return None


def quoted_name(toks: list[Token], j: int, window: list[int]) -> bool:
    """A quotation mark inside an object phrase: an opening one right after a word of the phrase (a
    determiner or an adjective: 'a "strategic" deal'), or the one that closes a quote opened in the
    window. A quote opened right after the verb, or after a comma, starts reported speech instead."""
    opened = [k for k in window[:-1] if toks[k].low in QUOTES]
    if len(opened) % 2 == 1:
        return True  # the closing mark of a quoted name begun in this window
    return len(window) > 1 and toks[j - 1].word


SHORT_QUOTE_WORDS = 5  # words of a quoted noun phrase right after a verb of feeling ('expressed "deep regret"')


def short_quote(toks: list[Token], j: int) -> bool:
    """A quote opened right after a verb of stating a feeling (`cues.feeling_verbs`) that closes within `SHORT_QUOTE_WORDS` words with nothing but words
    inside ('expressed "deep disappointment"', 'voiced "grave concern"'): a quoted noun phrase, the verb's object;
    a longer quote, or one with punctuation inside, is reported speech."""
    for k in range(j + 1, min(len(toks), j + 2 + SHORT_QUOTE_WORDS)):
        if toks[k].low in QUOTES:
            return k > j + 1
        if not toks[k].word:
            return False
    return False


def acronym(tok: Token) -> bool:
    """A word of capitals only, two or more ('WFP'): a body's short name, standing alone as an appositive."""
    return tok.word and len(tok.raw) > 1 and tok.raw.isalpha() and tok.raw.isupper()
