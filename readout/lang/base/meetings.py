"""What `Language` answers about meetings: triggers and their mode, multilateral and joint meetings, a meeting
referred back to or told at another moment, visits, state and office parties, hosts at the dateline.
"""
from __future__ import annotations

import re

from readout.kb.agents import phrases
from readout.lang.base.records import Trigger

SIDES = 2  # 'the two sides', '양측': the states such a word stands for


class MeetingQuestions:
    """Meetings: triggers and their mode, multilateral, joint and side meetings, a meeting referred back to or
    told at another moment, visits, state and office parties, a host at the dateline.
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    def trigger_mode(self, text: str, start: int, end: int) -> str | None:
        """phone or visit, from the words just around a meeting word ('통화', 'phone call', '방한')."""
        near = text[max(0, start - self.settings.status_window_chars):end + self.settings.trigger_tail_chars]
        if self.lex.re("phone_re").search(near):
            return "phone"
        if self.brokered(text, start, end):
            return "third-party"
        if self.calls_in_person(text, start, end):
            return "visit"
        return "visit" if self.lex.re("visit_re").search(near) else None

    def calls_in_person(self, text: str, start: int, end: int) -> bool:
        """(meet54) A meeting word that is itself a call paid in person ('paid a courtesy call on', 'called on', '예방했다',
        'B의 예방을 받았다'): the caller goes to the one called on, the manual's CONSULT visit ("actor is visiting,
        recipient is hosting"), even in a sentence that names no journey (lexicon `in_person_call_re`, the whole
        meeting word)."""
        return bool(self.lex.get("in_person_call_re")) and bool(self.lex.re("in_person_call_re").fullmatch(text, start, end))

    def brokered(self, text: str, start: int, end: int) -> bool:
        """(kospeaker68) A meeting held through a named go-between ('talks mediated by C', 'under C's mediation',
        'C의 중재로 ... 회담했다', 'C의 주선으로'): the manual's CONSULT mode third-party ("Meeting is hosted by a third
        party"), as 'C mediated talks between A and B' is; the go-between's wording before the meeting word
        (`meeting_brokered_before_re`, searched up to `broker_reach_chars` back) or right after it
        (`meeting_brokered_after_re`)."""
        before, after = self.lex.get("meeting_brokered_before_re"), self.lex.get("meeting_brokered_after_re")
        reach = max(0, start - self.settings.broker_reach_chars)
        return bool(before and self.lex.re("meeting_brokered_before_re").search(text, reach, start)
                    or after and self.lex.re("meeting_brokered_after_re").match(text, end))

    def side_meeting_denied(self, text: str, start: int, end: int) -> bool:
        """A negated meeting word with a 'separately' word beside it ('did not meet X separately', '따로 만나지
        않았다') denies a side meeting next to the one reported: nothing was arranged, so no meeting at all,
        not a cancelled one."""
        tail = text[end:end + self.settings.side_meeting_tail_chars]
        tail = tail[:min((tail.find(c) for c in ",;" if c in tail), default=len(tail))]  # its own clause's words
        before = text[max(0, start - self.settings.status_window_chars):end]
        return (bool(self.lex.re("side_meeting_word_re").search(before + tail))
                and self.meeting_word_negated(text, start, end))

    def meeting_word_negated(self, text: str, start: int, end: int) -> bool:
        """The meeting word's own verb is negated, its negation close on either side ('did not meet', '만나지
        못했다', '회담은 갖지 않았다')."""
        reach = self.settings.side_meeting_negation_reach_chars
        negated = text[max(0, start - reach):end + self.settings.side_meeting_negation_tail_chars]
        return bool(self.lex.re("side_meeting_negation_re").search(negated))

    def denied_beside_held(self, text: str, triggers: list[Trigger]) -> list[Trigger]:
        """(meet55) A negated meeting word set against a meeting held before it in the sentence ('held talks with
        the defence minister but did not meet the president', '…와 회담했으나 대통령은 만나지 못했다') tells whom
        the visitor did not see: no meeting was arranged with them, so none was called off; the word is dropped,
        not kept as a cancelled meeting of the people not met. Read from the lexicon's `meeting_contrast_re`
        (none: kept)."""
        if self.lex.get("meeting_contrast_re") is None:
            return triggers
        contrast = self.lex.re("meeting_contrast_re")
        held = [h for h in triggers if h.status == "occurred"]
        return [t for t in triggers
                if t.status == "occurred" or not self.meeting_word_negated(text, t.start, t.end)
                or not any(h.end <= t.start and contrast.search(text, h.end, t.start) for h in held)]

    def journey_after(self, text: str, end: int) -> bool:
        """The words after a bare office reference ending at `end` make it the subject of a journey ('The minister
        is set to travel to X', 'The president later flew to Y'): who travels on is the visitor the story follows."""
        pattern = self.lex.get("journey_after_re")
        return bool(pattern and self.lex.re("journey_after_re").match(text, end))

    def meeting_triggers(self, text: str, tokens) -> list[Trigger]:
        raise NotImplementedError

    def meeting_is_multilateral(self, text: str) -> bool:
        raise NotImplementedError

    def meeting_splits_pairs(self, text: str) -> bool:
        raise NotImplementedError

    def side_names_many(self, surface: str) -> bool:
        """(meet52) One side word names several states' holders as one party met together: 'the trade ministers of A
        and B', 'his A and B counterparts' (a plural office noun), 'A와 B 통상장관들과' (one office noun the listed states
        share). A meeting with such a side is one table of all, as the state reader gives; a word that says the
        counterparts were met one by one ('separately', '각각') still splits it. Read from the lexicon's
        `plural_side_re` on the side's own words; none: every side naming several states is one (Korean marks no
        plural: '페루, 에콰도르 외교장관' is the ministers of both)."""
        return self.lex.get("plural_side_re") is None or bool(self.lex.re("plural_side_re").search(surface))

    def meeting_is_joint(self, text: str) -> bool:
        """The sentence sits its counterparts at one table ('met A and B together', 'B와 C를 함께 만났다'):
        one meeting of all of them, where a verb listing counterparts otherwise means one meeting each.
        Read from the lexicon's `joint_meeting_re` (none: never)."""
        return self.lex.get("joint_meeting_re") is not None and bool(self.lex.re("joint_meeting_re").search(text))

    def meeting_at_one_table(self, text: str, trigger: "Trigger") -> bool:
        """The counterparts a meeting word lists sat at one table: the subject travelled to them before it ('flew to
        X and held talks with A and B', 'X를 방문해 A, B와 회동했다': the visitor's talks with the hosts there), or
        the sentence goes on to name them as sides of one exchange ('..., and the two sides agreed', '양국이
        합의했다'). Where the subject receives visitors ('방한한 A, B와 면담했다') nothing here holds, and a list
        stays one meeting per counterpart. Read from the lexicon's `visit_before_meeting_re` (the words before
        the meeting word) and `counterparts_together_re` (the words after it); none: never."""
        before, after = self.lex.get("visit_before_meeting_re"), self.lex.get("counterparts_together_re")
        return bool(before and self.lex.re("visit_before_meeting_re").search(text, 0, trigger.start)) \
            or bool(after and self.lex.re("counterparts_together_re").search(text, trigger.end))

    def meeting_owned_by_them(self, text: str, trigger: "Trigger") -> bool:
        """Whether the pronoun of a pair owns the meeting word ('after their talks'): the pair its sentence names
        holds it where the story told no meeting before. Read from the lexicon's `meeting_owned_by_them_re`,
        matched on the text before the word (none: never)."""
        return self.lex.get("meeting_owned_by_them_re") is not None \
            and bool(self.lex.re("meeting_owned_by_them_re").search(text, 0, trigger.start))

    def attendance_triggers(self, text: str) -> list["Trigger"]:
        """A sentence telling who attended with no meeting word of its own ('It was attended by A, B and C',
        'A와 B, C와 D가 참석했다'): its word of attending, for the attendees of the meeting told just before with no
        party (pipeline/meeting_attended.py). Read from the lexicon's `attendance_only_re`, whose group `word` is
        the word the names' roles are read towards (none: never)."""
        if self.lex.get("attendance_only_re") is None:
            return []
        return [Trigger(m.start("word"), m.end("word"), text[m.start("word"):m.end("word")], kind="predicate")
                for m in self.lex.re("attendance_only_re").finditer(text)]

    def asks_yes_no(self, text: str, tokens) -> bool:
        """(kopar57) Whether the sentence is a yes/no question ('Will A and B hold a summit?', '두 정상이 만날까?'): it
        asks whether a meeting takes place and tells none, so neither its meeting words nor a pair of officials in it
        make a meeting (pipeline/events.meeting_events); the act finders drop such a sentence's acts alike
        (lang/en/act_questions, lang/ko/act_questions). The base language knows no question: never."""
        return False

    def sits_in_only(self, text: str) -> bool:
        """Whether the sentence tells people attending, witnessing or observing what others did ('B와 C 외교장관이
        증인 자격으로 참석했다', 'The signing was witnessed by the leaders of B and C', 'B and C attended as
        observers'): they sat in on the story's act, so two of them named together hold no meeting of their own
        (pipeline/events.implied_meeting; witness49). Read from the lexicon's `sits_in_only_re` (none: never)."""
        return self.lex.get("sits_in_only_re") is not None and bool(self.lex.re("sits_in_only_re").search(text))

    def attends_ceremony(self, text: str) -> bool:
        """Whether the sentence only tells people attending a ceremony ('B and C attended the signing ceremony'),
        with no one named as attending beside them: sitting in on the story's act when one was told before, a
        ceremony of their own else (pipeline/events.implied_meeting; enclause50). Read from the lexicon's
        `attends_ceremony_re` (none: never)."""
        return self.lex.get("attends_ceremony_re") is not None and bool(self.lex.re("attends_ceremony_re").search(text))

    def meeting_told_then(self, text: str, trigger: "Trigger") -> bool:
        """Whether the meeting word points at a meeting of another moment told just before ('That meeting', '당시
        회의는'; pipeline/meeting_then.py). Read from the lexicon's `meeting_then_before_re`, matched on the text
        before the word (none: never)."""
        return self.lex.get("meeting_then_before_re") is not None \
            and bool(self.lex.re("meeting_then_before_re").search(text, 0, trigger.start))

    def place_relative_at(self, text: str, left: int) -> int | None:
        """For the clause starting at `left`, where the words opening it as a relative clause on a place start ('a
        trip to Lima|, where he and B agreed'); None when it is no such clause. What it tells happened there, at a
        moment the main clause's dates ('returned home Friday') do not give, but a day that ends where those words
        start dates the place's own phrase ('a stop in Tokyo on Saturday|, where'), and so the clause. Read from the
        lexicon's `place_relative_before_re`, matched on the text before `left` (none: never)."""
        if self.lex.get("place_relative_before_re") is None:
            return None
        m = self.lex.re("place_relative_before_re").search(text, 0, left)
        return m.start() if m else None

    def meeting_refers_back(self, text: str, trigger: "Trigger") -> bool:
        """Whether a meeting word names a meeting already in the story by its parties named before
        ('Their meeting', 'The talks', 'In the meeting'), not a new one ('the first meeting of X').
        Default: never (a language that cannot tell adds no meeting from it)."""
        return False

    def visit_sentence(self, text: str) -> bool:
        raise NotImplementedError

    def office_state_references(self, text: str) -> list[tuple[int, int, int]]:
        """(komeet49) (start, end, count) of the group words that name an office of several states none of whose
        holders the story named ('양국 외교장관은', 'the two countries' foreign ministers'): read only where the meeting
        word's people found no party, they stand for the states the sentences before named (pipeline/states). Read
        from the lexicon's `office_state_refs_re` (its group `n` a key of `state_ref_counts`); none: never."""
        if self.lex.get("office_state_refs_re") is None:
            return []
        counts = {key.replace(" ", ""): n for key, n in self.lex["state_ref_counts"].items()}
        return [(m.start(), m.end(), counts[re.sub(r"\s", "", m.group("n"))])
                for m in self.lex.re("office_state_refs_re").finditer(text)]

    def visited_country(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The country a visit in `text[start:end]` names as host, where the language names it without a place
        ('방한' -> KOR; '한국을 찾은 X'); None where visits name places ('a visit to Seoul'). The bounds are
        positions, not a slice: a word cut at `start` is still seen whole."""
        return None

    def state_party(self, text: str, start: int, end: int) -> tuple[int, int, str | None] | None:
        """Whether the country word at [start, end) names its state as a party of a meeting, not a
        modifier of another noun: ('Russia', 'Moscow', 'Moroccan diplomats', 'a Chinese delegation',
        'Indian and Pakistani officials'). Returns the span of the phrase naming the party (its role is
        read there) and the sector of its group noun (None: the country word's own); None where the
        word only modifies ('Russian missiles'). Default: never (meetings need named people)."""
        return None

    def bare_governments(self, text: str) -> list[tuple[int, int]]:
        """(meet50b) The bare nouns of a state's government with no country word ('The government and the rebels
        held talks', '정부와 반군은 협상을 벌였다'): (start, end) of each. Beside a `domestic_parties` side in a
        sentence naming no state, both are the story's one placed state (pipeline/states). Worded by the lexicon's
        `bare_government_re` (group `noun`); none: never."""
        if self.lex.get("bare_government_re") is None:
            return []
        return [m.span("noun") for m in self.lex.re("bare_government_re").finditer(text)]

    def domestic_parties(self, text: str) -> list[tuple[int, int, str]]:
        """(enmeet50) The bare nouns of a state's non-government side ('the rebels', 'the opposition', '반군', '야당')
        standing as a meeting's party beside the government ('the Colombian government and the rebels held talks',
        '콜롬비아 정부는 반군과 협상했다'): (start, end, sector) of each, the sector the agent table gives the noun
        (REB, OPP). The pipeline makes each a part of the one state the sentence names (pipeline/states), so that
        both sides stay two parties. Worded by the lexicon's `domestic_party_re` (group `noun`); none: never."""
        if self.lex.get("domestic_party_re") is None:
            return []
        table = phrases(self.code)
        out = []
        for m in self.lex.re("domestic_party_re").finditer(text):
            word = m.group("noun")
            sector = table.get(word) or table.get(word.lower())
            if sector:
                out.append((m.start("noun"), m.end("noun"), sector))
        return out

    def office_party(self, text: str, start: int, end: int) -> bool:
        """Whether the party phrase at [start, end) that `state_party` returned names one office holder of its
        state ('the Chilean foreign minister'), a definite person the knowledge base may not list, not a loose
        group of its people ('Chilean officials'): a plan to meet such a holder is as firm as one to meet a named
        person. Default: never."""
        return False

    def body_party(self, text: str, start: int, end: int) -> bool:
        """(planned47) Whether the party phrase at [start, end) that `state_party` returned ends in the noun of one body
        speaking for its state ('the Ghanaian government', "Ghana's foreign ministry", '가나 정부는'), not a group of its
        people ('Ghanaian officials'): it names its state as firmly as an office holder does, so a plan to meet it is
        as firm. Default: never."""
        return False

    def meeting_office(self, text: str, start: int, end: int) -> str | None:
        """The office kind a meeting word at [start, end) names its parties by ('외교장관회의': foreign_minister,
        '국방장관회담': defense_minister, '정상회담': leader), so that a meeting of states that names no person
        is one of those states' holders. Default: none (the meeting stays one of states)."""
        return None

    def recalled_meeting_office(self, text: str, start: int, end: int) -> str | None:
        """The office kind a meeting word at [start, end) names its parties by, read only to check a recalled
        meeting against the offices of the people it was read with (pipeline/events holders_of_its_office: two
        ministers recalling '정상회담' or 'a summit of their leaders' did not hold it). Default: `meeting_office`;
        a language whose `meeting_office` stays None for states' meetings may still answer here."""
        return self.meeting_office(text, start, end)

    def state_references(self, text: str) -> list[tuple[int, int, int]]:
        """Words standing for the states the story just named together ('the two countries', 'both
        governments'): (start, end, how many states). Default: none."""
        return []

    def side_state_references(self, text: str) -> list[tuple[int, int, int]]:
        """(enmeet50) 'the two sides', 'both sides', '양측': words for the two sides of an exchange, which stand for
        two states the story named before when no meeting of people was told (pipeline/states.state_items):
        (start, end, how many states). Worded by the lexicon's `side_state_refs_re`; none: never."""
        if self.lex.get("side_state_refs_re") is None:
            return []
        return [(m.start(), m.end(), SIDES) for m in self.lex.re("side_state_refs_re").finditer(text)]

    def delegation_subject(self, text: str, tokens, trigger: "Trigger") -> bool:
        """The meeting word's clause has a delegation named by its noun alone as its subject ('대표단은 B와
        회담했다'): the story's person is not the dropped subject; the delegation named before is (a state
        reference of one). Default: never."""
        return False

    def hosted_at_dateline(self, text: str, people: list[int] | None = None) -> bool:
        """A meeting with a visiting guest ('met visiting Chinese Foreign Minister X'): it is held where
        the story is filed, the dateline's city, when the sentence names no place. `people`: where the
        person mentions the pipeline found in the sentence start (relative offsets; None: the language
        reads them itself). Default: never."""
        return False

    def conference_setting(self, text: str) -> bool:
        """A meeting on the sidelines of a conference ('on the sidelines of the NATO summit'): held where the
        conference is, which a wire files under its home city when it reports from there. Default: never."""
        return False

    def received_by_subject(self, text: str) -> bool:
        """A host receiving a guest ('Kim received the Russian foreign minister', 'hosted X'): the meeting is
        in the dateline's city when that city is in the host's (the subject's) state. Default: never."""
        return False

    def meeting_purpose(self, text: str, tokens, trigger: "Trigger") -> bool:
        """A meeting noun naming the purpose of a journey ('arrived in Geneva for talks'): the travellers
        are its parties as if they met. Default: never."""
        return False

    def plan_of_named_only(self, text: str, trigger: "Trigger") -> bool:
        """(enmeet48) The meeting word is a verb of gathering said ahead ('will convene', 'are set to convene'): a
        plan so told is a meeting only of the people it names (or office holders), never of states or their unnamed
        people standing in for them ('envoys from A, B and C will convene': no one named meets). Default: never."""
        return False

    def names_own_pair(self, text: str, trigger: "Trigger") -> bool:
        """The meeting word names its parties as a pair of its own ('talks between A and B', 'A와 B 간 대화'): a
        state outside that phrase, as the subject who calls for or welcomes the talks, takes no part in them
        unless it hosts them (meetfollow66). Default: never."""
        return False

    def held_as_setting(self, text: str, tokens, trigger: "Trigger") -> bool:
        """(meetset71) A meeting noun with its partner named ('with B', 'B와의') standing as the scene of its
        clause ('At the summit with B, A's president said', 'A 대통령은 B와의 정상회담에서 ... 논의했다'): the
        meeting took place, and its parties are read as a predicate's (the clause's subject, states too, with the
        partner); a meeting the word's own pair names ('between B and C') or a moment before or after it
        ('ahead of', '앞두고', 'since') is none of these. Default: never."""
        return False

    def held_before_main(self, text: str, tokens, trigger: "Trigger") -> bool:
        """A meeting verb heading a clause of what was done before the main clause's act ('B와 회담한 뒤 X로
        향했다'): a meeting held, whose parties are read as a predicate's (states too), though another moment
        than the main clause's. Default: never."""
        return False
