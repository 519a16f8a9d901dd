"""English organization mentions: listed bodies by name ("the Kremlin", "KCNA", "NATO", "Hamas") and
any state's ministry by pattern ("Japan's Defense Ministry", "the Chinese foreign ministry",
"the Ministry of Foreign Affairs of Armenia")."""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.cache import disk_cached
from readout.cache_patterns import compile_pattern  # long alternations' programs come from the start-up cache
from readout.kb.geo import country_index
from readout.lang.en.org_owners import owned_body
from readout.lang.orgs_common import OrgMention, best_spans, by_surface, ministry, portfolios
from readout.patterns import alternation
from readout.kb.loader import kb, parse, lexicon

MINISTRY_WORDS = ("Ministry", "ministry", "Department", "department")


@budget.table()
def country_pattern() -> str:
    """A country name or adjective as English writes it before a title or body ("Japan's", "the U.S.")."""
    names = [n for n in country_index() if re.fullmatch(r"[A-Za-z .'’\-]+", n)]
    return r"(?:the\s+)?" + alternation(names) + r"(?:'s|’s)?(?![A-Za-z])"


def country_code(text: str | None) -> str | None:
    if not text:
        return None
    clean = re.sub(r"^the\s+|(?:'s|’s)$|\s+\([A-Z]+\)$", "", text.strip())
    return country_index().get(clean)


ARTICLE_JOIN_RE = re.compile(r"\b([Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)-(?=[A-Z])")


@budget.table()
def date_re() -> re.Pattern:
    """A day and a month's full name in either order inside a name ('March 23', '23 March', '17th November')."""
    months = alternation([m.capitalize() for m in lexicon("en")["months"] if len(m) > 3 or m == "may"])
    return re.compile(rf"\b(?:(?P<m1>{months})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{months}))\b")


def date_swapped(name: str) -> str | None:
    """A group named after a date, with the date in the other order ('the March 23 Movement' is also 'the 23
    March Movement', 'Revolutionary Organization 17 November' also '... November 17'): British and American
    news write the same day both ways. Not a name that is a date alone: 'November 17' dates an election."""
    m = date_re().search(name)
    if not m or m.group(0) == name.strip():
        return None  # a bare date ('17 November') in the other order is how a story dates things
    swapped = f"{m['d1']} {m['m1']}" if m["m1"] else f"{m['m2']} {m['d2']}"
    return name[:m.start()] + swapped + name[m.end():]


# British and American spellings of the words of bodies' names (either one listed, both written)
SPELLING_PAIRS = (("Organisation", "Organization"), ("organisation", "organization"), ("Defence", "Defense"),
                  ("defence", "defense"), ("Programme", "Program"), ("Centre", "Center"), ("Labour", "Labor"),
                  ("Co-operation", "Cooperation"), ("co-operation", "cooperation"), ("Harbour", "Harbor"))


def other_spellings(name: str) -> set[str]:
    """A body's name in British and in American spelling, word by word in any mix ('Organisation for Economic
    Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organisation for
    Economic Cooperation and Development': news mixes them), other than as given."""
    forms = {name}
    for british, american in SPELLING_PAIRS:
        if re.search(rf"\b(?:{re.escape(british)}|{re.escape(american)})\b", name):
            forms |= {re.sub(rf"\b{re.escape(a)}\b", b, f) for f in forms for a, b in ((american, british), (british, american))}
    return forms - {name}


def spellings(name: str) -> set[str]:
    """The ways English news writes a listed name: as listed, without its apostrophes ("Peoples Liberation
    Army", "Workers Party"), with an Arabic article joined by a space instead of a hyphen ("Ahrar al Sham",
    "Hayat Tahrir al Sham"), in the other of British and American spellings ("Organisation", "Defence",
    "Co-operation"), with a date in its name in the other order ("23 March Movement")."""
    forms = {name, name.replace("'", "").replace("’", "")}
    forms |= {ARTICLE_JOIN_RE.sub(r"\1 ", f) for f in forms}
    forms |= {o for f in forms for o in other_spellings(f)}
    return forms | {s for s in map(date_swapped, forms) if s}


@budget.table()
@disk_cached("en-org-surfaces")  # 60,000 spelling substitutions (~0.2 s): kept by the start-up cache
def surfaces() -> dict[str, tuple[str, str | None, str]]:
    """The listed bodies' names (by_surface) and their other spellings -> (org id, country, sector); a
    listed name always keeps its own entry."""
    listed = by_surface("en")
    out = dict(listed)
    for name, entry in listed.items():
        for form in spellings(name):
            out.setdefault(form, entry)
    for form, entry in title_case_acronyms().items():
        out.setdefault(form, listed[entry])
    return out


ACRONYM_MIN = 4  # letters of an acronym read in title case too: 'Nato', 'Opec' (three-letter ones are words: 'Who')


