"""The kind and the moment of a Korean meeting word, read on the clause reader's words (lang/ko/clauses.py): a
predicate of its clause, the scene of it, or another moment (background); whether it is arranged, planned, intended
or prevented; an earlier meeting an after-clause recalls; and where its status is read.

Why a module of its own: the role readers (lang/ko/meeting_roles.py, particle_roles.py) ask who takes part, these
ask when and whether the meeting takes place; `Korean.meeting_triggers` (lang/ko/reading_meetings.py) asks both.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko import clauses
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.meeting_brokered import brokered_meeting
from readout.lang.ko.meeting_comma_visits import comma_visit
from readout.lang.ko.meeting_held_headlines import held_in_headline
from readout.lang.ko.meeting_joint import holding_clause, jointly_held
from readout.lang.ko.meeting_prepared import prepared_beside_held


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
    if brokered_meeting(r, j):
        return "predicate"  # kopassive70: 'C는 A와 B의 회담을 중재했다': the meeting C brokered was held
    if jointly_held(r, j, words):
        return "predicate"  # k49: '회의를 공동 주재했다', '[A와 B가 공동 주재한] 회의에서'
    if holding_clause(r, j, words):
        return "predicate"  # meet52: '[A가 B와 가진] 회담에서', '[B와 나눈] 통화에서'
    if nxt is not None and f.particle == "에" and nxt.lemma in words["meeting_enter_verbs"]:
        return "predicate"  # '협상에 나섰다', '협상에 들어갔다'
    if nxt is not None and f.particle == "에" and nxt.lemma in words["participant_verbs"] and partner_tied(r, j - 1):
        return "predicate"  # request63: 'B와의 회담에 참석했다': taking part in talks with B is meeting B
    if received(r, j):
        return "predicate"  # 'B의 예방을 받았다': the host receives the call
    if headline_predicate(r, j) or nxt is not None and f.particle == "에" and r.words[j].noun in words["journey_nouns"] \
            and nxt.lemma in words["journey_set_off_verbs"]:
        return "predicate"  # kohead46: '칠레 대통령, 페루 방문', 'A, B와 통화', 'B 방문길에 올랐다': held, made
    if held_in_headline(r, j) or comma_visit(r, j):
        return "predicate"  # komeet48: 'A·B 정상회담 개최': the headline's holding; 'B를 방문, ...': a visit made
    if prepared_beside_held(r, j):
        return "setting"  # koplan47: '[정상회담을 준비하기 위해] 회담했다': the talks held are the predicate
    if subject_of_own_verb(r, j) or arranged(r, j) or arranged_in_headline(r, j):
        return "predicate"
    return "setting"


def headline_predicate(r: SentenceReader, j: int) -> bool:
    """(kohead46) The meeting word at word `j` ends a headline bare ('칠레 대통령, 페루 방문', 'A, B와 통화', 'A, B 국빈
    방문…'): no particle, no ending, nothing after it but an ellipsis, and no word before it with an ending of its own
    (a sentence conjugates its predicate): the headline's predicate, where a sentence writes '방문했다'. Not a meeting
    word a comma closes ('페루 방문, 경제 효과는': the topic) nor one a plan noun follows ('회담 추진')."""
    w = r.words[j]
    if r.facts[j].particle or r.facts[j].lemma \
            or any(f.lemma for f in r.facts[:j]):
        return False
    tail = w.text[len(w.noun):]
    return tail.strip(".…") == "" and (j + 1 == len(r.words) or "…" in tail or "..." in tail
                                       or r.words[j + 1].text.startswith(("…", "...")))


def partner_tied(r: SentenceReader, i: int) -> bool:
    """(request63) Word `i` is a name tied to the next noun by its own comitative genitive ('B와의', '칠레 외교장관과의'):
    the meeting noun after it is held with that partner."""
    return i >= 0 and r.facts[i].particle_tag == "JKB" and any(t[1] == "JKG" for t in r.words[i].tokens)


def visit_scene(r: SentenceReader, j: int) -> bool:
    """(koplan47) The visit word `j`, bare, before a noun of the time it lasts ('B 방문 중 ... 논의했다', 'B 방문 기간에'):
    the visit is the scene of its clause, made while the clause's act was done, as English 'during his visit to B'.
    A visit before or after the clause ('방문 때', '방문 이후', '방문을 앞두고') is another moment (`trigger_kind`)."""
    f = r.facts[j]
    return not f.particle and not f.lemma and j + 1 < len(r.words) \
        and r.words[j + 1].noun in clause_words()["visit_scene_nouns"]


def partner_setting(r: SentenceReader, j: int) -> bool:
    """(meetset71) The meeting word `j`, tied to its partner ('B와의 정상회담에서', 'B 외교장관과의 회담 자리에서'), is
    the scene of its clause (the particle 에서 on it, or on a scene noun right after it: lexicon
    `clause.scene_nouns`): the meeting took place, between the clause's subject and that partner."""
    words = clause_words()
    f = r.facts[j]
    if f.particle is None and j + 1 < len(r.words) and r.words[j + 1].noun in words["scene_nouns"]:
        f = r.facts[j + 1]
    return f.particle in words["scene_particles"] and partner_tied(r, j - 1)


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


def arranged_in_headline(r: SentenceReader, j: int) -> bool:
    """(koplan47) A headline's meeting word, bare, before the bare noun of an arranging verb that ends the headline
    ('A·B 정상회담 추진', 'A 대통령 방한 검토', 'B와 회담 조율', '정상회담 개최 추진…'): the headline drops the ending a
    sentence gives the verb ('추진하고 있다'), so the meeting is being arranged, planned, and is the headline's
    predicate, as `arranged` reads the sentence. Not where a word before it has an ending of its own (a sentence, not
    a headline) nor where anything but an ellipsis follows the noun ('회담 추진 배경은': the topic of a clause)
    (lexicon `clause.headline_arranging_nouns`, `arranged_nouns`)."""
    words = clause_words()
    f, k = r.facts[j], j + 1
    if f.particle or f.lemma or any(g.lemma for g in r.facts[:j]):
        return False
    if k < len(r.words) and r.words[k].noun in words["arranged_nouns"] and not r.facts[k].particle:
        k += 1  # '정상회담 개최 추진'
    if k >= len(r.words) or r.words[k].noun not in words["headline_arranging_nouns"] \
            or r.facts[k].particle or r.facts[k].lemma:
        return False
    tail = r.words[k].text[len(r.words[k].noun):]
    return tail.strip(".…") == "" and (k + 1 == len(r.words) or "…" in tail or "..." in tail
                                       or r.words[k + 1].text.startswith(("…", "...")))


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
    if any(tried(r, k) for k in range(j, last + 1)):
        return "purpose"  # meet50b: '만나려 했다': a meeting tried or meant, not held (English 'tried to meet')
    while last + 1 < len(r.words) and r.words[last + 1].tokens and r.words[last + 1].tokens[0][1] == "VX":
        last = r.clause_of(last + 1)[1]  # '만나지 못하도록': the auxiliary carries the ending
    if r.facts[last].ending not in words["purpose_endings"]:
        return None
    negated = any(tag == "VX" and form in words["negating_auxiliaries"]
                  for k in range(j, last + 1) for form, tag, _s, _l in r.words[k].tokens)
    return "negated" if negated else "purpose"


def tried(r: SentenceReader, last: int) -> bool:
    """(meet50b) The clause ending at word `last` closes with an intent ending ('만나려', '회담하려고') and the next
    word is the auxiliary 하다 ('했다', '한다'): the meeting was tried or meant, so no meeting held is told; the
    auxiliary carries only tense, not the act (lexicon `tried_endings`, `tried_auxiliaries`)."""
    words = clause_words()
    if last + 1 >= len(r.words) or not r.words[last + 1].tokens:
        return False
    form, tag, _s, _l = r.words[last + 1].tokens[0]
    return r.facts[last].ending in words["tried_endings"] and tag == "VX" and form in words["tried_auxiliaries"]


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
    if last - 1 > j and not r.facts[last].lemma and r.facts[last - 1].lemma in words["meeting_schedule_verbs"]:
        last -= 1  # meetfollow66: '회담이 금요일로 예정돼 있다': the verb of scheduling before its auxiliary
    if any(r.facts[k].lemma and not r.date_prefix(k) for k in range(j + 1, last)) or any(
            r.facts[k].particle_tag in ("JKS", "JKO") for k in range(j + 1, last + 1)):
        return False  # '회담은 [북한이 도발한] 뒤 열렸다', '회담은 양국 관계를 논의했다': another clause or argument
    return r.facts[last].lemma in words["meeting_light_verbs"] | words["meeting_fate_verbs"] | words[
        "meeting_schedule_verbs"]


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
    return lexicon("ko").finds_in_word("meeting_trigger_re", r.words[k].text)


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


def after_clause(r: SentenceReader, j: int) -> bool:
    """Word `j` is a meeting verb in the past adnominal before an after-noun ('B와 회담한 후', '만난 뒤'):
    unlike a meeting noun at another moment ('회담을 앞둔', '회담 이후'), it heads a whole clause about a
    meeting that took place, so its subject and 'with' party are read as for any predicate (the
    pipeline still dates it only from its own clause and keeps the main clause's date for the rest)."""
    words = clause_words()
    if j + 1 >= len(r.words) or r.words[j + 1].noun not in words["after_nouns"] or not r.facts[j].lemma:
        return False
    return any(tag == "ETM" and form in words["past_adnominal_endings"] for form, tag, _s, _l in r.words[j].tokens)
