"""Participles that go on from a quote's reporting frame (issue of session 17, en21).

'"The border is a red line," ministry spokeswoman Ana Ruiz told a briefing, urging Quito to withdraw its troops and
warning that Peru would respond': the participles ('urging', 'warning') are the speaker's acts, so the frame between
the closing quote and the participles is their agent (`agent_span`), not a name inside the quote. A frame that
names its speaker's body without a state ('ministry spokeswoman Ana Ruiz') is the dateline's state's
(`home_subject`, act_quotes.unnamed_frame), as for a first-person quote.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_consequences import QUOTE_MARKS, trailing_speaker
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_quotes import known_speaker, stateless_frame, unnamed_frame
from readout.lang.en.act_tokens import Token

FRAME_WORDS = 12  # words of a reporting frame after the closing quote ('foreign ministry spokesperson X told a ...')


def participles_after_frame(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each '-ing' verb act after the comma that closes a quote's reporting frame (directly, or after 'and' joining
    it to such a participle), marked with the frame as its agent."""
    frame = opening_quote_frame(toks, cues)
    if frame is None:
        return hits
    (lo, hi), comma = frame
    mark = {"agent_span": (lo, hi), **({"home_subject": True} if unnamed_frame(toks, (lo, hi), cues) else {})}
    out, going = [], False
    for h in hits:
        i = h.data["token"]
        ing = not h.nominal and toks[i].low.endswith("ing") and "agent_span" not in h.data
        if ing and i > comma and (i == comma + 1 or going and toks[i - 1].low == "and"):
            h, going = replace(h, data={**h.data, **mark}), True
        out.append(h)
    return out


def opening_quote_frame(toks: list[Token], cues: Cues) -> tuple[tuple[int, int], int] | None:
    """The character span of the reporting frame after a quote that opens the sentence, with the index of the comma
    that closes it; None when the sentence opens no quote or no reporting verb follows it before a comma."""
    if not toks or toks[0].raw not in QUOTE_MARKS:
        return None
    close = next((k for k in range(1, len(toks)) if toks[k].raw in QUOTE_MARKS), None)
    if close is None or close + 1 >= len(toks):
        return None
    first = close + 1 + (toks[close - 1].low != "," and toks[close + 1].low == ",")
    for c in range(first, min(len(toks), first + FRAME_WORDS)):
        if toks[c].low == ",":
            words = [t.low for t in toks[first:c]]
            return ((toks[first].start, toks[c - 1].end), c) if any(w in cues.reporting for w in words) else None
    return None


def unnamed_voices(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """'"Luanda should stop ...," foreign ministry spokesperson X said': a quote opening the sentence whose reporting
    frame names its speaker's body without a state (`unnamed_frame`) is spoken by the dateline's state
    (`home_subject`), else, with no dateline, by the side whose statement the story just reported (`unnamed_voice`,
    `continued`: "office", as for 'The spokesman also urged ...'), before any state the quote itself names as its
    subject. Only the verb acts whose agent is that frame; a frame naming a state ('Chile's spokesman') keeps it.
    The frame closes the sentence or, before participles, the quote."""
    if not toks or toks[0].raw not in QUOTE_MARKS:
        return hits
    opening = opening_quote_frame(toks, cues)  # '"...," the spokesman said, urging X': the frame before a participle
    frame = trailing_speaker(toks, cues) or (opening[0] if opening else None)
    if frame is None or not stateless_frame(toks, frame, cues):
        return hits
    voice = {} if known_speaker(toks, frame, cues) else {"home_subject": True, "unnamed_voice": True}  # (en29) a
    # speaker the knowledge base knows names her own state: only the story's voice going on is kept
    return [replace(h, data={**h.data, **voice, "continued": h.data.get("continued") or "office"})
            if not h.nominal and h.data.get("agent_span") and h.data["agent_span"][1] > frame[0] else h
            for h in hits]


TIMED_PARTICIPLE_WORDS = frozenset({"after", "before"})  # 'four days after seizing it', 'hours before leaving'
TIME_GAP_WORDS = 4  # words of the span measured before 'after' ('four days', 'just hours', 'a week')


def timed_participles(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """(en28) 'Y recalled its envoy, hours after summoning the ambassador', 'X freed the boat, shortly after seizing
    it': an '-ing' act right after a trailing 'after' or 'before' (a span of time may stand before it) has no subject
    of its own; it is the act of the main clause's subject, the words before the sentence's first verb act ahead of
    the comma (`agent_span`). Not when the span counts days or more ('four days after seizing it'): that act has a
    day of its own the story's day is not, mostly the act told before (left to the dating readers)."""
    first = next((h for h in hits if not h.nominal), None)
    if first is None:
        return hits
    out = []
    for h in hits:
        i = h.data["token"]
        if h is not first and not h.nominal and "agent_span" not in h.data and toks[i].low.endswith("ing") \
                and i > 0 and toks[i - 1].low in TIMED_PARTICIPLE_WORDS \
                and trailing_span(toks, i - 1) == (True, False) \
                and first.data["token"] < i - 1 and first.start > toks[0].start:
            h = replace(h, data={**h.data, "agent_span": (toks[0].start, first.start)})
        out.append(h)
    return out


OTHER_DAY_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def trailing_span(toks: list[Token], k: int) -> tuple[bool, bool]:
    """Whether the 'after' at token `k` opens a trailing phrase (a comma before it, or before the span of time that
    measures it: '..., four days after'), and whether that span counts days or more ('four days after')."""
    days = False
    for j in range(k - 1, max(-1, k - 2 - TIME_GAP_WORDS), -1):
        if toks[j].raw == ",":
            return True, days
        if not toks[j].word:
            return False, days
        days = days or toks[j].low in OTHER_DAY_UNITS
    return False, days
