"""English person mentions: "[country|nationality|country's] [ministry] [title] [Name]" for any state
("Armenian Prime Minister Nikol Pashinyan", "Japan's Defense Minister Gen Nakatani", "Chinese Foreign
Ministry spokesperson Lin Jian"), appositives ("Nikol Pashinyan, Armenia's prime minister"; "Mr. SATO
Kenji, Minister for Foreign Affairs of Japan"), counterparts ("his South Korean counterpart, Park Jin";
"their counterparts, A and B"), titles alone ("the Japanese foreign minister") and knowledge-base names.

Each word class (countries, titles, ministries, knowledge-base names) is one trie alternation, and a
sentence with no title, name or 'counterpart' in it is skipped before any pattern runs. A name never
ends in a possessive: "Minister Tanaka's visit" names Tanaka, in the genitive role.
"""
from __future__ import annotations

import functools
import re

from readout.cache import compile_pattern, disk_cached  # patterns of every title and name: seconds to build
from readout.kb.geo import country_index, lookup_city
from readout.kb.heads import surnames as head_keys
from readout.kb.leaders import curated_names, key as leader_key
from readout.kb.names import NAME_MEMO, fold_accents
from readout.kb.loader import kb, lexicon
from readout.kb.offices import office_for
from readout.lang.en.organizations import MINISTRY_WORDS, country_code, country_pattern, portfolio_words
from readout.lang.en.rank_owner import give_rank_owners
from readout.lang.en.state_after_name import give_states_after
from readout.lang.orgs_common import by_surface, head_nouns_en
from readout.patterns import alternation, first_chars, fold
from readout.model import RawMention

PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|del|der|van|von|dos|du|la|le)"  # inside a name: Mohammed bin Salman
WORD = r"[A-Z](?:[A-Za-z\-]|['’](?=[A-Za-z])(?!s\b))+"  # O'Brien, Cho Tae-yul; never Tanaka's
# an Arabic honorific is no part of the name, nor is a military rank's abbreviation after another title ('army chief,
# Gen. X', 'his counterpart, Lt. Gen. Y': the name is X, Y, not 'Gen' or 'Lt'); the rank's period is required
HONOR = r"(?:(?:Mr|Ms|Mrs|Dr|H\.E|Prof|Sheikh|Sheikha|Sheik)\.?\s+|(?:Lt|Maj|Brig|Gen|Col|Adm|Capt|Cmdr|Sgt|Vice\s+Adm|Rear\s+Adm)\.\s+)*"
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+)?$")  # role_at, once per mention
POSSESSIVE_AFTER_RE = re.compile(r"(?:'s|’s)\b")
SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"  # between coordinated names or countries
CAP = "A-ZÀ-ÖØ-ÞĀ-žḀ-ỿ"  # capitals of the Latin scripts (Extended-A and Additional interleave cases: harmless)
# a run of two or more capitalized words, particles inside ('Lula da Silva', 'Nuri al-Maliki'), accents kept ('Erdoğan'); no
# possessive ending: the look-up of full names of our own leaders' list (`curated_mentions`)
NAME_RUN_RE = re.compile(rf"(?<![\w'’.-])[{CAP}](?:[^\W_]|-(?=[^\W_])|['’](?=[^\W_])(?!s\b))*\.?"
                         rf"(?:\s+(?:{PARTICLE}\s+)?(?:{PARTICLE}(?:\s+|-))?[{CAP}](?:[^\W_]|-(?=[^\W_])|['’](?=[^\W_])(?!s\b))*\.?)+")
RUN_WORD_RE = re.compile(r"\S+")
MAX_NAME_WORDS = 5  # the longest full name the look-up tries ('Luiz Inacio Lula da Silva')

