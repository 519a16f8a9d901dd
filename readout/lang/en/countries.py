"""English country mentions in a sentence: names, short names, adjectives and demonyms of every country
and territory ("North Korea's", "Filipino", "Emirati"), international bodies ("NATO", "the UN"), and
capitals or seats standing for governments ("Pyongyang said", "Moscow and Beijing vetoed").

Rules, each for a class of false reading:
  - whole words only, longest form first: "Nigerian" is not "Niger", "Papua New Guinea" is not "Guinea";
  - a form right after "New " is part of another name ("New Mexico", "New Jersey"); one after "pro-",
    "anti-" or "non-" names a stance, not the country ("pro-Russian separatists"), while "ROK-U.S." is two;
  - a form before a word of `not_before_en` is part of another name ("South China Sea", "Paris Agreement"), and so
    is one after a word of `not_after_en` ("the Gulf of Finland");
  - a capital after in/at/to/from is a place, not the government ("talks in Pyongyang");
  - a guarded form (declared ambiguous with guard 'governed': "Jordan", "Georgia", "Victoria") counts only
    before a possessive or a verb of `guard_verbs_en` ("Jordan said", "Georgia's").
"The Afghan government", "Syrian government forces": the span covers the agent nouns after the country
where the clause reader would take the country for a modifier of them.
"The government of Iraq", "the President of Ukraine": a body or office owning the country after 'of'
(`agent_nouns_en`) makes the phrase that country's side, from the phrase's own start.
A named body of one state or of the international system ("the Pentagon", "Hamas", "the Security Council",
organizations.yaml) stands for its state as well, where no country form already covers it.
"""
from __future__ import annotations

import functools
import re

from readout.lang.en.agents import agent_after, bracket_sector, people_sector
from readout.cache import compile_pattern, disk_cached
from readout.kb.geo import country_index, guarded_forms, metonym_index, world_forms
from readout.kb.loader import kb, lexicon
from readout.kb.nonstate import NGO_CODE, ngo_words_en
from readout.patterns import alternation
from readout.model import CountryMention

LATIN_RE = re.compile(r"[A-Za-z0-9À-ÿ .'’\-]+")

PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|to|from|visit to|near|outside)\s+$")
COMPASS_FORM_RE = re.compile(r"(?i)the\s+(?:north|south)")  # a state named by its half of a peninsula
LONGER_NAME_RE = re.compile(r"[ -](?!Korea)[A-Z][a-z]")  # a capitalized word right after it (not "Korean"): the name goes on
# what is said or sent "to" a capital is addressed to its government ('expressed concern to Beijing', 'protested to Tokyo')
ADDRESSED_BEFORE_RE = re.compile(r"\b(?:concerns?|protests?|complaints?|messages?|letters?|notes?|regrets?|condolences|"
                                 r"objections?|appeals?|requests?|warnings?|demands?|apolog(?:y|ies)|proposals?|"
                                 r"protested|complained|appealed|apologi[sz]ed|replied|responded|wrote)\s+to\s+$")
ADDRESSED_REACH = 40  # characters before a capital where the thing addressed may end
# what comes "from" a capital was said by its government ('brushing aside protests from Hanoi', 'criticism from Rabat')
SOURCED_BEFORE_RE = re.compile(r"\b(?:protests?|objections?|complaints?|criticism|condemnation|opposition|pressure|"
                               r"demands?|calls|requests?|warnings?|appeals?|concerns?|accusations?|threats?|"
                               r"objected|protested)\s+(?:(?:both\s+)?from|by)\s+$")
GOVERNED_BEFORE_RE = re.compile(r"\b(?:to|in|of|with|from|against|on|for|by|between|toward|towards|into)\s+(?:the\s+)?$")
POSSESSIVE = ("'s", "’s")
STANCE_PREFIX_RE = re.compile(r"(?i)\b(?:pro|anti|non)-$")  # 'pro-Russian separatists' are not Russia
# 'Iran-backed rebels', 'Russian-armed separatists': the country backs the group named after it, which is not it
BACKER_SUFFIX_RE = re.compile(r"(?i)-(?:backed|sponsored|supported|funded|financed|armed|trained|aligned|allied|"
                              r"friendly|leaning|inspired)\b")
