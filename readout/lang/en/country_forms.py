"""The English country forms and where one stands in a text: every name, adjective, other spelling and
metonym of a country or territory filed by its first characters (`forms_table`, `forms_by_length`), the longest
form at a place (`longest_form`), and the guards on the form itself, each for a class of false reading:
  - whole words only, longest form first: "Nigerian" is not "Niger", "Papua New Guinea" is not "Guinea";
  - a form right after "New " is part of another name ("New Mexico", "New Jersey"); one after "pro-",
    "anti-" or "non-" names a stance, not the country ("pro-Russian separatists");
  - a form before a word of `not_before_en` is part of another name ("South China Sea", "Paris Agreement"), and so
    is one after a word of `not_after_en` ("the Gulf of Finland");
  - a form backing a named group ('Iran-backed Hezbollah') is not that group's state.
Why a module of its own: the table and the longest match are asked by every English reader of states (clauses,
meetings, towns, acts), which need none of the mention rules of lang/en/countries.py; the few context patterns
shared by those readers (possessive, governing preposition, the gap before an owned body) live here too, so that
the readers import them without importing the mention reader.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache import disk_cached
from readout.cache_patterns import compile_pattern
from readout.kb.geo import country_index, metonym_index
from readout.kb.loader import kb, lexicon
from readout.patterns import alternation

LATIN_RE = re.compile(r"[A-Za-z0-9À-ÿ .'’\-]+")

GOVERNED_BEFORE_RE = re.compile(r"\b(?:to|in|of|with|from|against|on|for|by|between|toward|towards|into)\s+(?:the\s+)?$")
POSSESSIVE = ("'s", "’s")
STANCE_PREFIX_RE = re.compile(r"(?i)\b(?:pro|anti|non)-$")  # 'pro-Russian separatists' are not Russia
# 'Iran-backed rebels', 'Russian-armed separatists': the country backs the group named after it, which is not it
BACKER_SUFFIX_RE = re.compile(r"(?i)-(?:backed|sponsored|supported|funded|financed|armed|trained|aligned|allied|"
                              r"friendly|leaning|inspired)\b")
OWNER_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:the\s+)?")  # between a country word and the body it owns
PERSON_SUFFIX_RE = re.compile(r"(?:wo)?m[ae]n\b")
KEY = 3  # forms are filed under their first three characters (two-letter forms under both)


@budget.table()
@disk_cached("en-country-forms")  # ~20 ms per process: kept by the start-up cache with the index below
def forms_table() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Every English form (names, adjectives, other spellings, metonyms) -> code, and the forms filed by
    their first two characters, longest first. Why not one regex: a trie of 2,000 forms takes 0.1 s to
    compile in every process (and the person patterns compile the country names again); this table
    builds in a millisecond and finds the same longest whole-word matches."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    table = {n: c for n, c in country_index().items() if LATIN_RE.fullmatch(n)}
    for c in kb().countries.countries:
        for form in c.variants_en:
            table.setdefault(form, declared.get(form, c.code))
    for form, code in metonym_index().items():
        if LATIN_RE.fullmatch(form):
            table.setdefault(form, code)
    for form, code in clipped_demonyms().items():  # places59: 'Brits', 'Yanks': the plural only
        table.setdefault(form + "s", code)
        table.pop(form, None)  # places59b: the singular premodifies a trade ('Kiwi growers', the fruit's): no state
    for form, code in list(table.items()):  # 'Welshman', 'Irishwomen', 'Frenchmen': English compounds its -sh and
        if form.endswith(MAN_BASE_ENDINGS) and form[:1].isupper() and " " not in form and form in demonym_bases():
            for suffix in MAN_SUFFIXES:  # -ch demonyms with man and woman; never with another demonym
                table.setdefault(form + suffix, code)
    for form, code in list(table.items()):
        for cased in cased_forms(form):
            table.setdefault(cased, code)
    by_key: dict[str, list[str]] = {}
    for form in sorted(table, key=len, reverse=True):
        by_key.setdefault(form[:KEY], []).append(form)
    return table, by_key


PART_RE = re.compile(r"(?<=[ '’-])([a-zà-ÿ])")  # a lower-case letter opening a word or a part after ' or -
HYPHEN_PART_RE = re.compile(r"(?<=-)([A-ZÀ-Þ])")


def cased_forms(form: str) -> list[str]:
    """Other casings of a name of several words that headlines and some outlets write: every word and every
    part after an apostrophe or a hyphen capitalized ('Côte D'Ivoire', 'Saint Kitts And Nevis'), and the
    parts after a hyphen in lower case ('Guinea-bissau', 'Timor-leste': else 'Guinea' alone is read, another
    state). One-word forms and forms opening in lower case have none."""
    if not form[:1].isupper() or not any(ch in form for ch in " '’-"):
        return []
    out = [PART_RE.sub(lambda m: m.group(1).upper(), form)]
    if "-" in form:
        out.append(HYPHEN_PART_RE.sub(lambda m: m.group(1).lower(), form))
    return [f for f in out if f != form]


MAN_BASE_ENDINGS = ("sh", "ch")
MAN_SUFFIXES = ("man", "men", "woman", "women")


def demonym_bases() -> frozenset[str]:
    """Adjectives and other spellings of states (the forms a -man compound is made from)."""
    return frozenset(f for c in kb().countries.countries for f in (*c.adjectives_en, *c.variants_en))



@budget.table()
def not_after_re() -> re.Pattern:
    """'the Gulf of ', 'the Sea of ' right before a form (`not_after_en`): the form ends a water body's name."""
    return re.compile(r"\b" + alternation(kb().countries.not_after_en) + r"\s+$")


NOT_AFTER_REACH = 20  # characters before a form read for `not_after_en`


@budget.table()
def not_before_re() -> re.Pattern:
    return re.compile(r"\s+" + alternation(kb().countries.not_before_en) + r"\b")



def is_possessive(text: str, end: int, form: str) -> bool:
    return text[end:end + 2] in POSSESSIVE or (form.endswith("s") and text[end:end + 1] in ("'", "’"))


@budget.table()
def adjectives() -> frozenset[str]:
    """Every country's adjectives ('Georgian'): a guarded one still counts before an agent noun."""
    return frozenset(a for c in kb().countries.countries for a in c.adjectives_en)


@budget.table()
def demonyms() -> frozenset[str]:
    """Adjectives in -an or -i, whose plural in -s names the people ('Macedonians', 'Palauans', 'Omanis'):
    the plural is read from the adjective, as CLDR and the data list few plurals."""
    return frozenset({*(a for c in kb().countries.countries for a in c.adjectives_en if a.endswith(("an", "i"))),
                      *clipped_demonyms()})


CLIPPED_TOWN_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|from|around)\s+$")  # 'in Brits': a town (ZAF)


