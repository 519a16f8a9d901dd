"""English names: the `English` language's readers of names, one mixin of lang/en/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import dataclasses
import re

from readout.kb.geo import metonym_index
from readout.kb.heads import head_offices
from readout.kb.offices import office_for
from readout.lang.base import ActHit, Language, Reference
from readout.lang.en import dates, mentions, name_role_cues
from readout.lang.en.listed_subjects import listed_subjects
from readout.lang.common import inside
from readout.lang.en.shared_parties import shared_party_default
from readout.lang.en.qualified_parties import qualified_party_states
from readout.lang.en.sentence_countries import peninsula_countries


YEAR_RE = re.compile(r"\d{4}")


LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")


FRONTED_RE = re.compile(r"\s*[A-Z][a-z]+(?:\s+[\w'’-]+){0,6},\s+")  # 'Before the talks, ': a short phrase set off


CAPITALIZED_RE = re.compile(r"[A-Z](?<!\w.)[A-Za-z'’-]*\b")  # '\b[A-Z]...', the capital first: re skips to it


PAIR = 2  # two states: the office groups of `pair_only_group_offices` name holders only for a pair


# ', a longtime critic of X, used': an appositive that describes the name before it, then the name's verb
APPOSITIVE_THEN_VERB_RE = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s+[^,.;\"“”]{1,80},\s+[a-z]")


CONTINUED_VOICES = ("continued_spokesperson_re", "continued_person_re", "continued_body_re",
                    "continued_unnamed_voice_re", "continued_body_perfect_re",
                    "continued_body_said_re")  # a voice going on


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


def opening_word_lowered(text: str) -> str:
    """`text` with the first letter of its first word in lower case, same length: a sentence's capital is no
    title's ('Foreign ministers of A and B met' reads as 'the foreign ministers of A and B'); a title inside the
    sentence keeps its capitals ('the Leaders' Summit')."""
    m = _OPENING_LETTER.match(text)
    return text if not m else text[:m.start(1)] + m.group(1).lower() + text[m.end(1):]


_OPENING_LETTER = re.compile(r"^\W*([A-Z])(?=[a-z])")


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


class EnglishNames(Language):
    """The names readers of `English`."""

    def find_people(self, text, tokens):
        found = mentions.find_mentions(text, tokens)
        for m in found[:1]:  # a name opening the sentence, before any lower-case word or after a short fronted
            # phrase ('Speaking to reporters, Lavrov accused ...'), is its subject, as short_name_role reads it
            if m.role == "other" and (not LOWER_WORD_RE.search(text[:m.start]) or (
                    FRONTED_RE.fullmatch(text, 0, m.start) and LOWER_WORD_RE.match(text, m.end + 1))):
                m.role = "subject"
        for m in found:
            if m.role == "other" and name_role_cues.quote_speaker(text, m.start, m.name_end):
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
        for m in self.lex.re("quoted_first_person_re").finditer(text):  # refs39: '"I call on X ..."' after a quote
            out.append(Reference(m.start("i"), m.end("i"), "pronoun", "subject"))  # of Y's: Y goes on speaking
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
            if self.lex.re("continued_subject_re").match(before) or self.lex.re("continued_owned_office_re").match(before):
                return "dropped"  # votes46: 'Its ambassador urged' goes on as 'It urged' does
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
        if m is not None and not inside(taken, m.start("title")):
            return office_reference(m, "the", "title")
        for m in self.lex.re("office_back_frame_re").finditer(text):  # threat61: '"...," the minister said'
            the, title = ("the", "title") if m.group("title") else ("the2", "title2")
            if not inside(taken, m.start(title)):
                return office_reference(m, the, title)
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
        matches = [m for m in self.lex.re("group_offices_re").finditer(opening_word_lowered(text))
                   if not inside(taken, m.start())]  # enmeet49: 'Foreign ministers of A and B met' opens a sentence
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
        frame right after a quote ('"...," Ulloa told reporters': `name_role_cues.quote_speaker`), whose sentence he
        opens in all but the quote, and whom a later 'the two ministers' counts among the story's subjects."""
        if text[end:end + 2] in ("'s", "’s"):
            return "genitive"
        if re.search(r"\bwith\s+$", text[max(0, start - 8):start]):
            return "with"
        if not LOWER_WORD_RE.search(text, 0, start) or FRONTED_RE.fullmatch(text, 0, start):
            return "subject" if LOWER_WORD_RE.match(text, end + 1) or APPOSITIVE_THEN_VERB_RE.match(text, end) \
                else "other"  # 'Ruto, a longtime advocate of X, praised ...': the appositive's name
        return "subject" if name_role_cues.quote_speaker(text, start, end) else "other"  # '"...," X said' (en30)

    def bare_home_word(self, word):
        """actors57: a bare party name many states share ('the opposition Democratic Party') names its listed default
        state only where the story is about no other (lang/en/shared_parties.py)."""
        return shared_party_default(word)

    def people_own_government(self, text, offset, tokens, found):
        """(actors61) A shared party name the sentence qualifies as opposition or ruling ('accused the opposition
        Democratic Party') is the party of the state speaking before it (lang/en/qualified_parties.py)."""
        return qualified_party_states(text, offset, found, shared_party_default)

    def shared_body_mentions(self, text, offset, found):
        """(backref56) None: English reads its shared body names ('Congress', 'the Senate', lexicon
        `shared_body_names`) as its shared party names, through `bare_home_word`, so they take that path once."""
        return []

    def bare_home_held_story_wide(self):
        """(lead59) No: a shared party name's default state is a prior over the world's parties, not the writer's
        perspective, so a story placed in another state that once mentions the default state (a statement from
        Washington in a story on Seoul's parliament) still means the placed state's party; only the sentence's own
        mention of the default state keeps it (pipeline/story_states.story_home_words)."""
        return False

    def full_date(self, text):
        for d in dates.find_dates(text, 0, None, self.settings.unyeared_future_days):
            if d.value and d.precision == "day" and YEAR_RE.search(text[d.span.start:d.span.end]):
                return d.value
        return None


def office_reference(m, the: str, title: str) -> list[Reference]:
    """The office_back reference of a match whose group `title` holds a definite office noun (the longest title the
    office table knows, from its first word), or none."""
    words = m.group(title).split()
    table = mentions.office_by_title()
    for n in range(len(words), 0, -1):
        office = table.get(" ".join(words[:n]))
        if office:
            end = m.start(title) + len(" ".join(words[:n]))
            return [Reference(m.start(the), end, "office_back", "subject", office)]
    return []

