"""Korean clauses that are background to their sentence: a subordinate clause (background, purpose or condition
ending, an adnominal verb before an after-noun, a nominalized verb before 위해 / 전), a relative clause recalling an
earlier occasion, and the place right after the topic where a date or place is the main clause's. Functions of a
clause reader (lang/ko/clauses.reader).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.ko.clause_lexicon import clause_words, topic_particles
from readout.lang.ko.tags import SUBJECT_TAGS
from readout.lang.ko.word_facts import nominalized

if TYPE_CHECKING:
    from readout.lang.ko.clauses import SentenceReader


def subordinate_clause(r: SentenceReader, j: int, lex) -> bool:
    """From word `j` to the end of its clause, the first closer is subordinate: a background, purpose or
    condition ending ('쏘면', '참석하려고'), an adnominal verb before an after-, before- or case-noun ('발사한
    뒤', '도발할 경우', '한 데 이어'), or a nominalized verb before 위해 / 전 ('참석하기 위해'). A relative clause
    ('리마에서 열린 회의') or a coordinate one ('만나고') closes first: the word is in no subordinate clause."""
    words = clause_words()
    if recalled_relative(r, j):
        return True
    if follows_topic(r, j):
        return False
    for k in range(j, len(r.words)):
        f, nxt = r.facts[k], r.words[k + 1] if k + 1 < len(r.words) else None
        if f.ends_clause and f.ending in words["background_endings"]:
            return True
        if nxt is not None and f.lemma and f.adnominal and (nxt.noun in words["background_clause_nouns"]
                                                            or lex.re("background_after_adnominal_re").match(r.text, r.words[k].end)):
            return True
        if nxt is not None and nominalized(r.words[k]) and nxt.text.rstrip(",.") in words["after_nominalized"]:
            return True
        if r.boundary_after(k):
            return False
    return False


def recalled_relative(r: SentenceReader, j: int) -> bool:
    """Word `j` stands in a relative clause whose head, one or two nouns long, is followed by an after-noun ('두
    정상의 만남은 [지난달 로마에서 열린] 첫 회담 이후 한 달여 만이다'): the clause describes the earlier occasion the
    sentence counts from, so its date and place are that occasion's, never the main clause's, even right after
    the topic (lexicon `clause.after_nouns`)."""
    after = clause_words()["after_nouns"]
    for k in range(j, len(r.words)):
        f = r.facts[k]
        if f.lemma and f.adnominal and not f.ends_clause:
            heads = [m for m in range(k + 1, min(k + 3, len(r.words) - 1)) if r.words[m + 1].noun in after
                     and not any(r.facts[n].particle or r.facts[n].lemma for n in range(k + 1, m + 1))]
            return bool(heads)
        if f.particle_tag in SUBJECT_TAGS or r.boundary_after(k):
            return False
    return False


def follows_topic(r: SentenceReader, j: int) -> bool:
    """Word `j` stands after the sentence's topic with no subject of its own clause between ('조 장관은 12일
    회의에 참석하기 위해 출국했다'): a date or place there is the main clause's adverbial, as Korean puts them
    right after the topic; after a subject of its own ('북한이 12일 ... 발사한 뒤') it is the clause's."""
    for k in range(j - 1, -1, -1):
        if r.boundary_after(k):
            return False
        f = r.facts[k]
        if f.particle_tag == "JKS":
            return False
        if f.particle_tag == "JX" and f.particle in topic_particles():
            return True
    return False
