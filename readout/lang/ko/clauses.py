"""Korean clauses from kiwi's morphemes: which clause a word belongs to, and the role a name plays in
the clause of a meeting word.

Korean is verb-final and marks roles with particles, so the clause of a predicate runs back from it to
the previous clause ending: a connective ending (EC: 갖고, 만나, 밝히며), a sentence ending (EF) or an
adnominal ending (ETM: 방문 중인, 앞둔), which closes an embedded clause that modifies the next noun.
Inside the clause, kiwi's particle tags give the roles: JKS/JX subject (이/가, 은/는), JKB 과/와
'with', JC 과/와 'and' (coordination), JKO object (을/를), JKG genitive (의). A topic (은/는) at the
head of the sentence is the subject of every clause that has none of its own (Korean drops it).

The reader is one class made of the questions it answers, each in a module of its own: clause_bounds (where a
clause ends), clause_subjects (whose clause a subject is), clause_topics (the sentence's topic, lists, contrasts,
quotation); word_facts holds what it asks of one word, clause_lexicon the lexicons' word classes, and
background_clauses the subordinate and recalled clauses. Their public names stay importable from here.
"""
from __future__ import annotations

import bisect
import functools

from readout.lang.ko.background_clauses import follows_topic, recalled_relative, subordinate_clause  # noqa: F401
from readout.lang.ko.clause_bounds import ClauseBounds
from readout.lang.ko.clause_lexicon import (clause_words, postposition_stems, quote_endings,  # noqa: F401
                                            subordinate_endings, topic_particles)
from readout.lang.ko.clause_subjects import ClauseSubjects
from readout.lang.ko.clause_topics import ClauseTopics
from readout.lang.ko.word_facts import (ARGUMENT_TAGS, CLAUSE_END_TAGS, LIST_REACH, QUOTES, SUBJECT_TAGS,  # noqa: F401
                                        WordFacts, facts, nominalized, split_name)
from readout.lang.ko.words import words_of


class SentenceReader(ClauseBounds, ClauseSubjects, ClauseTopics):
    """The words of one sentence with their facts, and the clause questions asked about them."""

    def __init__(self, text: str, tokens):
        self.text = text
        self.words = words_of(text, tokens)
        self.facts: list[WordFacts] = []
        for w in self.words:
            prev = self.facts[-1] if self.facts else None
            self.facts.append(facts(w, prev is not None and prev.particle_tag in ARGUMENT_TAGS))
        for i in range(len(self.words) - 1):
            if split_name(self.words[i], self.words[i + 1]):
                self.facts[i] = WordFacts(None, None, False, False, None)
        self._boundaries: dict[int, bool] = {}  # boundary_after's answers: every question asks it again
        self._clauses: dict[int, tuple[int, int]] = {}  # clause_of's answers, likewise
        self._starts = [w.start for w in self.words]  # words are in order and never overlap
        self.prepared: dict | None = None  # meeting_prepared.prepared_meetings's answer, read once (speed51)

    def word_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.words[i].end else None

SENTENCE_READERS = 64  # (speed56; was 256) readers kept: the steps read one sentence in turn, so 16 lose none on dev


def reader(text: str, tokens: tuple) -> SentenceReader:
    """Several steps read the same sentence: build its words once (tokens are tuples, never changed).
    One cache, keyed by the sentence (`SentenceKey`): a text's hash is computed once by Python and kept,
    so a question about the sentence just read costs no hashing of its morphemes."""
    return sentence_reader(SentenceKey(text, tokens))


class SentenceKey:
    """A sentence as a cache key: hashed by its text (Python keeps a string's hash), equal when text and
    tokens are (the same tokens object in practice: compared by identity before by value)."""

    __slots__ = ("text", "tokens", "_hash")

    def __init__(self, text: str, tokens: tuple):
        self.text, self.tokens, self._hash = text, tokens, hash(text)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other) -> bool:
        return isinstance(other, SentenceKey) and self.text == other.text \
            and (self.tokens is other.tokens or self.tokens == other.tokens)


@functools.lru_cache(maxsize=SENTENCE_READERS)
def sentence_reader(key: SentenceKey) -> SentenceReader:
    return SentenceReader(key.text, key.tokens)