def town_of_clipping(text: str, start: int, form: str) -> bool:
    """(places59) A clipped plural ('Brits') right after a preposition of place names the town of that name ('police
    in Brits', a South African town), no people: a people is where something happens rarely."""
    return form[:-1] in clipped_demonyms() and bool(CLIPPED_TOWN_BEFORE_RE.search(text, max(0, start - 8), start))


@budget.table()
def clipped_demonyms() -> dict[str, str]:
    """(places59, issue 14) The clipped singular of a people's name -> its state (lexicon en `clipped_demonyms`:
    'Aussie' AUS, 'Brit' GBR, 'Yank' USA): its plural ('Aussies protested') names the people as 'Kenyans' does, a
    demonym in -an or -i whose plural `demonyms` reads. Why a list: the clippings end in any letter ('Aussie'), so no
    suffix rule finds them, and the singulars are other words too ('to yank')."""
    return dict(lexicon("en")["clipped_demonyms"])


INVARIANT_ENDINGS = ("ese", "ss")  # adjectives that are their own plural: 'the Togolese', 'Swiss' (enfollow66)


@budget.table()
def invariant_demonyms() -> frozenset[str]:
    """(enfollow66) One-word adjectives in -ese or -ss, whose plural is the adjective itself ('Togolese', 'Lebanese',
    'Swiss'): standing alone as a subject's head they name the people, as 'Kenyans' does."""
    return frozenset(a for c in kb().countries.countries for a in c.adjectives_en
                     if a.endswith(INVARIANT_ENDINGS) and " " not in a)


