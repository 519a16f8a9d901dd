"""Build readout/data/lexicon/ko_acts_cameo.yaml: the Korean predicates of every CAMEO code that maps to a PLOVER type.

    PYTHONPATH=. python scripts/data/build_ko_acts_cameo.py ../shared/data/open-event-data [--updated DATE]

Input: scripts/data/ko_acts_cameo_spec.yaml (our predicates, written per CAMEO code while walking PETRARCH2's
CAMEO.2.0.txt) and CAMEO2PLOVER-2021.txt (code -> PLOVER type, mode, contexts). Why a build step: readout never
reads ../shared at run time; the crosswalk rows the file names are copied into it so `readout kb check` can check
every entry's type against its code.

What it does, in order: each group of the spec becomes entries (verbs, "noun+verb" pairs, nouns x verbs, a noun
class "@cue" x verbs), typed by the crosswalk (or by `plover:` where readout follows the manual); an entry the main
lexicon already reads (the same verb, a pair its noun classes or verb synonyms already give, the same nominal) is
left to the main file; then every entry is tried on a sentence built from it, as tests/lang/ko/test_acts.py does,
and one kiwi does not restore to that lemma is dropped (a lexicon entry that can never match is a typo).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from readout.kb.unique_keys import refuse_repeated_keys  # noqa: E402
SPEC = ROOT / "scripts/data/ko_acts_cameo_spec.yaml"
MAIN = ROOT / "readout/data/lexicon/ko_acts.yaml"
OUT = ROOT / "readout/data/lexicon/ko_acts_cameo.yaml"

# where the receiving side stands when a group names none (the particle labels of ko_acts.yaml)
DEFAULT_TARGET = {
    "AGREE": ["와"], "CONSULT": ["와"], "SUPPORT": ["object", "에 대해"], "CONCEDE": ["에", "에게"],
    "COOPERATE": ["와"], "AID": ["에", "에게"], "RETREAT": ["object"], "REQUEST": ["에", "에게"],
    "ACCUSE": ["object", "에 대해"], "REJECT": ["object", "의"], "THREATEN": ["에", "에게", "을 향해"],
    "PROTEST": ["에 대해"], "SANCTION": ["에 대한", "에 대해"], "MOBILIZE": [], "COERCE": ["object"],
    "ASSAULT": ["object"],
}


def crosswalk(folder: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    """CAMEO code -> (PLOVER type, mode, contexts) from CAMEO2PLOVER-2021.txt."""
    out = {}
    for line in (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if m:
            contexts = [c.strip() for c in m.group(4).replace(";", ",").split(",") if c.strip()]
            out[m.group(1)] = (m.group(2), m.group(3).strip() or None, contexts)
    return out


def known(main: dict) -> tuple[set[str], dict[str, dict[str, str]], set[str]]:
    """What the main lexicon already reads: verbs, pairs (verb -> noun -> type, noun classes and verb synonyms
    expanded), nominals."""
    sq = lambda t: t.replace(" ", "")  # noqa: E731
    verbs, pairs, nominals = set(), {}, set()
    for e in main["entries"]:
        if e.get("pos") == "noun":
            nominals.add(sq(e["lemma"]))
        elif e.get("noun", "").startswith("@"):
            for n in main["cues"][e["noun"][1:]]:
                pairs.setdefault(e["lemma"], {}).setdefault(sq(n), e["type"])
        elif e.get("noun"):
            pairs.setdefault(e["lemma"], {})[sq(e["noun"])] = e["type"]
        else:
            verbs.add(e["lemma"])
    for alias in main["cues"].get("verb_alias", []):
        verb, _, canon = alias.partition("=")
        pairs[verb] = {**pairs.get(canon, {}), **pairs.get(verb, {})}
    return verbs, pairs, nominals


def read_by_head(noun: str, typ: str, verb_pairs: dict[str, str]) -> bool:
    """The main file already reads this compound through its head with the same type ('대화 제안' through
    '제안', '비상경계령' through '경계령'): the finder takes the longest key, so a new entry would only change
    the main file's reading."""
    squashed = noun.replace(" ", "")
    return any(squashed.endswith(head) and t == typ for head, t in verb_pairs.items() if head != squashed)


