"""Names that stand beside a Korean act or meeting word without being its side: an anonymous source or an
interviewing outlet that reports it, the statement that carries it, a counterpart recalled from an earlier meeting, the
subject of an observing clause or of a fronted time clause. Asked by lang/ko/meeting_roles.py's `framed_role` and
`described_role`; moved verbatim from that module (acts59b) to keep it a screen's read.
"""
from __future__ import annotations

from readout.lang.ko import clauses
from readout.lang.ko.act_table import act_index
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.meeting_moments import after_link, meeting_word, with_or_object
from readout.lang.ko.particle_roles import particle_role


def anonymous_source(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` is an anonymous source ('정부 관계자는', '외교 소식통은') and the word `j` stands in what it
    reports ('"...석방했다"고 말했다', '...했다고 전했다'): a past act, or one with its own subject. The
    source tells of the act and is neither side of it; an unnamed official's own present stance
    ('규탄한다고 말했다') stays the official's."""
    words = clause_words()
    if i >= j or r.words[i].noun not in words["source_nouns"]:
        return False
    first, last = r.clause_of(j)
    if last >= len(r.words) - 1 or not any(r.subordinate(k) or any(t[1] == "JKQ" for t in r.words[k].tokens)
                                           for k in range(last, len(r.words) - 1)):
        return False  # the act is the source's own sentence, not its report
    past = any(t[1] == "EP" and t[0] in words["past_endings"] for k in range(j, last + 1) for t in r.words[k].tokens)
    own_subject = any(r.facts[k].particle_tag == "JKS" for k in range(i + 1, j))
    return past or own_subject


INTERVIEWER_WORDS = 3  # '[터키 CNN 튀르크]와의 인터뷰': the outlet's words up to its 와의/과의


def interviewer(r: SentenceReader, i: int, j: int) -> bool:
    """(req10) Word `i` names the outlet an interview was given to ('독일 ZDF와의 인터뷰에서 ... 거부했다', before the
    word `j`): it asked, and is neither side of what was said; a state word in its name is no receiver."""
    nouns = clause_words()["interview_nouns"]
    for k in range(i, min(j, i + INTERVIEWER_WORDS)):
        if r.facts[k].lemma:
            return False
        if r.facts[k].particle is not None:  # the outlet's last word: 와의/과의, then the interview noun
            return any(t[1] == "JKG" for t in r.words[k].tokens) and k + 1 < j and r.words[k + 1].noun in nouns
    return False


def vehicle(r: SentenceReader, k: int) -> bool:
    """The adnominal word `k` describes the statement that carries the act ('규탄하는 성명을 냈다'): the
    statement's maker acts, as for the sentence's own predicate."""
    nouns = act_index().cue("vehicle_noun")
    for m in range(k + 1, min(len(r.words), k + 4)):  # '규탄하는 외무성 대변인 담화를': the phrase's head
        if r.words[m].noun in nouns:
            return True
        if r.facts[m].particle or r.facts[m].lemma:
            return False
    return False


def recalled_party(r: SentenceReader, i: int, j: int) -> bool:
    """'A는 지난달 B와 회담한 뒤 처음으로 통화했다': the name at word `i` is the 'with' party (or object) of a
    meeting verb in an after-clause before the meeting word `j`, whose own clause names no counterpart (no
    'with' or object word between the two): the later meeting is with the same counterpart."""
    for k in range(i + 1, j):
        if not (meeting_word(r, k) and after_link(r, k)) or r.clause_of(k)[0] > i:
            continue
        return particle_role(r, i, k) in ("with", "object") and recalled_party_free(r, k, j)
    return False


def recalled_party_free(r: SentenceReader, k: int, j: int) -> bool:
    """No word between the after-clause's meeting verb `k` and the meeting word `j` names a counterpart of
    `j`'s own (a 'with' particle or an object)."""
    withs = tuple(clause_words()["with_particles"])  # '과도', '와는': a 'with' particle and another after it
    return not any(with_or_object(r, m, withs) for m in range(k + 1, j))


TIME_CLOSER_WORDS = 3  # words a time clause's closing noun may stand after its verb ('도착하기 [몇 시간] 전')


def observer_clause_subject(r: SentenceReader, i: int, j: int) -> bool:
    """(actors59) Word `i` is the 이/가 subject of an observing clause ('[C 대통령이 지켜보는] 가운데', '[C가 참석한]
    가운데'; act cues observer_verb, amid_noun) before the act word `j`, while the sentence names another subject or
    topic before `j` outside it ('A와 B가 [C가 지켜보는] 가운데 협정에 서명했다'): C only witnesses what they do, as
    English 'as C looked on'. With no other subject, the observer stands for the side that acted ('[X가 참관한] 가운데
    미사일을 발사했다': lang/ko/act_observers), and this reading leaves it."""
    if r.facts[i].particle_tag != "JKS" or i + 2 >= j:
        return False
    cues = act_index()
    verb, amid = r.facts[i + 1], r.words[i + 2]
    if not (verb.adnominal and verb.lemma in cues.cue("observer_verb") and amid.noun in cues.cue("amid_noun")):
        return False
    return any(r.facts[k].particle_tag in clauses.SUBJECT_TAGS and r.facts[k].particle not in ("도", "만")
               for k in range(j) if k != i and not i < k <= i + 2)


def fronted_time_clause_subject(r: SentenceReader, i: int, j: int) -> bool:
    """(actors58) Word `i` is the 이/가 subject of a time clause that opens the sentence before its topic ('[러시아
    장관이 도착하기 몇 시간 전] 세르비아는 ...', '[중국 특사가 떠난 직후] 네팔은 ...'): the clause's verb, adnominal or
    made a noun by -기, closed by a before- or after-noun (lexicon clause.background_clause_nouns) within a few words,
    with the topic of the act word `j` after it. That subject only dates the act, as English 'Hours before X landed,'."""
    topic = r.topic()
    if topic is None or not i < topic < j or r.facts[i].particle_tag not in clauses.SUBJECT_TAGS \
            or r.facts[i].particle_tag == "JX":
        return False
    closers = clause_words()["background_clause_nouns"]
    for k in range(i + 1, topic):
        if not (r.facts[k].lemma and (r.facts[k].adnominal or clauses.nominalized(r.words[k]))):
            continue
        return any(r.words[m].noun in closers or r.words[m].text.rstrip(",") in closers
                   for m in range(k + 1, min(k + 1 + TIME_CLOSER_WORDS, topic)))
    return False