# (koacts38) a portfolio after a title ('deputy foreign minister for Asian affairs', 'vice minister in charge of U.S.
# affairs'): part of the office's words, and a state named there is the office's business, not its holder's side
PORTFOLIO = r"(?:\s+(?:for|in\s+charge\s+of)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+|and\s+){1,4}[Aa]ffairs\b)?"
TENURE = r"(?:former|outgoing|ex-|onetime|one-time)"  # 'former president': the holder of a state's office
# (actors63) the other words of a holder's standing between a state and its title ('Peru's new President X', 'Chile's
# interim prime minister Y', 'Peru's newly elected President X'): the office is still the owner's
STANDING = r"(?:new|newly[- ](?:elected|appointed|named|installed)|interim|acting|incoming|caretaker|current|sitting)"
FORMER_RE = re.compile(r"(?i)\b(?:former|ex-|onetime|one-time)\s*(?:[A-Z][\w'’.-]*\s+){0,2}$")  # before a title


@functools.lru_cache(maxsize=1)
def name_pattern() -> str:
    """A capitalized name of up to four words that does not start with a title, month or body word."""
    stop = alternation(w for w in stop_words() if w[:1].isupper())
    return rf"(?!{stop}\b){WORD}(?:\s+(?:{PARTICLE}\s+)?(?:{PARTICLE}\s+|{PARTICLE}-)?(?:[A-Z]\.|{WORD})){{0,3}}"  # Nouri al-Maliki, Juan de la Fuente


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The patterns below, compiled (their sources and compiled programs come from the start-up cache)."""
    return {key: compile_pattern(source) for key, source in pattern_sources().items()}


@disk_cached("en-mention-patterns")
def pattern_sources() -> dict[str, str]:
    offices = kb().offices.values()
    titles = {f for o in offices for f in o.en if f[0].isalpha()}
    titles_cased = cased(titles)
    title = alternation(titles_cased)  # case-sensitive: a (?i:) trie cannot skip ahead on its first letter
    country = country_pattern()
    adj, _noun = portfolio_words()
    bodies = alternation(bodies_words(adj))
    kb_names = {f for p in kb().persons.values() for f in [p.name, *p.variants]}
    name = name_pattern()
    where = rf"(?:\s+(?:to|in|at|of|for)\s+(?P<country2>{country})"  # Ambassador to Japan; Prime Minister of Japan
    where += r"|\s+to\s+the\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?=,))?"  # 'envoy to the Geneva-based bodies, X,'
    country_names = [n for n in country_index() if re.fullmatch(r"[A-Za-z .'’\-]+", n)]  # as country_pattern()
    opens = first_chars([*country_names, "the", *bodies_words(adj), *titles_cased])  # title_first's first letters
    surnames = first_chars(head_surnames())
    side = "(?i:" + alternation(lexicon("en")["surname_side_nouns"]) + ")"  # also as a name writes it: Assad Forces
    return {
        # a portfolio no table lists between a state and its title ('Mexican Tourism Secretary X', 'Kenyan Mining
        # Minister Y'): tried only where the title does not follow the state at once, and the title is the state's
        # actors61: a tenure word between the owner and the title ('Peru's former president X', 'Chile's outgoing
        # prime minister Y') keeps the chain: the office is the owner's; so does a standing word (actors63: 'Peru's new
        # President X', 'Chile's interim prime minister Y')
        "title_first": rf"\b{opens}(?:(?P<country>{country})\s+(?:(?:{TENURE}|{STANDING})\s*)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)??)?"
                       rf"(?:(?P<org>{bodies})\s+)?(?P<title>{title})"
                       rf"{where},?\s+{HONOR}(?P<name>{name})",
        "appositive": rf"\b(?=[A-Z]){HONOR}(?P<name>{name}),\s+(?:the\s+|a\s+|then-)?(?:acting\s+|interim\s+)?"  # 'X, acting U.S. ...'
                      rf"(?:(?P<country>{country})\s+)?"
                      rf"(?:(?P<org>{bodies})\s+)?(?P<title>{title})(?!\s+{HONOR}[A-Z][a-z])"  # 'A, Peruvian President B':
                      rf"(?:\s+(?:of|for)\s+(?P<country2>{country}))?",  # the title is B's, standing before B's name
        # actors61: 'his predecessor, X': a former holder of the office of the person the pronoun refers to
        "predecessor": rf"\b(?:his|her|their|His|Her|Their)\s+predecessor,?\s+{HONOR}(?P<name>{name})",
        "counterpart": rf"\b(?:his|her|their|its)\s+(?P<country>{country}(?:{SEP}{country})*\s+)?"
                       rf"counterparts?,?\s+{HONOR}(?P<name>{name}(?:{SEP}{name})*)",
        "title_ref": rf"\b(?:the|The)\s+(?:(?P<country>{country})\s+)?(?P<title>{title})\b{PORTFOLIO}"
                     rf"(?!\s+(?:of\s|for\s|[A-Z])|-)",  # support61: 'the president-elect' is not 'the president'
        # 'Kenya's defence minister said', 'a Kenyan envoy said': a state's office named without its holder's name
        # (the state as owner, or as the adjective of an indefinite title); no name after it (`title_first` reads those)
        "title_owned": rf"(?:\b(?P<country>{country})['’]s\s+|\b(?:an?|An?)\s+(?P<adj>{country})\s+)(?P<title>{title})\b"
                       rf"{PORTFOLIO}(?!\s+(?:of\s|for\s|[A-Z])|['’]s\b|-)",
        "country_in": country,
        "name_in": name,
        "kb": r"\b(" + alternation({n.lower() for n in kb_names}) + r")\b",  # on folded text
        # 'Putin said', 'Erdogan's', 'Assad forces', 'the Maduro government' (a side noun: 'the' may open it)
        "surname": rf"{surnames}(?:(?<![A-Za-z][\s-])|(?<=\b[Tt]he\s)(?={alternation(head_surnames())}\s+{side})\b)"
                   rf"(?<![\w.’'-])(?P<name>{alternation(head_surnames())})"
                   rf"(?=['’]s\b|\s+(?:{alternation(kb().countries.guard_verbs_en)})\b"
                   rf"|\s+{side}\b)",
        # the three title patterns need one of these words as written, at a word's start (each reads its title
        # after a word boundary: a space, 'then-' or the match's \b start): else they are not run. Why \b: a
        # title inside a word ('ahead') passed the gate without any match, and the bare trie is tried
        # at every position of every sentence (four times slower)
        "title": rf"\b(?:{title})",
        # 'met Trump', 'talks with Xi', 'Biden, Yoon and Ishiba': a head's surname as a meeting's other party
        "surname_met": surnames + "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in lexicon("en")["surname_met_before"])
                       + rf")(?P<name>{alternation(head_surnames())})"
                       rf"(?![\w-]|['’]s\b|\s+[A-Z])",
        # 'the Yoon-Kishida summit', 'Trump-Kim talks': heads' surnames joined by a hyphen before a meeting noun
        # (both branches open with a surname: the first-character lookahead stands before the two, so the
        # second, after its lookbehind, is not tried at every position of the sentence)
        "surname_pair": rf"{surnames}(?:(?<![\w.’'-])(?P<name>{alternation(head_surnames())})"
                        rf"(?=-(?:{alternation(head_surnames())})\s+(?:{alternation(lexicon('en')['pair_meeting_nouns'])})\b)"
                        rf"|(?<=[a-z]-)(?P<second>{alternation(head_surnames())})"
                        rf"(?=\s+(?:{alternation(lexicon('en')['pair_meeting_nouns'])})\b))",
        # the four surname patterns need one of these words as written: else they are not run
        "surname_gate": surnames + alternation(head_surnames()),
        "surname_meets": rf"{surnames}(?<![A-Za-z][\s-])(?<![\w.’'-])(?P<name>{alternation(head_surnames())})"
                         rf"(?=\s+(?:met|meets|meet|held|holds|hold|hosted|hosts|received|spoke|visited|visits)\b|,\s+[A-Z])",
        # each pattern above needs a title, a KB name, a head's surname or 'counterpart': else skipped
        "gate": alternation({t.lower() for t in titles} | {n.lower() for n in kb_names} | {"counterpart", "predecessor"}
                            | {n.lower() for n in head_surnames()}),
    }


def bodies_words(adj: dict[str, str]) -> set[str]:
    """Bodies named before a title: '[portfolio] Ministry', the listed bodies ("Kremlin") and a state's organs that
    are no ministry ('government spokesman', 'presidential chief of staff': `title_organ_words`, as written and
    capitalized), so the state before them owns the title as it owns 'foreign ministry spokeswoman'."""
    organs = {f for w in lexicon("en")["title_organ_words"] for f in (w, w[:1].upper() + w[1:], w.title())}
    return {f"{a} {w}" for a in adj for w in MINISTRY_WORDS} | set(by_surface("en")) | organs


def head_surnames() -> set[str]:
    """Heads' surnames as written ("Putin", "Erdogan", "Xi"; kb/heads.py), single words only: one that is
    a title, month or country word is left out ("Park", "May", "Jordan" stay names of other things)."""
    stop = {w.lower() for w in stop_words()}
    return {k.title() for k in head_keys() if " " not in k and k not in stop and len(k) > 1}


CASE_KEPT_TITLES = frozenset({"By"})  # a title that is a preposition in lower case


def cased(forms: set[str]) -> set[str]:
    """Each title as written, lower-cased, capitalized and title-cased ("Foreign Minister", "foreign
    minister", "Foreign minister"): the spellings news uses, without a case-insensitive pattern."""
    out = set()
    for f in forms:
        if f in CASE_KEPT_TITLES:
            out.add(f)  # actors58: 'By X' opens a byline; 'a government led by X' names no reporter
            continue
        words = f.split(" ")
        out |= {f, f.lower(), f[:1].upper() + f[1:].lower(),
                " ".join(w[:1].upper() + w[1:] if w not in ("of", "for", "the", "and") else w for w in words)}
    return out


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that end a name: months, weekdays, country words, title words and body words."""
    lex = lexicon("en")
    words = {w.capitalize() for w in [*lex["months"], *lex["weekdays"]]}
    words |= {n for n in country_index() if " " not in n}  # a multi-word country: see `starts_country`
    words |= {w for o in kb().offices.values() for t in o.en for w in t.split()}
    words |= set(head_nouns_en()) | set(lex["name_stop_words"])
    return frozenset(words | {"The", "In", "On", "And", "But", "For", "With", "At", "After", "Before", "During",
                              "Today", "Yesterday", "Alliance", "State", "Department", "Ministry", "Korea", "Korean"})


@functools.lru_cache(maxsize=1)
def office_by_title() -> dict[str, str]:
    return {t.lower(): o.id for o in kb().offices.values() for t in o.en}


NAME_NEXT_RE = re.compile(r",?\s+[A-Z]")
GAP_RE = re.compile(r" {1,3}")


def title_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of an office title of offices.yaml right after `pos` and its spaces, naming nobody ('the
    Argentine economy minister met ...', 'the Nicaraguan vice president'): a country word before it makes the
    state the party, with the office's sector. A title before a name is that person's (the mention readers')."""
    gap = GAP_RE.match(text, pos)
    m = patterns()["title"].match(text, gap.end()) if gap else None
    office = office_by_title().get(m.group(0).lower()) if m else None
    if office is None or text[m.end():m.end() + 1].isalnum() or NAME_NEXT_RE.match(text, m.end()):
        return None  # inside a longer word ('ministers'), or a person's title
    return m.end(), kb().offices[office].sector


def starts_country(tokens: list[str]) -> bool:
    """The words open a multi-word country name ('South Korean', 'Hong Kong'); a name may share a word
    with one ('Hong Kil-soon', 'António Costa')."""
    index = country_index()
    return any(" ".join(tokens[:n]) in index for n in range(len(tokens), 1, -1))


def trim_name(name: str) -> str:
    """The name without the words that follow it and are no name (weekdays, countries, titles);
    empty when what is left is a place ("Today in Seoul, Secretary ...")."""
    kept: list[str] = []
    tokens = name.split()
    for k, tok in enumerate(tokens):
        if tok in stop_words() or starts_country(tokens[k:]):
            break
        kept.append(tok)
    name = " ".join(kept)
    return "" if lookup_city(name) or name in country_index() else name


def org_country(org: str | None) -> str | None:
    """The state of a body named before a title ("Kremlin spokesman", "Chinese Foreign Ministry")."""
    if not org:
        return None
    listed = by_surface("en").get(org)
    return listed[1] if listed else None


def find_mentions(text: str, tokens: list | None = None) -> list[RawMention]:
    """Person mentions of one English sentence (offsets relative to the sentence)."""
    written = text
    text = fold_accents(text)  # the patterns are ASCII: 'Orbán said' is read as 'Orban said' (same offsets)
    p = patterns()
    out: list[RawMention] = []
    folded = fold(text)
    if not p["gate"].search(folded):
        return finish(written, curated_mentions(written, out))
    titles = p["title"].search(text) is not None  # one scan instead of three patterns that need a title
    for kind in ("appositive", "title_first") if titles else ():
        for m in p[kind].finditer(text):
            if kind == "appositive" and title_of_next(p, text, m):
                continue  # 'Pakistani Foreign Minister X, Secretary of State Y': the title after the comma is Y's
            mention = titled(m, kind, out)
            if mention:
                out.append(mention)
    if "counterpart" in text:
        out += counterparts(text, out)
    if "predecessor" in text:
        out += predecessors(text, out)
    out += aides(text, out)
    surnames = p["surname_gate"].search(text) is not None  # one scan instead of three that need a surname
    for m in [*p["surname"].finditer(text), *p["surname_met"].finditer(text),  # 'Putin said', 'met Putin': the
              *p["surname_meets"].finditer(text),  # 'Yoon met': the head of that surname on the date (resolver)
              *p["surname_pair"].finditer(text)] if surnames else ():  # 'the Yoon-Kishida summit'
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), m.group("name") or m.group("second")))
    for m in p["kb"].finditer(folded):
        if text[m.start()].isupper() and not any(o.name_from <= m.start() < o.name_end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), text[m.start():m.end()]))
    out += curated_mentions(written, out)
    for m in [*p["title_ref"].finditer(text), *owned_titles(p, text)] if titles else ():
        code = country_code(m.group("country") or m.groupdict().get("adj"))
        office = office_for(office_by_title().get(m.group("title").lower()), code)
        if office and not any(o.start <= m.start("title") < o.end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), "", m.group("title"), office,
                                  code or kb().offices[office].country))
    if titles:
        out = give_rank_owners(text, out, office_by_title())  # 'Pakistan's military spokesman, Lt. Gen. X': X's state
        give_states_after(text, out)  # 'Defense Minister X of Peru': the state after the name
    return finish(written, out)


