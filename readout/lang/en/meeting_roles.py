"""Roles towards a meeting word that the clause reader (lang/en/clauses.py) leaves as 'other', found by
the news probe (tests/lang/en/test_news_probe.py): the subject 'they' of a subordinate meeting clause, the
names before ', who met', a recalled meeting with no subject of its own ('after meeting X'), the one
addressed at a meeting's scene ('A told B in a phone call'), the leader standing for a delegation, the
subjects' own talks after 'after' ('A and B signed ... after talks'), a party named after a newcomer's
lower-case word or a caller's 'from', and a name that belongs to a later meeting verb of the clause ('arrived
for a visit and is expected to meet X'). Each reads a meeting word only, never an act's."""
from __future__ import annotations

import re

from readout.kb.lexicon_patterns import Lexicon
from readout.lang.base import Trigger
from readout.lang.en import clause_patterns, clause_spans


def role(lex: Lexicon, text: str, start: int, end: int, trigger: Trigger, found: str) -> str:
    """The role of the name at [start, end) towards the meeting word `trigger`, given the clause
    reader's `found` one."""
    if found != "other" and start >= trigger.end and lex.re("meeting_circumstance_re").search(text, trigger.end, start):
        return "other"  # 'met in Warsaw amid worries about ties between A and B': A and B are the circumstance's
    if found != "other" and start >= trigger.end \
            and lex.re("meeting_topic_with_before_re").search(text, max(0, start - TOPIC_REACH), start):
        return "other"  # enmeet47: 'met to discuss their relationship with C': C is the meeting's topic, no party
    if found == "other" and start < trigger.start and (they_met(lex, text, start, trigger)
                                                        or relative_subject(lex, text, end, trigger)
                                                        or lex.re("meeting_led_by_before_re").match(text[:start])):
        return "subject"
    if found == "object" and start < trigger.start and clause_spans.clause_bounds(text, trigger.start, trigger.end)[0] <= start \
            and clause_patterns.patterns()["coordinated_verb_gap"].fullmatch(text, end, trigger.start):
        return "other"  # 'is to meet X on Thursday and visit Busan': X is the first verb's party, not the visit's
    if found in ("with", "object", "subject") and start >= trigger.end \
            and lex.re("meeting_next_predicate_re").search(text, trigger.end, start):
        return "other"  # 'arrived for a visit and is expected to meet X': X is the later verb's party
    if found == "other" and start >= trigger.end and again_with(text, start, trigger):
        return "with"
    if found == "other" and start >= trigger.end and trigger.kind == "predicate" \
            and lex.re("meeting_next_object_gap_re").fullmatch(text, trigger.end, start) \
            and lex.re("meeting_next_object_after_re").match(text, end):
        return "object"  # 'met X in A on Monday and Y in B on Tuesday': Y is met too, at a place and day of its own
    if found == "other" and start >= trigger.end:
        party = newcomer_role(lex, text, start, trigger)
        if party:
            return party
    if trigger.kind == "background" and found in ("other", "with"):
        return subjectless_background_role(lex, text, start, end, trigger) or found
    if trigger.kind == "setting" and found in ("other", "source") \
            and lex.re("own_meeting_before_re").search(text, max(0, trigger.start - 40), trigger.start):
        # 'A and B signed ... after talks'; 'After talks with X, Y said': the speaker held the talks too
        return subjectless_background_role(lex, text, start, end, trigger) or found
    scene = lex.re("addressee_scene_re").search(text, 0, trigger.start) if trigger.kind == "setting" else None
    if scene and scene.start("who") <= start and end <= scene.end("who"):
        return "object"  # 'A told B in a phone call': the one addressed at the meeting is its party
    if scene and lex.re("addressee_teller_gap_re").fullmatch(text, end, scene.start()):
        return "subject"  # ... and the one telling it
    return found


