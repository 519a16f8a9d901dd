"""Where a Korean clause ends (lang/ko/clauses.SentenceReader, questions of bounds): a clause of a predicate runs back
from it to the previous clause ending: a connective ending (EC: 갖고, 만나, 밝히며), a sentence ending (EF) or an
adnominal ending (ETM: 방문 중인, 앞둔) that closes an embedded clause with an argument of its own; auxiliaries, date
prefixes and verbs that work as postpositions end none. A mixin: the reader holds the words and their facts.
"""
from __future__ import annotations

from readout.lang.ko.clause_lexicon import clause_words, subordinate_endings
from readout.lang.ko.tags import TOPIC_PARTICLES
from readout.lang.ko.word_facts import ARGUMENT_TAGS, nominalized


class ClauseBounds:
    """The clause questions of bounds: which words a clause spans, where one ends, and its predicate."""

    def clause_of(self, index: int) -> tuple[int, int]:
        """Word indexes [first, last] of the clause whose predicate is at or after word `index`."""
        if index not in self._clauses:
            self._clauses[index] = self._clause_of(index)
        return self._clauses[index]

    def _clause_of(self, index: int) -> tuple[int, int]:
        first = index
        while first > 0 and not self.boundary_after(first - 1):
            first -= 1
        last = index
        while last < len(self.words) - 1 and not self.boundary_after(last):
            last += 1
        return first, last

    def boundary_after(self, index: int) -> bool:
        """A clause ends after this word: a connective or final ending, a sentence mark, or an
        adnominal ending that closes a relative clause with an argument of its own ('러시아를 방문
        중인', '회담을 앞둔'; not a bare modifier such as '지난 25일', nor an adjective: in '협력에 대해
        깊은 우려를 표명' the 에 대해 belongs to the verb, 깊은 only describes the noun). Asked for every word by every question: answered once per word."""
        if index not in self._boundaries:
            self._boundaries[index] = self._boundary_after(index)
        return self._boundaries[index]

    def _boundary_after(self, index: int) -> bool:
        f = self.facts[index]
        if any(tag == "NNP" for _f, tag, _s, _l in self.words[index].tokens):
            return False  # a name kiwi half-reads as a verb ('안토니' -> 알/VV ᆫ/ETM 토니/NNP) ends no clause
        if f.lemma in clause_words()["postpositional_verbs"] or f.lemma in clause_words()["adverbial_verbs"]:
            return False  # '북한에 대한 제재', '잇달아 회담했다': a verb that works as a postposition or adverb
        if f.lemma in clause_words()["chair_seat_verbs"] and index > 0 \
                and self.words[index - 1].noun in clause_words()["chair_seat_nouns"]:
            return False  # meets48: 'B와 공동 의장을 맡아 회의를 주재했다': B chairs the meeting with the subject
        if f.ending == "고" and f.lemma in clause_words()["postpositional_go_verbs"]:
            return False  # '관세 문제를 놓고 담판을 벌였다': 'about', not a clause of its own
        if self.date_prefix(index):
            return False  # '회담이 지난 15일 열렸다', '오는 23일': 지나다/오다 as a date's prefix end no clause
        if f.ends_clause and self.auxiliary_after(index) and f.ending not in subordinate_endings():
            return False  # '노력해 줄', '회담하지 않았다', '논의하고 있다': the auxiliary verb goes on with it
            # (not the causative '돌아오도록 하다', '하게 하다': the auxiliary has a subject of its own)
        if f.ends_clause or self.words[index].text.endswith((".", "?", "!", "…")):
            return True  # a headline's '…' joins two clauses ('A 규탄…대사 초치'), as a sentence's mark would
        if f.adnominal and not f.adjective and self.complement_after(index):
            return True
        if self.nominal_complement(index):
            return True
        return f.adnominal and not f.adjective and any(self.facts[k].particle_tag in ARGUMENT_TAGS
                                   for k in range(max(0, index - 2), index))

    def date_prefix(self, index: int) -> bool:
        """Word `index` is '지난' or '오는' before a day, a weekday or a week ('지난 15일', '오는 화요일')."""
        if self.words[index].text not in clause_words()["date_prefix_words"] or index + 1 >= len(self.words):
            return False
        nxt = self.words[index + 1].text
        return nxt[:1].isdigit() or nxt.startswith(tuple(clause_words()["date_after_prefix_words"]))

    def auxiliary_after(self, index: int) -> bool:
        """The word after `index` is an auxiliary verb (kiwi's VX: 주다, 않다, 있다 after 어/지/고)."""
        nxt = self.words[index + 1].tokens if index + 1 < len(self.words) else ()
        return bool(nxt) and nxt[0][1] == "VX" and not self.words[index].text.endswith((".", "?", "!", ",", '"'))

    def complement_after(self, index: int) -> bool:
        """The adnominal word `index` closes a complement clause with a subject of its own ('블링컨 장관이
        노력해 줄 것을 (당부했다)', '북한이 대가를 치를 것이라고'): the next word is the complement noun."""
        if index + 1 >= len(self.words):
            return False
        about = self.about_fact(index + 1)  # its adverbs may carry a focus particle: '끝까지 응하지 않은 데 대해'
        if self.words[index + 1].noun not in clause_words()["complement_nouns"] and not about:
            return False
        return self.own_subject_before(index, focus_ends=not about)

    def nominal_complement(self, index: int) -> bool:
        """Word `index` closes, with -기 and an object particle, a complement clause that names a subject of its own
        ('[중국이 역할을 하기]를 바란다', '[북한이 대화에 나서]길 촉구했다'): the clause is what is hoped for or
        asked, and its subject is the one asked, not a second subject of the verb after it. Without a subject of
        its own ('제재하기를 거부했다') the nominal is the verb's plain object and ends nothing."""
        if self.facts[index].particle_tag != "JKO" or not nominalized(self.words[index]):
            return False
        return self.own_subject_before(index, focus_ends=False)

    def own_subject_before(self, index: int, focus_ends: bool) -> bool:
        """A subject (JKS) stands in the clause before word `index`, read back to the last boundary or to a topic
        (은/는: the sentence's subject, not the embedded clause's); with `focus_ends` any other focus particle
        (도, 만) ends the search too. The complement readers' one walk (complement_after, nominal_complement): before a
        complement noun (것) any focus ends it; before a bound noun of fact (데 대해) and a -기 nominal only a topic
        does, for an adverb there may carry a focus particle ('끝까지 응하지 않은 데 대해')."""
        k = index - 1
        while k >= 0 and not self.boundary_after(k) and not (
                self.facts[k].particle_tag == "JX" and (focus_ends or self.facts[k].particle in TOPIC_PARTICLES)):
            if self.facts[k].particle_tag == "JKS":
                return True
            k -= 1
        return False

    def about_fact(self, k: int) -> bool:
        """Word `k` is a bound noun of fact before 'about' ('[B가 응하지 않은] 데 대해 유감'): the clause before it is
        what the next verb is about, with a subject of its own (not '협력하는 데 합의했다', where 데 is no fact)."""
        return self.words[k].noun in clause_words()["about_fact_nouns"] and k + 1 < len(self.words) \
            and self.facts[k + 1].lemma in clause_words()["postpositional_verbs"]

    def predicate(self, first: int, last: int) -> str | None:
        """The lemma of the clause's own predicate: its last word with a verb."""
        for i in range(last, first - 1, -1):
            if self.facts[i].lemma:
                return self.facts[i].lemma
        return None