BASED_RE = re.compile(r"-based\b")  # 'Gaza-based militants': the place before it locates the agent after it
OWNER_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:the\s+)?")  # between a country word and the body it owns
PERSON_SUFFIX_RE = re.compile(r"(?:wo)?m[ae]n\b")
KEY = 3  # forms are filed under their first three characters (two-letter forms under both)


@functools.lru_cache(maxsize=1)
@disk_cached("en-country-forms")  # ~20 ms per process: kept by the start-up cache with the index below
def forms_table() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Every English form (names, adjectives, other spellings, metonyms) -> code, and the forms filed by
    their first two characters, longest first. Why not one regex: a trie of 2,000 forms takes 0.1 s to
    compile in every process (and the person patterns compile the country names again); this table
    builds in a millisecond and finds the same longest whole-word matches."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    table = {n: c for n, c in country_index().items() if LATIN_RE.fullmatch(n)}
    for c in kb().countries.countries:
        for form in c.variants_en:
            table.setdefault(form, declared.get(form, c.code))
    for form, code in metonym_index().items():
        if LATIN_RE.fullmatch(form):
            table.setdefault(form, code)
    for form, code in list(table.items()):  # 'Welshman', 'Irishwomen', 'Frenchmen': English compounds its -sh and
        if form.endswith(MAN_BASE_ENDINGS) and form[:1].isupper() and " " not in form and form in demonym_bases():
            for suffix in MAN_SUFFIXES:  # -ch demonyms with man and woman; never with another demonym
                table.setdefault(form + suffix, code)
    for form, code in list(table.items()):
        for cased in cased_forms(form):
            table.setdefault(cased, code)
    by_key: dict[str, list[str]] = {}
    for form in sorted(table, key=len, reverse=True):
        by_key.setdefault(form[:KEY], []).append(form)
    return table, by_key


PART_RE = re.compile(r"(?<=[ '’-])([a-zà-ÿ])")  # a lower-case letter opening a word or a part after ' or -
HYPHEN_PART_RE = re.compile(r"(?<=-)([A-ZÀ-Þ])")


def cased_forms(form: str) -> list[str]:
    """Other casings of a name of several words that headlines and some outlets write: every word and every
    part after an apostrophe or a hyphen capitalized ('Côte D'Ivoire', 'Saint Kitts And Nevis'), and the
    parts after a hyphen in lower case ('Guinea-bissau', 'Timor-leste': else 'Guinea' alone is read, another
    state). One-word forms and forms opening in lower case have none."""
    if not form[:1].isupper() or not any(ch in form for ch in " '’-"):
        return []
    out = [PART_RE.sub(lambda m: m.group(1).upper(), form)]
    if "-" in form:
        out.append(HYPHEN_PART_RE.sub(lambda m: m.group(1).lower(), form))
    return [f for f in out if f != form]


MAN_BASE_ENDINGS = ("sh", "ch")
MAN_SUFFIXES = ("man", "men", "woman", "women")


def demonym_bases() -> frozenset[str]:
    """Adjectives and other spellings of states (the forms a -man compound is made from)."""
    return frozenset(f for c in kb().countries.countries for f in (*c.adjectives_en, *c.variants_en))


@functools.lru_cache(maxsize=1)
def not_after_re() -> re.Pattern:
    """'the Gulf of ', 'the Sea of ' right before a form (`not_after_en`): the form ends a water body's name."""
    return re.compile(r"\b" + alternation(kb().countries.not_after_en) + r"\s+$")


NOT_AFTER_REACH = 20  # characters before a form read for `not_after_en`


@functools.lru_cache(maxsize=1)
def not_before_re() -> re.Pattern:
    return re.compile(r"\s+" + alternation(kb().countries.not_before_en) + r"\b")


