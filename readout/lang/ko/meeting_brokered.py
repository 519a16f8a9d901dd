"""(kopassive70) A meeting word that is the object of a mediating verb ('C는 A와 B의 정상회담을 중재했다', 'C는 A와 B의
회담을 주선했다'): a meeting a third party brokered, as English 'C brokered the summit between A and B'
(lang/en/reading_meetings.third_party, lexicon `meeting_third_party_re`).

Why: the meeting word stood as a setting with no predicate of its own and the mediating verb's clause gave every
name there the mediator's role, so no meeting was read. Coded as English codes it (docs/coding-choices.md, 'A
meeting held through a named go-between is third-party'): the meeting is the clause's predicate, mode third-party;
its owners in the genitive before it ('A와 B의') hold it, and the mediating verb's subject sits at the table as its
mediator, as in 'C mediated talks between A and B'.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.act_priced_subjects import FUTURE_EP
from readout.lang.ko.tags import COORDINATING_PARTICLES, FUTURE_ETM


def brokered_meeting(r: SentenceReader, j: int) -> bool:
    """The meeting word `j` is the object of a mediating verb right after it (clause word `mediator_verbs`), told as
    done: a mediation to come ('중재하겠다고', '중재할 예정') is an offer, not a meeting held (left to the offer's readers)."""
    return r.facts[j].particle_tag == "JKO" and j + 1 < len(r.words) \
        and r.facts[j + 1].lemma in clause_words()["mediator_verbs"] and not future_verb(r.words[j + 1].tokens)


def future_verb(tokens) -> bool:
    """The verb word's endings tell a time to come: the prefinal 겠 or a future adnominal ('중재할')."""
    return any(t[1] == "EP" and t[0] == FUTURE_EP or t[1] == "ETM" and t[0] in FUTURE_ETM for t in tokens)


def meeting_owner(r: SentenceReader, i: int, j: int) -> bool:
    """The name at word `i` owns the meeting word `j`: the genitive right before it ('B의 회담을'), or the first of a
    pair joined by 와/과 to it ('A와 B의 회담을')."""
    if j < 1 or r.facts[j - 1].particle_tag != "JKG":
        return False
    return i == j - 1 or i == j - 2 and r.facts[i].particle in COORDINATING_PARTICLES
