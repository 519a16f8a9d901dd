"""Find person mentions and resolve them: full names through the knowledge base, short references
("조 장관", "Cho", "the Secretary", "그는") to the people already named in the document.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from readout import budget
from readout.kb.loader import kb, lexicon
from readout.kb.names import is_hangul, split_korean_name
from readout.kb.resolve import resolver
from readout.lang import module
from readout.model import Article, Entity, Mention, RawMention, Span


@dataclass
class DocPeople:
    """The people a document has named so far, and the short forms that refer back to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    short: dict[str, list[str]] = field(default_factory=dict)  # short form -> ids, latest last
    offices: dict[str, str] = field(default_factory=dict)  # id -> office id
    topic: str | None = None  # the person the narrative is about (last subject)

    def add(self, entity: Entity, office: str | None) -> None:
        self.entities[entity.id] = entity
        if office:
            self.offices[entity.id] = office
        for form in short_forms(entity):
            ids = self.short.setdefault(form, [])
            if entity.id in ids:
                ids.remove(entity.id)
            ids.append(entity.id)

    def lookup(self, surface: str, office: str | None, country: str | None) -> Entity | None:
        ids = list(self.short.get(surface, []))
        if country:
            ids = [i for i in ids if self.entities[i].country in (country, None)] or []
        if len(ids) > 1 and office:
            ids = [i for i in ids if self.offices.get(i) == office] or ids
        return self.entities[ids[-1]] if ids else None

    def by_office(self, office: str, country: str | None) -> Entity | None:
        for pid in reversed(list(self.entities)):
            if self.offices.get(pid) == office and (country is None or self.entities[pid].country == country):
                return self.entities[pid]
        return None


def short_forms(entity: Entity) -> frozenset[str]:
    """Forms a later reference may use: a Korean surname (조), a foreign name's last or first word
    (블링컨, 이와야), a roman name's first and last word (Cho, Blinken, Hayashi)."""
    return forms_of_names((entity.name, *entity.names))


