"""Build readout/data/organizations_world.yaml: named bodies of the Phoenix actor dictionaries, with the
state they belong to and their PLOVER sector, so that "the Federal Security Service", "Ansar al-Sunna
Army" or "the Indian Ocean Commission" stand for their state (or IGO/UNO/EUR) as listed bodies do.

Sources (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance):
  - Phoenix.Countries.actors.txt: the undated entries of each country's block with a sector code
    (national institutions: USAGOV, RUSSPY, ...);
  - Phoenix.International.actors.txt: undated entries with an IGO code (IGOUNO.. -> UNO, IGOEUR.. -> EUR,
    else IGO);
  - Phoenix.MilNonState.actors.txt: armed and non-state groups whose code starts with an ISO country code.
Each entry's names are written as news writes them ("FEDERAL_SECURITY_SERVICE" -> "Federal Security
Service"; a word of up to five letters alone, an acronym: "KGB"); a form two bodies of different states
claim, a form of one word that is also a common English word (lower case in the agents dictionary), and
forms of fewer than three letters are left out. The hand-written organizations.yaml wins over this file.

Usage: python scripts/data/build_organizations.py [--half A|B]
  --half keeps only the bodies whose rendered name hashes to that half (bench/actor_strings.py's halves),
  to measure the derivation on the other half.
"""
from __future__ import annotations

import functools
import re
import sys
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phoenix_dict import country_entries, parse_blocks  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "organizations_world.yaml"
OED = Path("/work/shared/data/open-event-data")
SECTORS = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "COP": "COP", "JUD": "JUD", "LEG": "LEG",
           "SPY": "SPY", "PTY": "PTY", "BUS": "BUS", "MED": "JRN", "HLH": "MED", "EDU": "EDU", "UAF": "UAF",
           "CVL": "CVL", "LAB": "LAB", "NGO": "SOC", "ELI": "ELI", "CRM": "CRM", "REF": "REF", "AGR": "AGR",
           "MUS": "REL", "CHR": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL", "REL": "REL", "SEP": "REB",
           "INS": "REB", "RAD": "UAF", "IGO": "IGO", "MNC": "BUS", "ENV": "SOC", "HRI": "SOC", "DEV": "SOC",
           "SET": "CVL", "MOD": "CVL", "PRM": "PRM"}
SMALL = {"of", "for", "and", "the", "in", "to", "on", "de", "al", "la", "du", "des", "el", "del", "da"}
DATED_RE = re.compile(r"\d{6}")


def render(entry: str) -> list[str]:
    """An entry as news writes it: words capitalized (small words lower), two-letter words upper inside a
    longer name ("UN Mission"), a single word of up to seven letters as an acronym ("KGB"; up to five
    letters only so, from six both: "ECOWAS", "Mossad")."""
    text = entry.strip().rstrip("_").replace("_", " ").strip()
    words = text.split()
    if words and words[0].lower() == "the":  # 'THE_UN': the article is not part of the name
        words = words[1:]
    if not words or "!" in text or "{" in text:
        return []
    cap = [w.lower() if w.lower() in SMALL and i else capitalized(w) for i, w in enumerate(words)]
    out = [" ".join(cap)]
    if len(words) > 1:
        out.append(" ".join(w.upper() if len(w) == 2 and w.lower() not in SMALL else w for w in cap))
    elif len(words[0]) <= 7:
        out = [words[0].upper()] + (out if len(words[0]) > 5 else [])  # KGB; ECOWAS and Mossad
    return list(dict.fromkeys(out))


def capitalized(word: str) -> str:
    """A word capitalized, with each hyphenated part of three letters or more ('Al-Qaeda', 'Haut-Katanga',
    'Lashkar-e-Taiba') and a bracketed acronym of up to five letters upper case ('(LTTE)')."""
    if word.startswith("(") and word.endswith(")") and 1 < len(word) - 2 <= 5:
        return word.upper()
    if word.startswith("("):
        return "(" + capitalized(word[1:])
    parts = word.split("-")
    return "-".join(p.capitalize() if not j or len(p) >= 3 else p.lower() for j, p in enumerate(parts))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def common_words() -> set[str]:
    """Lower-case English words of the agents dictionary: a one-word body named like one is left out."""
    data = yaml.safe_load((ROOT / "readout" / "data" / "agents_world.yaml").read_text(encoding="utf-8"))
    return {w for phrase in data["agents_en"] for w in phrase.split()}


