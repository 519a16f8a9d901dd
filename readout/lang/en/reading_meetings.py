"""English meetings: the `English` language's readers of a meeting word (its triggers, mode, status, clause and the
role of each name towards it), one mixin of lang/en/language.py's class (split from it so that each part is a module
a newcomer can read; the methods are the `Language` interface's); the meeting's scene and parties (datelines, visits,
state parties) are read by the mixin beside it, reading_meeting_scenes."""
from __future__ import annotations

from readout.lang.base import Language, Trigger
from readout.lang.en import (arrival_visits, clause_patterns, clause_spans, clauses, meeting_roles, meeting_settings, mentions,
                             name_role_cues)
from readout.lang.en.meeting_relative_parties import in_other_relative
from readout.lang.en.taken_visits import visit_held
from readout.lang.en.dated_meeting_nouns import date_skipped
from readout.lang.en.meeting_manner_mediators import broken_between, manner_mediations, manner_side
from readout.lang.en.meeting_calling_off import calling_off_verb, told_by_side
from readout.lang.en.meeting_word_reads import (CALL_WORD_RE, INSTEAD_RE, PARTNER_GAP_RE, SPOKE_RE, asked_to_start,
                                               closed_relative, prepared_meetings, third_party, word_clause)


class EnglishMeetings(Language):
    """The meetings readers of `English`."""

    def asks_yes_no(self, text, tokens):
        """(kopar57) An auxiliary or a modal first and '?' last (lang/en/act_questions), tokenized only when the
        sentence ends in '?'."""
        if not text.rstrip().rstrip("\"'”’").endswith("?"):
            return False
        from readout.lang.en.act_matcher import matcher
        from readout.lang.en.act_questions import asked_question
        from readout.lang.en.act_tokens import tokenize
        from readout.lang.en.acts import walk_tokens
        return asked_question(walk_tokens(tokenize(text)), matcher().cues)

    def meeting_triggers(self, text, tokens):
        out = []
        received = [*self.lex.scan("meeting_receive_re", text),  # a host receiving a guest
                    *self.lex.scan("meeting_welcome_re", text)]
        phoned = list(self.lex.scan("meeting_phone_verb_re", text))  # 'Biden called President X on Monday'
        found = [*self.lex.scan("meeting_trigger_re", text), *received, *phoned]
        hosted = [*self.lex.re("meeting_third_party_re").finditer(text),  # 'will host talks between A and B'
                  *self.lex.re("meeting_mediation_re").finditer(text)]  # 'mediated between A and B'
        hosts = [m for m in hosted if not any(f.start() <= m.start("verb") < f.end() for f in found)]
        for m in sorted([*found, *hosts], key=lambda m: m.start()):
            if m in hosts:
                if self.preparing(text, m.start("verb"), m.end("verb")) or self.wished(text, m.start("verb")):
                    continue  # 'offered to host talks between A and B': an offer (AGREE), no meeting yet
                if broken_between(text, m.end()):
                    continue  # koacts60: 'a Q-brokered truce between A and B collapsed': no mediation that day
                out.append(Trigger(m.start("verb"), m.end("verb"), m.group("verb"), "third-party",
                                   self.meeting_status(text, m.start("verb"), m.end("verb")), kind="predicate"))
                continue
            if self.preparing(text, m.start(), m.end()):
                continue  # 'in talks to arrange a summit': the summit is the meeting
            if self.wished(text, m.start()):
                continue  # 'said he would be happy to meet X': a willingness, no meeting held or scheduled
            mode = "phone" if m in phoned else "third-party" if third_party(hosted, m.start(), m.end()) \
                else self.trigger_mode(text, m.start(), m.end())
            if mode != "phone" and self.remote_manner(text, tokens, m.start(), m.end()):
                mode = "phone"
            held = self.lex.re("meeting_held_between_after_re").match(text, m.end())  # 'Talks between A and B were held'
            verb = m in received or m in phoned or self.lex.re("meeting_verb_re").fullmatch(text, m.start(), m.end()) \
                or held
            status_at = (held.start("verb"), held.end("verb")) if held else (m.start(), m.end())  # its verb's status
            status = "cancelled" if held and held.group("neg") else self.meeting_status(text, *status_at)
            if self.side_meeting_denied(text, m.start(), m.end()):
                continue  # 'Wang did not meet Motegi separately': no side meeting, none was called off
            if self.recurring_meeting(text, tokens, m.start(), m.end()):
                continue  # recurring35: 'have held similar summits with X in recent years': a practice
            kind = "predicate" if verb else clauses.trigger_kind(text, m.start(), m.end())
            tail = date_skipped(text, m.end()) if kind == "setting" else m.end()  # planned47: 'the summit [next month]
            # will be held': the meeting's date before its predicate
            if kind == "setting" and (self.lex.re("meeting_held_after_re").match(text, tail)
                                      or visit_held(self.lex, text, m.end(), mode)):  # koacts59: 'visit to B took place'
                kind = "predicate"  # 'A regional summit was held in Lima': the meeting held, as '회의가 열렸다'
            elif kind == "setting" and self.lex.re("meeting_planned_after_re").match(text, tail):
                kind = "predicate"  # meetfollow66: 'Talks between A and B are planned for Friday': a meeting planned
                status = "planned" if status == "occurred" else status  # cancel68: past an aside ('..., set for May, ...')
            elif kind == "setting" and (off := self.lex.re("meeting_cancelled_after_re").match(text, tail)) \
                    and not self.rejected_by_side(text, off) and not told_by_side(text, m.start(), off):
                kind, status = "predicate", "cancelled"  # cancel68: 'The summit between A and B was called off'
            if kind == "setting":
                status = meeting_settings.scene_status(self.lex, text, m.start(), m.end(), status,  # meetset71
                                                       self.clause(text, tokens, m.start(), m.end())[0])
            out.append(Trigger(m.start(), m.end(), text[m.start():m.end()], mode, status, kind=kind))
        return self.denied_beside_held(text, out) or manner_mediations(self.lex, text, out)  # acts59: 'Under C's mediation'

    def rejected_by_side(self, text: str, off) -> bool:
        """(enrefuse68) The calling-off passive `off` names a side as its agent ('was called off by Uruguay'): that
        side's REJECT tells the meeting (as the active 'Uruguay called off the summit with Paraguay'), so the
        meeting word is no CONSULT cancelled besides it. Past an aside ('..., set for May, was called off by A') the
        act reader finds no verb's subject, so the meeting stays told as cancelled."""
        return "," not in off.group(0) and calling_off_verb(off.group(0)) \
            and bool(self.lex.re("meeting_cancelled_by_re").match(text, off.end()))

    def recurring_meeting(self, text, tokens, start, end) -> bool:
        """(recurring35) The meeting word's clause tells meetings recurring over years ('have all held similar summits
        with African leaders in recent years', 'have met regularly'): a practice, no one meeting of a day; as Korean
        '최근 몇 년간 ... 열었다' (ko habitual_before_re)."""
        left, right = self.clause(text, tokens, start, end)
        left = max([left, *(k + 1 for k in range(left, start) if text[k] in ",;")])  # its own words, not an aside's
        return bool(self.lex.re("meeting_recurring_re").search(text, left, right))

    def trigger_mode(self, text, start, end):
        """As any language's, but 'spoke' alone is no call in a sentence about a visit ('During his visit, he ...
        spoke about cooperation with X') or a conference ('spoke with X on the sidelines of the summit'): only a phone
        or call word makes a talk held there a call. A meeting word before the sidelines of a gathering of many
        (`multilateral_scene_re`) is held in a multilateral context (the manual's mode multilateral)."""
        mode = super().trigger_mode(text, start, end)
        if mode == "phone" and SPOKE_RE.fullmatch(text, start, end) and not CALL_WORD_RE.search(text) \
                and (self.lex.re("visit_re").search(text) or self.lex.re("conference_setting_re").search(text)):
            return None
        if mode is None and self.lex.re("multilateral_scene_re").search(text, end):
            return "multilateral"  # enconsult46: 'met B on the sidelines of an African Union summit'
        if mode is None and arrival_visits.arrival_host(self.lex, text, start) is not None:
            return "visit"  # enmeet47: 'departed for Tokyo for talks': talks a journey is for visit the host
        return mode

    def remote_manner(self, text: str, tokens, start: int, end: int) -> bool:
        """'held talks with X via video link on Tuesday', 'a virtual summit', 'met online': a remote manner
        anywhere in the meeting word's own clause makes it a remote meeting (mode phone: no place, as a
        call), not only one right beside the word (`trigger_mode`)."""
        left, right = self.clause(text, tokens, start, end)
        return bool(self.lex.re("remote_manner_re").search(text, left, right))

    def preparing(self, text: str, start: int, end: int) -> bool:
        """'South Korea and Japan are in talks to arrange a summit between A and B': a meeting word in the idiom
        of negotiating ('in talks', 'in discussions') that prepares another meeting named after it is no
        meeting of its own; the prepared one is read from its own word (planned). A meeting named as the goal
        of efforts ('efforts to hold talks with X') is none either."""
        if self.lex.re("meeting_goal_before_re").search(text, max(0, start - self.settings.planned_window_chars), start):
            return True  # 'efforts to hold talks with X': a goal, no meeting
        return bool(self.lex.re("meeting_preparing_before_re").search(text, max(0, start - 4), start)) \
            and bool(self.lex.re("meeting_preparing_after_re").match(text, end))

    def wished(self, text: str, start: int) -> bool:
        """'said he would be happy to meet X', 'is willing to sit down with X', 'expressed hope for talks with X': a
        meeting only wished for is a willingness (CAMEO 036, an intent), not a meeting held or one scheduled, so it
        is no CONSULT at all; the wisher's and the wished-for party's names make no pair of a meeting (lexicon
        `meeting_wished_before_re`; plans keep their own cues: 'is expected to meet', 'will meet')."""
        return bool(self.lex.re("meeting_wished_before_re").search(
            text, max(0, start - self.settings.wish_window_chars), start)) \
            or self.hoped_content(text, start)

    def hoped_content(self, text: str, start: int) -> bool:
        """'said she hoped Brazil would help create conditions for talks between Peru and Bolivia': a meeting word in
        the content of a hope is hoped for, not held nor scheduled (the hope itself is the speaker's REQUEST to the
        one hoped of, lang/en/act_hopes.py), so its parties hold no meeting (lexicon `meeting_hoped_before_re`,
        one clause up to the meeting word)."""
        return bool(self.lex.re("meeting_hoped_before_re").search(
            text, max(0, start - self.settings.subordinate_reach_chars), start)) \
            or bool(self.lex.re("meeting_speculated_before_re").search(  # acts60b: 'the possibility that A and B
                text, max(0, start - self.settings.subordinate_reach_chars), start))  # could meet': a guess

    def meeting_status(self, text: str, start: int, end: int) -> str:
        if any(meeting == start for _, meeting in prepared_meetings(self.lex.re("prepared_meeting_re"), text)):
            return "planned"  # 'talks to prepare a summit between A and B': the summit is still to come
        reach = self.settings.planned_window_chars
        taking = self.lex.re("taking_part_before_re").search(text, max(0, start - reach), start)
        if taking:  # request63: 'declined to participate in the conference': the window starts at the verb of taking part
            reach += taking.end() - taking.start()
        before = text[max(0, start - reach, closed_relative(text, start)):start]
        instead = list(INSTEAD_RE.finditer(before))  # 'called off the visit and instead held a video call': held
        after_instead = before[instead[-1].end():] if instead else before
        if self.lex.re("cancelled_near_re").search(text[start:end + 30]) \
                or self.lex.re("cancelled_before_re").search(after_instead) \
                or self.lex.re("cancelled_before_neg_re").search(after_instead) \
                or self.passive_after(text, start, end, "cancelled_after_re"):
            return "cancelled"
        if self.passive_after(text, start, end, "planned_after_re"):
            return "planned"
        if (self.lex.re("planned_before_re").search(before) and not self.lex.re("planned_purpose_past_re").search(
                text, max(0, start - self.settings.subordinate_reach_chars), start) and not self.past_joined(text, start, end)) \
                or self.lex.re("planned_when_re").search(before) and self.lex.re("present_meeting_verb_re").fullmatch(text, start, end):
            return "planned"
        return "occurred"

    def past_joined(self, text: str, start: int, end: int) -> bool:
        """'flew to Lusaka to try to mediate and met X': a past meeting verb right after 'and' is no infinitive's (an
        infinitive or modal takes the base form, 'to mediate and meet'); it is joined to the sentence's own past verb."""
        return bool(self.lex.re("past_meeting_verb_re").fullmatch(text, start, end)) \
            and bool(self.lex.re("planned_cue_joined_re").search(text, max(0, start - self.settings.planned_window_chars), start))

    def passive_after(self, text: str, start: int, end: int, key: str) -> bool:
        """'A planned meeting between A and B was canceled', 'A summit between A and B is being arranged':
        a meeting noun that is the subject of a cancelling or planning passive in its own clause (a verb's
        clause is another's: 'met Xi after a visit was canceled' stays held)."""
        if clauses.trigger_kind(text, start, end) == "predicate":
            return False
        _, right = clause_spans.clause_bounds(text, start, end)
        return bool(self.lex.re(key).match(text, end, right))

    def clause(self, text, tokens, start, end):
        """The clause of the word at [start, end) (`word_clause`): asked about one word by each step that reads its
        clause (the act's sides, recipients, dates, the meeting's build: 5,138 questions about 1,309 words on
        the shared and open articles), so answered once per sentence and word; the English reading needs no
        morphemes, only the text."""
        return word_clause(self, text, start, end)

    def clause_of_word(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The clause of the word at [start, end); a meeting verb phrase coordinated after another ('arrived
        on Wednesday and is expected to meet X on Thursday') starts at its 'and': the first phrase's date and
        place are its own (the meeting still takes them where it has none: pipeline/meeting_build.py pick_date)."""
        left, right = clause_spans.clause_bounds(text, start, end)
        if not self.lex.re("meeting_trigger_re").fullmatch(text, start, end):
            return left, right  # an act's word (asked once: every rule below is a meeting word's)
        if name_role_cues.in_fronted_clause(text, end, len(text)):
            return 0, text.find(",", end)  # 'A week after meeting X in Nairobi, Y flew': the fronted clause's date
        if left < start:
            m = self.lex.re("meeting_vp_and_re").search(text, left, start)
            if m:
                left = m.start()
        right = self.next_meeting_vp(text, end, right)
        for phrase, meeting in prepared_meetings(self.lex.re("prepared_meeting_re"), text):  # 'held talks to prepare
            if meeting == start and left <= phrase:  # a summit': two clauses, each its own time
                left = phrase
            elif end <= phrase < right:
                right = phrase
        return left, right

    def next_meeting_vp(self, text: str, end: int, right: int) -> int:
        """'is scheduled to meet X on Thursday and visit Busan on Friday': the first meeting phrase ends where
        a later one coordinated with it starts (the 'and' the later one's clause starts at, above), so neither
        takes the other's date, place or party."""
        for later in self.lex.re("meeting_trigger_re").finditer(text, end, right):
            joined = self.lex.re("meeting_vp_and_re").search(text, end, later.start())
            if joined and joined.group(0).lstrip().lower().startswith("and"):
                return joined.start()
        return right

    def joined_after_infinitive(self, text: str, asked: int, trigger) -> bool:
        """(request62) Whether `trigger` is a past-tense verb joined by 'and' after the infinitive of 'asked B to ...'
        ('asked reporters to be patient and urged C to ...'): the asker's own second verb, not the one asked for."""
        first = trigger.text.split()[0] if trigger.text.split() else ""
        return bool(self.lex.re("asked_to_joined_re").search(text, asked, trigger.start)) \
            and bool(self.lex.re("asked_to_finite_re").fullmatch(first))

    def role(self, text, tokens, start, end, trigger):
        if manner := manner_side(self.lex, text, start, trigger):
            return manner  # acts59: 'Under C's mediation, A and B exchanged ...': A and B meet the go-between C
        closed = closed_relative(text, trigger.start)  # meet52b: a clause closed before the trigger ('The X envoy
        # who urged Y to talk met Z') is no cue of the main verb's: read the cues after it
        window = max(0, trigger.start - self.settings.planned_window_chars, closed)
        if self.lex.re("meeting_absent_before_re").search(text, window, trigger.start):
            return "other"  # 'A and B have not met since 2019': no meeting, held or called off, has parties
        asked = asked_to_start(self.lex.re("asked_to_before_re"), text, trigger.start, closed)
        if asked is not None and start < asked and not self.joined_after_infinitive(text, asked, trigger):
            return "other"  # 'A asked B to attend the summit': neither is a party of the summit (yet)
        if start < trigger.start and text[:8].lstrip().startswith("It ") \
                and self.lex.re("carried_it_before_re").fullmatch(text, 0, trigger.start):
            return "other"  # 'It accused X of ... and cautioned that': 'It' is the second verb's subject too (en32)
        judged = self.lex.names_whole("meeting_trigger_re", trigger.text) and self.lex.re(
            "judged_meeting_before_re").search(text, window, trigger.start)
        if judged and start < judged.start():
            return "other"  # koacts38: 'A condemned the visit of B to C': A judges the visit, takes no part in it
        role = clauses.name_role(text, start, end, trigger)
        if trigger.kind == "setting" and start >= trigger.end and meeting_settings.visit_to(self.lex, text, trigger.start, trigger.end) \
                and self.lex.re("partner_visit_after_re").match(text, trigger.end).end() == start \
                and meeting_settings.held_as_setting(self.lex, text, trigger.start, trigger.end):
            return "with"  # enconsult46: 'During his visit to Peru, A discussed trade': the host is the scene's partner
        host = self.arrival_host(text, trigger) if role == "other" and trigger.kind == "setting" else None
        if host and host[0] <= start and end <= host[1]:
            return "object"  # enconsult46: 'arrived in Laos for an official visit': Laos is visited
        if role == "other" and start >= trigger.end and trigger.kind != "background" \
                and self.lex.re("meeting_called_trigger_re").search(text, trigger.start, trigger.end) \
                and self.lex.re("meeting_called_gap_re").fullmatch(text, trigger.end, start):
            return "object"  # 'paid a courtesy call on President X', 'called on X', 'a visit to Minister Y'
        if role == "other" and start >= trigger.end and trigger.kind == "predicate" and SPOKE_RE.fullmatch(trigger.text) \
                and self.lex.re("meeting_spoke_to_gap_re").fullmatch(text, trigger.end, start) \
                and any(r.start == start for r in mentions.find_mentions(text, None)):
            return "with"  # consult18: 'A, who spoke to Chilean President B by phone': the one spoken to
            # (a person: 'spoke to the Peruvian Congress' addresses a body, no meeting)
        if role == "other" and start >= trigger.end and trigger.kind == "predicate" \
                and self.lex.re("meeting_led_by_gap_re").fullmatch(text, trigger.end, start):
            return "object"  # 'received a delegation led by Premier X': its leader is the one received
        if role in ("with", "object") and in_other_relative(text, start, trigger, self.lex):
            return "other"  # enrelc48: 'met Y's minister Z, who was pressing for talks with W': W is the clause's
        if trigger.mode != "third-party" and not self.lex.names_whole("meeting_trigger_re", trigger.text):
            # an act's word: the rules below read meetings only ('hosts talks between A and B' is a meeting word)
            between = role == "with" and clause_patterns.patterns()["between_before"].search(text[max(0, start - 60):start])
            return "between" if between else role  # 'offered to mediate between A and B': A and B are no partners
        if self.prepared_apart(text, start, trigger):
            return "other"
        if role == "with" and start > trigger.end and self.later_meeting_partner(text, start, trigger):
            return "other"  # meet51b: 'A visited B and urged talks with C': C is the later talks' partner
        if role == "other" and self.met_domestic_side(text, start, end, trigger):
            return "with"  # meet53: 'met with a group of student protesters': the group is the side met
        return meeting_roles.role(self.lex, text, start, end, trigger, role)

    def met_domestic_side(self, text: str, start: int, end: int, trigger: Trigger) -> bool:
        """(meet53) 'The Thai prime minister met with a group of student protesters', 'met representatives of the
        rebels': a state's non-government side the lexicon reads as met (`domestic_party_re`, its group-of words and
        people words allowed before the noun) right at the meeting verb is the verb's partner; the clause reader
        takes the noun after 'a group of' for another phrase's, but the group is those people."""
        if trigger.kind != "predicate" or start < trigger.end:
            return False
        return any(start <= m.start("noun") < end and trigger.start <= m.start() and not text[trigger.end:m.start()].strip()
                   for m in self.lex.re("domestic_party_re").finditer(text, trigger.start, end))

    def later_meeting_partner(self, text: str, start: int, trigger: Trigger) -> bool:
        """(meet51b) 'The X envoys who visited B urged talks with C', 'A visited B and called for talks with C': a
        'with' partner right after a later meeting word is that word's partner (its talks may be asked for, not
        held), not a third party of the earlier meeting word's own meeting."""
        later = [m for m in self.lex.re("meeting_trigger_re").finditer(text, trigger.end, start)]
        return bool(later) and PARTNER_GAP_RE.fullmatch(text, later[-1].end(), start) is not None

    def prepared_apart(self, text: str, start: int, trigger: Trigger) -> bool:
        """'A and B held talks on Monday to prepare a summit between C and D': a meeting held to prepare
        another is two meetings; a name after the preparing phrase is the prepared meeting's, and one
        before it the preparing meeting's, never the other's."""
        for phrase, meeting in prepared_meetings(self.lex.re("prepared_meeting_re"), text):
            if meeting == trigger.start:  # the prepared meeting: its parties stand in the phrase or after
                return start < phrase
            if trigger.end <= phrase <= start:  # the preparing meeting: not past the phrase
                return True
        return False

    def coordinated(self, text, first_end, second_start):
        gap = text[first_end:second_start]
        if not self.lex.re("coordination_re").fullmatch(gap):
            return False  # below: the comma closing a fronted clause joins nothing ('After meeting Chile, Norway')
        if "," in gap and "and" in gap.lower() and self.lex.re("new_clause_subject_re").match(text, second_start):
            return False  # 'talks with X, and the two sides signed': the subject of a new clause
        if self.clause_opened_at(text, first_end, second_start):
            return False  # 'a deal with Chile and | Bolivia imposed tariffs': Bolivia is the new clause's subject
        return not ("," in gap and "and" not in gap.lower() and name_role_cues.in_fronted_clause(text, first_end, second_start))

    def clause_opened_at(self, text: str, first_end: int, second_start: int) -> bool:
        """(coord55b, issue 13) Whether the second name opens a clause of its own after a first name its own clause
        governs: the clause bounds start a new clause at the second name (a coordinator before a new subject and a
        finite verb: 'and Bolivia imposed'), and a preposition or past verb of the first clause takes the first name
        ('signed a deal with Chile', 'attacked Chile': `governed_name_end_re`). Joined subjects ('Secretary X and
        Minister Y discussed') open their clause with the first name, which nothing governs, so they stay one side,
        though the clause bounds split them."""
        if not self.lex.re("new_clause_subject_re").match(text, second_start):
            return False
        if clause_spans.clause_bounds(text, second_start, second_start + 1)[0] < first_end:
            return False
        left = clause_spans.clause_bounds(text, max(first_end - 1, 0), first_end)[0]
        return self.lex.re("governed_name_end_re").search(text[left:first_end]) is not None
