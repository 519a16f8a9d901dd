"""A word right after a country's adjective is a noun where the adjective cannot be its subject ('Chilean exiles',
'Venezuelan protests', 'Gabonese exiles condemned'): the adjective modifies the noun after it, so a verb form there
('exiles', 'protests', 'attacks') is the noun (enactors70; as after a determiner, lang/en/act_window.after_determiner).
A singular adjective whose plural in -s is listed too ('Chilean' / 'Chileans') never heads a subject; an invariant
one ('Gabonese', 'Swiss', 'British') is also a people's plural noun that heads one ('Togolese protested', 'the Swiss
vote'), so only a word in -s after it, which no plural subject takes as its verb, is a noun; a plural demonym heads
its own subject ('Venezuelans attacked'); after 'a'/'an' the adjective is a person ('an American attacks').

(enkidnap46) A country's own name before a plural in -s followed by a finite verb is a noun compound too ('Chile
exiles protested', 'Peru exiles have said'): the name modifies the people, and the verb after them is their
predicate; with an object after the -s word ('Peru exiles dissidents') the word stays the state's verb.

Data: the country adjectives and English names of countries.yaml (`adjectives_en`, `en`, CLDR and our own)."""
from __future__ import annotations


from readout import budget
from readout.kb.loader import kb

PERSON_DETERMINERS = frozenset({"a", "an"})  # 'an American': one person, who may be the subject


@budget.table()
def adjective_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """(singular, invariant): the last words of country adjectives whose plural in -s is also listed ('Chilean',
    'Korean'), and of those that neither have one nor are one ('Gabonese', 'Swiss')."""
    forms = {a for c in kb().countries.countries for a in c.adjectives_en}
    singular = {a for a in forms if a + "s" in forms}
    invariant = {a for a in forms if a + "s" not in forms and a[:-1] not in forms}
    return frozenset(a.split()[-1] for a in singular), frozenset(a.split()[-1] for a in invariant)


@budget.table()
def one_word_names() -> frozenset[str]:
    """The English names of states that are one word ('Chile', 'Peru'), as written."""
    return frozenset(n for c in kb().countries.countries if c.kind == "state" for n in c.en if " " not in n)


def after_country_name(toks: list, i: int, cues) -> bool:
    """(enkidnap46) Token `i`, a plural in -s, follows a state's one-word name and comes before a finite verb (a
    regular past form or an auxiliary, 'be' or a reporting verb) that takes no plural object of its own: the people
    of that state named by a noun compound ('Chile exiles protested', 'Peru exiles are'), not the state's verb."""
    if i < 1 or i + 1 >= len(toks) or not toks[i - 1].word or toks[i - 1].raw not in one_word_names() \
            or not toks[i].low.endswith("s") or toks[i].low.endswith("ss") or (i > 1 and toks[i - 2].word
                                                                              and toks[i - 2].low == "to"):
        return False
    verb = toks[i + 1].low
    if not (verb.endswith("ed") or verb in cues.be or verb in cues.reporting or verb in cues.perfect_auxiliaries
            or verb in cues.future_auxiliaries):
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is None or not after.word or not (after.raw.islower() and after.low.endswith("s")
                                                   and not after.low.endswith("ss"))


def after_demonym(toks: list, i: int) -> bool:
    """Token `i` follows a country's adjective that cannot be its subject (not after 'a'/'an'): a noun, not a verb."""
    if i < 1 or not toks[i - 1].word or (i > 1 and toks[i - 2].low in PERSON_DETERMINERS):
        return False
    singular, invariant = adjective_kinds()
    before = toks[i - 1].raw
    return before in singular or before in invariant and toks[i].low.endswith("s") and not toks[i].low.endswith("ss")
