"""What the pipeline may ask a language: the typed interface that `lang/ko` and `lang/en` implement.

Why one interface: the pipeline steps (`readout/pipeline/`) must not know Korean or English. They ask
the paragraph's language for sentences, dates, places, mentions, act triggers and the clause-level
facts around a trigger (subject, object, "with" party, negation, modality), and combine the answers.
Adding a third language means writing one folder that fills in this class (spaCy's `Language`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, NamedTuple

from readout.kb.loader import lexicon
from readout.lang.common import email_line
from readout.patterns import search_forms

if TYPE_CHECKING:
    from readout.model import Place


VENUE_REACH = 24  # characters before a body that may say it is attended ('to attend the')
CONFLICT_SIDES = 2  # the states 'the rivals', '두 앙숙' stand for
SITE_NEAR_REACH = 40  # characters before a state's site that may say a strike landed near it ('a few hundred metres from the')


def opens_own_clause(d) -> bool:
    """A background date whose clause starts at the date itself ('14일 지난 3일 감행된 습격을 포함한': the example
    or complement it opens): a date right before it stands outside that clause, no conjunct of it (dates40)."""
    clause = d.span.data.get("clause")
    return bool(clause) and clause[0] == d.span.start


class DateClause(NamedTuple):
    """The clause a background date dates (`Language.background_extent`), and whether it is a planned deed's
    (`plan_extent`): the reader that found the clause says which, so the plan reader is not asked twice."""

    start: int
    end: int
    plan: bool = False
    head: int | None = None  # the end of the noun an example phrase lists an example of ('launches, including ...')


@dataclass(frozen=True)
class ActHit:
    """One act trigger in a sentence, as the language's act lexicon reads it.

    Offsets are relative to the sentence. `target` says where the receiving side stands in the
    trigger's own clause: "object" (the direct object: "condemned X", "X를 규탄"), or the preposition
    or particle that introduces it ("on", "against", "to", "에", "에게", "에 대해"). An empty tuple
    means the act has no receiving side in the lexicon (a launch, a generic pledge).
    """

    start: int  # start of the trigger (verb or noun) in the sentence
    end: int  # end of the whole matched trigger (with its particle or required object, if any)
    type: str  # PLOVER type: AGREE, CONSULT, SUPPORT, ... ASSAULT
    mode: str | None  # PLOVER mode where the lexicon gives one
    lemma: str  # the lexicon key that matched ("urge", "call on", "규탄하다", "제재+부과하다")
    target: tuple[str, ...] = ()
    nominal: bool = False  # a noun ("condemnation", "규탄", "발사"), not a finite verb
    negated: bool = False  # "did not condemn", "규탄하지 않았다"
    status: str = "occurred"  # occurred | planned ("will impose", "may", "부과할 방침")
    generic: bool = False  # a generic pledge to cooperate: AGREE with generic=True
    contexts: tuple[str, ...] = ()
    data: dict = field(default_factory=dict, compare=False, hash=False)


def barring(hit: ActHit, spans, **data) -> ActHit:
    """The hit with `spans` added to its `not_recipient_spans` (phrases that name no receiving side: a channel, an
    open addressee, a collective), and any other data given."""
    barred = (*hit.data.get("not_recipient_spans", ()), *spans)
    return replace(hit, data={**hit.data, "not_recipient_spans": barred, **data})


MUTUAL_TYPES = frozenset({"AGREE", "COOPERATE"})  # both sides act (PLOVER's mutual acts): the other party joins the actors
GENERIC_PLEDGE_OF = frozenset({"COOPERATE", "SUPPORT"})  # "agreed to cooperate closely": a generic AGREE


def with_generic_pledge(hit: ActHit, pledged: str | None) -> ActHit:
    """An AGREE that a language read from a pledge to cooperate or support in general (PLOVER codes a
    future cooperative act as AGREE) is a generic pledge, which users filter out; a pledge to meet or
    to give aid stays a real agreement."""
    if hit.type == "AGREE" and pledged in GENERIC_PLEDGE_OF and not hit.generic:
        return replace(hit, generic=True)
    return hit


@dataclass(frozen=True)
class Trigger:
    """A meeting word in a sentence (offsets relative to the sentence) and what its own words say."""

    start: int
    end: int
    text: str
    mode: str | None = None  # phone | visit | None (multilateral is decided by the number of parties)
    status: str = "occurred"  # occurred | planned | cancelled
    kind: str = "predicate"  # predicate ("met", "회담했다") | setting ("at the talks", "회담에서") |
    # background (another moment: "before the summit", "회담을 앞둔")
    host: str | None = None  # the country a visit word names as host ('방한' -> KOR)


@dataclass(frozen=True)
class Reference:
    """A word that stands for people named elsewhere: '양측', 'the two sides', '그는', 'he', or an office
    group ('한미 정상', 'the foreign ministers of A and B') with the countries it names."""

    start: int
    end: int
    kind: str  # group | pronoun | object_pronoun | possessive_pronoun | office_group | office_back | short_name
    role: str = "other"
    office: str | None = None  # office_group, office_back: the office kind (leader, foreign_minister, ...)
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgentReference:
    """A bare agent noun of a state in a sentence ('군부에'): offsets in the sentence, the noun, its particle, the
    PLOVER sector of the noun, and whether the particle makes it a genitive or a subject."""

    start: int
    end: int
    noun: str
    particle: str | None
    sector: str | None
    genitive: bool
    subject: bool


@dataclass(frozen=True)
class Units:
    """A language's readers of text units, each a function of its own module (lang/<code>/sentences.py,
    dates.py, places.py, countries.py): the `Language` methods that only hand the sentence to them are
    written once, here, and a language names its functions instead of repeating the delegation."""

    split: Callable  # (text, offset) -> sentence spans
    dates: Callable  # (text, offset, reference, unyeared_future_days) -> dates
    places: Callable  # (text, offset, tokens) -> places
    countries: Callable  # (text, offset, tokens) -> country mentions


def past_match(m, year: int) -> bool:
    """Whether a `past_year_re` match names a time before `year`: its year (`year` or a war's `war_year`) earlier,
    or an era with no year of its own (`era`: a world war; `era_when`: the time of a named war, '6·25 전쟁 당시', 'the
    Korean War, when ...'), always past."""
    groups = m.groupdict()
    named = groups.get("year") or groups.get("war_year")
    return int(named) < year if named else bool(groups.get("era") or groups.get("era_when"))


class Language:
    """Everything the pipeline may ask about one language. `lang/ko` and `lang/en` fill it in.

    Offsets: `text` is one sentence (or paragraph, for splitting); what a method returns is relative
    to it unless it takes an `offset`. `tokens` are the sentence's morphemes where the language has
    them (Korean: (form, tag, start, length) from kiwi), else an empty tuple. Every method answers from
    the sentence alone, so the pipeline can combine the answers without knowing the language.
    """

    code: str = ""
    warm_up: str = ""  # a sentence that loads everything the language uses (before forking workers)
    units: Units  # the language's readers of sentences, dates, places and country words

    def __init__(self, settings, knowledge):
        self.settings = settings  # this language's `LanguageSettings`
        self.knowledge = knowledge
        self.lex = lexicon(self.code)  # the language's worded rules (data/lexicon/<code>.yaml)

    # --- text units, read by the language's own modules ----------------------------------------------
    def split_sentences(self, text: str, offset: int) -> list:
        return self.units.split(text, offset)

    def find_dates(self, text: str, offset: int, reference) -> list:
        found = self.units.dates(text, offset, reference, self.settings.unyeared_future_days)
        return self.marked_background(text, offset, found)

    def find_places(self, text: str, offset: int, tokens) -> list:
        return self.units.places(text, offset, tokens)

    def find_countries(self, text: str, offset: int, tokens) -> list:
        return self.units.countries(text, offset, tokens)

    def body_references(self, text: str) -> list[tuple[int, int, frozenset[str], bool, bool]]:
        """Definite nouns that refer back to an international body the document named before ('The bloc also
        listed ...', 'the alliance's summit'): (start, end, the codes the body may have, genitive, opens the
        sentence), from the lexicon's `body_back_re` and `body_back_codes`. None where the language has none."""
        codes = self.lex.get("body_back_codes")
        if not codes:
            return []
        out = []
        for m in self.lex.re("body_back_re").finditer(text):
            allowed = frozenset(codes.get(m.group("noun").lower(), ()))
            if allowed:
                out.append((m.start("the"), m.end("noun"), allowed, bool(m.group("gen")), m.group("open") is not None))
        return out

    def agent_references(self, text: str) -> list[AgentReference]:
        """Bare agent nouns of a state that refer back to the state the document named them with ('니제르 군부가 ...
        에코와스는 군부에 ...를 촉구했다'), from the lexicon's `agent_back_re` (groups noun, particle, gen, subj). None
        where the language has none."""
        if not self.lex.get("agent_back_re"):
            return []
        return [AgentReference(m.start("noun"), m.end("noun"), m.group("noun"), m.group("particle"),
                               self.agent_sector(m.group("noun")), bool(m.group("gen")), bool(m.group("subj")))
                for m in self.lex.re("agent_back_re").finditer(text)]

    def agent_sector(self, noun: str) -> str | None:
        """The PLOVER sector of an agent noun; None where the language does not say."""
        return None

    # --- what every language answers the same way from its own lexicon ------------------------------
    def boilerplate_line(self, line: str) -> bool:
        """A share button, photo credit or byline line, by the lexicon's patterns, or a short line
        with an e-mail address. A plain loop, not `any()` over a generator: every line of every document
        is asked, once per language."""
        for p in self.boilerplate_patterns:
            if p.search(line):
                return True
        return email_line(line, self.lex["email_line_max_chars"])

    @functools.cached_property
    def boilerplate_patterns(self) -> list[re.Pattern]:
        """The lexicon's boilerplate patterns in their search forms (`patterns.search_forms`: the same lines
        match): every line of every document is asked, and a branch anchored at the line's start or a
        leading lookahead made `re` try every position of the line."""
        return [re.compile(form) for source in self.lex.sources("boilerplate_line_re") for form in search_forms(source)]

    def dateline_end(self, line: str) -> int:
        """The end of a dateline opening a paragraph ('(서울=연합뉴스) 기자 =', 'SEOUL, May 2 (Reuters) -'),
        0 where there is none or it is the whole line."""
        for p in self.lex.patterns("dateline_re"):
            m = p.match(line)
            if m and m.end() < len(line):
                return m.end()
        return 0

    def marked_background(self, text: str, offset: int, found: list) -> list:
        """Dates (absolute offsets) with `background` set, a date coordinated with a background one
        included ('6일과 13일에 이어', 'since May 3 and 5')."""
        for d in found:
            clause = self.background_extent(text, d.span.start - offset, d.span.end - offset)
            if clause is not None:  # the date dates an act of its own subordinate clause
                d.span.data["clause"] = (offset + clause.start, offset + clause.end)
                if clause.plan:
                    d.span.data["plan"] = True  # a planned deed's time: a meeting word in that plan takes it
                if clause.head is not None:  # 'the launches, including two fired on July 1': the series' day too
                    d.span.data["example_of"] = offset + clause.head
            d.background = clause is not None or self.background_date(text, d.span.start - offset,
                                                                      d.span.end - offset)
        for a, b in zip(reversed(found[:-1]), reversed(found[1:])):
            if b.background and not b.span.data.get("plan") and not opens_own_clause(b) \
                    and self.coordinated(text, a.span.end - offset, b.span.start - offset):  # a plan's time: its own
                a.background = True
        return found

    def labeled_dates(self, text: str) -> list:
        """Publication dates behind a label ('기사입력 2024/11/15', 'Published: Apr 30, 2023')."""
        out = []
        for m in self.lex.re("published_label_re").finditer(text):
            found = self.full_date(text[m.end():m.end() + self.settings.label_date_chars])
            if found:
                out.append(found)
        return out

    def trigger_mode(self, text: str, start: int, end: int) -> str | None:
        """phone or visit, from the words just around a meeting word ('통화', 'phone call', '방한')."""
        near = text[max(0, start - self.settings.status_window_chars):end + self.settings.trigger_tail_chars]
        if self.lex.re("phone_re").search(near):
            return "phone"
        return "visit" if self.lex.re("visit_re").search(near) else None

    def side_meeting_denied(self, text: str, start: int, end: int) -> bool:
        """A negated meeting word with a 'separately' word beside it ('did not meet X separately', '따로 만나지
        않았다') denies a side meeting next to the one reported: nothing was arranged, so no meeting at all,
        not a cancelled one."""
        tail = text[end:end + self.settings.side_meeting_tail_chars]
        tail = tail[:min((tail.find(c) for c in ",;" if c in tail), default=len(tail))]  # its own clause's words
        before = text[max(0, start - self.settings.status_window_chars):end]
        reach = self.settings.side_meeting_negation_reach_chars  # its own verb's negation, close on either side
        negated = text[max(0, start - reach):end + self.settings.side_meeting_negation_tail_chars]
        return bool(self.lex.re("side_meeting_word_re").search(before + tail)
                    and self.lex.re("side_meeting_negation_re").search(negated))

    def act_mode(self, hit: ActHit, text: str) -> str | None:
        """The act's mode: its lexicon entry's (or the act it asks for), else what its surroundings give. A REQUEST
        to restore an ousted leader or the constitutional order is 'change' whatever else it asks; to release
        people, lift or suspend a measure taken against the asker, or cease fire is 'yield' (the manual's
        concessions); to stop something else is 'change', to visit is 'meet'; a THREATEN whose content is force
        ('would strike back', '반격할 것') is 'violence' (read where the language puts what is asked or threatened)."""
        if hit.type == "THREATEN" and hit.mode is None:
            return "violence" if self.lex.re("threat_violence_re").search(self.asked(hit, text)) else None
        if hit.type != "REQUEST":
            return hit.mode
        near = self.asked(hit, text)
        if self.lex.re("request_restore_re").search(near + text[hit.start:hit.end]):
            return "change"  # over the entry's or the asked act's 'yield': 'the release and reinstatement of X'
        if hit.mode:
            return hit.mode
        if self.lex.re("request_yield_re").search(near):
            return "yield"
        if self.lex.re("request_change_re").search(near):
            return "change"
        if self.lex.re("request_meet_re").search(near + text[hit.start:hit.end]):
            return "meet"
        return None

    def asks_for_help(self, hit: ActHit, text: str) -> bool:
        """A request for support, help or cooperation ('asked for support', '협력을 요청했다'), read where the
        language puts what is asked: addressed to the one the speaker is meeting when it names no one."""
        return hit.mode == "assist" \
            or bool(self.lex.re("request_assist_re").search(self.asked(hit, text) + text[hit.start:hit.end]))

    def asks_directly(self, hit: ActHit) -> bool:
        """A request made with a verb of asking someone ('요청했다', '당부했다', 'asked for', 'urged'), not a call or a
        stress laid on a need ('called for continued efforts', 'stressed the need'): at a meeting, when it names no
        one, it asks the one met (lexicon `direct_request_lemmas`)."""
        return hit.type == "REQUEST" and hit.lemma.split("+")[-1] in (self.lex.get("direct_request_lemmas") or ())

    def asked(self, hit: ActHit, text: str) -> str:
        """The words where the language puts what a request asks for: before its verb (Korean), after it (English)."""
        window = self.settings.mode_window_chars
        return text[max(0, hit.start - window):hit.start] if self.recipients_side() == "before" \
            else text[hit.end:hit.end + window]

    # --- names ------------------------------------------------------------------------------------
    def find_people(self, text: str, tokens) -> list:
        """Person mentions (RawMention, relative offsets) with their title chain and particle role."""
        raise NotImplementedError

    def closing_voice(self, text: str) -> bool:
        """The sentence ends on a voice that names no side of its own ('..., the navy said in a statement.', '...,
        it said.'): a statement of the body just heard, which the next sentence's 'It' or dropped subject goes on with
        though the sentence coded no act (`acts.voice_went_on`)."""
        pattern = self.lex.get("closing_voice_re")
        return bool(pattern and self.lex.re("closing_voice_re").search(text))

    def opening_voice(self, text: str) -> tuple[int, int] | None:
        """The span of the subject of a statement verb opening the sentence ("X's navy said ...", '외교부는 ...고
        밝혔다' where a language gives its pattern): who speaks though the sentence codes no act; None when it opens
        on no statement."""
        pattern = self.lex.get("opening_voice_re")
        found = self.lex.re("opening_voice_re").match(text) if pattern else None
        return found.span("who") if found else None

    def journey_after(self, text: str, end: int) -> bool:
        """The words after a bare office reference ending at `end` make it the subject of a journey ('The minister
        is set to travel to X', 'The president later flew to Y'): who travels on is the visitor the story follows."""
        pattern = self.lex.get("journey_after_re")
        return bool(pattern and self.lex.re("journey_after_re").match(text, end))

    def find_references(self, text: str, tokens, taken: list[tuple[int, int]], people: list | None = None,
                        countries: Callable[[], list] | None = None, offset: int = 0) -> list[Reference]:
        """Group words, pronouns and office groups outside the spans already taken by names. What the
        pipeline reads in the sentence comes along, so that no language reads it again: `people`, the
        mentions `find_people` returned (relative offsets, offices as found), and `countries`, a function
        giving the sentence's country mentions (`find_countries`, absolute offsets: the sentence starts at
        `offset`; found once, by the caller, and only when a rule asks). None where the caller has not
        read them (the language reads them itself)."""
        raise NotImplementedError

    def short_name_candidates(self, text: str) -> list[tuple[int, int]]:
        """Words that may be a bare short name of a person named earlier ('Cho', 'Blinken'); none
        where this language does not refer back that way outside its title chains."""
        return []

    def short_name_role(self, text: str, start: int, end: int) -> str | None:
        """The role of a bare short name found by the pipeline ('Cho', 'Blinken'); None where this
        language does not refer back by bare short names outside its title chains."""
        return None

    def full_date(self, text: str):
        """The first date with day, month and year that `text` states, or None."""
        raise NotImplementedError

    # --- meetings ----------------------------------------------------------------------------------
    def meeting_triggers(self, text: str, tokens) -> list[Trigger]:
        raise NotImplementedError

    def clause(self, text: str, tokens, start: int, end: int) -> tuple[int, int]:
        """The clause that the word at [start, end) is the predicate (or head) of: where its own
        subject, objects and 'with' party may stand."""
        raise NotImplementedError

    def role(self, text: str, tokens, start: int, end: int, trigger: Trigger) -> str:
        """The role of the name at [start, end) towards `trigger`: subject | with | object |
        modifier | attendee (an entourage: 'accompanied by', '배석했다') | participant (one taking part:
        'attended by', '참석했다') | other."""
        raise NotImplementedError

    def coordinated(self, text: str, first_end: int, second_start: int) -> bool:
        """Whether the words between two names join them ('A와 B', 'A, B', 'A and B')."""
        raise NotImplementedError

    def case_marked(self, text: str, tokens, start: int, end: int) -> bool:
        """Whether the name at [start, end) carries an oblique case of its own (Korean '北에', '미국에서'),
        so that no role spreads onto it from a name before it ('정부, 北에 대화 촉구': 北 is not the subject)."""
        return False

    def meeting_is_multilateral(self, text: str) -> bool:
        raise NotImplementedError

    def meeting_splits_pairs(self, text: str) -> bool:
        raise NotImplementedError

    def meeting_is_joint(self, text: str) -> bool:
        """The sentence sits its counterparts at one table ('met A and B together', 'B와 C를 함께 만났다'):
        one meeting of all of them, where a verb listing counterparts otherwise means one meeting each.
        Read from the lexicon's `joint_meeting_re` (none: never)."""
        return self.lex.get("joint_meeting_re") is not None and bool(self.lex.re("joint_meeting_re").search(text))

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

    def subordinate(self, text: str, tokens, start: int, end: int) -> bool:
        """Whether the word at [start, end) stands in a subordinate clause about another moment or
        another actor ('after the envoy returned from Lima', ', which ...'), whose places and dates are
        not the main clause's. Default: never."""
        return False

    def meeting_refers_back(self, text: str, trigger: "Trigger") -> bool:
        """Whether a meeting word names a meeting already in the story by its parties named before
        ('Their meeting', 'The talks', 'In the meeting'), not a new one ('the first meeting of X').
        Default: never (a language that cannot tell adds no meeting from it)."""
        return False

    def visit_sentence(self, text: str) -> bool:
        raise NotImplementedError

    def background_extent(self, text: str, start: int, end: int) -> DateClause | None:
        """The subordinate clause a background date stands in, when the date dates the act of that
        clause ('12일 미사일을 발사한 후', 'after X fired a missile on July 12,': the launch, not what the
        sentence goes on to say), marked `plan` where it is a decision's complement (`plan_extent`); else None."""
        return None

    def plan_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The complement of a decision or pledge a date stands in ('agreed to send a team later this month'): the
        planned deed's time, not the decision's; None where the date stands in none."""
        return None

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

    def office_party(self, text: str, start: int, end: int) -> bool:
        """Whether the party phrase at [start, end) that `state_party` returned names one office holder of its
        state ('the Chilean foreign minister'), a definite person the knowledge base may not list, not a loose
        group of its people ('Chilean officials'): a plan to meet such a holder is as firm as one to meet a named
        person. Default: never."""
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

    def group_size(self, surface: str) -> int | None:
        """How many people a group reference counts ('the two ministers', 'both sides', '두 장관', '세 정상': 2, 2, 2,
        3), from the lexicon's `group_size_words`; None where it says no number ('they', 'the envoys')."""
        for word, size in (self.lex.get("group_size_words") or {}).items():
            if word in surface.lower().split() or surface.startswith(word):
                return size
        return None

    def group_office(self, surface: str) -> str | None:
        """The office a group reference names its people by ('the two leaders', '양 정상': leader; 'the two ministers',
        '두 장관': minister), from the lexicon's `group_office_words` (the first word the surface contains, longer
        words listed first); None where it names none ('the two sides', '양측'). The story reads back to the people
        named last who hold it, not an aide named between them (pipeline/narrative.Narrative.counted)."""
        folded = surface.lower()
        if any(word in folded for word in self.lex.get("group_state_counts") or ()):
            return None  # '양국 장관들': the ministers of two states, as many people as they are, not two
        return next((office for word, office in (self.lex.get("group_office_words") or {}).items() if word in folded),
                    None)

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

    def files_abroad(self, place: "Place") -> bool:
        """A dateline city outside the outlet's home country ('(뉴욕=연합뉴스)'): a correspondent abroad, or one
        travelling with a delegation, files where the news happens. Default: never."""
        return False

    def dateline_place(self, dateline: str, offset: int) -> "Place | None":
        """The city a dateline names ('SEOUL, Sept. 17 (Yonhap) --', '(뉴욕=연합뉴스)'): the `city` group of the
        lexicon's `dateline_city_re`, looked up as `dateline_city_form` writes it; offsets from `offset`."""
        from readout.kb.geo import lookup_city
        from readout.lang.common import to_place

        m = self.lex.re("dateline_city_re").match(dateline) if self.lex.get("dateline_city_re") else None
        entry = lookup_city(self.dateline_city_form(m.group("city"))) if m else None
        return to_place(entry, m.group("city"), offset + m.start("city"), offset + m.end("city"), True) \
            if entry else None

    def place_anaphors(self, text: str) -> list[tuple[int, int]]:
        """Where something happens in a place named only by a descriptor ('in the southeastern port city',
        '이 도시에서'): the lexicon's `place_anaphor_re` matches, as offsets into `text`. The language knows the
        phrase; which city it means (the one named last, or the dateline's) is the document's (pipeline/places.py)."""
        if not self.lex.get("place_anaphor_re"):
            return []
        return [(m.start("phrase"), m.end("phrase")) for m in self.lex.re("place_anaphor_re").finditer(text)]

    def dateline_city_form(self, city: str) -> str:
        """How the gazetteer writes a dateline's city. Default: as the dateline does, without spaces around it."""
        return city.strip()

    def meeting_purpose(self, text: str, trigger: "Trigger") -> bool:
        """A meeting noun naming the purpose of a journey ('arrived in Geneva for talks'): the travellers
        are its parties as if they met. Default: never."""
        return False

    def held_before_main(self, text: str, tokens, trigger: "Trigger") -> bool:
        """A meeting verb heading a clause of what was done before the main clause's act ('B와 회담한 뒤 X로
        향했다'): a meeting held, whose parties are read as a predicate's (states too), though another moment
        than the main clause's. Default: never."""
        return False

    def past_year(self, text: str, start: int, end: int, year: int) -> bool:
        """Whether [start, end) names an earlier year as when something happened ('fought a war from 1998 to 2000',
        'signed a peace deal in 2018', '2018년에 서명했다'; lexicon `past_year_re`), with no month of its own: an act
        there is history, not news of the report's days. A year inside an aside (`past_year_aside_re`: 'The
        government, which has been based there since 2023, accused ...') dates the aside, not the act. A war
        named by its year or a world war ('during the 1879 war', '2차 세계대전 당시': groups `war_year`, `era`) is such
        a past too (plover47)."""
        pattern = self.lex.get("past_year_re")
        if not pattern:
            return False
        asides = [m.span() for m in self.lex.re("past_year_aside_re").finditer(text)] \
            if self.lex.get("past_year_aside_re") else []
        return any(m.start() < end and past_match(m, year) and not any(a <= m.start() < b for a, b in asides)
                   for m in self.lex.re("past_year_re").finditer(text, start))  # begun in range, ended anywhere

    def elapsed_since(self, text: str, end: int) -> bool:
        """The meeting word ending at `end` is the point a span of time is counted from ('회담한 지 한 달 만이다'):
        an earlier meeting, whose day is not the story's. False where the language has no such reading."""
        return False

    def counted_to_main(self, text: str, end: int) -> bool:
        """The meeting word ending at `end` is the point a span of time is counted from to the sentence's own meeting
        ('회담한 지 25일 만에 다시 만났다'): its words name the new meeting's parties, so its clause's date is not that
        meeting's (dates41). False where the language has no such reading."""
        return False

    def dates_verb(self, text: str, date_end: int, verb_start: int) -> bool:
        """The date ending at `date_end` is the adverbial of the verb at `verb_start` that follows it ('... and on
        Thursday urged X'), not of what stands before it (pipeline/act_dates.judged_noun_dates). True where the
        language has no such reading: every date keeps its reading."""
        return True

    def background_date(self, text: str, start: int, end: int) -> bool:
        """The date at [start, end) dates an earlier event recalled as background ('since May 3',
        '지난번', '~ 이후 처음'), never the story's own date."""
        raise NotImplementedError

    # --- acts ----------------------------------------------------------------------------------------
    def find_acts(self, text: str, tokens) -> list[ActHit]:
        raise NotImplementedError

    def recipients_side(self) -> str:
        """Where an act's receiving side stands relative to its verb: 'before' (SOV) or 'after' (SVO)."""
        raise NotImplementedError

    def act_phrase_end(self, text: str, end: int) -> int:
        """Where the phrase of an act word ending at `end` stops at the latest: before a verb coordinated with the
        clause's own ('condemned an attack on a hospital [and called on X]'), whose parties are not the act's.
        The end of the text where the language has no such reading."""
        return len(text)

    def accord_matter(self, text: str, tokens, trigger: tuple[int, int],
                      clause: tuple[int, int]) -> list[tuple[int, int, str]] | None:
        """What a signed accord is about: the content words, as (start, end, lemma), of the noun phrase of the
        document its trigger names ('signed a trade agreement', '무역 협정에 서명했다'), within its clause; None when
        the trigger names no document (a pledge's wording is not compared). Merging tells two accords of one pair on
        one day apart by it."""
        return None

    def act_done_jointly(self, text: str, end: int, clause: tuple[int, int]) -> bool:
        """An act word ending at `end` marked as done together by its clause ('jointly condemned', 'condemned the
        launch together', '함께 규탄했다': the lexicon's `joint_act_re` within the clause, up to where the act's phrase
        stops): the makers' act at one occasion, not one maker's own told elsewhere (pipeline/joint_acts.py)."""
        if not self.lex.get("joint_act_re"):
            return False
        stop = min(clause[1], self.act_phrase_end(text, end))
        return self.lex.re("joint_act_re").search(text, clause[0], max(stop, end)) is not None

    def coordinated_accords(self, text: str, tokens, trigger: tuple[int, int],
                            clause: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of further accord documents coordinated with the one the trigger names ('signed a trade pact
        and a defence agreement', '무역 협정과 국방 협정에 서명했다'): each is an accord of its own, read for its own
        matter (`accord_matter` over the span). None where the language has no such reading."""
        return []

    def main_predicate(self, text: str, tokens, start: int) -> bool:
        """The word at `start` is (part of) the sentence's main predicate, not a verb of an embedded or
        relative clause: a main predicate's dropped subject is the sentence's topic."""
        raise NotImplementedError

    def agent_follows(self, text: str, end: int) -> bool:
        """The words after an act noun introduce its agent ('launches by X', 'the deployment of X')."""
        raise NotImplementedError

    def names_a_rule(self, text: str, end: int) -> bool:
        """The country ending at `end` names a rule, not a party ('UN Security Council resolutions')."""
        raise NotImplementedError

    def names_a_venue(self, text: str, start: int, end: int) -> bool:
        """The body at [start, end) names a gathering, not a party to an act ('the ASEAN summit', 'G20 정상회의',
        'to attend the OAS', '아세안에 참석'): where the act happens or what is attended, never who acts or receives it."""
        return bool(self.lex.re("venue_after_re").match(text, end)
                    or self.lex.re("venue_before_re").search(text, max(0, start - VENUE_REACH), start))

    def adversary_references(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, count) of the sentence's words for states as two sides of a conflict ('the two rivals',
        'the nuclear-armed neighbours', 'the warring sides', '두 앙숙', '교전 당사국'): they stand for the sides of the
        latest conflict act reported, not for the parties of the latest meeting. A conflict has two sides, whatever
        word counts them."""
        return [(m.start(), m.end(), CONFLICT_SIDES) for m in self.lex.re("adversaries_re").finditer(text)]

    def names_a_site_nearby(self, text: str, start: int, end: int) -> bool:
        """The country at [start, end) owns a site a strike landed near ('hit a village near the Irish peacekeepers'
        base', '아일랜드군 부대 주둔지 인근 마을을 공습'): where it landed, not whom it hit (a place named so, 'near Sidon',
        '시돈 인근', is the territory struck and stays)."""
        if not self.lex.re("site_near_before_re").search(text, max(0, start - SITE_NEAR_REACH), start):
            return False
        after = self.lex.re("site_near_after_re")  # the site's noun may close the name itself ('이집트 대사관')
        return any(after.match(text, at) for at in [end, *(k for k in range(start, end) if text[k].isspace())])

    def is_headline(self, paragraph: str) -> bool:
        """A paragraph that ends without a sentence's final mark ('X blows up Y; Z warns', 'A, B서 정면충돌'): a
        headline standing above the lead, not the lead itself (fields10: pipeline/lead_dates)."""
        rest = paragraph.rstrip().rstrip("\"'”’»)")
        return bool(rest) and rest[-1] not in ".!?。…"

    def opens_recall(self, text: str) -> bool:
        """The sentence opens by saying it goes back ('앞서 ...', 'Earlier, ...'; lexicon recall_opening_re): the day
        it takes the story to is recalled for its paragraph only. False for a language without the pattern."""
        return self.lex.get("recall_opening_re") is not None and bool(self.lex.re("recall_opening_re").match(text))

    def opens_reply(self, text: str) -> bool:
        """(koacts38) The sentence opens by saying it answers what was just told ('이에 B는 ...', 'In response, B ...';
        lexicon reply_opening_re): its acts are aimed at the sides that acted in the sentence before. False for a
        language without the pattern."""
        return self.lex.get("reply_opening_re") is not None and bool(self.lex.re("reply_opening_re").match(text))

    def response_act(self, text: str, start: int, end: int) -> bool:
        """The act answers an earlier one ('대응 사격', 'in response'): its target is the earlier actor. One reader for
        every language: the lexicon's `response_re` in the act's words and `mode_window_chars` on either side, since
        the answer may be told before the act ('In response, X fired ...') or after it ('X held a drill in response
        to Y's launch', '동원해 바로 대응 사격을 했다')."""
        window = self.settings.mode_window_chars
        return bool(self.lex.re("response_re").search(text[max(0, start - window):end + window]))
