"""Small helpers that several pipeline steps share: items grouped by sentence, a sentence's country
mentions (found once, kept on the article), a country as an actor entity, and whether two of a
document's candidate events may be one (their days and places)."""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
from collections import defaultdict
from datetime import date, timedelta

from readout.kb.geonames import country_centroids
from readout.kb.loader import IGO_CODES, kb
from readout.kb.offices import body_sector
from readout.model import Article, CountryMention, Entity, Event, Place, Span
from readout.pipeline.person_towns import person_named_town_states


def by_sentence(sentences: list[Span], items: list) -> defaultdict[int, list]:
    """Items (dates, mentions, places) grouped by the start of the sentence they start in, in order."""
    starts = [s.start for s in sentences]
    groups: defaultdict[int, list] = defaultdict(list)
    for item in items:
        i = bisect.bisect_right(starts, item.span.start) - 1
        if i >= 0 and item.span.start < sentences[i].end:
            groups[starts[i]].append(item)
    return groups


def countries_in(article: Article, sent: Span, ctx) -> list[CountryMention]:
    """The country mentions of one sentence, found once and kept on the article, with the bodies its definite
    nouns refer back to ('The bloc also listed ...')."""
    if sent.start not in article.countries:
        lang = ctx.language(sent.label)
        text = article.text[sent.start:sent.end]
        found = person_named_town_states(article, country_finds(article, sent, ctx))  # places58: 'Harrington said'
        refs = lang.body_references(text)
        found = sorted(found + bodies_referred(article, sent, ctx, refs, found),
                       key=lambda c: c.start) if refs else found
        agents = lang.agent_references(text)
        found = sorted(found + agents_referred(article, sent, ctx, agents, found),
                       key=lambda c: c.start) if agents else found
        described = lang.described_state_references(text)  # actors61: 'the South American country'
        if described:
            from readout.pipeline.described_states import described_referred  # cycle: it imports this module
            found = described_referred(article, sent, ctx, described, found)
        groups = lang.group_references(text)  # backref56: 'the front', '이 단체는': a group named before
        if groups:
            # cold start: not loaded with the pipeline, only on first use
            from readout.pipeline.group_references import groups_referred
            found = groups_referred(article, sent, ctx, groups, found)
        governments = lang.government_references(text)
        found = governments_referred(article, sent, ctx, governments, found) if governments else found
        from readout.pipeline.story_states import story_home_words  # it reads the sentences before through here
        article.countries[sent.start] = story_home_words(article, sent, ctx, found)
    return article.countries[sent.start]


def country_finds(article: Article, sent: Span, ctx) -> list[CountryMention]:
    """(speed52) The country mentions the sentence's language finds in it (`Language.find_countries`), found once per
    document and kept on the article (`Article.country_finds`): the find_places step counts them over the story where a
    place's state is undecided (`places.story_state_counts`), and `countries_in` builds each sentence's mentions on
    them later. Why: both asked the language again for the same sentence. The caller must not change the list."""
    if sent.start not in article.country_finds:
        lang = ctx.language(sent.label)
        found = lang.find_countries(article.text[sent.start:sent.end], sent.start, article.tokens.get(sent.start, ()))
        from readout.pipeline.short_forms import short_form_mentions  # groups53b: 'AFF attacked': the document's
        article.country_finds[sent.start] = short_form_mentions(  # short form of a group named before
            article, sent, ctx, found, lambda s: found if s.start == sent.start else country_finds(article, s, ctx))
    return article.country_finds[sent.start]


def governments_referred(article: Article, sent: Span, ctx, refs: list, found: list[CountryMention]) -> list[CountryMention]:
    """(spokes48) 'A국 정부는 ... 비난했다. 정부 대변인은 ...': a bare government word owning the sentence's speaker is
    the government of the state its paragraph named with the same noun last before, not the writer's state the bare
    word names alone: each mention over the word takes that state's codes. Kept where the paragraph named none.
    (k49) A bare '정부' also refers back through any of the state's government organs and office holders the lexicon
    lists for it (`government_back_owners`: 'B국 외교부 대변인은 ... 정부 대변인은 또': B's), the nearest one named."""
    earlier = sentences_before_in_paragraph(article, sent)
    lex = ctx.language(sent.label).lex
    joints = ("", *lex.get("agent_name_joints", ()))
    owners = lex.get("government_back_owners", {})
    out = list(found)
    for ref in refs:
        a, b = sent.start + ref.start, sent.start + ref.end
        nouns = owners.get(ref.noun, (ref.noun,))  # k49: '정부 대변인' after 'B국 외교부 대변인': B's government too
        named = [c for s in earlier for c in countries_in(article, s, ctx)
                 if any(names_with(article.text, c, noun, joints) or article.text[c.start:c.end].endswith(noun)
                        for noun in nouns)]  # 'B국 외무부' read as one body mention
        if not named or len(named[-1].codes) != 1:
            continue
        out = [dataclasses.replace(c, codes=list(named[-1].codes)) if c.start < b and a < c.end else c for c in out]
    return out


