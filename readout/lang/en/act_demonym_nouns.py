"""A word right after a country's adjective is a noun where the adjective cannot be its subject ('Chilean exiles',
'Venezuelan protests', 'Gabonese exiles condemned'): the adjective modifies the noun after it, so a verb form there
('exiles', 'protests', 'attacks') is the noun (enactors70; as after a determiner, lang/en/act_window.after_determiner).
A singular adjective whose plural in -s is listed too ('Chilean' / 'Chileans') never heads a subject; an invariant
one ('Gabonese', 'Swiss', 'British') is also a people's plural noun that heads one ('Togolese protested', 'the Swiss
vote'), so only a word in -s after it, which no plural subject takes as its verb, is a noun; a plural demonym heads
its own subject ('Venezuelans attacked'); after 'a'/'an' the adjective is a person ('an American attacks').

Data: the country adjectives of countries.yaml (`adjectives_en`, CLDR and our own)."""
from __future__ import annotations

import functools

from readout.kb.loader import kb

PERSON_DETERMINERS = frozenset({"a", "an"})  # 'an American': one person, who may be the subject


@functools.lru_cache(maxsize=1)
def adjective_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """(singular, invariant): the last words of country adjectives whose plural in -s is also listed ('Chilean',
    'Korean'), and of those that neither have one nor are one ('Gabonese', 'Swiss')."""
    forms = {a for c in kb().countries.countries for a in c.adjectives_en}
    singular = {a for a in forms if a + "s" in forms}
    invariant = {a for a in forms if a + "s" not in forms and a[:-1] not in forms}
    return frozenset(a.split()[-1] for a in singular), frozenset(a.split()[-1] for a in invariant)


def after_demonym(toks: list, i: int) -> bool:
    """Token `i` follows a country's adjective that cannot be its subject (not after 'a'/'an'): a noun, not a verb."""
    if i < 1 or not toks[i - 1].word or (i > 1 and toks[i - 2].low in PERSON_DETERMINERS):
        return False
    singular, invariant = adjective_kinds()
    before = toks[i - 1].raw
    return before in singular or before in invariant and toks[i].low.endswith("s") and not toks[i].low.endswith("ss")
