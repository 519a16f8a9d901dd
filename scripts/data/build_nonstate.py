"""Build readout/data/nonstate_world.yaml: the sides PLOVER codes as no state, from the Phoenix dictionaries.

Why: an armed group of no one state (al-Qaeda and its branches) and a non-governmental organization named
in the news stood for nothing (the act was dropped for want of an actor) or, when its name had the shape of
an international body ('the Association of African Jurists', 'a World Water Forum'), for an
intergovernmental one. PLOVER codes them IMG and NGO.

Sources (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance):
  - Phoenix.MilNonState.actors.txt: groups coded IMG... (international militarized groups) or INT...
    (international armed groups): country IMG, sector REB. A synonym that is a person's name (a group's
    leader filed in its block: no word of a group's name) is left out.
  - Phoenix.International.actors.txt, the NGO_Actors block (codes NGO...): country NGO, or the state the code
    names after NGO (NGOUSAHRI: USA, as organizations.yaml codes Freedom House); sector from the code
    (HLH: MED, MED: JRN, EDU, JUD, else SOC). Only names of two words or more holding a word of a body's
    name (`BODY_WORDS`): a bare acronym or a founder's name would stand for a word or a person.
  - ngo_words_en: words of Phoenix NGO names that no Phoenix international body's name holds (found in at
    least `MIN_NGO_NAMES` NGO names; no country or region name, no function word): a name shaped like an
    international body that holds one ('the Association of Asian Lawyers') is an NGO (lang/en/countries.py).
The hand-written organizations.yaml and the other generated tables win over this file (loaded last); forms
they hold are left out here.

Usage: python scripts/data/build_nonstate.py
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_organizations import capitalized, render, slug  # noqa: E402
from phoenix_dict import parse_blocks  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "nonstate_world.yaml"
OED = Path("/work/shared/data/open-event-data")
DATED_RE = re.compile(r"\d{6}")
MIN_NGO_NAMES = 5
# Words of a group's or a body's name (our own list): a Phoenix synonym holding none is a person's name.
BODY_WORDS = {"organization", "organisation", "association", "society", "foundation", "institute", "committee",
              "council", "federation", "league", "network", "center", "centre", "fund", "trust", "union",
              "alliance", "forum", "movement", "commission", "campaign", "coalition", "group", "agency", "service",
              "relief", "aid", "action", "academy", "mission", "watch", "rights", "front", "army", "brigade",
              "brigades", "jihad", "qaeda", "qaida", "qa'ida", "qa'eda", "party", "cells", "battalion", "martyrs",
              "sharia", "shariah", "ansar", "jamaat", "jemaah", "lashkar", "harakat", "hizb", "jaish", "base",
              "corps", "board", "project", "program", "programme", "initiative", "international", "internationale",
              "club", "clubs", "order", "brotherhood", "sisters", "friends", "partners", "fellowship", "church",
              "council", "congress", "confederation", "institution", "bureau", "office", "team", "youth",
              "women", "physicians", "doctors", "lawyers", "jurists", "journalists", "reporters", "without",
              "borders", "frontieres", "sans", "peace", "solidarity", "cooperation", "development"}
FUNCTION_WORDS = {"for", "and", "the", "of", "in", "on", "to", "with", "against", "des", "de", "du", "la", "le",
                  "les", "pour", "del", "para", "por", "y", "et", "inc", "inc.", "new", "non", "ngo", "pan"}
# Words that pass the count but say nothing of who a body's members are (our own list): general words, names
# of fraternities and founders, and words an intergovernmental body's name may hold ('Technical Assistance').
GENERAL_WORDS = {"first", "third", "good", "small", "early", "future", "life", "link", "space", "systems", "support",
                 "public", "political", "national", "people", "peoples", "affairs", "delta", "kappa", "sigma", "pearl",
                 "harvard", "montreal", "cousteau", "christ", "temple", "lions", "boat", "books", "operation",
                 "concern", "care", "information", "relations", "management", "policy", "emergency", "exchange",
                 "resource", "resources", "technical", "training", "assistance", "protection", "service", "services",
                 "board", "bureau", "congress", "press", "media", "communication", "understanding", "generation",
                 "building", "applied", "natural", "biological", "psychology", "anti", "afro", "worldwide",
                 "organizations", "organisations", "missing", "sans", "without", "latinoamericana", "office", "movement",
                 "cross", "crescent", "agricultural", "habitat", "internet"}
NGO_SECTORS = {"HLH": "MED", "MED": "JRN", "EDU": "EDU", "JUD": "JUD", "BUS": "BUS", "LAB": "LAB"}


def armed_groups(taken: set[str]) -> list[dict]:
    """The IMG and INT groups of the non-state dictionary, country IMG."""
    out = []
    for names, codes in parse_blocks(OED / "Phoenix.MilNonState.actors.txt"):
        code = codes[0].split()[0] if codes else ""
        if code[:3] not in ("IMG", "INT") or any(DATED_RE.search(c) for c in codes):
            continue
        forms = [f for n in names if is_group_name(n) for f in render(n) if len(f) >= 4 and f not in taken]
        if forms:
            out.append(entry("IMG", "REB", forms))
    return out


def is_group_name(name: str) -> bool:
    """A synonym naming a group, not its leader: a word of a body's name, or one word in capitals ('AQAP')."""
    words = re.split(r"[_\s-]+", name.strip("_").lower())
    return bool(set(words) & BODY_WORDS) or (len(words) == 1 and 4 <= len(words[0]) <= 6)


