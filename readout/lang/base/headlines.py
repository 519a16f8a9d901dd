"""What `Language` answers about a headline's telegraphic style: where its background clauses lie and which of its
deed nouns stand with no agent. A headline squeezes a story into one line ('Ministers walk out as talks collapse',
'회담 결렬 속 장관들 퇴장'): its main act is news, the clause that sets it ('as ...', 'after ...', 'amid ...', '... 속',
'... 후') is the story's background, and a bare deed noun ('Clashes spread in capital', '도심서 대규모 시위') names
no side. Each language words these in its lexicon (`headline_background_re`, `headline_bare_deed_re`); the pipeline
(pipeline/headline_acts.py) weighs the headline's acts against the body's with these answers.
"""
from __future__ import annotations


class HeadlineQuestions:
    """Headlines. A mixin of `Language` (lang/base/__init__.py): `self` is the language, with its `lex`."""

    def is_headline(self, paragraph: str) -> bool:
        """A paragraph that ends without a sentence's final mark ('X blows up Y; Z warns', 'A, B서 정면충돌'): a
        headline standing above the lead, not the lead itself (fields10: pipeline/lead_dates; pipeline/headline_acts)."""
        rest = paragraph.rstrip().rstrip("\"'”’»)")
        return bool(rest) and rest[-1] not in ".!?。…"

    def headline_background(self, headline: str) -> list[tuple[int, int]]:
        """The spans of the headline that are background clauses ('as talks collapse', 'after strike on depot',
        '대사관 급습한', '파업 여파로'): an act whose word lies in one is told as what set the news, not as news.
        Empty for a language without the pattern."""
        if self.lex.get("headline_background_re") is None:
            return []
        return [(m.start(), m.end()) for m in self.lex.re("headline_background_re").finditer(headline)]

    def headline_bare_deed(self, headline: str, start: int, end: int) -> bool:
        """The deed word at [start, end) stands with no agent ('Clashes spread in capital', 'Mass protests erupt',
        '도심서 대규모 시위'): it opens its telegraphic clause (the headline's start or the last joint: a comma, a
        semicolon, '…') with only a place or a word of size before it (`headline_bare_deed_re`), and what follows
        makes it the clause's subject, not a verb (`headline_deed_subject_re`: 'X recalls envoy, protests to Y'
        keeps its agent). Its sides are not the headline's to give. False for a language without the patterns."""
        if self.lex.get("headline_bare_deed_re") is None or self.lex.get("headline_deed_subject_re") is None:
            return False
        return bool(self.lex.re("headline_bare_deed_re").search(headline[:start])) \
            and bool(self.lex.re("headline_deed_subject_re").match(headline, end))