def owned_titles(p: dict, text: str) -> list[re.Match]:
    """`title_owned` matches where the owner is a state ('Kenya's defence minister'), never a region or a person's name
    the country pattern partly matched ('the Kenya's' cannot be, 'South Korea's' is read whole by the pattern). Not a
    head of state or government ('Kenya's president'): the state's own word stands for the head's side there, as a
    meeting and its 'two sides' have always read it (kb/heads.py `head_offices`)."""
    from readout.kb.heads import head_offices

    heads = head_offices()
    return [m for m in p["title_owned"].finditer(text) if country_code(m.group("country") or m.group("adj"))
            and office_by_title().get(m.group("title").lower()) not in heads]


def title_of_next(p: dict, text: str, m: re.Match) -> bool:
    """Whether the title an appositive read after a name's comma opens another titled name ('X, Secretary of State
    Y'): it is Y's. ('X, commander of U.S. Army Pacific, said' stays X's.)"""
    at = m.start("country") if m.group("country") else m.start("title")
    return bool(p["title_first"].match(text, at))


def finish(text: str, out: list[RawMention]) -> list[RawMention]:
    """Roles, text order, and each name as the text writes it (found on the accent-folded text)."""
    for mention in out:
        mention.role = role_at(text, mention)
        if mention.surface and not text.isascii():
            at = mention.name_end - len(mention.surface)
            mention.surface = text[at:mention.name_end] if at >= 0 else mention.surface
    return sorted(out, key=lambda o: o.start)


