"""A subject pronoun with antecedents of two states names no one (refs39): 'A met B on Monday. He condemned ...'.

Why: the pronoun reader falls back on the narrative's topic (the last subject), which is a guess when the sentence
that set it named people of two states as its parties ('Chile's president met Peru's president', '그는' after 'A는 B와
회담했다'): either may be 'he', and a wrong guess puts the act on the wrong state. No actor is better than a guess;
the act then takes its actor from its own clause or leaves the event out (no default: not the parties of the meeting
told, not the side going on). One state's people ('A met his own minister') or a subject alone keep the topic's
reading.
"""
from __future__ import annotations

from readout.model import TITLE_ONLY, Mention, Span

AMBIGUOUS = "ambiguous"  # the span mark of a pronoun left unresolved: its act takes no default actor


def rival_states(found: list[Mention]) -> bool:
    """Whether a sentence names persons of two or more states by name (a spokesperson's voice, a pronoun carried from
    before and an office holder named by title alone aside: 'B received him', 'met the Peruvian minister' keep B)."""
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


VOICE = "voice_on"  # (located66) the span mark of a subject pronoun no person named before stands for


def unnamed_voice(span: Span, surface: str, role: str) -> Mention:
    """(located66) A subject pronoun with no person to stand for ('Peru's president met Chile's envoy. He criticized
    ...': office holders named by title alone): marked so that its act takes the side that spoke the talks told last,
    their subject, not every party (pipeline/act_actors, `continuing_party`)."""
    return Mention(Span(span.start, span.end, span.label, {VOICE: True}), surface, None, role)


def voice_subject(mentions: list[Mention], lo: int, hi: int) -> bool:
    """Whether such a pronoun is a subject between offsets lo and hi (the sentence up to the act word)."""
    return any(m.span.data.get(VOICE) and m.role == "subject" and lo <= m.span.start < hi for m in mentions)


def continuing_party(talks: list, items: list, after: int, countries: dict) -> list[str]:
    """(located66) The state of the talks' subject ('Peru's president met Chile's envoy': Peru; the country word its
    sentence names first, a subject's before any other), which a later subject 'he' goes on speaking for; the other
    party when the act names that state after its word (`after`: 'He criticized Peru': Chile's envoy speaks). Only
    for talks of two states; [] otherwise. `countries`: the article's country mentions by sentence start."""
    if len(talks) != 1 or not talks[0].evidence:
        return []
    states = {p.country for p in talks[0].participants if p.country and p.id not in talks[0].mediators}
    named = [c for c in countries.get(talks[0].evidence[0].start, ()) if len(c.codes) == 1 and c.codes[0] in states]
    first = next((c for c in named if c.subject), named[0] if named else None)
    if first is None or len({c.codes[0] for c in named if c.subject}) > 1 or first is not named[0]:
        return []  # 'The Peruvian minister and the Chilean minister met': both spoke, 'he' is either (nameless_pair);
        # so when the other party is named before the subject ('A 장관과 B 장관은 회담했다': a pair joined before its
        # particle, only the last marked subject)
    others = states - {first.codes[0]}
    if len(others) != 1:
        return []  # talks of one state, or of more than two
    subject, other = first.codes[0], next(iter(others))
    aimed = {code for i in items if i.span.start >= after for code in i.codes}
    return [] if subject in aimed and other in aimed else [other] if subject in aimed else [subject]
