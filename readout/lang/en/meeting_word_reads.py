"""The English meeting reader's sentence-level reads (a third party's talks, the meetings to prepare, a word's clause,
an 'asked B to', a clause closed before a word): pure functions of the text and the lexicon, remembered per sentence,
that lang/en/reading_meetings.EnglishMeetings asks for each name. Moved verbatim from that module (acts59b)."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from readout.lang.en import clause_spans

if TYPE_CHECKING:
    from readout.lang.en.reading_meetings import EnglishMeetings

INSTEAD_RE = re.compile(r"(?i)\binstead\b")


SPOKE_RE = re.compile(r"(?i)spoke|speak|speaks")


CALL_WORD_RE = re.compile(r"(?i)\b(?:phone|telephone|call|calls|called|video)\b")


def third_party(hosted: list[re.Match], start: int, end: int) -> bool:
    """'Qatar hosted talks between Israel and Hamas': a host verb, or the talks it holds, of talks between
    others (`hosted`: the sentence's matches of `meeting_third_party_re`, read once) is a meeting a third party
    hosts (CONSULT third-party; all parties stand as its actors, the manual's reading of a meeting with no
    visitor)."""
    return any(start <= m.end() and m.start() <= end for m in hosted)  # the match covers the trigger word


@functools.lru_cache(maxsize=256)
def prepared_meetings(pattern: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Where each phrase naming a meeting to prepare starts, and where its meeting word starts ('to prepare a
    summit'). Every name of the sentence asks it about every meeting word: read once per sentence."""
    return tuple((m.start(), m.start("meeting")) for m in pattern.finditer(text))


@functools.lru_cache(maxsize=512)
def word_clause(lang: "EnglishMeetings", text: str, start: int, end: int) -> tuple[int, int]:
    """`lang.clause_of_word`, remembered for the latest sentences' words (a pure reading of the text and the lexicon)."""
    return lang.clause_of_word(text, start, end)


@functools.lru_cache(maxsize=256)
def asked_to_start(pattern: re.Pattern, text: str, end: int, begin: int = 0) -> int | None:
    """Where the 'to' of 'asked B to' ends the text between `begin` (after a clause closed before the trigger:
    meet52b) and `end` starts, or None. Every name of the sentence asks it about the same trigger: the search runs
    once per trigger."""
    asked = pattern.search(text, begin, end)
    return asked.start("to") if asked else None


PARTNER_GAP_RE = re.compile(r"\s+with\s+(?:the\s+)?")  # meet51b: 'talks with (the) ', right before the partner


def closed_relative(text: str, start: int) -> int:
    """(meet52) The end of the last embedded clause (a 'who' relative, an aside: clause_spans.relative_spans) closed
    before the word at `start` outside it, else 0: 'The Kenyan envoy who sought talks with Uganda met Tanzanian
    officials' reads the status of 'met' from the words after the clause, not from its 'sought' (a plan of the
    clause's own talks), which made the main meeting a plan of unnamed people, so none."""
    return max((b for a, b in clause_spans.relative_spans(text) if b <= start), default=0)