def main_reads(noun: str | None, verb: str, typ: str, main: dict, verbs: set[str], pairs: dict, nominals: set[str]) -> bool:
    """Whether the main file's rules already decide this predicate, so a new entry would override them: a
    pair on a verb the main file reads alone as another type ('시위대를 진압했다': its 진압하다); a pair on a light
    verb whose noun is already an act noun ('공격을 감행했다': the light verb realizes 공격하다, or a longer
    nominal before it); a verb that is a main pair written as one word ('공동대응하다' = 공동 + 대응하다)."""
    sq = noun.replace(" ", "") if noun else ""
    if noun and not noun.startswith("@"):
        if verb in verbs and main_type(main, verb) != typ or sq + verb in verbs and main_type(main, sq + verb) != typ:
            return True  # the verb's own reading, or a main verb of another type written as one word
        # plover54: a main verb of the same type written as one word does not read the pair written apart with a
        # particle ('무장을 해제했다'): the pair is kept, and it reads the one word too (kiwi splits '무장해제했다'),
        # so the main file lists no such one-word verb (tests/lang/ko/test_acts.py, every lemma restored)
        if verb in main["cues"]["light_verb"] and (sq in nominals or sq + "하다" in verbs):
            return True
        return False
    if noun is None:  # a verb whose tail is a main verb ('공동대응하다': 공동 + 대응하다) or a main pair in one word
        return any(verb[i:] in verbs for i in range(1, len(verb) - 3)) \
            or any(verb == n + v for v, ns in pairs.items() for n in ns)
    return False


def main_type(main: dict, verb: str) -> str | None:
    return next((e["type"] for e in main["entries"] if e["lemma"] == verb and not e.get("noun")), None)


def entries(spec: dict, walk: dict, main: dict) -> tuple[list[dict], dict[str, str]]:
    """The spec's groups as lexicon entries (main file's readings left out), and the crosswalk rows they name."""
    from readout.lang.plover_tables import CONTEXTS, MODES

    verbs, pairs, nominals = known(main)
    classes = {(e["noun"], e["lemma"]) for e in main["entries"] if e.get("noun", "").startswith("@")}
    sq = lambda t: t.replace(" ", "")  # noqa: E731
    out, seen, used = [], set(), {}
    for g in spec["groups"]:
        if "cameo" in g:
            typ, mode, ctx = walk[g["cameo"]]
            source = f"cameo:{g['cameo']}"
            used[g["cameo"]] = typ
        else:
            typ, mode, ctx, source = g["plover"], None, [], f"plover:{g['plover']}"
        mode = g["mode"] if "mode" in g else mode
        if mode is None and typ == "AID":  # the crosswalk writes readout's AID modes as contexts (071 economic)
            mode = next((c for c in ctx if c in MODES[typ]), None)
        mode = mode if mode in MODES[typ] else None
        contexts = [c for c in g.get("contexts", ctx) if c in CONTEXTS]
        base = {"type": typ, **({"mode": mode} if mode else {}), **({"contexts": contexts} if contexts else {}),
                "target": g.get("target", DEFAULT_TARGET[typ]), **({"generic": True} if g.get("generic") else {}),
                "source": [source]}
        items = [(None, v) for v in g.get("verbs", [])]
        items += [tuple(p.split("+")) for p in g.get("pairs", [])]
        items += [(n, v) for n in g.get("nouns", []) for v in g.get("with", [])]
        items += [(f"@{c}", v) for c in g.get("classes", []) for v in g.get("with", [])]
        for noun, verb in items:
            if " " in verb or not verb.endswith("다"):
                continue  # a phrase, not a lemma kiwi restores
            if noun is None:
                key, skip = (verb,), verb in verbs
            elif noun.startswith("@"):
                key, skip = (noun, verb), (noun, verb) in classes
            else:
                key = (sq(noun), verb)
                skip = sq(noun) in pairs.get(verb, {}) or read_by_head(noun, typ, pairs.get(verb, {}))
            if skip or key in seen or main_reads(noun, verb, typ, main, verbs, pairs, nominals):
                continue
            seen.add(key)
            out.append({**({"noun": noun} if noun else {}), "lemma": verb, **base})
    out = [e for e in out if not redundant(e, out, main)]
    for n in spec.get("nominals", []):
        if sq(n["lemma"]) not in nominals and (sq(n["lemma"]),) not in seen:
            seen.add((sq(n["lemma"]),))
            out.append({"lemma": n["lemma"], "pos": "noun", **{k: v for k, v in n.items() if k != "lemma"}})
    return out, used


def redundant(e: dict, new: list[dict], main: dict) -> bool:
    """A pair whose noun ends in a word the same verb already pairs with, to the same reading ('반미 시위' +
    벌이다 beside '시위' + 벌이다): the finder reads the compound through its head, so the entry adds nothing."""
    noun = e.get("noun")
    if not noun or noun.startswith("@") or " " not in noun:
        return False
    words = noun.split(" ")
    heads = {" ".join(words[i:]) for i in range(1, len(words))}
    sq = lambda t: t.replace(" ", "")  # noqa: E731
    heads = {sq(h) for h in heads}
    for other in (*new, *main["entries"]):
        n = other.get("noun")
        if n and not n.startswith("@") and other["lemma"] == e["lemma"] and sq(n) in heads \
                and other["type"] == e["type"] and other.get("mode") == e.get("mode"):
            return True
    return False


