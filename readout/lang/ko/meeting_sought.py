"""(komeet49) A Korean meeting one side seeks with another: 'A는 B와의 정상회담을 추진하고 있다', 'B와 회담을 모색하고
있다', 'B와의 정상회담 개최를 추진했다'. The seeker asks B to meet (REQUEST meet, the act lexicon's seeking
entries), as English 'is seeking a summit with B' is (enmeet48); no meeting of the two is planned yet, so the meeting
word is no planned CONSULT. A meeting both sides arrange ('A와 B는 정상회담을 추진하고 있다': the partner inside
the subject) or one with no partner named ('정상회담을 추진하고 있다') stays the planned meeting `arranged` reads.

Why a module of its own: `meeting_moments.arranged` reads the meeting being arranged, planned; this asks who
arranges it, one side of it or both, from the particles of the clause before the meeting word.
"""
from __future__ import annotations

from readout.lang.ko import clauses
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.meeting_moments import arranged


def seeking_verb(r: SentenceReader, j: int) -> bool:
    """The arranging verb after the meeting word `j` (or after its arrangement noun, '정상회담 개최를') is one
    that one side does towards another (lexicon `clause.seeking_verbs`: 추진하다, 모색하다), conjugated (the act
    lexicon reads a verb: '추진 중이다' stays the planned meeting)."""
    words = clause_words()
    k = j + 1
    if r.facts[j].particle is None and k < len(r.words) and r.words[k].noun in words["arranged_nouns"]:
        k += 1
    if k >= len(r.words):
        return False
    return r.facts[k].lemma in words["seeking_verbs"]


def partner_before(r: SentenceReader, j: int) -> bool:
    """A word of the meeting word's clause before it marked with a 'with' particle ('B와의', 'B와') and no
    subject or topic after it before the meeting word: the partner sought, not a member of the subject ('A와
    B는')."""
    first, _last = r.clause_of(j)
    with_particles = clause_words()["with_particles"]
    for k in range(j - 1, first - 1, -1):
        f = r.facts[k]
        if f.particle_tag in clauses.SUBJECT_TAGS:
            return False
        if f.particle_tag == "JKB" and f.particle in with_particles:
            return True
    return False


def sought_of_partner(r: SentenceReader, j: int) -> bool:
    """The meeting word `j` is sought by one side of another: arranged (`arranged`) by a seeking verb, the partner
    named with 'with' in its clause outside the subject."""
    return arranged(r, j) and seeking_verb(r, j) and partner_before(r, j)
