"""Resolve a person mention (name form, title, country, document date) to one knowledge-base person,
or to a stable new person when the KB does not know them. Every resolution says why.

The resolver never changes while a run uses it: aliases learned from earlier runs come in with the
run's `Knowledge`; a pairing a document itself shows (성 김(Sung Kim)) is kept by that document's
reader and written by the store for the next run.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from readout.kb.hangul_readings import ORIGIN_OF_COUNTRY, latin_name
from readout.kb.heads import head_offices, head_on
from readout.kb.leader_sounds import curated_by_sound, leader_by_sound
from readout.kb.leaders import leader
from readout.cache import disk_cached
from readout.kb.loader import IGO_CODES, KnowledgeBase, kb
from readout.kb.offices import body_sector
from readout.kb.phonetic import keys as phonetic_keys, stable_person_id
from readout.kb.region_sound import hangul_vowels, vowel_match
from readout.kb.names import (
    compound_surname,
    is_hangul,
    looks_korean_name,
    normalize,
    romanize_korean_name,
    skeleton_key,
    split_korean_name,
    transliteration_variants,
    variant_key,
)
from readout.kb.entries import PersonEntry
from readout.model import Entity

if TYPE_CHECKING:
    from readout.kb.knowledge import Knowledge

ROMAN_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


PersonIndex = tuple[dict[str, set[str]], dict[frozenset[str], set[str]], dict[str, set[str]], dict[str, set[str]]]


def person_index(base: KnowledgeBase) -> PersonIndex:
    """The knowledge base's persons by normalized name form, by variant key (Latin forms), by name
    token (a surname with a title: '박 장관') and by consonant skeleton (Latin names of non-East-Asian
    people: another transliteration), each to the ids of the persons it may name."""
    alias: dict[str, set[str]] = defaultdict(set)
    key: dict[frozenset[str], set[str]] = defaultdict(set)
    token: dict[str, set[str]] = defaultdict(set)
    skeleton: dict[str, set[str]] = defaultdict(set)
    for p in base.persons.values():
        derived = [v for form in [p.name, *p.variants, *p.ko] for v in transliteration_variants(form, p.countries())]
        for form in [p.name, *p.ko, *getattr(p, "ko_titled", []), *p.variants, *derived,
                     *filter(None, [compound_surname(p.name, p.origin)])]:
            alias[normalize(form)].add(p.id)
            for tok in form.split():
                token[tok.lower() if not is_hangul(tok) else tok].add(p.id)
            if is_hangul(form) and p.origin == "ko" and " " not in form:
                token[split_korean_name(form)[0]].add(p.id)  # '박 장관' (2022) -> 박진
            if not is_hangul(form):
                key[variant_key(form)].add(p.id)
                if p.origin == "western" and (sk := skeleton_key(form)):
                    skeleton[sk].add(p.id)
    return alias, key, token, skeleton


@disk_cached("person-index")
def cached_person_index() -> PersonIndex:
    """`person_index` of the data files' knowledge base, kept by the start-up cache under the package's
    hash (variant keys of some 1,500 name forms were a fifth of readout's own warm start-up)."""
    return person_index(kb())


class PersonResolver:
    """Indexes the KB persons once; `resolve` is then a few dictionary look-ups."""

    def __init__(self, knowledge: "Knowledge"):
        base = knowledge.base
        self.kb: KnowledgeBase = base
        self.learned = knowledge.learned.forms  # normalized name -> person id, learned by earlier runs
        self.learned_entities = knowledge.learned.people
        self.heads = set(head_offices())
        self.alias, self.key, self.token, self.skeleton = cached_person_index() if base is kb() else person_index(base)
        self.sound: dict[str, list[tuple[str, str]]] | None = None  # built on the first unknown Hangul name
        self.latin: dict[str, list[str]] | None = None  # likewise, the keys of the foreign persons' Latin names

    # --- public ------------------------------------------------------------------------------
    def resolve(self, surface: str, office: str | None = None, country: str | None = None,
                day: date | None = None, former: bool = False) -> Entity:
        """The person a mention names; an unknown name becomes a new person with a stable id. `former`: the title
        says the person left the office ('former', '전'), so no sitting officeholder is guessed by sound."""
        for ids, reason in self.candidates(surface):
            chosen = self.choose(ids, office, country, day)
            if chosen:
                return self.entity(chosen, day, surface, reason)
        learned = self.learned.get(normalize(surface))
        if learned:
            if learned in self.kb.persons:
                return self.entity(self.kb.persons[learned], day, surface, "learned alias")
            if learned in self.learned_entities:
                known = self.learned_entities[learned]
                return dataclasses.replace(known, names=list(known.names), reason="learned alias")
        by_sound = self.by_sound(surface, office, country, day)
        if by_sound:
            return self.entity(by_sound, day, surface, "phonetic key")
        by_title = self.by_partial_name(surface, office, country, day, former)
        if by_title:
            return self.entity(by_title, day, surface, "title + date")
        if office is None and " " not in surface.strip() and not is_hangul(surface):
            head, code = head_on(surface, day, self.heads)  # 'Putin said': the one head of that surname
            if head is not None:
                return self.entity(head, day, surface, "head's surname + date")
            if code and country in (None, code):
                return dataclasses.replace(self.unknown(surface, None, code, day), sector="GOV",
                                           reason="head's surname + date")
        return self.unknown(surface, office, country, day, former)

    def known(self, surface: str) -> bool:
        return any(ids for ids, _ in self.candidates(surface))

    # --- steps -----------------------------------------------------------------------------------
    def candidates(self, surface: str) -> list[tuple[set[str], str]]:
        out = [(self.alias.get(normalize(surface), set()), "exact alias")]
        if not is_hangul(surface):
            out.append((self.key.get(variant_key(surface), set()), "variant rule"))
            sk = skeleton_key(surface) if " " in surface.strip() or "-" in surface else None
            if sk:  # a whole name in another transliteration ('Muhammad bin Salman'), never a bare surname
                out.append((self.skeleton.get(sk, set()), "transliteration"))
        return out

    def choose(self, ids: set[str], office: str | None, country: str | None, day: date | None) -> PersonEntry | None:
        people = [self.kb.persons[i] for i in sorted(ids)]
        if country:
            people = [p for p in people if country in p.countries()]
        if len(people) > 1 and office:
            people = [p for p in people if office_fits(self.kb, p, office, day)] or people
        if len(people) > 1 and day:
            people = [p for p in people if any(t.covers(day) for t in p.offices)] or people
        return people[0] if len(people) == 1 else None

    def by_sound(self, surface: str, office: str | None, country: str | None, day: date | None) -> PersonEntry | None:
        """A known foreign person in another Hangul rendering of the name ('프라보워 수비얀토' for 수비안토, '팜밍찐'
        for 팜민찐, a 지/조 or 우/오 vowel): the loanword rules give one foreign sound several spellings, which
        share the consonant key (kb/phonetic.py) and all but about one vowel in four. Korean names are left to
        their romanization variants, and a name of fewer than MIN_SOUND_SYLLABLES is too short to tell apart."""
        flat = surface.replace(" ", "")
        if not is_hangul(surface) or looks_korean_name(flat) or len(flat) < MIN_SOUND_SYLLABLES - (country is not None):
            return None  # a state named with the title ('베트남 총리 팜밍찐') lets a three-syllable name be heard
        if self.sound is None:
            self.sound = cached_sound_forms() if self.kb is kb() else sound_forms(self.kb)
        vowels = hangul_vowels(flat)
        ids = {pid for k in phonetic_keys(surface) for pid, form in self.sound.get(k, ())
               if vowel_match(vowels, form) >= MIN_SOUND_VOWELS}
        return self.choose(ids, office, country, day) if ids else self.by_latin_sound(surface, office, country, day)

    def by_latin_sound(self, surface: str, office: str | None, country: str | None,
                       day: date | None) -> PersonEntry | None:
        """A known foreign person whose Hangul form in the knowledge base is another rendering with another
        consonant ('수기오노' where the table has '수지오노': the Latin 'Sugiono' allows both), or who has none: the
        Hangul name keys into the person's Latin name. Consonant keys alone are coarse, so only a title that gives
        both the state and an office that person holds on the day may pick them."""
        if country is None or office is None:
            return None
        if self.latin is None:
            self.latin = cached_latin_sound_forms() if self.kb is kb() else latin_sound_forms(self.kb)
        ids = {pid for k in phonetic_keys(surface) for pid in self.latin.get(k, ())}
        people = [self.kb.persons[i] for i in sorted(ids) if country in self.kb.persons[i].countries()
                  and office_fits(self.kb, self.kb.persons[i], office, day)]
        return people[0] if len(people) == 1 else None

    def by_partial_name(self, surface: str, office: str | None, country: str | None,
                        day: date | None, former: bool = False) -> PersonEntry | None:
        """A surname or a misspelled form plus a title that fits one KB person on the day: "Foreign
        Minister Hayashi" (2022), "하야시 요시히토 외상". A `former` title ('the former president X', 'the ousted
        president X') names someone who held the office before the day, so a holder whose tenure ended fits it when
        no one of the name holds it on the day (plover52): the day after a coup, the deposed leader's tenure in the
        knowledge base is over, and he is still his state's former president."""
        found = self.partial_name_holder(surface, office, country, day)
        if found is None and former and day is not None:
            found = self.partial_name_holder(surface, office, country, day, held_before=True)
        return found

    def partial_name_holder(self, surface: str, office: str | None, country: str | None, day: date | None,
                            held_before: bool = False) -> PersonEntry | None:
        """The one KB person a surname or partial name with a title fits: holding the office on the day, or with
        `held_before`, having held it at some time up to the day."""
        if not office:
            return None
        tokens = [t if is_hangul(t) else t.lower() for t in surface.split()]
        ids = set().union(*(self.token.get(t, set()) for t in tokens)) if tokens else set()
        if len(tokens) > 1:  # 'Foreign Minister David Mwiraria' is not David Cameron, '루이스 X 대통령' not Lula
            ids = {i for i in ids if family_names(self.kb.persons[i], hangul=is_hangul(surface)) & set(tokens)}
        people = [self.kb.persons[i] for i in sorted(ids)
                  if office_fits(self.kb, self.kb.persons[i], office, day, held_before)
                  and (country is None or country in self.kb.persons[i].countries())]
        return people[0] if len(people) == 1 else None

    def entity(self, p: PersonEntry, day: date | None, surface: str, reason: str) -> Entity:
        held = [t for t in p.offices if t.covers(day)] or before_every_tenure(p, day) or between_tenures(p, day) \
            or p.offices[-1:]
        names = list(dict.fromkeys([*p.ko, *p.variants, surface]))
        names = [n for n in names if n and n != p.name]  # a title alone ('the Secretary') adds no name
        if held and held[0] is OUT_OF_OFFICE:  # actors59b: between a body's post and the next: no state's
            return Entity("person", p.id, p.name, names, None, None, None, reason)
        office = self.kb.offices[held[0].office] if held else None
        country = p.tenure_country(held[0]) if held else p.country  # Tusk: EUR in 2018, POL in 2024
        return Entity("person", p.id, p.name, names, country, office.sector if office else "GOV",
                      office.name if office else None, reason)

    def unknown(self, surface: str, office: str | None, country: str | None, day: date | None = None,
                former: bool = False) -> Entity:
        """A person the KB does not know: Korean names get the official-style romanization, a Chinese or Japanese
        name in Hangul the one Latin name its table allows (kb/hangul_readings.py), else its Hangul form."""
        off = self.kb.offices.get(office) if office else None
        read = latin_name(surface, country) if is_hangul(surface) else None  # 왕원타오 of China: Wang Wentao
        if read:
            name, names = read, [surface]
        elif is_hangul(surface) and looks_korean_name(surface) and country not in ORIGIN_OF_COUNTRY:
            name = romanize_korean_name(surface)  # not 천광밍 of China: its table, not Korean romanization
            names = [surface]
        else:
            name, names = surface, []
        sector = off.sector if off else None
        if country is None and not is_hangul(surface):  # 'President Bouteflika': the world leaders' table
            found = leader(surface, day, titled=off is not None)
            if found:
                country, sector = found[0], sector or found[1]
        elif country is None and not looks_korean_name(surface):  # '우후루 케냐타 대통령'; untitled: '임란 칸은'
            found = leader_by_sound(surface, day, former) if off is not None else curated_by_sound(surface, day)
            if found:
                country, sector = found[0], sector or found[1]
        pid = stable_person_id(read or surface, country)  # one id from either script: 벨로우소프 = Belousov
        sector = body_sector(sector, country)  # 'U.N. special envoy X': the UN's official, IGO
        return Entity("person", pid, name, names, country, sector, off.name if off else None, "new person")


MIN_SOUND_SYLLABLES = 4  # a shorter Hangul name shares its consonant key with too many others (one fewer with a state)
MIN_SOUND_VOWELS = 0.75  # the share of vowel classes two renderings of one name agree in (region_sound.vowel_match)


def before_every_tenure(p: PersonEntry, day: date | None) -> list:
    """(actors59, issue 14) The person's first listed tenure when `day` comes before every one: a person named before
    his first listed office was a figure of that office's state, not of the post he took last ('Antonio Costa' in
    2006: Portugal's, not the European Council's, whose president he became in 2024); [] on other days, where the last
    tenure stands for a day after or between them, as before."""
    if day is None or not p.offices or any(t.from_ <= day for t in p.offices):
        return []
    return [min(p.offices, key=lambda t: t.from_)]


OUT_OF_OFFICE = object()  # between_tenures' mark: the last post before the day was a body's, so no state's


def between_tenures(p: PersonEntry, day: date | None) -> list:
    """(actors59b, issue 14) The tenure that stands for a day between two listed tenures, covered by none: the
    nearest earlier one where it was a state's office ('Michelle Bachelet' between her Chilean presidency and her
    UN post: Chile's), else `OUT_OF_OFFICE` (between a body's post and a national one, as Tusk in 2021 between the
    European Council and Poland's premiership, he held neither: no state's). [] on a day after every tenure or
    before every one, or none. Why: the last tenure, which stood for every day before, names a post not yet held."""
    if day is None or not any(t.from_ > day for t in p.offices):
        return []
    earlier = [t for t in p.offices if t.to is not None and t.to < day]
    if not earlier:
        return []
    nearest = max(earlier, key=lambda t: t.to)
    return [nearest] if p.tenure_country(nearest) not in IGO_CODES else [OUT_OF_OFFICE]


def sound_forms(base: KnowledgeBase) -> dict[str, list[tuple[str, str]]]:
    """Every phonetic key of the Hangul names of the knowledge base's foreign persons -> (id, vowel classes)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for p in base.persons.values():
        for form in p.ko:
            flat = form.replace(" ", "")
            if p.origin != "ko" and is_hangul(form) and len(flat) >= MIN_SOUND_SYLLABLES - 1:
                for k in phonetic_keys(form):
                    out[k].append((p.id, hangul_vowels(flat)))
    return out


@disk_cached("person-sound-forms")
def cached_sound_forms() -> dict[str, list[tuple[str, str]]]:
    """`sound_forms` of the data files' knowledge base, kept by the start-up cache (about 40 ms to derive)."""
    return dict(sound_forms(kb()))


def latin_sound_forms(base: KnowledgeBase) -> dict[str, list[str]]:
    """Every phonetic key of the Latin names of the knowledge base's foreign persons -> their ids."""
    out: dict[str, list[str]] = defaultdict(list)
    for p in base.persons.values():
        if p.origin == "ko":
            continue
        for form in (p.name, *p.variants):
            if form and not is_hangul(form):
                for k in phonetic_keys(form):
                    out[k].append(p.id)
    return out


@disk_cached("person-latin-sound-forms")
def cached_latin_sound_forms() -> dict[str, list[str]]:
    """`latin_sound_forms` of the data files' knowledge base, kept by the start-up cache."""
    return dict(latin_sound_forms(kb()))


def family_names(p: PersonEntry, hangul: bool = False) -> set[str]:
    """The family-name word of the person's Latin names (lower case), or of the Hangul forms with `hangul`:
    the first word for Korean and Chinese names ('Cho Hyun', 'Wang Yi'), the last for the others ('Antony
    Blinken', '안토니 블링컨'). A name of several words resolves by part only when it holds this word: a shared
    given name ('David', 'Winston', '루이스') with a title is another person, while a misspelled given name
    ('Cho Hyoung', '하야시 요시히토') is not."""
    if hangul:  # Korean writes East Asian names family first ('하야시 요시마사'), others as their own order
        ends = (0, -1) if p.origin != "western" else (-1,)
        return {words[i] for words in (n.split() for n in (*p.ko, *p.ko_titled)) if words and is_hangul(words[0])
                for i in ends}
    first = p.origin in ("ko", "zh")
    return {(words[0] if first else words[-1]).lower() for words in (n.split() for n in (p.name, *p.variants))
            if words and not is_hangul(words[0])}


def office_fits(base: KnowledgeBase, p: PersonEntry, office: str, day: date | None,
                held_before: bool = False) -> bool:
    """Whether `p` held `office` on `day` (with `held_before`: on it or at some time before it, a former holder); a
    generic title (장관, Minister) fits any minister office but the head of government's ("이 장관" in 2018 is not
    Prime Minister Lee Nak-yon)."""
    generic = base.offices.get(office)
    for t in p.offices:
        if day is not None and not t.covers(day) and not (held_before and t.from_ <= day):
            continue
        held = base.offices.get(t.office)
        if t.office == office or (generic and generic.generic and "minister" in t.office
                                  and t.office != "prime_minister") \
                or (generic and held and generic.equivalence == held.equivalence):  # Secretary of Defense = defense minister
            return True
    return False