def paragraph_around(article: Article, sent: Span) -> Span:
    """The paragraph a sentence stands in (sentences are split from paragraphs); the sentence itself in an article
    built without paragraphs."""
    return next((p for p in article.paragraphs if p.start <= sent.start < p.end), sent)


def sentences_before_in_paragraph(article: Article, sent: Span) -> list[Span]:
    """The sentences of a sentence's paragraph before it, in order: what a bare reference ('정부 대변인', 'security
    forces') may take its state from."""
    paragraph = paragraph_around(article, sent)
    return [s for s in article.sentences if paragraph.start <= s.start and s.end <= sent.start]


def meeting_words_in(article: Article, sent: Span, lang) -> tuple:
    """The meeting words (`Language.meeting_triggers`) of one sentence, read once and kept on the article: the
    meeting reader, a body's session, the act readers and the consolidation each ask for them (the English reader
    runs a dozen patterns over the sentence)."""
    if sent.start not in article.meeting_words:
        text = article.text[sent.start:sent.end]
        article.meeting_words[sent.start] = tuple(lang.meeting_triggers(text, article.tokens.get(sent.start, ())))
    return article.meeting_words[sent.start]


def agents_referred(article: Article, sent: Span, ctx, refs: list, found: list[CountryMention]) -> list[CountryMention]:
    """"Niger's junta seized power ... ECOWAS urged the junta to step down": each bare agent noun of a state stands for
    the state the document
    named it with last before (a country word right before the same noun, in an earlier sentence or earlier in this
    one); where the document never named it so, a ruling military ('the junta') is the state the story is placed in
    (pipeline/ruling_organs.py), any other noun none. Why: the body addressed or acting is that state's, and with no
    country word of its own the act had no side there."""
    earlier = [s for s in article.sentences if s.end <= sent.start]
    out = []
    for ref in refs:
        a, b = sent.start + ref.start, sent.start + ref.end
        if any(c.start < b and a < c.end or c.end <= a and not article.text[c.end:a].strip() for c in found):
            continue  # "the Nigerien junta": the country word names it here
        joints = ("", *ctx.language(sent.label).lex.get("agent_name_joints", ()))
        named = [c for s in earlier for c in countries_in(article, s, ctx) if names_with(article.text, c, ref.noun, joints)]
        named += [c for c in found if c.end <= a and names_with(article.text, c, ref.noun, joints)]
        if named and len(named[-1].codes) == 1:
            out.append(CountryMention(a, b, list(named[-1].codes), genitive=ref.genitive, subject=ref.subject,
                                      particle=ref.particle, sector=ref.sector))
            continue
        from readout.pipeline.ruling_organs import placed_ruler_state  # actors61: 'the junta' rules where it is
        placed = placed_ruler_state(article, sent, ctx, ref.noun, {code for c in found for code in c.codes})
        if placed:
            out.append(CountryMention(a, b, placed, genitive=ref.genitive, subject=ref.subject,
                                      particle=ref.particle, sector=ref.sector))
    return out


def names_with(text: str, c: CountryMention, noun: str, joints: tuple[str, ...]) -> bool:
    """The country word `c` is followed by `noun`, with only spaces or one of the language's joints between (its
    possessive, `agent_name_joints`): "Mali's junta", "the Qatari mediators"."""
    at = text.find(noun, c.end, c.end + len(noun) + max(map(len, joints)) + len(" "))
    return at >= c.end and text[c.end:at].strip() in joints


def bodies_referred(article: Article, sent: Span, ctx, refs: list, found: list[CountryMention]) -> list[CountryMention]:
    """'The European Union adopted new sanctions ... The bloc also listed five firms': each definite body noun of
    the sentence stands for the last body with one of its codes named in the sentences just before (as many as
    `body_reference_sentences`); none where no such body was named, or where the story's words bar the noun's body
    reading (entwins49: 'the union' in a story of a trade union, Language.body_reference_barred)."""
    earlier = [s for s in article.sentences if s.end <= sent.start][-ctx.settings.body_reference_sentences:]
    out = []
    for start, end, allowed, genitive, opens in refs:
        a, b = sent.start + start, sent.start + end
        if any(c.start < b and a < c.end for c in found):
            continue
        barred = ctx.language(sent.label).body_reference_barred(article.text, a, b)  # a search of the whole story
        if barred:  # entwins49: 'the union' in a story of a trade union
            continue
        named = [c for s in earlier for c in countries_in(article, s, ctx) if set(c.codes) & allowed]
        if named:  # a guarded noun read as the body ('the union') takes the body's sector, not its other reading's
            out.append(CountryMention(a, b, list(named[-1].codes), genitive=genitive, subject=opens and not genitive,
                                      sector=MANY_BODIES if barred is False else None))
    return out


