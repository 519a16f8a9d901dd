"""English behind the `Language` interface: the rule-based splitter, word-pattern clauses
(lang/en/clauses.py), and the English lexicon for everything worded."""
from __future__ import annotations

import dataclasses
import functools
import re

from readout.lang.en.act_reduced import home_forces, own_forces_agent, reduced_passive
from readout.lang.en.act_reporters import (backed_group_subject, carried_continuation, home_service_subject, lodged_protest,
                                          quoted_charge_acts, reported_force_agent, sourced_deed)
from readout.lang.en.act_organs import organ_subject
from readout.lang.en.act_shared_objects import judged_sentence_deed, shared_addressee
from readout.lang.en.agents import party_after, sector_of as agent_sector
from readout.kb.geo import metonym_index
from readout.kb.heads import head_offices
from readout.kb.loader import lexicon
from readout.kb.offices import office_for
from readout.lang.base import ActHit, DateClause, Language, Reference, Trigger, Units, with_generic_pledge
from readout.lang.region_bodies import region_bodies
from readout.lang.en import clauses, countries, dates, matter, meeting_roles, mentions, places, sentences
from readout.lang.en.places import adjective_only
from readout.lang.en.listed_subjects import listed_subjects
from readout.lang.common import inside
from readout.model import CountryMention

POSSIBLE_ONLY_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT"})  # fp23: acts
# named as one of the options open ('options for military aid'): no act; a hostile one may be a threat


