"""English act triggers: every PLOVER act a sentence states, read from `lexicon/en_acts.yaml`.

Why a dictionary walk and not regular expressions: the lexicon has thousands of entries (PETRARCH2's
CAMEO verbs and patterns plus readout's own), and one regex per entry would cost thousands of scans
per sentence. Here the sentence is tokenized once; each word is looked up once in a dict of first
words; only the few entries that start there check what must follow them (the rest of a multi-word
form, a particle, an object head within a few words). The clause around a hit (negation, modality,
passive voice, a pledge's complement) is read from closed word lists in the same file.

The finder does not decide who acts on whom: it says where the receiving side stands (`target`) and
leaves the sides to the clause reader.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from readout.cache import disk_cached
from readout.lang.act_lexicon import ActEntry, ActLexicon, load_act_lexicon
from readout.lang.en.act_context import (aimed_launch, condition_tokens, describing_noun, diplomatic_protest,
                                         earlier_in_relative, merely_possible, prediction, protest_purposes, show_of_force,
                                         with_background, with_domestic_targets)
from readout.lang.base import ActHit

TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*|[;:()\[\],.!?\"“”—]")
PUNCT_BREAKS = frozenset(";:()[].!?\"“”—")


class Token(NamedTuple):
    start: int
    end: int
    low: str
    raw: str
    word: bool  # a word, not punctuation


@dataclass(frozen=True)
class Candidate:
    """One way an entry can match at a word: the rest of its form, its particle, its objects."""

    entry: ActEntry
    rest: tuple[str, ...]
    particle: tuple[str, ...]
    objects: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the object phrases' remainders
    specificity: int


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    negation_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # by last two words
    intent: frozenset[str]
    intent_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    hypothetical: frozenset[str]
    hypothetical_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    deontic: frozenset[str]
    deontic_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    reporting: frozenset[str]
    refusal_non_acts: frozenset[str]
    negation_rejects: frozenset[str]
    conditions: frozenset[str]
    date_words: frozenset[str]
    infinitive: frozenset[str]
    adverbs: frozenset[str]
    be: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative: frozenset[str]
    descriptive_heads: frozenset[str]
    adjectival: frozenset[str]
    generic_complements: frozenset[str]
    threat_pledges: frozenset[str]
    pledge_threat_modes: dict[str, str]
    clause_breaks: frozenset[str]
    capitalized_not_verbs: frozenset[str]
    compound_heads: frozenset[str]
    nominal_governors: frozenset[str]
    compound_modifiers: frozenset[str]
    object_stops: frozenset[str]
    informational_objects: frozenset[str]
    future_adjectives: frozenset[str]
    announced_measures: frozenset[str]
    quantity_words: frozenset[str]
    purpose_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    background_words: frozenset[str]
    allegation_preps: frozenset[str]
    command_verbs: frozenset[str]
    imposed_types: frozenset[str]
    departure_verbs: frozenset[str]
    window: int


@dataclass(frozen=True)
class Matcher:
    by_word: dict[str, tuple[Candidate, ...]]
    cues: Cues
    base_forms: frozenset[str]  # lemma and 3rd-person/-ing forms: not past participles


@functools.lru_cache(maxsize=1)
@disk_cached("en-act-matcher")  # about 0.4 s to build: kept by the start-up cache (readout/cache.py)
def matcher() -> Matcher:
    """The English lexicon indexed for the walk; built once per process."""
    lex = load_act_lexicon("en")
    by_word: dict[str, list[Candidate]] = {}
    base: set[str] = set()
    for first, items in lex.by_first_word.items():
        for rest, entry in items:
            objects: dict[str, list[tuple[str, ...]]] = {}
            for phrase in lex.file.object_words(entry):
                words = tuple(phrase.split())
                objects.setdefault(words[0], []).append(words[1:])
            particle = tuple(entry.particle.split()) if entry.particle else ()
            # longer forms first, then particles and objects; then readout's own entry, then a verb
            # (after a determiner the finder keeps nouns only)
            spec = 8 * len(rest) + 8 * len(particle) + (12 if objects else 0) \
                + 2 * ("readout" in entry.source) + (entry.pos == "verb")
            by_word.setdefault(first, []).append(
                Candidate(entry, rest, particle, {k: tuple(v) for k, v in objects.items()}, spec))
        for _, entry in items:
            if entry.pos == "verb":
                base.update(f for f in entry.forms if f == entry.lemma or f.endswith(("s", "ing")))
    ordered = {w: tuple(sorted(c, key=lambda c: -c.specificity)) for w, c in by_word.items()}
    return Matcher(ordered, cues_of(lex), frozenset(base))


def cues_of(lex: ActLexicon) -> Cues:
    def phrases(name: str) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        by_last: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for p in lex.file.cues.get(name, ()):
            words = tuple(p.split())
            by_last.setdefault(words[-2:], []).append(words)
        return {k: tuple(v) for k, v in by_last.items()}

    modes = dict(p.split("=") for p in lex.file.cues.get("pledge_threat_modes", ()))
    return Cues(lex.cue("negation"), phrases("negation_phrases"), lex.cue("intent"),
                phrases("intent_phrases"), lex.cue("hypothetical"), phrases("hypothetical_phrases"),
                lex.cue("deontic"), phrases("deontic_phrases"), lex.cue("reporting"),
                lex.cue("refusal_non_acts"), lex.cue("negation_rejects"), lex.cue("conditions"),
                lex.cue("date_words"), lex.cue("infinitive"), lex.cue("adverbs"), lex.cue("be"),
                lex.cue("determiners"), lex.cue("prepositions"), lex.cue("relative"),
                lex.cue("descriptive_heads"), lex.cue("adjectival"), lex.cue("generic_complements"),
                lex.cue("threat_pledges"), modes, lex.cue("clause_breaks"),
                lex.cue("capitalized_not_verbs"), lex.cue("compound_heads"), lex.cue("nominal_governors"), lex.cue("compound_modifiers"), lex.cue("object_stops"),
                lex.cue("informational_objects"), lex.cue("future_adjectives"), lex.cue("announced_measures"),
                lex.cue("quantity_words"), phrases("purpose_phrases"), lex.cue("background_words"),
                lex.cue("allegation_preps"), lex.cue("command_verbs"), lex.cue("imposed_types"),
                lex.cue("departure_verbs"), lex.file.object_window)


def tokenize(text: str) -> list[Token]:
    out = []
    for m in TOKEN_RE.finditer(text):
        low = m.group().lower().replace("’", "'")
        out.append(Token(m.start(), m.end(), low, m.group(), low[0].isalnum()))
    return out


def find_acts(text: str) -> list[ActHit]:
    """Every act trigger in one English sentence, in order, with offsets relative to `text`.

    `data` holds what the clause reader may need (token indices are into `tokenize(text)`):
    `token`, `head_end` (last token of the verb with its particle), `end_token` (last token of the
    whole match); `object`, `object_token`, `object_end` (a required object, its first token and
    the offset where it ends); `passive`, `by` (offset of the agent after "by"); `modality`
    (intent | hypothetical | deontic | infinitive | governed); `stated_type` (the lexicon's type
    when the manual's reading changed it: a future cooperative act is AGREE, a future retreat
    CONCEDE, a future hostile act THREATEN, a negated acceptance REJECT); `complement` (offset of
    the act a pledge, threat or refusal governs); `threatened` (the type a pledge threatens);
    `refused` (the act sits under "refused to"); `deontic` (a REQUEST read from "must")."""
    m = matcher()
    toks = tokenize(text)
    hits: list[ActHit] = []
    index_of: dict[int, int] = {}  # token -> index in hits
    heads: dict[int, str] = {}  # tokens of the triggers read so far (verb, form, particle) -> type
    objects: set[int] = set()  # required objects are part of their verb's trigger, not triggers
    inside: dict[int, str] = {}  # words between a verb and its object: no second hit of its type
    i = 0
    while i < len(toks):
        cands = m.by_word.get(toks[i].low) if toks[i].word and i not in objects else None
        if cands and i in inside:
            cands = tuple(c for c in cands if c.entry.type != inside[i])  # "expressed grave concern"
        if cands and toks[i].low in m.base_forms and not toks[i].low.endswith("ing") \
                and after_determiner(toks, i, m.cues):
            cands = tuple(c for c in cands if c.entry.pos == "noun")  # "the attack", "of finance"
        hit = match_at(toks, i, cands, m.cues) if cands else None
        act = read_clause(toks, i, hit[2], hit[0], dict(hit[3], head_end=hit[1], heads=heads), m) \
            if hit else None
        if act is None:  # no trigger, or a word the clause shows is no act: its object is free
            i += 1
            continue
        cand, head_end, end_tok, data = hit
        index_of[i] = len(hits)
        hits.append(act)
        heads.update((k, act.type) for k in range(i, head_end + 1))
        if "object_token" in data:
            objects.update(range(data["object_token"], end_tok + 1))
            inside.update((k, act.type) for k in range(head_end + 1, data["object_token"]))
        i = head_end + 1
    hits = [aimed_launch(toks, show_of_force(toks, plover_reading(toks, h, m.cues), m.cues), m.cues)
            for h in resolve_frames(toks, hits, index_of, m.cues)]
    hits = commands(hits, toks, m.cues)
    hits = demanded_content([h for h in hits if not alleged_content(toks, h, hits, m.cues)], toks, m.cues)
    requests = deontic_requests(toks, hits, m.cues)
    asked = {r.data["complement"] for r in requests}  # what a reported "must" asks is the request's content
    conditional = condition_tokens(toks, m.cues)
    hits = [h for h in hits + requests if h.start not in asked and not merely_possible(h)
            and h.data["token"] not in conditional and not earlier_in_relative(toks, h, m.cues)
            and not describing_noun(toks, h, m.cues) and not prediction(toks, h)]
    hits = protest_purposes(toks, sorted(hits, key=lambda h: h.start), m.cues)
    hits = with_domestic_targets(toks, sorted(hits, key=lambda h: h.start), m.cues)
    return with_background(toks, [diplomatic_protest(text, toks, h, m.cues) for h in hits], m.cues)



def match_at(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues
             ) -> tuple[Candidate, int, int, dict] | None:
    """The most specific candidate whose form, particle and object all stand after word i (among
    equally specific ones, the nearest object wins: "violating the ceasefire agreement" is about
    the ceasefire). Returns the candidate, the last token of its form and particle, the last token
    of the whole match, and the object data."""
    best: tuple[Candidate, int, int, dict] | None = None
    for cand in cands:
        if best is not None and cand.specificity < best[0].specificity:
            break
        j = i + 1
        if cand.rest and any(j + k >= len(toks) or toks[j + k].low != w for k, w in enumerate(cand.rest)):
            continue
        j += len(cand.rest)
        head_end = j - 1
        data: dict = {}
        if cand.particle:
            k = skip_adverbs(toks, j, cues)
            if not all(k + n < len(toks) and toks[k + n].low == w for n, w in enumerate(cand.particle)):
                continue
            after = k + len(cand.particle)
            if after < len(toks) and toks[after].low in cues.date_words:
                continue  # "agreed on Wednesday": a date, not the particle
            head_end = after - 1
            j = after
        end_tok = head_end
        if cand.objects:
            found = find_object(toks, j, cand.objects, cues)
            if found is None:
                continue
            obj_start, obj_end = found
            data["object"] = " ".join(t.low for t in toks[obj_start:obj_end + 1])
            data["object_end"] = toks[obj_end].end
            data["object_token"] = obj_start
            end_tok = obj_end
        if best is None or end_tok < best[2]:
            best = (cand, head_end, end_tok, data)
    return best


def after_determiner(toks: list[Token], i: int, cues: Cues) -> bool:
    """A determiner, a possessive or a preposition (not "to") just before: the word is a noun here."""
    return i > 0 and is_determiner(toks[i - 1].low, cues) or i > 0 and toks[i - 1].low in cues.prepositions


def is_determiner(low: str, cues: Cues) -> bool:
    return low in cues.determiners or low.endswith(("'s", "s'"))


def skip_adverbs(toks: list[Token], j: int, cues: Cues) -> int:
    while j < len(toks) and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j += 1
    return j


def find_object(toks: list[Token], j: int, objects: dict, cues: Cues) -> tuple[int, int] | None:
    """The first object phrase within the window after token j, not past a clause break."""
    words = 0
    while j < len(toks) and words < cues.window:
        t = toks[j]
        for rest in objects.get(t.low, ()):  # "ask X to": the stop word itself may be the object
            if all(j + 1 + n < len(toks) and toks[j + 1 + n].low == w for n, w in enumerate(rest)):
                return j, j + len(rest)
        if t.low == "," and in_name(toks, j):
            j += 1  # "the United Nations Educational, Scientific and Cultural Organization to"
            continue
        if t.low in PUNCT_BREAKS or t.low == "," or t.low in cues.object_stops:
            return None
        words += t.word and not t.low[0].isdigit() and t.low not in cues.quantity_words \
            and not name_goes_on(toks, j)  # "25,000 tons of"; a long name counts as one word
        j += 1
    return None


def name_goes_on(toks: list[Token], j: int) -> bool:
    """Token j continues a capitalized name begun before it ("El Faro", "Kenya Anti-Corruption
    Commission", with "of" or "and" inside): a name is one word of the object window."""
    if j == 0 or not toks[j].word:
        return False
    t, p = toks[j], toks[j - 1]
    capital = t.raw[:1].isupper()
    if t.low in ("of", "and", "for") and j + 1 < len(toks):
        return p.raw[:1].isupper() and toks[j + 1].raw[:1].isupper()
    if not capital:
        return False
    if p.low in ("of", "and", "for", ","):
        return j > 1 and toks[j - 2].word and toks[j - 2].raw[:1].isupper()
    return p.word and p.raw[:1].isupper()


def in_name(toks: list[Token], j: int) -> bool:
    """A comma between two capitalized words that the list goes on after ("Educational, Scientific and
    Cultural"): part of one name, not a break."""
    return 0 < j < len(toks) - 2 and toks[j - 1].raw[:1].isupper() and toks[j + 1].raw[:1].isupper() \
        and toks[j - 1].word and toks[j + 1].word


def read_clause(toks: list[Token], i: int, end_tok: int, cand: Candidate, data: dict, m: Matcher
                ) -> ActHit | None:
    """The hit with its clause read: negation, status, passive voice; None when the word is not an
    act here (see `not_an_act`)."""
    cues, tok, entry = m.cues, toks[i], cand.entry
    heads = data.pop("heads")
    prev = previous_word(toks, i, cues, skip=False)
    prev_low = toks[prev].low if prev is not None else ""
    participle = entry.pos == "verb" and tok.low not in m.base_forms and not cand.rest
    if not_an_act(toks, i, end_tok, cand, data, prev_low, participle, m):
        return None
    nominal = entry.pos == "noun" or prev_low in cues.future_adjectives \
        or entry.pos == "verb" and tok.low.endswith("ing") and (prev_low in cues.determiners
                                                                or determined_gerund(toks, i, cues))
    negated = is_negated(toks, i, cues, nominal, heads)
    modality = modality_of(toks, i, cues, nominal, heads)
    if modality is None and prev_low in cues.future_adjectives:
        modality = "hypothetical"  # "the planned visit", "a proposed ban"
    data = dict(data, token=i, end_token=end_tok)
    if modality:
        data["modality"] = modality
    before = previous_word(toks, i, cues)
    if participle and before is not None and toks[before].low in cues.be:
        data["passive"] = True
        by = find_by(toks, end_tok + 1, cues)
        if by is not None:
            data["by"] = by
    lemma = f"{entry.lemma} {entry.particle}" if entry.particle else entry.lemma
    return ActHit(tok.start, toks[end_tok].end, entry.type, entry.mode, lemma, tuple(entry.target),
                  nominal, negated, "planned" if modality else "occurred", entry.generic,
                  tuple(entry.contexts), data)


def determined_gerund(toks: list[Token], i: int, cues: Cues) -> bool:
    """"the deadly bombing", "Sunday's suicide bombing": an -ing form after a determiner and one or two
    adjectives (`cues.act_adjectives`, or any -ly word) is a noun."""
    j = i - 1
    while j >= 0 and i - j <= 2 and (toks[j].low in act_adjectives() or toks[j].low.endswith("ly")
                                      and toks[j].low not in cues.adverbs):
        j -= 1
    return j < i - 1 and j >= 0 and is_determiner(toks[j].low, cues)


@functools.lru_cache(maxsize=1)
def act_adjectives() -> frozenset[str]:
    return load_act_lexicon("en").cue("act_adjectives")


def not_an_act(toks: list[Token], i: int, end_tok: int, cand: Candidate, data: dict, prev_low: str,
               participle: bool, m: Matcher) -> bool:
    """The classes of words that look like triggers and are none: a capitalized name or month, a
    participle used as an adjective, a verb describing a standing rule, a verb that publishes
    something, the head or the modifier of a compound noun, a trigger under "alleged"."""
    cues, tok, entry = m.cues, toks[i], cand.entry
    base = tok.low in m.base_forms
    nominal = entry.pos == "noun"
    if i > 0 and tok.raw[:1].isupper() and tok.low in cues.capitalized_not_verbs:
        return True  # "in March", "Press Releases"
    if participle and (is_determiner(prev_low, cues) or prev_low in cues.prepositions - {"by", "to"}):
        return True  # "the sanctioned entity", "for alleged abuses"
    if describes_standing_rule(toks, i, prev_index(toks, i), participle, cues) \
            and not issued_statement(toks, i, entry):
        return True
    if participle and published_passive(toks, i, cues):
        return True  # "the joint statement was released by"
    after_head = data.get("head_end", end_tok) + 1
    if participle and after_head < len(toks) and toks[after_head].low == "by" and prev_low not in cues.be:
        return True  # "the channel, disputed by A and B": a participle describing a noun
    if nominal and any(toks[j].low in cues.background_words for j in range(max(i - 4, 0), i)):
        return True  # "since last month's invasion": background"
    if entry.pos == "verb" and not cand.objects and publishes(toks, end_tok + 1, cues) \
            or data.get("object") in cues.informational_objects and "readout" not in entry.source:
        return True  # "released a statement", "issued a statement"
    if prev_low in cues.compound_modifiers and base:
        return True  # "a press release"
    if prev_low in cues.adjectival and prev_low not in cues.future_adjectives and (nominal or base):
        return True  # "the alleged attack", "a suspected raid": not stated as fact
    return (nominal or base and not cand.objects and not cand.particle) \
        and end_tok + 1 < len(toks) and toks[end_tok + 1].low in cues.compound_heads  # "aid workers"


SPEECH = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})