def country_entity(code: str, sector: str | None = None) -> Entity:
    """A country as an event's actor (a fresh copy: documents may add names to their entities), with the
    sector of the words that named it ('Syrian rebels': REB); its government (GOV) by default."""
    base = _country_entity(code)  # built directly: `dataclasses.replace` costs several times more per act
    sector = body_sector(sector, code)  # 'the U.N. envoy', 'NATO officials': the body's own, IGO
    return Entity(base.kind, base.id, base.name, list(base.names), base.country, sector or base.sector, base.office,
                  base.reason)


MANY_BODIES = "IGO"  # the code of every other international body: a class, not one body with a name


@functools.lru_cache(maxsize=None)
def _country_entity(code: str) -> Entity:
    """A state by its GeoNames name and first Korean form; the UN and the EU by their own first forms. Why not
    IGO's first forms: IGO stands for every other body (NATO, ASEAN, the AU ...), so its first form named one of
    them on every other body's events; it keeps its code and no Korean name."""
    entry = next((c for c in kb().countries.countries if c.code == code), None)
    if code in IGO_CODES:
        one = code != MANY_BODIES and entry is not None
        name, ko = (entry.en[0] if one and entry.en else code), (entry.ko[0] if one and entry.ko else None)
        return Entity("country", f"cty_{code.lower()}", name, [ko] if ko else [], code, "IGO")
    name = country_centroids().get(code, (code, None, None))[0]
    ko = entry.ko[0] if entry is not None and entry.ko else None
    return Entity("country", f"cty_{code.lower()}", name, [ko] if ko else [], code, "GOV")


WEAK_BASES = ("narrative", "published")  # a day taken from the story or the report's date, not stated


def period(event: Event) -> tuple[date, date]:
    """The first and last day the event's date stands for at its precision ('지난달': the whole month)."""
    return days_of(event.date, event.date_precision)


def days_of(d: date, precision: str | None) -> tuple[date, date]:
    """The first and last day a date of this precision stands for ('September 2018': the whole month)."""
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        first = d.replace(month=1, day=1)
        return first, first.replace(year=d.year + 1) - timedelta(days=1)
    return d, d


def dates_compatible(a: Event, b: Event, lookback_days: int) -> bool:
    """Whether two candidates' dates may be one event's. Stated days must agree (a month holds its days);
    a day taken from the story is weak and agrees with a stated one. So does the report's own date, with
    a stated day (a headline's undated 'A meets B' is the body's 'met on the 25th', days before), but not
    with a stated month or year that ends more than `lookback_days` before it: an undated 'A met B' tells
    of the last days, and 'A and B met last month' or 'A visited Moscow in 2023' in the same report is
    another meeting (two state visits of one story stay apart)."""
    if a.date is None or b.date is None or a.date == b.date:
        return True
    bases = {a.date_basis, b.date_basis}
    if bases & set(WEAK_BASES):
        if a.date_basis == b.date_basis:
            return a.date_basis == "published"
        if "published" in bases and "narrative" not in bases:
            stated, report = (a, b) if b.date_basis == "published" else (b, a)
            if stated.date_precision == "day":
                return True
            first, last = period(stated)
            window = timedelta(days=lookback_days)
            return last >= report.date - window and first <= report.date + window
        return True
    if "month" in (a.date_precision, b.date_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return False


def better_place(new: Place | None, old: Place | None) -> bool:
    """Whether `new` places an event better than `old`: any place over none, a city over its own country."""
    if new is None:
        return False
    if old is None:
        return True
    return old.precision != "city" and new.precision == "city" and new.country in (old.country, None)


def places_apart(a: Event, b: Event, cities_only: bool = True) -> bool:
    """Two candidates placed in different countries are two meetings ('A met B in Tokyo ... A met B in
    Seoul last month'): one meeting has one host. Between named meetings only cities count: a country is
    often read from a compound ('the ROK-U.S. summit') or a visit elsewhere in the sentence."""
    if a.location is None or b.location is None or cities_only and "country" in (a.location.precision,
                                                                                 b.location.precision):
        return False
    return bool(a.location.country and b.location.country and a.location.country != b.location.country)


MODE_KINDS = frozenset({"SANCTION"})  # types whose modes are measures of their own (the manual's expel, withdraw,
# discontinue, convict)


def other_measure(a: Event, b: Event) -> bool:
    """Two acts of a type whose modes are measures of their own, each with its mode stated and the modes apart: two
    measures, not one told twice ('expelled its diplomats and broke off relations': SANCTION expel and discontinue).
    (sanction57) So are two of one mode whose objects, both stated, are of other classes ('suspended the accord,
    closed the border posts and revoked visas': three discontinued things, Language.measure_object); one told twice,
    or told once without its object, names one class or none."""
    if a.type != b.type or a.type not in MODE_KINDS:
        return False
    return bool(a.mode and b.mode and a.mode != b.mode) or bool(a.measure and b.measure and a.measure != b.measure)
