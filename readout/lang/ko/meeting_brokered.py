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
    done: a mediation to come ('중재하겠다고', '중재할 예정') is an offer, not a meeting held (left to the offer's readers).
    (kopar53a) A hosting verb (`host_verbs`: 'C는 A와 B 간의 회담을 주최했다') brokers it too, where the meeting names its
    two owners: a summit one hosts with no owners named is the host's own gathering (English 'hosted talks between')."""
    if r.facts[j].particle_tag != "JKO" or j + 1 >= len(r.words) or future_verb(r.words[j + 1].tokens):
        return False
    verb = r.facts[j + 1].lemma
    return verb in clause_words()["mediator_verbs"] or verb in clause_words()["host_verbs"] and paired_owners(r, j)


def owner_genitive(r: SentenceReader, j: int) -> int | None:
    """The word closing the meeting's owners with the genitive before meeting word `j`: the word right before it, or
    the one before a 'between' word ('A와 B [간의]', '[사이의]': kopar53a); None where no genitive stands there."""
    if j >= 1 and r.facts[j - 1].particle_tag == "JKG":
        between = r.words[j - 1].noun in clause_words()["between_words"]
        return j - 2 if between and j >= 2 else j - 1
    return None


def paired_owners(r: SentenceReader, j: int) -> bool:
    """(kopar53a) Two owners joined by 와/과 own the meeting word `j` ('A와 B의 회담', 'A와 B 간의 회담')."""
    k = owner_genitive(r, j)
    return k is not None and k >= 1 and r.facts[k - 1].particle in COORDINATING_PARTICLES


def future_verb(tokens) -> bool:
    """The verb word's endings tell a time to come: the prefinal 겠 or a future adnominal ('중재할')."""
    return any(t[1] == "EP" and t[0] == FUTURE_EP or t[1] == "ETM" and t[0] in FUTURE_ETM for t in tokens)


def meeting_owner(r: SentenceReader, i: int, j: int) -> bool:
    """The name at word `i` owns the meeting word `j`: the genitive right before it ('B의 회담을'), or the first of a
    pair joined by 와/과 to it ('A와 B의 회담을'); a 'between' word may close the pair ('A와 B 간의 회담을': kopar53a)."""
    k = owner_genitive(r, j)
    if k is None:
        return False
    return i == k or i == k - 1 and r.facts[i].particle in COORDINATING_PARTICLES


def mediated_deal(r: SentenceReader, j: int) -> int | None:
    """(kopar57) The word of the deal the mediating verb at word `j` brokers between two sides, or None: its object
    right before it is a deal noun (clause word `mediated_deal_nouns`: '휴전을', '포로 교환을', '사이를') owned by a pair
    joined by 와/과 ('A와 B의 휴전을', 'A와 B 간 분쟁을', 'A와 B 사이를'), and the verb is told as done ('중재할' offers).

    Why: the verb's own trigger ('중재했다') gave every name the mediator's role, so no side stood across the table and
    no meeting was read, where English 'C mediated the ceasefire between A and B' gives CONSULT third-party of all three
    (lexicon en `meeting_mediation_re`); the manual codes mediation (CAMEO 045) as CONSULT."""
    if j < 1 or r.facts[j].lemma not in clause_words()["mediator_verbs"] or future_verb(r.words[j].tokens):
        return None
    k = j - 1
    if r.facts[k].particle_tag != "JKO" or r.words[k].noun not in clause_words()["mediated_deal_nouns"]:
        return None
    closing = deal_pair_end(r, k)
    ok = closing is not None and closing >= 1 and r.facts[closing - 1].particle in COORDINATING_PARTICLES
    return k if ok else None


def deal_pair_end(r: SentenceReader, k: int) -> int | None:
    """The word closing the pair that owns the deal word `k`: a 'between' word before it ('A와 B 간 분쟁을', 'A와 B 사이의
    휴전을') or the genitive ('A와 B의 휴전을', one modifier noun between: 'A와 B의 포로 교환을'); the word right before a
    deal word that is itself 'between' ('A와 B 사이를')."""
    if k < 1:
        return None
    if k >= 2 and not r.facts[k - 1].particle and not r.facts[k - 1].lemma \
            and r.words[k - 1].noun not in clause_words()["between_words"] and r.facts[k - 2].particle_tag == "JKG":
        return k - 2  # a modifier noun of the deal between ('A와 B의 [포로] 교환을')
    if r.words[k].noun in clause_words()["between_words"]:
        return k - 1 if not r.facts[k - 1].particle else None
    if r.words[k - 1].noun in clause_words()["between_words"] and k >= 2:
        return k - 2 if not r.facts[k - 2].particle else None
    return k - 1 if r.facts[k - 1].particle_tag == "JKG" else None


def deal_owner(r: SentenceReader, i: int, k: int) -> bool:
    """(kopar57) The name at word `i` is one of the pair owning the mediated deal word `k` (`mediated_deal`)."""
    closing = deal_pair_end(r, k)
    return closing is not None and (i == closing or i == closing - 1
                                    and r.facts[i].particle in COORDINATING_PARTICLES)

