"""Find person mentions and resolve them: full names through the knowledge base, short references
("조 장관", "Cho", "the Secretary", "그는") to the people already named in the document.
"""
from __future__ import annotations

from dataclasses import replace

from readout import budget
from readout.kb.loader import IGO_CODES
from readout.kb.names import is_hangul, looks_korean_name
from readout.model import TITLE_ONLY, Article, Entity, Mention, RawMention, Span
from readout.pipeline.body_offices import unnamed_body_title
from readout.pipeline.doc_people import GUESSED, NEW_PERSON, DocPeople, full_name
from readout.pipeline.common import countries_in, country_entity
from readout.pipeline.envoys import envoy_named_before
from readout.pipeline.pronoun_rivals import ambiguous_pronoun, rival_states, unnamed_voice
from readout.pipeline.office_day import holder_on_day, left_office
from readout.pipeline.story_states import lead_state_through
from readout.pipeline.person_towns import person_named_towns
from readout.pipeline.placed_heads import placed_bare_head, placed_state, sitting_head_placed
from readout.kb.heads import head_offices


def find_mentions(article: Article, ctx) -> Article:
    people = DocPeople()
    day = article.reference_date
    resolver = ctx.knowledge.resolver
    for sent in article.sentences:
        budget.check("find_mentions")
        if people.topic:
            article.topics[sent.start] = as_party(people.entities[people.topic])  # topics serve the meeting step
        lang = ctx.language(sent.label)
        text = article.text[sent.start:sent.end]
        tokens = article.tokens.get(sent.start, ())
        found: list[Mention] = []
        raws = lang.find_people(text, tokens)
        for raw in raws:
            if raw.office == "counterpart":  # "his South Korean counterpart, Park Jin": the same office
                raw = replace(raw, office=next((m.office_hint for m in reversed(found) if m.office_hint), None))
            if raw.office == PREDECESSOR:  # actors61: 'his predecessor, X': the office and state of the one he follows
                raw = predecessor_of(raw, found, people)
            if unnamed_body_title(raw, article, sent, ctx, {e.country for e in people.entities.values()}):
                continue  # groups55: 'the secretary general' of a story that never names the UN is no UN chief
            mention = resolve_raw(raw, sent, people, day, resolver, names_inside(raw, raws))
            if mention is None and (placed := placed_bare_head(raw, article, sent, ctx)) is not None:
                mention = resolve_raw(placed, sent, people, day, resolver)  # meet54: 'In Quito, the president'
                if mention is not None:
                    mention.span.data["placed_head"] = True  # no country word: pipeline/states reads its state here
            if mention is not None:
                found.append(story_state_given(mention, article, sent, ctx))
        found += short_references(lang, text, sent, people, found)
        read = (raws, lambda: countries_in(article, sent, ctx))  # the language reads neither again (countries
        # only where a rule asks: most sentences need none)
        found = with_references(found, references(lang, text, tokens, sent, people, found, day, resolver, read))
        people.speaker = None
        for m in sorted(found, key=lambda m: m.span.start):
            if m.entity and m.entity.kind == "person" and m.office_hint:
                people.holders.pop(m.office_hint, None)  # the latest holder last
                people.holders[m.office_hint] = m.entity
            if m.entity and m.role == "subject" and m.excluded:
                people.speaker = people.speaker or m.entity
            elif m.entity and m.role == "subject" and m.entity.id in people.entities:
                people.topic, people.speaker = m.entity.id, None  # a state standing in an office group is no one's topic
                people.rivals = rival_states(found)
        if people.topic and nameless_pair(found, people.entities[people.topic]):
            people.topic = None
        article.mentions.extend(sorted(found, key=lambda m: m.span.start))
    relink_forward(article.mentions, people)
    relink_leaders(article.mentions, resolver.kb)
    return person_named_towns(article)  # places56: '밀러 장관' then '밀러에서': no Milan


PREDECESSOR = "predecessor"  # the office word a language gives a former holder named by his successor ('his predecessor')


