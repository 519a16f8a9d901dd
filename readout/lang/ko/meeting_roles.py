"""The role of a name towards a Korean meeting word, read on the clause reader's words (lang/ko/clauses.py):
subject, 'with' party, object, attendee, modifier, source or other, from the sentence's structure first (quotes,
relative clauses, descriptions between coordinated names, anonymous sources, interviewers, delegations, a recalled
meeting's counterpart), then from the name's particle (lang/ko/particle_roles.py).

Why a module of its own: these are the Korean reading behind `Korean.role` (lang/ko/language.py), which keeps the
class to the `Language` interface; the meeting word's kind and moment are lang/ko/meeting_moments.py's. Mirrors
lang/en/meeting_roles.py.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.base import Trigger
from readout.lang.ko import clauses, country_words, words as ko_words
from readout.lang.ko.act_requesters import asker_before_content
from readout.lang.ko.agents import is_agent_word, agent_words
from readout.lang.ko.meeting_brokered import brokered_meeting, deal_owner, mediated_deal, meeting_owner
from readout.lang.ko.meeting_delegations import delegation_leader, host_of_envoy, receiver_of_credentials, source_of_briefing
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.meeting_offered import offered_role
from readout.lang.ko.meeting_moments import after_clause, partner_tied
from readout.lang.ko.name_heads import agent_head, list_closed, title_word
from readout.lang.ko.meeting_joint import holding_clause
from readout.lang.ko.meeting_taken_visits import taken_visit_role
from readout.lang.ko.meeting_prepared import prepared_role
from readout.lang.ko.meeting_relatives import inside_relative_meeting, outside_relative_meeting
from readout.lang.ko.particle_roles import headline_phrase, particle_role, speaker_before_quote
from readout.lang.ko.states import group_noun
from readout.lang.ko.meeting_lists import date_skipped
from readout.lang.ko.tags import FUTURE_ETM
from readout.lang.ko.act_table import act_index
from readout.lang.ko.meeting_bystanders import (anonymous_source, fronted_time_clause_subject, interviewer,
                                               observer_clause_subject, recalled_party, vehicle)


def name_role(r: SentenceReader, start: int, end: int, trigger: Trigger) -> str:
    """The role of the name ending at `end` towards the meeting word `trigger` (see module doc). (debt52) Asked in
    named steps in the old order, the first answer winning: the meeting's frame (`framed_role`), the clause's
    described party (`described_role`), then a name outside the meeting's clause (`outside_clause_role`) or
    inside it (`in_clause_role`)."""
    i, j = r.word_at(max(start, end - 1)), r.word_at(trigger.start)
    if i is None or j is None:
        return "other"
    named = i  # the name's own word, before an agent noun after it heads it
    i = agent_head(r, i, j)
    role = framed_role(r, i, j, named, start, end, trigger)
    if role is not None:
        return role
    first, last = r.clause_of(j)
    head = party_head(r, first, last) if trigger.kind == "predicate" else None
    role = described_role(r, i, j, named, start, trigger, (first, last), head)
    if role is not None:
        return role
    if not first <= i <= last:
        return outside_clause_role(r, i, first)
    return in_clause_role(r, i, j, trigger, (first, last))


def framed_role(r: SentenceReader, i: int, j: int, named: int, start: int, end: int, trigger: Trigger) -> str | None:
    """(debt52) The role the meeting's frame gives before its clause is read: a source or interviewer, a name
    inside the meeting word's compound, names joined before it in a headline, a background meeting's owner, a
    preparing clause's parties, a fronted time clause's or an observing clause's subject, a mediator by manner, a
    holding clause's party. None: the clause decides."""
    if anonymous_source(r, i, j) or interviewer(r, i, j):
        return "source"
    if i == j or end > trigger.start >= start:
        return "with" if start < trigger.start else "other"  # '한·중 외교장관 회담': the compound names the parties
    if joined_names_before(r, i, j):  # a headline's '조현·왕이 첫 통화': names joined by a middle dot hold the meeting
        return "subject" if r.words[i].text.endswith(",") else "with"  # after them; 'A·B, 협정 서명': its topic
    if trigger.kind == "background" and not after_clause(r, j):
        own = i == j - 1 or (i < j and r.facts[i].particle_tag == "JKG" and j - i <= 2)
        return "with" if own else "other"
    prepared = prepared_role(r, i, j)
    if prepared is not None:
        return prepared  # koplan47: '[A·B 정상회담을 준비하기 위해] C와 D가 회담했다': two meetings, two sets of parties
    if fronted_time_clause_subject(r, i, j):
        return "other"  # actors58: '[A 장관이 도착하기 몇 시간 전] B는 C와 서명했다': A is the time clause's subject
    if observer_clause_subject(r, i, j):
        return "attendee"  # actors59: 'A와 B가 [C가 지켜보는] 가운데 서명했다': C witnesses, A and B sign
    if named < j and manner_mediator(r, named):
        return "mediator"  # meet52: 'A의 중재로 B와 C가 회담했다', 'A 주재로 열린 회의': A sits at the table
    taken = taken_visit_role(r, i, j, trigger) if trigger.kind == "predicate" else None
    if taken is not None:
        return taken  # koacts59: '[A 대통령의] [B] 방문이 이뤄졌다': the owner visits, the bare state hosts
    held = holding_clause(r, j, clause_words()) if trigger.kind == "predicate" else None
    if held is not None and held[0] <= i < held[1]:
        return particle_role(r, i, j)  # meet52: '[A가 B와 가진] 회담에서': the holding clause's names are its parties
    return None


