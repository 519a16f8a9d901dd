"""The one data model: an `Article` owns its text; everything found in it is a `Span` over that text.

Why spans: offsets into the stored text never drift, because nothing is cut out of the text. Boilerplate
is marked, not removed; sentences, mentions, triggers, dates and places are (start, end, label) over
the same string (spaCy's Doc/Span). Events point back to their evidence sentences by offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Span:
    """A labelled range [start, end) of an article's text; `data` holds what the label needs."""

    start: int
    end: int
    label: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self, article: "Article") -> str:
        return article.text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


# (debt51b) The `reason` of an office holder named by title alone ('the Chilean foreign minister'): pipeline/mentions
# gives it, pronoun_rivals and statement_voice ask it. Here, with the entity, so that no reader imports the
# mention resolver for it (mentions imports pronoun_rivals).
TITLE_ONLY = "title only"


@dataclass
class Entity:
    """A resolved actor: a person, organization or country (the `actors`/`recipients` of an event)."""

    kind: str  # person | organization | country
    id: str
    name: str
    names: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    reason: str = ""  # why the mention resolved to this entity (exact alias, variant rule, ...)

    def to_record(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "names": self.names,
                "country": self.country, "sector": self.sector, "office": self.office}


@dataclass
class RawMention:
    start: int  # name start, relative to the sentence; found by a language finder
    name_end: int
    end: int  # end of the name and its title chain
    surface: str
    title: str | None = None
    office: str | None = None
    country: str | None = None
    role: str = "other"
    excluded: bool = False
    alias: str | None = None  # a roman form written beside the Hangul one: 성 김(Sung Kim)
    name_start: int | None = None  # where the name itself starts when a title precedes it
    known_only: bool = False  # a short form ('왕 부장') only a person the document named resolves: no KB guess
    former: bool = False  # the title says the person left the office ('X 전 총리'): no sitting holder by sound

    @property
    def name_from(self) -> int:
        return self.start if self.name_start is None else self.name_start


@dataclass
class CountryMention:
    """A country named in a sentence (absolute offsets); compounds name several (한미일)."""

    start: int
    end: int
    codes: list[str]
    genitive: bool = False
    subject: bool = False
    particle: str | None = None  # Korean: the particle after it; None for a bare noun ('북한군 파병')
    recipient: bool = False  # Korean '대북 제재' (toward X): the side acted on, never the actor
    sector: str | None = None  # PLOVER sector of the agent noun after it ('Syrian rebels' REB); None: GOV
    town: bool = False  # (places58) a town or city acting for its state ('Haifa condemned'; places58b: 'Haifa
    # police'): pipeline/person_towns


@dataclass
class Mention:
    """A span naming an entity, with the grammatical role it plays in its sentence."""

    span: Span  # label: person | country | organization
    surface: str  # the name as written (without title)
    entity: Entity | None = None
    role: str = "other"  # subject | with | object | genitive | other
    title: str | None = None  # office phrase around the name
    country_hint: str | None = None  # country named in the title chain
    office_hint: str | None = None  # KB office id matched in the title chain
    excluded: bool = False  # reporters, spokespeople: named but never an event's party
    alias: str | None = None  # the other form the text pairs with the name: 성 김(Sung Kim)


@dataclass
class DateRef:
    """A resolved date expression."""

    span: Span
    value: date | None
    precision: str  # day | month | year
    local_time: bool = False  # "(현지시간)" / "local time": stated in the place's own time zone
    reporting: bool = False  # the date of a statement ("said Friday"), not of an event
    relative_to_narrative: bool = False  # "이날", "that day": the date in force in the narrative
    background: bool = False  # dates an earlier event recalled ("since May 3", "지난번"): never the story's


@dataclass
class Place:
    span: Span
    name: str
    names: list[str]
    country: str | None
    lat: float | None
    lon: float | None
    precision: str  # city | region | country (places53: a territory or region, 'Gaza Strip', is no city)

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "names": self.names, "country": self.country,
                "lat": self.lat, "lon": self.lon, "precision": self.precision}


LOCAL_PRECISIONS = ("city", "region")  # (places53) a place inside one state: a town, or a region or territory ('Gaza
# Strip', 'Bryansk region'); what the readers of a place as its state take ('struck X' lands on X's state)

OCCURRED = "occurred"  # the status of an event that took place (as against planned, cancelled ...)
CALLED_OFF = "cancelled"  # the status of a meeting that did not take place


