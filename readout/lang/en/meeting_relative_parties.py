"""(enrelc48) A name inside a relative clause ('met minister Ana Soto, [who was pressing for talks with Bolivia]') is
the clause's own: a meeting word outside that clause does not take it as a party, whatever 'with' or object reading
the clause reader gave it (Bolivia was not at the meeting; the clause's own 'talks' may have it as its party). The
clause is the one `clause_spans.relative_spans` reads (', who ...', ', which ...'); a meeting word inside it keeps its
parties ('A and B, who met in Lima with C, ...').

(enmeet49) Also the relative an appositive holds after the met person ('met Ana Soto, a Chilean activist [who is
seeking a summit with Bolivia]': lexicon `appositive_relative_re`), which has no comma before its 'who'."""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.lang.en import clause_spans


def relative_spans(text: str, lex) -> list[tuple[int, int]]:
    """The ', who ...' relatives and the relatives of appositives (', a Chilean activist who ...': from 'who')."""
    return clause_spans.relative_spans(text) + [m.span("rel") for m in lex.re("appositive_relative_re").finditer(text)]


def in_other_relative(text: str, start: int, trigger: Trigger, lex) -> bool:
    """Whether the name at `start`, after the meeting word, stands in a relative clause the meeting word is not in."""
    return start >= trigger.end and any(a <= start < b and not a <= trigger.start < b
                                        for a, b in relative_spans(text, lex))