@functools.lru_cache(maxsize=16384)  # every mention of a person asks again
def forms_of_names(names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for form in names:
        parts = form.replace("-", " ").split() if not is_hangul(form) else form.split()
        if is_hangul(form) and len(parts) == 1:
            out.add(split_korean_name(form)[0])
        if parts:
            out |= {parts[0], parts[-1]} if len(parts) > 1 else {parts[0]}
        out.add(form)
    return frozenset(f for f in out if f and (is_hangul(f) or len(f) > 2))


def find_mentions(article: Article) -> Article:
    people = DocPeople()
    day = article.reference_date
    for sent in article.sentences:
        budget.check("find_mentions")
        if people.topic:
            article.topics[sent.start] = people.entities[people.topic]
        text = article.text[sent.start:sent.end]
        raws = module(sent.label, "mentions").find_mentions(text, article.tokens.get(sent.start, []))
        found: list[Mention] = []
        for raw in raws:
            if raw.office == "counterpart":  # "his South Korean counterpart, Park Jin": the same office
                raw.office = next((m.office_hint for m in reversed(found) if m.office_hint), None)
            mention = resolve_raw(raw, sent, people, day)
            if mention is not None:
                found.append(mention)
        if sent.label == "en":
            found += short_references(text, sent, people, found)
        found += pronoun_and_group_mentions(text, sent, people, found)
        if sent.label == "ko":
            found += office_group_mentions(text, sent, people, found, day)
        for m in sorted(found, key=lambda m: m.span.start):
            if m.entity and m.role == "subject" and not m.excluded:
                people.topic = m.entity.id
        article.mentions.extend(sorted(found, key=lambda m: m.span.start))
    return article


def resolve_raw(raw: RawMention, sent: Span, people: DocPeople, day) -> Mention | None:
    span = Span(sent.start + raw.start, sent.start + raw.end, "person",
                {"name_start": sent.start + raw.name_from, "name_end": sent.start + raw.name_end})
    office = raw.office
    entity = None
    if not raw.surface:  # "the Secretary": who holds that office in this document, or in the KB
        entity = people.by_office(office, raw.country) if office else None
        if entity is None and office and office != "minister":
            holders = kb().holders(office, day, raw.country)
            entity = resolver().entity(holders[0], day, "", "title + date") if len(holders) == 1 else None
    else:
        entity = people.lookup(raw.surface, office, raw.country)
        if entity is None and is_hangul(raw.surface) and len(raw.surface) == 1 and office:
            found = resolver().by_partial_name(raw.surface, office, raw.country, day)  # a surname + title
            entity = resolver().entity(found, day, raw.surface, "title + date") if found else None
        elif entity is None and not (is_hangul(raw.surface) and len(raw.surface) == 1):
            entity = resolver().resolve(raw.surface, office, raw.country, day)
            if raw.alias:
                if entity.reason == "new person" and not is_hangul(raw.alias):
                    entity.names = [n for n in [*entity.names, entity.name] if n != raw.alias]
                    entity.name = raw.alias
                resolver().learn(raw.alias, entity)
    if entity is None:
        return None
    if entity.office is None and office and office in kb().offices:
        entity.office = kb().offices[office].name
        entity.sector = entity.sector or kb().offices[office].sector
    if entity.country is None and raw.country:
        entity.country = raw.country
    if not raw.excluded:
        people.add(entity, office or people.offices.get(entity.id))
    return Mention(span, raw.surface, entity, raw.role, raw.title, raw.country, office, raw.excluded)


CAPITALIZED_RE = re.compile(r"\b[A-Z][A-Za-z'’-]*\b")


def short_references(text: str, sent: Span, people: DocPeople, found: list[Mention]) -> list[Mention]:
    """'Cho', 'Blinken': a bare capitalized word that is the short form of a person already named."""
    out = []
    taken = [(m.span.start - sent.start, m.span.end - sent.start) for m in found]
    for m in CAPITALIZED_RE.finditer(text):
        form = m.group(0)
        if form not in people.short or is_hangul(form) or any(a <= m.start() < b for a, b in taken):
            continue
        entity = people.lookup(form, None, None)
        if entity:
            role = "genitive" if text[m.end():m.end() + 2] in ("'s", "’s") else "other"
            if re.search(r"\bwith\s+$", text[max(0, m.start() - 8):m.start()]):
                role = "with"
            out.append(Mention(Span(sent.start + m.start(), sent.start + m.end(), "person",
                                    {"name_start": sent.start + m.start(), "name_end": sent.start + m.end()}),
                               form, entity, role))
    return out


def pronoun_and_group_mentions(text: str, sent: Span, people: DocPeople, found: list[Mention]) -> list[Mention]:
    """'그는'/'he' stand for the narrative's topic; '양측'/'the two ministers' for a meeting's parties
    (expanded by the event step, which knows the meeting)."""
    lex = lexicon(sent.label)
    out = []
    taken = [(m.span.start, m.span.end) for m in found]
    for m in lex.scan("group_refs_re", text):
        start = sent.start + m.start()
        if not any(a <= start < b for a, b in taken):
            role = role_after(text, m.end(), sent.label)
            out.append(Mention(Span(start, sent.start + m.end(), "group"), text[m.start():m.end()], None, role))
    topic = people.entities.get(people.topic) if people.topic else None
    for m in lex.re("pronoun_re").finditer(text):
        start = sent.start + m.start()
        local = [f.entity for f in found if f.entity and not f.excluded and f.span.end <= start]
        antecedent = local[-1] if local else topic  # the sentence's own subject first, then the topic
        if antecedent is None:
            continue
        role = "subject" if m.group(0).endswith(("는", "가")) or m.group(0) == "He" else "other"
        if m.group(0).endswith("와"):
            role = "with"
        out.append(Mention(Span(start, sent.start + m.end(), "person"), m.group(0), antecedent, role))
    return out


def office_group_mentions(text: str, sent: Span, people: DocPeople, found: list[Mention], day) -> list[Mention]:
    """'한미 정상은', '한일 외교장관은': the holders of that office in each named state on the day, one
    mention each (resolved through the knowledge base's tenures, reason 'title + date')."""
    lex, base = lexicon("ko"), kb()
    out = []
    for m in lex.re("group_offices_re").finditer(text):
        start = sent.start + m.start()
        if any(f.span.start <= start < f.span.end for f in found):
            continue
        word = re.sub(r"\s", " ", m.group(2))
        kind = lex["group_offices"].get(word) or lex["group_offices"].get(word.replace(" ", ""))
        codes = [base.countries.abbreviations_ko[c] for c in re.sub(r"[·ㆍ\-]", "", m.group(1))]
        role = role_after(text, m.end(2) + len(m.group(3) or ""), "ko")
        for code in dict.fromkeys(codes):
            office = base.countries.leader_office.get(code) if kind == "leader" else kind
            holders = base.holders(office, day, code) if office else []
            if len(holders) == 1:
                entity = resolver().entity(holders[0], day, "", "title + date")
                people.add(entity, office)
                out.append(Mention(Span(start, sent.start + m.end(), "person"), m.group(0), entity, role))
    return out


def role_after(text: str, end: int, lang: str) -> str:
    if lang != "ko":
        return "subject"
    nxt = text[end:end + 2]
    if nxt[:1] in ("은", "는", "이", "가"):
        return "subject"
    if nxt[:1] in ("과", "와"):
        return "with"
    return "other"
