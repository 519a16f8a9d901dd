"""(actors61) A state named by description ('the South American country', 'the Gulf state', 'the island nation',
'이 남미 국가는', '해당 국가는') is the most recent state of that region the document named before it.

Why: wire copy names a state once and then by what it is; with no country word the act's side was empty. The
region a description names is the language's (lexicon `described_state_regions`: a region word -> GeoNames continent
codes, `kb/geonames.continent_members`, or a grouping's id whose members groupings.yaml states: 'Gulf' the Gulf
Cooperation Council's); a kind no region says ('island', 'communist') takes the most recent state of any region. A
state the sentence itself names is no antecedent ('Chile condemned the South American country'); with no state of
the region named before, the description names none.
"""
from __future__ import annotations

from readout.kb.geonames import continent_members
from readout.kb.groupings import groupings
from readout.kb.loader import IGO_CODES
from readout.pipeline.common import countries_in
from readout.model import Article, CountryMention, Span


def region_states(lex, region: str) -> frozenset[str] | None:
    """The states of a described region (None: any state)."""
    if not region:
        return None
    groups = {g.id: g.members for g in groupings()}
    out: set[str] = set()
    for key in (lex.get("described_state_regions") or {}).get(region, ()):
        out |= continent_members().get(key, frozenset()) | set(groups.get(key, ()))
    return frozenset(out)


def described_referred(article: Article, sent: Span, ctx, refs: list, found: list[CountryMention]) -> list[CountryMention]:
    """`found` with the described states of one sentence (`refs`: `Language.described_state_references`) added. A
    country word inside the description keeps its reading where its state is of the region ('the South African
    nation'), and gives way where it is not ('the Gulf state' read as a province of another continent)."""
    lex = ctx.language(sent.label).lex
    earlier = [c for s in article.sentences if s.end <= sent.start for c in countries_in(article, s, ctx)]
    out = list(found)
    for ref in refs:
        a, b = sent.start + ref.start, sent.start + ref.end
        states = region_states(lex, ref.noun)
        inside = [c for c in out if c.start < b and a < c.end]
        if inside and (states is None or any(code in states for c in inside for code in c.codes)):
            continue
        out = [c for c in out if c not in inside]
        here = {code for c in out for code in c.codes}
        told = [c for c in earlier + [c for c in out if c.end <= a]
                if len(c.codes) == 1 and c.codes[0] not in IGO_CODES and c.codes[0] not in here
                and (states is None or c.codes[0] in states)]
        if told:
            out.append(CountryMention(a, b, list(told[-1].codes), genitive=ref.genitive, subject=ref.subject,
                                      particle=ref.particle))
    return sorted(out, key=lambda c: c.start)
