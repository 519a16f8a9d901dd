"""A subject pronoun with antecedents of two states names no one (refs39): 'A met B on Monday. He condemned ...'.

Why: the pronoun reader falls back on the narrative's topic (the last subject), which is a guess when the sentence
that set it named people of two states as its parties ('Chile's president met Peru's president', '그는' after 'A는 B와
회담했다'): either may be 'he', and a wrong guess puts the act on the wrong state. No actor is better than a guess;
the act then takes its actor from its own clause or leaves the event out (no default: not the parties of the meeting
told, not the side going on). One state's people ('A met his own minister') or a subject alone keep the topic's
reading.
"""
from __future__ import annotations

from readout.model import Mention, Span

AMBIGUOUS = "ambiguous"  # the span mark of a pronoun left unresolved: its act takes no default actor


def rival_states(found: list[Mention]) -> bool:
    """Whether a sentence names persons of two or more states by name (a spokesperson's voice, a pronoun carried from
    before and an office holder named by title alone aside: 'B received him', 'met the Peruvian minister' keep B)."""
    from readout.pipeline.mentions import TITLE_ONLY  # (mentions imports this module)

    states = {m.entity.country for m in found if m.entity is not None and m.entity.kind == "person"
              and not m.excluded and m.entity.country and m.span.data.get("name_start") is not None
              and m.entity.reason != TITLE_ONLY}
    return len(states) > 1


def ambiguous_pronoun(span: Span, surface: str, role: str) -> Mention:
    """The mention of a pronoun that stands for either of two states' people: no one, marked so that its act takes
    neither the meeting's parties nor the side going on (pipeline/act_actors.clause_actors)."""
    return Mention(Span(span.start, span.end, span.label, {AMBIGUOUS: True}), surface, None, role)


def ambiguous_subject(mentions: list[Mention], lo: int, hi: int) -> bool:
    """Whether an ambiguous pronoun is a subject between offsets lo and hi (the sentence up to the act word)."""
    return any(m.span.data.get(AMBIGUOUS) and m.role == "subject" and lo <= m.span.start < hi for m in mentions)