def flow(e: dict) -> str:
    """One entry as a YAML flow mapping on one line (the main file's style)."""
    def val(v):
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if isinstance(v, bool):
            return "true" if v else "false"
        text = str(v)
        return f'"{text}"' if text[:1] in "@*&!%" or ":" in text or text in ("null", "true", "false") else text
    return "{" + ", ".join(f"{k}: {val(v)}" for k, v in e.items()) + "}"


def write(out: list[dict], used: dict[str, str], updated: str) -> None:
    types = sorted({e["type"] for e in out})
    header = f"""# Korean act lexicon, CAMEO supplement: the Korean predicates of every CAMEO code that maps to a PLOVER type.
#
# Source: written for readout while walking PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data
#   Alliance, MIT) category by category, typed by the CAMEO-to-PLOVER crosswalk (CAMEO2PLOVER-2021.txt, P. Schrodt)
#   with the modes of the PLOVER manual (PLOVER_MANUAL.tex, CC BY-SA 4.0): Sino-Korean act nouns with 하다,
#   support-verb constructions, native verbs, idioms and press register, as Korean news states the acts. No article
#   text was copied. Built by scripts/data/build_ko_acts_cameo.py from scripts/data/ko_acts_cameo_spec.yaml; do not
#   edit by hand. An entry the main lexicon (ko_acts.yaml) already reads is left to it; every entry was found by
#   readout's finder in a sentence built from it.
# Licence: CC BY-SA 4.0 (follows the manual the type and mode definitions come from).
# Size: {len(out)} entries over {len(used)} CAMEO codes and {len(types)} PLOVER types. Version 1, updated {updated}.
#
# Entries: the forms of ko_acts.yaml (lemma; noun + lemma pair; "@cue" noun class of the main file's cues); source:
#   cameo:CODE (type from `crosswalk`, checked at load) or plover:TYPE (readout follows the manual's type: sanctions
#   SANCTION, remorse CONCEDE, resignations RETREAT resign, sentences SANCTION convict).
"""
    lines = [header, "version: 1", f"updated: {updated}", "language: ko", "crosswalk:"]
    lines += [f'  "{code}": {typ}' for code, typ in sorted(used.items())]
    lines.append("entries:")
    lines += [f"  - {flow(e)}" for e in out]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


VERIFY = r"""
import json, sys
from readout.lang.ko.act_table import act_index
from readout.lang.ko.acts import find_acts
from readout.lang.ko.sentences import kiwi
lex = act_index(); k = kiwi(); bad = []
def obj(n):
    last = n[-1]
    return n + ("을" if not "가" <= last <= "힣" or (ord(last) - 0xAC00) % 28 else "를")
for e in lex.file.entries:
    if "cameo:" not in "".join(e.source) and "plover:" not in "".join(e.source):
        continue
    if e.pos == "noun":
        text, key = f"그들은 {e.lemma}에 대해 말했다.", e.key
    elif e.noun:
        word = lex.file.cues[e.noun[1:]][0] if e.noun.startswith("@") else e.noun
        text, key = f"그들은 {obj(word)} {e.lemma[:-1]}고 있다.", f"{word}+{e.lemma}"
    else:
        text, key = f"그들은 그것을 {e.lemma[:-1]}고 있다.", e.key
    toks = [(t.form, t.tag, t.start, t.len) for t in k.tokenize(text)]
    if not any(h.lemma == key for h in find_acts(text, toks)):
        bad.append([e.lemma, e.noun])
print(json.dumps(bad, ensure_ascii=False))
"""


def verify() -> list[tuple[str, str | None]]:
    """The entries the finder does not find in a sentence built from them (run in a fresh process: the index is
    cached per process and on disk under the package's hash, which the new file changes)."""
    res = subprocess.run([sys.executable, "-c", VERIFY], cwd=ROOT, capture_output=True, text=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    if res.returncode:
        sys.exit(res.stderr)
    import json
    return [tuple(x) for x in json.loads(res.stdout.strip().splitlines()[-1])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="../shared/data/open-event-data")
    ap.add_argument("--updated", default=date.today().isoformat())
    args = ap.parse_args()
    refuse_repeated_keys(SPEC.read_text(encoding="utf-8"), SPEC.name)  # YAML would keep the last silently
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    main_file = yaml.safe_load(MAIN.read_text(encoding="utf-8"))
    out, used = entries(spec, crosswalk(args.folder), main_file)
    write(out, used, args.updated)
    bad = set(verify())
    kept = [e for e in out if (e["lemma"], e.get("noun")) not in bad]
    used = {c: t for c, t in used.items() if any(f"cameo:{c}" in e["source"] for e in kept)}
    write(kept, used, args.updated)
    print(f"{len(kept)} entries written ({len(out) - len(kept)} dropped: not restored by kiwi as written)")
    for lemma, noun in sorted(bad, key=str):
        print(f"  dropped {noun + '+' if noun else ''}{lemma}")


if __name__ == "__main__":
    main()
