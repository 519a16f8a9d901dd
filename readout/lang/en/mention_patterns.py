"""English mention patterns (from mentions.py, debt46): the word classes of a person's mention, each one trie
alternation (titles as news writes them, the state and body words before a title, knowledge-base names, heads'
surnames), the patterns `find_mentions` runs, compiled from the start-up cache, and the words that end a name
(`stop_words`, `trim_name`); `title_after` reads an office title naming nobody."""
from __future__ import annotations

import re

from readout import budget
from readout.cache import disk_cached
from readout.cache_patterns import compile_pattern  # patterns of every title and name: seconds to build
from readout.kb.agents import postpositive_words_en, title_continuations
from readout.kb.geo import country_index, lookup_city
from readout.kb.heads import surnames as head_keys
from readout.kb.loader import kb, lexicon
from readout.lang.en.organizations import MINISTRY_WORDS, country_pattern, portfolio_words
from readout.lang.orgs_common import by_surface, head_nouns_en
from readout.patterns import alternation, first_chars

PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|del|der|van|von|dos|du|la|le)"  # inside a name: Mohammed bin Salman
WORD = r"[A-Z](?:[A-Za-z\-]|['’](?=[A-Za-z])(?!s\b))+"  # O'Brien, Cho Tae-yul; never Tanaka's
# an Arabic honorific is no part of the name, nor is a military rank's abbreviation after another title ('army chief,
# Gen. X', 'his counterpart, Lt. Gen. Y': the name is X, Y, not 'Gen' or 'Lt'); the rank's period is required
HONOR = r"(?:(?:Mr|Ms|Mrs|Dr|H\.E|Prof|Sheikh|Sheikha|Sheik)\.?\s+|(?:Lt|Maj|Brig|Gen|Col|Adm|Capt|Cmdr|Sgt|Vice\s+Adm|Rear\s+Adm)\.\s+)*"
SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"  # between coordinated names or countries

# (koacts38) a portfolio after a title ('deputy foreign minister for Asian affairs', 'vice minister in charge of U.S.
# affairs'): part of the office's words, and a state named there is the office's business, not its holder's side
PORTFOLIO = r"(?:\s+(?:for|in\s+charge\s+of)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+|and\s+){1,4}[Aa]ffairs\b)?"
TENURE = r"(?:former|outgoing|ex-|onetime|one-time)"  # 'former president': the holder of a state's office
# (actors63) the other words of a holder's standing between a state and its title ('Peru's new President X', 'Chile's
# interim prime minister Y', 'Peru's newly elected President X'): the office is still the owner's
STANDING = r"(?:new|newly[- ](?:elected|appointed|named|installed)|interim|acting|incoming|caretaker|current|sitting)"


@budget.table()
def name_pattern() -> str:
    """A capitalized name of up to four words that does not start with a title, month or body word."""
    stop = alternation(w for w in stop_words() if w[:1].isupper())
    return rf"(?!{stop}\b){WORD}(?:\s+(?:{PARTICLE}\s+)?(?:{PARTICLE}\s+|{PARTICLE}-)?(?:[A-Z]\.|{WORD})){{0,3}}"  # Nouri al-Maliki, Juan de la Fuente


@budget.table()
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
    later = alternation(postpositive_words_en()) + r"\b"  # groups55: a title's postpositive word ('general')
    # actors57: nor a title the next words make another agent ('a Kenyan general practitioner': a doctor, MED)
    longer = title_continuations(frozenset(t.lower() for t in titles))
    later += "|" + alternation(longer) + r"\b" if longer else ""
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
                     rf"(?!\s+(?:of\s|for\s|[A-Z]|{later})|-)",  # support61: 'the president-elect' is not 'the president'
        # groups55: nor 'the secretary general' 'the secretary': a postpositive word after it closes a longer office
        # actors60b: 'the defence minister of Peru said': a state's office named by the state after 'of', no holder's
        # name (`title_first` reads 'the foreign minister of Peru, X,'); the state's name ends the phrase: no body
        # ('of Peru Airlines'), owner ('of Peru's ...') or compound ('of Peru-based ...') goes on (mentions.titles_of)
        "title_of": rf"\b(?:the|The)\s+(?P<title>{title})\b{PORTFOLIO}\s+of\s+(?P<country>{country})"
                    rf"(?![\w'’-]|\s+[A-Z])",
        # 'Kenya's defence minister said', 'a Kenyan envoy said': a state's office named without its holder's name
        # (the state as owner, or as the adjective of an indefinite title); no name after it (`title_first` reads those)
        "title_owned": rf"(?:\b(?P<country>{country})['’]s\s+|\b(?:an?|An?)\s+(?P<adj>{country})\s+)(?P<title>{title})\b"
                       rf"{PORTFOLIO}(?!\s+(?:of\s|for\s|[A-Z]|{later})|['’]s\b|-)",
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


@budget.table()
def stop_words() -> frozenset[str]:
    """Words that end a name: months, weekdays, country words, title words and body words."""
    lex = lexicon("en")
    words = {w.capitalize() for w in [*lex["months"], *lex["weekdays"]]}
    words |= {n for n in country_index() if " " not in n}  # a multi-word country: see `starts_country`
    words |= {w for o in kb().offices.values() for t in o.en for w in t.split()}
    words |= set(head_nouns_en()) | set(lex["name_stop_words"])
    return frozenset(words | {"The", "In", "On", "And", "But", "For", "With", "At", "After", "Before", "During",
                              "Today", "Yesterday", "Alliance", "State", "Department", "Ministry", "Korea", "Korean"})


@budget.table()
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