@functools.lru_cache(maxsize=1)
def full_name_keys() -> frozenset[str]:
    """Keys (accents, case, dots, hyphens folded) of the full names read without a title: our modern
    leaders' list, and the Latin names of persons.yaml with their compound surnames ('López Obrador'), which
    the name trie over the text meets only as the data spells them ('Niinistö' for 'Niinisto')."""
    from readout.kb.names import compound_surname

    forms = {f for p in kb().persons.values()
             for f in [p.name, *p.variants, compound_surname(p.name, p.origin) or ""] if f.isascii() or f[:1].isalpha()}
    keys = {k for k in map(leader_key, forms) if " " in k}
    return curated_names() | keys | joined_given_names(keys)


def joined_given_names(keys: set[str]) -> set[str]:
    """'kim jongun' for 'kim jong un', 'moon jaein' for 'moon jae in': a Korean name's two given-name
    syllables written as one word, as much English news writes them (keys of three words whose first word
    is a Korean surname; the resolver reads the joined form by its romanization key already)."""
    from readout.kb.names import surname_class

    surnames = surname_class()
    return {f"{a} {b}{c}" for a, b, c in (k.split() for k in keys if k.count(" ") == 2) if a in surnames}


@functools.lru_cache(maxsize=1)
def full_name_skeletons() -> frozenset[str]:
    """Transliteration skeletons (kb/names.py skeleton_key) of the Latin names of persons.yaml's people of
    non-East-Asian names, which the resolver matches too: 'Muhammad bin Salman', 'Volodymyr Zelenskiy'."""
    from readout.kb.names import skeleton_key

    return frozenset(filter(None, (skeleton_key(f) for p in kb().persons.values() if p.origin == "western"
                                   for f in [p.name, *p.variants] if f.isascii() or f[:1].isalpha())))


