#!/usr/bin/env python3
"""Systematic sweep of Korean PLOVER coverage (issue 15, koplover60b): every entry of the Korean act lexicons
(readout/data/lexicon/ko_acts.yaml and ko_acts_cameo.yaml) put in the sentence frame it declares, with invented
sides, in seven grammatical shapes, run through readout.api.extract_text, the misses counted by type and shape and
listed by class. The Korean twin of scripts/sweep_en_plover.py.

Sides: Peru (페루) acts, Chile (칠레) receives, Bolivia (볼리비아) reports. The receiving side stands where the
entry's first `target` label puts it: "object" -> '칠레를 V' ('칠레의 N을 V' for a noun + verb pair, whose noun
is the object), '에' -> '칠레에 (N을) V', '에 대해', '에 대한', '와', '을 향해', '에서', '의', '로', and "subject"
(a passive) -> '칠레는 페루에 의해 V'; an entry with no target gets no receiving side. A pair's noun takes 을/를
unless its verb is one that takes its noun in 에 ('합의에 도달하다', DATIVE_NOUN_VERBS); a noun class ("@cue") is
read with its first noun. Entries read only under a further condition by design (generic pledges, void readings,
the cue-gated lemmas tests/lang/ko/test_acts.py also skips) are left out.

Shapes (the verb conjugated by kiwi, so irregular verbs come out right):
  past      '페루는 칠레를 규탄했다.'                        occurred
  reported  '볼리비아 외교부는 페루가 칠레를 규탄했다고 밝혔다.'  occurred (Peru acts, not the speaker)
  decided   '페루는 칠레를 규탄하기로 했다.'                 planned or occurred (a decision: readout reads some
                                                           decided acts as made when decided, docs/coding-choices.md)
  planned   '페루는 칠레를 규탄할 계획이다.'                  planned (or AGREE/THREATEN: a promise is said now)
  formal    '페루는 칠레를 규탄했습니다.'                     occurred
  known     '페루는 칠레를 규탄한 것으로 알려졌다.'           occurred
  nominal   '칠레에 대한 페루의 규탄이 이어졌다.'             occurred; only where the lemma is a verbal noun + 하다
            (or a pair on one: '철회 요구'), the partner frame '페루와 칠레의 협정 체결이 이뤄졌다'
  light     '페루는 칠레에 대한 공습을 감행했다.'             occurred; a verbal noun or a nominal entry of a type a
            light verb of force realizes (LIGHT_VERB)

Verdicts: `ok`, `no-event` (nothing read), `wrong-type` (only other types), `wrong-sides` (the type, but not Peru
acting and Chile receiving; Chile acting too is right for the mutual types), `wrong-status` (the type and sides with
the wrong status, or negated). Nothing from the evaluation data is read.

usage: PYTHONPATH=. python scripts/sweep_ko_plover.py [--types SANCTION,ACCUSE,...] [--shapes past,planned,...]
       [--per-type N] [--seed S] [--limit N] [--out FILE.jsonl] [--misses K]
  --per-type N  a seeded sample of N entries per type (0: every entry; the full sweep is ~7000 entries x 7 shapes,
                hours on a shared core: sample it, e.g. --per-type 15 is ~2000 sentences, ~8 min)
  --limit N     stop after N sentences;  --misses K  print K example misses per class (default 5)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHAPES = ("past", "reported", "decided", "planned", "formal", "known", "nominal", "light")
ACTOR, TARGET, SPEAKER = ("페루", "PER"), ("칠레", "CHL"), ("볼리비아", "BOL")
MUTUAL = {"CONSULT", "AGREE", "COOPERATE"}
# the future of an act may be read as the promise of it (AGREE) or the threat of it (THREATEN), as in English
PROMISED = {"AGREE", "THREATEN"}
# the light verb of force that realizes a verbal noun of the type ('공습을 감행했다', '제재를 단행했다', '시위를 펼쳤다')
LIGHT_VERB = {"ASSAULT": "감행하다", "SANCTION": "단행하다", "COERCE": "단행하다", "PROTEST": "펼치다",
              "MOBILIZE": "단행하다"}
LIGHT_VERBS_ALL = {"하다", "실시하다", "진행하다", "단행하다", "감행하다", "강행하다", "벌이다", "펼치다", "전개하다", "개최하다",
                   "가하다", "취하다", "개시하다", "시작하다"}
# verbs that take their noun in 에, not 을/를 ('합의에 도달했다', '단식에 돌입했다', '회담에 응했다')
DATIVE_NOUN_VERBS = {"도달하다", "이르다", "돌입하다", "나서다", "들어가다", "응하다", "오르다", "동참하다", "참여하다",
                     "가입하다", "참가하다", "합류하다", "착수하다", "복귀하다", "동의하다", "반대하다", "찬성하다",
                     "항의하다", "대응하다", "대처하다", "맞서다", "가세하다", "호응하다", "임하다"}
# where the label names a place, not a receiving side, as readout reads it in both languages: troops sent to a state
# ('칠레에 병력을 배치했다', 'deployed troops to Chile') are no act aimed at it; a curfew or martial law is the
# actor's own people's (the frame is built, the receiving side not asked for)
PLACE_LABELS = {"MOBILIZE": ("에", "에게", "로", "에서")}
DOMESTIC_MODES = {"curfew", "martial-law"}
# target label -> (frame before a bare verb, frame before a pair's noun); {T} the receiving side
FRAMES = {
    "object": ("{T}를", "{T}의"), "에": ("{T}에", "{T}에"), "에게": ("{T}에", "{T}에"), "한테": ("{T}에", "{T}에"),
    "께": ("{T}에", "{T}에"), "에 대해": ("{T}에 대해", "{T}에 대해"), "에 대해서": ("{T}에 대해", "{T}에 대해"),
    "에 관해": ("{T}에 대해", "{T}에 대해"), "에 관한": ("{T}에 대해", "{T}에 관한"),
    "에 대한": ("{T}에 대해", "{T}에 대한"), "와": ("{T}와", "{T}와"), "과": ("{T}와", "{T}와"),
    "하고": ("{T}와", "{T}와"), "을 향해": ("{T}를 향해", "{T}를 향해"), "을 겨냥해": ("{T}를 겨냥해", "{T}를 겨냥해"),
    "에서": ("{T}에서", "{T}에서"), "의": ("{T}의 조치를", "{T}의"), "로": ("{T}로", "{T}로"),
}


@dataclass(frozen=True)
class Item:
    """One sentence of the sweep: the entry it was built from, its shape, and what readout should read."""

    key: str
    type: str
    mode: str | None
    source: str
    shape: str
    text: str
    status: tuple[str, ...]
    has_target: bool


@lru_cache(maxsize=1)
def kiwi():
    from kiwipiepy import Kiwi
    return Kiwi()


@lru_cache(maxsize=None)
def stem(lemma: str) -> tuple[tuple[str, str], ...]:
    """The morphemes of a verb lemma without its 다: what an ending is joined to."""
    toks = [(t.form, t.tag) for t in kiwi().tokenize(lemma)]
    toks = toks[:-1] if toks and toks[-1][0] == "다" else toks
    if len(toks) == 1 and toks[0][1].split("-")[0] in ("VV", "VA", "VX") or len(toks) == 2 and toks[1][1] in (
            "XSV", "XSA", "XSA-I"):
        return tuple(toks)
    return ((lemma[:-1], "VV"),)  # a stem kiwi splits ('높이다' as 높 + 이): joined whole, as a regular verb


def conj(lemma: str, *ending: tuple[str, str]) -> str:
    return kiwi().join(list(stem(lemma)) + list(ending))


def verbal_noun(lemma: str) -> str | None:
    """'규탄하다' -> '규탄': a Sino-Korean verbal noun + 하다, the form a nominal shape states the act with."""
    morphs = stem(lemma)
    if len(morphs) == 2 and morphs[0][1] == "NNG" and morphs[1] == ("하", "XSV"):
        return morphs[0][0]
    return None


def has_coda(word: str) -> bool:
    last = word[-1]
    return not "가" <= last <= "힣" or (ord(last) - 0xAC00) % 28 != 0


def particle(word: str, coda: str, vowel: str) -> str:
    return word + (coda if has_coda(word) else vowel)


def fill(frame: str, name: str) -> str:
    """'{T}를' with a name: the particle chosen by the name's last sound ('칠레를', '페루와', '칠레는')."""
    for coda, vowel in (("을", "를"), ("과", "와"), ("은", "는")):
        frame = frame.replace("{T}" + vowel, particle(name, coda, vowel))
    return frame.replace("{T}", name)