def issued_statement(toks: list[Token], i: int, entry: ActEntry) -> bool:
    """"issued a declaration demanding that ...", "a statement condemning the attack": a speech act in
    -ing right after a statement noun is what the statement says, not a standing rule."""
    return entry.type in SPEECH and toks[i].low.endswith("ing") and i > 0 \
        and toks[i - 1].low in statement_heads()


@functools.lru_cache(maxsize=1)
def statement_heads() -> frozenset[str]:
    return load_act_lexicon("en").cue("statement_heads")


def prev_index(toks: list[Token], i: int) -> int | None:
    return i - 1 if i > 0 and toks[i - 1].word else None


def previous_word(toks: list[Token], i: int, cues: Cues, skip: bool = True) -> int | None:
    """Index of the word before token i (skipping adverbs and negation when `skip`), None at a break."""
    j = i - 1
    while j >= 0:
        t = toks[j]
        if not t.word:
            return None
        if skip and (t.low in cues.adverbs or t.low.endswith("ly") or t.low in cues.negation
                     or t.low.endswith("n't")):
            j -= 1
            continue
        return j
    return None


def publishes(toks: list[Token], j: int, cues: Cues) -> bool:
    """The verb's direct object (within three words, past determiners and adjectives) is a piece of
    information: the verb publishes it, it is no act on anyone."""
    for k in range(j, min(len(toks), j + 4)):
        if not toks[k].word or toks[k].low in cues.infinitive or toks[k].low in cues.prepositions:
            return False
        if toks[k].low in cues.informational_objects:
            return True
    return False