YEAR_RE = re.compile(r"\d{4}")
WORD_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")
INSTEAD_RE = re.compile(r"(?i)\binstead\b")
SPOKE_RE = re.compile(r"(?i)spoke|speak|speaks")
CALL_WORD_RE = re.compile(r"(?i)\b(?:phone|telephone|call|calls|called|video)\b")
FRONTED_RE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[\w'’-]+){0,6},\s+")  # 'Before the talks, ': a short phrase set off
CAPITALIZED_RE = re.compile(r"[A-Z](?<!\w.)[A-Za-z'’-]*\b")  # '\b[A-Z]...', the capital first: re skips to it
PAIR = 2  # two states: the office groups of `pair_only_group_offices` name holders only for a pair
BRACKET_RE = re.compile(r"\(([^()]{2,30})\)")  # the first bracket of a dateline


OWN_MEETING_REACH = 40  # characters before a meeting word searched for 'after their bilateral '

def peninsula_countries(text: str, offset: int, tokens=None) -> list[CountryMention]:
    """The sentence's country mentions (lang/en/countries.py), with the peninsula's own names of its states:
    'the South' is South Korea where the North is named beside it ('refused the South's aid'), and
    'inter-Korean' names both Koreas, not South Korea through its 'Korean' ('suspended the inter-Korean
    military pact': a pact with the other Korea)."""
    found = countries.find_countries(text, offset, tokens)
    lex = lexicon("en")
    bodies = region_bodies(lex, text, offset, found)  # 'the West African bloc': a body by description (world39)
    if bodies:
        found = sorted(found + bodies, key=lambda c: c.start)
    if "outh" not in text and "nter-" not in text:
        return found  # most sentences name neither
    for m in lex.re("inter_korean_re").finditer(text):
        start, end = offset + m.start(), offset + m.end()
        found = [c for c in found if not (start <= c.start < end)]
        found.append(CountryMention(start, end, ["KOR", "PRK"], subject=False))
    if any("PRK" in c.codes for c in found):
        for m in lex.re("the_south_re").finditer(text):
            start, end = offset + m.start(), offset + m.end()
            if not any(c.start < end and start < c.end for c in found):
                genitive = text[m.end():m.end() + 2] in ("'s", "’s")
                found.append(CountryMention(start, end, ["KOR"], genitive=genitive, subject=not genitive))
    return sorted(found, key=lambda c: c.start)


# ', a longtime critic of X, used': an appositive that describes the name before it, then the name's verb
APPOSITIVE_THEN_VERB_RE = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s+[^,.;\"“”]{1,80},\s+[a-z]")


CONTINUED_VOICES = ("continued_spokesperson_re", "continued_person_re", "continued_body_re",
                    "continued_unnamed_voice_re", "continued_body_perfect_re",
                    "continued_body_said_re")  # a voice going on


class English(Language):
    code = "en"
    warm_up = "The foreign minister met his U.S. counterpart in Seoul and condemned the missile launch."
    units = Units(sentences.split, dates.find_dates, places.find_places, peninsula_countries)

    # --- names ------------------------------------------------------------------------------------
    def find_people(self, text, tokens):
        found = mentions.find_mentions(text, tokens)
        for m in found[:1]:  # a name opening the sentence, before any lower-case word or after a short fronted
            # phrase ('Speaking to reporters, Lavrov accused ...'), is its subject, as short_name_role reads it
            if m.role == "other" and (not LOWER_WORD_RE.search(text[:m.start]) or (
                    FRONTED_RE.fullmatch(text, 0, m.start) and LOWER_WORD_RE.match(text, m.end + 1))):
                m.role = "subject"
        for m in found:
            if m.role == "other" and clauses.quote_speaker(text, m.start, m.name_end):
                m.role = "subject"  # '"...," Foreign Minister X told reporters': the frame's speaker (en30)
        listed_subjects(text, found)  # 'The foreign ministers of the three countries, A, B and C, said' (consult10)
        return found

    def body_references(self, text: str) -> list[tuple[int, int, frozenset[str], bool, bool]]:
        """The bodies of `Language.body_references`, and 'the South' where the sentence names no North itself:
        in a story that named South Korea in the sentences just before, it is South Korea whoever speaks ('Kim
        Yo-jong warned that the South would pay'); `peninsula_countries` reads it when a North is named beside it,
        and a sentence where a country mention already covers it keeps that mention (pipeline/common.py)."""
        out = super().body_references(text)
        if "outh" not in text:
            return out  # most sentences never name it
        codes = frozenset(self.lex["the_south_back_codes"])
        for m in self.lex.re("the_south_re").finditer(text):
            genitive = text[m.end():m.end() + 2] in ("'s", "’s")
            opens = not LOWER_WORD_RE.search(text, 0, m.start()) and not CAPITALIZED_RE.search(text, 0, m.start())
            out.append((m.start(), m.end(), codes, genitive, opens))
        return out

    def opening_voice(self, text: str) -> tuple[int, int] | None:
        """The base's statement verb, or a statement given as a noun ('X's ministry gave a different version, saying',
        'issued a statement'): either way the subject speaks, and the next sentence's 'It' is that body (en32)."""
        found = super().opening_voice(text)
        if found is None:
            given = self.lex.re("opening_statement_re").match(text)
            found = given.span("who") if given else None
        return found

    def names_a_venue(self, text: str, start: int, end: int) -> bool:
        """The base's venues, less a body whose meeting is asked for ('requested the council meeting', 'sought an
        emergency U.N. Security Council meeting'): the body is asked to convene, the request's addressee (en32)."""
        if self.lex.re("requested_session_after_re").match(text, end) \
                and self.lex.re("requested_session_before_re").search(text, max(0, start - 60), start):
            return False
        return super().names_a_venue(text, start, end)

    def find_references(self, text, tokens, taken, people=None, countries=None, offset=0):
        out = [Reference(m.start(), m.end(), "group", "subject")  # 'The Secretary and Foreign Minister'
               for m in self.lex.scan("group_refs_re", text)  # outgrows the title mention it opens with
               if not any(a <= m.start() < b and m.end() <= b for a, b in taken)]
        for m in self.lex.re("pronoun_re").finditer(text):
            if m.group(0).lower() == "his":  # 'his visit': owned by the clause's subject (pipeline/mentions.py)
                out.append(Reference(m.start(), m.end(), "possessive_pronoun", "genitive"))
            else:
                out.append(Reference(m.start(), m.end(), "pronoun", "subject" if m.group(0) in ("He", "She") else "other"))
        for m in self.lex.re("owned_government_re").finditer(text):  # 'her government': hers, as 'his' is
            out.append(Reference(m.start(), m.end(), "possessive_pronoun", "genitive"))
        for m in self.lex.re("object_pronoun_re").finditer(text):  # 'met him', 'talks with her'
            out.append(Reference(m.start(), m.end(), "object_pronoun", "object"))
        found = Read(text, tokens, people, countries, offset)
        return out + self.office_groups(text, found, taken) + self.counterparts(text, found, taken) \
            + self.office_back(text, taken)

    def continuation(self, text: str, start: int, bare: list[Reference], head: str) -> str | None:
        """How an act at `start` goes on with the acting side of the sentence before (pipeline/acts.continued_side):
        "dropped" when 'It' alone is its subject ('It also urged Tokyo to ...'); "office" when a bare office opens
        the sentence with only adverbs before the act ('The spokesman also urged ...': the voice just heard), or a bare
        definite body does ('The ministry also urged ...', 'The embassy said ... and urged ...'). The words before the
        act are read as written, then as their subject's (`head`, from `subject_head`: 'In a statement, the ministry')."""
        for k, before in enumerate(dict.fromkeys((text[:start], head))):
            if self.lex.re("continued_subject_re").match(before):
                return "dropped"
            if k == 0 and bare and bare[0].end <= start \
                    and self.lex.re("continued_office_gap_re").fullmatch(text, bare[0].end, start):
                return "office"
            if any(self.lex.re(key).match(before) for key in CONTINUED_VOICES):
                return "office"  # 'Spokeswoman X warned', 'He also called on', 'The ministry also urged': the voice
                # just heard, as a bare office
        return None

    def subject_head(self, text: str, start: int) -> str:
        """The words before an act at `start` as its subject's: without a phrase fronted before the subject ('In a
        statement, the ministry ...', 'Responding to X, the embassy ...') nor a relative clause set off between the
        subject and its verb ('The government, which took power in 2021, accused ...'), so the rules for a bare
        subject (continuation, home_body_subject_re) read the subject itself."""
        head = text[:start]
        fronted = self.lex.re("fronted_phrase_re").match(head)
        if fronted:
            head = head[fronted.end():]
        return self.lex.re("subject_insert_re").sub(" ", head)

    def group_voices(self, text: str, hit: ActHit, head: str) -> ActHit:
        """'Baltic states accused X of ..., A, B and C said in a joint statement': a group that names no state is the
        states the closing attribution names; they are the act's agents (`agent_span`, as after 'by'). `head`: the
        words before the act as its subject's (`subject_head`)."""
        if "agent_span" in hit.data or not self.lex.re("group_subject_re").match(head):
            return hit
        said = self.lex.re("closing_attribution_re").search(text, hit.end)
        return dataclasses.replace(hit, data={**hit.data, "agent_span": said.span("names")}) if said else hit

    def answering_body(self, text: str, head: str) -> bool:
        """'Responding to X's statement, the ministry urged ...': a bare body answering a statement is not the
        side that made it; the state the story is filed from speaks (home_subject), else the voice just heard.
        `head`: the words before the act as its subject's (`subject_head`)."""
        return bool(self.lex.re("fronted_response_re").match(text)) and bool(self.lex.re("continued_body_re").match(head))

    def office_back(self, text, taken) -> list[Reference]:
        """'The minister also urged ...': a definite office noun opening the sentence, no name after it, stands
        for the last holder of that office the document named (the longest title the office table knows)."""
        m = self.lex.re("office_back_re").match(text)
        if m is None or inside(taken, m.start("title")):
            return []
        words = m.group("title").split()
        table = mentions.office_by_title()
        for n in range(len(words), 0, -1):
            office = table.get(" ".join(words[:n]))
            if office:
                end = m.start("title") + len(" ".join(words[:n]))
                return [Reference(m.start("the"), end, "office_back", "subject", office)]
        return []

    def counterparts(self, text, found: "Read", taken) -> list[Reference]:
        """'Defense Minister Ahn spoke with his Japanese counterpart': an unnamed counterpart is the
        holder, in the state the adjective names, of the office of the titled name before it (a
        president's Japanese counterpart is Japan's prime minister)."""
        out = []
        for m in self.lex.re("counterpart_ref_re").finditer(text):
            group = "before" if m.group("before") else "after"
            if not m.group(group) or inside(taken, m.start(group)):
                continue
            codes = [code for c in found.countries()
                     if m.start(group) <= c.start and c.end <= m.end(group) for code in c.codes]
            titled = [r for r in found.people() if r.office and r.end <= m.start()] if codes else []
            if titled and titled[-1].office != "counterpart":
                office = titled[-1].office
                for code in dict.fromkeys(codes):  # each state's holder of that office: one reference each
                    out.append(Reference(m.start(), m.end(), "office_group", "other",
                                         "leader" if office in head_offices() else office_for(office, code), (code,)))
        return out

    def office_groups(self, text, found: "Read", taken) -> list[Reference]:
        """'the foreign ministers of Japan, the U.S. and South Korea', 'the Japanese and Chinese leaders':
        an office word in the plural with a list of two or more countries after 'of' or before it."""
        out = []
        matches = [m for m in self.lex.re("group_offices_re").finditer(text) if not inside(taken, m.start())]
        listed_countries = found.countries() if matches else []  # most sentences have none
        for m in matches:
            after = [c for c in listed_countries if c.end > m.end()]  # 'the leaders of China' may be one mention
            of = after and (after[0].start < m.end() or self.lex.re("group_offices_of_re").match(
                text[m.end():after[0].start]))
            listed = country_list(text, after, self.lex.re("country_list_gap_re")) if of else []
            if not listed:
                listed = self.list_right_before(text, listed_countries, m.start())
                if listed and not self.held_compound(text, listed):
                    listed = []
            codes = tuple(dict.fromkeys(code for c in listed for code in c.codes))
            if len(codes) >= 2:
                start, end = min(m.start(), listed[0].start), max(m.end(), listed[-1].end)
                role = "subject" if self.lex.re("sentence_opening_re").match(text[:start]) else "other"
                offices = self.lex["group_offices"][m.group(1).lower()]
                for office in [offices] if isinstance(offices, str) else offices:  # 'the foreign and defense ministers'
                    out += group_references(self.lex, start, end, role, office, codes)
        return out + self.meeting_office_groups(text, found, taken)

    def list_right_before(self, text: str, countries: list, pos: int) -> list:
        """The list of countries that ends right before `pos` ('the Japanese and Chinese', 'the U.S.-Japan'), in
        text order; empty when words stand between."""
        before = [c for c in reversed(countries) if c.end <= pos]
        if not before or text[before[0].end:pos].strip():
            return []
        return list(reversed(country_list(text, before, self.lex.re("country_list_gap_re"), True)))

    def held_compound(self, text: str, listed: list) -> bool:
        """A list of countries joined by 'and' or commas ('the Japanese and Chinese leaders'), or a compound
        ('the U.S.-Japan defense ministers') that opens the sentence or follows a verb of holding: a compound
        after 'ahead of' or 'the agenda of' names a meeting talked about, not its parties."""
        joined = any(self.lex.re("compound_gap_re").fullmatch(text, a.end, b.start) for a, b in zip(listed, listed[1:]))
        return not joined or bool(self.lex.re("compound_meeting_held_before_re").search(text, 0, listed[0].start))

    def meeting_office_groups(self, text, found: "Read", taken) -> list[Reference]:
        """'the South Korea-Japan summit', 'a U.S.-Japan-South Korea summit': a meeting noun right after a list
        of two or more countries names the leaders of those states as its parties (the office the meeting
        noun implies: `group_meeting_offices`), as 'the Japanese and Chinese leaders' does. Country names and
        adjectives only: capitals name states, not their heads ('the Seoul-Tokyo summit')."""
        out = []
        matches = [m for m in self.lex.re("group_meeting_offices_re").finditer(text) if not inside(taken, m.start())]
        metonyms = metonym_index() if matches else {}
        listed_countries = [c for c in found.countries() if text[c.start:c.end] not in metonyms] if matches else []
        for m in matches:
            listed = self.list_right_before(text, listed_countries, m.start())
            codes = tuple(dict.fromkeys(code for c in listed for code in c.codes))
            if len(codes) >= 2 and self.lex.re("compound_meeting_held_before_re").search(text, 0, listed[0].start):
                office = self.lex["group_meeting_offices"][m.group(1).lower()]
                out += group_references(self.lex, listed[0].start, listed[-1].end, "other", office, codes)
        return out

    def short_name_candidates(self, text):
        """Capitalized words, a genitive's "'s" left out ('Arce's claims': the short name 'Arce', whose role
        `short_name_role` then reads as the genitive); not an English word of two letters ('He said', 'An envoy':
        a Chinese or Korean family name may be spelled so, `kb.names.family_first_surnames`)."""
        words = self.lex["short_name_words"]
        return [(m.start(), m.end() - 2 if m.group(0).endswith(("'s", "’s")) and len(m.group(0)) > 3 else m.end())
                for m in CAPITALIZED_RE.finditer(text) if m.group(0) not in words]

    def short_name_role(self, text, start, end):
        """A short name's role: the genitive, a 'with' party, or the subject where it opens the sentence or
        follows a fronted phrase ('Before the talks, Oyun-Erdene laid a wreath'): the narrative's topic, as a
        full name there would be (the pronoun of the next sentence refers to it); so is the speaker of a reporting
        frame right after a quote ('"...," Ulloa told reporters': `clauses.quote_speaker`), whose sentence he
        opens in all but the quote, and whom a later 'the two ministers' counts among the story's subjects."""
        if text[end:end + 2] in ("'s", "’s"):
            return "genitive"
        if re.search(r"\bwith\s+$", text[max(0, start - 8):start]):
            return "with"
        if not LOWER_WORD_RE.search(text, 0, start) or FRONTED_RE.fullmatch(text, 0, start):
            return "subject" if LOWER_WORD_RE.match(text, end + 1) or APPOSITIVE_THEN_VERB_RE.match(text, end) \
                else "other"  # 'Ruto, a longtime advocate of X, praised ...': the appositive's name
        return "subject" if clauses.quote_speaker(text, start, end) else "other"  # '"...," X said' (en30)

    def full_date(self, text):
        for d in dates.find_dates(text, 0, None, self.settings.unyeared_future_days):
            if d.value and d.precision == "day" and YEAR_RE.search(text[d.span.start:d.span.end]):
                return d.value
        return None

    # --- meetings ----------------------------------------------------------------------------------
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
                if self.preparing(text, m.start("verb"), m.end("verb")):
                    continue  # 'offered to host talks between A and B': an offer (AGREE), no meeting yet
                out.append(Trigger(m.start("verb"), m.end("verb"), m.group("verb"), "third-party",
                                   self.meeting_status(text, m.start("verb"), m.end("verb")), kind="predicate"))
                continue
            if self.preparing(text, m.start(), m.end()):
                continue  # 'in talks to arrange a summit': the summit is the meeting
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
            out.append(Trigger(m.start(), m.end(), text[m.start():m.end()], mode, status,
                               kind="predicate" if verb else clauses.trigger_kind(text, m.start(), m.end())))
        return out

    def trigger_mode(self, text, start, end):
        """As any language's, but 'spoke' alone is no call in a sentence about a visit ('During his visit, he ...
        spoke about cooperation with X') or a conference ('spoke with X on the sidelines of the summit'): only a phone
        or call word makes a talk held there a call."""
        mode = super().trigger_mode(text, start, end)
        if mode == "phone" and SPOKE_RE.fullmatch(text, start, end) and not CALL_WORD_RE.search(text) \
                and (self.lex.re("visit_re").search(text) or self.lex.re("conference_setting_re").search(text)):
            return None
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

    def meeting_status(self, text: str, start: int, end: int) -> str:
        if any(meeting == start for _, meeting in prepared_meetings(self.lex.re("prepared_meeting_re"), text)):
            return "planned"  # 'talks to prepare a summit between A and B': the summit is still to come
        before = text[max(0, start - self.settings.planned_window_chars):start]
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
        _, right = clauses.clause_bounds(text, start, end)
        return bool(self.lex.re(key).match(text, end, right))

    def clause(self, text, tokens, start, end):
        """The clause of the word at [start, end); a meeting verb phrase coordinated after another ('arrived
        on Wednesday and is expected to meet X on Thursday') starts at its 'and': the first phrase's date and
        place are its own (the meeting still takes them where it has none: pipeline/meeting_build.py pick_date)."""
        left, right = clauses.clause_bounds(text, start, end)
        if not self.lex.re("meeting_trigger_re").fullmatch(text, start, end):
            return left, right  # an act's word (asked once: every rule below is a meeting word's)
        if clauses.in_fronted_clause(text, end, len(text)):
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

    def role(self, text, tokens, start, end, trigger):
        if self.lex.re("meeting_absent_before_re").search(
                text, max(0, trigger.start - self.settings.planned_window_chars), trigger.start):
            return "other"  # 'A and B have not met since 2019': no meeting, held or called off, has parties
        asked = asked_to_start(self.lex.re("asked_to_before_re"), text, trigger.start)
        if asked is not None and start < asked:
            return "other"  # 'A asked B to attend the summit': neither is a party of the summit (yet)
        if start < trigger.start and text[:8].lstrip().startswith("It ") \
                and self.lex.re("carried_it_before_re").fullmatch(text, 0, trigger.start):
            return "other"  # 'It accused X of ... and cautioned that': 'It' is the second verb's subject too (en32)
        role = clauses.name_role(text, start, end, trigger)
        if role == "other" and start >= trigger.end and trigger.kind != "background" \
                and self.lex.re("meeting_called_trigger_re").search(text, trigger.start, trigger.end) \
                and self.lex.re("meeting_called_gap_re").fullmatch(text, trigger.end, start):
            return "object"  # 'paid a courtesy call on President X', 'called on X', 'a visit to Minister Y'
        if role == "other" and start >= trigger.end and trigger.kind == "predicate" \
                and self.lex.re("meeting_led_by_gap_re").fullmatch(text, trigger.end, start):
            return "object"  # 'received a delegation led by Premier X': its leader is the one received
        if trigger.mode != "third-party" and not self.lex.re("meeting_trigger_re").fullmatch(trigger.text):
            # an act's word: the rules below read meetings only ('hosts talks between A and B' is a meeting word)
            between = role == "with" and clauses.patterns()["between_before"].search(text[max(0, start - 60):start])
            return "between" if between else role  # 'offered to mediate between A and B': A and B are no partners
        if self.prepared_apart(text, start, trigger):
            return "other"
        return meeting_roles.role(self.lex, text, start, end, trigger, role)

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
        return not ("," in gap and "and" not in gap.lower() and clauses.in_fronted_clause(text, first_end, second_start))

    def meeting_is_multilateral(self, text):
        """'trilateral', 'the three ministers', or a country compound of three or more states
        ('Japan-U.S.-ROK Foreign Ministers' Meeting', 'the ROK-U.S.-Japan talks')."""
        if self.lex.re("multilateral_re").search(text):
            return True
        return any(len(codes) >= self.settings.compound_multilateral_states for codes in self.country_compounds(text))

    def country_compounds(self, text: str) -> list[set[str]]:
        """The states of each compound of country names joined by hyphens or slashes ('Japan-U.S.-ROK',
        'Republic of Korea (ROK)' counting once)."""
        gap = self.lex.re("country_compound_gap_re")
        out: list[set[str]] = []
        last_end = None
        for c in countries.find_countries(text, 0, ()):
            if last_end is not None and gap.fullmatch(text, last_end, c.start):
                out[-1].update(c.codes)
            else:
                out.append(set(c.codes))
            last_end = c.end
        return out

    def meeting_splits_pairs(self, text):
        return bool(self.lex.re("split_pairs_re").search(text))

    def subordinate(self, text, tokens, start, end):
        """A word in a clause other than the main one; but not a 'when' clause of a journey or meeting ('will hold
        talks with X when he visits Beijing next week'): that happens with the main clause's meeting, in its time
        and place."""
        left, right = clauses.clause_bounds(text, start, end)
        opener = self.lex.re("subordinate_end_re").search(text[max(0, left - self.settings.status_window_chars):left])
        if opener and self.lex.re("simultaneous_meeting_re").match(opener.group(0)) \
                and (self.lex.re("visit_re").search(text, left, right) or self.lex.re("meeting_trigger_re").search(text, left, right)):
            return False
        return bool(opener or self.lex.re("relative_open_re").match(text, left))

    def recalled_meeting_office(self, text, start, end):
        """'summit', 'summit talks': a meeting word that names its parties by office, the leaders (lexicon
        `group_meeting_offices`), so that a summit two ministers recall ('the ministers followed up on the
        summit of their leaders last month') is checked against their offices (pipeline/events
        holders_of_its_office) as '정상회담' is in Korean. Only the trigger's own words: 'talks' is anyone's.
        (Not `meeting_office`: an English summit of states stays one of states, its leaders unnamed.)"""
        m = self.lex.re("group_meeting_offices_re").search(text[start:end])
        return self.lex["group_meeting_offices"].get(m.group(1).lower()) if m else None

    def meeting_refers_back(self, text, trigger):
        """'Their meeting', 'The talks', 'In the meeting, held in Lima,': a definite or possessive
        meeting noun without parties of its own after it ('of', 'between', 'with' name new ones)."""
        if trigger.kind == "predicate" or self.fronted_own_talks(text, trigger):
            return False
        return bool(self.lex.re("meeting_back_before_re").search(text, 0, trigger.start)) \
            and not self.lex.re("meeting_own_parties_after_re").match(text, trigger.end)

    def fronted_own_talks(self, text: str, trigger: Trigger) -> bool:
        """(en-acts45) 'In a joint statement issued after their talks, A and B agreed': the fronted talks are those of
        the pair named right after the phrase's comma (`fronted_pair_after_re`), a new meeting, not one told before."""
        if not self.lex.re("fronted_background_re").match(text) or not self.held_before_main(text, None, trigger):
            return False
        comma = text.find(",", trigger.end)
        return comma >= 0 and bool(self.lex.re("fronted_pair_after_re").match(text, comma + 1))

    def hosted_at_dateline(self, text, people=None):
        """'met visiting Chinese Foreign Minister Wang Yi', 'talks with a visiting Japanese delegation':
        'visiting' before the guest (a person's title chain or a state's group), not before the place
        visited ('visiting Washington, Cho met ...'); and a meeting 'in the capital', a capital no country
        names (the dateline's city is the one the story speaks from)."""
        if self.lex.re("capital_bare_re").search(text):
            return True
        starts = people
        for m in self.lex.re("guest_visiting_re").finditer(text):
            starts = starts if starts is not None else [r.start for r in mentions.find_mentions(text, None)]
            if m.end() in starts or self.lex.re("state_group_re").match(
                    text, m.end() + len(countries.longest_form(text, m.end()) or "")):
                return True
        return self.met_at_dateline(text)

    def met_at_dateline(self, text: str) -> bool:
        """'TOKYO, June 3 (Yonhap) -- Cho met Kamikawa on Monday': a meeting in person whose sentence
        names no place is held in the city the story is filed from (a correspondent reports where the
        officials met; the document had no city of its own for it, or it would have one by now). Not a
        video or online meeting, not a host receiving a guest: a host of another state than the dateline's
        ('SEOUL (Yonhap) -- Kim Jong Un received Lavrov') receives at home (received_by_subject), and not a
        meeting relayed from a state agency ('SEOUL -- Kim Jong Un met X, KCNA said'). A meeting on the sidelines
        of a conference is at a dateline abroad, not at a party's home city (`conference_setting`)."""
        if self.lex.re("remote_meeting_re").search(text) or self.received_by_subject(text) \
                or self.lex.re("relayed_report_re").search(text):
            return False  # a meeting relayed from state media ('..., KCNA said') is no correspondent's own
        return not any(p.span.data.get("locative") for p in places.find_places(text, 0))

    def conference_setting(self, text):
        """'on the sidelines of the NATO summit', 'on the margins of': a home wire files such meetings abroad under
        its own city ('SEOUL -- Yoon met X on the sidelines of the NATO summit'); a correspondent at the
        conference under the conference's ('VIENTIANE -- Cho met X on the sidelines of the ASEAN meetings')."""
        return bool(self.lex.re("conference_setting_re").search(text))

    def received_by_subject(self, text):
        """'Kim Jong Un received Sergey Lavrov', 'Xi hosted Kim': the host receiving verbs."""
        return bool(self.lex.re("meeting_receive_re").search(text))

    def dateline_end(self, line):
        """A wire dateline's bracket names the wire ('LIMA (Andina)', 'QUITO (Wire) --'); a bracket holding
        a country's name qualifies the name before it ('ELN (Colombia) condemned ...', 'PKK (Turkey)
        said ...'): that opens the sentence, it is no dateline (issue 14)."""
        end = super().dateline_end(line)
        bracket = BRACKET_RE.search(line, 0, end) if end else None
        return 0 if bracket and bracket.group(1).strip() in countries.forms_table()[0] else end

    def dateline_city_form(self, city):
        return city.title()  # 'SEOUL' as the gazetteer writes it

    def visit_sentence(self, text):
        """A sentence or clause saying someone travels ('arrived in Lima', 'while visiting Tokyo'); a visit named
        only by its noun phrase in a subordinate clause ('ahead of his visit to Tokyo next week') is another
        journey's, not where the one visiting is now."""
        if self.lex.re("visit_noun_phrase_re").fullmatch(text.rstrip(" .")):
            return False
        return bool(self.lex.re("visit_re").search(text))

    def state_party(self, text, start, end):
        """'Moroccan diplomats', 'Indian and Pakistani officials', "Taiwan's Vice Foreign Minister": a
        country word before a group of the state's people (across coordinated country words) is the
        state, with the group's sector; a name or capital alone ('visited Russia', 'Moscow and Beijing
        held talks') is the state; an adjective before any other noun ('Russian missiles') is not."""
        article = self.lex.re("state_article_before_re").search(text, 0, start)
        first = article.start() if article else start
        group = self.lex.re("state_group_re").match(text, end)
        if group:
            return first, group.end(), group_sector(text[end:group.end()].split())
        party = party_after(text, end)  # 'the Ecuadorian parliament', 'the Argentine economy minister'
        if party:
            return first, party[0], party[1]
        form = countries.longest_form(text, start)
        if form is not None and form in adjective_only() and end <= start + len(form):
            return None
        return first, end, None

    def adversary_references(self, text):
        """The base's conflict words, and the pair a third party appeals to ('urged both governments to talk',
        `appealed_pair_re`): after a dispute, those addressed together are its two sides (en22)."""
        found = super().adversary_references(text)
        return found + [(*m.span("pair"), 2) for m in self.lex.scan("appealed_pair_re", text)]

    def state_references(self, text):
        counts = self.lex["state_ref_counts"]
        return [(m.start(), m.end(), counts[m.group("n").lower()]) for m in self.lex.re("state_refs_re").finditer(text)]

    def meeting_purpose(self, text, trigger):
        return trigger.kind == "setting" and bool(self.lex.re("meeting_purpose_before_re").search(text, 0, trigger.start))

    def elapsed_since(self, text, end):
        """'The talks came a month after X's talks with Y', 'two years after X met Y': the meeting word ending at `end`
        is counted from (lexicon `elapsed_since_before_re`, read on the text up to it)."""
        return bool(self.lex.re("elapsed_since_before_re").search(text, 0, end))

    def held_before_main(self, text, tokens, trigger):
        """Talks held by the main clause's subjects before its act, states as well as people: right after
        'after'/'following' with no subject of their own ('A and B agreed in a joint statement after talks in Z',
        'After their talks, A and B agreed'; `own_meeting_before_re`, en-acts45), or a background meeting noun after
        'after' that names no one else ('agreed to meet again next month after talks in Z on Monday';
        `held_before_words`, `held_before_re`, consult16)."""
        if trigger.kind == "setting":
            return bool(self.lex.re("own_meeting_before_re").search(
                text, max(0, trigger.start - OWN_MEETING_REACH), trigger.start))
        return trigger.kind == "background" and trigger.text.lower() in self.lex["held_before_words"] \
            and bool(self.lex.re("held_before_re").search(text, 0, trigger.start))

    def background_date(self, text, start, end):
        if recalled_shift(self.lex, text, start, end):
            return True  # 'a day after holding his summit': the recalled act's day, never the story's
        return bool(self.lex.re("date_background_before_re").search(text[max(0, start - 40):start])
                    or self.lex.re("date_background_after_re").match(text[end:end + 20]))

    def marked_background(self, text, offset, found):
        """As every language marks them; but the day a recalled act counts from ('on Saturday, a day after holding
        talks') is the clause's own, not coordinated with the recalled day that follows it."""
        found = super().marked_background(text, offset, found)
        for d in found:  # ', who spoke with X on Sunday,': the relative clause's act's day (fields10)
            clause = None if d.background or d.precision not in ("day", "month") \
                else self.relative_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:  # (a year, 'which has fired 20 missiles this year', is a habit's: no day of an act)
                d.span.data.update(clause=(offset + clause[0], offset + clause[1]), relative=True)
                d.background = True
        for a, b in zip(found[:-1], found[1:]):
            if a.background and recalled_shift(self.lex, text, b.span.start - offset, b.span.end - offset) \
                    and "clause" not in a.span.data \
                    and not self.background_date(text, a.span.start - offset, a.span.end - offset):
                a.background = False
        return found

    def relative_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'The minister, who spoke with X by phone on Sunday, welcomed the deal': a date inside a non-restrictive
        relative clause (from its comma to the comma that closes it) dates that clause's act, not the main clause's."""
        reach = self.settings.subordinate_reach_chars
        comma = text.find(",", end, end + reach)
        first = max(0, start - reach, *(text.rfind(mark, 0, start) + 1 for mark in ",;:"))
        if comma < 0 or first <= 0 or not self.lex.re("date_relative_before_re").match(text[first - 1:start]):
            return None
        return first - 1, comma

    def background_extent(self, text, start, end):
        reach = self.settings.subordinate_reach_chars  # a clause, not the text: linear in long sentences
        plan = self.plan_extent(text, start, end)
        if plan is not None:
            return DateClause(*plan, plan=True)
        if recalled_shift(self.lex, text, start, end) and self.lex.re("recalled_clause_after_re").match(text, end):
            stop = text.find(",", end, end + reach)  # 'comes two weeks after he met X in Y': the recalled clause
            met = next((m.end() for m in self.lex.scan("meeting_trigger_re", text[end:end + reach])), None)
            if stop >= 0 and met is not None and end + met > stop:  # 'a day after their ministers, A and B, met':
                stop = text.find(",", end + met, end + reach)  # an apposition's commas do not end the clause
            return DateClause(start, stop if stop >= 0 else min(len(text), end + reach))
        comma = text.find(",", end, end + reach)
        first = max(0, start - reach, *(text.rfind(mark, 0, start) + 1 for mark in ",;:"))
        bare = comma < 0 and first == 0  # no comma before the clause in the whole sentence
        if comma < 0 and self.lex.re("sentence_rest_re").fullmatch(text, end):
            comma = len(text)  # a trailing clause, ', after firing shells on January 5 and 7.', ends with the sentence,
            # with or without a comma before it (fp23: 'X curbed its cooperation after Y bombed its sites in June.')
        opener = self.lex.re("date_subordinate_before_re").search(text, first, start) if comma >= 0 else None
        if bare and opener and self.lex.re("simultaneous_clause_re").match(opener.group(0)):
            return None  # 'A will meet B when he travels to X on Monday': a comma-less 'when' clause is the same time
        if opener and self.lex.re("simultaneous_meeting_re").match(opener.group(0)) \
                and any(True for _ in self.lex.scan("meeting_trigger_re", text[opener.start():comma])):
            return None  # 'when they met in Washington on Wednesday': the clause's date is its meeting's, and the story's
        return DateClause(opener.start(), comma) if opener else None

    def plan_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'They agreed at their summit to send a team later this month': a period after the infinitive of a decision
        or pledge is the planned deed's time, so it dates neither the agreement nor the summit (the deed's own act
        word inside the complement still takes it). A day keeps its reading ('agreed to boost ties at their summit on
        Thursday' is the summit's day): only periods ('this month', 'next year') are read as the plan's."""
        if not self.lex.re("date_plan_period_re").fullmatch(text, start, end):
            return None
        m = self.lex.re("date_plan_complement_before_re").search(text, max(0, start - self.settings.subordinate_reach_chars), start)
        if m is None:
            return None
        stop = min([i for i in (text.find(mark, end) for mark in ",;:") if i >= 0] or [len(text)])
        return m.start("deed"), stop  # 'plans to visit Japan next month to meet X': the whole plan, its meeting too

    # --- acts ----------------------------------------------------------------------------------------
    def find_acts(self, text, tokens) -> list[ActHit]:
        from readout.lang.en import acts

        nominal = self.lex.re("nominal_before_re")
        hits = [with_generic_pledge(h, h.data.get("stated_type")) for h in acts.find_acts(text)]
        if not hits:
            return hits  # every reader below only filters or marks the hits (the office opening the sentence is read
            # for them), so a sentence with none is done (a third of the sentences)
        hits = [h for k, h in enumerate(hits)  # "urged X to stop launches": the stopping is what is asked
                if not (k and h.data.get("modality") in ("infinitive", "governed"))
                and not agreed_content(text, hits, h)]
        content = self.lex.re("act_content_gap_re")  # "signed an agreement on sharing X": the agreement's content
        hits = [h for k, h in enumerate(hits) if not (k and hits[k - 1].data.get("object") and h.start > hits[k - 1].end
                                                      and text[h.start:h.end].split()[0].lower().endswith("ing")
                                                      and content.match(text[hits[k - 1].end:h.start]))]
        hits = [weapons_mode(h, text) for h in hits]
        hits = [self.support_pledge(h, text) for h in hits]
        guest = self.lex.re("guest_welcome_re")  # 'welcomed Putin at the airport': a host receiving, no SUPPORT
        hits = [h for h in hits if not (h.type == "SUPPORT" and guest.match(text, h.start))]
        hits = [self.agreed_at_meeting(h, text) for h in hits]
        hits = [self.invited_by(h, text) for h in hits]
        hits = [self.reported_content(h, text) for h in hits]
        hits = [reported_force_agent(h, text, self.lex) for h in hits]  # 'an official said troops were put on alert'
        hits = [sourced_deed(h, text, self.lex) for h in hits]  # 'a source in X's service said the agency had struck'
        hits = [reduced_passive(h, text, self.lex) for h in hits]  # 'skippers detained after ...' (en34)
        hits = [own_forces_agent(h, text, self.lex) for h in hits]  # 'X said its jets were scrambled' (en34)
        hits = [home_forces(h, text, self.lex) for h in hits]  # 'The ministry said the F-15s had been scrambled'
        hits = quoted_charge_acts(hits, text, self.lex)  # 'accused X of letting "Y plunder Z"': the charge's words
        hits = [backed_group_subject(h, text, self.lex) for h in hits]  # 'the Iranian-backed rebels fired'
        stance = self.lex.re("general_stance_after_re")  # 'opposes any attempt to ...': a stance, no act on anyone
        hits = [h for h in hits if not (h.type == "REJECT" and stance.match(text, h.end))]
        no_sign = self.lex.re("no_sign_before_re")  # 'showed no sign of backing down': no act (en33)
        hits = [h for h in hits if not no_sign.search(text, max(0, h.start - 40), h.start)]
        guessed = self.lex.re("speculated_past_before_re")  # 'X may have provided help': a guess, no act (fp23)
        hits = [h for h in hits if h.nominal or not guessed.search(text, max(0, h.start - 40), h.start)]
        optional = self.lex.re("possible_act_before_re")  # 'options for military aid to X': possible, not given (fp23)
        hits = [h for h in hits if not (h.nominal and h.type in POSSIBLE_ONLY_TYPES
                                        and optional.search(text, max(0, h.start - 60), h.start))]
        civil = self.lex.re("noncombat_operations_re")  # 'conducting flight operations': no assault (en35)
        hits = [h for h in hits if not (h.type == "ASSAULT" and civil.search(text, h.start, h.end))]
        repeated = self.lex.re("repeated_act_before_re")  # "North Korea's repeated missile launches": a series, no one act
        hits = [h for h in hits if not (h.nominal and repeated.search(text, max(0, h.start - 40), h.start))]
        bare = self.office_back(text, [])
        heads = {h.start: self.subject_head(text, h.start) for h in hits}  # read once: four rules below ask it
        hits = [dataclasses.replace(h, data={**h.data, "continued": how}) if (how := self.continuation(
            text, h.start, bare, heads[h.start])) else h for h in hits]
        hits = carried_continuation(hits, text, self.lex)  # 'It accused X ... and cautioned': It, twice
        hits = shared_addressee(hits, text, self.lex)  # 'demanded X halt ..., and warned that ...': X is warned
        hits = judged_sentence_deed(hits, text, self.lex)  # 'X fired shells, in what it called a provocation'
        home = self.lex.re("home_body_subject_re")  # 'The foreign ministry summoned ...': the dateline's state acts
        hits = [dataclasses.replace(h, data={**h.data, "home_subject": True, "envoy_post": self.envoy_post(text, h.start)})
                if home.match(text, 0, h.start) or home.match(heads[h.start]) else h for h in hits]
        clause_home = self.lex.re("home_body_clause_re")  # ', while a defence ministry spokesman demanded' (en32)
        hits = [dataclasses.replace(h, data={**h.data, "home_subject": True})
                if "home_subject" not in h.data and clause_home.search(text, max(0, h.start - 90), h.start) else h
                for h in hits]
        hits = [home_service_subject(h, text, heads[h.start], self.lex) for h in hits]  # 'The navy said it had sent'
        hits = [organ_subject(h, heads[h.start], self.lex) for h in hits]  # 'The junta rejected ...' (world39)
        hits = lodged_protest(hits, text, self.lex)  # 'to lodge "a strong protest over ..."'
        hits = [self.group_voices(text, h, heads[h.start]) for h in hits]
        hits = [dataclasses.replace(h, data={**h.data, "home_subject": True, "answering": True})
                if self.answering_body(text, heads[h.start]) else h for h in hits]  # never the side it answers
        return [dataclasses.replace(h, nominal=True) if not h.nominal and nominal.search(text, 0, h.start)
                and not text[h.start:h.end].split()[0].lower().endswith("ed") else h
                for h in hits]  # "the DPRK's escalatory launch of missiles" is a noun; "the army shelled" a verb

    def agreed_at_meeting(self, hit: ActHit, text: str) -> ActHit:
        """'A held talks with B on Monday, agreeing to ...': an agreement in a participle joined to a meeting clause
        was reached by the meeting's parties, not by its subject alone (`joint`, as a decision quoted without its
        subject)."""
        if hit.type != "AGREE" or not clauses.participial_adjunct(text, Trigger(hit.start, hit.end, text[hit.start:hit.end])):
            return hit
        if not any(True for _ in self.lex.scan("meeting_trigger_re", text[:hit.start])):
            return hit
        return dataclasses.replace(hit, data={**hit.data, "joint": True})

    def reported_content(self, hit: ActHit, text: str) -> ActHit:
        """'X said on Wednesday that the flight a day earlier was routine, brushing aside protests': a participle after
        a comma that follows a reported that-clause (`reported_that_re`) is the reporter's act; the that-clause is
        content whose dates are not its own (`content_span`, as a Korean proposal's content), and the day the report
        gives its frame is the act's (`reporter_act`). en22."""
        comma = text.rfind(",", 0, hit.start)
        if "content_span" in hit.data or comma < 0 or text[comma + 1:hit.start].strip() \
                or not text[hit.start:hit.end].split()[0].lower().endswith("ing"):
            return hit
        frame = None
        for m in self.lex.re("reported_that_re").finditer(text, 0, comma):
            frame = m
        if frame is None:
            return hit
        return dataclasses.replace(hit, data={**hit.data, "content_span": (frame.end(), comma), "reporter_act": True})

    def invited_by(self, hit: ActHit, text: str) -> ActHit:
        """'X arrived in Moscow at the invitation of Russian Foreign Minister Y', 'at the request of Z': the one after
        'of' invited or asked (the agent), the clause before the phrase names who was invited (the target)."""
        if hit.type != "REQUEST" or not hit.nominal:
            return hit
        m = next((m for m in self.lex.scan("invited_by_re", text) if m.start() <= hit.start < m.end()), None)
        if m is None:
            return hit
        stop = text.find(",", m.end())
        agent = (m.end(), stop if stop >= 0 else len(text))
        return dataclasses.replace(hit, data={**hit.data, "agent_span": agent, "target_spans": ((0, m.start()),)})

    def envoy_post(self, text: str, start: int) -> tuple[int, int] | None:
        """Where the host of the summoned envoy's post is named ('summoned the Japanese ambassador to Seoul'):
        the summoning state is the host of the post."""
        m = self.lex.re("envoy_post_re").search(text, start)
        return (m.start("host"), m.start("host") + len(m.group("host").rstrip("."))) if m else None

    def support_pledge(self, hit: ActHit, text: str) -> ActHit:
        """'promised full support to Russia', 'pledged support to further strengthen cooperation': support
        promised to someone or to do something is a promise of future cooperation (AGREE, the manual's reading
        of promises; its recipient the one it is promised to), one event; 'pledged support for X's efforts'
        approves now (SUPPORT for X)."""
        if hit.type != "SUPPORT" or text[hit.start:hit.end].split()[0].lower() not in self.lex["support_pledge_words"]:
            return hit
        from readout.lang.en.act_matcher import matcher
        if hit.data.get("object") in matcher().cues.sympathy_objects:
            return hit  # 'offered condolences to X': sympathy shown now, no promise
        if not self.lex.re("pledged_to_re").match(text, hit.end):
            return hit
        return dataclasses.replace(hit, type="AGREE", mode=None)

    def recipients_side(self):
        return "after"

    def accord_matter(self, text, tokens, trigger, clause):
        return matter.accord_matter(self.lex, text, trigger, clause)

    def act_phrase_end(self, text, end):
        m = self.lex.re("coordinated_verb_re").search(text, end)
        return m.start() if m else len(text)

    def main_predicate(self, text, tokens, start):
        return not any(a <= start < b for a, b in clauses.relative_spans(text))

    def agent_follows(self, text, end):
        return bool(self.lex.re("agent_after_re").match(text, end))

    def names_a_rule(self, text, end):
        return bool(self.lex.re("rule_after_re").match(text, end))

    def response_act(self, text, start, end):
        # 'In response, X fired ...' before the act, or 'X held a bombing drill in response to Y's launch' after it
        window = self.settings.mode_window_chars
        return bool(self.lex.re("response_re").search(text[max(0, start - window):end + window]))


class Read:
    """What the pipeline reads in a sentence (its people; its countries, from the caller's function, moved
    to relative offsets), each read only when a rule asks for it, here where the caller passed none."""

    def __init__(self, text: str, tokens, people: list | None, found_countries: list | None, offset: int):
        self.text, self.tokens, self.offset = text, tokens, offset
        self._people, self._countries = people, found_countries

    def people(self) -> list:
        if self._people is None:
            self._people = mentions.find_mentions(self.text, self.tokens)
        return self._people

    def countries(self) -> list:
        if self._countries is None:
            self._countries = peninsula_countries(self.text, 0, self.tokens)
        elif callable(self._countries):
            self._countries = [dataclasses.replace(c, start=c.start - self.offset, end=c.end - self.offset)
                               for c in self._countries()]
        return self._countries


def group_references(lex, start: int, end: int, role: str, office: str, codes: tuple) -> list[Reference]:
    """The references of one office of an office group over the states `codes`: one for all where every state
    calls the office the same, else each state's own office of that class, one reference each ('the nuclear
    envoys of A and B'); an office of `pair_only_group_offices` of two states only (at three-way envoy talks
    deputies and acting envoys stand in, whom no tenure names)."""
    if office == "leader" or all(office_for(office, code) == office for code in codes):
        return [Reference(start, end, "office_group", role, office, codes)]
    if office in lex["pair_only_group_offices"] and len(codes) != PAIR:
        return []
    return [Reference(start, end, "office_group", role, office_for(office, code), (code,)) for code in codes]


def recalled_shift(lex, text: str, start: int, end: int) -> bool:
    """'a day after holding talks', 'two days after his summit': days counted to a recalled act (a gerund or a
    noun phrase follows), not 'had met X the day before.'"""
    m = lex.re("date_recalled_shift_re").match(text, start)
    return bool(m) and m.end() == end


def third_party(hosted: list[re.Match], start: int, end: int) -> bool:
    """'Qatar hosted talks between Israel and Hamas': a host verb, or the talks it holds, of talks between
    others (`hosted`: the sentence's matches of `meeting_third_party_re`, read once) is a meeting a third party
    hosts (CONSULT third-party; all parties stand as its actors, the manual's reading of a meeting with no
    visitor)."""
    return any(start <= m.end() and m.start() <= end for m in hosted)  # the match covers the trigger word


@functools.lru_cache(maxsize=256)
def prepared_meetings(pattern: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Where each phrase naming a meeting to prepare starts, and where its meeting word starts ('to prepare a
    summit'). Every name of the sentence asks it about every meeting word: read once per sentence."""
    return tuple((m.start(), m.start("meeting")) for m in pattern.finditer(text))


@functools.lru_cache(maxsize=256)
def asked_to_start(pattern: re.Pattern, text: str, end: int) -> int | None:
    """Where the 'to' of 'asked B to' ends the text before `end` starts, or None. Every name of the
    sentence asks it about the same trigger: the search runs once per trigger."""
    asked = pattern.search(text, 0, end)
    return asked.start("to") if asked else None


@functools.lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """The act lexicon's weapon word set (CAMEO's) and ours (data/lexicon/en.yaml), lower-case."""
    from readout.lang.act_lexicon import load_act_lexicon

    extra = lexicon("en").get("weapon_words_extra") or ()
    return frozenset(w.lower() for w in (*load_act_lexicon("en").file.sets.get("weapon", ()), *extra))


def weapons_mode(hit: ActHit, text: str) -> ActHit:
    """'carried out a medium-range ballistic missile test': a mobilization whose own phrase
    names a weapon is the weapons mode, whatever mode the verb's entry gives (drills are troops)."""
    if hit.type != "MOBILIZE" or hit.mode == "weapons":
        return hit
    words = WORD_RE.findall(text[hit.start:hit.end].lower())
    phrases = {" ".join(words[i:i + 2]) for i in range(len(words))} | set(words)
    return dataclasses.replace(hit, mode="weapons") if phrases & weapon_words() else hit


def group_sector(words: list[str]) -> str | None:
    """The sector of the longest agent phrase (kb/agents) ending in the group noun: 'military officials'
    MIL, 'officials' GOV; None where no phrase is listed (the country word's own sector stands)."""
    for k in range(len(words)):
        found = agent_sector(" ".join(words[k:]))
        if found:
            return found
    return None


def country_list(text: str, mentions: list, gap, backwards: bool = False) -> list:
    """The countries of one list, from the first of `mentions` on (or back), while what stands
    between two of them is a list separator ('A, B and C')."""
    out = mentions[:1]
    for nxt in mentions[1:]:
        between = text[nxt.end:out[-1].start] if backwards else text[out[-1].end:nxt.start]
        if not gap.match(between):
            break
        out.append(nxt)
    return out


AND_REACH = 6  # characters before an act word that hold an "and " right before it


def agreed_content(text: str, hits: list[ActHit], hit: ActHit) -> bool:
    """"A and B agreed to expand joint patrols": an act word in the clause an agreement governs is what was agreed
    (the AGREE is the event), not an act that took place besides it; a verb after "and" is the subject's own."""
    before = text[max(0, hit.start - AND_REACH):hit.start].split()[-1:]  # "agreed to host talks and urged X to": a
    # second verb of the subject
    return hit.type != "AGREE" and before != ["and"] and any(  # after the governed verb: its object, not the verb
        h.type == "AGREE" and "complement" in h.data and h.data["complement"] < hit.start
        < clauses.clause_bounds(text, h.data["complement"], h.data["complement"] + 1)[1] for h in hits if h is not hit)