def gated(entry, lex) -> bool:
    """An entry readout reads only under a further condition by design (tests/lang/ko/test_acts.py's list)."""
    if getattr(entry, "void", False) or getattr(entry, "generic", False):
        return True
    lemma_cues = ("pledge_only", "detected_verb", "hope_verb", "clash_verb", "doom_verb", "spoken_attack_verb",
                  "standing_accord_verb")
    key_cues = ("doom_verb", "deterrence_key", "stance_kept", "priced_lemma")
    if any(entry.lemma in lex.cue(c) for c in lemma_cues) or any(entry.key in lex.cue(c) for c in key_cues):
        return True
    if entry.noun in lex.cue("agenda_noun") or entry.noun == "@explosive_noun":
        return True
    return entry.noun == "@ousted_leader_noun" and entry.lemma in lex.cue("ousting_verb")


def frame_of(entry, lex) -> tuple[str, str, bool] | None:
    """(the words before the verb with {T} for the receiving side, the noun of a pair, target expected), or None
    where the entry's frame is one the sweep does not build (주재, 산)."""
    noun = ""
    if entry.noun:
        noun = lex.file.cues[entry.noun[1:]][0] if entry.noun.startswith("@") else entry.noun
    labels = list(entry.target)
    if not labels:
        return ("", noun, False)
    label = next((t for t in labels if t in FRAMES or t == "subject"), None)
    if label is None:
        return None
    if label == "subject":
        return ("{T}는 {A}에 의해", noun, True)
    aimed = label not in PLACE_LABELS.get(entry.type, ()) and entry.mode not in DOMESTIC_MODES
    return (FRAMES[label][1 if noun else 0], noun, aimed)


