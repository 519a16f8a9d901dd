#!/usr/bin/env python3
"""Systematic sweep of actor coding (issue 14, actors66): actors composed from the Phoenix dictionaries, put in
two sentence frames with an invented other side, run through readout; counts how often the actor comes out with
the right country AND the right PLOVER sector, by category, and prints the misses by class.

Read by hand from ../shared/data/open-event-data (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt, Phoenix.agents.txt; MIT, Copyright (c) 2014 Open Event Data Alliance); nothing of
them is copied into the repository and readout never reads this script at run time.

Categories (the gold sector: the agent's PLOVER sector in readout's agent table, which maps Phoenix's CAMEO agent
codes and overrides a few, see agents.yaml; a body's or group's Phoenix code mapped the same way):
  demonym-agent   "Iraqi police"              a nationality adjective before an agent noun
  agent-in        "police in Iraq"            an agent noun located in a country
  possessive      "Iraq's police"             a country's agent noun
  agent-of        "the police of Iraq"        an agent noun of a country
  institution     "the Iraqi Ministry of ..."  national bodies of Phoenix.Countries (code CCCSEC...)
  igo             "the UN Security Council"   international bodies (country UNO/EUR/IGO, one another)
  nonstate        "Hamas"                     armed and political groups of one state (Phoenix.MilNonState)
  leader-titled   "President X"               a person in a GOV role, published on a date inside the role
  leader-bare     "X"                          the same person with no title (curated recent people only)
  ko-agent        "이라크 경찰"                 Korean: readout's own Korean agent nouns after a CLDR country name
Frames: subject "[A] criticized the government of Peru on Monday.", object "Peru's foreign minister accused [A] of
lying on Monday." and meet "Peru's foreign minister met [A] in Lima." (only sectors that sit at a meeting for their
state, agents.yaml meeting_sectors) (Chile/Santiago when the actor is Peru's; Korean "[A]는 페루 정부를 비판했다.",
"페루 외교장관은 [A]를 비난했다.", "페루 외교장관은 리마에서 [A]와 만났다.").

Verdicts: ok (country and sector), wrong-sector (the country, another sector), wrong-country (a side, not the
actor's state), no-actor (no event, or only the frame's own side).

usage: PYTHONPATH=. python scripts/sweep_en_actors.py [--per-kind N] [--kinds a,b] [--frames subject,object]
       [--misses FILE.tsv] [--seed N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts" / "data"))

import actor_strings as bench  # noqa: E402  (the dictionary entries as news writes them)
from build_agents import CAMEO_TO_PLOVER, plural  # noqa: E402
from phoenix_dict import country_entries, parse_blocks  # noqa: E402

OED = bench.OED
IGOS = {"IGO", "UNO", "EUR"}
OTHER = {"PER": ("Chile", "Santiago", "칠레", "산티아고"), None: ("Peru", "Lima", "페루", "리마")}
FRAMES = {"subject": "{A} criticized the government of {T} on Monday.",
          "object": "{T}'s foreign minister accused {a} of lying on Monday.",
          "meet": "{T}'s foreign minister met {a} in {C}."}
KO_FRAMES = {"subject": "{a}{top} {T} 정부를 비판했다.", "object": "{T} 외교장관은 {a}{ul} 비난했다.",
             "meet": "{T} 외교장관은 {C}에서 {a}{wa} 만났다."}
AGENT_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY", "CVL", "JRN", "BUS", "LAB", "EDU",
                 "REL", "REF", "CRM", "UAF", "MED", "SOC", "AGR", "ELI")
PUBLISHED = date(2026, 3, 12)


def phoenix_date(text: str) -> date | None:
    """A Phoenix role date: YYMMDD (00-29: 20YY) or YYYYMMDD."""
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy < 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def role_span(code: str) -> tuple[str, date, date] | None:
    """'AFGGOV 011113-011222' / 'AFGGOV >011222' -> (code, start, end); None when undated or before 2000."""
    m = re.fullmatch(r"([A-Z]{6,})\s+(?:(\d{6,8})?-(\d{6,8})?|>(\d{6,8})|<(\d{6,8}))", code.strip())
    if not m:
        return None
    start = phoenix_date(m.group(2) or m.group(4) or "") or date(1990, 1, 1)
    end = phoenix_date(m.group(3) or m.group(5) or "") or date(2015, 1, 1)
    if end < date(2000, 1, 1) or end <= start:
        return None
    return m.group(1), max(start, date(2000, 1, 1)), end


def kb_agents() -> dict[str, str]:
    from readout.kb import agents
    return agents.phrases("en")


def agent_items(rng: random.Random, per_kind: int) -> list[tuple]:
    """Agent nouns of the Phoenix dictionary (its heads, single or two words) composed with a random state."""
    from readout.kb.loader import kb

    table = kb_agents()
    nouns = []
    for names, codes in parse_blocks(OED / "Phoenix.agents.txt"):
        for n in names:
            if "!" in n or "{" in n:
                continue
            phrase = n.rstrip("_").replace("_", " ").lower().strip()
            sector = table.get(phrase) or CAMEO_TO_PLOVER.get(next((c.lstrip("~")[:3] for c in codes), ""))
            if sector in AGENT_SECTORS and 3 <= len(phrase) and len(phrase.split()) <= 2 and phrase.isascii():
                many = phrase if phrase.endswith("s") else " ".join([*phrase.split()[:-1], plural(phrase.split()[-1])])
                nouns.append((many if table.get(many) == sector else phrase, sector))
    nouns = sorted(set(nouns))
    states = [c for c in kb().countries.countries if c.kind == "state" and c.adjectives_en and c.en and c.ko]
    out = []
    for kind in ("demonym-agent", "agent-in", "possessive", "agent-of"):
        for noun, sector in rng.sample(nouns, min(per_kind, len(nouns))):
            c = rng.choice(states)
            name = c.en[0]
            name = "the " + name if name.startswith(("United ", "Central African", "Philippines", "Netherlands")) \
                else name
            text = {"demonym-agent": f"{c.adjectives_en[0]} {noun}", "agent-in": f"{noun} in {name}",
                    "possessive": f"{name}'s {noun}", "agent-of": f"the {noun} of {name}"}[kind]
            out.append((kind, text, c.code, sector, PUBLISHED))
    return out


def country_items() -> list[tuple]:
    """National institutions and people in a GOV role (2000 on) of Phoenix.Countries."""
    from readout.kb.loader import kb

    curated = set(kb_leaders_curated())
    out = []
    for current, names, codes in country_entries(OED / "Phoenix.Countries.actors.txt"):
        if not codes:
            continue
        code = codes[0].split()[0]
        if not code.startswith(current) or len(code) < 6:
            continue
        text = bench.words(names[0])
        dated = [s for s in (role_span(c) for c in codes) if s]
        if dated:
            gov = [s for s in dated if s[0][3:6] == "GOV" and s[0][:3] == current]
            if gov:
                _, start, end = gov[-1]
                when = start + (end - start) / 2
                title = ("President", "Prime Minister", "Foreign Minister")[len(text) % 3]
                out.append(("leader-titled", f"{title} {text}", current, "GOV", when))
                key = re.sub(r"[^a-z ]", "", text.lower())
                if key in curated:
                    out.append(("leader-bare", text, current, "GOV", when))
        elif not any(re.search(r"\d{6}", c) for c in codes):
            sector = CAMEO_TO_PLOVER.get(code[3:6])
            if sector:
                out.append(("institution", "the " + text, current, sector, PUBLISHED))
    return out


def kb_leaders_curated() -> list[str]:
    import yaml
    doc = yaml.safe_load((ROOT / "readout" / "data" / "leaders_world.yaml").read_text(encoding="utf-8"))
    return [line.strip() for line in doc["curated"].splitlines() if line.strip()]


def igo_items() -> list[tuple]:
    return [("igo", text, gold, "IGO", PUBLISHED) for _, text, gold in bench.international_items()]


def nonstate_items() -> list[tuple]:
    out = []
    iso = bench.iso_codes()
    for names, codes in parse_blocks(OED / "Phoenix.MilNonState.actors.txt"):
        code = codes[0].split()[0] if codes else ""
        if re.fullmatch(r"[A-Z]{3}(?:REB|MIL|OPP|UAF|PTY|GOV)\w*", code) and code[:3] in iso:
            out.append(("nonstate", bench.words(names[0]), code[:3], CAMEO_TO_PLOVER[code[3:6]], PUBLISHED))
    return out


def korean_items(rng: random.Random, per_kind: int) -> list[tuple]:
    from readout.kb import agents
    from readout.kb.loader import kb

    nouns = sorted((n, s) for n, s in agents.nouns_ko().items() if s in AGENT_SECTORS and " " not in n)
    states = [c for c in kb().countries.countries if c.kind == "state" and c.ko]
    return [("ko-agent", f"{c.ko[0]} {noun}", c.code, sector, PUBLISHED)
            for noun, sector in rng.sample(nouns, min(per_kind, len(nouns))) for c in [rng.choice(states)]]


def particle(word: str, pair: tuple[str, str]) -> str:
    last = word[-1]
    return pair[0] if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 else pair[1]


def sentence(kind: str, frame: str, text: str, gold: str) -> tuple[str, str]:
    """(sentence, the frame's own state)."""
    other = OTHER["PER"] if gold == "PER" else OTHER[None]
    code = "CHL" if gold == "PER" else "PER"
    if kind.startswith("ko-"):
        s = KO_FRAMES[frame].format(a=text, T=other[2], C=other[3], top=particle(text, ("은", "는")),
                                    wa=particle(text, ("과", "와")),
                                    ul=particle(text, ("을", "를")))
        return s, code
    tmpl = FRAMES[frame]
    a = text[0].upper() + text[1:]
    return tmpl.format(A=a, a=text, T=other[0], C=other[1]), code


def judge(events, gold: str, sector: str, own: str) -> tuple[str, list]:
    sides = [(p.country, p.sector) for e in events for p in (*e.participants, *e.recipients)]
    others = [s for s in sides if s != (own, "GOV")]
    def country_ok(c):
        return c == gold or gold in IGOS and c in IGOS
    if any(country_ok(c) and s == sector for c, s in others):
        return "ok", sides
    if any(country_ok(c) for c, _ in others):
        return "wrong-sector", sides
    if others:
        return "wrong-country", sides
    return "no-actor", sides


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=120)
    ap.add_argument("--kinds")
    ap.add_argument("--frames", default="subject,object,meet")
    ap.add_argument("--misses", type=Path)
    ap.add_argument("--seed", type=int, default=66)
    args = ap.parse_args()
    from readout.api import extract_text
    from readout.errors import UnsupportedInput

    rng = random.Random(args.seed)
    items = agent_items(rng, args.per_kind) + country_items() + igo_items() + nonstate_items() + \
        korean_items(rng, args.per_kind)
    by_kind = defaultdict(list)
    for it in items:
        by_kind[it[0]].append(it)
    wanted = set(args.kinds.split(",")) if args.kinds else set(by_kind)
    frames = args.frames.split(",")
    from readout.kb.agents import meeting_sectors
    meeting = meeting_sectors() | {"IGO"}
    counts: dict[str, Counter] = defaultdict(Counter)
    miss_rows = []
    for kind in sorted(k for k in by_kind if k in wanted):
        pool = by_kind[kind]
        for _, text, gold, sector, when in rng.sample(pool, min(args.per_kind, len(pool))):
            for frame in frames:
                if frame == "meet" and sector not in meeting:
                    continue  # civilians, the press, companies are received, not met as parties (agents.yaml)
                sent, own = sentence(kind, frame, text, gold)
                try:
                    evs = extract_text(sent, published=when).events
                except UnsupportedInput:
                    evs = []
                verdict, got = judge(evs, gold, sector, own)
                counts[(kind, frame)][verdict] += 1
                if verdict != "ok":
                    miss_rows.append(f"{kind}\t{frame}\t{verdict}\t{gold}/{sector}\t{got}\t{when}\t{sent}")
    verdicts = ("ok", "wrong-sector", "wrong-country", "no-actor")
    print(f"{'kind':15}{'frame':9}" + "".join(f"{v:>15}" for v in verdicts) + f"{'total':>7}{'miss':>7}")
    for (kind, frame), c in sorted(counts.items()):
        n = sum(c.values())
        print(f"{kind:15}{frame:9}" + "".join(f"{c[v]:>15}" for v in verdicts) + f"{n:>7}"
              f"{1 - c['ok'] / n:>7.2f}")
    if args.misses:
        args.misses.write_text("\n".join(miss_rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
