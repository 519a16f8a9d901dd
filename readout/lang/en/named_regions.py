"""(places53, issue 13) A first-level region written with its type word after it: 'in Russia's Bryansk region', 'in
the Kandahar province', 'shelled the Kherson oblast'. The region is the place (precision "region"), not the state that
owns it ('Russia' is only its owner) nor a town of the region's name ('Kandahar' the city, or a town of that name in
another state: 'X province' is never a town).

Why a reader of its own: the run reader (lang/en/places.py) reads capitalized runs only, so the lower-case type word
that makes the name a region is never seen there, and the owner's possessive ('Russia's') joins the run. The region
must be one of the region table's (ISO 3166-2, subdivisions_world.yaml: kb/geo.subdivision_index).

(places54) A region written with another state's possessive is the table's region of its own state: 'in Ukraine's
Kursk region' is Russia's Kursk, 'in Russia's Kherson region' Ukraine's Kherson. Why: the table leaves out a name two
states share, so the name names one region; the possessive is the writer's slip or a claim (an annexation), and the
place where the act happened is the region either way; the owner state written is no place of the act. Korean
'우크라이나 벨고로드주에서' reads the same (lang/ko/state_regions.py).
"""
from __future__ import annotations

from readout.kb.geo import GeoEntry, subdivision_index
from readout.kb.loader import lexicon
from readout.model import Place, Span

CUE_REACH = 40  # characters before the region where its locative or attack verb is looked for


def named_regions(text: str, offset: int) -> list[Place]:
    """The regions the sentence names with a type word after them, as places of region precision whose span covers
    the owner and the type word ('Russia's Bryansk region'): a place the finder read inside it (the owner, a town of
    the region's name) is the region's part of speech, not a place of its own (pipeline/act_places keeps the
    longest). Only after a plain locative ('in', 'near': locative) or an attack verb ('shelled the Kherson region'):
    elsewhere a region names a body's seat ('the government of Sindh province'), and the owner state stays what the
    sentence reads."""
    lex = lexicon("en")
    out = []
    for m in lex.re("named_region_re").finditer(text):
        code = subdivision_index().get(m.group("name"))
        if code is None:
            continue  # no region of the table; another state's possessive is no bar (places54: the table's state)
        before = max(0, m.start() - CUE_REACH)
        article = lex.re("act_region_article_re").search(text, before, m.start())  # 'shelled the Kherson region'
        cue_at = article.start() if article else m.start()
        locative = bool(lex.re("act_place_before_re").search(text, before, m.start()))
        if not locative and not lex.re("act_struck_before_re").search(text, before, cue_at):
            continue  # 'the government of Sindh province ordered': a body's region, no place where anything happened
        out.append(Place(Span(offset + m.start(), offset + m.end(), "place", {"locative": locative}),
                         m.group("name"), [m.group(0)], code, None, None, "region"))
    return out



def bare_region(form: str) -> GeoEntry | None:
    """(places56b, issue 13) A first-level region named alone after a plain locative ('in Guangdong', 'in Sichuan'):
    the region table's region of that name, or None. Why: only 'Guangdong province' placed an act, while the run
    reader already read the bare name's state for the actor ('Police ... in Guangdong' is China's) and placed nothing.
    The table keeps a name of one state only (a name two states share is left out: kb/geo.subdivision_index), a city
    or town of the name is read before (lookup_city, the run reader), and a name any of whose words is a common
    English word ('Jersey', 'Central', 'North West') or a person's word (lang/en/towns.may_be_person: 'Sabha') names no region here; the run reader marks the place HEARD, so a
    person the story names so keeps the word (pipeline/person_towns)."""
    from readout.lang.en.common_words import common_words  # cold start: the word table loads on first use

    from readout.lang.en.towns import may_be_person  # cold start: the people's words load on first use

    code = subdivision_index().get(form)
    if code is None or any(w.lower() in common_words() for w in form.split()) or may_be_person(form.split()):
        return None  # 'faith in Sabha': a person's word too
    return GeoEntry(form, code, None, None, "region")