def noun_phrase(noun: str, verb: str) -> str:
    if not noun:
        return ""
    if noun.endswith("히"):
        return noun  # an adverb of the pair ('강력히 대응하다')
    if verb in DATIVE_NOUN_VERBS:
        return noun + "에"
    return particle(noun, "을", "를")


def sentences(entry, lex) -> list[tuple[str, str, tuple[str, ...], bool]]:
    """(shape, sentence, statuses accepted, target expected) for one entry."""
    built = frame_of(entry, lex)
    if built is None:
        return []
    frame, noun, has_target = built
    passive = frame.startswith("{T}는")
    verb = LIGHT_VERB.get(entry.type, "하다") if entry.pos == "noun" else entry.lemma
    if entry.pos == "noun":  # a nominal entry: stated with a light verb, in the frame of a pair's noun
        frame, noun = FRAMES.get(next(iter(entry.target), ""), ("", ""))[1], entry.lemma.replace(" ", "")
    args = fill(frame.replace("{A}", ACTOR[0]), TARGET[0]) + " " + noun_phrase(noun, verb)
    args = " ".join(args.split())
    subj = "" if passive else particle(ACTOR[0], "은", "는") + " "
    emb_subj = "" if passive else particle(ACTOR[0], "이", "가") + " "
    past = conj(verb, ("었", "EP"), ("다", "EF"))
    out = [("past", f"{subj}{args} {past}.", ("occurred",)),
           ("reported", f"{SPEAKER[0]} 외교부는 {emb_subj}{args} {conj(verb, ('었', 'EP'), ('다고', 'EC'))} 밝혔다.",
            ("occurred",)),
           ("decided", f"{subj}{args} {conj(verb, ('기', 'ETN'), ('로', 'JKB'))} 했다.", ("planned", "occurred")),
           ("planned", f"{subj}{args} {conj(verb, ('ᆯ', 'ETM'))} 계획이다.", ("planned",)),
           ("formal", f"{subj}{args} {conj(verb, ('었', 'EP'), ('습니다', 'EF'))}.", ("occurred",)),
           ("known", f"{subj}{args} {conj(verb, ('ᆫ', 'ETM'))} 것으로 알려졌다.", ("occurred",))]
    if not passive:
        out += nominal_shapes(entry, frame, noun, has_target)
    return [(shape, " ".join(text.split()), status, has_target) for shape, text, status in out]


def nominal_shapes(entry, frame: str, noun: str, has_target: bool) -> list[tuple[str, str, tuple[str, ...]]]:
    """The act stated by its noun: '칠레에 대한 페루의 규탄이 이어졌다', '페루는 칠레에 대한 공습을 감행했다'."""
    vn = verbal_noun(entry.lemma)
    if entry.pos == "noun" or noun and entry.lemma in LIGHT_VERBS_ALL:
        vn = entry.lemma.replace(" ", "") if entry.pos == "noun" else noun  # the act noun a light verb realizes
    elif vn and noun and noun.replace(" ", "").endswith(vn):
        vn = noun  # the pair's noun already ends in the verb's noun ('식량 지원' + 지원하다)
    elif vn and noun and not noun.endswith("히"):
        vn = f"{noun} {vn}"  # a pair on a verbal noun: '철회 요구'
    if not vn:
        return []
    partner = frame.startswith("{T}와")
    owner = f"{particle(ACTOR[0], '과', '와')} {TARGET[0]}의" if partner else (
        f"{TARGET[0]}에 대한 {ACTOR[0]}의" if has_target else f"{ACTOR[0]}의")
    went_on = "이뤄졌다" if partner else "이어졌다"  # an accord of two takes place, a demand or a strike goes on
    out = [("nominal", f"{owner} {particle(vn, '이', '가')} {went_on}.", ("occurred",))]
    light = LIGHT_VERB.get(entry.type)
    if light and not entry.noun and entry.pos != "noun" and not partner:
        before = f"{TARGET[0]}에 대한 " if has_target else ""
        out.append(("light", f"{particle(ACTOR[0], '은', '는')} {before}{particle(vn, '을', '를')} "
                              f"{conj(light, ('었', 'EP'), ('다', 'EF'))}.", ("occurred",)))
    return out


