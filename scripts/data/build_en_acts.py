#!/usr/bin/env python3
"""Build readout/data/lexicon/en_acts.yaml from PETRARCH2's CAMEO verb dictionary, the CAMEO-to-PLOVER
crosswalk, and readout's own additions (scripts/data/en_acts_additions.yaml).

    python scripts/data/build_en_acts.py ../shared/data/open-event-data [--out FILE] [--updated DATE]

Why a build step and not a runtime reader: readout never reads ../shared at run time, and the
dictionary holds patterns a flat clause reader cannot check (noun-phrase slots, subject words). Here
each pattern is reduced to a verb, an optional particle and an optional object head list; patterns
that need more are dropped. Where one key (lemma, particle, objects) carries several CAMEO codes,
the reading with the fewest dropped pattern parts wins, then the PLOVER type most of its codes give.
The output is deterministic: the same inputs give the same file (tests/lang/en/test_acts.py checks).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cameo_dict import Block, Plover, clean_code, read_crosswalk, read_dictionary  # noqa: E402
from inflect import noun_forms, verb_forms  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ADDITIONS = Path(__file__).resolve().parent / "en_acts_additions.yaml"
OUT = ROOT / "readout" / "data" / "lexicon" / "en_acts.yaml"
VERSION = 1

sys.path.insert(0, str(ROOT))
from readout.lang.act_schema import ActLexiconFile  # noqa: E402
from readout.lang.plover_tables import CONTEXTS, MODES  # noqa: E402
from readout.kb.unique_keys import refuse_repeated_keys  # noqa: E402

PARTICLES = {"up", "down", "out", "off", "away", "back", "forward", "aside", "over", "in", "on", "to",
             "for", "with", "against", "from", "at", "into", "toward", "towards", "upon", "of", "by",
             "about", "under", "behind", "before", "after", "through", "across", "around"}
TARGET_PREPS = {"on", "against", "to", "with", "from", "at", "into", "toward", "towards", "upon"}
FUNCTION_WORDS = {"a", "an", "the", "not", "no", "it", "its", "their", "his", "her", "them", "itself",
                  "himself", "themselves", "will", "that", "this", "which", "who", "and", "or"}
# CAMEO 02 (APPEAL) is "dropped" in the crosswalk, but PLOVER REQUEST is "all requests, demands and
# orders": appeals are requests. Their modes follow the parallel DEMAND codes (10x).
APPEAL_MODES = {"020": None, "021": "assist", "022": "assist", "023": "assist", "024": "change",
                "025": "yield", "026": "meet", "027": "meet", "028": "meet"}
# Crosswalk modes that are not (or no longer) the manual's, mapped to the manual's names.
MODE_FIX = {("RETREAT", "return"): None, ("RETREAT", "ease"): None, ("THREATEN", "ban"): "restrict",
            ("THREATEN", "political"): "restrict", ("COERCE", "ban"): "restrict",
            ("ASSAULT", "assassinate"): "targeted", ("ASSAULT", "massacre"): "targeted",
            ("ASSAULT", "cleansing"): None, ("ASSAULT", "pro_autocracy"): None,
            ("ASSAULT", "seize"): "destroy"}
CONTEXT_FIX = {"democracy": "pro_democracy"}
# Code-level corrections where the manual and the crosswalk differ (the manual wins): international
# sanctions are SANCTION 'discontinue'; CAMEO 195 is aerial weapons; expelling individuals is COERCE.
# Signing a formal agreement (057) is AGREE here, as readout's annotation and the Korean lexicon code
# it (서명하다, 체결하다), though the manual lists it under SUPPORT: users count signed agreements there.
CODE_FIX = {"057": Plover("AGREE", None, ("diplomatic",)),
            "163": Plover("SANCTION", "discontinue", ("economic",)),
            "195": Plover("ASSAULT", "aerial", ("military",)),
            "174": Plover("COERCE", "deport", ("legal",))}


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: 'on', 'off', 'no', 'yes' are words here (prepositions, particles, cues)."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


# CAMEO 143 "conduct strike or boycott" is one code for two of the manual's PROTEST modes: a pattern whose object
# names a strike or a work stoppage ("held a strike", "went on strike", "observed a general strike") is a strike,
# not the boycott the crosswalk gives the code (the manual's PROTEST strike: "strike or work stoppage").
STRIKE_OBJECTS = frozenset({"strike", "strikes", "work", "works", "walkout", "walkouts", "stoppage", "stoppages"})


def strike_reading(p: Plover, objects: tuple[str, ...]) -> Plover:
    """A PROTEST boycott reading whose object's head word names a strike (`STRIKE_OBJECTS`) -> PROTEST strike."""
    if p.type == "PROTEST" and p.mode == "boycott" and any(o.split()[-1] in STRIKE_OBJECTS for o in objects):
        return Plover(p.type, "strike", p.contexts)
    return p