@budget.table()
@disk_cached("en-country-forms-by-length")
def forms_by_length() -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """The forms filed under each key (`forms_table`) grouped by length, longest first: one slice and one
    set lookup per length finds the form that testing each filed form in turn would find (two forms
    of one length starting at one place are the same form). Why: a key files a dozen forms on
    average, and every capitalized word of every English sentence asks."""
    _table, by_key = forms_table()
    out: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}
    for key, forms in by_key.items():  # one pass per key (a key files up to 180 forms)
        by_length: dict[int, list[str]] = {}
        for f in forms:
            by_length.setdefault(len(f), []).append(f)
        out[key] = tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
    return out


def longest_form(text: str, start: int) -> str | None:
    """The longest form that starts at `start` and ends at a word boundary, and is not part of a longer
    name ("New Mexico", "South China Sea")."""
    grouped = forms_by_length()
    three = grouped.get(text[start:start + KEY], ())  # the three-character key's forms first, then the two-letter ones
    two = grouped.get(text[start:start + KEY - 1], ())
    for n, forms in three + two if two else three:
        form = text[start:start + n]
        if form not in forms:
            continue
        end = start + n
        national = form[-1:].islower() and (PERSON_SUFFIX_RE.match(text, end)  # 'Englishwoman', 'Frenchmen'
                                            or text[end:end + 1] == "s" and form in demonyms()
                                            and not (end + 1 < len(text) and text[end + 1].isalnum()))
        if national or not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            if text[max(0, start - 4):start] == "New " or not_before_re().match(text, end) \
                    or town_of_clipping(text, start, form) \
                    or not_after_re().search(text, max(0, start - NOT_AFTER_REACH), start) \
                    or STANCE_PREFIX_RE.search(text, max(0, start - 5), start) or backs_a_name(text, end):
                return None
            return form
    return None


OPENING_CHARS = 6  # `start_re` passes over a word whose first six characters open no form
NOT_BEFORE_A_FORM = r"[\w.’']"  # a form starts after none of these (`start_re`'s lookbehind)


@budget.table()
def start_re() -> re.Pattern:
    """Where a form may start: a word start followed by the first characters of some form (a small trie
    of the table's keys, so most words are passed over inside the regex engine).

    (speed71) A lookahead of the forms' first `OPENING_CHARS` characters gates the keys: 'Preside', 'Southe' match a
    key ('Pre', 'Sou') and open no form, so `longest_form` was asked in vain for three words in five. The positions
    matched and the characters consumed are those of the keys alone wherever `longest_form` may find a form; a key
    with a character before its third that a form may start after ('S K', 'G-7') keeps its match as before, so that
    it swallows the same characters (a form starting inside it is read as before: not at all)."""
    table, by_key = forms_table()
    inside = [k for k in by_key if re.search(NOT_BEFORE_A_FORM.replace("[", "[^", 1), k[:KEY - 1])]
    gate = alternation([*(f[:OPENING_CHARS] for f in table), *inside])
    return compile_pattern(rf"(?<!{NOT_BEFORE_A_FORM})(?={gate})" + alternation(by_key))



def backs_a_name(text: str, end: int) -> bool:
    """A country form ending at `end` backs the named group after it ('Iran-backed Hezbollah', 'Iran-backed
    Houthi rebels'): the group is not that country's. Before a common noun ('Syrian-backed militias') the
    backer is the only state the words give the group, and it stays (PLOVER codes the sponsor's side)."""
    backer = BACKER_SUFFIX_RE.match(text, end)
    return bool(backer) and text[backer.end():].lstrip()[:1].isupper() \
        and not sponsored_text_re().match(text, backer.end())  # 'a U.S.-sponsored U.N. resolution': a text


@budget.table()
def sponsored_text_re() -> re.Pattern:
    """(acts47) 'a U.S.-sponsored U.N. resolution': one to three capitalized words (a body's name) then a draft noun
    after a backer's compound name a text, no group. The draft nouns are the act lexicon's `draft_nouns`, the list by
    which act_sponsors finds the draft a veto refuses: one definition of a text put to a vote for both readers."""
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

    return re.compile(r"\s*(?:[A-Z][\w.]*\s+){1,3}(?:" + alternation(matcher().cues.draft_nouns) + r")\b")


def backed_before(text: str, start: int) -> bool:
    """The word before `start` is a backer's compound ('Iran-backed Hezbollah'): no part of the name."""
    word = text[max(0, start - 30):start].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and bool(BACKER_SUFFIX_RE.search(word[0]))
