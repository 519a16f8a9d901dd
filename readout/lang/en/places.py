"""English place mentions: a capitalized city name after a preposition ("in Lima", "visiting
Munster, Germany", "the southeastern city of Gyeongju"), or a country name there ("in Cambodia");
"the Japanese capital" (the country's capital) and landmarks that stand for their city ("at the White
House"). A country adjective is no place: "visiting Japanese Foreign Minister X" names the guest."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import GeoEntry, capital_city, country_index, lookup_city
from readout.kb.geonames import country_place
from readout.kb.loader import kb, lexicon
from readout.lang.common import HEARD, mark_onward, to_place
from readout.lang.place_candidates import mark_candidates, undecided_town
from readout.lang.en.bare_towns import (bare_town, moved_town_before, plain_preposition_before, shared_town_states,
                                        struck_town_before)
from readout.lang.en.capital_rivals import capital_candidates, capital_named
from readout.lang.en.named_regions import bare_region, named_regions
from readout.lang.en.region_towns import region_town
from readout.lang.en.shared_cities import shared_city
from readout.lang.venues import venue_entry, venue_re
from readout.model import Place
from readout.patterns import alternation
from readout.settings import ENGLISH, LanguageSettings

WORD_BREAK_RE = re.compile(r"[^A-Za-z0-9]")
POSSESSIVE_RE = re.compile(r"['’](?:s\b|\s)")
PAREN_AFTER_RE = re.compile(r"\s*\(\s*")
# capitalized words, with the lower-case particles of Romance and Arabic place names between them
# ('Rio de Janeiro', 'Dar es Salaam'), 'Washington, D.C.'; the capital first and the word boundary as a
# lookbehind after it (the same matches as '\b[A-Z]'): a pattern that opens with a letter class lets `re` skip
# to the next capital instead of trying every position
NAME_RE = re.compile(r"[A-Z](?<!\w.)[a-zA-Z'’.-]*(?:,?\s+(?:(?:de|da|do|dos|das|del|di|du|es|el|al|la)\s+)?"
                     r"(?:D\.C\.|DC|[A-Z][a-zA-Z'’.-]*)){0,3}")
ORIGIN_REACH = 20  # characters before a place where "from" makes it where a traveller came from
TOPIC_REACH = 80  # characters before a place read back for the talking verb whose topic it stands in


GOAL_REACH = 70  # characters before a place read for a transfer whose goal it is


def posted_envoy_before(text: str, start: int) -> bool:
    from readout.lang.en.country_patterns import POSTED_REACH, posted_envoy_re  # countries reads towns, which reads this
    return posted_envoy_re().search(text, max(0, start - POSTED_REACH), start) is not None


def find_places(text: str, offset: int, tokens: list | None = None,
                settings: LanguageSettings = ENGLISH) -> list[Place]:
    """Every place one English sentence names. (debt52) Read in named steps: for each run of capitalized words,
    whether a preposition makes it where something happens (`run_preposition`), its longest prefix that names
    a place (`run_place`), else a district or a city modifying a noun (`unlisted_run_places`); then the cities
    landmarks stand for, and the marks of a place travelled from, a topic and an onward journey. `settings`: the
    language's, as every language's place reader is handed them (lang/base/units; no English place rule asks one)."""
    lex = lexicon("en")
    out: list[Place] = []
    for m in NAME_RE.finditer(text):
        start, has_prep, posted = run_preposition(text, m, offset, out)
        words = text[start:m.end()]
        if not run_place(text, offset, (start, words), has_prep, posted, out):
            out.extend(unlisted_run_places(text, offset, m, (start, words), has_prep))
    found = sorted(out + standing_for_cities(text, offset, out) + named_regions(text, offset), key=lambda p: p.span.start)
    for place in found:  # 'stopped in Warsaw on his way back from Kyiv and held talks': Kyiv is where he came from
        if lex.re("origin_before_re").search(text, max(0, place.span.start - offset - ORIGIN_REACH),
                                             place.span.start - offset):
            place.span.data["origin"] = True
        if lex.re("topic_place_before_re").search(text, max(0, place.span.start - offset - TOPIC_REACH),
                                                  place.span.start - offset):
            place.span.data["topic"] = True
    return mark_onward(text, offset, found, lex.re("onward_journey_before_re"))


def run_preposition(text: str, m: re.Match, offset: int, out: list[Place]) -> tuple[int, bool, bool]:
    """(debt52) Where the run of capitalized words `m` starts (after an opening 'In') and whether a preposition
    before it makes it a place (not a transfer's goal nor an envoy's post; a bracketed city after a place
    found is one), and whether it is an envoy's post. `out`: the places found before it."""
    lex = lexicon("en")
    before_re, opening = lex.re("place_preposition_re"), lex.re("place_opening_preposition_re")
    start = m.start()
    opened = opening.match(text, start)  # 'In Beijing, Cho met ...'
    if opened and opened.end() < m.end():
        start = opened.end()
    has_prep = bool(opened) or bool(before_re.search(text[max(0, start - 25):start]))
    if has_prep and not opened and lex.re("transfer_goal_before_re").search(text, max(0, start - GOAL_REACH), start):
        has_prep = False  # 'the supply of troops and munitions to Russia': where something goes, no one is there
    posted = has_prep and not opened and posted_envoy_before(text, start)
    if posted:
        has_prep = False  # enrequest68: 'its ambassador in Lima': the host state of the post, no place of the act
    if out and out[-1].span.data.get("locative") and \
            PAREN_AFTER_RE.fullmatch(text, out[-1].span.end - offset, start):
        has_prep = True  # 'visiting Peru (Lima)': the bracketed city is where the phrase points
    return start, has_prep, posted


