"""English names of groupings of states coded as their members ('the E3 said', 'AUKUS partners', "the Baltic
states' envoys"): one country mention naming every member (kb/groupings.py; readout/data/groupings.yaml).

Why here: the country finder reads one form as one state; a grouping's name is one form for several, and
read as such it gives an act or a meeting the members on its side, as 'Britain, France and Germany' does."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.groupings import grouping_forms
from readout.kb.loader import lexicon
from readout.model import CountryMention
from readout.lang.en.country_forms import is_possessive

# a gloss of states just listed ('Britain, France and Germany (E3)', ', known as the E3,'): the same states again
GLOSS_BEFORE_RE = re.compile(r"(?:\(|\bknown\s+as\s+(?:the\s+)?|\bcalled\s+(?:the\s+)?|\bor\s+)$", re.I)


@budget.table()
def grouping_re() -> re.Pattern | None:
    """The forms, longest first, each as written (an acronym is matched in its case; a name's first letter in
    either case: 'the Baltic states', 'Baltic States')."""
    forms = sorted(grouping_forms("en"), key=len, reverse=True)
    if not forms:
        return None
    alts = [re.escape(f) if f.isupper() or not f[:1].isalpha()
            else f"[{f[0].upper()}{f[0].lower()}]" + re.escape(f[1:]).replace(r"\ ", r"\s+") for f in forms]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


@budget.table()
def folded_codes() -> dict[str, tuple[str, ...]]:
    """The forms, lower-cased with their spaces squeezed, -> the member codes: built once per process from the data
    file (as lang/ko/groupings.py's), not for every sentence with a country word (callers only read it)."""
    return {" ".join(f.lower().split()): codes for f, codes in grouping_forms("en").items()}


def grouping_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """The groupings named in one sentence that no other country mention covers, each with its members; a
    possessive is an owner ("the E3's letter"), a gloss of the states just listed is no second mention."""
    pattern = grouping_re()
    if pattern is None:
        return []

    codes_of, out = folded_codes(), []
    lex = lexicon("en")
    named_after = lex.re("members_named_after_re") if lex.get("members_named_after_re") else None
    for m in pattern.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        if any(c.start < end and start < c.end for c in found) \
                or GLOSS_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if named_after and named_after.match(text, m.end()):
            continue  # 'Gulf states, including Qatar and Oman, urged': the states named are its side (plover47)
        genitive = is_possessive(text, m.end(), m.group(0))
        out.append(CountryMention(start, end, list(codes_of[" ".join(m.group(0).lower().split())]),
                                  genitive=genitive, subject=not genitive))
    return out
