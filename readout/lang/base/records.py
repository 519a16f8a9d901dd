"""The values a language hands the pipeline: an act trigger (`ActHit`), a meeting word (`Trigger`), a word
standing for people (`Reference`, `AgentReference`), the clause a background date dates (`DateClause`), and a
language's readers of text units (`Units`).

Why a module of their own: every act module of both languages builds `ActHit`s, and the topic mixins of `Language`
(lang/base/*) answer with these values; none of them needs the interface itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Callable, NamedTuple

from readout.copies import quick_replace


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

    def copied(self, **changes) -> ActHit:
        """(speed51b) The hit with the fields named in `changes` changed, the rest shared, as `dataclasses.replace`
        makes it (an unknown field is a TypeError). Why: `replace` walks `fields()` and calls the generated
        `__init__` through the frozen class's `object.__setattr__` per field; a hit is copied about 600 times over
        the bench's documents. The copy's `__dict__` keeps the field order, so it pickles as the original would."""
        return quick_replace(self, HIT_FIELDS, changes)


HIT_FIELDS = frozenset(f.name for f in fields(ActHit))  # what `ActHit.copied` may change


def barring(hit: ActHit, spans, **data) -> ActHit:
    """The hit with `spans` added to its `not_recipient_spans` (phrases that name no receiving side: a channel, an
    open addressee, a collective), and any other data given."""
    barred = (*hit.data.get("not_recipient_spans", ()), *spans)
    return hit.copied(data={**hit.data, "not_recipient_spans": barred, **data})


WINNER_TYPES = frozenset({"SUPPORT", "CONCEDE"})  # a congratulation, a concession: what an election's outcome draws


def to_winner(hits: list[ActHit], lemmas: frozenset[str]) -> list[ActHit]:
    """(congrats50) `hits` with each congratulation or concession whose word is in the language's `lemmas` marked
    `to_winner`: when it names no state, it goes to the state whose election the story tells (pipeline/act_winners)."""
    return [h.copied(data={**h.data, "to_winner": True}) if h.type in WINNER_TYPES and h.lemma in lemmas else h
            for h in hits]


CIVILIANS = "CVL"  # the PLOVER sector of a state's people: who receives its acts at home, who protests or asks

# (groups54b, issue 14) acts whose object, when it names an office's holder (hit data `office_object`), is a member of
# the acting body where both sides are one ('the president accused the auditor general', '대통령은 감사원장을 비난했다')
OFFICE_ACCUSED = frozenset({"ACCUSE"})
MUTUAL_TYPES = frozenset({"AGREE", "COOPERATE"})  # both sides act (PLOVER's mutual acts): the other party joins the actors


GENERIC_PLEDGE_OF = frozenset({"COOPERATE", "SUPPORT"})  # "agreed to cooperate closely": a generic AGREE
# the lexicons' `body_back_codes` key of the bodies that convene sessions (lang/*/act_convened.py)
CONVENING_BODY = "convening body"


def with_generic_pledge(hit: ActHit, pledged: str | None) -> ActHit:
    """An AGREE that a language read from a pledge to cooperate or support in general (PLOVER codes a
    future cooperative act as AGREE) is a generic pledge, which users filter out; a pledge to meet or
    to give aid stays a real agreement."""
    if hit.type == "AGREE" and pledged in GENERIC_PLEDGE_OF and not hit.generic:
        return hit.copied(generic=True)
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
    home_word: bool = False  # the noun also names the writer's state ('정부 대변인은'): see `government_references`


@dataclass(frozen=True)
class Units:
    """A language's readers of text units, each a function of its own module (lang/<code>/sentences.py,
    dates.py, places.py, countries.py): the `Language` methods that only hand the sentence to them are
    written once, here, and a language names its functions instead of repeating the delegation."""

    split: Callable  # (text, offset) -> sentence spans
    dates: Callable  # (text, offset, reference, unyeared_future_days) -> dates
    places: Callable  # (text, offset, tokens, settings) -> places
    countries: Callable  # (text, offset, tokens) -> country mentions


RAID = ("COERCE", "seize")  # a raid on a place (the manual's 'execute search, confiscate property, raid')
HOLDING = ("COERCE", "arrest")


def arrests_after_raids(hits: list[ActHit], object_first: bool = False) -> list[ActHit]:
    """(coerce56) 'Police raided the X embassy and arrested a former minister', 'X 대사관에 강제 진입해 전직 장관을
    체포했다': the place raided names its owner, who receives the raid; the people arrested there are not that owner's
    (a fugitive sheltering in a foreign mission is most often the raiding state's own). The arrest told after a raid
    in the same sentence has the raid's words (from the raid to the arrest) barred as its recipient: it is aimed at
    whom its own object names, else the arresting state's own people (pipeline/own_people); a coordinated arrest with
    no subject of its own is done by the raiding forces (their `people_subject`), so that its state's own people
    arrested stay a side apart from them. `object_first`: the language puts the raided place before the raid's verb
    (Korean), so the words barred run from the sentence's start to the raid's end."""
    out, raid = [], None
    for h in hits:
        if raid is not None and (h.type, h.mode) == HOLDING and h.start > raid.start and not h.negated:
            forces = {"people_subject": raid.data["people_subject"]} if "people_subject" in raid.data \
                and "people_subject" not in h.data else {}  # 'police raided X and arrested Y': the raiders hold Y
            h = barring(h, ((0, raid.end) if object_first else (raid.start, h.start),), **forces)
        if (h.type, h.mode) == RAID and not h.negated:
            raid = h
        out.append(h)
    return out