def described_role(r: SentenceReader, i: int, j: int, named: int, start: int, trigger: Trigger,
                   clause: tuple[int, int], head: int | None) -> str | None:
    """(debt52) The role a relative clause describing a party gives (`head`: the party it describes), or a
    name before the meeting's clause (`clause`: its first and last words) joined across a description, a
    recalled party, an asker, a relative meeting that only dates a deed, a speaker before a quote. None: the
    name's place outside or inside the clause decides."""
    first, last = clause
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
    return None


def outside_clause_role(r: SentenceReader, i: int, first: int) -> str:
    """(debt52) A name before the meeting's clause (which opens at `first`): the subject where the clause shares
    its subject (the list's topic, the chain's last word) or a headline opens with it; else no party."""
    i = list_closed(r, i, first)  # 'A와 B, C 등 23개국 외교부는 ...를 내고 규탄했다': each takes the list's topic
    while r.facts[i].particle is None and i + 1 < first and not r.facts[i + 1].lemma and not r.quoted(i + 1) \
            and (r.words[i + 1].noun in lexicon("ko")["country_head_nouns"] or title_word(r.words[i + 1].noun)):
        i += 1  # '영국 정부는', '이란 군 당국은', '이란 대통령은 ... 강하게 비난했다': the chain's last word's topic
        # (never into a quotation: '習 "대만 ..."…B와 회담' is said by the speaker before it)
    headline = r.facts[i].particle is None and r.headline_start(i) \
        and (r.words[i].text.endswith(",") or headline_phrase(r, i, first))  # '노조, [...요구하며] 총파업 돌입'
    return "subject" if i < first and (r.shared_subject(i, first) or headline) else "other"


