"""The English clause patterns of the lexicon (`en.yaml` `clause:`), compiled once with the literals their searches are
gated on: the role patterns name_role reads before a name, the clause boundary, and the residence phrases ('Hungarians
in Slovakia').

Why its own module: every English clause reader (clauses, name_role_anchors, meeting_roles) searches them; the
compiling and gating is apart from what the readers ask.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache import cached_data
from readout.kb.loader import lexicon
from readout.pattern_gates import case_free_gated, case_free_needs, gated, opens_with_literal, required_literals
from readout.patterns import folded, literal_first


@budget.table()
def patterns() -> dict[str, re.Pattern]:
    lex = lexicon("en")["clause"]
    cased = ("agents_abroad_re", "with_before_re", "object_gap_re", "preposition_before_re", "between_before_re", "lower_words_re",
             "between_pair_before_re", "passive_gap_re",
             "opening_phrase_re", "series_tail_re", "series_next_re", "agent_series_re",
             "comitative_before_re", "comitative_gap_re", "quote_speaker_before_re", "listed_names_gap_re",
             "measure_trigger_re", "new_subject_and_re", "finite_before_and_re", "joined_names_before_and_re",
             "headline_visit_re")  # capitals mark title words there
    keys = [key for key in lex if key.endswith("_re")]
    sources = {key: with_slots(lex, lex[key]) for key in keys}
    needs = clause_gates(tuple((sources[key], key in cased) for key in keys))
    return {key[:-3]: (gated if key in cased else case_free_gated)(re.compile(sources[key], 0 if key in cased else re.I),
                                                                   need)
            for key, need in zip(keys, needs)}


IRREGULAR_PAST_SLOT = "{irregular_past}"
SINGULAR_HEAD_SLOT = "{relative_singular_head}"


def with_slots(lex, source: str) -> str:
    """(enrelative70) `source` with its `{irregular_past}` slot filled by the alternation of `verb_chain`'s irregular
    pasts ('struck', 'withdrew'): the clause patterns and the verb chains read one list, no pattern spells its own.
    (meet51) Its `{relative_singular_head}` slot is a lookbehind for one of `relative_singular_heads` (a word, so one
    lookbehind each: `re` wants each of fixed width), the people nouns a restrictive 'who' clause may follow."""
    if IRREGULAR_PAST_SLOT in source:
        words = sorted(lex["verb_chain"]["irregular_past"], key=lambda w: (-len(w), w))
        source = source.replace(IRREGULAR_PAST_SLOT, "(?:" + "|".join(map(re.escape, words)) + ")")
    if SINGULAR_HEAD_SLOT in source:
        heads = sorted(lex["relative_singular_heads"], key=lambda w: (-len(w), w))
        source = source.replace(SINGULAR_HEAD_SLOT, "(?:" + "|".join(rf"(?<=\b{re.escape(w)})" for w in heads) + ")")
    return source


def clause_gates(sources: tuple[tuple[str, bool], ...]) -> list[list[str] | None]:
    """For each clause pattern (source, cased), the literals its searches are gated on: `pattern_gates.Gated` for a cased
    one that opens with no literal, `pattern_gates.CaseFreeGated` for a case-free one, or None. Why: name_role searches a
    dozen `...$` patterns over the 100 characters before each name (a `$`-anchored search is tried at every
    position); most of those texts hold none of their words. Kept by the start-up cache (parsing is pure Python)."""
    def build() -> list[list[str] | None]:
        return [(None if opens_with_literal(source) else required_literals(source)) if cased else case_free_needs(source)
                for source, cased in sources]

    return cached_data("clause-gates", "\x00".join(f"{int(cased)}{source}" for source, cased in sources), build)


@budget.table()
def boundary_pattern() -> re.Pattern:
    """The clause boundary pattern (`boundary_re`, case-free) as it runs on `fold(text)`: every branch opening with
    its first letter (`patterns.literal_first`), so `re` skips to the characters a boundary can start with. Each
    clause a trigger or a name is read in searches the sentence for its boundaries on both sides, and the pattern as
    written, a `\\b` before each word, was tried at every position (a tenth of the English readers on new text)."""
    lex = lexicon("en")["clause"]
    return folded("(?i)" + literal_first(with_slots(lex, lex["boundary_re"])))


@budget.table()
def residence_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(after the origin name, before the residence name) of "ethnic Hungarian militias active in
    Romania", "Hungarians in Slovakia": a people noun (or a plural demonym) with "in" and a place."""
    lex = lexicon("en")["clause"]
    nouns = "|".join(sorted(map(re.escape, lex["resident_nouns"]), key=len, reverse=True))
    verbs = "|".join(map(re.escape, lex["residence_verbs"]))
    place = r"(?:the\s+)?(?:(?i:northern|southern|eastern|western|central|neighbou?ring)\s+)?"
    after = re.compile(rf"\s+(?:(?i:ethnic|armed|local|exiled)\s+)?(?P<noun>(?i:{nouns})\s+)?(?:(?i:{verbs})\s+)?"
                       rf"(?i:in)\s+{place}[A-Z]")
    before = re.compile(rf"^\W*(?P<np>(?:[\w'’-]+\s+){{0,7}}?)(?:(?i:{nouns})|[A-Z][\w'’-]*[^uoa\W]s)\s+"
                        rf"(?:(?i:{verbs})\s+)?(?i:in)\s+{place}$")
    return after, before