def bodies(keep: str | None) -> list[tuple[str, str, str, list[str], str]]:
    """(kind, country, sector, names, first name rendered as the bench does) of every body."""
    from readout.kb.geo import all_country_codes

    known = all_country_codes()
    out = []
    for current, names, codes in country_entries(OED / "Phoenix.Countries.actors.txt"):
        code = codes[0].split()[0] if codes else ""
        if code.startswith(current) and len(code) >= 6 and not any(DATED_RE.search(c) for c in codes):
            sector = SECTORS.get(code[3:6])
            if sector and sector != "ELI":  # an undated ELI entry is a person (a former official)
                out.append(("institution", current, sector, names, "the " + bench_words(names[0])))
    for names, codes in parse_blocks(OED / "Phoenix.International.actors.txt"):
        code = next((c.split()[0] for c in codes if c.startswith("IGO")), None)
        if code and not any(DATED_RE.search(c) for c in codes):
            gold = "UNO" if code.startswith("IGOUNO") else "EUR" if code.startswith("IGOEUR") else "IGO"
            out.append(("igo", gold, "IGO", names, bench_body(names[0])))
    for names, codes in parse_blocks(OED / "Phoenix.MilNonState.actors.txt"):
        code = codes[0].split()[0] if codes else ""
        if code[:3] in known and len(code) >= 6 and SECTORS.get(code[3:6]):
            out.append(("nonstate", code[:3], SECTORS[code[3:6]], names, bench_words(names[0])))
    if keep:
        from bench.actor_strings import half

        out = [b for b in out if half(b[4]) == keep]
    return out


def bench_words(entry: str) -> str:
    from bench.actor_strings import words

    return words(entry)


def bench_body(entry: str) -> str:
    from bench.actor_strings import body_name

    return body_name(entry)


def build(keep: str | None) -> list[dict]:
    hand = yaml.safe_load((ROOT / "readout" / "data" / "organizations.yaml").read_text(encoding="utf-8"))
    taken = {f for o in hand["organizations"] for f in o.get("en", [])}
    taken_ko = {f.replace(" ", "") for o in hand["organizations"] for f in o.get("ko", [])}
    ko_owners: dict[str, str] = {}
    common = common_words()
    owners: dict[str, set[str]] = {}
    entries = []
    for kind, country, sector, names, _shown in bodies(keep):
        forms = [f for n in names for f in render(n)
                 if len(f) >= 3 and f not in taken and not (" " not in f and f.lower() in common)]
        if forms:
            entries.append((kind, country, sector, list(dict.fromkeys(forms))))
            for f in forms:
                owners.setdefault(f, set()).add(country)
    out, ids = [], set()
    for kind, country, sector, forms in entries:
        forms = [f for f in forms if len(owners[f]) == 1]
        if not forms:
            continue
        oid = f"org_w-{country.lower()}-{slug(forms[0])}"
        while oid in ids:
            oid += "-x"
        ids.add(oid)
        entry = {"id": oid, "country": country, "sector": sector, "en": forms}
        ko = [f for f in dict.fromkeys(calque(f, country) for f in forms) if f] if sector == "REB" else []
        ko = [f for f in ko if f not in taken_ko and ko_owners.setdefault(f, oid) == oid]
        if ko:
            entry["ko"] = ko
        out.append(entry)
    return out


@functools.lru_cache(maxsize=1)
def calque_tables() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    """(heads, words, English state name or adjective -> (code, CLDR Korean name)) for `calque`."""
    from readout.kb.loader import kb

    data = yaml.safe_load((Path(__file__).resolve().parent / "ko_group_calques.yaml").read_text(encoding="utf-8"))
    states = {}
    for c in kb().countries.countries:
        if c.kind == "state" and c.ko:
            for form in [*c.en, *c.adjectives_en[:1]]:  # the first adjective: later ones may be a movement's (Sandinista)
                if " " not in form:
                    states.setdefault(form, (c.code, c.ko[0]))
    return data["heads"], data["words"], states


def calque(form: str, country: str) -> str | None:
    """The Korean name news writes for a non-state group's English `form`, word by word ('Free Syrian Army' ->
    '자유시리아군'): every word glossed (ko_group_calques.yaml) or the group's own state's name or adjective, one
    state word, the last word a head and one more glossed word; else None."""
    heads, words, states = calque_tables()
    parts = form.split()
    if len(parts) < 3 or parts[-1] not in heads:
        return None
    own = [p for p in parts[:-1] if p in states]
    if len(own) != 1 or states[own[0]][0] != country:
        return None
    if not all(p in words or p in states for p in parts[:-1]):
        return None
    return "".join(states[p][1] if p in states else words[p] for p in parts[:-1]) + heads[parts[-1]]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    keep = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    orgs = build(keep)
    head = f"""# GENERATED by scripts/data/build_organizations.py on {date.today()}; do not edit by hand.
# Named bodies of the Phoenix dictionaries: {len(orgs)} bodies{' (half ' + keep + ' only)' if keep else ''}: national institutions
# (Phoenix.Countries.actors.txt), international bodies (Phoenix.International.actors.txt) and non-state groups
# (Phoenix.MilNonState.actors.txt), each with its state (or UNO/EUR/IGO) and PLOVER sector (CAMEO codes mapped).
# Source: openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance. The hand-written
# organizations.yaml wins over this file; forms two states claim are left out.
"""
    body = yaml.safe_dump({"version": 1, "updated": date.today(), "organizations": orgs},
                          allow_unicode=True, sort_keys=False, width=140, default_flow_style=None)
    OUT.write_text(head + body, encoding="utf-8")
    print(f"{len(orgs)} bodies -> {OUT}")


if __name__ == "__main__":
    main()
