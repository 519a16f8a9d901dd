"""The state a sentence puts before a national body's name ("South Korea's main opposition Democratic Party",
"the Japanese ruling Liberal Democratic Party"): several states have bodies of one name (a Democratic Party, a
National Security Council), and the knowledge base lists each name once, so the stated owner decides whose body it is.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.loader import kb

OWNER_REACH = 60  # characters before a body's name where its stated owner may stand
INTERNATIONAL = ("UNO", "EUR", "IGO")
OWNED_SECTORS = ("PTY",)  # parties: one name, many states ('Democratic Party'); a state's organs are read as its own
FUNCTION_WORDS = r"(?:with|and|or|of|to|for|by|from|the|a|an|at|in|on|met|said|told|as)"


@budget.table()
def owner_re() -> re.Pattern:
    """A country name or adjective, then at most two lower-case modifiers ('main opposition', 'ruling'; no
    function word: 'lawmakers met with' is another phrase), right before the body's name."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import country_pattern

    return compile_pattern(rf"(?P<country>{country_pattern()})\s+(?:(?!{FUNCTION_WORDS}\s)[a-z][a-z-]*\s+){{0,2}}$")


def stated_owner(text: str, start: int) -> str | None:
    """The state named right before the body starting at `start` ("Japan's ruling ..."), or None."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import country_code

    m = owner_re().search(text, max(0, start - OWNER_REACH), start)
    return country_code(m.group("country")) if m else None


@budget.table()
def owner_after_re() -> re.Pattern:
    """(actors59) 'of' and a country name right after a body's name ('the Treasury of Canada')."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import country_pattern

    return compile_pattern(rf"\s+of\s+(?P<country>{country_pattern()})")


def stated_owner_after(text: str, end: int | None) -> str | None:
    """The state named right after the body ending at `end` ('the Treasury of Canada'), or None."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.organizations import country_code

    m = owner_after_re().match(text, end) if end is not None else None
    return country_code(m.group("country")) if m else None


def owned_body(name: str, org_id: str, code: str | None, sector: str, text: str, start: int,
               end: int | None = None) -> tuple[str, str | None]:
    """(org id, country) of a national body whose name another state is said to own: that state's listed body
    bearing the name ('Democratic Party' in 'Democratic Party of Korea'), else an id made from the pair, so two
    states' parties of one name never become one body. Bodies of no state, and international ones, keep theirs.
    (groups55b, issue 14) An entry whose name many states' bodies bear (`shared_name`: 'the Ugandan Red Cross', a
    national society, not the international committee) is the stated state's too, in the entry's sector (SOC), and
    (actors59) so is one whose state 'of' names after it ('the Treasury of Canada': `end`, where the name ends)."""
    if not shared_name(org_id) and (code is None or code in INTERNATIONAL or sector not in OWNED_SECTORS):
        return org_id, code
    owner = stated_owner(text, start) or (stated_owner_after(text, end) if shared_name(org_id) else None)  # actors59
    if owner is None or owner == code or owner in INTERNATIONAL:
        return org_id, code
    for org in kb().organizations:
        if org.country == owner and org.sector == sector and any(name in n for n in org.en):
            return org.id, owner
    return f"org_{owner.lower()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}", owner


@budget.table()
def shared_names() -> frozenset[str]:
    """(groups55b) The ids of the organizations whose name many states' bodies bear (organizations.yaml `shared_name`)."""
    return frozenset(o.id for o in kb().organizations if o.shared_name)


def shared_name(org_id: str) -> bool:
    """Whether the body's name is one many states' own bodies bear (`shared_names`)."""
    return org_id in shared_names()


@budget.table()
def shared_surfaces() -> frozenset[str]:
    """(groups55b) The English names of the organizations whose name many states' bodies bear: a body read under a
    stated owner has an id of the pair ('org_uga-red-cross'), so later readers ask by the name it was found by."""
    return frozenset(n for o in kb().organizations if o.shared_name for n in o.en)