@functools.lru_cache(maxsize=1)
def owner_before_re() -> re.Pattern:
    """'the government of ', 'The President of the ': an agent noun and 'of' right before a form; 'a
    spokesman for the ', 'an adviser to the ': a speaker noun and 'for', 'to' or 'of'."""
    of_nouns = [*kb().countries.agent_nouns_en, *kb().countries.head_nouns_en]
    return compile_pattern(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?:(?:" + alternation(of_nouns) + r")\s+of"
                           r"|(?:" + alternation(kb().countries.speaker_nouns_en) + r")\s+(?:for|to|of))\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def agent_after_re() -> re.Pattern:
    """' government', ' government forces', ' security forces': agent nouns right after a country form."""
    nouns = alternation(n for n in kb().countries.agent_nouns_en if n.islower())
    return re.compile(rf"(?:\s+(?:{nouns})){{1,2}}\b")


@functools.lru_cache(maxsize=1)
def modifier_after_re() -> re.Pattern:
    """The nouns after which the clause reader takes a name for a modifier ('the Moon government'):
    only there does a country's span take its agent nouns (a longer span would change how far it is
    from the next country, which the receiving side reads as coordination)."""
    return re.compile(lexicon("en")["clause"]["modifier_after_re"], re.I)


@functools.lru_cache(maxsize=1)
def guard_verb_re() -> re.Pattern:
    return re.compile(r"\s+(?:" + alternation(kb().countries.guard_verbs_en) + r")\b")


GUARD_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "is", "was", "and"})  # no verb of address


@functools.lru_cache(maxsize=1)
def guard_object_re() -> re.Pattern:
    """A verb of `guard_verbs_en` that addresses or acts on someone, ending right before a name ('urged ', 'condemned ')."""
    verbs = [v for v in kb().countries.guard_verbs_en if v not in GUARD_AUXILIARIES]
    return re.compile(r"\b(?:" + alternation(verbs) + r")\s+$")


def addressed_object(text: str, start: int, end: int) -> bool:
    """"The European Union urged Georgia to reverse the law", "Egypt accused Jordan of": a guarded form right after a
    verb of address is the state that verb acts on, as it is the state before one ('Georgia said'); a name going on
    ('urged Jordan Peterson') stays a person's."""
    return bool(guard_object_re().search(text[max(0, start - 16):start])) and not NAME_GOES_ON_RE.match(text, end)


def is_possessive(text: str, end: int, form: str) -> bool:
    return text[end:end + 2] in POSSESSIVE or (form.endswith("s") and text[end:end + 1] in ("'", "’"))


