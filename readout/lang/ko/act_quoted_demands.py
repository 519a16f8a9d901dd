"""A headline's quoted demand: '칠레, 페루에 "제재 해제" 요구', 'A 정부 "B, 훈련 중단해야" 촉구', 'A "B 자격 정지해야"'.

Why: a headline quotes what its speaker asks for where a sentence would write '...하라고 요구했다'. The deed named in
the quote is the demand's content, not an act anyone did: a lifting of sanctions asked for is no CONCEDE, a
suspension someone says must happen is no SANCTION. Two shapes: the quote stands right before the headline's own
REQUEST word ('"..." 촉구'), whose content it is; or the quote ends in the obligation '-어야' and no act word follows it
('A "B 자격 정지해야"'), so the quote itself is the demand, told by the speaker before it (the manual's REQUEST: the
speaker asks that the deed be done).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import SUBJECT_TAGS

OPENERS, CLOSERS = frozenset({"SSO"}), frozenset({"SSC"})
SPEAKER_TAGS = frozenset({"NNP", "NNG", "SH", "SL", "SP"})  # the bare nouns that name who speaks ('칠레 정부', '中')
OBLIGATION_ENDINGS = frozenset({"어야", "아야", "야"})  # the headline's '-해야': what must be done


def quote_spans(toks: list) -> list[tuple[int, int]]:
    """(opening, closing) morpheme indexes of the headline's quotations; a straight quote (SS) opens and closes by
    turns."""
    out, opened = [], None
    for i, tok in enumerate(toks):
        opening = tok[1] in OPENERS or tok[1] == "SS" and opened is None
        if opening and opened is None:
            opened = i
        elif opened is not None and (tok[1] in CLOSERS or tok[1] == "SS"):
            out.append((opened, i))
            opened = None
    return out


def headline_quoted_demands(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits with each deed inside a headline's quoted demand dropped, or, where the quote is the demand itself,
    turned into the speaker's REQUEST (agent: the words before the quote; the deed's own target is the one asked
    of). Only a headline: its telegraphic act word after the quote, or a quote ending the line after bare nouns; a
    sentence's quote is read by the clause rules (`obligation_requests`)."""
    headline = any(h.data.get("clause") == "headline" for h in hits)
    out = list(hits)
    for opened, closed in quote_spans(toks):
        lo, hi = toks[opened][2], toks[closed][2]
        inside = [h for h in out if lo <= h.start and h.end <= hi]
        if not inside:
            continue
        after = next((h for h in out if h.data.get("clause") == "headline" and h.data.get("first") == closed + 1),
                     None)
        if headline and after is not None and after.type == "REQUEST":
            out = [h for h in out if h not in inside]  # '"제재 해제" 요구': what is asked, not done
            asked = quoted_subject(toks, opened, closed)
            if asked and not after.data.get("target_spans"):  # '"B, 훈련 중단해야" 촉구': B is asked
                out = [replace(h, data={**h.data, "target_spans": (asked,)}) if h is after else h for h in out]
        elif after is None and (closed + 1 == len(toks) or toks[closed + 1][1] == "SE") \
                and toks[closed - 1][0] in OBLIGATION_ENDINGS \
                and opened > 0 and all(t[1] in SPEAKER_TAGS for t in toks[:opened]):
            deed = inside[-1]
            request = replace(deed, type="REQUEST", mode=None, nominal=False,
                              data={**deed.data, "clause": "headline", "main": True,
                                    "agent_span": (toks[0][2], toks[opened - 1][2] + toks[opened - 1][3]),
                                    "quoted_demand": True})
            out = [request if h is deed else h for h in out if h is deed or h not in inside]
    return out


def quoted_subject(toks: list, opened: int, closed: int) -> tuple[int, int] | None:
    """The side a quoted demand opens with ('"B, 훈련 중단해야"', '"B는 철수해야"'): proper nouns right after the
    quote mark closed by a comma or a topic or subject particle; character offsets, or None."""
    k = opened + 1
    while k < closed and toks[k][1] in ("NNP", "SH"):
        k += 1
    if k == opened + 1 or k >= closed or not (toks[k][:2] == (",", "SP") or toks[k][1] in SUBJECT_TAGS):
        return None
    return toks[opened + 1][2], toks[k - 1][2] + toks[k - 1][3]