@functools.lru_cache(maxsize=NAME_MEMO)  # a pure function of the words: every capitalized run of every sentence asks
def known_full_name(surface: str) -> bool:
    """A full name read without a title: by its key, or by its transliteration skeleton (persons.yaml's
    people and our own modern leaders' list). Remembered by surface: `curated_mentions` asks of every run of two to
    five capitalized words ('Foreign Minister', 'South Korea', 'United Nations Security Council'), and news repeats
    those runs sentence after sentence; the answer reads only the data files' tables, so it never changes in a process."""
    from readout.kb.names import skeleton_key

    from readout.kb.leaders import curated_variant

    return leader_key(surface) in full_name_keys() or skeleton_key(surface) in full_name_skeletons() \
        or curated_variant(surface) is not None or untitled_world_name(surface)


def untitled_world_name(surface: str) -> bool:
    """A full name of the world leaders' table read without a title ('Jacques Chirac said'), when none of its
    words is a title, month, country or body word ('White House', 'Russian President Vladimir Putin' are rows
    of that table too: other readers read those) and it does not open with a Korean surname (persons.yaml
    knows the Koreans news names; the table's North Korean officials share names with many others)."""
    from readout.kb.leaders import world_full_name
    from readout.kb.names import surname_class

    words = surface.split()
    if words[0].lower() in surname_class():
        return False  # a Korean-style name ('Kim Yong-su'): Korean news names many namesakes of the table's people
    return world_full_name(surface) and not any(w in stop_words() for w in words)