@functools.lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """Every country's adjectives ('Georgian'): a guarded one still counts before an agent noun."""
    return frozenset(a for c in kb().countries.countries for a in c.adjectives_en)


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Adjectives in -an or -i, whose plural in -s names the people ('Macedonians', 'Palauans', 'Omanis'):
    the plural is read from the adjective, as CLDR and the data list few plurals."""
    return frozenset(a for c in kb().countries.countries for a in c.adjectives_en if a.endswith(("an", "i")))


@functools.lru_cache(maxsize=1)
@disk_cached("en-country-forms-by-length")
def forms_by_length() -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """The forms filed under each key (`forms_table`) grouped by length, longest first: one slice and one
    set lookup per length finds the form that testing each filed form in turn would find (two forms
    of one length starting at one place are the same form). Why: a key files a dozen forms on
    average, and every capitalized word of every English sentence asks."""
    _table, by_key = forms_table()
    out: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}
    for key, forms in by_key.items():  # one pass per key (a key files up to 180 forms)
        by_length: dict[int, list[str]] = {}
        for f in forms:
            by_length.setdefault(len(f), []).append(f)
        out[key] = tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
    return out


def longest_form(text: str, start: int) -> str | None:
    """The longest form that starts at `start` and ends at a word boundary, and is not part of a longer
    name ("New Mexico", "South China Sea")."""
    grouped = forms_by_length()
    three = grouped.get(text[start:start + KEY], ())  # the three-character key's forms first, then the two-letter ones
    two = grouped.get(text[start:start + KEY - 1], ())
    for n, forms in three + two if two else three:
        form = text[start:start + n]
        if form not in forms:
            continue
        end = start + n
        national = form[-1:].islower() and (PERSON_SUFFIX_RE.match(text, end)  # 'Englishwoman', 'Frenchmen'
                                            or text[end:end + 1] == "s" and form in demonyms()
                                            and not (end + 1 < len(text) and text[end + 1].isalnum()))
        if national or not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            if text[max(0, start - 4):start] == "New " or not_before_re().match(text, end) \
                    or not_after_re().search(text, max(0, start - NOT_AFTER_REACH), start) \
                    or STANCE_PREFIX_RE.search(text, max(0, start - 5), start) or backs_a_name(text, end):
                return None
            return form
    return None


@functools.lru_cache(maxsize=1)
def start_re() -> re.Pattern:
    """Where a form may start: a word start followed by the first characters of some form (a small trie
    of the table's keys, so most words are passed over inside the regex engine)."""
    _table, by_key = forms_table()
    return compile_pattern(r"(?<![\w.’'])" + alternation(by_key))


@functools.lru_cache(maxsize=1)
def region_re() -> re.Pattern:
    """A region of several states whose name holds a country form ('Latin American', 'South America')."""
    return re.compile(r"(?<![\w'’.-])(?:" + alternation(kb().countries.regions_en) + r")(?![\w'’-])")


def matches(text: str):
    """(start, form) of every country form in `text`, left to right, never overlapping; a form inside a
    region's name ('South American', 'Inter-American') is the region's, not the country's."""
    pos = 0
    regions: list[tuple[int, int]] | None = None
    for m in start_re().finditer(text):
        if m.start() < pos:
            continue
        form = longest_form(text, m.start())
        if form:
            if regions is None:  # looked for once, and only in a sentence with a country form
                regions = [r.span() for r in region_re().finditer(text)]
            if any(a <= m.start() < b for a, b in regions):
                continue
            longer = longer_region(text, m.start(), form)
            if longer:  # 'British Columbia', 'Tamil Nadu': another state's region, read by lang/en/towns.py
                pos = m.start() + len(longer)
                continue
            if region_before(text, m.start(), form):  # 'New South Wales', 'West Papua': the region's, too
                pos = m.start() + len(form)
                continue
            yield m.start(), form
            pos = m.start() + len(form)


@functools.lru_cache(maxsize=1)
@disk_cached("en-regions-opening")  # 5,000 region names against the forms per process otherwise
def regions_opening_with_forms() -> dict[str, tuple[str, ...]]:
    """Country form -> the names of another state's regions that open with it ('British' -> 'British Columbia',
    'Tamil' -> 'Tamil Nadu', 'Thai' -> 'Thai Binh'), longest first; not a form's own special administrative
    region or province ('Hong Kong SAR', 'Taiwan Sheng': the rest is only a type word)."""
    from readout.kb.geo import subdivision_index

    table = forms_table()[0]
    types = set(kb().countries.subdivision_type_words) | {"SAR"}
    out: dict[str, list[str]] = {}
    for name, code in subdivision_index().items():
        words = name.split()
        for k in range(1, len(words)):
            form = " ".join(words[:k])
            if form in table and table[form] != code and not set(words[k:]) <= types:
                out.setdefault(form, []).append(name)
                break
    return {form: tuple(sorted(names, key=len, reverse=True)) for form, names in out.items()}


def longer_region(text: str, start: int, form: str) -> str | None:
    """The region name of another state that opens with the country form at `start` and goes on in the text,
    ending at a word boundary, or None."""
    for name in regions_opening_with_forms().get(form, ()):
        end = start + len(name)
        if text.startswith(name, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            return name
    return None


@functools.lru_cache(maxsize=1)
@disk_cached("en-regions-ending")  # 5,000 region names against the forms per process otherwise
def regions_ending_with_forms() -> dict[str, tuple[str, ...]]:
    """Country form -> the openings of another state's region names that end with it ('Wales' -> 'New South ',
    'Papua' -> 'West '): the form there is the end of the region's name, which lang/en/towns.py reads."""
    from readout.kb.geo import subdivision_index

    table = forms_table()[0]
    out: dict[str, set[str]] = {}
    for name, code in subdivision_index().items():
        words = name.split()
        for k in range(1, len(words)):
            form = " ".join(words[k:])
            if form in table and table[form] != code and words[0][:1].isupper():
                out.setdefault(form, set()).add(" ".join(words[:k]) + " ")
                break
    return {form: tuple(sorted(openings, key=len, reverse=True)) for form, openings in out.items()}


def region_before(text: str, start: int, form: str) -> bool:
    """Whether the country form at `start` ends another state's region name that the text writes whole."""
    for opening in regions_ending_with_forms().get(form, ()):
        lo = start - len(opening)
        if lo >= 0 and text.startswith(opening, lo) and not (lo and (text[lo - 1].isalnum() or text[lo - 1] in "-_")):
            return True
    return False


OWNER_LINKS = ("of", "for", "to")  # the words `owner_before_re` ends with


def agent_sector(text: str, end: int) -> str | None:
    """The PLOVER sector of the agent noun right after a country word ("Syrian rebels" REB, "Iraq's
    police" COP, "the Afghan riot police" COP; lang/en/agents.py); None: the country itself, its government."""
    gap = OWNER_GAP_RE.match(text, end)
    found = agent_after(text, gap.end() if gap else end)
    return found[1] if found else None


@functools.lru_cache(maxsize=1)
def people_marker_re() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, kb().countries.people_markers_en), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$") if words else re.compile(r"(?!)")


def people_marker_before(text: str, start: int) -> bool:
    """'ethnic' right before a demonym: the word names a people wherever they live ('ethnic Albanians')."""
    return people_marker_re().search(text, max(0, start - 16), start) is not None


def ethnic_mentions(offset: int, peoples: list[tuple[int, int, str]], found: list[CountryMention]) -> list[CountryMention]:
    """'Ethnic Albanians' act for the state where they live, as PLOVER codes a people: the first other state the
    sentence names after them ('... in Kosovo', '... against Sweden's decision', '... a Serbian police station'),
    else the one other state named before them ('In Macedonia, ethnic Albanians ...'); none when it names none
    (their own people's state, the origin, never). A people of the civilian sector (CVL)."""
    out = []
    for start, end, origin in peoples:
        after = [c.codes[0] for c in found if c.start >= offset + end and len(c.codes) == 1 and c.codes[0] != origin]
        before = {c.codes[0] for c in found if c.end <= offset + start and len(c.codes) == 1 and c.codes[0] != origin}
        code = after[0] if after else (next(iter(before)) if len(before) == 1 else None)
        if code is not None:
            out.append(CountryMention(offset + start, offset + end, [code], subject=True, sector="CVL"))
    return out


def find_countries(text: str, offset: int, tokens: list | None = None) -> list[CountryMention]:
    """Country mentions of one sentence (`offset`: the sentence's start in the document)."""
    from readout.lang.en.organizations import listed_bodies
    from readout.lang.en.state_phrases import (named_person, owned_body, peoples_words, posted_states,
                                               surname_side_mentions, world_mentions)  # they read this module's tables
    from readout.lang.en.towns import city_mentions, misspelled_mentions, place_agent_mentions  # towns imports this
    from readout.lang.en.groupings import grouping_mentions

    table, _by_key = forms_table()
    metonyms, guarded, names = metonym_index(), guarded_forms(), country_index()
    out = []
    bodies = listed_bodies(text)  # read once: the forms inside them (named_spans) and the bodies themselves
    listed, peoples = None, []
    pending: list[tuple[int, int, str]] = []  # guarded state names of `world_forms` not counted in the loop
    for start, form in matches(text):
        m_start, end = start, start + len(form)
        if form in adjectives() and people_marker_before(text, start):
            peoples.append((start, start + len(form), table[form]))
            continue  # 'ethnic Albanians': a people, not the state; placed after the loop (ethnic_mentions)
        if domain_of_body(text, end):
            continue  # "China's Taiwan Affairs Office": the land the body handles, not a side (en33)
        listed = listed if listed is not None else named_spans(text, bodies)
        if any(a <= start and end <= b and code != table[form] for a, b, code in listed):
            continue  # 'the Workers' Party of Korea', 'U.S. Forces Korea': the listed body says whose it is
        sector = people_sector(form, agent_sector(text, end), text, end) \
            or bracket_sector(text, start, end)  # 'Tigrayan forces': REB; 'Police (Nigeria)': COP
        own = next((o for o in bodies if o.start <= start and end <= o.end and o.country == table[form]), None)
        if own is not None and sector is None:  # 'Saudi Aramco' BUS, 'Chinese Communist Party' PTY: the body's
            sector, end = own.sector, max(end, own.end)
        before = text[max(0, start - 14):start]
        if form in metonyms and form not in names and PLACE_BEFORE_RE.search(before) \
                and not ADDRESSED_BEFORE_RE.search(text, max(0, start - ADDRESSED_REACH), start) \
                and not SOURCED_BEFORE_RE.search(text, max(0, start - ADDRESSED_REACH), start):
            continue  # "in Pyongyang" is a place, not the government
        if COMPASS_FORM_RE.fullmatch(form) and LONGER_NAME_RE.match(text, end):
            continue  # 'the North American market', 'the North Atlantic': a longer name, not the peninsula's North
        genitive = is_possessive(text, end, form)
        if form in world_forms() and named_person(text, start, end):
            continue  # 'Michael Jordan accused ...', 'Chad Wolf said': a person, even before a verb
        if form in guarded and not genitive and not guard_verb_re().match(text, end) \
                and not (sector is not None and form in adjectives()) and not addressed_object(text, start, end):
            if form in world_forms():
                pending.append((start, end, form))  # counted below in a world-news clause
            continue  # "Jordan Peterson", "Georgia voters": a name or a US state, not the government
            # (a guarded adjective before an agent noun is the state's: 'the Georgian foreign ministry')
        body = owned_body(text, end, table[form], bodies) if sector is None and form not in peoples_words() else None
        if body is not None:  # "Iran's Supreme National Security Council": the state's own body, by its name
            end, sector = body
            genitive = is_possessive(text, end, "")
        head = agent_after_re().match(text, end) if modifier_after_re().match(text[end:end + 30]) else None
        if head and not genitive:  # 'the Afghan government condemned': the phrase, not a modifier of it
            end = head.end()
            genitive = is_possessive(text, end, text[start:end])
        owner = owner_before_re().search(text, max(0, start - 40), start) \
            if may_end_with_word(text, max(0, start - 40), start, OWNER_LINKS) else None
        if owner:  # 'the government of Iraq said': the phrase is Iraq's side, read from where it starts
            start, before = owner.start(), text[max(0, owner.start() - 14):owner.start()]
            sector = agent_sector(text, owner.start()) or sector
        body = body_before(text, m_start, end)
        if body is not None and body < start:  # 'the State Council of China said': a body named after its country
            start, before = body, text[max(0, body - 14):body]
        governed = bool(GOVERNED_BEFORE_RE.search(before))
        out.append(CountryMention(offset + start, offset + end, [table[form]], genitive=genitive,
                                  subject=not genitive and not governed, sector=sector))
    out += world_mentions(text, offset, pending, out)
    out += surname_side_mentions(text, offset, out)
    out += body_mentions(text, offset, out, bodies)
    out = posted_states(text, offset, out)
    out += ethnic_mentions(offset, peoples, out)
    out += city_mentions(text, offset, out)
    out += misspelled_mentions(text, offset, out)
    out += grouping_mentions(text, offset, out)  # 'the E3': every member (kb/groupings.py)
    return sorted(out + place_agent_mentions(text, offset, out), key=lambda c: c.start)


@functools.lru_cache(maxsize=1)
def domain_body_after_re() -> re.Pattern:
    return re.compile(lexicon("en")["domain_body_after_re"])


def domain_of_body(text: str, end: int) -> bool:
    """Whether the country word ending at `end` opens the name of a body handling that land ('Taiwan Affairs
    Office', 'Hong Kong and Macao Affairs Office'): the body is another state's (or the land's own, named
    elsewhere), so the word names no side of the acts the body reports."""
    return bool(domain_body_after_re().match(text, end))


def may_end_with_word(text: str, lo: int, end: int, words: tuple[str, ...]) -> bool:
    """False where text[lo:end] cannot end with '<space>WORD<spaces>' or '<space>WORD<spaces>the<spaces>'
    for a word of `words`, which BODY_OF_RE and `owner_before_re` both end with: two string tests
    before a pattern that a search tries at every position of the window (most country words follow
    no 'of' or 'in'; `body_before` searching 80 characters was a tenth of the English country reader)."""
    window = text[lo:end]
    last = window.rstrip()
    if len(last) == len(window):
        return False
    if last.endswith("the"):
        rest = last[:-3]
        last = rest.rstrip()
        if len(last) == len(rest):
            return False
    return last.endswith(words)


NAME_GOES_ON_RE = re.compile(r" [A-Z]")
BODY_OF_RE = re.compile(r"(?<![\w'’.-])(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*"
                        r"[A-Z][\w'’.-]*)*)\s+(?:of|in)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    c = kb().countries
    return frozenset(c.igo_heads_en) | frozenset(c.body_heads_en)


def body_before(text: str, start: int, end: int) -> int | None:
    """Where a capitalized body's name that ends in 'of'/'in' + this country form starts ('the State
    Council of the People's Republic of China', 'the Movement for Justice in Syria', 'the Supreme Council
    of Egypt'): the body is the country's, as 'the government of Iraq' is. Only when the name holds a
    head noun (igo_heads_en, body_heads_en), the form ends the name (not 'the Organization of American
    States') and no word of more than one state makes it an international body (named_bodies reads those)."""
    if NAME_GOES_ON_RE.match(text, end):
        return None  # the name goes on; a hyphened wing ('the Communist Party of India-Maoist') does not
    if not may_end_with_word(text, max(0, start - 80), start, ("of", "in")):
        return None
    m = BODY_OF_RE.search(text, max(0, start - 80), start)
    if not m:
        return None
    words = set(m.group("name").split())
    _heads, markers = igo_words()
    if not words & body_heads() or words & set(markers):
        return None
    return m.start()


def body_mentions(text: str, offset: int, found: list[CountryMention], bodies: list | None = None) -> list[CountryMention]:
    """Listed bodies with a state (or UNO/EUR/IGO) that no country form overlaps: 'the Pentagon said',
    'Hamas fired', 'the Security Council condemned'. A ministry found by pattern has its country word
    already ('the Japanese Defense Ministry'), so only listed names are added."""
    from readout.lang.en.organizations import listed_bodies

    out = []
    for org in (listed_bodies(text) if bodies is None else bodies) + named_bodies(text):
        start, end = offset + org.start, offset + org.end
        if org.country is None or any(c.start < end and start < c.end for c in found + out):
            continue
        if any(OWNER_GAP_RE.fullmatch(text, c.end - offset, org.start) for c in found if c.end <= start):
            continue  # 'the Philippine Senate', "Iraq's parliament": the body of the state named before it
        if NAME_BEFORE_RE.search(text, max(0, org.start - 30), org.start) and not backed_before(text, org.start):
            continue  # 'the African National Congress': the end of a longer name, not the listed body
        if abbreviates_a_rule(text, org.start):
            continue  # 'the Andean Trade Pact (ATP)': the agreement's short name, no body
        genitive = is_possessive(text, org.end, org.surface)
        if text.startswith(("'s", "’s"), org.end):  # "Hezbollah's leader said": the body's own people act
            member = members_after(text, org.end, org.surface)
            if member is None:
                continue  # "Hezbollah's attack", "Assad's forces" (a follower noun): read as before, by others
            end, genitive = offset + member, False
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, org.start - 14):org.start]))
        out.append(CountryMention(start, end, [org.country], genitive=genitive, subject=not genitive and not governed,
                                  sector=org.sector))
    return out