def run_place(text: str, offset: int, run: tuple[int, str], has_prep: bool, posted: bool,
              out: list[Place]) -> bool:
    """(debt52) The longest prefix of the run (`run`: its start and words) that names a place, ending at a word
    break: a city (a region's town, a capital, a city two states share, a town an attack names), a country
    after a preposition. Appends it to `out`; answers whether the reading stopped (a place found, or a longer
    name that is none: 'the Taiwan Strait')."""
    start, words = run
    lex = lexicon("en")
    continuation = lex.re("place_name_continues_re")
    countries = country_index()
    ends = [len(words), *reversed([b.start() for b in WORD_BREAK_RE.finditer(words, 2)])]
    town_prep = plain_preposition_before(text, start)  # speed51: read once for every prefix of the run
    moved = moved_town_before(text, start)  # places54: 'advanced on X', 'stormed into X', 'marched through X'
    town_cue = town_prep or moved or struck_town_before(text, start)  # enattack51: or a verb of attack ('shelled X')
    struck_on = not has_prep and (moved or lex.re("struck_noun_on_re").search(text, max(0, start - 25), start)
                                  is not None)
    # enattack52: 'launched strikes on X': the town attacked is a place of the sentence, no locative one; places54:
    # so is a town advanced on, stormed into or marched through ('advanced on X', 'marched through central X')
    for n in ends:  # longest prefix that names a place, ending at a word break
        form = words[:n].rstrip(",. ")
        entry = lookup_city(form) or (unindexed_capital(form) or described_town(text, start, form) if has_prep
                                      else None) or bare_town(text, start, form, town_cue)
        qualified = region_town(text, start + len(form), form, entry) if has_prep or entry is not None else entry
        by_region, entry = qualified is not entry, qualified  # enattack50: 'in Bath, England', 'Perth, Scotland'
        if entry is not None and entry.kind == "city" and not by_region:
            entry = capital_named(text, form, entry)  # enplace47: 'Seychelles ... in Victoria' is its capital
        rivals = capital_candidates(text, form, entry) if entry is not None and not by_region else []
        if entry is not None and not rivals and not by_region:
            entry, rivals = shared_city(text, form, entry)  # entowns49: 'Tripoli', Libya's or Lebanon's
        if entry is None and (states := shared_town_states(text, start, form)):
            entry = undecided_town(form)  # koplace47: 'ambushed near Gao', no state named: the story decides
            rivals = [GeoEntry(form, code, None, None, "city") for code in states]
        if entry is not None and not has_prep and not posted and entry.kind == "city" and town_prep:
            has_prep = True  # enplace47: 'near Kidal', 'outside Goma': a town or city, never a country, is where
        if entry is None and has_prep and form in countries and form[0].isupper() \
                and form not in adjective_only():
            entry = country_place(countries[form])
        region = entry is None and has_prep and town_cue and n == len(words) and bare_region(form) or None
        entry = region or entry  # places56b: 'in Guangdong'; places58: 'bombed Saada', a region struck
        if entry is not None and n < len(words) and continuation.match(words, n):
            return True  # 'the Taiwan Strait', 'the Korea Herald': a longer name, not the place
        named = entry is not None and not has_prep and meeting_modifier(text, start + len(form), entry)
        if entry is not None and (has_prep or named or struck_on or entry.population >= 10**9):
            owner = POSSESSIVE_RE.match(text, start + len(form))  # 'to North Korea's launch' names an owner
            if owner and entry.kind == "city" and lex.re("place_owner_ok_re").match(text, start + len(form)) \
                    and lex.re("locative_in_at_re").search(text, max(0, start - 12), start):
                owner = None  # 'in Seoul's Yongsan district': the city is where
            out.append(to_place(entry, form, offset + start, offset + start + len(form),
                                (has_prep or named) and not owner))
            if region:
                out[-1].span.data[HEARD] = True  # a person the story names so keeps the word (pipeline/person_towns)
            if rivals:
                mark_candidates(out[-1], rivals)
            return True
    return False