def in_clause_role(r: SentenceReader, i: int, j: int, trigger: Trigger, clause: tuple[int, int]) -> str:
    """(debt52) A name inside the meeting's clause (`clause`: its first and last words): what the clause's
    verb makes it (an attendee, a mediator, a participant), a delegation's leader, a briefer, a relative
    clause's subject, a teller of a deed, a non-final clause's topic, a meeting's owner; else its particle
    says."""
    first, last = clause
    if r.predicate(first, last) in clause_words()["attendee_verbs"]:
        return "attendee"
    hosted = r.predicate(first, last) in clause_words()["host_verbs"] and brokered_meeting(r, j)  # kopar53a
    if r.predicate(first, last) in clause_words()["mediator_verbs"] or hosted:
        if brokered_meeting(r, j) and meeting_owner(r, i, j):
            return "with"  # kopassive70: 'C는 [A와 B의] 회담을 중재했다': the meeting's owners hold it
        if brokered_meeting(r, j) and r.facts[i].particle_tag in clauses.SUBJECT_TAGS:
            return "subject"  # kopassive70: '[C는] A와 B의 회담을 중재했다': C at the table it brokered, as English
            # 'C brokered talks between A and B' (meeting_brokered.py)
        deal = mediated_deal(r, j)
        if deal is not None and deal_owner(r, i, deal):
            return "with"  # kopar57: 'C는 [A와 B의] 휴전을 중재했다': the sides of the deal sit across the table
        if deal is not None and r.facts[i].particle_tag in clauses.SUBJECT_TAGS:
            return "subject"  # kopar57: '[C는] A와 B의 휴전을 중재했다': the mediator, as English 'C mediated ...'
        return offered_role(r, i, j) or "mediator"  # '회담은 A가 중재했다': a party of the talks (consult10);
        # koacts58: 'C는 A와 B 사이를 중재하겠다고': an offer, C offers it to A and B (meeting_offered)
    if r.predicate(first, last) in clause_words()["participant_verbs"]:
        return taking_part(r, i, j)
    led = delegation_leader(r, i, j)
    if led is not None:  # consult18: 'A는 [X가 이끄는] 대표단과 회담했다': X leads those met
        role = "with" if source_of_briefing(r, led, j) else particle_role(r, led, j)
        return role if role in ("with", "object") else "other"
    if source_of_briefing(r, i, j):
        return "with"  # consult18: 'A는 B로부터 브리핑을 받았다': the briefer meets the one briefed
    if receiver_of_credentials(r, i, j):
        return "with"  # plans56: 'A는 B 대통령에게 신임장을 제정했다': the envoy meets the head of state
    if host_of_envoy(r, i, j):
        return "object"  # plover60b: 'A는 B에 특사를 파견했다': B hosts the envoy's visit
    if relative_subject(r, i, j):
        return "modifier"  # '북한은 [미국이 제안한] 대화를 거부했다': 미국 proposed, 북한 refused
    if r.topic() == i and last < len(r.words) - 1 and reported_deed_speaker(r, i, j, last):
        return "source"  # kofollow68b: 'A는 [B가 C를 공격했다고] 밝혔다': A tells B's deed on C, no side of it
    if r.topic() == i and last < len(r.words) - 1 and any(r.facts[k].particle_tag == "JKS" for k in range(i + 1, j)):
        return "other"  # '미국은 [북한이 핵실험을 하면] ...': a non-final clause with a subject of its own
    if r.facts[i].particle_tag == "JKG" and trigger.kind == "predicate" \
            and r.facts[j].particle_tag in clauses.SUBJECT_TAGS and owner_before(r, i, j):  # speed51: the date read last
        return "with"  # 'A와 B의 회담이 열렸다': the owners of a meeting that is its clause's subject hold it
    return particle_role(r, i, j)


