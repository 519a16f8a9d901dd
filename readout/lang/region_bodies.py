"""International bodies named by description, not by name (issue 14, world39): 'the West African bloc',
"Southeast Asia's regional grouping", 'the regional bloc', '서아프리카 지역 기구', '남미 지역 협력체'.

Why: wire copy often names a regional body first by what it is and only later (or never) by its name, so the
back-reference reading ('the bloc' after a body was named, `Language.body_references`) has nothing to refer to
and the act's acting side is left empty. A bloc noun qualified by a region of several states (or by 'regional')
is an international body whatever its name: IGO, or EUR for Europe's (the gold convention for bodies). Each
language gives the phrase (`region_body_re`, groups `region` and `noun`) and the regions whose body has another
code than IGO (`region_body_codes`); this module only turns the matches into country mentions.

Region collectives (plover47): 'European leaders', 'Western governments', 'Arab states', '유럽 정상들', '서방 국가들'
name several states of a region with no body of their own and no fixed membership. Phoenix codes them with its
region codes (EUR for Europe; WST, MEA, AFR ... elsewhere); readout's codes hold EUR but no other region, so a
collective of Europe is EUR and any other region's names no actor: IGO is the code of an organization of states, and
a collective is none (coding 'African leaders' as IGO made a summit with them a meeting with a body, and the same
leaders' acts another party than the states the story names next). A region whose states are a fixed list is a grouping coded as its members instead ('the Gulf
states': the six states of the Gulf Cooperation Council, data/groupings.yaml), found first and never read again
here. Each language gives `region_group_re` and `region_group_codes` as it does for bodies.
"""
from __future__ import annotations

from readout.model import CountryMention

DEFAULT_CODE = "IGO"


def region_bodies(lex, text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """Country mentions for the regional bodies (`region_body_re`) and the region collectives (`region_group_re`)
    the lexicon finds in one sentence (`offset`: its start in the document), none overlapping a mention already
    `found` (a named body, a grouping or a state keeps its own reading). A genitive after the noun ("the bloc's
    leaders") makes the mention a genitive; a preposition before it ('by', 'to', 'on': the lexicon's
    `region_body_governed_re`) makes it no subject."""
    bodies = described(lex, "region_body", text, offset, found, "IGO")
    return bodies + described(lex, "region_group", text, offset, found + bodies, None)


def described(lex, key: str, text: str, offset: int, found: list[CountryMention],
              sector: str | None) -> list[CountryMention]:
    """The mentions of one kind of description (`key`: the lexicon's `KEY_re` and `KEY_codes`), with `sector`
    (None for a collective: its states' governments, GOV)."""
    if not lex.get(key + "_re"):
        return []
    codes = lex.get(key + "_codes") or {}
    governed = lex.re("region_body_governed_re") if lex.get("region_body_governed_re") else None
    subject_particles = frozenset(lex.get("region_body_subject_particles") or ())
    genitive_particles = frozenset(lex.get("region_body_genitive_particles") or ())
    out = []
    named_after = lex.re("members_named_after_re") if lex.get("members_named_after_re") else None
    named_before = lex.re("members_named_before_re") if lex.get("members_named_before_re") else None
    for m in description_matches(lex, key + "_re", text):
        start, end = offset + m.start("body"), offset + m.end("body")
        if any(c.start < end and start < c.end for c in found):
            continue
        if key == "region_group" and (named_after and named_after.match(text, m.end("body"))
                                      or named_before and named_before.search(text, 0, m.start("body"))):
            continue  # 'Western governments, including Peru, ...', '칠레와 브라질 등 남미 국가들': the states named act
        region = " ".join((m.group("region") or "").split())
        code = codes.get(region, DEFAULT_CODE if key == "region_body" else None)
        if code is None:
            continue  # 'Western governments', '아랍 국가들': a region with no code of its own names no actor
        particle = m.group("particle") if "particle" in m.re.groupindex else None
        if particle is not None or "particle" in m.re.groupindex:  # Korean: the particle says the role
            genitive = particle in genitive_particles
            subject = particle in subject_particles
        else:
            genitive = text.startswith(("'s", "’s"), m.end("body"))
            subject = not genitive and not (governed and governed.search(text, 0, m.start("body")))
        out.append(CountryMention(start, end, [code], genitive=genitive, subject=subject, particle=particle,
                                  sector=sector))
    return out


def description_matches(lex, key: str, text: str):
    """The matches of the description pattern `key` in one sentence, as its `finditer` finds them. Why through
    `Lexicon.scan`: the English phrases open with an optional article ('(?:the\\s+)?West African bloc'), so `re`
    tried the thirty regions at every position of every sentence (about 36 microseconds a sentence, 7 through the
    scan, which matches only where a region word or the article starts). A case-free pattern would scan folded, its groups
    lower-cased, so it keeps `finditer` (the region's code is looked up by the group as written)."""
    if lex.sources(key)[0].startswith("(?i)"):
        return lex.re(key).finditer(text)
    return lex.scan(key, text)
