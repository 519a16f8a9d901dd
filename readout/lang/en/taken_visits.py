"""(koacts59, issue 13) A visit noun told with its destination as having taken place: 'The Chilean president's visit
to Peru took place on Monday', '... went ahead': the visit held, a predicate of the meeting readers, as Korean 'A의 B
방문이 이뤄졌다' reads (lang/ko/meeting_taken_visits).

Why: the noun 'visit' is a setting word ('during his visit to Peru'), and the held reading (`meeting_held_after_re`:
'The summit was held') needs the verb right after the noun, which the destination phrase 'to Peru' stands between, so
the visit that took place gave no CONSULT. Rule: a visit-mode trigger read as a setting whose 'to <Name>' phrase is
followed by a verb of taking place (en.yaml `visit_held_after_re`: took place, went ahead, was held) is a predicate;
the meeting readers then read its possessive owner as the visitor and the destination as the visited.
"""
from __future__ import annotations


def visit_held(lex, text: str, end: int, mode: str | None) -> bool:
    """Whether the visit word ending at `end` (its trigger's `mode` 'visit') is followed by its destination and a
    verb of taking place."""
    return mode == "visit" and bool(lex.re("visit_held_after_re").match(text, end))
