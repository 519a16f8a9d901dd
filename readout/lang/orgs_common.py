"""What both languages' organization finders return, and the tables they share.

Why here and not in `lang/base/`: the organization finders (`lang/en/organizations.py`,
`lang/ko/organizations.py`) are new; the lead decides whether `OrgMention` joins the typed language
interface. Until then both finders return this dataclass.
"""
from __future__ import annotations

from dataclasses import dataclass

from readout import budget
from readout.kb.loader import kb, parse
from readout.kb.entries import Portfolio
from readout.sectors import STATE_BODY_SECTORS
from readout.lang import language_class


@dataclass(frozen=True)
class OrgMention:
    """A named body in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    surface: str
    org_id: str
    country: str | None  # ISO alpha-3, UNO / EUR / IGO, or None when the text does not say
    sector: str  # PLOVER sector: GOV, MIL, SPY, PTY, JRN, IGO, REB, ...


@budget.table()
def portfolios() -> dict[str, Portfolio]:
    return {p.id: p for p in parse("offices.yaml", "OfficesFile").portfolios}


@budget.table()
def head_nouns_en() -> tuple[str, ...]:
    """Words that make a capitalized phrase a body ("General Assembly"), never a person's name."""
    return tuple(parse("organizations.yaml", "OrganizationsFile").head_nouns_en)


@budget.table()
def _by_portfolio() -> dict[tuple[str | None, str], tuple[str, str]]:
    return {(o.country, o.portfolio): (o.id, o.sector) for o in kb().organizations if o.portfolio}


def ministry(country: str | None, portfolio: str) -> tuple[str, str]:
    """(org id, sector) of a state's ministry of `portfolio`: a listed one ("org_jpn-mod"), or an id
    made from the pair ("org_arm-foreign"; "org_x-foreign" when the state is not named)."""
    listed = _by_portfolio().get((country, portfolio))
    if listed:
        return listed
    return f"org_{(country or 'x').lower()}-{portfolio.replace('_', '-')}", portfolios()[portfolio].sector


@budget.table(maxsize=2)
def by_surface(lang: str) -> dict[str, tuple[str, str | None, str]]:
    """Name as written -> (org id, country, sector) for the listed organizations of one language: the entries'
    forms of that language (an entry's field is named by the language's code), then the acronyms of the
    languages whose acronyms its text writes as they are (`Language.body_acronyms_from`; fresh36: 'RSF는')."""
    out: dict[str, tuple[str, str | None, str]] = {}
    for o in kb().organizations:
        for name in getattr(o, lang):
            out.setdefault(name, (o.id, o.country, o.sector))
    common = own_common_nouns(lang) if language_class(lang).body_acronyms_from else frozenset()
    for other in language_class(lang).body_acronyms_from:
        for o in kb().organizations:
            for name in getattr(o, other):
                if acronym(name) and name not in common:
                    out.setdefault(name, (o.id, o.country, o.sector))
    return out


def own_common_nouns(lang: str) -> frozenset[str]:
    """The words a language's act lexicon lists in its noun classes (its cues): a borrowed acronym among them
    is a common noun of that language's copy ('SNS' in Korean is social media), not the body abroad that
    happens to share the letters."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.act_lexicon import act_lexicon_exists, load_act_lexicon

    if not act_lexicon_exists(lang):
        return frozenset()
    cues = load_act_lexicon(lang).file.cues
    return frozenset(word for words in cues.values() for word in words if isinstance(word, str))


def acronym(name: str) -> bool:
    """Whether an English form is an acronym of capitals (and digits): 'RSF', 'IAEA', 'G20'; not 'Hamas'."""
    return 2 <= len(name) <= 8 and name.isascii() and name.isalnum() and name.upper() == name \
        and any(c.isalpha() for c in name)


def best_spans(found: list[OrgMention]) -> list[OrgMention]:
    """Overlapping finds keep the longest (the first found on a tie), sorted by position."""
    kept: list[OrgMention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start))):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "IMG", "NGO"})


def sentence_state(found: list) -> str | None:
    """(orgs52) The state of an armed group no table lists (lang/en/unlisted_groups.py, lang/ko/unlisted_groups.py):
    the one state the sentence names by its own forces or bodies ('Malian troops', 'the Congolese army', '말리군',
    '차드 정부군': STATE_BODY_SECTORS), or None for none or more than one. Why not a bare state's name: a state named
    as a target or a place ('accused Pakistan of abuses', 'attacked Israel') tells nothing of whose group acts, while
    the forces a group fights or stands beside are its own state's."""
    codes = {c for m in found if m.sector in STATE_BODY_SECTORS for c in m.codes if c not in NON_STATE_CODES}
    return next(iter(codes)) if len(codes) == 1 else None