def predecessor_of(raw: RawMention, found: list[Mention], people: DocPeople) -> RawMention:
    """(actors61) 'her predecessor, X': the office and state of the person the pronoun refers to, the last person
    of this sentence with an office, else the story's topic; none known, no office and no state."""
    successor = next((m for m in reversed(found) if m.office_hint and m.entity and m.entity.country), None)
    if successor is not None:
        return replace(raw, office=successor.office_hint, country=successor.entity.country)
    topic = people.entities.get(people.topic) if people.topic else None
    office = people.offices.get(people.topic) if topic is not None else None
    if topic is not None and office and topic.country:
        return replace(raw, office=office, country=topic.country)
    return replace(raw, office=None)


def story_state_given(mention: Mention, article: Article, sent: Span, ctx) -> Mention:
    """(actors52) A foreign official new to the knowledge base, titled with no state ('X 총리가 사퇴했다', 'X 내무부
    장관은'), in Hangul: the Korean press names other states' officials with their state, so a bare title is the
    story's own state, the one its lead names. A Korean name, an international body's office or a lead naming two
    states or none leaves the state open. (actors61) So does a former holder titled with no state in any language ('Former
    president X', 'X 전 대통령'): a former office is the story's state's: the one state of the lead's words and the places told
    before it, else (none told) a dateline's that tells where the news happens."""
    e = mention.entity
    former = bool(mention.span.data.get("former"))
    if e is None or e.kind != "person" or e.reason != "new person" or e.country is not None \
            or not mention.office_hint or looks_korean_name(mention.surface) or e.sector == "IGO":
        return mention
    hangul = is_hangul(mention.surface)
    lead = lead_state_through(article, sent, ctx, mention.span.start) if former or hangul else []
    if former:  # actors61: a former holder a story placed by its lead, its towns or its dateline names bare
        state = placed_state(article, sent, ctx, lead, mention.span.start)
    else:  # actors62: a sitting head the lead names no state for ('LIMA (Reuters) - President X'), unless a visitor
        state = lead if hangul else []
        state = state or sitting_head_placed(mention, article, sent, ctx, lead)
    if state:
        e.country = state[0]
    return mention


def relink_leaders(mentions: list[Mention], kb) -> None:
    """'한일중 정상', 'the leaders of China, Japan and South Korea': an office group of leaders names each state's head
    of state by the knowledge base; but where the document names, anywhere, exactly one person of that state in a head
    office (of state or of government) and never the head the group guessed, that person led the state there (China's
    premier at the trilateral summit, not its president)."""
    heads = head_offices()

    def is_head(entity: Entity) -> bool:
        person = kb.person(entity.id)
        return person is not None and any(t.office in heads for t in person.offices)

    named = {m.entity.id: m.entity for m in mentions if m.entity and m.entity.kind == "person"
             and not m.span.data.get("office_group") and not m.excluded}
    for m in mentions:
        if not m.span.data.get("office_group") or not m.entity or m.entity.kind != "person" \
                or m.entity.id in named or not is_head(m.entity):
            continue
        own = [e for e in named.values() if e.country == m.entity.country and is_head(e)]
        if len(own) == 1:
            m.entity = own[0]


FORMER_SECTOR = "ELI"  # PLOVER: former government officials who hold no position now


def relink_forward(mentions: list[Mention], people: DocPeople) -> None:
    """'Choe holds talks with Lavrov' (a headline) before '... with her Russian counterpart Sergey Lavrov' (the
    body): a one-word name the resolver knew no one by, or guessed to be a head of state by surname, refers forward
    to the one person of the document it is a short form of, named in full after it (a headline names people by
    surname before the body names them)."""
    for m in mentions:
        if not m.entity or m.entity.reason not in GUESSED or not m.surface or len(m.surface.split()) != 1:
            continue
        later = {i for i in people.short.get(m.surface, ()) if people.seen[i] > m.span.start
                 and (people.entities[i].reason != NEW_PERSON or full_name(people.entities[i]))}
        if len(later) == 1:
            m.entity = people.entities[later.pop()]


