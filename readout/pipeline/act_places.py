"""(places52, issue 13) Where an act other than a meeting happened: the place its own clause names.

Meetings are placed by `meeting_build.pick_place` and `consolidate` (visits, the trip, the dateline); every other act
had no place although its clause names one ('Police arrested an opposition leader in Sfax', '시위대는 리옹에서 집회를
열었다', 'Drones hit Kherson'). A step of its own after `consolidate_events`, so it sees each event once, merged.

The rule (precision over recall; docs/coding-choices.md "An act's place is the one its own clause names"):
- only a place inside the trigger's clause (`Language.clause`; with a relative clause that places the act's own
  gathering noun, '리옹에서 열린 집회에서 … 체포했다': `Language.act_scene_start`), never one of another clause of the sentence, of a
  quote or recalled clause the act is not in, nor of another sentence, nor the dateline;
- only a place joined to the act word's phrase (`Language.act_place_joined`): nothing between them that opens another
  phrase or clause ('the war in X', 'diplomats based in X', '…한 뒤'); a sentence's opening scene phrase ('In X, A
  urged') joins its main predicate only;
- only a place the language says the act happened at (`Language.act_place_cue`): after or before a plain locative
  ('in X', 'X에서'), the town a march went through ('marched through central X', 'X 시내를 행진했다'), or, for an
  attack, the town it took as its object or advanced on ('shelled X', 'X를 포격했다', 'X로 진격했다'); never where a
  journey came from or went on to, nor a talk's topic (the place finder's `origin`, `onward`, `topic`);
- a town over its region ('in Nablus in the West Bank') over its state; a region named with its type word over the
  owner and the town of its name inside it ('in Russia's Bryansk region', 'in Kandahar province': places53); a town listed with another, or two towns in the clause ('hit X and Y'), place nothing;
- a state alone only after 'in' / before '에서', or owning its part named next ('in X's Kursk region', 'X 남부에서').
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from readout import budget
from readout.model import Article, Event, Place
from readout.pipeline.consolidate import with_basis

MEETING = "CONSULT"  # placed by meeting_build and consolidate: left as they are
STRUCK_TYPES = frozenset({"ASSAULT"})  # acts whose object town is where they happened ('shelled X')
BLOCKED_KINDS = frozenset({("COERCE", "restrict"), ("ASSAULT", None)})  # meet54: a blockade's or a siege's object town
PRECISION_ORDER = ("city", "region", "country")  # a town before its region before its state (places53)
NOT_WHERE = ("origin", "onward", "topic", "later_phrase")  # place-finder marks of a place no act happened at


def place_acts(article: Article, ctx) -> Article:
    """Give each act but a meeting that has no place the one place its own clause names. The act words of the
    document are listed once here (places53: a list per event made the step quadratic in the events)."""
    index = DocIndex.of(article)
    for event in article.events:
        budget.check("place_acts")
        if event.type == MEETING or event.location is not None or event.trigger_at is None:
            continue
        event.location = with_basis(clause_place(article, event, ctx, index), event)
    return article


@dataclass(frozen=True)
class DocIndex:
    """What every event's reading asks of the whole document, built once (places53): where its act words stand and
    its places, both sorted by offset, so an event reads only its own clause's stretch by binary search."""
    triggers: list[int]
    places: list[Place]
    starts: list[int]

    @classmethod
    def of(cls, article: Article) -> "DocIndex":
        places = sorted(article.places, key=lambda p: p.span.start)
        return cls(sorted(e.trigger_at for e in article.events if e.trigger_at is not None), places,
                   [p.span.start for p in places])

    def places_in(self, start: int, end: int) -> list[Place]:
        """The places that open in [start, end)."""
        return self.places[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def clause_place(article: Article, event: Event, ctx, index: DocIndex | None = None) -> Place | None:
    """The place the trigger's own clause names as where the act happened, or None. `index`: the document's act
    words and places, built once per document by `place_acts` (built here when None)."""
    sent = article.sentence_at(event.trigger_at)
    if sent is None:
        return None
    lang, text = ctx.language(sent.label), article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    start = event.trigger_at - sent.start
    lo, hi = lang.clause(text, tokens, start, start + len(event.trigger))
    lo = lang.act_scene_start(text, lo)  # places53: '리옹에서 열린 집회에서 … 체포했다': the scene's relative clause
    index = index or DocIndex.of(article)
    inside = [p for p in index.places_in(sent.start + lo, sent.start + max(hi, start)) if p.span.end > p.span.start]
    lists = [(p.span.end, sent.start + lang.act_place_list_end(text, p.span.end - sent.start)) for p in inside]
    pool = [p for p in inside if not any(a < p.span.start < b for a, b in lists)  # 'X와 오데사를': listed second
            and not any(p.span.data.get(k) for k in NOT_WHERE)
            and own_cue(lang, text, tokens, p, sent.start, event, index.triggers)]
    pool = [p for p in pool if not any(covers(q, p) for q in pool)]  # 'in Russia's Bryansk region': the region
    cities = {p.name for p in pool if p.precision == "city"}
    if len(cities) > 1:
        return None  # 'drones hit X and Y overnight': no one place of the act
    return min(pool, key=lambda p: (precision_rank(p), abs(p.span.start - event.trigger_at)), default=None)


def precision_rank(place: Place) -> int:
    """Where the place's precision stands in PRECISION_ORDER (an unknown one last)."""
    return PRECISION_ORDER.index(place.precision) if place.precision in PRECISION_ORDER else len(PRECISION_ORDER)


def covers(outer: Place, inner: Place) -> bool:
    """(places53) Whether `outer` is a longer place written around `inner`: 'Russia's Bryansk region' around its owner
    'Russia', 'the Kandahar province' around the town 'Kandahar': the longer name is the place meant."""
    return outer is not inner and outer.span.start <= inner.span.start and inner.span.end <= outer.span.end \
        and outer.span.end - outer.span.start > inner.span.end - inner.span.start


def own_cue(lang, text: str, tokens, place: Place, offset: int, event: Event, others: list[int]) -> bool:
    """Whether the language reads the place as where this act happened: joined to the act word's phrase (a
    sentence's opening scene phrase, 'In X, A urged', joins only its main predicate), and a locative the place
    finder marked too, or the town an attack struck. `others`: where the document's act words stand, sorted (an act word
    between the scene phrase and this one is the main predicate, this one a deed it names; the event's own word
    stands at its trigger, never before it, so the list may hold it)."""
    at = (place.span.start - offset, place.span.end - offset)
    trigger = (event.trigger_at - offset, event.trigger_at - offset + len(event.trigger))
    main = lang.main_predicate(text, tokens, trigger[0]) and not act_word_between(
        others, place.span.end, event.trigger_at)  # 'In X, A condemned B's launch': not the launch's
    if not lang.act_place_joined(text, at, trigger, main):
        return False  # 'the war in X', 'diplomats based in X': a place of another phrase of the clause
    cue = lang.act_place_cue(text, at[0], at[1], place.precision)
    if cue == "where":
        return bool(place.span.data.get("locative"))
    if cue == "route":
        return True  # places53: 'marched through central X': the finder marks a route no locative
    if cue == "part":
        return True  # 'in Russia's Bryansk region': the state owns the part where; the finder marks no locative
    if cue == "blocked":  # meet54: 'blockaded X': the town closed is where the restriction (or a siege's attack) was
        return (event.type, event.mode) in BLOCKED_KINDS or event.type in STRUCK_TYPES
    return cue == "struck" and event.type in STRUCK_TYPES


def act_word_between(triggers: list[int], start: int, end: int) -> bool:
    """Whether an act word of the sorted `triggers` stands in [start, end): one binary search, not a scan of every
    event's word for every event and place (places53)."""
    i = bisect_left(triggers, start)
    return i < len(triggers) and triggers[i] < end
