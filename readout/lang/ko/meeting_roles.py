"""The role of a name towards a Korean meeting word, read on the clause reader's words (lang/ko/clauses.py):
subject, 'with' party, object, attendee, modifier, source or other, from particles, relative clauses,
anonymous sources, agent phrases and title chains; and the kind of the meeting word (a predicate, the
scene of the clause, or another moment) with where its status is read.

Why a module of its own: these are the Korean reading behind `Korean.role` and `meeting_triggers`
(lang/ko/language.py), which keeps the class to the `Language` interface. Mirrors lang/en/meeting_roles.py.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.base import Trigger
from readout.lang.ko import clauses, countries
from readout.lang.ko import words as ko_words
from readout.lang.ko.act_requesters import asker_before_content
from readout.lang.ko.agents import is_agent_word
from readout.lang.ko.meeting_delegations import delegation_leader, source_of_briefing
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.name_heads import agent_head, list_closed, listed_head, title_word
from readout.lang.ko.meeting_joint import jointly_held
from readout.lang.ko.meeting_relatives import inside_relative_meeting, outside_relative_meeting
from readout.lang.ko.states import group_noun


def trigger_kind(r: SentenceReader, j: int) -> str:
    """'predicate' (회담했다, 회담을 갖고, 회담이 열렸다), 'background' (회담을 앞둔, 회담 이후: another
    moment than the clause's own) or 'setting' (회담에서, 회담에는: the meeting as the scene)."""
    words = clause_words()
    f = r.facts[j]
    nxt = r.facts[j + 1] if j + 1 < len(r.words) else None
    nxt_noun = r.words[j + 1].noun if j + 1 < len(r.words) else ""
    if nxt is not None and (nxt.lemma in words["background_verbs"] or nxt_noun in words["background_nouns"]):
        return "predicate" if held_first(r, j) else "background"
    if f.lemma:
        return "predicate"
    if nxt is not None and f.particle_tag in ("JKO", "JKS") and nxt.lemma in words["meeting_light_verbs"]:
        return "predicate"
    if jointly_held(r, j, words):
        return "predicate"  # k49: '회의를 공동 주재했다', '[A와 B가 공동 주재한] 회의에서'
    if nxt is not None and f.particle == "에" and nxt.lemma in words["meeting_enter_verbs"]:
        return "predicate"  # '협상에 나섰다', '협상에 들어갔다'
    if received(r, j):
        return "predicate"  # 'B의 예방을 받았다': the host receives the call
    if subject_of_own_verb(r, j) or arranged(r, j):
        return "predicate"
    return "setting"


def arranging(r: SentenceReader, j: int, starts: list[int]) -> int | None:
    """The meeting word `j` ('협의', '논의') arranges another meeting word of the sentence before it, whose
    index it returns ('정상회담 개최를 협의하고 있다', '정상회담 개최 문제를 중국 측과 협의 중', '정상회담을
    개최하는 방향으로 협의 중'): talks about holding a meeting are neither that meeting held nor an
    agreement; both words are the planned meeting. The other word stands before `j` in its clause, or in
    the relative clause that ends right before it; `starts`: the sentence's meeting word indexes."""
    words = clause_words()
    first, _last = r.clause_of(j)
    if first > 0 and r.facts[first - 1].adnominal:
        first = r.clause_of(first - 1)[0]  # '[정상회담을 개최하는] 방향으로 협의': the clause it modifies
    for i in starts:
        k = i + 1  # the meeting word, then an arrangement noun ('개최', '일정') or its verb ('개최하는')
        if first <= i < j and k < j and (r.words[k].noun in words["arranged_nouns"] or r.facts[k].lemma
                                         and r.facts[k].lemma.removesuffix("하다") in words["arranged_nouns"]):
            return i
    return None


def arranged(r: SentenceReader, j: int) -> bool:
    """The meeting word `j` is being arranged: the object of an arranging verb ('정상회담을 추진하고 있다'), or
    bare before an arrangement noun that is ('한중 정상회담 개최를 추진', '회담 일정을 조율 중이다'). Such a
    meeting is its clause's predicate (the compound before it or the clause's subject names its parties)
    and is planned: it has not taken place (lexicon `clause.arranged_nouns`, `arranging_verbs`)."""
    words = clause_words()
    f, k = r.facts[j], j + 1
    if f.particle is None and not f.lemma and k < len(r.words) and r.words[k].noun in words["arranged_nouns"]:
        f, k = r.facts[k], k + 1
    if f.particle_tag != "JKO" or k >= len(r.words):
        return False
    verbs = words["arranging_verbs"]
    if r.facts[k].lemma:
        return r.facts[k].lemma in verbs
    progressive = k + 1 < len(r.words) and r.words[k + 1].noun in words["progressive_nouns"]
    return progressive and r.words[k].noun + "하다" in verbs


def chained_plan(r: SentenceReader, j: int) -> bool:
    """'B와 만나 관세 문제를 논의할 예정이다', '회담해 협력 방안을 협의할 계획이다': a meeting verb joined by a
    sequential ending (-아/어(서), -며) to the clause after it is one step of that clause's act, so a plan
    stated there (its verb in the future adnominal before a plan noun) is the meeting's plan too; so for
    -고 ('회담을 갖고 ... 논의할 예정이다'), which carries no tense of its own, unless the meeting's verb has
    its own past marker ('회담을 가졌고 ... 방한할 예정이다': held, and a later visit planned) or a day of its own
    ('6일 B와 회담하고 다음 달 ... 협의할 방침이다': its day says when; a day to come makes it planned anyway)
    (lexicon `clause.sequential_endings`, `plan_nouns`, `future_adnominal_endings`, `past_endings`)."""
    words = clause_words()
    first, last = r.clause_of(j)
    if any(tag == "EP" and form in words["past_endings"] for form, tag, _s, _l in r.words[last].tokens):
        return False
    if r.facts[last].ending in words["tenseless_endings"] and any(dated(r.words[k]) for k in range(first, last + 1)):
        return False
    while r.facts[last].ending in words["sequential_endings"] and last + 1 < len(r.words):
        start, last = r.clause_of(last + 1)
        if any(r.facts[k].ending is None and planned_adnominal(r, k) and r.words[k + 1].noun in words["plan_nouns"]
               for k in range(start, min(last + 1, len(r.words) - 1))):
            return True  # also where the reader takes the plan noun into that clause ('만나 회담할 예정이다')
    return False


def dated(word) -> bool:
    """The word is a day or month of the calendar ('6일', '3월'): a number before kiwi's bound noun 일/월."""
    tokens = word.tokens
    return any(tag == "SN" and n + 1 < len(tokens) and tokens[n + 1][0] in clause_words()["date_units"]
               for n, (_form, tag, _s, _l) in enumerate(tokens))


def purpose(r: SentenceReader, j: int) -> str | None:
    """The meeting word's clause is a purpose or a causation ('B를 만나려고 출국했다', 'B와 만나도록 일정을
    조율했다', 'B와 만나지 못하도록 막았다'), closed by one of the lexicon's `purpose_endings`: 'purpose' (a
    meeting intended, not held) or 'negated' (one prevented or to be avoided: called off, never held);
    None for a clause of its own."""
    words = clause_words()
    first, last = r.clause_of(j)
    while last + 1 < len(r.words) and r.words[last + 1].tokens and r.words[last + 1].tokens[0][1] == "VX":
        last = r.clause_of(last + 1)[1]  # '만나지 못하도록': the auxiliary carries the ending
    if r.facts[last].ending not in words["purpose_endings"]:
        return None
    negated = any(tag == "VX" and form in words["negating_auxiliaries"]
                  for k in range(j, last + 1) for form, tag, _s, _l in r.words[k].tokens)
    return "negated" if negated else "purpose"


def planned_adnominal(r: SentenceReader, k: int) -> bool:
    """Word `k` ends in the future adnominal (-(으)ㄹ: '논의할'), not after a past marker ('했을')."""
    words = clause_words()
    tokens = r.words[k].tokens
    return any(tag == "ETM" and form in words["future_adnominal_endings"] for form, tag, _s, _l in tokens) \
        and not any(tag == "EP" and form in words["past_endings"] for form, tag, _s, _l in tokens)


def received(r: SentenceReader, j: int) -> bool:
    """The meeting word `j` is the object of a verb of receiving ('예방을 받았다', '방문을 받고'): the clause's
    subject hosts, the meeting word's owner calls."""
    return r.facts[j].particle_tag == "JKO" and j + 1 < len(r.words) \
        and r.facts[j + 1].lemma in clause_words()["meeting_received_verbs"]


def subject_of_own_verb(r: SentenceReader, j: int) -> bool:
    """'한일 정상회담이 15일 리마에서 열렸다', '회담은 일정 문제로 무산됐다': a meeting noun that is the subject
    (이/가, 은/는) of its clause, whose own predicate (after adverbials: a date, a place, a reason) holds or
    cancels a meeting, is that clause's predicate, as '회담이 열렸다' is."""
    f = r.facts[j]
    if not (f.particle_tag == "JKS" or f.particle_tag == "JX" and f.particle in clauses.topic_particles()):
        return False
    first, last = r.clause_of(j)
    words = clause_words()
    if last - 1 > j and not r.facts[last].lemma and r.facts[last - 1].adnominal \
            and r.words[last].noun in words["plan_nouns"]:
        last -= 1  # '회담이 23일 열릴 예정이다': the verb before the plan noun is the meeting's own
    if any(r.facts[k].lemma and not r.date_prefix(k) for k in range(j + 1, last)) or any(
            r.facts[k].particle_tag in ("JKS", "JKO") for k in range(j + 1, last + 1)):
        return False  # '회담은 [북한이 도발한] 뒤 열렸다', '회담은 양국 관계를 논의했다': another clause or argument
    return r.facts[last].lemma in words["meeting_light_verbs"] | words["meeting_fate_verbs"]


def name_role(r: SentenceReader, start: int, end: int, trigger: Trigger) -> str:
    """The role of the name ending at `end` towards the meeting word `trigger` (see module doc)."""
    i, j = r.word_at(max(start, end - 1)), r.word_at(trigger.start)
    if i is None or j is None:
        return "other"
    named = i  # the name's own word, before an agent noun after it heads it
    i = agent_head(r, i, j)
    if anonymous_source(r, i, j) or interviewer(r, i, j):
        return "source"
    if i == j or end > trigger.start >= start:
        return "with" if start < trigger.start else "other"  # '한·중 외교장관 회담': the compound names the parties
    if joined_names_before(r, i, j):  # a headline's '조현·왕이 첫 통화': names joined by a middle dot hold the meeting
        return "subject" if r.words[i].text.endswith(",") else "with"  # after them; 'A·B, 협정 서명': its topic
    if trigger.kind == "background" and not after_clause(r, j):
        own = i == j - 1 or (i < j and r.facts[i].particle_tag == "JKG" and j - i <= 2)
        return "with" if own else "other"
    first, last = r.clause_of(j)
    head = party_head(r, first, last) if trigger.kind == "predicate" else None
    if head is not None and r.word_at(start) == head:  # '[중국을 방문한] 러시아 대표단', '[조 장관이 만난] B'
        return "object" if any(r.facts[k].particle_tag == "JKS" for k in range(first, last + 1)) else "subject"
    if head is not None and (i < first or r.topic() == i):
        return "other"  # '미국은 [중국을 방문한] 러시아 대표단을 주시': the topic is not the relative clause's subject
    if i < first and joins_across_description(r, i, first):
        return particle_role(r, i, j)  # 'A와 [NSC 보좌관을 지낸] B를 접견했다': A is coordinated with B
    if i < first and trigger.kind == "predicate" and recalled_party(r, i, j):
        return "with"  # 'A는 지난달 B와 회담한 뒤 처음으로 통화했다': the call is with B too
    if i < first and asker_before_content(r, i, j, first):
        return "subject"  # ko28: '[X가] 한국이 동참해 달라고 요구했다': X asks, the content's subject is the one asked
    if outside_relative_meeting(r, i, j, head):
        return "other"  # '북한이 [한일중 정상회의가 열린] 27일 밤 ... 발사했다': the summit only dates the launch
    if named < j and head is None and inside_relative_meeting(r, named, j):
        return "other"  # precision49: '[한일중 정상회의가 열린] 27일 밤': the summit's states do not launch
    if not first <= i <= last and speaker_before_quote(r, i, first, j):
        return "subject"  # kosubj49: 'A는 ...했으며, [B 정부도] "..."라고 규탄했다': B says it
    if not first <= i <= last:
        i = list_closed(r, i, first)  # 'A와 B, C 등 23개국 외교부는 ...를 내고 규탄했다': each takes the list's topic
        while r.facts[i].particle is None and i + 1 < first and not r.facts[i + 1].lemma \
                and (r.words[i + 1].noun in lexicon("ko")["country_head_nouns"] or title_word(r.words[i + 1].noun)):
            i += 1  # '영국 정부는', '이란 군 당국은', '이란 대통령은 ... 강하게 비난했다': the chain's last word's topic
        headline = r.facts[i].particle is None and r.headline_start(i) \
            and (r.words[i].text.endswith(",") or headline_phrase(r, i, first))  # '노조, [...요구하며] 총파업 돌입'
        return "subject" if i < first and (r.shared_subject(i, first) or headline) else "other"
    if r.predicate(first, last) in clause_words()["attendee_verbs"]:
        return "attendee"
    if r.predicate(first, last) in clause_words()["mediator_verbs"]:
        return "mediator"  # '회담은 A가 중재했다': a party of the talks (consult10)
    if r.predicate(first, last) in clause_words()["participant_verbs"]:
        return "participant"
    led = delegation_leader(r, i, j)
    if led is not None:  # consult18: 'A는 [X가 이끄는] 대표단과 회담했다': X leads those met
        role = "with" if source_of_briefing(r, led, j) else particle_role(r, led, j)
        return role if role in ("with", "object") else "other"
    if source_of_briefing(r, i, j):
        return "with"  # consult18: 'A는 B로부터 브리핑을 받았다': the briefer meets the one briefed
    if relative_subject(r, i, j):
        return "modifier"  # '북한은 [미국이 제안한] 대화를 거부했다': 미국 proposed, 북한 refused
    if r.topic() == i and last < len(r.words) - 1 and any(r.facts[k].particle_tag == "JKS" for k in range(i + 1, j)):
        return "other"  # '미국은 [북한이 핵실험을 하면] ...': a non-final clause with a subject of its own
    if i == j - 1 and r.facts[i].particle_tag == "JKG" and trigger.kind == "predicate" \
            and r.facts[j].particle_tag in clauses.SUBJECT_TAGS:
        return "with"  # 'A와 B의 회담이 열렸다': the owners of a meeting that is its clause's subject hold it
    return particle_role(r, i, j)


def joined_names_before(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` joins names with a middle dot and no particle ('조현·왕이') and only bare modifiers or a place
    stand between it and the meeting word `j` ('첫', '전격', '도쿄서'): the headline's parties of that meeting."""
    if i >= j or not any(dot in r.words[i].text for dot in ("·", "ㆍ")) or r.facts[i].particle or r.facts[i].lemma:
        return False
    scene = clause_words()["scene_particles"]  # '이재명·이시바 도쿄서 정상회담': a place between
    return all((not r.facts[k].particle or r.facts[k].particle in scene) and not r.facts[k].lemma for k in range(i + 1, j))


def relative_subject(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` is the subject (이/가) of a relative clause inside the clause of word `j` ('[미국이 제안한]
    대화', '[북한이 발사한] 미사일'), and the sentence has a topic of its own before it that is no anonymous
    source: the topic acts, the relative clause's subject only describes the object. Without such a
    topic the dropped subject is the same ('(이란이) [이란이 억류했던] 유조선을 석방했다')."""
    if r.facts[i].particle_tag != "JKS":
        return False
    postpositions = clause_words()["postpositional_verbs"]  # '...에 대한 우려를': no predicate of the subject's
    verb = next((k for k in range(i + 1, j)
                 if (r.facts[k].lemma or r.facts[k].adnominal and not ko_words.appositive(r.words[k]))
                 and r.facts[k].lemma not in postpositions), None)  # '[필리핀이 운용 중인] 전투기': a copula's '인'
    # (not a noun's: '[접경지역인] 섬에서' names what the island is, ko-acts31)
    if verb is None or not r.facts[verb].adnominal or r.facts[verb].ends_clause or verb + 1 > j:
        return False
    if r.words[verb + 1].text[:1].isdigit():
        return False  # '지난 14일': a date, not a noun the clause describes
    head = next((m for m in range(verb + 1, j + 1) if r.facts[m].particle or r.facts[m].lemma), None)
    if head is None or not r.facts[head].particle:
        return False  # the noun it describes is an argument of the clause ('대화를', '방위 계획을')
    topic = r.topic()
    return topic is not None and topic < i and r.words[topic].noun not in clause_words()["source_nouns"]


def party_head(r: SentenceReader, first: int, last: int) -> int | None:
    """The word after a relative clause [first, last] when it opens a party ('[중국을 방문한] 러시아 대표단',
    '[조 장관이 만난] 블링컨 장관'): a name, a title, a country or a group of people. The head noun is the
    relative clause's missing subject, or its object when the clause has a subject of its own; a setting
    noun ('[회담한] 자리에서', '[만난] 뒤') leaves the sentence's topic as the subject."""
    f = r.facts[last]
    if not f.adnominal or f.ends_clause or not f.lemma or last + 1 >= len(r.words) or vehicle(r, last):
        return None  # '[비난하는] 외무성 담화': a statement, not its maker
    head = r.words[last + 1]
    proper = any(tag == "NNP" for _f, tag, _s, _l in head.tokens)
    if proper or title_word(head.noun) or is_agent_word(head.noun) or countries.country_of_word(head.noun) \
            or group_noun(head.noun, lexicon("ko")) is not None:
        return last + 1
    return None


def joins_across_description(r: SentenceReader, i: int, first: int) -> bool:
    """Word `i` ends a name marked 과/와, and what stands between it and the clause starting at word `first`
    is only relative clauses describing the next person ('A 교수와 [NSC 보좌관을 지낸] B 부회장을',
    '[서울을 방문 중인] B'): A is coordinated with B, not an argument of the description. A relative verb
    that takes a 'with' party itself ('A와 [조약을 체결한] B') keeps A."""
    words = clause_words()
    if r.facts[i].particle not in words["with_particles"] or r.facts[i].particle_tag not in ("JKB", "JC"):
        return False
    closers = [k for k in range(i + 1, first) if r.boundary_after(k)]
    return bool(closers) and all(r.facts[k].adnominal and not r.facts[k].ends_clause
                                 and r.facts[k].lemma in words["profile_verbs"] for k in closers)


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
    from readout.lang.ko.act_table import act_index

    nouns = act_index().cue("vehicle_noun")
    for m in range(k + 1, min(len(r.words), k + 4)):  # '규탄하는 외무성 대변인 담화를': the phrase's head
        if r.words[m].noun in nouns:
            return True
        if r.facts[m].particle or r.facts[m].lemma:
            return False
    return False


def status_end(r: SentenceReader, j: int) -> int:
    """Where the status of the meeting word at word `j` is read up to: the end of its own clause, and
    for a clause closed by an adnominal ending ('만날', '회담할') the noun it modifies with that noun's
    clause ('예정이다', '것으로 보인다') and any auxiliary verb ('하지 않았다'), unless that noun is an after-noun ('회담한 후': the main clause
    after it has its own status). A meeting verb before an after-link ('회담한 뒤 ... 채택하지 않았다') ends there:
    the main clause's negation or plan is not its."""
    if after_link(r, j):
        return r.words[j].end
    _first, last = r.clause_of(j)
    while last + 1 < len(r.words) and r.words[last + 1].tokens and r.words[last + 1].tokens[0][1] == "VX":
        last = r.clause_of(last + 1)[1]  # '회담하지 않았다', '만나고 있다': an auxiliary goes on with the verb
    nxt = last + 1
    if r.facts[last].adnominal and nxt < len(r.words) and r.words[nxt].noun not in clause_words()["after_nouns"]:
        last = r.clause_of(nxt)[1]
    return r.words[last].end


def after_link(r: SentenceReader, j: int) -> bool:
    """Word `j` is a past adnominal verb followed by what makes its clause an earlier step of the next one: an
    after-noun ('회담한 뒤', '만난 이후') or a bound noun with a verb of following ('회담한 데 이어')."""
    words, n = clause_words(), len(r.words)
    if j + 1 >= n or not r.facts[j].lemma or not any(
            tag == "ETM" and form in words["past_adnominal_endings"] for form, tag, _s, _l in r.words[j].tokens):
        return False
    nxt = r.words[j + 1].noun
    return nxt in words["after_nouns"] or (nxt in words["after_link_nouns"] and j + 2 < n
                                          and r.facts[j + 2].lemma in words["after_link_verbs"])


def meeting_word(r: SentenceReader, k: int) -> bool:
    """Word `k` holds a meeting word of the lexicon ('회담한', '만난', '통화했던')."""
    return bool(lexicon("ko").re("meeting_trigger_re").search(r.words[k].text))


def recalled_meeting(r: SentenceReader, k: int) -> bool:
    """Word `k` is a meeting verb in a past clause before an after-link whose own words date it earlier than the
    story ('지난달 B와 회담한 뒤', '지난 3월 B와 만난 데 이어'): a meeting recalled as the background of the next."""
    if not (meeting_word(r, k) and after_link(r, k)):
        return False
    words = clause_words()
    first = r.clause_of(k)[0]
    return any(r.words[m].noun in words["recalled_time_nouns"] or r.facts[m].lemma in words["recalled_time_verbs"]
               for m in range(first, k))


def held_first(r: SentenceReader, j: int) -> bool:
    """'A와 B는 회담한 뒤 공동성명을 채택했다': a meeting verb in an after-clause whose clause names no counterpart
    (the parties are its coordinated subjects) and no day or earlier moment of its own was held on the story's day,
    before the main clause: a meeting of its own, read as a predicate. (With a 'with' party it is read as one
    already, `after_clause`; with a day or an earlier moment of its own it stays background, dated by it.)"""
    if not after_link(r, j) or recalled_meeting(r, j):
        return False
    first = r.clause_of(j)[0]
    withs = tuple(clause_words()["with_particles"])
    return not any(dated(r.words[m]) or with_or_object(r, m, withs) for m in range(first, j))


def with_or_object(r: SentenceReader, m: int, withs: tuple[str, ...]) -> bool:
    """Word `m` is a meeting's 'with' party (과/와 as a case particle, not the 'and' of coordinated names; '과도',
    '와는' too) or its object."""
    f = r.facts[m]
    return f.particle_tag == "JKO" or f.particle_tag == "JKB" and (f.particle or "").startswith(withs)


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


def after_clause(r: SentenceReader, j: int) -> bool:
    """Word `j` is a meeting verb in the past adnominal before an after-noun ('B와 회담한 후', '만난 뒤'):
    unlike a meeting noun at another moment ('회담을 앞둔', '회담 이후'), it heads a whole clause about a
    meeting that took place, so its subject and 'with' party are read as for any predicate (the
    pipeline still dates it only from its own clause and keeps the main clause's date for the rest)."""
    words = clause_words()
    if j + 1 >= len(r.words) or r.words[j + 1].noun not in words["after_nouns"] or not r.facts[j].lemma:
        return False
    return any(tag == "ETM" and form in words["past_adnominal_endings"] for form, tag, _s, _l in r.words[j].tokens)


HEADLINE_PHRASE_WORDS = 3  # words a headline's subject phrase may run to its comma ('프랑스 철도 노조,')


def headline_phrase(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` opens the noun phrase a headline's comma closes ('프랑스 철도 노조, 총파업 돌입'): bare nouns
    up to the comma, which stands for the phrase's topic particle."""
    for k in range(i + 1, min(j, i + HEADLINE_PHRASE_WORDS)):
        if r.facts[k].particle is not None or r.facts[k].lemma:
            return False
        if r.words[k].text.endswith(","):
            return True
    return False


def particle_role(r: SentenceReader, i: int, j: int) -> str:
    f, w = r.facts[i], i
    if f.particle is None and i + 1 < j and r.words[i + 1].noun in clause_words()["head_nouns"]:
        f, w = r.facts[i + 1], i + 1  # 'A, B 등도', '한미 양국은': the name takes the particle of its head noun
        closed = listed_head(r, i + 1, j)
        f, w = (r.facts[closed], closed) if closed is not None else (f, w)
    k = i + 1
    limit = j if i < j else len(r.words)  # consult18: a name after the meeting word ('회의는 A와 B 차관보 대행이
    # 공동 주재했다') goes on to its chain's last word too
    while f.particle is None and k < limit and not r.facts[k].lemma and not r.words[k - 1].text.endswith(",") \
            and (title_word(r.words[k].noun) or not r.words[k].noun or r.only_particles(k)):
        f, w = r.facts[k], k  # 'A 주임 겸 외교부장(장관)과': a chain that goes on takes its last word's particle
        k += 1
    if w < j - 1 and f.particle_tag == "JKB" and any(t[1] == "JKG" for t in r.words[w].tokens):
        return "modifier"  # 'B와의 회담에서 ... 전달했다': 과의 ties B to the next noun, not to the word read
    topic = r.topic()
    if f.particle in clause_words()["also_particles"] and topic is not None and topic < i \
            and not additive_own_subject(r, topic, w, j):
        return "with"  # '김 장관은 ... C 대사도 만났다': with a topic before it, 도 marks the other party
    if f.particle_tag in clauses.SUBJECT_TAGS or f.particle == "께서":
        return "subject"
    if f.particle is None and r.headline_start(i) and (r.words[i].text.endswith(",") or quote_follows(r, i)
                                                       or headline_phrase(r, i, j)):
        return "subject"  # a headline's 'A, B와 회담', 'A "..."': the comma or the quote stands for the topic particle
    if f.particle_tag == "JC" or coordinating_with(r, w, j, f):
        return "and"
    if f.particle_tag == "JKB":
        return "with" if f.particle in clause_words()["with_particles"] else "other"
    if f.particle_tag == "JKO":
        return "object"
    if f.particle_tag == "JKG" and w == j - 1 and received(r, j):
        return "with"  # 'A는 B의 예방을 받았다': the owner of a call received is the other party
    if f.particle_tag == "JKG" and invited_by(r, w):
        return "with"  # 'A는 B의 초청으로 C를 방문했다': B invited A, B hosts: the meeting's other party
    if f.particle_tag == "JKG":
        return "with" if any(t[1] == "JKB" for t in r.words[i].tokens) and i == j - 1 else "modifier"
    return "with" if i == j - 1 else "modifier"


def speaker_before_quote(r: SentenceReader, i: int, first: int, j: int) -> bool:
    """kosubj49: 'A는 B를 비난했으며, [C 정부도] "..."라고 규탄했다': a subject (은/는/도/이/가, outside quotes) after the
    sentence's topic that opens the last clause before a quotation closed by the quoting particle (라고, JKQ) right
    before the saying verb `j` is who says it: no clause ends and no other subject stands between it and the quote."""
    topic = r.topic()
    if topic is None or not topic < i < first or r.facts[i].particle_tag not in clauses.SUBJECT_TAGS or r.quoted(i):
        return False
    if not any(t[1] == "JKQ" for k in range(first, j) for t in r.words[k].tokens) \
            and not any(t[1] == "JKQ" for t in r.words[first - 1].tokens):
        return False
    opened = next((k for k in range(i + 1, first) if r.quoted(k)), first)
    start = i
    while start > 0 and r.facts[start - 1].particle is None and not r.facts[start - 1].lemma:
        start -= 1  # the words of its phrase ('필리핀 정부도')
    return start > 0 and r.facts[start - 1].ends_clause and not r.subordinate(start - 1) and not any(
        r.facts[k].ends_clause or r.facts[k].particle_tag in clauses.SUBJECT_TAGS for k in range(i + 1, opened))


def additive_own_subject(r: SentenceReader, topic: int, w: int, j: int) -> bool:
    """kosubj49: '칠레는 페루를 규탄했고, [아르헨티나 외교부도] 우려를 표명했다': a word marked with the additive 도 in a
    later clause than the sentence's topic, whose verb already has its object or its quotation after it (`j`'s own
    '우려를', '"..."라고'), is that clause's subject ('X too did'): the object slot is taken, so 도 cannot mark the
    object. Without one ('A는 B를 규탄했고, C도 비판했다') the topic still governs and 도 keeps its 'B too' reading."""
    first, _last = r.clause_of(j)
    if not topic < first <= w:
        return False
    return any(r.facts[k].particle_tag == "JKO" or any(t[1] == "JKQ" for t in r.words[k].tokens)
               for k in range(w + 1, j + 1))


def invited_by(r: SentenceReader, w: int) -> bool:
    """The word after the genitive word `w` is an invitation noun with an adverbial particle ('B의 초청으로',
    '초청에 따라'): its owner is the host who invited the clause's subject (lexicon clause.invitation_nouns)."""
    if w + 1 >= len(r.words):
        return False
    nxt = r.facts[w + 1]
    return r.words[w + 1].noun in clause_words()["invitation_nouns"] and nxt.particle_tag == "JKB"


def quote_follows(r: SentenceReader, i: int) -> bool:
    """The word after word `i` opens a quotation: in a headline, 'A "..."' quotes A."""
    if i + 1 >= len(r.words):
        return False
    between = r.text[r.words[i].end:r.words[i + 1].start + 1]  # words leave the quotation mark out
    return any(ch in clauses.QUOTES for ch in between)


def coordinating_with(r: SentenceReader, w: int, j: int, f) -> bool:
    """'칠레와 페루는 ... 규탄했다': kiwi tags the 와 of two names joined before a topic or subject as the comitative
    (JKB) where it tags '프랑스와 독일은' as the conjunction (JC); a 와/과 word right before a bare word that carries
    the topic or subject particle itself joins the two as one subject ('A와 B는'), as JC does. Not before a predicate
    or an act noun ('B와 회담했다': the word after has a lemma or is the meeting word)."""
    if f.particle_tag != "JKB" or f.particle not in clause_words()["with_particles"] or w + 1 >= j:
        return False
    k = w + 1
    while k + 1 < j and r.facts[k].particle is None and not r.facts[k].lemma \
            and r.words[k + 1].noun in lexicon("ko")["country_head_nouns"]:
        k += 1  # '칠레와 페루 정부는': the second name's chain ends in its head noun
    nxt = r.facts[k]
    return bool(r.words[k].noun) and not nxt.lemma and (nxt.particle_tag == "JKS" or nxt.particle in ("은", "는"))