def items(types: set[str], shapes: set[str], per_type: int = 0, seed: int = 60) -> list[Item]:
    """Every sentence of the sweep, or of a seeded sample of `per_type` entries per type."""
    from readout.lang.ko.act_table import act_index

    lex = act_index()
    by_type: dict[str, list] = defaultdict(list)
    for e in lex.file.entries:
        if e.type in types and not gated(e, lex):
            by_type[e.type].append(e)
    out, seen = [], set()
    rng = random.Random(seed)
    for typ in sorted(by_type):
        entries = by_type[typ]
        if per_type and len(entries) > per_type:
            entries = rng.sample(entries, per_type)
        for e in entries:
            source = (e.source or ["readout"])[0]
            for shape, text, status, has_target in sentences(e, lex):
                if shape in shapes and text not in seen:
                    seen.add(text)
                    out.append(Item(e.key, e.type, e.mode, source, shape, text, status, has_target))
    return out


def sample(size: int = 40, seed: int = 60) -> list[Item]:
    """A fixed sample of `size` sentences over every type and shape (tests/scripts/test_sweep_ko_plover.py runs it in
    CI): two entries per type, then `size` of their sentences, both drawn with `seed`."""
    from readout.lang.plover_tables import TYPES

    pool = items(set(TYPES), set(SHAPES), per_type=2, seed=seed)
    return random.Random(seed).sample(pool, min(size, len(pool)))


def ok_rate(rows: list[dict]) -> float:
    return sum(r["verdict"] == "ok" for r in rows) / max(len(rows), 1)


def judge(item: Item, events) -> tuple[str, list]:
    """The verdict on what readout read from the item's sentence, and what it read."""
    got = [(e.type, e.status, sorted(p.country or "-" for p in e.participants),
            sorted(p.country or "-" for p in e.recipients), bool(getattr(e, "negated", False))) for e in events]
    accepted = {item.type} | (PROMISED if item.shape in ("planned", "decided") else set())
    mine = [g for g in got if g[0] in accepted]
    if not got:
        return "no-event", got
    if not mine:
        return "wrong-type", got

    def sides_ok(g) -> bool:
        if ACTOR[1] not in g[2]:
            return False
        mutual = item.type in MUTUAL or g[0] == "AGREE"
        return not item.has_target or TARGET[1] in g[3] or mutual and TARGET[1] in g[2]

    def status_ok(g) -> bool:
        promise = g[0] in PROMISED and g[0] != item.type  # a promise or threat is made when it is said
        return not g[4] and (g[1] in item.status or promise)
    best = max(mine, key=lambda g: (sides_ok(g), status_ok(g)))
    if not sides_ok(best):
        return "wrong-sides", got
    return ("ok" if status_ok(best) else "wrong-status"), got


def run(selected: list[Item]) -> list[dict]:
    from readout.api import extract_text

    rows = []
    for it in selected:
        verdict, got = judge(it, extract_text(it.text, published="2026-03-12").events)
        rows.append({"type": it.type, "mode": it.mode, "key": it.key, "source": it.source, "shape": it.shape,
                     "text": it.text, "verdict": verdict, "got": got})
    return rows


CLASSES = ("ok", "no-event", "wrong-type", "wrong-sides", "wrong-status")


def report(rows: list[dict], misses: int) -> None:
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        counts[r["type"]][r["verdict"]] += 1
    print(f"{'type':10}" + "".join(f"{c:>14}" for c in CLASSES) + f"{'total':>8}")
    for t in sorted(counts):
        print(f"{t:10}" + "".join(f"{counts[t][c]:>14}" for c in CLASSES) + f"{sum(counts[t].values()):>8}")
    ok = sum(c["ok"] for c in counts.values())
    print(f"ok {ok}/{len(rows)} = {ok / max(len(rows), 1):.3f}")
    by_shape: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by_shape[r["shape"]][r["verdict"]] += 1
    print("by shape:", {s: f"{c['ok']}/{sum(c.values())}" for s, c in by_shape.items()})
    for cls in CLASSES[1:]:
        shown = [r for r in rows if r["verdict"] == cls][:misses]
        for r in shown:
            print(f"  {cls:13} {r['type']:9} {r['shape']:8} {r['key']:18} {r['text']}  -> {r['got']}")


def main() -> int:
    from readout.lang.plover_tables import TYPES

    ap = argparse.ArgumentParser()
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--per-type", type=int, default=15)
    ap.add_argument("--seed", type=int, default=60)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    selected = items(set(args.types.split(",")), set(args.shapes.split(",")), args.per_type, args.seed)
    if args.limit:
        selected = selected[:args.limit]
    rows = run(selected)
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report(rows, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