def resolve_raw(raw: RawMention, sent: Span, people: DocPeople, day, resolver,
                named_inside: bool = False) -> Mention | None:
    span = Span(sent.start + raw.start, sent.start + raw.end, "person",
                {"name_start": sent.start + raw.name_from, "name_end": sent.start + raw.name_end,
                 **({"former": True} if raw.former else {})})
    office = raw.office
    base = resolver.kb
    entity = None
    if not raw.surface:  # "the Secretary": who holds that office in this document, or in the KB
        def current(e: Entity) -> bool:
            return not left_office(base, e, office, day)
        entity = people.by_office(office, raw.country, current) if office else None
        former = people.former(office, raw.country, current) if office and entity is None else None
        if entity is None and former is not None:  # a former holder named before: the one in office, of that state
            entity = holder_on_day(base, resolver, office, former.country, day)
        if entity is None:  # refs39: 'Russian Ambassador X ... the envoy': the envoy named before, whatever his title
            entity = envoy_named_before(people, office, raw.country, current)
        if entity is None and office and office != "minister":
            holder = base.sole_holder(office, day, raw.country)
            entity = resolver.entity(holder, day, "", "title + date") if holder else None
        if entity is None and not named_inside and nameless_holder(raw, office, base):
            entity = office_entity(office, raw.country, base)
    else:
        entity = people.lookup(raw.surface, office, raw.country, span.start)
        if entity is None and is_hangul(raw.surface) and len(raw.surface) == 1 and office and not raw.known_only:
            found = resolver.by_partial_name(raw.surface, office, raw.country, day)  # a surname + title
            entity = resolver.entity(found, day, raw.surface, "title + date") if found else None
        elif entity is None and not (is_hangul(raw.surface) and len(raw.surface) == 1):
            entity = resolver.resolve(raw.surface, office, raw.country, day, raw.former)
            if raw.alias:  # 성 김(Sung Kim): the document pairs two forms of one name
                if entity.reason == "new person" and not is_hangul(raw.alias):
                    entity.names = [n for n in [*entity.names, entity.name] if n != raw.alias]
                    entity.name = raw.alias
                elif raw.alias != entity.name and raw.alias not in entity.names:
                    entity.names.append(raw.alias)
    if entity is None:
        return None
    if entity.office is None and office and office in base.offices:
        entity.office = base.offices[office].name
        entity.sector = entity.sector or base.offices[office].sector
    if entity.country is None and raw.country:
        entity.country = raw.country
    if raw.former and entity.reason == NEW_PERSON and entity.sector in (None, "GOV"):
        entity.sector = FORMER_SECTOR  # actors61: 'former president X', 'X 전 대통령': a former official (PLOVER ELI)
    if not raw.excluded:
        people.add(entity, office or people.offices.get(entity.id), span.start)
    return Mention(span, raw.surface, entity, raw.role, raw.title, raw.country, office, raw.excluded,
                   alias=raw.alias)


def office_entity(office: str, country: str, base) -> Entity:
    """'The Chilean foreign minister', '케냐 국방장관은': a titled office of a state whose holder the text does not name
    and the knowledge base does not know is still one person, with the state, office and sector the title gives; so a
    later 'He', 'The minister' or '그는' carries that state exactly as it would a named holder's (issue 14). One id per
    state and office: a document's second nameless mention of the office is the same person."""
    known = base.offices.get(office)
    name = known.name if known else office.replace("_", " ")
    return Entity("person", f"office_{country.lower()}_{office}", f"{name} ({country})", [], country,
                  known.sector if known else None, name, TITLE_ONLY)


def nameless_holder(raw: RawMention, office: str | None, base) -> bool:
    """Whether a title with no holder known stands for one person of its state: an office and a state, the office
    not bound to another state ('Brazil's UN envoy' read with another state), and no bloc's office unless the office
    is the bloc's own ('APEC 각료' is no 'foreign minister' of APEC)."""
    if not office or not raw.country or raw.excluded:
        return False
    known = base.offices.get(office)
    bound = getattr(known, "country", None)
    return bound in (None, raw.country) and (raw.country not in IGO_CODES or bound == raw.country)


def names_inside(raw: RawMention, raws: list[RawMention]) -> bool:
    """Whether a named mention lies inside a nameless title's words ('아세안 국방장관회의 계기 마크 그린 호주 국방장관'): the
    words are a name's title chain misread, not an office holder of their own."""
    return not raw.surface and any(o.surface and raw.start <= o.start < raw.end for o in raws if o is not raw)


def title_only(entity: Entity | None) -> bool:
    return entity is not None and entity.reason == TITLE_ONLY