def curated_mentions(text: str, out: list[RawMention]) -> list[RawMention]:
    """Untitled full names of our own modern leaders' list ('Imran Khan condemned ...', 'Muhammadu
    Buhari said'): each run of capitalized words is looked up by key (accents, case, dots and hyphens
    folded, kb/leaders.py; or another transliteration of a persons.yaml name), the longest name from each word
    first; no pattern per name. The resolver gives
    the person's country and sector from the same table. Not inside a mention already found."""
    found: list[RawMention] = []
    for run in NAME_RUN_RE.finditer(text):
        words = [(w.start() + run.start(), w.end() + run.start()) for w in RUN_WORD_RE.finditer(run.group(0))]
        i = 0
        while i < len(words) - 1:
            for j in range(min(len(words), i + MAX_NAME_WORDS), i + 1, -1):
                start, end = words[i][0], words[j - 1][1]
                surface = text[start:end]
                surface = surface[:-1] if surface.endswith(".") and len(surface.split()[-1]) > 2 else surface  # 'Higgins.'
                if known_full_name(surface) and not any(o.name_from <= start < o.name_end for o in out):
                    found.append(RawMention(start, start + len(surface), start + len(surface), surface))
                    i = j - 1
                    break
            i += 1
    return found


def titled(m: re.Match, kind: str, out: list[RawMention]) -> RawMention | None:
    """The mention a title pattern found, with the office its title means in the state named."""
    from readout.lang.en.countries import longer_region

    name = trim_name(m.group("name"))
    start = m.start("name")
    if not name or any(o.name_from <= start < o.name_end for o in out):
        return None
    if any(m.group(g) and longer_region(m.string, m.start(g), m.group(g)) for g in ("country", "country2")):
        return None  # 'the premier of British Columbia': the words after the country form end a region's name
    title = m.group("title")
    code = country_code(m.group("country")) or org_country(m.group("org"))
    if kind == "appositive" or not code:
        code = code or country_code(m.group("country2"))
    before = m.group("org") or m.group("country")
    if before and f"{before} {title}".lower() in office_by_title():
        title = f"{before} {title}"  # 'NATO Secretary General' is one title, not a body and a title
    office = office_for(office_by_title().get(title.lower()), code)
    off = kb().offices.get(office)
    end = max(m.end("name"), m.end()) if kind == "appositive" else start + len(name)
    excluded = bool(off and off.role == "excluded")
    former = kind == "title_first" and bool(FORMER_RE.search(m.string, 0, m.start("title")))  # actors61
    return RawMention(m.start() if kind == "title_first" else start, start + len(name), end, name, title,
                      office, code or (off.country if off else None) or (voiced_state(name) if excluded else None),
                      excluded=excluded, name_start=start, former=former)