TOPIC_REACH = 80  # enmeet47: chars before a name read for the parties' own relation with it ('their ties with')
AND_WITH_RE = re.compile(r",\s*and\s+(?:also\s+|later\s+|then\s+)?with\s+(?:the\s+)?$")
WITH_RE = re.compile(r"\bwith\b")


def again_with(text: str, start: int, trigger: Trigger) -> bool:
    """'held talks with A, the summit's host, and with B': a second 'with' after ', and' continues the meeting
    word's 'with' parties past an appositive (whose comma the clause reader takes for a clause boundary); each
    'with' a meeting of its own (meeting_splits_pairs)."""
    joined = AND_WITH_RE.search(text, max(0, start - 40), start)
    return joined is not None and bool(WITH_RE.search(text, trigger.end, joined.start()))


def subjectless_background_role(lex: Lexicon, text: str, start: int, end: int, trigger: Trigger) -> str | None:
    """'Lee returned home after meeting Trump in Washington', 'After his summit with Trump, Lee
    visited ...': a background meeting with no subject of its own was held by the main clause's subject
    (the name opening the sentence, or the first after the fronted clause's comma); the name right
    after a gerund ('meeting President X') is the one met."""
    if not lex.re("subjectless_background_re").search(text, 0, trigger.start):
        return None
    p = clause_patterns.patterns()
    if start > trigger.end and trigger.text.lower().endswith("ing") and p["object_gap"].fullmatch(text, trigger.end, start):
        return "object"
    if start < trigger.start and p["opening_phrase"].fullmatch(text, 0, start):
        return "subject"
    comma = text.find(",", trigger.end, start) if start > trigger.end else -1
    if comma >= 0 and lex.re("fronted_background_re").match(text) and "," not in text[:trigger.start] \
            and p["opening_phrase"].fullmatch(text, comma + 1, start):
        return "subject"
    return None


def relative_subject(lex: Lexicon, text: str, end: int, trigger: Trigger) -> bool:
    """'A and B, who met in Beijing on Wednesday, agreed ...': the names just before ', who' (a run of
    coordinated names) are the subject of the meeting word in that relative clause."""
    own = next(((a, b) for a, b in clause_spans.relative_spans(text) if a <= trigger.start < b), None)
    return own is not None and end <= own[0] and bool(lex.re("who_subject_re").match(text, own[0])) \
        and bool(clause_patterns.patterns()["opening_phrase"].fullmatch(text, end, own[0]))


def they_met(lex: Lexicon, text: str, start: int, trigger: Trigger) -> bool:
    """'A and B discussed X when they met in Washington': a subordinate meeting clause whose subject is
    'they' has as parties the coordinated names that open the sentence (the name at `start` is one)."""
    left, _ = clause_spans.clause_bounds(text, trigger.start, trigger.end)
    return start < left and bool(lex.re("they_subject_re").fullmatch(text, left, trigger.start)) \
        and bool(clause_patterns.patterns()["opening_phrase"].fullmatch(text, 0, start))


def newcomer_role(lex: Lexicon, text: str, start: int, trigger: Trigger) -> str | None:
    """A party after the meeting word that the clause reader's title gap misses: one named with a
    lower-case word before the title ('with new Japanese Prime Minister X', 'met newly appointed Foreign
    Minister Y'), the leader of a delegation met, and the caller of a call received ('received a courtesy
    call from Ambassador X')."""
    if lex.re("meeting_with_before_re").search(text, max(0, start - 120), start):
        return "with"
    if trigger.kind == "predicate" and (lex.re("meeting_object_gap_re").fullmatch(text, trigger.end, start)
                                        or lex.re("meeting_led_by_gap_re").fullmatch(text, trigger.end, start)):
        return "object"  # 'met newly appointed Minister Y', 'met a delegation led by Premier X'
    if trigger.kind != "background" and lex.re("meeting_from_trigger_re").search(trigger.text) \
            and lex.re("meeting_from_gap_re").fullmatch(text, trigger.end, start):
        return "with"
    return None