def ngo_bodies(known: set[str], taken: set[str]) -> list[dict]:
    """The NGO_Actors of the international dictionary: NGO, or the state their code names."""
    out = []
    for names, codes in parse_blocks(OED / "Phoenix.International.actors.txt"):
        code = next((c.split()[0] for c in codes), "")
        if not code.startswith("NGO") or any(DATED_RE.search(c) for c in codes):
            continue
        state = code[3:6] if code[3:6] in known else None
        rest = code[6:] if state else code[3:]
        sector = next((NGO_SECTORS[rest[i:i + 3]] for i in range(0, len(rest) - 2, 3)
                       if rest[i:i + 3] in NGO_SECTORS), "SOC")
        forms = [f for n in names for f in render(n)
                 if len(f.split()) >= 2 and set(f.lower().split()) & BODY_WORDS and f not in taken]
        if forms:
            out.append(entry(state or "NGO", sector, forms))
    return out


def entry(country: str, sector: str, forms: list[str]) -> dict:
    return {"id": f"org_n-{country.lower()}-{slug(forms[0])}", "country": country, "sector": sector,
            "en": list(dict.fromkeys(forms))}


def ngo_words(known_names: set[str]) -> list[str]:
    """Words of NGO names that no international body's name holds (see the module docstring)."""
    ngo, igo = Counter(), Counter()
    for names, codes in parse_blocks(OED / "Phoenix.International.actors.txt"):
        code = next((c.split()[0] for c in codes), "")
        words = {w for n in names for w in re.split(r"[_\s]+", n.strip("_")) if w}
        (ngo if code.startswith("NGO") else igo if code.startswith("IGO") else Counter()).update(words)
    out = []
    for word, n in ngo.most_common():
        plain = word.lower().strip("'’.")
        if n < MIN_NGO_NAMES or igo[word] or not word.isalpha() or plain in FUNCTION_WORDS or len(plain) < 4 \
                or plain in known_names or plain in GENERAL_WORDS:
            continue
        out.append(capitalized(word.lower()))
    return sorted(out)


def place_words() -> set[str]:
    """Lower-case words of country names, adjectives and regions: a word of a place is no NGO's mark."""
    data = yaml.safe_load((ROOT / "readout" / "data" / "countries_world.yaml").read_text(encoding="utf-8"))
    hand = yaml.safe_load((ROOT / "readout" / "data" / "countries.yaml").read_text(encoding="utf-8"))
    out = set()
    for c in [c for c in data["countries"] + hand["countries"] if c["code"] not in ("UNO", "EUR", "IGO")]:
        for form in c.get("en", []) + c.get("adjectives_en", []) + c.get("metonyms_en", []):
            out |= {w.lower().strip("'’.") for w in form.split()}
    out |= {w.lower() for r in hand.get("regions_en", []) for w in r.split()}
    out |= {w.lower() for m in hand.get("igo_markers_en", {}) for w in m.split()}
    return out


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from readout.kb.geo import all_country_codes

    taken = set()
    for name in ("organizations.yaml", "organizations_world.yaml", "institutions_world.yaml"):
        data = yaml.safe_load((ROOT / "readout" / "data" / name).read_text(encoding="utf-8"))
        taken |= {f for o in data["organizations"] for f in o.get("en", [])}
    orgs = armed_groups(taken) + ngo_bodies(set(all_country_codes()), taken)
    owners: dict[str, set[str]] = {}
    for o in orgs:
        for f in o["en"]:
            owners.setdefault(f, set()).add(o["country"])
    ids, kept = set(), []
    for o in orgs:
        o["en"] = [f for f in o["en"] if len(owners[f]) == 1]
        while o["id"] in ids:
            o["id"] += "-x"
        if o["en"]:
            ids.add(o["id"])
            kept.append(o)
    words = ngo_words(place_words())
    head = f"""# GENERATED by scripts/data/build_nonstate.py on {date.today()}; do not edit by hand.
# The sides PLOVER codes as no state: {sum(o['country'] == 'IMG' for o in kept)} armed groups of no one state (IMG; Phoenix.MilNonState
# IMG/INT codes) and {sum(o['country'] != 'IMG' for o in kept)} non-governmental organizations (NGO, or the state their Phoenix code names;
# Phoenix.International NGO_Actors), and the words of NGO names no international body's name holds.
# Source: openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data Alliance. The hand-written
# organizations.yaml and the other tables win over this file; forms two codes claim are left out.
"""
    body = yaml.safe_dump({"version": 1, "updated": date.today(), "ngo_words_en": words, "organizations": kept},
                          allow_unicode=True, sort_keys=False, width=140, default_flow_style=None)
    OUT.write_text(head + body, encoding="utf-8")
    print(f"{len(kept)} bodies, {len(words)} NGO words -> {OUT}")


if __name__ == "__main__":
    main()
