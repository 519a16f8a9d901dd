"""English people named by their tie to another (from mentions.py, debt46): an aide to the one served ('X, adviser
to President Y'), a counterpart ('his Chilean counterpart, Ana Ruiz') and a predecessor ('his predecessor, X'),
and the one state the knowledge base knows a full name by (`voiced_state`, `known_state`)."""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.loader import lexicon
from readout.lang.en.mention_patterns import HONOR, head_surnames, name_pattern, office_by_title, patterns, trim_name
from readout.lang.en.organizations import country_code
from readout.lang.en.untitled_names import NAME_RUN_RE
from readout.patterns import alternation
from readout.model import RawMention
from readout.kb.heads import person_state

def voiced_state(name: str) -> str | None:
    """'Foreign ministry spokeswoman X': a spokesperson's title naming no state; the one state the knowledge base
    knows the full name by (persons.yaml, the world leaders' table) is the state she speaks for
    (pipeline/act_side_items.speaks_for_state reads it as the title's state). A name several states' people share,
    or one word alone, gives none."""
    return known_state(name) if len(name.split()) > 1 else None


def known_state(name: str) -> str | None:
    """The one state whose people the knowledge base knows by `name` (kb.heads.person_state), else None."""
    found = person_state(name)
    return found[0] if found else None


@budget.table()
def aide_re() -> re.Pattern:
    """'X, (a) [words] adviser|aide|envoy to|of|for (the) <one served>,': the name, the title, and the one served
    up to the next comma (or the sentence's end)."""
    titles = alternation(lexicon("en")["aide_titles"])  # long, and first asked for by a document: from the start-up cache
    return compile_pattern(rf"\b{HONOR}(?P<name>{name_pattern()}),\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?"
                      rf"(?P<title>{titles})\s+(?P<prep>to|of|for)\s+(?:the\s+)?(?P<served>[^,;()]{{2,80}}?)\s*(?:,|$)")


@budget.table()
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
    """'his Chilean counterpart, Ana Ruiz'; 'their Japanese and Chinese counterparts, A and B':
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