def owner_before(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` stands right before the meeting word `j`, or only a date between them (planned47: 'A와 B의 [내달]
    정상회담이 열린다', 'A와 B의 [오는 15일] 회담이': the meeting's day, its owners still the genitive's)."""
    return i == j - 1 or i < j - 1 and date_skipped(r.text, r.words[i + 1].start) == r.words[j].start


REPORTED_ENDINGS = ("다고", "라고")  # the quotative endings closing a reported clause ('공격했다고', '침범이라고')


def reported_deed_speaker(r: SentenceReader, i: int, j: int, last: int) -> bool:
    """(kofollow68b) Whether the topic at word `i` is the speaker of a reported clause holding the act word `j`: the
    clause closes with a quotative ending ('공격했다고 밝혔다') and names a subject and an agent object of its own (a
    force or body of the agent table, '정부군을', or a thing it owns, '정부군 기지를') between the topic and the act
    ('프랑스는 [말리 반군이 정부군을 공격했다고] 밝혔다'). The speaker tells the deed and is no side of it. With no
    object named ('A는 B가 공격했다고 밝혔다'), a place the speaker may own ('국경 마을을') or the speaker's own side
    named (clause word `speaker_own_words`: '자국 군을'), the speaker may be the one struck and is left."""
    ending = r.words[last].tokens[-1] if r.words[last].tokens else None
    if ending is None or ending[1] != "EC" or ending[0] not in REPORTED_ENDINGS:
        return False
    subjects = [k for k in range(i + 1, j) if r.facts[k].particle_tag == "JKS"]
    own = tuple(clause_words()["speaker_own_words"])
    if any(r.words[k].noun.startswith(own) for k in range(i + 1, j + 1)):
        return False  # 'A는 B가 자국 군을 공격했다고 밝혔다': the speaker is named in the deed
    return bool(subjects) and any(r.facts[k].particle_tag == "JKO" and agent_object(r, k, subjects[0])
                                  for k in range(subjects[0] + 1, j + 1))


def agent_object(r: SentenceReader, k: int, subject: int) -> bool:
    """(kofollow68b) Whether the object ending at word `k` is a force or body of the agent table ('정부군을') or a thing
    one owns, the agent written bare before it ('[정부군] 기지를')."""
    if agent_words([r.words[k].noun]) is not None:
        return True
    return k - 1 > subject and r.facts[k - 1].particle is None and agent_words([r.words[k - 1].noun]) is not None


def taking_part(r: SentenceReader, i: int, j: int) -> str:
    """(request62) The role of word `i` in a clause whose verb is one of taking part ('A와 B가 참석했다', 'A는 회의에
    참석하지 않겠다고 밝혔다'): a participant, but for a relative clause's subject ('[B가 주최하는] 정상회의') and a name
    tied to the next noun ('B와의 회담에'), which describe the meeting (but for the meeting word itself, which is held
    with it: request63), and a topic with a subject of its own after it
    ('[A는] B가 참석하지 않겠다고 밝힌 것을 비판했다': B takes part, or refuses to; A judges it)."""
    tied = partner_tied(r, i)  # 'B와의'
    if tied and i == j - 1:
        return "with"  # request63: '[B와의] 회담에 참석했다': the meeting word itself is held with B
    if relative_subject(r, i, j) or tied:
        return "modifier"
    inner = [k for k in range(i + 1, j) if r.facts[k].particle_tag == "JKS" and not relative_subject(r, k, j)]
    if r.topic() == i and inner:
        return "other"
    return "subject" if partner_tied(r, j - 1) else "participant"  # request63: 'A는 [B와의] 회담에 참석했다': A meets B


def manner_mediator(r: SentenceReader, i: int) -> bool:
    """(meet52) The name ending at word `i` mediates or hosts the meeting in a manner phrase ('A의 중재로', 'A 주재로',
    'A의 주선 아래'): its owner particle or none, then a mediator noun marked as the manner (로, 하에, 아래). As
    '회담은 A가 중재했다' (consult10), the mediator sits at the table it brokers: a party of the meeting."""
    words = clause_words()
    if i + 1 >= len(r.words) or r.facts[i].lemma or r.facts[i].particle not in (None, "의") \
            or r.words[i + 1].noun not in words["mediator_nouns"] or r.facts[i + 1].lemma:
        return False
    manner = words["mediator_manner_words"]
    if r.facts[i + 1].particle in manner:
        return True
    return r.facts[i + 1].particle is None and i + 2 < len(r.words) and r.words[i + 2].text.rstrip(",") in manner


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
    if intention_head(r, last, head.noun):
        return None  # request63: '[수용할] 의사가 없다': the intention the clause states, no doctors
    proper = any(tag == "NNP" for _f, tag, _s, _l in head.tokens)
    if proper or title_word(head.noun) or is_agent_word(head.noun) or country_words.country_of_word(head.noun) \
            or group_noun(head.noun, lexicon("ko")) is not None:
        return last + 1
    return None


def intention_head(r: SentenceReader, last: int, noun: str) -> bool:
    """(request63) The noun after the relative clause ending at word `last` is an intention (cue modality_noun: 의사,
    의향, 계획) after a future adnominal ending ('[수용할] 의사가 없다', '[만날] 의향'): the plan its clause states or
    denies, never a party ('의사' is also 'doctor', a people word)."""
    ending = r.words[last].tokens[-1]
    return ending[1] == "ETM" and ending[0] in FUTURE_ETM and noun in act_index().cue("modality_noun")


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
