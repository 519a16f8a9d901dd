"""Act triggers from a language lexicon's `acts` regular expressions, reported as `ActHit`s.

The act lexicons keyed by lemma (data/lexicon/*_acts.yaml) replace these rules where a language has
one; this reader serves the lexicon rules with the same interface, and decides status from the
lexicon's negation and modality patterns (before the trigger for English, after it for Korean: each
language lexicon holds whichever it needs).
"""
from __future__ import annotations

import functools
import re

from readout.kb.loader import Lexicon, lexicon
from readout.lang.base import ActHit
from readout.lang.patterns import alternation, compile_case_free, fold, required_literals


@functools.lru_cache(maxsize=None)
def compiled_rules(lang: str) -> list[tuple[dict, re.Pattern, bool, re.Pattern | None]]:
    """The rules with their patterns compiled once; `(?i)` ones run on lower-cased text. Each comes with
    a trie of the strings one of which any match contains: a sentence without them is skipped."""
    out = []
    for rule in lexicon(lang)["acts"]:
        pattern, case_free = compile_case_free(rule["re"])
        needs = required_literals(pattern)
        out.append((rule, pattern, case_free, re.compile(alternation(needs)) if needs else None))
    return out


def find_acts(lex: Lexicon, text: str, window: int) -> list[ActHit]:
    lowered = fold(text)
    out = []
    for rule, pattern, case_free, needs in compiled_rules(lex.lang):
        scanned = lowered if case_free else text
        if needs and not needs.search(scanned):
            continue  # none of the strings every match contains: the regex cannot match
        for m in pattern.finditer(scanned):
            negated, planned = status_of(lex, text, m.start(), m.end(), window)
            generic = bool(rule.get("generic"))
            if rule["type"] == "AGREE" and not generic and "act_generic_after_re" in lex.raw:
                generic = bool(lex.re("act_generic_after_re").match(text[m.end():]))
            out.append(ActHit(m.start(), m.end(), rule["type"], rule.get("mode"), rule["re"][:40],
                              nominal=bool(rule.get("nominal")), negated=negated,
                              status="planned" if planned else "occurred", generic=generic))
    return out


def status_of(lex: Lexicon, text: str, start: int, end: int, window: int) -> tuple[bool, bool]:
    """(negated, planned) from the lexicon's patterns around the trigger."""
    after, before = text[end:], text[max(0, start - window):start]
    negated = planned = False
    if "act_negation_after_re" in lex.raw:
        negated = bool(lex.re("act_negation_after_re").match(after))
        planned = bool(lex.re("act_modality_after_re").match(after))
    if "act_negation_before_re" in lex.raw:
        negated = negated or bool(lex.re("act_negation_before_re").search(before))
        planned = planned or bool(lex.re("act_modality_before_re").search(before))
    return negated, planned
