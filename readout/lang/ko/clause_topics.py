"""The topic of a Korean sentence and where it stands (lang/ko/clauses.SentenceReader, questions of topics): the first
word marked 은/는 (or the additive 도 with none), the head a relative clause describes, a list joined to a 도 word, a
topic switched after a contrastive ending, and whether a word stands inside a quotation. A mixin: the reader holds
the words and their facts.
"""
from __future__ import annotations

from readout.lang.ko.clause_lexicon import clause_words, topic_particles
from readout.lang.ko.tags import COORDINATING_PARTICLES
from readout.lang.ko.word_facts import LIST_REACH


class ClauseTopics:
    """The clause questions of topics: the sentence's topic, its lists and contrasts, and quotation."""

    def headline_start(self, i: int) -> bool:
        """No word before word `i` carries a particle or an ending: `i` opens a headline-style phrase."""
        return not any(f.particle or f.lemma for f in self.facts[:i])

    def topic(self) -> int | None:
        """The sentence's topic (the first word marked 은/는): the subject of clauses that drop theirs. With no
        은/는, a first word marked with the additive 도 ('X도 A와 통화하고 ... 촉구했다': X too) is the topic."""
        first = next((i for i, f in enumerate(self.facts) if f.particle), None)
        first = self.relative_head(first)  # '[군부가 집권한] 기니도 ...': the head, not the relative clause's subject
        joined = self.joined_pair(first)
        if joined is not None:
            first = joined  # kolist51: 'A와 B도 [...를 해치는] 시도를 규탄했다': the pair's 도 word is the topic
        additive = first is not None and self.facts[first].particle_tag == "JX" \
            and self.facts[first].particle in clause_words()["additive_topic_particles"]
        for i, f in enumerate(self.facts):
            if f.particle_tag == "JX" and f.particle in topic_particles():
                if additive and first < i and self.quoted(i):
                    return first  # 'X도 "B는 ...해야 한다"고 촉구했다': B is the quote's topic, X the sentence's
                return i
        return first if additive else None

    def joined_pair(self, i: int | None) -> int | None:
        """Word `i` opens a list by 과/와 whose members run, bare ('칠레·페루', '등', '중남미'), to a noun word marked
        with the additive 도 ('칠레와 페루도', 'A와 B·C 등 이웃 국가들도'): that word's index, else None. Kiwi tags the 와
        the comitative, but the list is one additive subject, not a partner and a topic."""
        if i is None or self.facts[i].particle not in COORDINATING_PARTICLES:
            return None
        k = i + 1
        while k < min(len(self.facts), i + LIST_REACH) and self.facts[k].particle is None and not self.facts[k].lemma:
            k += 1
        if k >= len(self.facts):
            return None
        f = self.facts[k]
        additive = f.particle_tag == "JX" and f.particle in clause_words()["additive_topic_particles"]
        return k if additive and not f.lemma and bool(self.words[k].noun) else None

    def relative_head(self, i: int | None) -> int | None:
        """(world39) Word `i`, or, where it is the subject (이/가) of a relative clause of one adnominal verb right
        after it, the head noun the clause describes when that head carries a particle ('[군부가 집권한] 기니도'): the
        sentence's first argument is the head, the subject being the relative clause's own."""
        if i is None or self.facts[i].particle_tag != "JKS" or i + 2 >= len(self.facts):
            return i
        verb, head = self.facts[i + 1], self.facts[i + 2]
        return i + 2 if verb.adnominal and verb.lemma and head.particle and not head.lemma else i

    def contrast_topic(self, first: int) -> int | None:
        """The topic (은/는, outside quotes) of the noun phrase right after a clause closed by a contrastive ending
        ('A는 ...라고 주장했으나, [B 정부는] ...라고 일축했다'; lexicon clause.contrast_endings), the last one before
        word `first`: the clauses after it go on with that topic, not the sentence's first."""
        contrast = clause_words()["contrast_endings"]
        for k in range(first - 1, 0, -1):
            f = self.facts[k]
            if f.particle_tag != "JX" or f.particle not in topic_particles() or self.quoted(k):
                continue
            start = k
            while start > 0 and self.facts[start - 1].particle is None and not self.facts[start - 1].lemma:
                start -= 1
            return k if start > 0 and self.facts[start - 1].ending in contrast else None
        return None

    def quoted(self, i: int) -> bool:
        """Word `i` stands inside a direct quotation: an odd number of straight double quotes, or more opening
        than closing curly ones, before it."""
        before = self.text[:self.words[i].start]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