def members_after(text: str, end: int, name: str) -> int | None:
    """Where the agent noun or office title after a body's possessive ends ("Hezbollah's leader", "Hamas's
    military wing", "the Taliban's spokesman"), or None: the phrase is the body's side, with the body's sector
    (a group's leader is the group's), as "Lebanon's leader" is the state's."""
    from readout.lang.en.mentions import title_after

    from readout.kb.agents import followers
    from readout.kb.heads import person_state

    gap = OWNER_GAP_RE.match(text, end)
    at = gap.end() if gap else end
    if text[at:].split(" ", 1)[0].lower() in followers("en") and person_state(name) is not None:
        return None  # "Assad's forces": a person's followers, read by follower_mentions
    qualifier = QUALIFIER_ONE_RE.match(text, at)
    found = agent_after(text, at) or title_after(text, at) or (agent_after(text, qualifier.end()) if qualifier else None)
    return found[0] if found else None


QUALIFIER_ONE_RE = re.compile(r"[a-z][a-z-]+\s+")  # 'military' in "Hamas's military wing"


def named_spans(text: str, bodies: list | None = None) -> list[tuple[int, int, str]]:
    """(start, end, state) of the listed bodies with a state in `text`: a country form inside one that
    names another state ('the Workers' Party of Korea' PRK, 'U.S. Forces Korea' USA) is part of the name,
    and the body (body_mentions) gives the state, not the form."""
    from readout.lang.en.organizations import listed_bodies

    return [(o.start, o.end, o.country) for o in (listed_bodies(text) if bodies is None else bodies)
            if o.country is not None]