def unlisted_run_places(text: str, offset: int, m: re.Match, run: tuple[int, str], has_prep: bool) -> list[Place]:
    """(debt52) A run no prefix of which names a place (`run`: its start and words): a district no list names,
    then its city ('in Yongsan, Seoul'), or a city modifying the noun of a sentence's opening article."""
    start, words = run
    district = district_city(words, has_prep)  # 'in Yongsan, Seoul': a district no list names, then its city
    if district:
        at, form, entry = district
        return [to_place(entry, form, offset + start + at, offset + start + at + len(form), True)]
    if words.startswith(SENTENCE_ARTICLE):  # 'The Lima talks between A and B ended'
        return modifying_city(text, start + len(SENTENCE_ARTICLE), m.end(), offset)
    return []


SENTENCE_ARTICLE = "The "  # opening a run of capitalized words: 'The Lima summit'


def modifying_city(text: str, start: int, end: int, offset: int) -> list[Place]:
    """The city whose name, after a capitalized article, modifies a meeting noun ('The Lima talks ...')."""
    words = text[start:end]
    for n in [len(words), *reversed([b.start() for b in WORD_BREAK_RE.finditer(words, 2)])]:
        form = words[:n].rstrip(",. ")
        entry = lookup_city(form)
        if entry is not None and meeting_modifier(text, start + len(form), entry):
            return [to_place(entry, form, offset + start, offset + start + len(form), True)]
    return []