def commands(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"ordered the newspaper to suspend publication", "ordered the reporters to leave": an order to
    undergo a restriction is the orderer's restriction (COERCE, SANCTION), aimed at the one ordered."""
    by_token = {h.data["token"]: n for n, h in enumerate(hits)}
    out, drop = list(hits), set()
    for n, h in enumerate(hits):
        if h.type != "REQUEST" or h.lemma.split()[0] not in cues.command_verbs or h.data.get("object") != "to":
            continue
        k = skip_adverbs(toks, h.data["end_token"] + 1, cues)
        comp = by_token.get(k)
        if comp is not None and hits[comp].data.get("stated_type", hits[comp].type) in cues.imposed_types:
            c = hits[comp]
            out[n] = replace(h, type=c.data.get("stated_type", c.type), mode=c.mode, contexts=c.contexts,
                             data=dict(h.data, commanded=c.type))
            drop.add(comp)
        elif k < len(toks) and toks[k].low in cues.departure_verbs:
            out[n] = replace(h, type="COERCE", mode="deport", data=dict(h.data, commanded="COERCE"))
    return [h for n, h in enumerate(out) if n not in drop]


CONTENT_GOVERNORS = frozenset({"REQUEST", "AGREE", "THREATEN"})


def demanded_content(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"demanded that Chile drop the tariff", "agreed that their countries should cooperate", "warned
    that it would retaliate": the first act after a request's, agreement's or threat's "that" (within
    the object window, no punctuation between) is its content, governed by it, not an act of its own."""
    out = list(hits)
    for n, h in enumerate(hits):
        that = skip_adverbs(toks, h.data["end_token"] + 1, cues)
        if that + 1 < len(toks) and toks[that].low == "on" and toks[that + 1].low in cues.date_words:
            that = skip_adverbs(toks, that + 2, cues)  # "agreed on Wednesday that"
        if h.type not in CONTENT_GOVERNORS or that >= len(toks) or toks[that].low != "that":
            continue
        for k in range(n + 1, len(hits)):
            j = hits[k].data["token"]
            gap = toks[that + 1:j]
            if j <= that or len(gap) > cues.window + 1 or any(not t.word for t in gap):
                break
            out[k] = replace(hits[k], status="planned", data=dict(hits[k].data, modality="governed"))
            break
    return out


def alleged_content(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> bool:
    """An act named after "of", "with" or "for" that follows an allegation ("accused X of violating",
    "charging its neighbour with supporting", "blamed X for the bombing") is what is alleged."""
    i = hit.data["token"]
    j = i - 1
    while j >= 0 and toks[j].word and is_determiner(toks[j].low, cues) or j >= 0 and toks[j].low in cues.adverbs:
        j -= 1
    if j < 0 or toks[j].low not in cues.allegation_preps or not (hit.nominal or toks[i].low.endswith("ing")):
        return False
    return any(h.type == "ACCUSE" and h.mode == "allege" and i - cues.window - 2 <= h.data["token"] < j
               for h in hits)


def published_passive(toks: list[Token], i: int, cues: Cues) -> bool:
    """A passive participle whose subject (the word before its "be") is a piece of information."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    return j > 0 and toks[j].low in cues.be and toks[j - 1].low in cues.informational_objects


RELATIVE_REACH = 10  # words back from a verb to the relative pronoun of a rule it describes


def describes_standing_rule(toks: list[Token], i: int, prev: int | None, participle: bool, cues: Cues) -> bool:
    """"resolutions that ban arms sales", "measures banning exports", "sanctions imposed in 2017":
    a verb describing a rule that already stands is not an act of this sentence."""
    if prev is None:
        return False
    p = toks[prev].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if p in cues.descriptive_heads and (toks[i].low.endswith("ing") or participle and (
            nxt in cues.prepositions or nxt in cues.date_words or nxt in ("last", "earlier", "this"))):
        return True  # "measures banning exports", "sanctions imposed in 2017", "the deal signed by"
    for j in range(i - 1, max(i - RELATIVE_REACH, 0), -1):  # "resolutions that aim to tighten ... and impose"
        if not toks[j].word or toks[j].low in cues.clause_breaks and toks[j].low != "and":
            return False
        if toks[j].low in cues.relative:
            return toks[j - 1].low in cues.descriptive_heads
    return False


def clause_before(toks: list[Token], i: int, cues: Cues, span: int, heads: dict[int, str] | None = None
                  ) -> list[str]:
    """Up to `span` words before token i, nearest last, stopping at punctuation, a clause break or
    another trigger (whose own negation is its own: "did not rule out imposing")."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < span:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or heads and j in heads:
            break
        out.append(t.low)
        j -= 1
    return out[::-1]


def ends_with(words: list[str], phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]], cues: Cues) -> bool:
    """Whether a phrase ends the words, allowing adverbs and aspect verbs after it ("plans to quickly
    impose", "prepared to resume shelling"); phrases are indexed by their last two words, so only a
    few are compared."""
    while words and (words[-1] in cues.adverbs or words[-1].endswith("ly") or words[-1] in aspect_verbs()):
        words = words[:-1]
    if not words:
        return False
    last_two = tuple(words[-2:])
    return any(len(p) <= len(words) and tuple(words[-len(p):]) == p
               for key in (last_two, last_two[-1:]) for p in phrases.get(key, ()))


@functools.lru_cache(maxsize=1)
def aspect_verbs() -> frozenset[str]:
    return load_act_lexicon("en").cue("aspect_verbs")


def governed(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """Right after another act verb ("ruled out imposing", "threatened sanctions"): not on its own."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low in cues.infinitive):
        j -= 1
    return j in heads


def governed_noun(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """A noun that a request, threat, pledge or refusal a few words before governs ("demanding the
    president's resignation", "threatened new sanctions"): what it names has not happened."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            return False
        if j in heads:
            return heads[j] in cues.nominal_governors
    return False


def is_negated(toks: list[Token], i: int, cues: Cues, nominal: bool, heads: dict[int, str]) -> bool:
    words = clause_before(toks, i, cues, 4, heads)
    if nominal:  # "no sanctions", "without a joint declaration"
        return any(w in ("no", "without") for w in words[-2:])
    if any(w in cues.negation or w.endswith("n't") for w in words if w not in ("no", "nor")):
        return True
    return ends_with(words, cues.negation_phrases, cues)


def modality_of(toks: list[Token], i: int, cues: Cues, nominal: bool, heads: dict[int, str]) -> str | None:
    """Why an act is not (yet) fact: "intent" (will, plans to), "deontic" (must), "hypothetical"
    (may, expected to), "infinitive" (a bare "to": what another act governs); None when stated."""
    words = clause_before(toks, i, cues, 5, heads)
    if not nominal and governed(toks, i, cues, heads) or nominal and governed_noun(toks, i, cues, heads):
        return "governed"
    if ends_with(words, cues.purpose_phrases, cues):
        return "infinitive"  # "aimed at establishing ties": the goal of something else
    if ends_with(words, cues.intent_phrases, cues):
        return "intent"
    if ends_with(words, cues.deontic_phrases, cues) or any(w in cues.deontic for w in words):
        return "deontic"
    if ends_with(words, cues.hypothetical_phrases, cues) or any(w in cues.hypothetical for w in words):
        return "hypothetical"
    if any(w in cues.intent or w.endswith("'ll") and "'ll" in cues.intent
           for w in clause_before(toks, i, cues, 8, heads)):
        return "intent"  # "will provide some 20,000 tons of food aid"
    near = [w for w in words[-3:] if w not in cues.adverbs and not w.endswith("ly")]
    return "infinitive" if not nominal and near and near[-1] in cues.infinitive else None


def find_by(toks: list[Token], j: int, cues: Cues) -> int | None:
    """Offset just after "by" in a passive clause ("were arrested by police"), within the window."""
    for k in range(j, min(len(toks), j + cues.window + 2)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
        if toks[k].low == "by" and k + 1 < len(toks):
            return toks[k + 1].start
    return None


def resolve_frames(toks: list[Token], hits: list[ActHit], index_of: dict[int, int], cues: Cues
                   ) -> list[ActHit]:
    """A pledge, threat or refusal reads the act it governs ("vowed to retaliate" is a threat,
    "agreed to cooperate closely" a generic pledge, "refused to withdraw" a withdrawal that did not
    happen, "declined to comment" no act at all)."""
    drop: set[int] = set()
    for n, hit in enumerate(list(hits)):
        frame = _entry_frame(hit)
        comp_tok = complement_token(toks, hit.data["end_token"] + 1, cues) if frame else None
        if comp_tok is None:
            continue
        comp_word, comp = toks[comp_tok].low, index_of.get(comp_tok)
        data = dict(hit.data, complement=toks[comp_tok].start)
        if frame == "refuse":
            if comp is None and comp_word in cues.refusal_non_acts:
                drop.add(n)
                continue
            hits[n] = replace(hit, data=data if comp is None else dict(data, refused_type=hits[comp].type))
            if comp is not None:
                hits[comp] = replace(hits[comp], negated=True, data=dict(hits[comp].data, refused=True))
            continue
        generic = comp_word in cues.generic_complements and (
            comp is None or hits[comp].type in ("COOPERATE", "SUPPORT", "AGREE"))
        if generic and hit.type == "AGREE":
            hits[n] = replace(hit, generic=True, data=data)
            drop.update([comp] if comp is not None else [])
            continue
        if comp is not None and hits[comp].type in cues.pledge_threat_modes:
            threat_mode = cues.pledge_threat_modes[hits[comp].type]
            if hit.type == "THREATEN" or hit.lemma.split()[0] in cues.threat_pledges:
                hits[n] = replace(hit, type="THREATEN", mode=hit.mode if hit.type == "THREATEN" and hit.mode
                                  else threat_mode, data=dict(data, threatened=hits[comp].type))
                drop.add(comp)
                continue
        hits[n] = replace(hits[n], data=data)
    return [h for n, h in enumerate(hits) if n not in drop]


COOPERATIVE = ("CONSULT", "SUPPORT", "COOPERATE", "AID")


def plover_reading(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The manual's type for what the clause says about the act: a negated acceptance is a
    rejection; a stated future cooperative act is AGREE, a future retreat CONCEDE, a future hostile
    act (or one announced "unless" something happens) THREATEN. The lexicon's type stays in
    data["stated_type"]."""
    lemma = hit.lemma.split()[0]
    if hit.negated and not hit.nominal and not hit.data.get("refused") \
            and (hit.type == "AGREE" or lemma in cues.negation_rejects):
        status = "occurred" if hit.data.get("modality") == "infinitive" else hit.status  # "failed to agree"
        return replace(hit, type="REJECT", mode=None, negated=False, status=status,
                       data=dict(hit.data, stated_type=hit.type, negated_reading=True))
    if hit.negated or hit.data.get("modality") != "intent":
        return hit
    after = {t.low for t in toks[hit.data["end_token"] + 1:]}
    new: tuple[str, str | None] | None = None
    if after & cues.conditions and hit.type != "THREATEN":
        new = ("THREATEN", cues.pledge_threat_modes.get(hit.type, "relations"))
    elif hit.type in COOPERATIVE and hit.mode != "third-party":  # "will host talks": a planned meeting
        new = ("AGREE", None)
    elif hit.type == "RETREAT":
        new = ("CONCEDE", None)
    elif f"{hit.type}={hit.mode}" in cues.announced_measures:
        return hit  # "will impose sanctions on X": a measure announced, not a threat
    elif hit.type in cues.pledge_threat_modes and hit.type != "THREATEN" or hit.type == "PROTEST":
        new = ("THREATEN", cues.pledge_threat_modes.get(hit.type, "restrict"))
    if new is None:
        return hit
    return replace(hit, type=new[0], mode=new[1], data=dict(hit.data, stated_type=hit.type))


DEONTIC_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
                 "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}


def deontic_requests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"X said Y must return the helicopter": in a reported statement, an obligation laid on
    someone is the speaker's REQUEST, whether or not the lexicon knows the verb after it."""
    if not any(t.low in cues.reporting for t in toks):
        return []
    out: list[ActHit] = []
    by_token = {h.data["token"]: h for h in hits}
    for i, t in enumerate(toks):
        if t.low in cues.deontic:
            width = 1
        elif i + 1 < len(toks) and (t.low, toks[i + 1].low) in cues.deontic_phrases:
            width = 2
        else:
            continue
        k = skip_adverbs(toks, i + width, cues)
        if k < len(toks) and toks[k].low in ("be", "not", "have") or k >= len(toks) or not toks[k].word:
            continue  # "must be", "must not", "must have": a judgement, not a demand
        governed = by_token.get(k)
        mode = DEONTIC_MODES.get(governed.data.get("stated_type", governed.type)) if governed else None
        said = reporting_before(toks, i, cues)
        # the trigger spans the reporting verb: its subject is the speaker, the obligated side stands
        # after it ("Russia said Sudan must return": Russia requests, Sudan receives)
        first = said if said is not None else i
        out.append(ActHit(toks[first].start, toks[k].end, "REQUEST", mode, t.low, ("object",), False, False,
                          "occurred", False, (), {"token": first, "end_token": k, "deontic": True,
                                                  "complement": toks[k].start}))
    return out


def reporting_before(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The reporting verb whose statement holds token i ("said (that) ... must"), in the same sentence
    part (no ';' or ':' between)."""
    for j in range(i - 1, -1, -1):
        if toks[j].low in (";", ":"):
            return None
        if toks[j].low in cues.reporting:
            return j
    return None


def _entry_frame(hit: ActHit) -> str | None:
    return _frames().get(hit.lemma.split()[0])


@functools.lru_cache(maxsize=1)
def _frames() -> dict[str, str]:
    """Lemma -> frame: "agree to" and "agree" both govern what follows."""
    return {e.lemma: e.frame for e in load_act_lexicon("en").entries if e.frame and e.pos == "verb"}


def complement_token(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The verb of a "to"-infinitive right after a pledge ("vowed to firmly respond" -> respond);
    the "to" may already be the trigger's particle ("agree to")."""
    if 0 < j <= len(toks) and toks[j - 1].low in cues.infinitive and j < len(toks) and toks[j].word:
        return skip_adverbs(toks, j, cues) if skip_adverbs(toks, j, cues) < len(toks) else None
    j = skip_adverbs(toks, j, cues)
    if j < len(toks) and toks[j].low in cues.infinitive:
        k = skip_adverbs(toks, j + 1, cues)
        if k < len(toks) and toks[k].word:
            return k
    return None