def title_case_acronyms() -> dict[str, str]:
    """'Nato' -> 'NATO': the title-case form of each body's acronym of ACRONYM_MIN letters or more, for the
    bodies that also have a long name (so the acronym is one, not a name in capitals), but those the data
    lists as words or names (organizations.yaml not_title_case_en) or that are country forms."""
    guard = set(parse("organizations.yaml", "OrganizationsFile").not_title_case_en) | set(country_index())
    out = {}
    for o in kb().organizations:
        if any(len(n.split()) > 1 for n in o.en):
            for n in o.en:
                if n.isupper() and n.isalpha() and len(n) >= ACRONYM_MIN and n.capitalize() not in guard:
                    out.setdefault(n.capitalize(), n)
    return out


@budget.table()
def portfolio_words() -> tuple[dict[str, str], dict[str, str]]:
    """Adjective ("Defense", "defense") and noun ("National Defense") forms -> portfolio id."""
    adj, noun = {}, {}
    for p in portfolios().values():
        for a in p.en_adj:
            adj.setdefault(a, p.id)
            adj.setdefault(a.lower(), p.id)
        for n in p.en_noun:
            noun.setdefault(n, p.id)
    return adj, noun


@budget.table()
def patterns() -> dict[str, re.Pattern]:
    adj, noun = portfolio_words()
    country = country_pattern()
    words = alternation(MINISTRY_WORDS)
    return {
        # a possessive 's after a name is the body's ("Hezbollah's leader"); another apostrophe goes on ("Workers'")
        "listed": compile_pattern(listed_source(surfaces())),
        "adj_ministry": compile_pattern(rf"\b(?:(?P<country>{country})\s+)?(?P<portfolio>{alternation(adj)})\s+{words}\b"),
        "ministry_of": compile_pattern(rf"\b(?:(?P<country>{country})\s+)?(?:Ministry|Department)\s+(?:of|for)\s+"
                                  rf"(?P<portfolio>{alternation(noun)})(?:\s+of\s+(?P<country2>{country}))?\b"),
    }


def listed_source(names) -> str:
    """(speed47) The pattern of the listed names `names` not after a word character or a period, and not before
    one or an apostrophe other than a possessive 's: a name's first character (a class `re` skips through in C), the
    boundary read one character back, and the name itself read from that character again, in group 1, by a
    look-ahead inside a one-character look-behind (`patterns.from_first_char`'s form). The match is that one
    character; the name is group 1, and the next search starts where it ends (`listed_matches`). Why: the pattern
    opened with its look-behind, so `re` ran it at every position of a sentence (about 20 µs a sentence)."""
    firsts = "".join(sorted({re.escape(n[0]) for n in names if n}))
    return (rf"[{firsts}](?<![\w.].)(?<=(?=(" + alternation(names) + r")(?!\w)(?![’'](?!s\b)))[\s\S])")


def listed_matches(text: str):
    """The listed names of `text` as `finditer` of the name pattern would give them: (start, end, name), each search
    from the end of the name before."""
    search = patterns()["listed"].search
    m = search(text)
    while m is not None:
        end = m.end(1)
        yield m.start(), end, m.group(1)
        m = search(text, end)


def listed_bodies(text: str) -> list[OrgMention]:
    """The listed bodies of one sentence by name (no ministry patterns), longest first on overlaps: a new list each
    call, of the frozen mentions the memo keeps."""
    return list(sentence_bodies(text))


@functools.lru_cache(maxsize=16)
def sentence_bodies(text: str) -> tuple[OrgMention, ...]:
    """(speed49, issue 20) `listed_bodies`, remembered for the last sentences read: the act readers' armed names
    (act_named_groups) and the country finder each read a sentence's bodies, in either order (the act finder first in
    about two sentences of three on the shared articles), so neither can hand its reading to the other; a pure
    function of the text and the listed names, so the memo changes no answer."""
    found = []
    for start, end, name in listed_matches(text):
        if name.isupper() and len(name) <= 3 and name in ("US", "AU", "IS"):
            continue  # 'US' is a country, 'AU'/'IS' too short to trust alone
        org_id, code, sector = surfaces()[name]
        org_id, code = owned_body(name, org_id, code, sector, text, start, end)  # "Japan's ruling Democratic Party"
        acronym = ACRONYM_AFTER_RE.match(text, end)  # 'Human Rights Watch (HRW) said': one phrase
        found.append(OrgMention(start, acronym.end() if acronym else end, name, org_id, code, sector))
    return tuple(best_spans(found))


ACRONYM_AFTER_RE = re.compile(r"\s*\([A-Z][A-Z.&-]{1,7}\)")


def find_organizations(text: str, tokens: list | None = None) -> list[OrgMention]:
    """Organizations of one English sentence (offsets relative to the sentence); `tokens` is unused
    (the Korean finder's signature)."""
    p = patterns()
    adj, noun = portfolio_words()
    found: list[OrgMention] = []
    for kind in ("adj_ministry", "ministry_of"):
        for m in p[kind].finditer(text):
            portfolio = (adj if kind == "adj_ministry" else noun)[m.group("portfolio")]
            code = country_code(m.group("country")) or country_code(m.groupdict().get("country2"))
            org_id, sector = ministry(code, portfolio)
            found.append(OrgMention(m.start(), m.end(), m.group(0), org_id, code, sector))
    return best_spans(found + listed_bodies(text))