def meeting_modifier(text: str, end: int, entry) -> bool:
    """(consult18) 'the Lima summit', 'their Lima talks': a city's name as the modifier of a meeting noun
    (`venue_meeting_after_re`, as for a venue: 'the Camp David summit') is where the meeting was held."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.common_word_places import is_common_word_place

    return entry.kind == "city" and bool(lexicon("en").re("venue_meeting_after_re").match(text, end)) \
        and not is_common_word_place(text[:end].rsplit(None, 1)[-1])  # entowns49: 'Nice talks' is no place


def district_city(words: str, has_prep: bool) -> tuple | None:
    """'at the presidential office in Yongsan, Seoul': after a locative preposition, a name no list knows
    followed by a comma and a city is a part of that city (the district's name is no place of ours).
    Returns (offset in `words`, the city's form, its entry) or None."""
    comma = words.rfind(", ")
    if not has_prep or comma < 0:
        return None
    form = words[comma + 2:].rstrip(",. ")
    entry = lookup_city(form)
    return (comma + 2, form, entry) if entry is not None and entry.kind == "city" else None


def standing_for_cities(text: str, offset: int, found: list[Place]) -> list[Place]:
    """'in the Japanese capital' (Tokyo), 'at the White House' (Washington): phrases that name a city
    without its name, always after a place preposition."""
    lex = lexicon("en")
    out = []
    for m in lex.re("capital_phrase_re").finditer(text):
        code = country_index().get(m.group("country"))
        entry = capital_city(code) if code else None
        if entry is not None:
            out.append(to_place(entry, m.group(0)[m.start("country") - m.start():], offset + m.start("country"),
                                offset + m.end(), True))
    for m in landmark_re().finditer(text):
        entry = lookup_city(lex["landmarks"][m.group(0)])
        if entry is not None and venue_locative(text, m):
            out.append(to_place(entry, m.group(0), offset + m.start(), offset + m.end(), True))
    for m in venue_re("en").finditer(text):  # 'at Camp David': the venue itself, in its state (data/venues.yaml)
        entry = venue_entry("en", m.group(0))
        if entry is not None and venue_locative(text, m):
            out.append(to_place(entry, m.group(0), offset + m.start(), offset + m.end(), True))
    # the adjective of 'the Japanese capital' is no place of its own; a phrase names one place
    return [p for p in out if not any(p.span.overlaps(q.span) for q in found)]


def venue_locative(text: str, m: re.Match) -> bool:
    """A landmark or venue where something happens: after a place preposition ('at the White House'), on the
    sidelines of a forum, or naming a meeting as its modifier ('the Oval Office meeting', 'the Camp David
    summit': en.yaml venue_meeting_after_re)."""
    lex = lexicon("en")
    return bool(lex.re("place_preposition_re").search(text[max(0, m.start() - 25):m.start()])
                or lex.re("landmark_before_re").search(text, max(0, m.start() - 25), m.start())
                or lex.re("venue_meeting_after_re").match(text, m.end()))


@budget.table()
def unindexed_capitals() -> dict[str, str]:
    """Capitals our country data names as standing for their state (`metonyms_en`: 'Ulaanbaatar', 'Valletta',
    'Thimphu') that the city index lacks in that form or at all (GeoNames writes 'Ulan Bator'; smaller capitals
    fall under its size cut): form -> the state's code. Seats that are landmarks ('Zhongnanhai', 'Elysee') are
    not cities of their own and stay with `standing_for_cities`."""
    seats = list(lexicon("en")["landmarks"])
    return {m: c.code for c in kb().countries.countries for m in c.metonyms_en
            if m[:1].isupper() and not any(m in seat for seat in seats) and lookup_city(m) is None}


def unindexed_capital(form: str):
    """'in Ulaanbaatar': the capital as a city of its state, without coordinates of its own."""
    from readout.kb.geo import GeoEntry  # cold start: not loaded with `English`, only on first use

    code = unindexed_capitals().get(form)
    return GeoEntry(form, code, None, None, "city") if code else None


def described_town(text: str, start: int, form: str):
    """'the eastern Chinese town of Wuzhen', 'the village of X': a town the city index lacks (under its size cut),
    named after the descriptor that says it is one, is a place of its state (data/towns_world.yaml), without
    coordinates of its own. Not a bare town name: many are English words or people's names elsewhere. (places55b)
    GeoNames' one city of the state so spelt where it has one (kb/town_spellings.town_entry, as bare_towns.bare_town): 'the
    port city of Mykolaiv' and "Mykolaiv's port" are one town, Mykolayiv, not two."""
    from readout.kb.geo import GeoEntry  # cold start: not loaded with `English`, only on first use
    from readout.kb.town_spellings import town_entry  # (as above)
    from readout.lang.en.towns import town_of  # cold start: not loaded with `English`, only on first use

    if not lexicon("en").re("town_descriptor_before_re").search(text, max(0, start - 12), start):
        return None
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.towns import common_word_towns

    code = town_of(form) or described_state(text, start) or common_word_towns().get(form)  # entowns49: 'city of Split'
    return (town_entry(form, code) or GeoEntry(form, code, None, None, "city")) if code else None


# (koforeign70) the state adjective of a town's descriptor: 'the Ukrainian city of X', 'the northern Kenyan town of X'
DESCRIBED_STATE_RE = re.compile(r"\b([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+(?:port\s+|border\s+|coastal\s+)?"
                                r"(?:town|village|resort|city|county|township)\s+of\s+$")
DESCRIPTOR_REACH = 45  # characters before the town where its descriptor's state adjective may stand


def described_state(text: str, start: int) -> str | None:
    """(koforeign70) The state whose adjective describes a town no list holds ('the Ukrainian city of X', 'the
    southern Kenyan town of X'): the town is a place of that state, as Korean '우크라이나 X에서' is. A hyphenated
    qualifier ('the Russian-held city of X') names who holds it, not its state: no match."""
    m = DESCRIBED_STATE_RE.search(text, max(0, start - DESCRIPTOR_REACH), start)
    return country_index().get(m.group(1)) if m else None


@budget.table()
def landmark_re() -> re.Pattern:
    return re.compile(r"\b" + alternation(list(lexicon("en")["landmarks"])) + r"(?![\w-])")


@budget.table()
def adjective_only() -> frozenset[str]:
    """Country adjectives that are no country's name ('Russian', not 'U.S.'): they name a state only
    before a group noun, and a place never."""
    found = kb().countries.countries
    return frozenset({a for c in found for a in c.adjectives_en} - {n for c in found for n in c.en})


@budget.table()
def name_only() -> frozenset[str]:
    """Country names that are no country's adjective ('Senegal', not 'U.S.'): such a name coordinated with an
    adjective before a group noun ('Senegal and Malian rebels') stands alone, the noun being the adjective's."""
    found = kb().countries.countries
    return frozenset({n for c in found for n in c.en} - {a for c in found for a in c.adjectives_en})