def voiced_state(name: str) -> str | None:
    """'Foreign ministry spokeswoman X': a spokesperson's title naming no state; the one state the knowledge base
    knows the full name by (persons.yaml, the world leaders' table) is the state she speaks for
    (pipeline/act_side_items.speaks_for_state reads it as the title's state). A name several states' people share,
    or one word alone, gives none."""
    return known_state(name) if len(name.split()) > 1 else None


def known_state(name: str) -> str | None:
    """The one state whose people the knowledge base knows by `name` (kb.heads.person_state), else None."""
    from readout.kb.heads import person_state

    found = person_state(name)
    return found[0] if found else None


@functools.lru_cache(maxsize=1)
def aide_re() -> re.Pattern:
    """'X, (a) [words] adviser|aide|envoy to|of|for (the) <one served>,': the name, the title, and the one served
    up to the next comma (or the sentence's end)."""
    titles = alternation(lexicon("en")["aide_titles"])  # long, and first asked for by a document: from the start-up cache
    return compile_pattern(rf"\b{HONOR}(?P<name>{name_pattern()}),\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?"
                      rf"(?P<title>{titles})\s+(?P<prep>to|of|for)\s+(?:the\s+)?(?P<served>[^,;()]{{2,80}}?)\s*(?:,|$)")


@functools.lru_cache(maxsize=1)
def aide_gate_re() -> re.Pattern:
    """What every match of `aide_re` holds, as written: an aide title, spaces, 'to', 'of' or 'for' and a space. A trie
    opens it, so `re` skips through the sentence to an aide title; most sentences hold none, and `aide_re` itself tries
    a name with its stop-word look-ahead at every capitalized word."""
    return re.compile(alternation(lexicon("en")["aide_titles"]) + r"\s+(?:to|of|for)\s")


