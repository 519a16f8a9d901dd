"""The line rules: what a language's lexicon says of any line of any document (a boilerplate line, a labeled
publication date, a full date), asked of every registered language whatever the document's language. Kept apart
from the language's readers (`Language`), so that a language can answer them from a light module
(`lang/ko/lines.py`) without loading its readers: a run whose documents hold no Hangul imports no Korean rules.
"""
from __future__ import annotations

import functools
import re

from readout.kb.loader import lexicon
from readout.lang.common import email_line
from readout.patterns import search_forms


class LineQuestions:
    """Boilerplate lines, labeled publication dates and full dates. A mixin of `Language` (through `UnitQuestions`)
    and of `LineRules`: `self` has `settings` (the language's) and `lex`."""

    def boilerplate_line(self, line: str) -> bool:
        """A share button, photo credit or byline line, by the lexicon's patterns, or a short line
        with an e-mail address. A plain loop, not `any()` over a generator: every line of every document
        is asked, once per language."""
        for p in self.boilerplate_patterns:
            if p.search(line):
                return True
        return email_line(line, self.lex["email_line_max_chars"])

    @functools.cached_property
    def boilerplate_patterns(self) -> list[re.Pattern]:
        """The lexicon's boilerplate patterns in their search forms (`patterns.search_forms`: the same lines
        match): every line of every document is asked, and a branch anchored at the line's start or a
        leading lookahead made `re` try every position of the line."""
        return [re.compile(form) for source in self.lex.sources("boilerplate_line_re") for form in search_forms(source)]

    def labeled_dates(self, text: str) -> list:
        """Publication dates behind a label ('기사입력 2024/11/15', 'Published: Apr 30, 2023')."""
        out = []
        for m in self.lex.re("published_label_re").finditer(text):
            found = self.full_date(text[m.end():m.end() + self.settings.label_date_chars])
            if found:
                out.append(found)
        return out

    def full_date(self, text: str):
        """The first date with day, month and year that `text` states, or None."""
        raise NotImplementedError


class LineRules(LineQuestions):
    """A language's line rules without its readers: built from the language's settings and lexicon only
    (`lang.LINE_RULES` names the class of a language that has one)."""

    code: str = ""

    def __init__(self, settings, knowledge=None):
        self.settings = settings  # this language's `LanguageSettings`
        self.lex = lexicon(self.code)
