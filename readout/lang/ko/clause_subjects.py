"""Whose clause a Korean subject is (lang/ko/clauses.SentenceReader, questions of subjects): a topic (은/는) or a
subject (이/가) before a clause that names none of its own is shared with it, unless a subordinate, quoted or relative
clause between keeps it to itself. A mixin: the reader holds the words, their facts and the bounds questions.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko.clause_lexicon import clause_words, quote_endings, subordinate_endings, topic_particles
from readout.lang.ko.word_facts import QUOTES, SUBJECT_TAGS
from readout.lang.ko.words import country_of_word
from readout.lang.ko.act_table import act_index


class ClauseSubjects:
    """The clause questions of subjects: whether a subject before a clause is the one that clause shares."""

    def shared_subject(self, i: int, first: int) -> bool:
        """Whether word `i`, before the clause starting at word `first`, is the subject that clause
        shares: the topic (은/는) of the sentence, or the last subject (이/가) of the clauses joined
        to it by connective endings (갖고, 방문하여), when the clause names no subject of its own. A
        subject whose own predicate is adnominal belongs to that relative clause ('북한이 발사한 미사일')."""
        switched = self.contrast_topic(first)
        if switched is not None:
            return i == switched  # 'A는 ...주장했으나, B는 ...라고 일축했다': B rejects, not A
        joined = self.joined_pair(i)
        if self.topic() == i or joined is not None and joined == self.topic():
            return True  # kolist51: 'A와 B도 ...': A shares B's topic
        if self.quote_topic(i, first):
            return True
        if self.facts[i].particle is None and i + 1 < first and self.only_particles(i + 1):
            i += 1  # '유럽연합(EU)이': the particle left after the bracketed gloss is the name's
        if self.facts[i].particle_tag not in SUBJECT_TAGS:
            return False
        if any(self.subordinate(k) and not self.own_quote(i, k) and not self.asker(i, k) and not self.own_future(i, k)
               and not self.purpose_of(i, k, first) for k in range(i, first)):
            return False  # '북한이 복귀하도록 (정부는) 공조하기로', 'X가 ...했다고 비난했다': X is the embedded clause's
        later = [k for k in range(i + 1, len(self.words)) if self.facts[k].particle_tag in SUBJECT_TAGS
                 and not (self.words[k].noun in clause_words()["possible_nouns"] and self.facts[k].particle == "도")
                 and not (k + 1 < first and self.facts[k + 1].adnominal)
                 and not (self.facts[k].lemma and self.facts[k].particle == "도")]
        # '할 수도 있다고': the focus 도 on a possibility is no subject; (acts47) nor is the subject of a relative clause
        # before the clause ('A와 B가 [C 정상회의가 열린] 워싱턴에서 ... 채택했다': A and B adopt); (force59) nor is the
        # verb of 'V-기도 했다' ('최루탄을 쏘기도 했다': 'also fired'), its 도 a focus on the deed
        _f, last = self.clause_of(first)
        closer = first - 1  # the word that closes the subject's own clause ('발사한 (미사일)', '노력해 줄 (것)')
        return not any(k <= last for k in later) and not (closer > i and self.facts[closer].adnominal
                                                          and not self.subject_gap(i, closer, first)
                                                          and not self.reported_sequence(closer, first)
                                                          and not self.sequence_subject(i, closer, first))

    def asker(self, i: int, k: int) -> bool:
        """'A가 B에 보조를 맞춰 [달라고] 요구했다', 'A가 B에 철수[하라고] 촉구했다': word `k` closes the content of a
        request in the asker's words (lexicon ko clause.request_quote_words); in a sentence with no topic and no other
        subject between, the subject `i` before it is the one who asks, not the content's (B, asked, is dropped there).
        With a topic ('정부는 [B가 역할을 해 달라고] 요청했다') the subject after it is the one asked, as before."""
        return self.topic() is None and self.words[k].text.rstrip(",").endswith(tuple(clause_words()["request_quote_words"])) \
            and not any(self.facts[m].particle_tag in SUBJECT_TAGS for m in range(i + 1, k + 1))

    def own_future(self, i: int, k: int) -> bool:
        """'A가 B에 무력을 사용할 수도 있다고 경고했다', 'A가 ...하겠다고 밝혔다': word `k` closes reported content that
        tells what will or may be done ('-겠다고', 'V-ㄹ 것이라고', 'V-ㄹ 수 있다고'); with no topic and no other subject
        between, the subject `i` before it is the one who says it of itself, so the saying verb goes on with it.
        Reported past deeds ('A가 ...했다고 비난했다') keep A to the content: someone else judges them."""
        possible = clause_words()["possible_nouns"]
        if self.topic() is not None or self.facts[k].ending not in quote_endings() \
                or any(self.facts[m].particle_tag in SUBJECT_TAGS and self.words[m].noun not in possible
                       for m in range(i + 1, k + 1)):  # '수도 있다고': the focus 도 on the possibility is no subject
            return False
        toks = self.words[k].tokens
        if any(tag == "EP" and form == "겠" for form, tag, _s, _l in toks):
            return True
        before = self.words[k - 1].noun if k > 0 else None
        return toks[0][0] == "것" and toks[0][1] == "NNB" \
            or self.facts[k].lemma == "있다" and before in possible

    def purpose_of(self, i: int, k: int, first: int) -> bool:
        """(force59) Word `k` closes a purpose clause ('해산하려고', '치러'; lexicon ko clause.same_subject_endings) that
        leads straight into the clause starting at word `first`: Korean gives such a clause the main clause's subject,
        so 'A가 [B를 해산하려고] 최루탄을 쐈다' is A's firing; not a purpose clause that ends before another, nor one
        followed by an auxiliary of intent ('A가 공격하려고 하자': a clause of its own), nor one whose subject `i` is
        a relative clause's inside it ('[A가 쏜] 미사일 문제를 다루려고': A fired, the meeting is another's)."""
        relative = any(self.facts[m].adnominal and not self.facts[m].adjective and not self.subject_gap(i, m, m + 1)
                       for m in range(i + 1, k))
        return self.facts[k].ending in clause_words()["same_subject_endings"] and k + 1 == first \
            and not self.auxiliary_after(k) and not relative

    def own_quote(self, i: int, k: int) -> bool:
        """Word `k` closes a direct quotation that opened after the subject at word `i` ('Y가 "납치"라며 반발했다',
        'Y가 "부당하다"고 맞섰다'): the quotation is Y's own words, so the verb after it goes on with Y; a complement
        with no quote marks ('X가 ...했다고 비난했다') or one X stands inside keeps X to itself, and so does the clause of
        a fact that closes before the quotation ('A는 [X가 ...한] 데 대해 "..."라며 유감을 표했다': A speaks)."""
        if self.quoted(i) or not any(ch in QUOTES for ch in self.words[k].text):
            return False
        if any(self.about_fact(m) for m in range(i + 1, k)):
            return False  # 'A는 [B가 ...한] 데 대해 "무모하다"라며': B's clause closed before the quotation, A speaks
        between = self.text[self.words[i].end:self.words[k].end]
        opened = between.count('"') >= 2 or ("“" in between and "”" in between)
        return opened and self.facts[k].ending in quote_endings()

    def reported_sequence(self, closer: int, first: int) -> bool:
        """'A는 [B가 물대포를 쏜 뒤 어민을 억류했다]고 밝혔다': the adnominal verb at `closer` before an 'after' noun
        opening the clause at `first` (뒤, 후, 다음) is a clause of sequence, not a relative clause, and inside a
        reported complement (the clause ends in a quote ending) its subject goes on acting: the reporter's topic
        belongs to the saying verb. Outside a complement the topic is the later clause's subject ('정부는 [북한이
        발사한 뒤] 회의를 열었다'), so the bridge is not made there."""
        if self.words[first].noun not in clause_words()["after_nouns"]:
            return False
        _f, last = self.clause_of(first)
        if self.facts[last].adnominal and last + 1 < len(self.words) \
                and self.words[last + 1].noun in clause_words()["complement_nouns"]:
            last += 1  # '[B가 포위한 뒤 공격할] 것이라고': the complement closes on the bound noun's copula
        return self.facts[last].ending in quote_endings()

    def sequence_subject(self, i: int, closer: int, first: int) -> bool:
        """(koclause56) 'A가 [B 초소를 공격한] 뒤 C에 경고했다': the adnominal verb at `closer` before an 'after' noun
        opening the clause at `first` (뒤, 후, 다음) is a clause of sequence, not a relative clause; in a sentence with
        no topic, whose later clause names no subject of its own (asked before), the subject `i` of the first deed
        goes on to do the second, as English 'A attacked B and then warned C'. Without this the warning lost its doer
        (no event), while 'A는 ... 공격한 뒤' (a topic) kept it. A topic elsewhere ('정부는 [북한이 발사한 뒤] 회의를
        열었다') is the later clause's subject, and the bridge is not made."""
        return self.topic() is None and self.words[first].noun in clause_words()["after_nouns"] \
            and not any(self.facts[k].particle_tag in SUBJECT_TAGS for k in range(i + 1, closer + 1))

    def only_particles(self, k: int) -> bool:
        """Word `k` is only particles: what is left of '유럽연합(EU)이', '외교부장(장관)과' once the bracketed gloss is
        set aside; the particle belongs to the word before the gloss."""
        toks = self.words[k].tokens
        return bool(toks) and all(tag[0] == "J" for _f, tag, _s, _l in toks)

    def subject_gap(self, i: int, closer: int, head: int) -> bool:
        """'유럽연합이 [러시아의 침공을 지원한] 벨라루스에 제재를': a relative clause whose verb has its object (을/를)
        before a state's name describes that state as the one who did it (its missing word is its subject), so the
        subject before it is not the relative clause's but the sentence's; so does one before a person or a body a
        measure lists ('재무부가 [X를 도운] 개인과 기관을 제재', cue designee_noun), or before a ship that made the passage
        the clause tells ('A가 [해협을 지나던] 유조선을 공격했다', cue vessel_noun), or before a measure the subject carries
        out, in a sentence with no topic ('A가 [X를 대상에 추가하는] 제재를 단행했다', cue carried_measure_noun), or before a
        document its verb says contains the object (fp23: 'A와 B가 [원조 조항을 담은] 조약을 체결했다', cues document_noun,
        containing_verb). A noun a clause completes ('[북한이 무기를 공급한] 사실') or describes otherwise keeps the
        subject to the clause."""
        noun = self.words[head].noun
        return any(self.facts[k].particle_tag == "JKO" for k in range(i + 1, closer)) \
            and (country_of_word(noun) is not None or noun in act_index().cue("designee_noun")
                 or noun in act_index().cue("vessel_noun")  # '[해협을 지나던] 유조선을': the ship did the passing
                 or self.carried_measure(head) and self.topic() is None
                 or noun in act_index().cue("document_noun")  # fp23: '[원조 조항을 담은] 조약을': the treaty contains it
                 and self.facts[closer].lemma in act_index().cue("containing_verb")) \
            or self.hedged_description(i, closer) \
            or self.held_gathering(i, closer) \
            or self.charge_ground(i, closer, head)  # plover55: 'A가 [B와 협력한] 혐의로 C를 체포했다': A arrests

    def held_gathering(self, i: int, closer: int) -> bool:
        """(ko48) 'A가 [어제 X에서 열린] 정상회의에서 B를 비판했다': a relative clause of a verb of being held (`held_verbs`),
        with no subject of its own after `i`, describes the gathering its head names, whose only subject it is; the
        subject `i` before it is the sentence's."""
        return self.facts[closer].lemma in clause_words()["held_verbs"] \
            and not any(self.facts[k].particle_tag in SUBJECT_TAGS for k in range(i + 1, closer))

    def charge_ground(self, i: int, closer: int, head: int) -> bool:
        """(plover55) 'A가 [B와 협력한] 혐의로 C를 체포했다', 'C가 [B를 도운] 혐의로 기소됐다': a relative clause heading a
        charge noun in 로/으로 (cue charge_adjunct_noun: 혐의, 죄) tells what the one held or charged is said to have
        done, and that one is the act's object (or the passive's subject), never written inside the clause: its gap is
        its subject. A subject `i` before it, with no other subject between, is the sentence's, as English 'A arrested
        C for collaborating with B' reads A as the arrester. Without this the arrest lost its arrester (no event)."""
        word = self.words[head]
        return word.noun in act_index().cue("charge_adjunct_noun") \
            and self.facts[head].particle in clause_words()["instrumental_particles"] \
            and not any(self.facts[k].particle_tag in SUBJECT_TAGS for k in range(i + 1, closer))

    def hedged_description(self, i: int, closer: int) -> bool:
        """'A가 [장비를 탑재한 것으로 추정되는] 발사체를 쐈다': a relative clause that hedges what the head noun is or
        did ('...한 것으로' + a verb of estimate, lexicon ko hedge_verbs), its verb's object named and no subject of its own
        after `i`, describes the head, which fills its gap; the subject `i` before it is the sentence's ('A가 [B가 생산한
        것으로 추정되는] 미사일을': B is the clause's own, an object-less clause keeps the subject before it)."""
        words = self.words
        return closer >= 1 and self.facts[closer].lemma in lexicon("ko").get("hedge_verbs", ()) \
            and words[closer - 1].text in ("것으로", "걸로") \
            and not any(self.facts[k].particle_tag in SUBJECT_TAGS for k in range(i + 1, closer)) \
            and any(self.facts[k].particle_tag == "JKO" for k in range(i + 1, closer))  # its verb's object, no subject

    def carried_measure(self, head: int) -> bool:
        """The noun phrase opening at word `head` ends in a measure noun ('(독자) 제재를', cue carried_measure_noun)."""
        k = head
        while k + 1 < len(self.words) and self.facts[k].particle is None and not self.facts[k].lemma:
            k += 1  # '독자 제재를': the phrase's last noun carries its particle
        return self.words[k].noun in act_index().cue("carried_measure_noun")

    def subordinate(self, k: int) -> bool:
        """Word `k` ends a subordinate clause (purpose, condition, quotation: '복귀하도록', '쏘면', '했다고'),
        which keeps its subject to itself."""
        f = self.facts[k]
        return f.ends_clause and f.ending in subordinate_endings() or self.nominal_complement(k)

    def quote_topic(self, i: int, first: int) -> bool:
        """Word `i` is the topic a quotation opens with ('국무부는 "양측은 ... 재확인하고, ... 우려를
        표명했다"고'), and the clause at `first` is in that quotation with no subject of its own."""
        f = self.facts[i]
        start = self.words[i].start
        if f.particle_tag != "JX" or f.particle not in topic_particles() or start == 0 \
                or self.text[start - 1] not in QUOTES:
            return False
        _f, last = self.clause_of(first)
        named = any(self.facts[k].particle_tag in SUBJECT_TAGS and (k >= first or self.shared_subject(k, first))
                    for k in range(i + 1, last + 1))  # a complement's own subject does not count
        closed = any(ch in QUOTES for k in range(i, first) for ch in self.words[k].text)
        return not named and not closed
