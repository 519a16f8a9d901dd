"""Resolve a person mention (name form, title, country, document date) to one knowledge-base person,
or to a stable new person when the KB does not know them. Every resolution says why.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from datetime import date

from readout.kb.loader import KnowledgeBase, kb
from readout.kb.phonetic import stable_person_id
from readout.kb.names import (
    is_hangul,
    looks_korean_name,
    normalize,
    romanize_korean_name,
    split_korean_name,
    variant_key,
)
from readout.kb.schema import PersonEntry
from readout.model import Entity

ROMAN_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


class PersonResolver:
    """Indexes the KB persons once; `resolve` is then a few dictionary look-ups."""

    def __init__(self, base: KnowledgeBase):
        self.kb = base
        self.alias: dict[str, set[str]] = defaultdict(set)
        self.key: dict[frozenset[str], set[str]] = defaultdict(set)
        self.token: dict[str, set[str]] = defaultdict(set)
        self.learned: dict[str, str] = {}  # normalized name -> person id, learned from documents
        self.learned_entities: dict[str, Entity] = {}
        for p in base.persons.values():
            for form in [p.name, *p.ko, *p.variants]:
                self.alias[normalize(form)].add(p.id)
                for tok in form.split():
                    self.token[tok.lower() if not is_hangul(tok) else tok].add(p.id)
                if is_hangul(form) and p.origin == "ko" and " " not in form:
                    self.token[split_korean_name(form)[0]].add(p.id)  # '박 장관' (2022) -> 박진
                if not is_hangul(form):
                    self.key[variant_key(form)].add(p.id)

    # --- public ------------------------------------------------------------------------------
    def resolve(self, surface: str, office: str | None = None, country: str | None = None,
                day: date | None = None) -> Entity:
        """The person a mention names; an unknown name becomes a new person with a stable id."""
        for ids, reason in self.candidates(surface):
            chosen = self.choose(ids, office, country, day)
            if chosen:
                return self.entity(chosen, day, surface, reason)
        learned = self.learned.get(normalize(surface))
        if learned:
            if learned in self.kb.persons:
                return self.entity(self.kb.persons[learned], day, surface, "learned alias")
            return self.learned_entities[learned]
        by_title = self.by_partial_name(surface, office, country, day)
        if by_title:
            return self.entity(by_title, day, surface, "title + date")
        return self.unknown(surface, office, country)

    def known(self, surface: str) -> bool:
        return any(ids for ids, _ in self.candidates(surface))

    def learn(self, form: str, entity: Entity) -> None:
        """Record that `form` names `entity` (a Hangul form paired with a roman one in a document)."""
        key = normalize(form)
        if key and key not in self.alias:
            self.learned[key] = entity.id
            if entity.id not in self.kb.persons:
                self.learned_entities[entity.id] = entity
            if form not in entity.names and form != entity.name:
                entity.names.append(form)

    # --- steps -----------------------------------------------------------------------------------
    def candidates(self, surface: str) -> list[tuple[set[str], str]]:
        out = [(self.alias.get(normalize(surface), set()), "exact alias")]
        if not is_hangul(surface):
            out.append((self.key.get(variant_key(surface), set()), "variant rule"))
        return out

    def choose(self, ids: set[str], office: str | None, country: str | None, day: date | None) -> PersonEntry | None:
        people = [self.kb.persons[i] for i in sorted(ids)]
        if country:
            people = [p for p in people if p.country == country] or []
        if len(people) > 1 and office:
            people = [p for p in people if office_fits(self.kb, p, office, day)] or people
        if len(people) > 1 and day:
            people = [p for p in people if any(t.covers(day) for t in p.offices)] or people
        return people[0] if len(people) == 1 else None

    def by_partial_name(self, surface: str, office: str | None, country: str | None,
                        day: date | None) -> PersonEntry | None:
        """A surname or a misspelled form plus a title that fits one KB person on the day: "Foreign
        Minister Hayashi" (2022), "하야시 요시히토 외상"."""
        if not office:
            return None
        tokens = [t if is_hangul(t) else t.lower() for t in surface.split()]
        ids = set().union(*(self.token.get(t, set()) for t in tokens)) if tokens else set()
        people = [self.kb.persons[i] for i in sorted(ids)
                  if office_fits(self.kb, self.kb.persons[i], office, day)
                  and (country is None or self.kb.persons[i].country == country)]
        return people[0] if len(people) == 1 else None

    def entity(self, p: PersonEntry, day: date | None, surface: str, reason: str) -> Entity:
        held = [t for t in p.offices if t.covers(day)] or p.offices[-1:]
        office = self.kb.offices[held[0].office] if held else None
        names = list(dict.fromkeys([*p.ko, *p.variants, surface]))
        names = [n for n in names if n != p.name]
        return Entity("person", p.id, p.name, names, p.country, office.sector if office else "GOV",
                      office.name if office else None, reason)

    def unknown(self, surface: str, office: str | None, country: str | None) -> Entity:
        """A person the KB does not know: Korean names get the official-style romanization."""
        off = self.kb.offices.get(office) if office else None
        if is_hangul(surface) and looks_korean_name(surface):
            name = romanize_korean_name(surface)
            names = [surface]
        else:
            name, names = surface, []
        pid = stable_person_id(surface, country)  # one id from either script: 벨로우소프 = Belousov
        return Entity("person", pid, name, names, country, off.sector if off else None,
                      off.name if off else None, "new person")


def office_fits(base: KnowledgeBase, p: PersonEntry, office: str, day: date | None) -> bool:
    """Whether `p` held `office` on `day`; a generic title (장관, Minister) fits any minister office."""
    generic = base.offices.get(office)
    for t in p.offices:
        if not t.covers(day) and day is not None:
            continue
        if t.office == office or (generic and generic.generic and "minister" in t.office):
            return True
    return False


@functools.lru_cache(maxsize=1)
def resolver() -> PersonResolver:
    return PersonResolver(kb())