def nameless_pair(found: list[Mention], topic: Entity) -> bool:
    """'The Peruvian foreign minister and the Chilean foreign minister met ... He urged ...': where one sentence names
    nameless office holders of two states, a later 'He' is either; neither becomes the topic a pronoun is read as
    (named people keep the rule a name gives: the sentence's subject)."""
    states = {m.entity.country for m in found if title_only(m.entity) and not m.excluded}
    return title_only(topic) and len(states) > 1


def as_party(entity: Entity) -> Entity:
    """A meeting's party for an office holder named by title alone is the state: a meeting is scored and merged by
    the persons it names, and a nameless holder is no one to merge or match by."""
    return country_entity(entity.country, entity.sector) if title_only(entity) and entity.country else entity


def party_mentions(mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions as the meeting step reads them: without the nameless office holders (and the pronouns
    standing for them), whose state `pipeline/states` reads from the title's own country word as it always did ('the
    Chilean foreign minister met X', 'Taiwan's vice foreign minister visited Russia': the states' meeting)."""
    return [m for m in mentions if not title_only(m.entity)]


def with_references(found: list[Mention], refs: list[Mention]) -> list[Mention]:
    """An office group ('한미일 외교장관') names each state's holder: it replaces a nameless title mention
    of the same words, which would name one state only."""
    groups = [r.span for r in refs if r.span.data.get("office_group")]
    kept = [m for m in found if m.surface or not any(m.span.overlaps(g) for g in groups)]
    return kept + refs


def short_references(lang, text: str, sent: Span, people: DocPeople, found: list[Mention]) -> list[Mention]:
    """'Cho', 'Blinken': a bare word that is the short form of a person already named, where the
    language refers back that way (English); the language gives its role."""
    out = []
    taken = [(m.span.start - sent.start, m.span.end - sent.start) for m in found]
    for start, end in lang.short_name_candidates(text):
        form = text[start:end]
        if form not in people.short or is_hangul(form) or any(a <= start < b for a, b in taken):
            continue
        entity = people.lookup(form, None, None, sent.start + start)
        if entity:
            role = lang.short_name_role(text, start, end) or "other"
            out.append(Mention(Span(sent.start + start, sent.start + end, "person",
                                    {"name_start": sent.start + start, "name_end": sent.start + end}),
                               form, entity, role))
    return out


def references(lang, text: str, tokens, sent: Span, people: DocPeople, found: list[Mention], day,
               resolver, read: tuple | None = None) -> list[Mention]:
    """'양측'/'the two sides' stand for a meeting's parties (expanded by the event step, which knows
    the meeting); '그는'/'he' for the sentence's own subject or the narrative's topic; '한미 정상'
    for the office holders of each named state on the day (the knowledge base's tenures)."""
    out = []
    taken = [(m.span.start - sent.start, m.span.end - sent.start) for m in found]
    topic = people.entities.get(people.topic) if people.topic else None
    raws, countries = read if read else (None, None)
    for ref in lang.find_references(text, tokens, taken, raws, countries, sent.start):
        span = Span(sent.start + ref.start, sent.start + ref.end, "person")
        surface = text[ref.start:ref.end]
        if ref.kind == "group":
            size, office = lang.group_size(surface), lang.group_office(surface)
            data = ({"size": size} if size else {}) | ({"office": office} if office else {}) \
                | ({"states": True} if office and lang.group_counts_states(surface) else {})
            out.append(Mention(Span(span.start, span.end, "group", data), surface, None, ref.role))
        elif ref.kind == "object_pronoun":  # 'met him', 'talks with her': not its clause's subject
            subjects = clause_opener(lang, text, tokens, sent, ref, found) or \
                {f.entity.id for f in found if f.entity and f.role == "subject"}
            local = [f.entity for f in found if f.entity and not f.excluded and f.span.end <= span.start
                     and f.entity.id not in subjects]
            antecedent = local[-1] if local else topic if topic is not None and topic.id not in subjects else \
                named_before(people, subjects, span.start)
            if antecedent is not None:
                out.append(Mention(span, surface, antecedent, ref.role))
        elif ref.kind == "possessive_pronoun":  # 'his visit': the owner is the clause's subject
            before = [f for f in found if f.entity and not f.excluded and f.span.end <= span.start]
            owners = [f.entity for f in before if f.role == "subject"] or [f.entity for f in before]
            antecedent = owners[-1] if owners else topic
            if antecedent is not None:
                out.append(Mention(Span(span.start, span.end, span.label, {"possessive": True}), surface, antecedent,
                                   ref.role))
        elif ref.kind == "pronoun":
            before = [f for f in found if f.entity and not f.excluded and f.span.end <= span.start]
            local = [f.entity for f in before if f.role == "subject"] or [f.entity for f in before]
            speaker = people.speaker if ref.role == "subject" else None
            antecedent = local[-1] if local else speaker or (None if people.rivals else topic)  # the sentence's
            # own subject first ('A held talks with B, during which he asked ...': A, not the nearer B), then the voice
            # that spoke the sentence before, then the topic, unless it was named beside another state's (refs39)
            if antecedent is not None:
                out.append(Mention(span, surface, antecedent, ref.role))
            elif not local and topic is not None and people.rivals:
                out.append(ambiguous_pronoun(span, surface, ref.role))  # no one, and no default for its act
            elif not local and topic is None and ref.role == "subject":
                out.append(unnamed_voice(span, surface, ref.role))  # located66: the voice of talks goes on
        elif ref.kind == "office_back":  # 'The minister also urged', '대변인은 ... 요구했다'
            holder = people.first_holder(ref.office) if lang.journey_after(text, ref.end) else \
                current_holder(people, ref.office, day, resolver)
            if holder is not None and not any(f.entity and f.entity.id == holder.id for f in found):
                out.append(Mention(span, surface, holder, ref.role, office_hint=ref.office))
        elif ref.kind == "office_group":
            span = Span(span.start, span.end, "person", {"office_group": True})
            out += office_group(ref, span, surface, people, day, resolver)
    return out


def current_holder(people: DocPeople, office: str, day, resolver) -> Entity | None:
    """The person a bare office word ('The president met ...', '대통령은') stands for: the last one the document named
    with the office who holds it on the article's day; when only former holders were named, the holder on the day of
    the state the last of them served (office_day)."""
    base = resolver.kb

    def current(e: Entity) -> bool:
        return not left_office(base, e, office, day)
    found = people.holder(office, current)
    if found is not None:
        return found
    former = people.holder(office)
    return holder_on_day(base, resolver, office, former.country, day) if former is not None else None


def named_before(people: DocPeople, subjects: set[str], at: int) -> Entity | None:
    """An object pronoun with no antecedent in its sentence and no topic ('Police detained X, a Y activist. The ministry
    accused her of ...'): the person the sentences before named last, not the subject of the pronoun's clause."""
    return next((people.entities[i] for i in reversed(people.named) if i not in subjects and people.seen[i] < at), None)


def clause_opener(lang, text: str, tokens, sent: Span, ref, found: list[Mention]) -> set[str]:
    """'..., when X stopped in Warsaw and held talks with him': the name that opens an object pronoun's own
    clause is that clause's subject, never the one the pronoun stands for (the main clause's subject may be)."""
    left, _right = lang.clause(text, tokens, ref.start, ref.end)
    return {f.entity.id for f in found if f.entity and left <= f.span.start - sent.start < ref.start
            and not text[left:f.span.start - sent.start].strip()}


def office_group(ref, span: Span, surface: str, people: DocPeople, day, resolver) -> list[Mention]:
    out = []
    base = resolver.kb
    for code in ref.countries:
        office = base.countries.leader_office.get(code) if ref.office == "leader" else ref.office
        holders = base.holders(office, day, code) if office else []
        if len(holders) == 1:
            entity = resolver.entity(holders[0], day, "", "title + date")
            people.add(entity, office, span.start)
            out.append(Mention(span, surface, entity, ref.role))
        elif len(ref.countries) == 1 and office and office in base.offices:  # 'his Ugandan counterpart': a nameless
            out.append(Mention(span, surface, office_entity(office, code, base), ref.role))  # holder of one state
        else:  # 'the leaders of A, B and C' with no one holder known for C: C itself is a party, never left out
            out.append(Mention(span, surface, country_entity(code), ref.role))
    return out
