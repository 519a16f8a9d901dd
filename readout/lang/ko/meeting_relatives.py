"""A meeting noun that is the subject of a relative clause dating or placing something else.

'북한이 [한일중 정상회의가 열린] 27일 밤 미사일을 발사했다', '[한미 정상회담이 열린] 날 중국이 훈련을 시작했다': the
meeting only tells when or where the main clause's act happened. Its parties are the names inside that relative
clause (the compound '한일중', a genitive owner); the main clause's subject, before or after it, did not take part.
A relative clause whose head is a party ('[회담을 주재한] 의장') is `party_head`'s reading, not this one.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SUBJECT_TAGS, SentenceReader, clause_words
from readout.lang.ko.tags import COORDINATING_PARTICLES


def relative_meeting_end(r: SentenceReader, j: int) -> int | None:
    """The adnominal verb of the relative clause whose subject is the meeting word `j` ('정상회의가 열린'), when
    that verb, the first predicate after it, holds or ends a meeting (lexicon `clause.meeting_light_verbs`,
    `meeting_fate_verbs`); None when the meeting word is no such subject."""
    if r.facts[j].particle_tag != "JKS":
        return None
    verb = next((k for k in range(j + 1, len(r.words)) if r.facts[k].lemma or r.facts[k].adnominal), None)
    if verb is None or not r.facts[verb].adnominal or r.facts[verb].ends_clause or verb + 1 >= len(r.words):
        return None
    words = clause_words()
    if r.facts[verb].lemma not in words["meeting_light_verbs"] | words["meeting_fate_verbs"]:
        return None  # '[대가가 따를] ...': an act word's clause, not a meeting held
    head = r.words[verb + 1].tokens
    if head and head[0][1] == "NNB":
        return None  # '[대가가 따를] 것이라고': a bound noun makes the clause a complement, the sentence's content
    return verb


def outside_relative_meeting(r: SentenceReader, i: int, j: int, head: int | None) -> bool:
    """Word `i` is an argument of the main clause, outside the relative clause the meeting word `j` is the
    subject of: a subject or topic before the meeting word, or any word after the relative verb."""
    if head is not None:
        return False
    verb = relative_meeting_end(r, j)
    if verb is None:
        return False
    return i > verb or i < j and r.facts[i].particle_tag in SUBJECT_TAGS


JOINING_PARTICLES = COORDINATING_PARTICLES  # 'A와 B 정상회의가': the pair names the summit's parties
OWNER_REACH = 2  # words from a name to the meeting word it names the parties of ('한일중 정상회의가', '한미 외교장관 회의가')


def inside_relative_meeting(r: SentenceReader, i: int, j: int) -> bool:
    """(precision49) Word `i` names the parties of a meeting word that is the subject of a relative clause dating or
    placing the act word `j` after it ('북한이 [한일중 정상회의가 열린] 27일 밤 ... 발사했다', '[나토 정상회의가 열린]
    워싱턴에서 ... 채택했다'): the summit's states only date or place the act; they do not do it."""
    for k in range(i + 1, min(len(r.words), i + 1 + OWNER_REACH + 1)):
        if r.facts[k - 1].particle and r.facts[k - 1].particle not in JOINING_PARTICLES:
            return False  # a particle closes the name's phrase before any meeting word ('A와 B 정상회의가' goes on)
        verb = relative_meeting_end(r, k)
        if verb is not None:
            return verb < j
    return False