def plover(code: str | None, table: dict[str, Plover]) -> Plover | None:
    """A CAMEO code's PLOVER reading, with the manual's corrections; None when PLOVER drops it."""
    if not code or not code[:2].isdigit() or code.startswith("01"):
        return None
    if code in CODE_FIX:
        return CODE_FIX[code]
    if code.startswith("02"):
        return Plover("REQUEST", APPEAL_MODES.get(code[:3]), ())
    for n in (len(code), 3, 2):
        if code[:n] in table:
            p = table[code[:n]]
            break
    else:
        return None
    mode = MODE_FIX.get((p.type, p.mode), p.mode) if p.mode else None
    contexts = tuple(CONTEXT_FIX.get(c, c) for c in p.contexts)
    contexts = tuple(c for c in contexts if c in CONTEXTS)
    if p.type == "AID" and contexts and contexts[0] in MODES["AID"]:
        mode = contexts[0]
    if mode not in MODES[p.type]:
        mode = None
    return Plover(p.type, mode, contexts)


def words_of(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """A pattern element's words: '&WEAPON' -> its synonyms (with plurals), '{AIR STRIKE}' -> 'air strike'."""
    token = token.strip("{}() ")
    if token.startswith("&") and " " not in token:
        name = token[1:].lower()
        return [f"&{name}"] if name.upper() in synsets else []
    text = " ".join(t.strip("&") for t in token.split()).replace("_", " ").lower()
    return noun_forms(text) if text and " " not in text and text.isalpha() else [text]


ELEMENT_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def set_words(name: str, synsets: dict[str, list[str]]) -> list[str]:
    """A synonym set's words with plurals (a trailing '_' in PETRARCH means: no plural)."""
    out: list[str] = []
    for w in synsets.get(name.upper(), []):
        plain = w.rstrip("_").replace("_", " ").lower().strip()
        if plain:
            out += [plain] if w.endswith("_") else noun_forms(plain)
    return sorted(set(out))


def reduce_pattern(text: str, synsets: dict[str, list[str]]) -> tuple[str | None, list[str], bool, int] | None:
    """'* (FOR SANCTIONS)' -> (particle 'for', objects ['sanctions'], object-target flag, parts dropped).

    None when the pattern needs what a flat reader cannot check: words before the verb, negation,
    wildcards or more than one slot."""
    elements = ELEMENT_RE.findall(text)
    if not elements or elements[0] != "*" or any(ch in text for ch in "^%/|"):
        return None
    rest = elements[1:]
    object_target = bool(rest) and rest[0] == "+"
    rest = [e for e in rest if e not in ("+", "$")]
    if not rest:
        return (None, [], object_target, 0)
    first = rest[0]
    lower = first.lower()
    if "not" in lower.split() or "{" in first and "(" in first:
        return None
    particle: str | None = None
    objects: list[str] = []
    used = 1
    if first.startswith("("):
        inner = ELEMENT_RE.findall(first[1:-1])
        if not inner or inner[0].lower() not in PARTICLES:
            return None
        particle = inner[0].lower()
        tail = [t for t in inner[1:] if t.lower() not in FUNCTION_WORDS and t not in ("+", "$")]
        if tail:
            objects = words_of(tail[-1], synsets)
            if not objects:
                return None
    elif lower in PARTICLES:
        particle = lower
        if len(rest) > 1 and not rest[1].startswith("("):
            objects, used = words_of(rest[1], synsets), 2
            if not objects:
                return None
        elif len(rest) > 1:
            inner = [t for t in ELEMENT_RE.findall(rest[1][1:-1]) if t.lower() not in FUNCTION_WORDS]
            if inner:
                particle = f"{particle} {inner[0].lower()}" if inner[0].lower() in PARTICLES else particle
                used = 2
    else:
        if lower in FUNCTION_WORDS:
            return None
        phrase = [first]
        while used < len(rest) and not rest[used].startswith(("(", "{", "&")) \
                and rest[used].lower() not in PARTICLES:
            phrase.append(rest[used])
            used += 1
        objects = words_of(" ".join(phrase), synsets) if len(phrase) > 1 else words_of(first, synsets)
    objects = [o for o in objects if o and o not in FUNCTION_WORDS]
    if particle is None and not objects:
        return None
    return (particle, sorted(set(objects)), object_target, len(rest) - used)


def verb_lemma(word: str) -> tuple[str, str | None]:
    """'CALL_OFF' -> ('call', 'off'); 'ASK' -> ('ask', None)."""
    parts = word.lstrip("+").lower().split("_")
    parts = [p for p in parts if p]
    return parts[0], (" ".join(parts[1:]) or None)


def candidate_entries(blocks: list[Block], synsets: dict[str, list[str]], table: dict[str, Plover],
                      deny: set[str], receipt: frozenset[str] = frozenset()) -> dict[tuple, dict]:
    """Every (lemma, particle, objects) key with the CAMEO readings that give it. A pattern coded for its
    target (':071', "RECEIVE * LOAN": the other side gave it) is kept when it is aid received with a verb of
    receiving (`receipt`, the cue `receipt_verbs`): the English reader turns such a hit around
    (act_noun_agents.received_aid: the subject receives, the one after "from" gives); other target codes stay
    dropped, since no reader turns them around."""
    cands: dict[tuple, dict] = defaultdict(lambda: {"forms": [], "votes": []})
    for block in blocks:
        lemmas = {}
        named_verbs = {v.word.lstrip("+").upper() for v in block.verbs}
        # (ploveren66) a comment naming a listed inflection of one of the block's verbs ("# THREW" under THROW
        # {... THREW ...}) names that verb: its patterns were given to the block's head ("hurl" + weight behind)
        inflected = {f.upper(): v.word.lstrip("+").upper() for v in block.verbs for f in v.forms
                     if f.upper() not in named_verbs}
        for v in block.verbs:
            lemma, particle = verb_lemma(v.word)
            if lemma in deny or lemma in ("is", "was", "be", "are", "been"):
                continue
            listed = [verb_lemma(f)[0] for f in v.forms]
            lemmas[v.word.lstrip("+").upper()] = (lemma, particle, listed)
            p = plover(v.code, table)
            if p:
                c = cands[(lemma, particle, ())]
                c["forms"] += listed
                c["votes"].append((0, v.code, p, False))
        for pat in block.patterns:
            p = plover(clean_code(pat.code), table) or received_aid_code(pat, block, lemmas, receipt, table)
            red = reduce_pattern(pat.text, synsets) if p else None
            if not red:
                continue
            particle, objects, object_target, lost = red
            # A pattern belongs to the verb its comment names (PETRARCH applies it to the whole
            # synonym set, which on flat text turns "order" + expulsion into "telephone" + expulsion).
            named = (pat.verb or "").upper().replace(" ", "_")
            named = inflected.get(named, named)
            if named in named_verbs:
                verbs = [lemmas[named]] if named in lemmas else []
            else:
                verbs = [lemmas[block.name]] if block.name in lemmas else []
            for lemma, vparticle, listed in verbs:
                if vparticle and particle:
                    continue
                c = cands[(lemma, vparticle or particle, tuple(objects))]
                c["forms"] += listed
                c["votes"].append((lost, clean_code(pat.code) or pat.code.strip(), p, object_target))
    return cands


def received_aid_code(pat, block: Block, lemmas: dict, receipt: frozenset[str],
                      table: dict[str, Plover]) -> Plover | None:
    """The AID reading of a target-coded pattern (':071', ':072', ':073') of a verb of receiving (the verb its
    comment names, else the block's), else None."""
    code = (pat.code or "").strip()
    verb = lemmas.get((pat.verb or block.name).upper().replace(" ", "_"))
    if not code.startswith(":") or verb is None or not receipt.intersection([verb[0], *verb[2]]):
        return None
    p = plover(code[1:], table)
    return p if p and p.type == "AID" else None


def resolve(votes: list[tuple]) -> tuple[Plover, list[str], bool]:
    """One reading from several: fewest dropped parts, then the type most codes give, then the
    most general (shortest) code; mode and contexts by majority within that type."""
    best = min(v[0] for v in votes)
    kept = [v for v in votes if v[0] == best]
    types = Counter(v[2].type for v in kept)
    top = max(types.values())
    tied = sorted({t for t, n in types.items() if n == top})
    chosen = min(tied, key=lambda t: min(len(v[1]) for v in kept if v[2].type == t))
    mine = [v for v in kept if v[2].type == chosen]
    modes = Counter(v[2].mode for v in mine)
    mode = max(sorted(modes, key=str), key=lambda m: modes[m])
    contexts = Counter(c for v in mine for c in v[2].contexts)
    ctx = tuple(sorted(c for c, n in contexts.items() if 2 * n > len(mine)))
    codes = sorted({v[1] for v in mine})
    return Plover(chosen, mode, ctx), codes, any(v[3] for v in mine)


def default_target(ptype: str, particle: str | None, objects: tuple, object_target: bool,
                   lemma_targets: dict, object_targets: dict, lemma: str) -> list[str]:
    """Where the receiving side stands: a target preposition as particle ('call on'), the preposition
    the required object takes ('impose sanctions on'), the lemma's own ('protest against'), else the
    direct object."""
    if particle in TARGET_PREPS and not objects:
        return [particle]
    if objects:
        for o in objects:
            head = o.split()[-1].lstrip("&")
            if head in object_targets:
                return list(object_targets[head])
        return []
    if lemma in lemma_targets:
        return list(lemma_targets[lemma])
    return ["object"]


def build(source: Path, updated: date) -> dict:
    synsets, blocks = read_dictionary(source / "CAMEO.2.0.txt")
    table = read_crosswalk(source / "CAMEO2PLOVER-2021.txt")
    refuse_repeated_keys(ADDITIONS.read_text(encoding="utf-8"), ADDITIONS.name)  # YAML would keep the last silently
    add = yaml.load(ADDITIONS.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    deny = set(add["deny_lemmas"])
    deny_plain = set(add["deny_plain"])
    cands = candidate_entries(blocks, synsets, table, deny, frozenset(add["cues"]["receipt_verbs"]))
    entries: dict[tuple, dict] = {}
    for (lemma, particle, objects), c in sorted(cands.items(), key=lambda kv: str(kv[0])):
        if not objects and not particle and lemma in deny_plain:
            continue
        if not objects and particle and f"{lemma} {particle}" in add.get("deny_particles", ()):
            continue
        if objects and any(o in add["deny_objects"] for o in objects):
            continue
        if objects and {"lemma": lemma, "objects": list(objects)} in add.get("deny_patterns", ()):
            continue
        p, codes, object_target = resolve(c["votes"])
        p = strike_reading(p, objects)
        if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
            continue
        entry = {"lemma": lemma, "forms": verb_forms(lemma, sorted(set(c["forms"]) - {lemma}))}
        if particle:
            entry["particle"] = particle
        if objects:
            entry["objects"] = list(objects)
        entry |= {"type": p.type, "mode": p.mode}
        if p.contexts:
            entry["contexts"] = list(p.contexts)
        entry["target"] = default_target(p.type, particle, objects, object_target,
                                         add["lemma_targets"], add["object_targets"], lemma)
        entry["source"] = codes
        entries[(lemma, "verb", particle, None, tuple(sorted(objects)))] = entry
    apply_overrides(entries, add)
    for raw in relief_deliveries(blocks, add, entries):
        e = expand_addition(raw, add)
        entries[(e["lemma"], "verb", None, None, tuple(sorted(e["objects"])))] = e
    for raw in add["entries"]:
        e = expand_addition(raw, add)
        entries[(e["lemma"], e.get("pos", "verb"), e.get("particle"), None,
                 tuple(sorted(e.get("objects", []))))] = e
    drop_redundant(entries)
    for key in [k for k, e in entries.items() if e["lemma"] in add.get("plain_only", ())
                and (e.get("objects") or e.get("particle")) and "readout" not in e["source"]]:
        del entries[key]  # "arrested journalists" is an arrest, whatever CAMEO's pattern code says
    body = sorted(entries.values(), key=lambda e: (e["lemma"], e.get("pos", "verb"),
                                                   e.get("particle") or "", e.get("objects", [])))
    used = sorted({o[1:] for e in body for o in e.get("objects", []) if o.startswith("&")})
    sets = {name: set_words(name, synsets) for name in used}
    cues = merged_judgements(add["cues"], cameo_judgements(blocks, add["cameo_judgements"]))
    cues["irregular_past"] = irregular_pasts(body)
    doc = {"version": VERSION, "updated": updated.isoformat(), "language": "en",
           "object_window": add["object_window"], "cues": cues, "sets": sets, "entries": body}
    ActLexiconFile.model_validate(doc)
    return doc


CLAUSE_LEXICON = ROOT / "readout" / "data" / "lexicon" / "en.yaml"


def irregular_pasts(entries: list[dict]) -> list[str]:
    """(relative71) The irregular past forms the finder's cue `irregular_past` lists: en.yaml's
    clause.verb_chain.irregular_past, the one list of them (the clause readers' verb chains and relative clauses read
    it there), so the two never drift. A required object is never past the clause's own verb ("release the prisoners
    drew criticism": act_walk.object_past_a_verb), and a past form ends no noun phrase; so a form the verb entries'
    own objects end with, a noun there ('bid', 'cut', 'shot': "put Finland's membership bid on the agenda"), is left
    out."""
    lex = yaml.load(CLAUSE_LEXICON.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    nouns = {o.split()[-1] for e in entries if e.get("pos", "verb") == "verb" for o in e.get("objects", [])}
    return [w for w in lex["clause"]["verb_chain"]["irregular_past"] if w not in nouns]


JUDGEMENT_CODE = "111"  # CAMEO 111 "criticize or denounce"
AS_COMPLEMENT = re.compile(r"^\* \(AS ([A-Z]+)\)$")  # "* (AS UNACCEPTABLE)": the naming verb's complement
BARE_OBJECT = re.compile(r"^\* (?:\(WITH )?([A-Z]+)\)?(?: AT)?$")  # "* DISMAY", "* (WITH ANGER)", "* SHOCK AT"
ADJECTIVE_ENDINGS = ("able", "ible", "ive", "ful", "ous", "al", "ic", "ed", "less", "ust", "air", "ate")


def cameo_judgements(blocks: list[Block], spec: dict) -> dict[str, list[str]]:
    """The evaluative words of CAMEO 111's patterns (critics49): the complement of a verb of naming ('SLAM * (AS
    UNACCEPTABLE)', 'DISMISS * (AS FABRICATION)'; a bare word after a verb of `complement_verbs`, 'CALL * ILLEGITIMATE')
    is a damning adjective or noun, and the object
    of a verb of voicing a feeling ('VOICE * DISMAY', 'EXPRESS * SHOCK', 'REACT * (WITH OUTRAGE)') is a feeling of
    disapproval. `spec` names the verbs of each kind (`cameo_judgements` in en_acts_additions.yaml). An adjective is told
    from a noun by its ending (`ADJECTIVE_ENDINGS`: 'unacceptable', 'lawless', 'unjust')."""
    out: dict[str, list[str]] = {"accusing_adjectives": [], "accusing_nouns": [], "feeling_objects": []}
    naming, complemented, voicing = set(spec["naming_verbs"]), set(spec["complement_verbs"]), set(spec["voicing_verbs"])
    for block in blocks:
        for pat in block.patterns:
            if clean_code(pat.code) != JUDGEMENT_CODE or pat.verb is None:
                continue
            as_word, bare = AS_COMPLEMENT.match(pat.text), BARE_OBJECT.match(pat.text)
            if pat.verb in naming and as_word or pat.verb in complemented and bare:
                word = (as_word or bare).group(1).lower()
                key = "accusing_adjectives" if word.endswith(ADJECTIVE_ENDINGS) else "accusing_nouns"
                out[key].append(word)
            elif pat.verb in voicing and bare:
                out["feeling_objects"].append(bare.group(1).lower())
    return {k: sorted(set(v) - set(spec.get("deny", ()))) for k, v in out.items()}


def merged_judgements(cues: dict, judgements: dict[str, list[str]]) -> dict:
    """The cues with CAMEO 111's evaluative words added after readout's own (each word once, readout's order
    kept)."""
    return {**cues, **{k: list(dict.fromkeys([*cues.get(k, ()), *words])) for k, words in judgements.items()}}


def drop_redundant(entries: dict[tuple, dict]) -> None:
    """A CAMEO pattern that reads as its verb alone does ("condemn" + attacks = "condemn") adds
    nothing but lookups: the dictionary's header says it holds many such patterns."""
    plain = {(k[0], k[1]): e for k, e in entries.items() if k[2] is None and not k[4]}
    for key in [k for k in entries if k[4] and k[2] is None]:
        base = plain.get((key[0], key[1]))
        e = entries[key]
        if base and "readout" not in e["source"] and (e["type"], e["mode"]) == (base["type"], base["mode"]):
            del entries[key]


def relief_deliveries(blocks: list[Block], add: dict, entries: dict[tuple, dict]) -> list[dict]:
    """(plover51b) The verbs that deliver relief, derived from CAMEO, not listed one by one: every verb of a block in
    which CAMEO files relief goods as the object under 073 (humanitarian aid: '* &FOOD', '* {RELIEF SUPPLIES}', '* AID';
    `relief.cameo_objects`) at least `relief.min_patterns` times moves or hands over relief, so each gets the relief
    objects of the readout 'send' entry (`relief.objects`: 'shipped food to X', 'airlifted medicine to X') as AID to
    its 'to' side. A block with one such pattern only is no block of delivery (ALLOW: 'approved humanitarian aid';
    BOOST: 'increased aid'; START: 'launched relief'), and its synonyms would carry the goods nowhere. Verbs of
    receiving (`receipt_verbs`), multi-word and denied verbs, and verbs that already have an entry for one of the relief
    objects are left as they are."""
    relief = add["relief"]
    goods, objects = set(relief["cameo_objects"]), list(relief["objects"])
    receipt, deny = set(add["cues"]["receipt_verbs"]), set(add["deny_lemmas"])
    have = {e["lemma"] for e in entries.values() if set(e.get("objects", ())) & set(objects)}
    have |= {r["lemma"] for r in add["entries"] if set(r.get("objects", ())) & set(objects)}
    out: dict[str, dict] = {}
    for block in blocks:
        if sum(clean_code(p.code) == "073" and p.text.strip().startswith("* ") and p.text.strip()[2:].strip() in goods
               for p in block.patterns) < relief["min_patterns"]:
            continue
        for verb in block.verbs:
            lemma = verb.word.lower()
            if not re.fullmatch(r"[a-z]+", lemma) or lemma in receipt or lemma in deny or lemma in have:
                continue
            out.setdefault(lemma, {"lemma": lemma, "extra_forms": [f.lower() for f in verb.forms],
                                   "objects": objects, "type": "AID", "target": ["to"]})
    return [out[k] for k in sorted(out)]


def apply_overrides(entries: dict[tuple, dict], add: dict) -> None:
    """readout's corrections of CAMEO readings that PLOVER's manual defines otherwise. A correction marked
    `object_rows: true` also reaches the lemma's rows with required objects of the same type: the mode follows the
    trigger's class ('blamed the attacks on X' alleges as 'blamed X' does), not which CAMEO row listed the object."""
    bare_types = {e["lemma"]: e["type"] for e in entries.values() if not e.get("objects") and not e.get("particle")}
    for key, entry in entries.items():
        fix = add["overrides"].get(entry["lemma"])
        if not fix or entry.get("particle") != fix.get("particle"):
            continue
        reaches = fix.get("object_rows") and entry["type"] == bare_types.get(entry["lemma"])
        if not entry.get("objects") or reaches:
            entry.update({k: v for k, v in fix.items() if k not in ("particle", "object_rows")})
            entry["source"] = sorted(set(entry["source"]) | {"readout"})


def object_forms(objects: list[str]) -> list[str]:
    """Readout's object words with their plurals ("resolution" also finds "resolutions")."""
    out: list[str] = []
    for o in objects:
        out.append(o)
        if o.isalpha() and o not in PARTICLES and o not in FUNCTION_WORDS and not o.endswith("s") \
                and not o.endswith(("ed", "ing")):
            out += noun_forms(o)[1:]
    return list(dict.fromkeys(out))


def expand_addition(raw: dict, add: dict) -> dict:
    """A compact readout entry -> a full one: forms generated, defaults filled."""
    e = dict(raw)
    pos = e.get("pos", "verb")
    if "forms" not in e:
        e["forms"] = verb_forms(e["lemma"], e.pop("extra_forms", [])) if pos == "verb" \
            else noun_forms(e["lemma"]) + e.pop("extra_forms", [])
    e.pop("extra_forms", None)
    if e.get("objects"):
        e["objects"] = object_forms(e["objects"])
    e.setdefault("mode", None)
    if "target" not in e:
        e["target"] = default_target(e["type"], e.get("particle"), tuple(e.get("objects", ())), False,
                                     add["lemma_targets"], add["object_targets"], e["lemma"]) \
            if pos == "verb" else []
    e.setdefault("source", ["readout"])
    order = ["lemma", "pos", "forms", "particle", "objects", "type", "mode", "contexts", "target",
             "generic", "frame", "void", "source"]
    return {k: e[k] for k in order if k in e}


HEADER = """# English act lexicon: the PLOVER act triggers readout's English finder looks up (readout/lang/en/acts.py).
# Generated by scripts/data/build_en_acts.py; do not edit by hand (edit the script or
# scripts/data/en_acts_additions.yaml and rebuild).
# Sources:
#  - PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2 @676801c), MIT licence,
#    Copyright (c) 2014 Open Event Data; verbs, inflections and verb patterns, reduced to a verb, an
#    optional particle and optional object heads.
#  - CAMEO-to-PLOVER crosswalk CAMEO2PLOVER-2021.txt and the PLOVER manual (openeventdata/PLOVER
#    @5e0c24f), CC BY-SA 4.0: CAMEO code -> PLOVER type, mode, context. The manual wins where they
#    differ (163 sanctions -> SANCTION discontinue, 195 -> ASSAULT aerial, 174 -> COERCE deport;
#    CAMEO 02 APPEAL -> REQUEST).
#  - Added by readout (source: readout): nominal triggers (condemnation, sanctions on, invasion of,
#    airstrike ...), phrases diplomatic news needs (joint statement, test-fire, launch + missile,
#    designate, vow/pledge to, ask X to, invite), CONSULT verbs, targets, and corrections of CAMEO
#    readings that the manual defines otherwise.
# Entries: {n}. Fields: lemma, pos (verb|noun), forms, particle, objects, type, mode, contexts,
# target ("object" or a preposition), generic, frame (pledge|refuse), void (no act: the verb with these objects
# states none), source (CAMEO codes or readout).
# cues: the finder's closed word lists (what each is for: scripts/data/en_acts_additions.yaml);
# sets: CAMEO synonym sets that entries name in objects as "&name".
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder with CAMEO.2.0.txt and CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--updated", default=None, help="date for the header (default: keep the file's)")
    args = ap.parse_args(argv)
    updated = date.fromisoformat(args.updated) if args.updated else previous_date(args.out)
    doc = build(args.source, updated)
    text = HEADER.format(n=len(doc["entries"])) + dump(doc)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(doc['entries'])} entries to {args.out}")
    return 0


def previous_date(path: Path) -> date:
    if path.exists():
        m = re.search(r"^updated: '?([0-9-]+)'?", path.read_text(encoding="utf-8"), re.M)
        if m:
            return date.fromisoformat(m.group(1))
    return date.today()


def dump(doc: dict) -> str:
    """Top keys in block style, one flow-style line per entry (readable diffs)."""
    def flow(value: object) -> str:
        return yaml.safe_dump(value, default_flow_style=True, sort_keys=False, allow_unicode=True,
                              width=10_000).strip()

    head = {k: v for k, v in doc.items() if k not in ("entries", "cues", "sets")}
    lines = [yaml.safe_dump(head, sort_keys=False, allow_unicode=True).rstrip("\n")]
    for block in ("cues", "sets"):
        lines.append(f"{block}:")
        lines += [f"  {name}: {flow(words)}" for name, words in doc[block].items()]
    lines.append("entries:")
    for e in doc["entries"]:
        e = {k: v for k, v in e.items() if not (k in ("mode", "target", "contexts") and not v)}
        lines.append("  - " + yaml.safe_dump(e, default_flow_style=True, sort_keys=False,
                                             allow_unicode=True, width=10_000).strip())
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
