"""English person mentions: "U.S. Secretary of State Antony Blinken", "Mr. HAYASHI Yoshimasa, Minister
for Foreign Affairs of Japan", "his South Korean counterpart, Park Jin", and knowledge-base names."""
from __future__ import annotations

import functools
import re

from readout.kb.geo import country_index, lookup_city
from readout.kb.loader import kb, lexicon
from readout.lang.patterns import alternation, fold
from readout.model import RawMention

NAME = r"[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){0,3}"
HONOR = r"(?:(?:Mr|Ms|Mrs|Dr|H\.E|Prof)\.?\s+)*"


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    offices = kb().offices.values()
    titles = sorted({f for o in offices for f in o.en if f[0].isalpha()}, key=len, reverse=True)
    title = "(?i:" + alternation(titles) + ")"
    names = sorted({n for n, code in country_index().items() if re.fullmatch(r"[A-Za-z .'’]+", n)},
                   key=len, reverse=True)
    country = r"(?:the\s+)?" + alternation(names) + r"(?:'s|’s)?(?:\s+\([A-Z]{2,5}\))?"
    kb_names = sorted({f for p in kb().persons.values() for f in [p.name, *p.variants]}, key=len, reverse=True)
    return {
        "title_first": re.compile(rf"\b(?:(?P<country>{country})\s+)?(?P<title>{title})\s+{HONOR}(?P<name>{NAME})"),
        "appositive": re.compile(rf"\b{HONOR}(?P<name>{NAME}),\s+(?:the\s+|a\s+)?(?:(?P<country>{country})\s+)?"
                                 rf"(?P<title>{title})(?:\s+(?:of|for)\s+(?P<country2>{country}))?"),
        "counterpart": re.compile(rf"\b(?:his|her|their)\s+(?P<country>{country})\s+counterparts?,?\s+(?P<name>{NAME})"),
        "title_ref": re.compile(rf"\b(?:the|The)\s+(?P<title>{title})\b(?!\s+(?:of\s|for\s|[A-Z]))"),
        "kb": re.compile(r"\b(" + alternation({n.lower() for n in kb_names}) + r")\b"),  # on folded text
        # each pattern above needs a title, a KB name or 'counterpart': a sentence without one is skipped
        "gate": re.compile(alternation({t.lower() for t in titles} | {n.lower() for n in kb_names} | {"counterpart"})),
    }


@functools.lru_cache(maxsize=1)
def stop_words() -> set[str]:
    lex = lexicon("en")
    words = {w.capitalize() for w in [*lex["months"], *lex["weekdays"]]}
    words |= {w for n in country_index() for w in n.split()}
    words |= {w for o in kb().offices.values() for t in o.en for w in t.split()}
    return words | {"The", "In", "On", "And", "But", "For", "With", "At", "After", "Before", "During", "Today",
                    "Yesterday", "Alliance", "State", "Department", "Ministry", "Korea", "Korean"}


@functools.lru_cache(maxsize=1)
def office_by_title() -> dict[str, str]:
    return {t.lower(): o.id for o in kb().offices.values() for t in o.en}


def trim_name(name: str) -> str:
    """The name without the words that follow it and are no name (weekdays, countries, titles);
    empty when what is left is a place ("Today in Seoul, Secretary ...")."""
    kept = []
    for tok in name.split():
        if tok in stop_words():
            break
        kept.append(tok)
    name = " ".join(kept)
    return "" if lookup_city(name) or name in country_index() else name


def country_code(text: str | None) -> str | None:
    if not text:
        return None
    clean = re.sub(r"^the\s+|(?:'s|’s)$|\s+\([A-Z]+\)$", "", text.strip())
    return country_index().get(clean)


def find_mentions(text: str, tokens: list | None = None) -> list[RawMention]:
    """Person mentions of one English sentence (offsets relative to the sentence)."""
    p = patterns()
    out: list[RawMention] = []
    low = fold(text)
    if not p["gate"].search(low):
        return out
    for kind in ("appositive", "title_first", "counterpart"):
        for m in p[kind].finditer(text):
            name = trim_name(m.group("name"))
            if not name or any(o.name_from <= m.start("name") < o.name_end for o in out):
                continue
            start = m.start("name")
            title = m.groupdict().get("title")
            office = office_by_title().get(title.lower()) if title else "counterpart"
            country = country_code(m.group("country")) or country_code(m.groupdict().get("country2"))
            off = kb().offices.get(office)
            end = max(m.end("name"), m.end()) if kind == "appositive" else start + len(name)
            mention = RawMention(m.start() if kind == "title_first" else start, start + len(name), end, name, title,
                                 office, country or (off.country if off else None),
                                 excluded=bool(off and off.role == "excluded"), name_start=start)
            out.append(mention)
    for m in p["kb"].finditer(low):
        if text[m.start()].isupper() and not any(o.name_from <= m.start() < o.name_end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), text[m.start():m.end()]))
    for m in p["title_ref"].finditer(text):
        office = office_by_title().get(m.group("title").lower())
        if office and not any(o.start <= m.start() < o.end for o in out):
            out.append(RawMention(m.start(), m.end(), m.end(), "", m.group("title"), office,
                                  kb().offices[office].country))
    for mention in out:
        mention.role = role_at(text, mention)
    return sorted(out, key=lambda o: o.start)


def role_at(text: str, mention: RawMention) -> str:
    if re.search(r"\bwith\s+(?:the\s+|his\s+|her\s+)?$", text[max(0, mention.start - 15):mention.start]):
        return "with"
    if re.match(r"(?:'s|’s)\b", text[mention.name_end:mention.name_end + 3]):
        return "genitive"
    return "other"