def backs_a_name(text: str, end: int) -> bool:
    """A country form ending at `end` backs the named group after it ('Iran-backed Hezbollah', 'Iran-backed
    Houthi rebels'): the group is not that country's. Before a common noun ('Syrian-backed militias') the
    backer is the only state the words give the group, and it stays (PLOVER codes the sponsor's side)."""
    backer = BACKER_SUFFIX_RE.match(text, end)
    return bool(backer) and text[backer.end():].lstrip()[:1].isupper() \
        and not sponsored_text_re().match(text, backer.end())  # 'a U.S.-sponsored U.N. resolution': a text


@functools.lru_cache(maxsize=1)
def sponsored_text_re() -> re.Pattern:
    """(acts47) 'a U.S.-sponsored U.N. resolution': one to three capitalized words (a body's name) then a draft noun
    after a backer's compound name a text, no group. The draft nouns are the act lexicon's `draft_nouns`, the list by
    which act_sponsors finds the draft a veto refuses: one definition of a text put to a vote for both readers."""
    from readout.lang.en.act_matcher import matcher

    return re.compile(r"\s*(?:[A-Z][\w.]*\s+){1,3}(?:" + alternation(matcher().cues.draft_nouns) + r")\b")


def backed_before(text: str, start: int) -> bool:
    """The word before `start` is a backer's compound ('Iran-backed Hezbollah'): no part of the name."""
    word = text[max(0, start - 30):start].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and bool(BACKER_SUFFIX_RE.search(word[0]))


