"""Korean clauses from kiwi's morphemes: which clause a word belongs to, and the role a name plays in
the clause of a meeting word.

Korean is verb-final and marks roles with particles, so the clause of a predicate runs back from it to
the previous clause ending: a connective ending (EC: 갖고, 만나, 밝히며), a sentence ending (EF) or an
adnominal ending (ETM: 방문 중인, 앞둔), which closes an embedded clause that modifies the next noun.
Inside the clause, kiwi's particle tags give the roles: JKS/JX subject (이/가, 은/는), JKB 과/와
'with', JC 과/와 'and' (coordination), JKO object (을/를), JKG genitive (의). A topic (은/는) at the
head of the sentence is the subject of every clause that has none of its own (Korean drops it).
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from readout.kb.loader import lexicon
from readout.lang.ko.words import Word, country_of_word, title_of, words_of
from readout.lang.ko.tags import TOPIC_PARTICLES

CLAUSE_END_TAGS = ("EC", "EF")
SUBJECT_TAGS = ("JKS", "JX")
ARGUMENT_TAGS = ("JKO", "JKB")  # a relative clause with its own object or adverbial
LIST_REACH = 8  # words a 과/와 list may run over before its 도 word ('A와 B·C 등 이웃 국가들도'), as name_heads.LIST_MEMBERS
QUOTES = "\"'“”‘’「」『』"


@dataclass(frozen=True)
class WordFacts:
    """What the clause reader asks of one word: its first particle (form, tag) and its endings."""

    particle: str | None
    particle_tag: str | None
    ends_clause: bool  # a connective or final ending: the next word starts a new clause
    adnominal: bool  # an ETM ending: the word closes a clause that modifies the next noun
    lemma: str | None  # the predicate's lemma ('갖다', '배석하다'), None for a plain noun
    adjective: bool = False  # the predicate is an adjective (깊은, 심각한): it describes, it binds no argument
    ending: str | None = None  # the last connective or final ending's form ('고', '도록', '다고')


def facts(word: Word, after_argument: bool = False) -> WordFacts:
    """`after_argument`: the previous word ends in a case particle (에, 을), so a name-like 'X하' + 는
    here is kiwi's misreading of an unknown verb ('인근에 낙탄하는 미사일': 낙탄하/NNP 는/JX)."""
    particle = tag = lemma = ending = None
    ends = adnominal = adjective = False
    toks = word.tokens
    if after_argument and len(toks) == 2 and toks[0][1] == "NNP" and len(toks[0][0]) > 1 \
            and toks[0][0].endswith("하") and toks[1][:2] == ("는", "JX"):
        return WordFacts(None, None, False, True, toks[0][0] + "다")
    for form, tagged, _s, _l in toks:
        t = tagged.split("-")[0]  # kiwi tags a stem of ambiguous conjugation VV-R, VV-I ('받았다': 받/VV-R)
        if t[0] == "J" and particle is None:
            particle, tag = form, t
        elif t in CLAUSE_END_TAGS:
            ends = ends or not (form == "게" and adjective)  # 강력하게 규탄: an adverb, not a clause
            ending = form
        elif t == "ETM":
            adnominal = True
        elif t in ("VV", "VA") and lemma is None:
            lemma, adjective = form + "다", t == "VA"
        elif t in ("XSV", "XSA") and lemma is None:
            noun = "".join(f for f, tt, _a, _b in toks if tt in ("NNG", "NNP", "XR"))
            lemma, adjective = noun + form + "다", t == "XSA"
    return WordFacts(particle, tag, ends, adnominal, lemma, adjective, ending)


