"""Build readout/data/agents_world.yaml: English agent nouns ("rebels", "riot police", "opposition party")
with their PLOVER sector, from the Phoenix/PETRARCH agents dictionary.

Source: Phoenix.agents.txt (openeventdata/petrarch2; CAMEO agents, Computational Event Data System
Project), MIT licence, Copyright (c) 2014 Open Event Data Alliance. Each entry's first sector code (CAMEO
agent code, the part after "~") is mapped to a PLOVER sector (PLOVER manual, "Sector Codes": CAMEO's
MED "media" is PLOVER's JRN, CAMEO's HLH "medical" PLOVER's MED; religions are REL; development,
environment, human-rights and NGO codes are SOC). Substitution sets (!PERSON!) are expanded and the
regular plural of the last word is added (PETRARCH 0.5 creates them; a "{}" entry has none, "{X}" gives
an irregular one).

Usage: python scripts/data/build_agents.py [PHOENIX_AGENTS_FILE]
"""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "agents_world.yaml"
PHOENIX = Path("/work/shared/data/open-event-data/Phoenix.agents.txt")
CAMEO_TO_PLOVER = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "COP": "COP", "JUD": "JUD", "LEG": "LEG",
    "SPY": "SPY", "PTY": "PTY", "BUS": "BUS", "CVL": "CVL", "EDU": "EDU", "LAB": "LAB", "AGR": "AGR",
    "CRM": "CRM", "REF": "REF", "ELI": "ELI", "UAF": "UAF", "MED": "JRN", "HLH": "MED", "MNC": "BUS",
    "IGO": "IGO", "NGO": "SOC", "ENV": "SOC", "HRI": "SOC", "DEV": "SOC", "SET": "CVL", "MOD": "CVL",
    "RAD": "UAF", "REL": "REL", "MUS": "REL", "CHR": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL",
    "SIK": "REL", "JAN": "REL", "ZRO": "REL", "SHI": "REL", "SUN": "REL", "CTH": "REL", "ORT": "REL",
    "PRO": "REL", "BAH": "REL", "CON": "REL", "DOX": "REL", "ITH": "REL", "TAO": "REL", "SHN": "REL",
}


# (actors71) News nouns for a side that the dictionary lacks, each read as the entry naming what its people are
# members or kinds of (that entry's CAMEO code, mapped as any entry's): a unionist is of a trade union, a banker of a
# bank, a herder, pastoralist, shepherd or goatherd a herdsman (enacts50b: shepherds, goatherds), a pastor a priest, a
# conscript a soldier, a paramedic a medic, a shareholder an investor, an emigrant an expatriate, a dockworker a
# transport worker. Nouns with no such entry are left out (veterans, tribesmen, nomads, royalists, nationalists,
# conservatives, liberals, hardliners, moderates: their side is the sentence's, not the word's).
SYNONYMS = {
    "unionist": "trade union", "trade unionist": "trade union", "banker": "commercial bank", "herder": "herdsman",
    "pastoralist": "herdsman", "shepherd": "herdsman", "goatherd": "herdsman", "pastor": "priest",
    "conscript": "soldier", "paramedic": "medic",
    "shareholder": "investor", "emigrant": "expatriate", "dockworker": "transport worker",
}


def synonyms(table: dict[str, str]) -> dict[str, str]:
    """The SYNONYMS nouns and their plurals with the sector of the entry each names, where the dictionary has that
    entry and not the noun itself."""
    out: dict[str, str] = {}
    for noun, entry in SYNONYMS.items():
        if entry in table and noun not in table:
            out[noun] = out[plural(noun)] = table[entry]
    return out


def plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def entries(path: Path) -> dict[str, str]:
    """phrase (lower case) -> PLOVER sector; the first entry of a phrase wins."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if m := re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line):
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.fullmatch(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        sector = CAMEO_TO_PLOVER.get(m.group(3)[:3])
        head = m.group(1).strip()
        if not sector or not re.fullmatch(r"[A-Z_.!\-']+", head):
            continue
        heads = [head]
        for key, values in subst.items():
            heads = [h.replace(key, v) for h in heads for v in (values if key in h else [None])] \
                if any(key in h for h in heads) else heads
        for h in heads:
            phrase = h.rstrip("_").replace("_", " ").lower().strip()
            if "!" in phrase or len(phrase) < 3 or phrase.startswith(("pro ", "anti ")):
                continue
            forms = [phrase]
            if m.group(2) is None:
                forms.append(phrase.rsplit(" ", 1)[0] + " " + plural(phrase.split()[-1]) if " " in phrase
                             else plural(phrase))
            elif m.group(2).strip():
                forms.append(m.group(2).strip().replace("_", " ").lower())
            for f in forms:
                out.setdefault(f, sector)
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else PHOENIX
    table = entries(path)
    table.update(synonyms(table))
    lines = [
        f"# GENERATED by scripts/data/build_agents.py on {date.today()}; do not edit by hand (agents.yaml holds",
        "# readout's own additions and Korean agent nouns).",
        "# English agent nouns with their PLOVER sector: " + f"{len(table)} phrases.",
        "# Source: Phoenix.agents.txt (openeventdata/petrarch2, CAMEO agents dictionary of the Computational Event",
        "# Data System Project), MIT licence, Copyright (c) 2014 Open Event Data Alliance; CAMEO agent codes mapped",
        "# to PLOVER sector codes (PLOVER manual, 'Sector Codes') by the build.",
        "version: 1",
        "agents_en:",
    ]
    lines.insert(-1, f"updated: {date.today()}")
    lines += [f"  {phrase!r}: {sector}".replace("'", '"') if "'" not in phrase else f'  "{phrase}": {sector}'
              for phrase, sector in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} phrases -> {OUT}")


if __name__ == "__main__":
    main()