def served_state(served: str, prep: str) -> str | None:
    """The state of the one an aide serves: a state named in the words ('Brazil's president', 'the Brazilian
    government', 'envoy of Brazil'), else the one state of the person the words end with ('President Y', 'Y'), or of
    a head's lone surname ('adviser to Orban', en30).
    A bare state after 'to' is where an envoy is sent ('special envoy to Ukraine'), not whom he serves."""
    for m in patterns()["country_in"].finditer(served):
        code = country_code(m.group(0))
        if code and prep == "to" and not served[m.end():].strip(" '’s"):
            return None
        if code:
            return code
    runs = list(NAME_RUN_RE.finditer(served))
    if not runs:
        return lone_head_state(served)
    words = runs[-1].group(0).split()
    # 'President Vladimir Putin': the title words before the name are no name; the longest known tail wins
    return next((code for k in range(len(words)) if (code := known_state(" ".join(words[k:])))), None)


def lone_head_state(served: str) -> str | None:
    """'an adviser to Orban': a one-word name served is a head's surname (`head_surnames`: a single word the knowledge
    base's heads are known by, titles and months left out) whose people are all of one state; None for any other word
    ('an envoy to Geneva', a surname several states' people share)."""
    word = served.strip()
    return known_state(word) if word in head_surnames() else None


def aides(text: str, out: list[RawMention]) -> list[RawMention]:
    """'X, foreign policy adviser to President Y, dismissed ...': X, whom no table knows, acts for Y's state (an
    aide speaks and acts for the one served; en.yaml aide_titles). A name found already keeps its own reading
    (a known person's state comes from the knowledge base)."""
    found = []
    if not aide_gate_re().search(text):
        return found  # no aide title before 'to', 'of' or 'for': no match of `aide_re` (most sentences)
    for m in aide_re().finditer(text):
        name, start = trim_name(m.group("name")), m.start("name")
        if not name or any(o.name_from <= start < o.name_end for o in out):
            continue
        code = served_state(m.group("served"), m.group("prep"))
        if code:
            office = office_by_title().get(m.group("title").lower())
            found.append(RawMention(start, start + len(name), start + len(name), name, m.group("title"),
                                    office, code, name_start=start))
    return found


def counterparts(text: str, out: list[RawMention]) -> list[RawMention]:
    """'his South Korean counterpart, Park Jin'; 'their Japanese and Chinese counterparts, A and B':
    each name takes the office of the sentence's first titled person (the pipeline fills it in), and
    the countries pair with the names in order when there are as many of each."""
    p = patterns()
    found = []
    for m in p["counterpart"].finditer(text):
        codes = [country_code(c.group(0)) for c in p["country_in"].finditer(m.group("country") or "")]
        names = list(p["name_in"].finditer(m.group("name")))
        for i, n in enumerate(names):
            name = trim_name(n.group(0))
            start = m.start("name") + n.start()
            if not name or any(o.name_from <= start < o.name_end for o in out + found):
                continue
            code = codes[i] if len(codes) == len(names) else (codes[0] if len(codes) == 1 else None)
            found.append(RawMention(start, start + len(name), start + len(name), name, None, "counterpart", code,
                                    name_start=start))
    return found


def predecessors(text: str, out: list[RawMention]) -> list[RawMention]:
    """(actors61) 'his predecessor, X', 'her predecessor X': a former holder (`former`) whose office and state are
    those of the person the pronoun refers to (office "predecessor": the pipeline fills both in, as for a
    counterpart)."""
    found = []
    for m in patterns()["predecessor"].finditer(text):
        name = trim_name(m.group("name"))
        start = m.start("name")
        if not name or any(o.name_from <= start < o.name_end for o in out + found):
            continue
        found.append(RawMention(start, start + len(name), start + len(name), name, None, "predecessor", None,
                                name_start=start, former=True))
    return found


def role_at(text: str, mention: RawMention) -> str:
    if WITH_BEFORE_RE.search(text[max(0, mention.start - 15):mention.start]):
        return "with"
    if POSSESSIVE_AFTER_RE.match(text[mention.name_end:mention.name_end + 3]):
        return "genitive"
    return "other"
