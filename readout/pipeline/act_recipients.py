"""What the recipient readers share (pipeline/act_recipient_readers): the `SideReading` of one act, the `SideItem`s
that may stand for a side, the act kinds that decide who receives (`VERBAL`, `MUTUAL`, `UNDIRECTED` ...), and the
small readings more than one reader asks: the states where the language points at the target (`targeted`), the
places a sentence names (`place_items`), the side nearest the act word, the actor's own state named, an act's mode.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from readout.copies import quick_replace
from readout.lang.base import MUTUAL_TYPES, ActHit
from readout.model import LOCAL_PRECISIONS, Article, Entity, Event, Span
from readout.pipeline.common import IGO_CODES

VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AGREE", "SUPPORT", "CONCEDE", "PROTEST"}  # said
MUTUAL = MUTUAL_TYPES  # both sides act: the other party joins the actors
PROMISED = {"AID", "RETREAT", "CONCEDE", "SUPPORT"}  # read as AGREE when future: 'would send aid to X'
UNDIRECTED = {"MOBILIZE"}  # a show of force has no receiving side, unless it answers another
ADDRESSED = {"REQUEST"}  # a request has a receiving side only where its lexicon entry gives it a slot
ANSWERED = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # what appeals answer
MEASURES = {"SANCTION", "COERCE", "REJECT", "THREATEN"}  # what 'the decision', 'the measure' answers: no use of force
JUDGED_MEASURES = ("SANCTION", "COERCE")  # the measures the story keeps (`Narrative.measures`) for 'the measures'
JUDGED_ACCORDS = ("AGREE",)  # the accords the story keeps beside them for 'concerned about the pact': its parties
JUDGED_REFUSALS = ("REJECT",)  # (refer42) and the refusals, for 'denounced the veto', '거부권 행사를 비난': the vetoer
KEPT_ACTS = JUDGED_MEASURES + JUDGED_ACCORDS + JUDGED_REFUSALS  # every act kind `Narrative.measures` holds


class SideItem:
    """A name that can stand for a state on either side of an act: a person, a group word or a country,
    with the PLOVER sector its words give (a general MIL, 'Syrian rebels' REB; None: the government), and the
    person it names, if one (what an act's voice is read from: pipeline/statement_voice.py)."""

    def __init__(self, span: Span, codes: list[str], sector: str | None = None, person: Entity | None = None):
        self.span, self.codes, self.sector, self.person = span, codes, sector, person


def targeted(sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """The states named where the language says the act's target stands (`target_spans`, best first:
    the one asked or warned in a complement clause, the owner of what is condemned), other than the
    actors: the first span that names one."""
    for lo, hi in hit.data.get("target_spans", ()):
        lo, hi = sent.start + lo, sent.start + hi
        named = list(dict.fromkeys(code for i in items if lo <= i.span.start < hi or i.span.label == "country"
                                   and i.span.start < lo < i.span.end
                                   for code in i.codes if code not in actors))  # (groups1) or a state phrase around
        # the span's start: 'calm from both countries', whose count word starts before the noun the span opens
        # with (a people group, '양측' read through a meeting, is left to the pair readers)
        if named:
            return named
    return []


def place_items(article: Article, sent: Span) -> list[SideItem]:
    """The sentence's towns as the states they are in, for a target span that names no state ('struck
    Kharkiv', '연평도를 포격했다') and for people with no country word ('demonstrators in Baghdad'); a
    country named as a place is already a country word."""
    return [SideItem(p.span, [p.country]) for p in article.places
            if p.country and p.precision in LOCAL_PRECISIONS and sent.start <= p.span.start < sent.end]


def own_state_named(sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """People with no state of their own in the sentence ('workers', 'protesters') act against their own
    state when the language's target slot names it ('protested against Hungary's new law', 'a strike
    against the Greek government's reform'): PLOVER codes the same country on both sides, the people's
    sector acting and the government receiving. The receiving side reader drops the actor's own country,
    so it is read here; a state named as a place ('blocked roads in the Tunisian capital') is no target."""
    for lo, hi in hit.data.get("target_spans", ()):
        named = [code for i in items if sent.start + lo <= i.span.start < sent.start + hi for code in i.codes]
        own = list(dict.fromkeys(c for c in named if c in actors))
        if own:
            return own
    return []


def domestic_side(sent: Span, span: tuple[int, int], items: list[SideItem], actors: list[str]) -> list[str]:
    """The act's object is a people or institution noun (the language marked its span: 'arrested
    protesters', 'demanding that the Chilean government'): the states named in it, else the actor's own. An
    international body has no people or government of its own ('the European Union urged the government to')."""
    lo, hi = sent.start + span[0], sent.start + span[1]
    named = [code for i in items if lo <= i.span.start < hi for code in i.codes]
    return list(dict.fromkeys(named or [a for a in actors if a not in IGO_CODES]))


def implied_recipients(context: list[Event], actors: list[str], all_sides: bool = False,
                       joined: str | None = None, warning: bool = False) -> list[str]:
    """An appeal, warning or condemnation that names no one is addressed to the other side of the conflict
    acts just reported ("North Korea fired a missile. Japan called for restraint.": North Korea): the actors
    of each that are others, or, of an act by the speaker, its recipients; none when there is no other side.
    An appeal to every side (`all_sides`: 'urged both sides to show restraint') goes to the receiving sides too.
    (accuse59) An act of the `joined` type by others, aimed at others than the actors ('The OAS condemned the coup
    attempt. Latin American leaders also issued condemnations'), is one the actors join: its recipients, not its
    voices, receive theirs. (acts57b) A `warning` answers joint drills too (`joint_drills`)."""
    other: list[str] = []
    for e in context:
        if e.type not in ANSWERED and not (warning and joint_drills(e)):
            continue
        acting = [p.country for p in e.participants if p.country]
        receiving = [p.country for p in e.recipients if p.country]
        if e.type == joined and receiving and not set(acting + receiving) & set(actors):
            other += receiving
            continue
        other += [c for c in acting if c not in actors] if not set(acting) & set(actors) \
            else [p.country for p in e.recipients if p.country and p.country not in actors]
        other += [p.country for p in e.recipients if p.country and p.country not in actors] if all_sides else []
    return list(dict.fromkeys(other))


WARNED_COOPERATION = ("COOPERATE", "military")  # (acts57b) joint drills: the type and context a warning answers


def joint_drills(event: Event) -> bool:
    """(acts57b) Whether `event` is the joint military cooperation of others (joint drills: COOPERATE, context
    'military', as plans56 reads them), which a warning naming no one answers as it answers one state's drills
    (MOBILIZE): 'X and Y held joint drills. Z warned of stern consequences' warns X and Y. Other cooperation (a
    trade deal, aid) is no show of force and answers no warning."""
    return event.type == WARNED_COOPERATION[0] and WARNED_COOPERATION[1] in event.contexts


def receiving_side(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                   actors: list[str], settings) -> list[str]:
    """The other states in the act's own clause: the nearest before the verb (Korean) or the first
    after it (English), with any coordinated with it ('North Korea and Russia's', '러북')."""
    if hit.type in ADDRESSED and not hit.target:
        return []  # 'stressed the need for': a request addressed to no one
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    right = min(right, lang.act_phrase_end(text, hit.end))  # 'condemned an attack on a hospital and called on X',
    # 'praised the summit and renewed its invitation to X': X is the second verb's, not the first act's
    if lang.recipients_side() == "before":  # the complement clause before the verb holds the target too
        subjects = [i.span.end for i, r in zip(items, roles) if r == "subject" and i.span.end <= sent.start + hit.start]
        left = min(left, max(subjects) - sent.start) if subjects else left
    barred = hit.data.get("not_recipient_spans", ())  # 'opposed new sanctions on X': the measure's target
    barred = tuple(barred) + tuple(hit.data.get("described_spans", ()))  # '[X의 우방]인 Y는': who Y is, no party
    left = max(left, hit.data["open_span"][1]) if hit.data.get("open_span") else left  # restraint35: an appeal to
    # every side ('called on all parties to', '모든 당사자가 ...할 것을 촉구') asks no state named before its parties phrase
    pool = [(i, r) for i, r in zip(items, roles)
            if sent.start + left <= i.span.start < sent.start + right and r != "source"  # who reports it
            and not lang.names_a_rule(text, i.span.end - sent.start)
            and not any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in barred)]
    foreign = [i for i, _r in pool if any(code not in actors for code in i.codes)]  # an embedded subject too
    picked = nearest_side(lang, text, sent, hit, foreign, settings) \
        or [i for i, r in pool if r == "object" and i in foreign  # a passive's subject: 'X was attacked by Y'
            and not hit.data.get("own_addressee")]  # not an earlier verb's object: 'condemned X and urged its allies'
    return list(dict.fromkeys(code for i in picked for code in i.codes if code not in actors))


def nearest_side(lang, text: str, sent: Span, hit: ActHit, pool: list[SideItem], settings) -> list[SideItem]:
    """The item nearest the verb on the language's receiving side, with the items coordinated with it."""
    pos, end = sent.start + hit.start, sent.start + hit.end
    if lang.recipients_side() == "before":  # an item may run into the act's own noun ('[대만 출신 이주민들]을 추방')
        zone = [i for i in pool if i.span.start < pos and i.span.end <= end]
        picked = zone[-1:]
        for prev in reversed(zone[:-1]):  # '러시아와 북한의': back over the coordinated names
            if not lang.coordinated(text, prev.span.end - sent.start, picked[0].span.start - sent.start):
                break
            picked.insert(0, prev)
        return picked
    zone = [i for i in pool if i.span.start > pos and i.span.start - end <= settings.recipient_reach_chars]
    picked = zone[:1]
    for nxt in zone[1:]:  # 'North Korea and Russia's'
        if nxt.span.start - picked[-1].span.end > settings.coordination_gap_chars \
                and not lang.coordinated(text, picked[-1].span.end - sent.start, nxt.span.start - sent.start):
            break  # 'of South Korea and the United States': the language says the names are joined
        picked.append(nxt)
    return picked


@dataclass
class SideReading:
    """One act's reading for the recipient readers: what they read (the sentence, the hit, its side items with
    their roles, the story) and the sides found so far, which each reader may change (`actors` grows for a
    mutual act; `domestic` holds the countries on both sides of a domestic act)."""
    article: Article
    sent: Span
    lang: object
    text: str
    tokens: object
    hit: ActHit
    items: list[SideItem]
    roles: list[str]
    settings: object
    story: object
    context: list[Event]
    meetings: list[Event]  # the meetings this sentence reports
    actors: list[str]
    recipients: list[str] = field(default_factory=list)
    domestic: set[str] = field(default_factory=set)
    proposals: list[Event] = field(default_factory=list)  # the requests and offers of the sentences just before
    earlier: list[Event] = field(default_factory=list)  # conflict acts of the sentences before the previous one
    receiving_sector: str | None = None  # the sector of the receiving side of a domestic act, where a reader set it

    def copied(self, **changes) -> SideReading:
        """(speed51b) The reading with the fields named in `changes` changed, the rest shared (its lists too), as
        `dataclasses.replace` makes it (an unknown field is a TypeError). Why: `replace` walks `fields()` and calls
        `__init__` with every field named; a reading is copied about 1,100 times over the bench's documents."""
        return quick_replace(self, READING_FIELDS, changes)


READING_FIELDS = frozenset(f.name for f in fields(SideReading))  # what `SideReading.copied` may change


def aimed_at(earlier: list[Event], actors: list[str]) -> list[str]:
    """'X imposed sanctions on Z. The move came ... Y welcomed it. Z rejected the accusations.': with no conflict act
    in the sentence before, an answer goes to the acting side of the nearest earlier act done to its actor."""
    for e in reversed(earlier):
        if {p.country for p in e.recipients} & set(actors):
            return [c for c in dict.fromkeys(p.country for p in e.participants if p.country) if c not in actors]
    return []


def aimed_acts(events: list[Event], actors: list[str]) -> list[Event]:
    """(request56) The acts told before that were done to the rejecting side ('X ordered Y's ambassador to leave. Y
    dismissed the demand'): an order, expulsion or measure is a demand too, so a rejection naming no owner answers its
    maker when no request, offer or threat was told after it (`rejected_proposal` reads them first, proposals last)."""
    return [e for e in events if {p.country for p in e.recipients} & set(actors)]


def rule_only(r: SideReading, span: tuple[int, int]) -> bool:
    """(refer42) Whether every side named in the object span names a rule ('violation of Security Council
    resolutions', '안보리 결의 위반'): the body whose rule it is is no people and no party (issue 13), and the object is
    what was broken, so the act has no domestic side."""
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    named = [i for i in r.items if lo <= i.span.start < hi]
    return bool(named) and all(r.lang.names_a_rule(r.text, i.span.end - r.sent.start) for i in named)


PROPOSING = frozenset({"REQUEST", "AGREE", "THREATEN"})  # acts that put forward what another side may reject
CHARGING = frozenset({"ACCUSE", "PROTEST"})  # acts whose charge or protest the charged side may deny or dismiss


def hit_mode(r: SideReading) -> str | None:
    """The act's mode: the lexicon entry's, else the one its language reads from the words (as the event will have)."""
    return r.lang.act_mode(r.hit, r.text)


def holding_kind(kind: str, mode: str | None) -> bool:
    """Whether an act of this type and mode holds or frees a state's vessel or people."""
    return (kind, mode) in HOLDING


HOLDING = frozenset({("COERCE", "seize"), ("COERCE", "arrest"), ("RETREAT", "release")})
