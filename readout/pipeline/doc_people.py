"""(debt52) The people a document has named so far (`DocPeople`), the short forms that refer back to them, and the
resolver's reasons a document's own full name overrides. Why a module of its own: pipeline/mentions finds and
resolves mentions sentence by sentence; this is the record it keeps across them, read by what it asks of the
document's people (a short form, an office's holder, a former holder)."""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.kb.names import family_first_surnames, forms_of_names
from readout.model import TITLE_ONLY, Entity

NEW_PERSON = "new person"  # the resolver's reason for a name it knows no one by
GUESSED = frozenset({NEW_PERSON, "head's surname + date"})  # readings a document's own full name overrides


@dataclass
class DocPeople:
    """The people a document has named so far, and the short forms that refer back to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    short: dict[str, set[str]] = field(default_factory=dict)  # short form -> ids of the people it fits
    offices: dict[str, str] = field(default_factory=dict)  # id -> office id
    topic: str | None = None  # the person the narrative is about (last subject)
    holders: dict[str, Entity] = field(default_factory=dict)  # office id -> the last person named with it
    speaker: Entity | None = None  # the last sentence's subject when it was a voice only (a spokesperson): 'He also
    # urged ...' right after is that voice speaking on, though no meeting is about it
    used: dict[str, str] = field(default_factory=dict)  # short form -> the id it referred to last
    seen: dict[str, int] = field(default_factory=dict)  # id -> where the document first names it
    rivals: bool = False  # (refs39) the sentence that set the topic named persons of two states: 'he' is either
    named: list[str] = field(default_factory=list)  # ids of the people named, in the order last named (latest last):
    # 'X detained Y. The ministry accused him of ...': him is Y, named before though no subject

    def add(self, entity: Entity, office: str | None, at: int) -> None:
        self.entities[entity.id] = entity
        self.seen.setdefault(entity.id, at)
        if office:
            self.offices[entity.id] = office
        for form in short_forms(entity) if entity.reason != TITLE_ONLY else ():  # no name: no short form
            self.short.setdefault(form, set()).add(entity.id)
        if entity.id in self.named:
            self.named.remove(entity.id)
        self.named.append(entity.id)

    def holder(self, office: str, current=None) -> Entity | None:
        """The last person named with `office`, else with an office it is part of ('minister': the last minister of
        any portfolio, 'foreign_minister' among them); with `current`, the last for whom it holds (in office on the
        article's day: office_day.left_office)."""
        words = set(office.split("_"))
        ok = current or (lambda _e: True)
        exact = self.holders.get(office)
        if exact is not None and ok(exact):
            return exact
        return next((e for held, e in reversed(self.holders.items())
                     if words <= set(held.split("_")) and ok(e)), None)

    def first_holder(self, office: str) -> Entity | None:
        """The first person the document named with `office` or an office it is part of: the visitor the story
        follows, who travels on ('The minister is set to travel to X' after the host was named last)."""
        words = set(office.split("_"))
        held = [i for i, o in self.offices.items() if words <= set(o.split("_")) and i in self.entities]
        return self.entities[min(held, key=lambda i: self.seen[i])] if held else None

    def lookup(self, surface: str, office: str | None, country: str | None, at: int) -> Entity | None:
        """The person a short form at `at` refers to: of those named before it that it fits (country,
        office), the one it already referred to in this document, else the first named. A writer who
        brings in a second Kim names him in full ('leader Kim Jong-un') and goes on calling the story's
        own Kim 'Kim'. A name the document gives in full beats a one-word name no one was known by or only
        guessed ('Wong, Wang discuss trade' in a headline, then 'Penny Wong' in the body: a later 'Wong' is hers)."""
        ids = sorted((i for i in self.short.get(surface, ()) if self.seen[i] < at), key=lambda i: (self.seen[i], i))
        ids = [i for i in ids if self.entities[i].reason not in GUESSED] or [i for i in ids if full_name(
            self.entities[i])] or ids
        if country:
            ids = [i for i in ids if self.entities[i].country in (country, None)]
        if len(ids) > 1 and office:
            ids = [i for i in ids if self.offices.get(i) == office] or ids
        if not ids:
            return None
        chosen = self.used[surface] if self.used.get(surface) in ids else ids[0]
        self.used[surface] = chosen
        return self.entities[chosen]

    def by_office(self, office: str, country: str | None, current=None) -> Entity | None:
        """The last person named with `office` (of `country`); with `current`, the last one it holds for."""
        for pid in reversed(list(self.entities)):
            if self.offices.get(pid) == office and (country is None or self.entities[pid].country == country) \
                    and (current is None or current(self.entities[pid])):
                return self.entities[pid]
        return None

    def former(self, office: str, country: str | None, current) -> Entity | None:
        """The last person named with `office` (of `country`) whom `current` rejects: a former holder whose state
        the bare office word still names."""
        for pid in reversed(list(self.entities)):
            e = self.entities[pid]
            if self.offices.get(pid) == office and (country is None or e.country == country) and not current(e):
                return e
        return None


def short_forms(entity: Entity) -> frozenset[str]:
    """Forms a later reference may use: a Korean surname (조), a foreign name's last or first word
    (블링컨, 이와야), a roman name's first and last word (Cho, Blinken, Hayashi), and a Chinese or Korean
    family name of two letters (Xi, Li: `family_first_surnames`)."""
    names = (entity.name, *entity.names)
    return forms_of_names(names) | family_first_surnames(names, entity.country)


def full_name(entity: Entity) -> bool:
    """Whether the document named this person with more than one word ('메테 X', 'Anna X'): a full name the
    writer gave outweighs a one-word name no one was known by, even when neither is in the knowledge base. A
    one-word name keeps its own form among the entity's names (its romanized name may have two words)."""
    return all(len(n.split()) > 1 for n in (entity.name, *entity.names))
