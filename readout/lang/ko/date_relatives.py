"""A date inside an adnominal clause on the sentence's subject: '지난 10일 B 대통령과 통화한 A 총리는 협정을 환영했다'.

Korean puts what a person did before into a relative clause on the name ('[지난 10일 ... 통화한] A 총리는'): the date stands
at the start of that clause, before its verb's adnominal ending (-한, -된, -던), and the head of the clause is the
sentence's subject or topic. That date is the relative clause's act's (the call), not the main clause's (the welcome),
as English 'A, who spoke with B on Sunday, welcomed ...' (lang/en/language.py `date_relative_before_re`). A date right
after a topic ('A 총리는 10일 ...') is the topic's own and is never read here (fields10).
"""
from __future__ import annotations

import re


def relative_extent(text: str, start: int, end: int, pattern: re.Pattern, particles: re.Pattern,
                    nouns: frozenset[str], reach: int) -> tuple[int, int] | None:
    """(date start, end of the adnominal verb) where the date opens a relative clause whose head, a few bare words
    after the verb, is the sentence's subject ('통화한 [보리치 칠레 대통령]은'); None otherwise. `particles` matches a
    word that carries a case particle (a head is bare words up to its subject particle), `nouns` the words that end
    like an adnominal verb and are nouns ('방한', '제한')."""
    m = pattern.match(text, end, min(len(text), end + reach))
    if m is None:
        return None
    verb = m.group(1)
    if verb in nouns:
        return None
    if any(particles.fullmatch(w) for w in m.group(2).split()):
        return None  # '10일 열린 회의에서 A 장관은': the head is a place of the statement, not its subject
    return start, m.end(1)