def abbreviates_a_rule(text: str, start: int) -> bool:
    """A name in brackets right after an agreement's or convention's name (a word of `not_before_en`)
    is that agreement's short form."""
    m = re.search(r"(\w+)\s*\(\s*$", text[max(0, start - 40):start])
    return bool(m and m.group(1) in kb().countries.not_before_en)


CAP = r"[A-Z][\w'’.-]*"
NAME_BEFORE_RE = re.compile(r"(?<![.!?]\s)(?<![\w’'-])(?!The\b|A\b|An\b)[A-Z][a-z][\w'’-]*\s+$")
NAME_RE = re.compile(rf"(?<![\w'’.-]){CAP}(?:\s+(?:(?:of|for|and|the|on|in|de|des|la|du)\s+)*{CAP})+")


@functools.lru_cache(maxsize=1)
def igo_words() -> tuple[frozenset[str], dict[str, str]]:
    c = kb().countries
    return frozenset(c.igo_heads_en), dict(c.igo_markers_en)


@functools.lru_cache(maxsize=1)
def head_first_words() -> tuple[str, ...]:
    """The first word of each head noun ('Monitoring Mission' -> 'Monitoring'): a sentence without any of
    them names no international body by shape, and is passed over with a few substring tests."""
    return tuple(dict.fromkeys(h.split()[0] for h in igo_words()[0]))


