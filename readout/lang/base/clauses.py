"""What `Language` answers about clauses around a word: the clause it heads, a party's role towards a meeting word,
coordination, case marking, a subordinate clause, the main predicate.
"""
from __future__ import annotations

from readout.lang.base.records import Trigger


class ClauseQuestions:
    """Clauses: the clause a word heads, a party's role towards a meeting word, coordination, case marking, a
    subordinate clause, the main predicate.
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    def clause(self, text: str, tokens, start: int, end: int) -> tuple[int, int]:
        """The clause that the word at [start, end) is the predicate (or head) of: where its own
        subject, objects and 'with' party may stand."""
        raise NotImplementedError

    def role(self, text: str, tokens, start: int, end: int, trigger: Trigger) -> str:
        """The role of the name at [start, end) towards `trigger`: subject | with | object |
        modifier | attendee (an entourage: 'accompanied by', '배석했다') | participant (one taking part:
        'attended by', '참석했다') | other."""
        raise NotImplementedError

    def coordinated(self, text: str, first_end: int, second_start: int) -> bool:
        """Whether the words between two names join them ('A와 B', 'A, B', 'A and B')."""
        raise NotImplementedError

    def case_marked(self, text: str, tokens, start: int, end: int) -> bool:
        """Whether the name at [start, end) carries an oblique case of its own (Korean '北에', '미국에서'),
        so that no role spreads onto it from a name before it ('정부, 北에 대화 촉구': 北 is not the subject)."""
        return False

    def subordinate(self, text: str, tokens, start: int, end: int) -> bool:
        """Whether the word at [start, end) stands in a subordinate clause about another moment or
        another actor ('after the envoy returned from Lima', ', which ...'), whose places and dates are
        not the main clause's. Default: never."""
        return False

    def main_predicate(self, text: str, tokens, start: int) -> bool:
        """The word at `start` is (part of) the sentence's main predicate, not a verb of an embedded or
        relative clause: a main predicate's dropped subject is the sentence's topic."""
        raise NotImplementedError
