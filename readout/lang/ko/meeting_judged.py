"""(koacts38) A meeting judged by another: 'A는 B와 C의 판문점 방문을 비난했다', 'A는 B의 방중을 "도발"이라고 규탄했다',
'A는 B와 C의 회담에 대해 반발했다'.

Why: the meeting word is the object of a verb of disapproval (lexicon clause `judging_verbs`: PLOVER ACCUSE's
disapproving verbs and a stated opposition), so the clause's subject judges the meeting and takes no part in it: A
neither met nor visited B. Read as any clause, A's topic is shared by the meeting word's clause and A became a party
(a CONSULT between the critic and the visitors). The meeting's owners (the genitive 'B와 C의') keep their roles; a
quoted characterization between the object and the verb ('방문을 "적대 행위"라고 비난했다') does not hide the verb.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words

JUDGED_REACH = 6  # words from the meeting word to the judging verb (a quoted characterization may stand between)
COPULA = "이다"  # '(“)적대 행위(”)라고': the characterization's copula, passed over to the verb of saying after it


ABOUT_VERBS = frozenset({"대하다", "관하다", "관련하다"})  # '회담에 대해 반발했다': the matter of a judging verb


def judged_meeting(r: SentenceReader, j: int) -> bool:
    """The meeting word `j` is the object (을/를) or the matter ('에 대해') of a judging verb a few words on."""
    first = j + 1
    if r.facts[j].particle_tag != "JKO":
        if r.facts[j].particle != "에" or first >= len(r.words) or r.facts[first].lemma not in ABOUT_VERBS:
            return False
        first += 1
    judging = clause_words()["judging_verbs"]
    for k in range(first, min(len(r.words), first + JUDGED_REACH)):
        lemma = r.facts[k].lemma
        if lemma is None or lemma == COPULA or r.facts[k].adjective:
            continue  # a noun, or the words of a characterization ('"노골적인 도발"이라고')
        return lemma in judging
    return False
