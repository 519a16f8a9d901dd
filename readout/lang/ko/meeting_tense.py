"""A Korean meeting told in the plain present is a plan ('회담은 28일 열린다', '리 총리와 회담한다', '회담을 갖는다').

Korean news tells what happened in the past tense (-었/았-: '열렸다', '회담했다'); the plain present declarative (also reported: '가진다고 밝혔다')
-ㄴ다/-는다 on the meeting clause's own predicate, with no past marker, announces what is scheduled. So the
meeting is planned even with no plan noun (예정, 계획) after it. Not this reading:
- a predicate after a 것 noun ('회담한 것으로 보인다', '열릴 것으로 예상된다'): the conjecture rule decides;
- an auxiliary verb in the predicate ('알려진다', '만나고 있다'): a passive or progressive frame, not the event's tense;
- hearsay '회담했다고 한다': the meeting's own clause ends on the past '했다고', and 한다 is another word.
Habitual presents ('매년 열린다') are dropped before this is asked (Korean.habitual).
Word classes: lexicon `clause.present_endings`, `past_endings`, `conjecture_nouns`.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.tags import CLAUSE_END_TAGS


def present_plan(r: SentenceReader, j: int) -> bool:
    """The meeting word at word `j` has its clause's predicate in the plain present: a plan."""
    words = clause_words()
    _first, last = r.clause_of(j)
    if any(r.words[k].noun in words["conjecture_nouns"] for k in range(j + 1, last + 1)):
        return False
    tokens = [t for k in range(j, last + 1) for t in r.words[k].tokens]
    if any(tag == "VX" for _form, tag, _s, _l in tokens[1:]):
        return False
    predicate = r.words[last].tokens
    if any(tag == "EP" and form in words["past_endings"] for form, tag, _s, _l in predicate):
        return False
    return any(tag in CLAUSE_END_TAGS and form in words["present_endings"] for form, tag, _s, _l in predicate)
