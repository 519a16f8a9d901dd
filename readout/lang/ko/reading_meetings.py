"""Korean meetings: the `Korean` language's readers of meetings, one mixin of lang/ko/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import dataclasses
import re

from readout.lang.base import Language, Trigger
from readout.lang.ko.syllables import RIEUL_FINAL, SSANGSIOS_FINAL, final_consonant
from readout.lang.ko import clauses, country_words, arrival_visits
from readout.lang.ko.states import bare_delegations
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.act_figures import no_meeting
from readout.lang.ko.meeting_tense import present_plan
from readout.lang.ko.meeting_plans_called_off import plan_called_off
from readout.lang.ko.meeting_told_off import told_off_by_side
from readout.lang.ko.endings import lemma_at, tokens_of
from readout.lang.ko.meeting_judged import judged_meeting
from readout.lang.ko.meeting_brokered import brokered_meeting, mediated_deal
from readout.lang.ko.meeting_mediated_deeds import deed_status, manner_mediation, mediated_deeds_kept
from readout.lang.ko.act_questions import asked_question
from readout.lang.ko.act_speculation import speculated_meeting
from readout.lang.ko.act_candidate import next_predicate
from readout.lang.ko.act_table import act_index
from readout.lang.ko.meeting_moments import (after_clause, arranged, arranged_in_headline, arranging, chained_plan,
                                             partner_setting, purpose, recalled_meeting, status_end, trigger_kind,
                                             visit_scene)
from readout.lang.ko.meeting_comma_visits import comma_visit, comma_visit_status
from readout.lang.ko.meeting_sought import sought_of_partner
from readout.lang.ko.visiting_subjects import subject_visit_clause
from readout.lang.ko.place_finding import FIND_SYLLABLE, unplaced_finds_masked, visits_found
from readout.lang.ko.meeting_prepared import prepared_around, prepared_beside_held, prepared_span
from readout.lang.ko.meeting_bystanders import recalled_party_free
from readout.lang.ko.meeting_roles import name_role


PHONE_TOPIC_RE = re.compile(r"(?:통화|전화|화상\s*회의)(?:은|는)\s+(?:\S+\s+){0,3}?\S+(?:이|가)\s")  # a call as the topic,
# then another subject
PURPOSE_REACH = 5  # morphemes from a meeting word to the 위하 of its purpose ('회담/NNG 을/JKO 하/VV 기/ETN 위하/VV')


def arranged_pairs(r: SentenceReader, found: list[Trigger]) -> list[Trigger]:
    """'정상회담 개최를 협의하고 있다': a meeting word arranging another (meeting_moments.arranging) makes both
    planned, whatever the words after each said; a cancelled one stays cancelled."""
    starts = [r.word_at(t.end - 1) for t in found]
    planned: set[int] = set()
    for n, j in enumerate(starts):
        other = arranging(r, j, [s for s in starts if s is not None]) if j is not None else None
        if other is not None:
            planned |= {n, starts.index(other)}
    return [dataclasses.replace(t, status="planned") if n in planned and t.status == "occurred" else t
            for n, t in enumerate(found)]


def recalled_background(r: SentenceReader, found: list[Trigger]) -> list[Trigger]:
    """'A는 지난달 B와 회담한 뒤 처음으로 통화했다': a meeting recalled in an earlier-dated after-clause
    (meeting_moments.recalled_meeting) is the background of a later meeting predicate whose clause names no
    counterpart of its own; that later meeting, held, is the story's (with the recalled one's counterpart,
    `recalled_party`), so the recalled one is only background: another moment, an event of its own only where a
    group word names its parties and its own words date it (pipeline/meeting_referred.recalled_by_group). (A later meeting
    only planned or not held leaves the recalled one, dated by its own words, as the sentence's meeting.)"""
    words = [r.word_at(t.end - 1) for t in found]
    out = []
    for t, k in zip(found, words):
        later = k is not None and recalled_meeting(r, k) and any(
            o.kind == "predicate" and o.status == "occurred" and m is not None and m > k + 1
            and recalled_party_free(r, k, m)
            for o, m in zip(found, words))
        out.append(dataclasses.replace(t, kind="background") if later else t)
    return out


def scene_status(r: SentenceReader, found: list[Trigger]) -> list[Trigger]:
    """'X는 방한 기간 B와 면담할 계획이다': a visit that is only the scene of its clause says nothing of when,
    so it takes the status of the clause's own meeting predicate, whose words after it ('할 계획이다') lie
    beyond the visit word's reach; the two name one meeting. (A meeting as the scene, '회담에서 정상회담
    일정을 조율했다', is held while it arranges another: it keeps its own status.)"""
    words = [r.word_at(t.end - 1) for t in found]
    out = []
    for t, j in zip(found, words):
        if t.kind == "setting" and t.mode == "visit" and t.status == "occurred" and j is not None:
            own = r.clause_of(j)
            status = next((o.status for o, k in zip(found, words) if o.kind == "predicate" and k is not None
                           and r.clause_of(k) == own and o.status != "occurred"), None)
            t = dataclasses.replace(t, status=status) if status else t
        out.append(t)
    return out


def purpose_noun(toks: list, end: int) -> bool:
    """(koacts59b) The meeting word ending at character `end` is the object of a purpose adverbial closed by 위해
    ('회담을 위해 베를린으로 향했다', act_arguments.purpose_past): the journey is for talks not yet held, as the verb
    endings -러/-려고 tell ('회담하러', 'B를 만나려고'): planned. So is a verb of holding it with -기 위해 ('회담을 하기
    위해', '정상회담을 갖기 위해'). Only before a verb of setting out (cue journey_verb: 향하다, 출국하다): one who
    arrived or visited for talks ('회담을 위해 제네바에 도착했다', '... 베를린을 찾았다') is there for them, told as held."""
    first = next((k for k, t in enumerate(toks) if t[2] >= end), None)
    if first is None:
        return False
    for k in range(first, min(len(toks) - 1, first + PURPOSE_REACH)):
        if toks[k][1] in ("EC", "EF", "ETM"):
            return False  # the meeting's clause closed before any purpose
        if toks[k][:2] == ("위하", "VV") and toks[k + 1][1] == "EC" and (k == first + 1 or toks[k - 1][:2] == ("기", "ETN")):
            verb = next_predicate(toks, k + 2)  # '회담을 위해', '회담을 하기 위해', '정상회담을 갖기 위해' + the journey
            return verb is not None and lemma_at(toks, verb) in act_index().cue("journey_verb")
    return False


def future_adnominal(word_end: str) -> bool:
    """The last syllable ends in the final consonant ㄹ ('할', '열릴', '만날'): the future adnominal
    ending -(으)ㄹ, as against the past -(으)ㄴ ('한', '열린'); not after the past marker -었-
    ('했을 것으로 보인다': a guess about what was done)."""
    if final_consonant(word_end[-1]) != RIEUL_FINAL:
        return False
    return not (len(word_end) > 1 and final_consonant(word_end[-2]) == SSANGSIOS_FINAL)


class KoreanMeetings(Language):
    """The meetings readers of `Korean`."""

    def asks_yes_no(self, text, tokens):
        """(kopar57) The last ending interrogative, no wh-word (lang/ko/act_questions)."""
        return asked_question(tokens_of(tokens), act_index())

    def meeting_triggers(self, text, tokens):
        found = list(self.lex.scan("meeting_trigger_re", text))
        if not found:
            return []  # most sentences: no clause reader is built for them here (the passes below keep an empty list)
        r = clauses.reader(text, tuple(tokens))
        out, manner = [], []
        for m in found:
            j = r.word_at(m.end() - 1)  # '외교장관 회담을 가졌다': the trigger's last word takes the particle
            if j is None:
                continue
            if m.group(0) == FIND_SYLLABLE and not visits_found(text, m.start()):
                continue  # komeet49: '해법을 찾아': 찾다 visits only a place or a state ('페루를 찾아')
            denied = no_meeting(tokens, m.start())  # act_figures.py: '월드컵 본선에서 X를 다시 만나' (teams)
            if denied == "match" or self.lex.re("no_plan_after_re").match(text, m.end()):
                continue  # '만날 계획은 없다': no meeting is planned, none is called off
            if self.lex.re("meeting_wished_after_re").match(text, m.end()):
                continue  # '만날 용의가 있다', '만나고 싶다': a willingness (an intent), no meeting held or scheduled
            if self.lex.re("recall_purpose_after_re").match(text, m.end()):
                continue  # coerce52: '협의를 위해 대사를 소환했다': an envoy recalled home, no meeting between states
            if self.lex.re("elapsed_reference_after_re").match(text, m.end()):
                continue  # fp22: '... 회의 이후 4년 5개월 만이다': the point the elapsed time counts from
            if self.habitual(r, j, text[:status_end(r, j)], m.end()):
                continue  # '3국은 정례적으로 협의를 열어왔다': a practice, not one meeting
            guessed = speculated_meeting(tokens_of(tokens), m.end(), act_index())
            if guessed == "raised":
                continue  # koacts59b: '정상회담을 열 가능성이 제기된다': observers' hypothetical, no meeting
            if sought_of_partner(r, j):
                continue  # komeet49: 'B와의 정상회담을 추진하고 있다': B asked to meet (the act lexicon's REQUEST meet)
            aim = purpose(r, j)  # '만나려고 출국했다': intended; '만나지 못하도록 막았다': prevented
            if aim is None and purpose_noun(tokens_of(tokens), m.end()):
                aim = "purpose"  # koacts59b: '회담을 위해 베를린으로 향했다': the talks intended, as '만나려고'
            kind = trigger_kind(r, j)
            mode = self.trigger_mode(text, m.start(), m.end())
            if mode != "phone" and self.remote_manner(r, j, text, m.start()):
                mode = "phone"
            elif brokered_meeting(r, j) or mediated_deal(r, j) is not None or manner_mediation(r, j):
                mode = "third-party"  # kopassive70: 'C는 A와 B의 회담을 중재했다', as English 'C brokered talks ...';
                # kopar57: 'C는 A와 B의 휴전을 중재했다', as English 'C mediated the ceasefire between A and B'
            host = self.visited_country(text, max(0, m.start() - self.settings.visit_window_chars),
                                        m.end() + self.settings.visit_tail_chars)
            setting = r.facts[j].particle in clause_words()["scene_particles"]
            status = "cancelled" if denied or aim == "negated" else self.meeting_status(text[:status_end(r, j)], m.end(), setting=setting)
            if status == "occurred" and manner_mediation(r, j):  # koacts58b: 'C의 중재로 A와 B가 ... 교환할 예정이다'
                status = deed_status(r, j, lambda k: self.meeting_status(text[:status_end(r, k)], r.words[k].start))
                if status is None:
                    continue  # '... 교환하지 않았다': the deed denied tells no mediation held either
            if self.side_meeting_denied(text, m.start(), m.end()):
                continue  # '모테기 외무상과 따로 만나지는 않았다': no side meeting, none was called off
            if status == "occurred" and self.called_off(r, j) \
                    or status == "planned" and plan_called_off(r, j, self.lex.re("cancelled_predicate_re")):
                status = "cancelled"  # kopropose68: '회담이 열릴 예정이었으나 취소됐다': planned, then called off
            if status == "cancelled" and told_off_by_side(tokens_of(tokens), m.end()):
                continue  # kofix46: '...회담이 취소됐다고 A 외교부는 전했다', A a side: A's REJECT meet tells it
            elif status == "occurred" and (arranged(r, j) or arranged_in_headline(r, j) or prepared_span(r, j)
                                           or chained_plan(r, j) or aim == "purpose"
                                           or present_plan(r, j) or guessed == "possible"):
                status = "planned"  # '정상회담 개최를 협의 중이다': being arranged, not yet held; 'B와 만나 ...
                # 논의할 예정이다': a step of a planned act; 'B를 만나려고 출국했다': a meeting intended
            if status != "cancelled" and comma_visit(r, j):
                status = comma_visit_status(r, j)  # komeet48: 'B를 방문, ... 논의할 예정이다': the sentence's predicate's
            out.append(Trigger(m.start(), m.end(), m.group(0), mode, status,
                               kind=kind, host=host))
            manner.append(manner_mediation(r, j))
        out = mediated_deeds_kept(r, out, manner)  # koacts58b: 'C의 중재로 A와 B가 포로를 교환했다': C meets both
        return self.denied_beside_held(text, recalled_background(r, scene_status(r, arranged_pairs(r, out))))

    def trigger_mode(self, text, start, end):
        """As any language's, but a phone or visit word beyond a separator before the meeting word is another
        meeting's ('트럼프와 전화 회담…앨버니지와는 정상회담'); so is a call that is the topic of a sentence whose
        meeting word has a subject of its own ('이번 통화는 두 장관이 지난달 리야드에서 회담한 지 한 달 만에')."""
        text = unplaced_finds_masked(text)  # komeet49: '해법을 찾아 B와 협의했다' is no visit
        reach = max(0, start - self.settings.status_window_chars)
        cut = [m.end() for m in self.lex.re("mode_separator_re").finditer(text, reach, start)]
        cut += [m.end() for m in PHONE_TOPIC_RE.finditer(text, reach, start)]  # '이번 통화는 두 장관이 ... 회담한 지'
        cut.sort()
        mode = super().trigger_mode(text[cut[-1]:] if cut else text, start - cut[-1] if cut else start,
                                    end - cut[-1] if cut else end)
        if mode is None and self.lex.re("multilateral_occasion_re").search(text, cut[-1] if cut else 0, start):
            return "multilateral"  # komeet47: '정상회의를 계기로 B와 회담했다': held in a gathering of many
        if mode is None and subject_visit_clause(self.lex, text, start):
            return "visit"  # komeet49b: '서울을 찾은 A는 ... B와 회담했다': the subject's visit clause
        return mode

    def meeting_office(self, text, start, end):
        m = self.lex.re("meeting_office_re").search(text, max(0, start - self.settings.status_window_chars), end)
        if m is None:
            return None
        word = re.sub(r"\s", " ", m.group(1))
        return self.lex["group_offices"].get(word) or self.lex["group_offices"].get(word.replace(" ", ""))

    def remote_manner(self, r: SentenceReader, j: int, text: str, start: int) -> bool:
        """The meeting word's clause says before it that the meeting was remote ('외교부 청사에서 화상회의
        형식으로 B와 회담했다'): held by video from an office, it has no place of its own, as a call has none."""
        first, _last = r.clause_of(j)
        return bool(self.lex.re("remote_manner_re").search(text, r.words[first].start, start))

    def habitual(self, r: SentenceReader, j: int, text: str, end: int) -> bool:
        """The meeting word's clause tells of a practice ('정례적으로 ... 협의를 열어왔다', '매년 회담을 가져왔다'):
        a frequency adverb in its clause before it, or the continuative -아/어 오다 on its own verb."""
        first, _last = r.clause_of(j)
        if self.lex.re("habitual_before_re").search(text, r.words[first].start, r.words[j].start):
            return True
        return bool(self.lex.re("habitual_after_re").match(text, end))

    def called_off(self, r: SentenceReader, j: int) -> bool:
        """The meeting word is its clause's subject and the clause's predicate calls it off, however far
        the predicate stands ('한일 정상회담은 총리의 일정 때문에 다음 주로 연기됐다'); the window after the word
        (`meeting_status`) only reaches a predicate close to it."""
        if r.facts[j].particle not in self.lex["particles"]["subject"]:
            return False
        _first, last = r.clause_of(j)
        return bool(self.lex.re("cancelled_predicate_re").match(r.words[last].text))

    def visited_country(self, text, start=0, end=None):
        end = len(text) if end is None else end  # searched in place: the guard sees the syllable before `start`
        visit = self.lex.re("visit_country_re").search(text, start, end)  # '방한', not the end of '석방한' or '예방한'
        if visit:
            return self.lex["visit_country"][visit.group(1)]
        for found in self.lex.re("visited_object_re").finditer(text, start, end):
            code = country_words.country_of_word(found.group(1))
            if code:
                return code
        return None

    def meeting_status(self, text: str, end: int, setting: bool = False) -> str:
        """The status the words after a meeting word give it; `text` ends where the meeting's own clause
        does, so a later clause's plan ('회담을 갖고 ... 일정을 조율했다') is not the meeting's. `setting`: the
        meeting is the scene of the clause ('회담에서'), so arranging done there does not make it planned."""
        after = text[end:end + self.settings.status_after_chars]
        if self.lex.re("cancelled_after_re").search(after):
            return "cancelled"
        if self.lex.re("planned_after_setting_re" if setting else "planned_after_re").search(after):
            return "planned"
        if not setting and self.lex.re("arranged_after_re").search(after):
            return "planned"
        window = text[max(0, end - 2):end + self.settings.status_after_chars]  # '만날 것으로': the trigger's end
        conjecture = self.lex.re("conjecture_after_re").search(window)
        if conjecture and future_adnominal(conjecture.group(1)):
            return "planned"
        return "occurred"

    def clause(self, text, tokens, start, end):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        if j is None:
            return 0, len(text)
        first, last = prepared_around(r, j) or r.clause_of(j)  # koplan47: '[정상회담 준비를 위해]', a clause of its own
        return r.words[first].start, r.words[last].end

    def role(self, text, tokens, start, end, trigger):
        r = clauses.reader(text, tuple(tokens))
        role = name_role(r, start, end, trigger)
        host = arrival_visits.arrival_host(self.lex, text, trigger.start) if role == "other" \
            and trigger.kind == "setting" else None
        if host and host[0] <= start and end <= host[1]:
            return "object"  # komeet47: '공식 방문차 B에 도착했다': B is visited
        if role == "subject" and self.lex.names_whole("meeting_trigger_re", trigger.text) \
                and judged_meeting(r, r.word_at(trigger.start)):
            return "other"  # koacts38: 'A는 B의 방문을 비난했다': A judges the visit, takes no part in it
        if role in ("with", "modifier", "and") and self.mediated_pair(text, start, end, trigger):
            return "between"  # conflict54: 'A는 B와 C의 분쟁 중재를 제안했다': B and C are mediated, no partners
        return role

    def mediated_pair(self, text: str, start: int, end: int, trigger) -> bool:
        """(conflict54) Whether the name at start..end is one of the pair a mediation act word after it names as
        the owners of what is mediated ('B와 C의 분쟁 중재', 'B와 C 사이의 중재'), as English 'offered to mediate between
        B and C' reads 'between'. Only before an act word of mediation (`meeting_mediation_word_re`), not a meeting's."""
        word = self.lex.re("meeting_mediation_word_re").match(trigger.text)
        if trigger.mode == "third-party" or start >= trigger.start or word is None or word.end() == len(trigger.text) \
                or self.lex.names_whole("meeting_trigger_re", trigger.text):
            return False  # the meeting reader's trigger is the noun alone ('중재에 착수했다': the mediator meets both)
        if self.lex.re("act_pair_first_after_re").match(text, end):
            return True
        return bool(self.lex.re("act_pair_second_after_re").match(text, end)
                    and self.lex.re("act_pair_second_before_re").search(text, max(0, start - 40), start))

    def coordinated(self, text, first_end, second_start):
        between = text[first_end:second_start]
        if second_start >= first_end and self.lex.re("topic_closed_re").search(text, 0, first_end):
            return False  # '[A와 B 정상은] C 정부에 대한 ...': the topic's phrase is closed, C after it joins no list
            # (k49); the names inside one phrase ('A와 B 외교장관은', one span each) stay coordinated
        return bool(self.lex.re("coordination_re").fullmatch(between))

    def case_marked(self, text, tokens, start, end):
        r = clauses.reader(text, tuple(tokens))
        i = r.word_at(max(start, end - 1))
        if i is None:
            return False
        f = r.facts[i]
        return f.particle_tag == "JKB" and f.particle not in clause_words()["with_particles"]

    def meeting_is_multilateral(self, text):
        """A multilateral meeting is named: '한미일 외교장관회의', '3자 회담' (not '한미일 3국 협력')."""
        reach = self.settings.multilateral_reach_chars
        return any(self.lex.re("meeting_trigger_re").search(text, m.start(), m.end() + reach)
                   for m in self.lex.re("multilateral_re").finditer(text))

    def meeting_splits_pairs(self, text):
        return bool(self.lex.re("split_pairs_re").search(text))

    def visit_sentence(self, text):
        return bool(self.lex.re("visit_re").search(unplaced_finds_masked(text)))  # komeet49: not '해법을 찾아'

    def subordinate(self, text, tokens, start, end):
        """The word at `start` stands in a clause of another moment, a purpose or a condition ('12일 미사일을
        발사한 뒤', '회의에 참석하기 위해', '북한이 도발할 경우', '도착하면'): its date and place are that clause's."""
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        return j is not None and (clauses.subordinate_clause(r, j, self.lex) or prepared_around(r, j) is not None)

    def meeting_refers_back(self, text, trigger):
        """'이번 회담에서', '이날 회담은', '두 장관의 회담에서', '회담에서는' opening the sentence: a meeting noun
        with no parties of its own names the meeting of the officials just named ('Their meeting')."""
        if trigger.kind == "background" or trigger.status != "occurred" \
                or not self.lex.re("meeting_back_after_re").match(text, trigger.end):
            return False  # '회담 이후' is another moment; '회담했다' a verb with its own (dropped) subject; '이번 회의는
            # 다음 달 열릴 예정': a plan, which the day of the sentence naming the officials does not date
        return bool(self.lex.re("meeting_back_before_re").search(text, 0, trigger.start))

    def received_by_subject(self, text):
        """'김정은 위원장은 X를 접견했다', '예방을 받았다': the host receiving a guest."""
        return bool(self.lex.re("meeting_receive_re").search(text))

    def delegation_subject(self, text, tokens, trigger):
        """'대표단은 10일 B와 회담했다': a bare delegation noun with a subject particle in the meeting's clause."""
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(trigger.end - 1)
        if j is None:
            return False
        first, _last = r.clause_of(j)
        subject = self.lex["particles"]["subject"]
        return any(r.words[first].start <= start < trigger.start and r.facts[r.word_at(start)].particle in subject
                   for start, _end in bare_delegations(self.lex, text))

    def names_own_pair(self, text, trigger):
        return bool(self.lex.re("meeting_between_before_re").search(text, 0, trigger.start)) \
            and not self.lex.re("meeting_mediation_word_re").match(trigger.text)

    def held_as_setting(self, text, tokens, trigger):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(trigger.end - 1)
        return j is not None and trigger.kind == "setting" and (
            partner_setting(r, j) or trigger.mode == "visit" and visit_scene(r, j))  # koplan47: 'B 방문 중'

    def held_before_main(self, text, tokens, trigger):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(trigger.start)
        return j is not None and trigger.kind == "background" and after_clause(r, j)

    def meeting_purpose(self, text, tokens, trigger):
        """'회담을 위해 도착했다' (a journey's purpose) and, koplan47, a meeting prepared by the one held ('[A와 B의
        정상회담을 준비하기 위해] 회담했다': the summit is the talks' purpose, held by its own phrase's states)."""
        if trigger.kind != "setting":
            return False
        if self.lex.re("meeting_purpose_after_re").match(text, trigger.end):
            return True
        r = clauses.reader(text, tuple(tokens))  # the sentence's own tokens, with their repairs (no second tokenizing)
        j = r.word_at(trigger.end - 1)
        return j is not None and prepared_beside_held(r, j)
