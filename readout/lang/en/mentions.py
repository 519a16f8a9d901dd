"""English person mentions: "[country|nationality|country's] [ministry] [title] [Name]" for any state
("Armenian Prime Minister Nikol Pashinyan", "Japan's Defense Minister Gen Nakatani", "Chinese Foreign
Ministry spokesperson Lin Jian"), appositives ("Nikol Pashinyan, Armenia's prime minister"; "Mr. SATO
Kenji, Minister for Foreign Affairs of Japan"), counterparts ("his South Korean counterpart, Park Jin";
"their counterparts, A and B"), titles alone ("the Japanese foreign minister") and knowledge-base names.

Each word class (countries, titles, ministries, knowledge-base names) is one trie alternation, and a
sentence with no title, name or 'counterpart' in it is skipped before any pattern runs. A name never
ends in a possessive: "Minister Tanaka's visit" names Tanaka, in the genitive role.

The patterns and their word classes are in mention_patterns.py, untitled full names in untitled_names.py, people
named by their tie to another (aides, counterparts, predecessors) in tied_mentions.py (debt46).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import kb
from readout.kb.names import fold_accents
from readout.kb.offices import office_for
from readout.lang.en.kin_owners import kin_owned
from readout.lang.en.organizations import country_code
from readout.lang.en.rank_owner import give_rank_owners
from readout.lang.en.state_after_name import give_states_after
from readout.lang.orgs_common import by_surface
from readout.patterns import fold
from readout.model import RawMention
# (debt46) moved to the modules below; re-exported so callers and tests keep `mentions.X`
from readout.lang.en.mention_patterns import (  # noqa: F401  (re-exports)
    CASE_KEPT_TITLES, GAP_RE, HONOR, NAME_NEXT_RE, PARTICLE, PORTFOLIO, SEP, STANDING, TENURE, WORD, bodies_words,
    cased, head_surnames, name_pattern, office_by_title, pattern_sources, patterns, starts_country, stop_words,
    title_after, trim_name)
from readout.lang.en.untitled_names import (  # noqa: F401  (re-exports)
    CAP, MAX_NAME_WORDS, NAME_RUN_RE, RUN_WORD_RE, curated_mentions, full_name_keys, full_name_skeletons,
    joined_given_names, known_full_name, untitled_world_name)
from readout.lang.en.tied_mentions import (  # noqa: F401  (re-exports)
    aide_gate_re, aide_re, aides, counterparts, known_state, lone_head_state, predecessors, served_state, voiced_state)
from readout.kb.heads import head_offices
from readout.lang.en.country_regions import longer_region

WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+)?$")  # role_at, once per mention
POSSESSIVE_AFTER_RE = re.compile(r"(?:'s|’s)\b")
POSSESSIVE_END_RE = re.compile(r"['’]s$")  # a state written as an owner ('of Peru's neighbour'): not the office's state
FORMER_RE = re.compile(r"(?i)\b(?:former|ex-|onetime|one-time)\s*(?:[A-Z][\w'’.-]*\s+){0,2}$")  # before a title
# plover52: a participle of ouster as an attribute ('the ousted president X', "Niger's deposed leader X", 'Toppled
# President X') says the person no longer holds the office, as 'former' does; only after a determiner, an owner or at
# the sentence's start, since right after a subject it is the verb ('Soldiers toppled President X': the sitting one)
OUSTED_RE = re.compile(r"(?:(?i:\b(?:the|his|her|its|their)\s+)|['’]s\s+|^\s*)(?i:ousted|deposed|toppled|overthrown)\s+"
                       r"(?:[A-Z][\w'’.-]*\s+){0,2}$")


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
    for m in [*titles_of(p, text), *p["title_ref"].finditer(text), *owned_titles(p, text)] if titles else ():
        code = country_code(m.group("country") or m.groupdict().get("adj"))
        office = office_for(office_by_title().get(m.group("title").lower()), code)
        if office and not any(o.start <= m.start("title") < o.end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), "", m.group("title"), office,
                                  code or kb().offices[office].country))
    out = [o for o in out if not kin_owned(text, o.start, o.name_end)]  # enkin47: 'the president's wife': hers
    if titles:
        out = give_rank_owners(text, out, office_by_title())  # 'Pakistan's military spokesman, Lt. Gen. X': X's state
        give_states_after(text, out)  # 'Defense Minister X of Peru': the state after the name
    return finish(written, out)


def owned_titles(p: dict, text: str) -> list[re.Match]:
    """`title_owned` matches where the owner is a state ('Kenya's defence minister'), never a region or a person's name
    the country pattern partly matched ('the Kenya's' cannot be, 'South Korea's' is read whole by the pattern). Not a
    head of state or government ('Kenya's president'): the state's own word stands for the head's side there, as a
    meeting and its 'two sides' have always read it (kb/heads.py `head_offices`)."""
    heads = head_offices()
    return [m for m in p["title_owned"].finditer(text) if country_code(m.group("country") or m.group("adj"))
            and office_by_title().get(m.group("title").lower()) not in heads]


def titles_of(p: dict, text: str) -> list[re.Match]:
    """(actors60b) `title_of` matches, 'the defence minister of Peru': the genitive twin of `owned_titles`, read by
    the same rule (a state's office whose holder the text does not name is one person of that state, with the office's
    sector, `pipeline.mentions.office_entity`). The owner must be the state's name, not its adjective ('the commander
    of the Peruvian navy' is the navy's), nor a region ending in a state's name ('the premier of British Columbia');
    not a head of state or government, as 'Peru's president' is not (`owned_titles`)."""
    heads = head_offices()
    adjectives = state_adjectives()
    return [m for m in p["title_of"].finditer(text) if country_code(m.group("country"))
            and not POSSESSIVE_END_RE.search(m.group("country")) and strip_article(m.group("country")) not in adjectives
            and not longer_region(text, m.start("country"), m.group("country"))
            and office_by_title().get(m.group("title").lower()) not in heads]


def strip_article(country: str) -> str:
    return country[4:] if country[:4].lower() == "the " else country


@budget.table()
def state_adjectives() -> frozenset[str]:
    """Every state's English adjective ('Peruvian'), none of which is also a name of a state."""
    states = kb().countries.countries
    names = {n for c in states for n in c.en}
    return frozenset(a for c in states for a in c.adjectives_en if a not in names)


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

def titled(m: re.Match, kind: str, out: list[RawMention]) -> RawMention | None:
    """The mention a title pattern found, with the office its title means in the state named."""
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
    former = kind == "title_first" and any(p.search(m.string, 0, m.start("title")) for p in (FORMER_RE, OUSTED_RE))
    return RawMention(m.start() if kind == "title_first" else start, start + len(name), end, name, title,
                      office, code or (off.country if off else None) or (voiced_state(name) if excluded else None),
                      excluded=excluded, name_start=start, former=former)

def role_at(text: str, mention: RawMention) -> str:
    if WITH_BEFORE_RE.search(text[max(0, mention.start - 15):mention.start]):
        return "with"
    if POSSESSIVE_AFTER_RE.match(text[mention.name_end:mention.name_end + 3]):
        return "genitive"
    return "other"