class SentenceReader:
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

    def word_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.words[i].end else None

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
        k = index - 1
        while k >= 0 and self.boundary_after(k) is False \
                and not (self.facts[k].particle_tag == "JX" and (not about or self.facts[k].particle in TOPIC_PARTICLES)):
            if self.facts[k].particle_tag == "JKS":
                return True
            k -= 1
        return False

    def nominal_complement(self, index: int) -> bool:
        """Word `index` closes, with -기 and an object particle, a complement clause that names a subject of its own
        ('[중국이 역할을 하기]를 바란다', '[북한이 대화에 나서]길 촉구했다'): the clause is what is hoped for or
        asked, and its subject is the one asked, not a second subject of the verb after it. Without a subject of
        its own ('제재하기를 거부했다') the nominal is the verb's plain object and ends nothing."""
        if self.facts[index].particle_tag != "JKO" or not nominalized(self.words[index]):
            return False
        k = index - 1
        while k >= 0 and not self.boundary_after(k) \
                and not (self.facts[k].particle_tag == "JX" and self.facts[k].particle in TOPIC_PARTICLES):
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
                                                          and not self.reported_sequence(closer, first))

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
        from readout.lang.ko.act_table import act_index  # the act lexicon's cue; act_table imports no clause code

        noun = self.words[head].noun
        return any(self.facts[k].particle_tag == "JKO" for k in range(i + 1, closer)) \
            and (country_of_word(noun) is not None or noun in act_index().cue("designee_noun")
                 or noun in act_index().cue("vessel_noun")  # '[해협을 지나던] 유조선을': the ship did the passing
                 or self.carried_measure(head) and self.topic() is None
                 or noun in act_index().cue("document_noun")  # fp23: '[원조 조항을 담은] 조약을': the treaty contains it
                 and self.facts[closer].lemma in act_index().cue("containing_verb")) \
            or self.hedged_description(i, closer) \
            or self.held_gathering(i, closer)  # ko48: 'A가 [X에서 열린] 회의에서': the meeting was held, A acts

    def held_gathering(self, i: int, closer: int) -> bool:
        """(ko48) 'A가 [어제 X에서 열린] 정상회의에서 B를 비판했다': a relative clause of a verb of being held (`held_verbs`),
        with no subject of its own after `i`, describes the gathering its head names, whose only subject it is; the
        subject `i` before it is the sentence's."""
        return self.facts[closer].lemma in clause_words()["held_verbs"] \
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
        from readout.lang.ko.act_table import act_index

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
        if i is None or self.facts[i].particle not in ("과", "와"):
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


def split_name(word: Word, nxt: Word) -> bool:
    """kiwi reads an unknown two-syllable name ending in 이/가 as a name + the subject particle ('왕이
    부장', '리가 대사': 왕/NNP 이/JKS): before a title the 이/가 is part of the name, not a subject."""
    toks = word.tokens
    return len(toks) == 2 and toks[0][1] in ("NNP", "NNG") and len(toks[0][0]) == 1 and toks[1][1] == "JKS" \
        and bool(title_of(nxt.noun))


@functools.lru_cache(maxsize=1)
def topic_particles() -> frozenset[str]:
    return frozenset(lexicon("ko")["clause"]["topic_particles"])


@functools.lru_cache(maxsize=1)
def clause_words() -> dict[str, frozenset[str]]:
    """The lexicon's word classes for clause reading: light verbs that make a meeting noun a predicate
    (회담을 갖다), attendee predicates (배석하다), words after a meeting noun that make it background
    (앞두다, 이후)."""
    lex = lexicon("ko")
    out = {key: frozenset(value) for key, value in lex["clause"].items() if isinstance(value, list)}
    out["head_nouns"] = out["list_closers"] | frozenset(lex["country_head_nouns"])
    out["between_words"] = frozenset(lex["state_party_between"])  # support62: 'A와 B 간 회담'
    return out


@functools.lru_cache(maxsize=1)
def quote_endings() -> frozenset[str]:
    """The act lexicon's quotative endings ('다고', '라며'): a clause ending in one is a reported complement."""
    from readout.lang.ko.act_table import act_index

    return act_index().cue("quote_ending")


@functools.lru_cache(maxsize=1)
def subordinate_endings() -> frozenset[str]:
    """The lexicon's subordinating connective endings with the act lexicon's quotative ones."""
    from readout.lang.ko.act_table import act_index

    return clause_words()["subordinate_endings"] | act_index().cue("quote_ending")


@functools.lru_cache(maxsize=1)
def postposition_stems() -> frozenset[str]:
    """The stems kiwi gives the verbs that work as postpositions (대하다 -> 대하: '대해', '통해')."""
    return frozenset(verb.removesuffix("다") for verb in clause_words()["postpositional_verbs"])


def reader(text: str, tokens: tuple) -> SentenceReader:
    """Several steps read the same sentence: build its words once (tokens are tuples, never changed).
    One cache, keyed by the sentence (`SentenceKey`): a text's hash is computed once by Python and kept,
    so a question about the sentence just read costs no hashing of its morphemes."""
    return _reader(SentenceKey(text, tokens))


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


@functools.lru_cache(maxsize=256)
def _reader(key: SentenceKey) -> SentenceReader:
    return SentenceReader(key.text, key.tokens)


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
        if f.particle_tag in ("JKS", "JX") or r.boundary_after(k):
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


def nominalized(word) -> bool:
    """A verb made a noun by -기 ('참석하기', '떠나기에'): the clause it closes hangs on the next word."""
    return any(tag == "ETN" and form == "기" for form, tag, _s, _l in word.tokens)