@dataclass
class Event:
    """One event as one document reports it (merged across documents later, in storage)."""

    type: str
    mode: str | None
    status: str
    participants: list[Entity]  # actors
    recipients: list[Entity] = field(default_factory=list)
    date: date | None = None
    date_precision: str | None = None
    date_basis: str | None = None  # text | narrative | published: where the date came from
    # a part of a month or of a week ('late March', '지난주 말'): its first and last day
    date_window: tuple[date, date] | None = None
    # debt56: a deed told as done before the story's day and dated by the window of days up to it, not by its own words
    # (pipeline/act_dates.windowed, and a year gone by that frames it); pipeline/acts.recalled_apart reads it
    recalled: bool = False
    date_relative: bool = False  # the day is '이날', 'that day': the story's (or the report's), not a day written out
    date_again: bool = False  # the day is told as another occasion of a like act ('1일에도', 'also on Monday')
    clock: str | None = None  # the country of the dateline its sentence is filed under ('SEOUL, June 21'): whose day
    local_time: bool = False
    location: Place | None = None
    contexts: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)  # sentence spans
    lang: str = "ko"
    implied: bool = False  # inferred (joint statement of two officials), not stated by a trigger
    generic: bool = False  # AGREE on a generic pledge ("cooperate closely"): users filter these out
    trigger: str = ""
    trigger_at: int | None = None  # where its trigger starts in the article's text (a headline's clause: headline_acts)
    voice: Entity | None = None  # a statement's speaker its clause names (pipeline/statement_voice.py)
    makers: list[Entity] = field(default_factory=list)  # every person its clause names as its makers (statement_makers)
    matter: tuple[str, ...] = ()  # an accord's matter: its clause's content lemmas (pipeline/act_matter.py)
    matter_contexts: tuple[str, ...] = ()  # the PLOVER contexts its matter's words name: compared across languages
    measure: str | None = None  # what a SANCTION's measure affects, a class of its object (Language.measure_object)
    jointly: bool = False  # its clause marks it done together ('jointly condemned', '함께 규탄했다': joint_acts.py)
    asked_time: date | None = None  # the planned time of the deed a request asks for ('invited X to visit in March')
    mediators: frozenset[str] = frozenset()  # a meeting's parties who brokered or hosted it for the others: at the
    # table (CONSULT), never a side of what the others agreed there (act_actor_defaults.meeting_countries)

    def participant_ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.participants)


@dataclass
class Article:
    """A document: its stored text and everything the pipeline finds in it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None  # from metadata or the text; None where neither gives it
    published_basis: str | None = None  # metadata | text | inferred
    reference_date: date | None = None  # what relative dates resolve against
    path: str | None = None
    line: int | None = None  # the JSONL line it came from
    digest: str | None = None  # content hash: an unchanged document is not extracted or stored again
    boilerplate: list[Span] = field(default_factory=list)
    datelines: list[Span] = field(default_factory=list)
    segments: list[Span] = field(default_factory=list)  # label: ko | en
    paragraphs: list[Span] = field(default_factory=list)  # content paragraphs, label = language
    sentences: list[Span] = field(default_factory=list)  # label = language
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tokens: dict[int, tuple] = field(default_factory=dict)  # sentence start -> morphemes (Korean)
    topics: dict[int, Entity] = field(default_factory=dict)  # sentence start -> narrative topic before it
    countries: dict[int, list] = field(default_factory=dict)  # sentence start -> CountryMentions (cached)
    country_finds: dict[int, list] = field(default_factory=dict)  # sentence start -> the language's own country
    # mentions, before the story's references (cached: places.story_state_counts reads them, countries_in builds on
    # them)
    meeting_words: dict[int, tuple] = field(default_factory=dict)  # sentence start -> its meeting Triggers (cached)
    short_forms: dict[int, dict] = field(default_factory=dict)  # sentence start -> the group short forms it teaches
    # (cached: pipeline/short_forms reads every earlier sentence's for each sentence)
    group_antecedents: dict[tuple, object] = field(default_factory=dict)  # (language, description noun) -> the
    # groups of that kind named so far (pipeline/group_references.Antecedents: each sentence read once per kind)
    notes: list[str] = field(default_factory=list)
    fingerprint: object = None  # near-duplicate signature and bands a worker computed (store.neardup.Fingerprint)
    prepared: object = None  # the document-only parts of its rows a worker computed (store.prepared.Prepared)

    @property
    def languages(self) -> list[str]:
        return sorted({s.label for s in self.segments})

    def sentence_at(self, pos: int) -> Span | None:
        for s in self.sentences:
            if s.contains(pos):
                return s
        return None