@functools.lru_cache(maxsize=1)
def head_first_re() -> re.Pattern:
    """`head_first_words` as one pattern of literal words: found anywhere in a text exactly when one of them
    is a substring of it (one scan of the sentence where testing each word was a Python step per word)."""
    return re.compile(alternation(head_first_words()))


def named_bodies(text: str):
    """International bodies by the shape of their name: a capitalized name with a head noun
    ('Organization', 'Union') and a word of more than one state ('International', 'Caribbean', 'UN'),
    which gives the code (UNO, EUR or IGO)."""
    from readout.lang.orgs_common import OrgMention

    heads, markers = igo_words()
    if not head_first_re().search(text):
        return []  # a gram of a name is words of the text: a head none of whose first words is there is not
    out = []
    for m in NAME_RE.finditer(text):
        words = [re.sub(r"['’]s$", "", w) for w in m.group(0).split()]  # "Africa's" is Africa
        start = m.start() + (4 if words[0] == "The" else 0)
        grams = set(words) | {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
        if not grams & heads:
            continue
        codes = {markers[g] for g in grams if g in markers}
        if codes:
            code = "UNO" if "UNO" in codes else "EUR" if "EUR" in codes else "IGO"
            if code == "IGO" and set(words) & ngo_words_en():  # 'the Association of Asian Lawyers': members no states
                out.append(OrgMention(start, m.end(), text[start:m.end()], "org_ngo-named", NGO_CODE, "SOC"))
                continue
            out.append(OrgMention(start, m.end(), text[start:m.end()], "org_igo-named", code, "IGO"))
    return out
