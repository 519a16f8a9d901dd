"""Whom a warning is aimed at when its own quotation tells only what the speaker's side will do (ko-acts31).

Why: Korean joins a statement's quotations with -라며 and closes the last one on the saying verb ('A는 "[B가] ...을
좌시하지 않을 것"이라며 "[우리 정부는] 상응하는 조치를 취해 나갈 것"이라고 경고했다'). The warning's content reader
(act_addressees.content_span) reads only the last quotation, whose subject is the speaker's own side ('우리 정부는'),
so the threat was aimed at no one and dropped, though the first quotation names the state warned. A warning with no
addressee marked (에게, 에 대해) whose own quotation names no other state is aimed at the state a quotation joined
before it names as its subject, in the same sentence.
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.ko.act_voices import quoted_ranges
from readout.lang.ko.words import country_of_word, words_of
from readout.lang.ko.tags import SUBJECT_PARTICLES

JOINING_AFTER_QUOTE = ("이라며", "라며", "이라면서", "라면서", "며")  # what joins a quotation to the next one


def warned_in_joined_quote(hits: list[ActHit], text: str, tokens) -> list[ActHit]:
    """The hits with each THREATEN aimed at no other state (no target span, or only the speaker's own side's
    first person, `own_state_words`: '우리 정부는') given the subject naming a state in a quotation joined before its
    own by -라며 (`target_spans`); the others unchanged."""
    out = []
    for h in hits:
        span = None
        if h.type == "THREATEN" and not h.data.get("passive") and own_side_only(h, text):
            span = joined_quote_subject(text, tokens, h.start)
        data = {k: v for k, v in h.data.items() if k not in ("unaddressed", "counter_measure")}
        out.append(replace(h, data={**data, "target_spans": (span,)}) if span else h)
    return out


def own_side_only(hit: ActHit, text: str) -> bool:
    """The hit's target spans are none, or each is the first person of the speaker's side or follows it ('우리',
    '우리 정부는': the span the content reader gives is '정부')."""
    own = tuple(lexicon("ko")["own_state_words"])
    return all(text[lo:hi].startswith(own) or text[:lo].rstrip().endswith(own)
               for lo, hi in hit.data.get("target_spans", ()))


def joined_quote_subject(text: str, tokens, start: int) -> tuple[int, int] | None:
    """The span of the first subject naming a state inside a quotation that closes before the one the act word at
    `start` closes, joined to the next by -라며; None where no such quotation or subject stands."""
    quotes = [(lo, hi) for lo, hi in quoted_ranges(text) if hi <= start]
    words = words_of(text, tokens)
    for (lo, hi), nxt in zip(quotes, quotes[1:]):
        if not text[hi:nxt[0]].strip().startswith(JOINING_AFTER_QUOTE):
            continue
        for w in words:
            if lo < w.start < hi and w.particle in SUBJECT_PARTICLES and not w.has_verb \
                    and country_of_word(w.noun):
                return w.start, w.noun_end
    return None
