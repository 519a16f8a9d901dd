"""Korean behind the `Language` interface: kiwi's sentences and morphemes, particles for roles, clause
endings for clause bounds (lang/ko/clauses.py), and the Korean lexicon for everything worded."""
from __future__ import annotations

import dataclasses
import re

from readout.kb.loader import kb, lexicon
from readout.kb.names import jamo_indexes
from readout.lang.base import ActHit, DateClause, Language, Reference, Trigger, Units, with_generic_pledge
from readout.lang.common import inside
from readout.lang.ko import clauses, countries, dates, matter, mentions, places, sentences
from readout.lang.ko import words as ko_words
from readout.lang.region_bodies import region_bodies
from readout.lang.ko.states import bare_delegations, group_noun, office_noun, references_in, state_group
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.act_figures import no_meeting
from readout.lang.ko.date_relatives import relative_extent
from readout.lang.ko.act_answers import answered_acts, expeller_in_sentence
from readout.lang.ko.act_joined_measures import asked_to_join
from readout.lang.ko.act_requesters import addressee_before_conjuncts
from readout.lang.ko.act_warned import warned_in_joined_quote
from readout.lang.ko.act_paired_condemnation import paired_condemnations
from readout.lang.ko.act_reactions import quoted_reactions
from readout.lang.ko.act_dateline_organs import opening_organ
from readout.lang.ko.endings import tokens_of
from readout.lang.ko.act_voices import outer_subject, own_subjects, quoted_ranges, said_of_spans, statement_owner
from readout.lang.ko.meeting_tense import present_plan
from readout.lang.ko.meeting_roles import (after_clause, arranged, arranging, chained_plan, name_role, purpose,
                                          recalled_meeting, recalled_party_free, status_end, trigger_kind, vehicle)

PHONE_TOPIC_RE = re.compile(r"(?:통화|전화|화상\s*회의)(?:은|는)\s+(?:\S+\s+){0,3}?\S+(?:이|가)\s")  # a call as the topic,
# then another subject
EARLIER_ADVERB_RE = re.compile(r"(?:^|[\s,])(?:이에\s*)?앞서\s*$")  # 'earlier,' as a sentence adverb before a day
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*[./\-년]\s*(\d{1,2})\s*[./\-월]\s*(\d{1,2})(?!\d)")


def find_countries(text: str, offset: int, tokens: list):
    """Country words (lang/ko/countries.py) and the people of a city ('오사카 주민들은': its state's civilians)."""
    found = countries.find_countries(text, offset, tokens)
    bodies = region_bodies(lexicon("ko"), text, offset, found)  # '서아프리카 지역 기구는': a body by description
    if bodies:
        found = sorted(found + bodies, key=lambda c: c.start)
    town = places.town_people(text, offset, tokens, found)
    return sorted(found + town, key=lambda c: c.start) if town else found


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # uses of force whose agent a nominal clause may name


def claimant_before_contrast(hit: ActHit, text: str, tokens) -> ActHit:
    """'앞서 A는 ...했다고 주장했으나, B는 근거 없는 주장이라고 일축했다': a charge dismissed by the topic of a clause
    after a contrastive ending (`SentenceReader.contrast_topic`) is the charge the sentence's first topic just made;
    that topic is the target (`target_spans`), as a charge told in the sentence before would be."""
    r = clauses.reader(text, tuple(tokens))
    j = r.word_at(hit.start)
    if j is None:
        return hit
    switched, claimant = r.contrast_topic(r.clause_of(j)[0]), r.topic()
    if switched is None or claimant is None or claimant >= switched:
        return hit
    start = claimant
    while start > 0 and r.facts[start - 1].particle is None and not r.facts[start - 1].lemma:
        start -= 1  # the words of the topic's phrase ('러시아 외무부는'); an adverb before it names no one
    span = (r.words[start].start, r.words[claimant].end)
    return dataclasses.replace(hit, data={**hit.data, "target_spans": (span, *hit.data.get("target_spans", ()))})


def quoted_aside(hit: ActHit, text: str) -> ActHit:
    """'이어 "…"라며 "[B는] …해야 한다"고 촉구했다': an act whose subject was dropped, told after quotations it is not in;
    the subjects inside them are what the voice said, not who acts (`quoted_aside`: pipeline/act_actors
    subject_countries leaves them out, and the side of the sentence before goes on)."""
    aside = tuple(q for q in quoted_ranges(text) if not q[0] <= hit.start < q[1])
    return dataclasses.replace(hit, data={**hit.data, "quoted_aside": aside}) if aside else hit


class Korean(Language):
    code = "ko"
    warm_up = "한국 외교부 장관은 서울에서 미국 국무장관과 회담하고 북한의 미사일 발사를 규탄했다."
    units = Units(sentences.split, dates.find_dates, places.find_places, find_countries)

    # --- names ------------------------------------------------------------------------------------
    def find_people(self, text, tokens):
        return mentions.find_mentions(text, tokens, self.settings.title_chain_tokens,
                                      self.settings.title_name_words)

    def find_references(self, text, tokens, taken, people=None, countries=None, offset=0):
        out = [Reference(m.start(), m.end(), "group", ko_words.role_of(particle_after(text, m.end())))
               for m in self.lex.scan("group_refs_re", text) if not inside(taken, m.start())]
        for m in self.lex.re("pronoun_re").finditer(text):
            role = ko_words.role_of(m.group(1))
            out.append(Reference(m.start(), m.end(), "pronoun", role))
        out += office_groups(self.lex, text, taken)
        return out + self.office_back(text, taken) + self.envoy_back(text, taken)

    def office_back(self, text, taken) -> list[Reference]:
        """'대변인은 일본에 ... 요구했다': a bare office noun with a subject particle opening the sentence stands for the
        last holder of that office the document named (the whole word must be a title the table knows)."""
        m = self.lex.re("office_back_re").match(text)
        if m is None or inside(taken, m.start("title")):
            return []
        office = ko_words.title_table().get(m.group("title"))
        return [Reference(m.start("title"), m.end("title"), "office_back", "subject", office)] if office else []

    def envoy_back(self, text, taken) -> list[Reference]:
        """'조 장관은 대사에게 항의했다' after '주한 B 대사 X는 ...': a bare envoy's title with an object or dative
        particle, no name or state before it, stands for the last envoy the document named with it (his state is
        the sending state, not the host's: pipeline/mentions.py current_holder)."""
        out = []
        for m in self.lex.re("envoy_back_re").finditer(text):
            office = ko_words.title_table().get(m.group("title"))
            if office and not inside(taken, m.start("title")):
                out.append(Reference(m.start("title"), m.end("title"), "office_back", "object", office))
        return out

    def full_date(self, text):
        from readout.dating import safe_date

        m = NUMERIC_DATE_RE.search(text)
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None

    # --- meetings ----------------------------------------------------------------------------------
    def meeting_triggers(self, text, tokens):
        found = list(self.lex.scan("meeting_trigger_re", text))
        if not found:
            return []  # most sentences: no clause reader is built for them here (the passes below keep an empty list)
        r = clauses.reader(text, tuple(tokens))
        out = []
        for m in found:
            j = r.word_at(m.end() - 1)  # '외교장관 회담을 가졌다': the trigger's last word takes the particle
            if j is None:
                continue
            denied = no_meeting(tokens, m.start())  # act_figures.py: '월드컵 본선에서 X를 다시 만나' (teams)
            if denied == "match" or self.lex.re("no_plan_after_re").match(text, m.end()):
                continue  # '만날 계획은 없다': no meeting is planned, none is called off
            if self.lex.re("elapsed_reference_after_re").match(text, m.end()):
                continue  # fp22: '... 회의 이후 4년 5개월 만이다': the point the elapsed time counts from
            if self.habitual(r, j, text[:status_end(r, j)], m.end()):
                continue  # '3국은 정례적으로 협의를 열어왔다': a practice, not one meeting
            aim = purpose(r, j)  # '만나려고 출국했다': intended; '만나지 못하도록 막았다': prevented
            kind = trigger_kind(r, j)
            mode = self.trigger_mode(text, m.start(), m.end())
            if mode != "phone" and self.remote_manner(r, j, text, m.start()):
                mode = "phone"
            host = self.visited_country(text, max(0, m.start() - self.settings.visit_window_chars),
                                        m.end() + self.settings.visit_tail_chars)
            setting = r.facts[j].particle in clause_words()["scene_particles"]
            status = "cancelled" if denied or aim == "negated" else self.meeting_status(text[:status_end(r, j)], m.end(), setting=setting)
            if self.side_meeting_denied(text, m.start(), m.end()):
                continue  # '모테기 외무상과 따로 만나지는 않았다': no side meeting, none was called off
            if status == "occurred" and self.called_off(r, j):
                status = "cancelled"
            elif status == "occurred" and (arranged(r, j) or chained_plan(r, j) or aim == "purpose"
                                           or present_plan(r, j)):
                status = "planned"  # '정상회담 개최를 협의 중이다': being arranged, not yet held; 'B와 만나 ...
                # 논의할 예정이다': a step of a planned act; 'B를 만나려고 출국했다': a meeting intended
            out.append(Trigger(m.start(), m.end(), m.group(0), mode, status,
                               kind=kind, host=host))
        return recalled_background(r, scene_status(r, arranged_pairs(r, out)))

    def trigger_mode(self, text, start, end):
        """As any language's, but a phone or visit word beyond a separator before the meeting word is another
        meeting's ('트럼프와 전화 회담…앨버니지와는 정상회담'); so is a call that is the topic of a sentence whose
        meeting word has a subject of its own ('이번 통화는 두 장관이 지난달 리야드에서 회담한 지 한 달 만에')."""
        reach = max(0, start - self.settings.status_window_chars)
        cut = [m.end() for m in self.lex.re("mode_separator_re").finditer(text, reach, start)]
        cut += [m.end() for m in PHONE_TOPIC_RE.finditer(text, reach, start)]  # '이번 통화는 두 장관이 ... 회담한 지'
        cut.sort()
        return super().trigger_mode(text[cut[-1]:] if cut else text, start - cut[-1] if cut else start,
                                    end - cut[-1] if cut else end)

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
            code = countries.country_of_word(found.group(1))
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
        first, last = r.clause_of(j)
        return r.words[first].start, r.words[last].end

    def role(self, text, tokens, start, end, trigger):
        return name_role(clauses.reader(text, tuple(tokens)), start, end, trigger)

    def coordinated(self, text, first_end, second_start):
        between = text[first_end:second_start]
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
        return bool(self.lex.re("visit_re").search(text))

    def subordinate(self, text, tokens, start, end):
        """The word at `start` stands in a clause of another moment, a purpose or a condition ('12일 미사일을
        발사한 뒤', '회의에 참석하기 위해', '북한이 도발할 경우', '도착하면'): its date and place are that clause's."""
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        return j is not None and clauses.subordinate_clause(r, j, self.lex)

    def meeting_refers_back(self, text, trigger):
        """'이번 회담에서', '이날 회담은', '두 장관의 회담에서', '회담에서는' opening the sentence: a meeting noun
        with no parties of its own names the meeting of the officials just named ('Their meeting')."""
        if trigger.kind == "background" or trigger.status != "occurred" \
                or not self.lex.re("meeting_back_after_re").match(text, trigger.end):
            return False  # '회담 이후' is another moment; '회담했다' a verb with its own (dropped) subject; '이번 회의는
            # 다음 달 열릴 예정': a plan, which the day of the sentence naming the officials does not date
        return bool(self.lex.re("meeting_back_before_re").search(text, 0, trigger.start))

    def state_party(self, text, start, end):
        """'중국 대표단과', '인도·파키스탄 당국자들이', '일본 정부 협상단은': a country word before a group of its
        state's people (across coordinated country words) is the state, with the group's sector; a country word
        with a case particle ('중국과 회담했다', '러시아를 방문했다') is the state itself; before 의 or any
        other noun ('중국 미사일') it only modifies."""
        words = text[start:end].split()
        if not words or group_noun(words[0], self.lex) is not None and not named_country_prefix(words[0]):
            return None  # '정부는' alone (read as Korea's government) names no state as a party; '독일대사를' does
        if any(a <= start < b for a, b, _n in references_in(text)):  # read once per sentence
            return None  # '양국 정부는': the reference stands for the states
        group = state_group(self.lex, text, end)
        if group is not None:
            return start, group[0], group[1]
        word_end = end
        while word_end < len(text) and not text[word_end].isspace():
            word_end += 1
        rest = text[end:word_end].rstrip(",.")
        return (start, end, None) if rest in self.lex["state_party_particles"] else None

    def office_party(self, text, start, end):
        """'칠레 외교장관과', '일본 외무상은': the party phrase ends in the title of one office holder (states.office_noun)."""
        words = text[start:end].split()
        return len(words) > 1 and office_noun(words[-1], self.lex)

    def agent_sector(self, noun):
        from readout.lang.ko.agents import sector_of

        return sector_of(noun)

    def state_references(self, text):
        """'양국은', '한일 양국 외교당국은', '세 나라 대표단이': the states named just before (the span holds the
        compound when it names them: '한일 양국'); and a compound before a group of its states' people
        ('인도·파키스탄 당국자들이', '한미 당국자들은'), which names as many states as it has countries."""
        return list(references_in(text))

    def files_abroad(self, place):
        return place.country is not None and place.country != self.lex["dateline_home"]

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

    def held_before_main(self, text, tokens, trigger):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(trigger.start)
        return j is not None and trigger.kind == "background" and after_clause(r, j)

    def meeting_purpose(self, text, trigger):
        return trigger.kind == "setting" and bool(self.lex.re("meeting_purpose_after_re").match(text, trigger.end))

    def elapsed_since(self, text, end):
        return bool(self.lex.re("elapsed_since_after_re").match(text, end))

    def background_date(self, text, start, end):
        before = text[max(0, start - 8):start]
        after = text[end:end + 16]
        if EARLIER_ADVERB_RE.search(before) and self.lex.re("earlier_own_date_re").fullmatch(text, start, end) \
                and not self.lex.re("relative_clause_after_re").match(text, end):
            return bool(self.lex.re("date_background_after_re").match(after))  # '이에 앞서 9일 X를 예방하고': the day
            # of the sentence's own act, told before the story's (not the date of something the act follows)
        return bool(self.lex.re("date_background_before_re").search(before)
                    or self.lex.re("date_background_after_re").match(after))

    def background_extent(self, text, start, end):
        sub = self.lex.re("date_subordinate_after_re").match(text[end:end + self.settings.subordinate_reach_chars])
        if sub and final_consonant(sub.group(1)) == NIEUN_FINAL:  # '발사한 후', '열린 뒤'
            if self.topic_sequence(text, start, end + sub.end()):
                return None  # '장관은 10일 A와 회담한 뒤 B와도 만났다': the topic's day, for both of its acts
            return DateClause(start, end + sub.end())
        complement = self.complement_extent(text, start, end)
        if complement is not None:
            return DateClause(*complement)
        plan = self.plan_extent(text, start, end)
        return DateClause(*plan, plan=True) if plan is not None else None

    def marked_background(self, text, offset, found):
        """As every language marks them; and a day or month opening a relative clause on the subject ('지난 10일 B와
        통화한 A 총리는'), which dates that clause's act (a year, '올해 20차례 발사한 북한은', is a habit's: no day)."""
        found = super().marked_background(text, offset, found)
        for d in found:
            clause = None if d.background or d.precision not in ("day", "month") \
                else self.relative_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:
                d.span.data.update(clause=(offset + clause[0], offset + clause[1]), relative=True)
                d.background = True
        return found

    def relative_extent(self, text, start, end):
        """'지난 10일 B 대통령과 통화한 A 총리는': the relative clause a date opens on the subject (lang/ko/date_relatives).
        Not a date right after a topic, which is the topic's own."""
        if self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        return relative_extent(text, start, end, self.lex.re("date_relative_after_re"),
                               self.lex.re("date_relative_particle_re"), frozenset(self.lex["date_relative_nouns"]),
                               self.settings.subordinate_reach_chars)

    def topic_sequence(self, text: str, start: int, clause_end: int) -> bool:
        """A date right after the sentence's topic that opens an after-clause of the topic's own ('장관은 10일 A와
        회담한 뒤 B와도 만났다'): the day of the whole sequence, not of the first act alone, when the clause ends
        in a noun of sequence (후, 뒤, 다음: not 이후, 지, which count the time since) and the main clause counts no
        elapsed time ('... 이틀 만에', '... 이후 처음': then the date is the earlier act's only)."""
        if not self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return False
        noun = re.search(r"([가-힣]+?)(?:에|에도)?$", text[start:clause_end])
        if noun is None or noun.group(1) not in self.lex["date_sequence_nouns"]:
            return False
        return not self.lex.re("date_elapsed_re").search(text, clause_end)

    def complement_extent(self, text, start, end):
        """The object complement a date stands in ('외교부는 5일 북한이 지난 3일 미사일을 발사한 것을 규탄했다': 3일 is
        the launch's): from the date to the complement's adnominal verb, which ends in ㄴ ('발사한', '하는'; a
        future '할 것' is a statement's content, not an earlier act). A date right after the topic is the
        statement's own."""
        if self.lex.re("date_topic_before_re").search(text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        sub = self.lex.re("date_complement_after_re").match(text[end:end + self.settings.subordinate_reach_chars])
        if sub and final_consonant(sub.group(1)) == NIEUN_FINAL:
            return start, end + sub.start(1) + 1
        return None

    def plan_extent(self, text, start, end):
        """The complement of a decision or agreement a date stands in ('양국은 9일 회담에서 [이달 안에 조사단을 보내]기로
        합의했다'): the planned deed's time, so it dates neither the agreement nor the meeting it was reached at (the
        deed's own act word inside the complement still takes it). A date right after the topic is the decision's
        ('양국은 9일 ...하기로 했다') unless it is a period to act in ('양국은 이달 중 ...하기로 했다')."""
        sub = self.lex.re("date_plan_after_re").match(text[end:end + self.settings.subordinate_reach_chars])
        if not sub:
            return None
        period = self.lex.re("date_plan_period_after_re").match(text[end:end + self.settings.topic_reach_chars])
        if not period and self.lex.re("date_topic_before_re").search(
                text, max(0, start - self.settings.topic_reach_chars), start):
            return None
        opening = [m.end() for m in self.lex.re("date_plan_opening_re").finditer(
            text, max(0, start - self.settings.subordinate_reach_chars), start)]
        return (opening[-1] if opening else start), end + sub.end()  # '정상회담을 다음 달 열기로': the talks too

    # --- acts ----------------------------------------------------------------------------------------
    def find_acts(self, text, tokens) -> list[ActHit]:
        from readout.lang.ko import acts

        repeated = self.lex.re("repeated_act_before_re")  # '북한의 잇따른 미사일 발사': a series, no one dated act
        hits = [self.rejected_proposal(h, text) for h in acts.find_acts(text, tokens)
                if not (h.nominal and repeated.search(text, max(0, h.start - 20), h.start))]
        toks = tokens_of(tokens)
        hits = paired_condemnations(hits, toks, acts.act_index().cue("paired_condemnation_ending"),
                                     acts.act_index().cue("proposal_noun"))
        hits = quoted_reactions(hits, toks, acts.act_index().cue("reaction_verb"))  # ko-acts37: '"..."며 반발했다'
        organ = opening_organ(toks, acts.act_index().cue("dateline_organ_noun"))  # '(베이징=연합뉴스) 외교부는'
        if organ is not None:
            hits = [dataclasses.replace(h, data={**h.data, "dateline_organ": organ}) for h in hits]
        if not hits:
            return hits  # every reader below only filters or marks the hits (the voice going on is read for them), so a
            # sentence with none is done (two sentences in five)
        hits = [claimant_before_contrast(h, text, tokens) if h.data.get("rejected_charge") else h for h in hits]
        hits = answered_acts(hits, text, self.lex.re("bare_rejection_before_re"), self.settings.charge_reach_chars)
        hits = asked_to_join(hits, text, self.lex.re("asked_to_join_re"))  # ko29: '제재에 동참해 달라고': asked
        hits = expeller_in_sentence(hits, text, tokens, acts.act_index().cue("tit_for_tat_lemma"))  # ko29: 'A가 추방하자 맞추방'
        hits = [dataclasses.replace(h, data={**h.data, "target_spans": asked}) if (asked := addressee_before_conjuncts(
            h, text, tokens, self.lex.re("request_joined_re"))) else h for h in hits]  # ko28: 'B에 [...하고] ...해 달라고'
        hits = [with_generic_pledge(h, h.data.get("future_of")) for h in hits]
        hits = warned_in_joined_quote(hits, text, tokens)  # '"B가 ..."이라며 "우리는 ..."이라고 경고했다': aimed at B
        hits = [dataclasses.replace(h, data={**h.data, "continued": going}) if (going := self.continued_subject(
            text, tokens, h.start, h.data.get("complement_subject"))) else h for h in hits]
        hits = [quoted_aside(h, text) if h.data.get("continued") else h for h in hits]
        hits = [self.said_of_aside(h, text) if h.data.get("continued") == "office" else h for h in hits]
        body_on = self.lex.re("continued_body_re").match(text)  # '외교부는 이어 ...': the home word, or the voice going on
        body_on = body_on or self.foreign_voice_back(text, tokens)  # ko27: '[B국 사람] 외교부 대변인은': B's voice
        hits = [dataclasses.replace(h, data={**h.data, "body_going_on": True})
                if body_on and h.data.get("continued") == "office" else h for h in hits]
        return [self.issued_by(h, text, tokens) for h in hits]

    def said_of_aside(self, hit: ActHit, text: str) -> ActHit:
        """A bare voice going on ('외교부는 이어 [B가] "..."고 비난했다'): the subject right before the quotation is what
        the voice spoke of; it joins the quotations (`quoted_aside`) that pipeline/act_actors leaves out of the actors."""
        said = said_of_spans(text, hit.start, self.lex.re("quote_subject_before_re"))
        if not said:
            return hit
        return dataclasses.replace(hit, data={**hit.data, "quoted_aside": (*hit.data.get("quoted_aside", ()), *said)})

    def issued_by(self, hit: ActHit, text: str, tokens) -> ActHit:
        """'[쿠바 외교부의] 성명은 미국의 제재를 비난했다': a statement standing as the act's subject is its owner's act
        (the genitive phrase before it, `agent_span`), unless the hit already has an agent. A use of force in a
        nominal clause ('X가 [Y가 쓰는] 공항을 공격한 데 대해') is done by the subject before the inner relative clause."""
        if "agent_span" in hit.data or hit.data.get("continued"):
            return hit
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(hit.start)
        if j is None:
            return hit
        particles = self.lex["particles"]
        heads = self.lex["clause_head_nouns"]
        owner = statement_owner(r, text, j, particles["subject"], self.lex["statement_nouns"], particles["genitive"],
                                heads)
        if owner is None and hit.type in FORCE_TYPES and (k := r.word_at(hit.end - 1)) is not None \
                and r.facts[k].adnominal:  # '[X가] [Y가 쓰는] 공항을 공격한 데 대해'
            owner = outer_subject(r, k, particles["subject"], heads, self.lex["judged_clause_nouns"])
        return dataclasses.replace(hit, data={**hit.data, "agent_span": owner}) if owner else hit

    def rejected_proposal(self, hit: ActHit, text: str) -> ActHit:
        """'그 제안을 거부했다', '요구를 일축했다': a rejection of something put forward (its noun in the lemma or right
        before the verb with its object particle) may stand with no owner named, as the English reader marks it."""
        if hit.type != "REJECT":
            return hit
        nouns = self.lex["proposal_nouns"]
        before = self.lex.re("proposal_object_re").search(text, max(0, hit.start - 12), hit.start)
        if hit.lemma.split("+")[0] in nouns or before and before.group(1) in nouns:
            return dataclasses.replace(hit, data={**hit.data, "rejected_proposal": True})
        return self.rejected_charge(hit, text)

    def rejected_charge(self, hit: ActHit, text: str) -> ActHit:
        """'의혹을 부인했다', '주장을 반박했다', '항의를 일축했다', '근거 없는 주장이라며 이를 부인했다': a denial or
        dismissal of a charge (`charge_nouns`: its noun in the lemma, as the verb's object, or what the denial calls
        it just before) answers the side whose accusation or protest was reported just before
        (pipeline/act_recipients.rejected_proposal reads `rejected_charge` over the charging acts)."""
        nouns = self.lex["charge_nouns"]
        window = text[max(0, hit.start - self.settings.charge_reach_chars):hit.start]
        before = self.lex.re("charge_object_re").search(window)  # '의혹도 부인했다', '주장을 강하게 반박했다'
        called = self.lex.re("charge_called_re").search(window)
        if hit.lemma.split("+")[0] in nouns or before and before.group(1) in nouns \
                or called and called.group(1) in nouns:
            return dataclasses.replace(hit, data={**hit.data, "rejected_charge": True})
        return hit

    def continued_subject(self, text, tokens, start, embedded: tuple[int, int] | None = None) -> str | None:
        """'이어 일본에 발언 철회를 요구했다': no word before the act in its sentence is a subject or a topic; Korean
        drops the subject the sentence before just named, which goes on acting (pipeline/acts.py). So does a bare
        office opening the sentence ('대변인은 ... 요구했다') as its only subject: the voice just heard, whose state the
        sentence before named ('중국 외교부 대변인은'). A subject inside `embedded` (the accused topic of the act's
        own complement: '또 [B의 병력 증강은] ...을 드러낸다며 비판했다') is that complement's, not the act's."""
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        if j is None or self.lex.re("quote_open_re").match(text):
            return None
        subject = self.lex["particles"]["subject"]
        aside = [q for q in quoted_ranges(text) if not q[0] <= start < q[1] or self.spoken_now(text, start)]  # '이어
        # "[X는] ...이라며 "..."고': the (ko28: and in a quoted '...촉구한다"', the speaker's own act, its content's)
        # subject of another quoted clause is what the voice said, not who says it (nor one in a quote after the act)
        subjects = [k for k in range(j) if r.facts[k].particle in subject
                    and not (embedded and embedded[0] <= r.words[k].start < embedded[1])
                    and not any(lo <= r.words[k].start < hi for lo, hi in aside)]
        if not subjects:  # and none after it either ('...규탄한다고 정부는 밝혔다' names its speaker last)
            return None if any(r.facts[k].particle in subject and not any(lo <= r.words[k].start < hi
                                                                           for lo, hi in aside)
                               for k in range(j, len(r.facts))) else self.dropped_voice(text)
        bare = self.office_back(text, []) or self.voice_back(text) or self.pronoun_back(text) \
            or self.foreign_voice_back(text, tokens)
        if bare and not all(r.words[k].start < bare[0].end for k in subjects):
            subjects = own_subjects(r, text, j, subject, self.lex["clause_head_nouns"])  # '외무부는 "..."고 경고하고, [영국이 제기한] 의혹도 부인했다'
        if bare:  # '외교부는 이어 [B가] "..."고 비난했다': the subject the quote is about is no speaker
            said = said_of_spans(text, start, self.lex.re("quote_subject_before_re"))
            subjects = [k for k in subjects if not any(lo <= r.words[k].start < hi for lo, hi in said)]
        return "office" if bare and all(r.words[k].start < bare[0].end for k in subjects) else None

    def spoken_now(self, text: str, start: int) -> bool:
        """The act word at `start` closes its quotation in the present ('"B가 ...할 것을 촉구한다"고 덧붙였다';
        `spoken_now_re`): the quoted speaker performs it, so a subject inside the quotation before it is what is asked
        of another ('B가'), never who asks; a past in a quotation ('"B가 ...을 규탄했다"') may report another's act."""
        return bool(self.lex.re("spoken_now_re").match(text, start))

    def foreign_voice_back(self, text, tokens) -> list[Reference]:
        """'[아짓 쿠마르] 외교부 대변인은 ... 일축했다': another state's person at the home state's bare body (a name that is
        no Korean name; countries.foreign_body_voice) opening the sentence is the voice the story just heard, whose
        state the sentence before named ('B국 외교부는 ... 밝혔다'), as a bare office is; never the home state."""
        from readout.lang.ko.countries import foreign_body_voice

        words = ko_words.words_of(text, tokens)
        k = foreign_body_voice(words)
        if k is None:
            return []
        return [Reference(words[k].start, words[k].noun_end, "voice_back", "subject", None)]

    def dropped_voice(self, text) -> str:
        """A dropped subject: "voice" where the sentence opens with the word that goes on ('이어 "..."고 요구했다': the
        voice just heard still speaks, even past its own sentence with no act), else "dropped" (only the sentence
        just before acts on)."""
        return "voice" if self.lex.re("going_on_open_re").match(text) else "dropped"

    def pronoun_back(self, text) -> list[Reference]:
        """'그는 "B는 ...해야 한다"고 요구했다': a personal pronoun opening the sentence as its subject stands for the
        voice just heard, as a bare office does (`office_back`); no mention reads it, so without this the quoted
        topic after it would be taken for the one who speaks."""
        m = self.lex.re("pronoun_back_re").match(text)
        return [Reference(m.start("pronoun"), m.end("pronoun"), "pronoun", "subject")] if m else []

    def voice_back(self, text) -> list[Reference]:
        """'담화는 ...라며 으름장을 놨다', '통신은 ... 비난했다', '외무부는 "..."고 경고했다': a bare statement noun or a
        body Korean names only for a foreign state (`voice_nouns`; not '외교부', '정부', which are the home state's)
        opening the sentence as its subject is the voice just heard, as a bare office is (`office_back`)."""
        m = self.lex.re("office_back_re").match(text)
        if m is None or m.group("title") not in self.lex["voice_nouns"]:
            m = self.lex.re("continued_body_re").match(text)  # '외교부는 이어 ...': the ministry just heard goes on
        if m is None:
            return []
        return [Reference(m.start("title"), m.end("title"), "voice_back", "subject", None)]

    def recipients_side(self):
        return "before"

    def accord_matter(self, text, tokens, trigger, clause):
        return matter.accord_matter(self.lex, tokens, trigger, clause)

    def main_predicate(self, text, tokens, start):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        if j is None:
            return False
        last = r.clause_of(j)[1]
        quoted = any(tag == "JKQ" for _f, tag, _s, _l in r.words[last].tokens)  # '..."고 밝혔다': reported
        quoted = quoted or r.subordinate(last)  # '북한이 ...지원했다고 (규탄했다)': an embedded complement
        return not quoted and not any(r.facts[k].adnominal and not vehicle(r, k) for k in range(j, last + 1))

    def agent_follows(self, text, end):
        return bool(self.lex.re("agent_after_re").match(text, end))

    def names_a_rule(self, text, end):
        """A rule ('안보리 결의'), or the topic of a noun another owns ('[우크라이나 문제에 대한] 서방의 태도를
        비판했다'): what the act is about, not a party to it."""
        return bool(self.lex.re("rule_after_re").match(text, end)
                    or self.lex.re("topic_owned_after_re").match(text, end))

    def response_act(self, text, start, end):
        window = self.settings.mode_window_chars  # '동원해 바로 대응 사격을 했다': the answer may follow
        return bool(self.lex.re("response_re").search(text[max(0, start - window):end + window]))


def arranged_pairs(r: SentenceReader, found: list[Trigger]) -> list[Trigger]:
    """'정상회담 개최를 협의하고 있다': a meeting word arranging another (meeting_roles.arranging) makes both
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
    (meeting_roles.recalled_meeting) is the background of a later meeting predicate whose clause names no
    counterpart of its own; that later meeting, held, is the story's (with the recalled one's counterpart,
    `recalled_party`), so the recalled one is only background: another moment, an event of its own only where a
    group word names its parties and its own words date it (pipeline/events.recalled_by_group). (A later meeting
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


def named_country_prefix(word: str) -> bool:
    """The word opens with a country's name before a group noun or title written onto it ('독일대사', '중국측')."""
    return any(countries.country_of_word(word[:k]) for k in range(1, len(word)))


def particle_after(text: str, end: int) -> str:
    return text[end:end + 1]


def office_groups(lex, text: str, taken: list[tuple[int, int]]) -> list[Reference]:
    """'한미 정상은', '한일 외교장관은', '미국, 일본 외교장관과': the office holders of each named state (resolved
    by the pipeline through the knowledge base's tenures)."""
    out = []
    base = kb()
    for m in lex.re("group_offices_re").finditer(text):  # before a nameless title over the same words
        word = re.sub(r"\s", " ", m.group(2))
        kind = lex["group_offices"].get(word) or lex["group_offices"].get(word.replace(" ", ""))
        codes = [base.countries.abbreviations_ko[c] for c in re.sub(r"[·ㆍ\-]", "", m.group(1))]
        role = ko_words.role_of(m.group(4)) if m.group(4) else "other"
        out.append(Reference(m.start(), m.end(), "office_group", role, kind, tuple(dict.fromkeys(codes))))
    for m in lex.re("group_offices_named_re").finditer(text):
        names = [w for w in re.split(r"\s*(?:,|·|ㆍ|및)\s*|(?<=[와과])\s+", m.group(1)) if w]
        codes = [countries.country_of_word(re.sub(r"(?:와|과|의)$", "", w)) for w in names]
        if len(codes) < 2 or not all(codes) or any(r.start <= m.start() < r.end for r in out):
            continue  # '한국 정부와 미국 외교장관': every listed word must be a country
        kind = lex["group_offices"].get(re.sub(r"\s", " ", m.group(2))) or lex["group_offices"].get(re.sub(r"\s", "", m.group(2)))
        role = ko_words.role_of(m.group(4)) if m.group(4) else "other"
        out.append(Reference(m.start(), m.end(), "office_group", role, kind, tuple(dict.fromkeys(codes))))
    return out


NIEUN_FINAL, RIEUL_FINAL, SSANGSIOS_FINAL = 4, 8, 20  # final consonants ㄴ, ㄹ, ㅆ (Unicode's indexes)


def final_consonant(syllable: str) -> int | None:
    parts = jamo_indexes(syllable)
    return parts[2] if parts else None


def future_adnominal(word_end: str) -> bool:
    """The last syllable ends in the final consonant ㄹ ('할', '열릴', '만날'): the future adnominal
    ending -(으)ㄹ, as against the past -(으)ㄴ ('한', '열린'); not after the past marker -었-
    ('했을 것으로 보인다': a guess about what was done)."""
    if final_consonant(word_end[-1]) != RIEUL_FINAL:
        return False
    return not (len(word_end) > 1 and final_consonant(word_end[-2]) == SSANGSIOS_FINAL)
