"""A Korean act trigger candidate and the morpheme-run helpers every Korean act reader shares
(lang/ko/acts.py, act_targets.py, act_clauses.py): one place, so the readers agree on where a noun
compound starts, which nouns are coordinated with it and which predicate a noun is an argument of.
It imports none of those readers, so they import it (and each other only downwards) with no cycle."""
from __future__ import annotations

from dataclasses import dataclass

from readout.lang.ko.act_table import ActEntry, ActIndex, act_index
from readout.lang.ko.endings import Reading
from readout.lang.ko.tags import ACT_VERB_TAGS, CLAUSE_EDGE_TAGS, COORDINATING_PARTICLES, NOUN_TAGS

STEM_TAGS = frozenset({"VV", "VA"})
SUBJECT_STOPS = frozenset({"JX", "JKS", "SF", "EF"})  # a topic, a subject or a sentence end: where a clause opens
COMPLEMENT_REACH = 24  # morphemes back from the verb that its complement clause may span (every clause reader's)


def back_to_subject(toks: list, start: int, low: int = 0):
    """Morpheme indexes from `start` back to `low`, stopping at the clause's topic or subject (or the sentence
    before): the words a trigger's own clause holds before it, read right to left."""
    for j in range(start, low - 1, -1):
        if toks[j][1] in SUBJECT_STOPS:
            return
        yield j


@dataclass
class Candidate:
    entry: ActEntry
    first: int  # first morpheme of the trigger (the pair's noun, the verbal noun, the verb stem)
    stem: int  # the predicate's last stem morpheme (XSV 하/되, the VV), or a nominal's last noun
    passive: bool = False
    noun_end: int | None = None  # a pair's or light verb's noun ends here (its particle follows)
    occurred: bool = False  # the 되 form of a light verb saying the act took place ('훈련이 실시됐다')
    reading: Reading | None = None


def joined(toks: list, a: int, b: int) -> str:
    """The forms of morphemes a..b written together: how lexicon keys are looked up ('대북' + '제재')."""
    if a < 0:  # an index from the end, as the morphemes were always read
        return "".join(toks[k][0] for k in range(a, b + 1))
    return "".join([t[0] for t in toks[a:b + 1]])  # a slice, not an index per morpheme: asked for every key tried


def run_start(toks: list, end: int, lex: ActIndex | None = None) -> int:
    """The first morpheme of the noun compound ending at `end`; the prefix 對 (대러시아, 대이란),
    which kiwi tags 대/NNB, belongs to it. `lex`: the act index where the caller holds it (speed51: fetched at most
    once per run otherwise, and only when a noun stands before `end`)."""
    start = end
    while start > 0 and (toks[start - 1][1] in NOUN_TAGS or toks[start - 1][:2] == ("대", "NNB")):
        if lex is None:
            lex = act_index()
        if duration_end(toks, start - 1, lex):
            break
        start -= 1
    return start


def duration_end(toks: list, k: int, lex: ActIndex | None = None) -> bool:
    """Morpheme `k` closes a time or duration adverbial ('수년간', '몇 년 동안', '3개월째', '오랫동안', '최근'): a time
    adverb noun (cue time_adverb_noun), or a duration suffix (cue duration_suffix) after a unit of time (cue
    time_unit_noun) that is no state's name ('호주간'). It dates the clause and is never part of the noun compound
    after it ('수년간 반군을 무장시켰다': the object is 반군); so is a relative date word (kojudge47: '지난달 자국민을
    추방했다': the object is 자국민; lang/ko/relative_time_words). `lex`: the act index, fetched here when not passed
    (speed51: `run_start` passes the one it fetched, so a run of nouns asks for it once)."""
    # cold start: not loaded with `Korean` (this module is), only with the acts on first use
    from readout.lang.ko.relative_time_words import relative_time_word

    if lex is None:
        lex = act_index()
    form = toks[k][0]
    kinds = lex.kinds(form)
    if "time_adverb_noun" in kinds or relative_time_word(form):
        return True
    return "duration_suffix" in kinds and k > 0 and toks[k - 1][1] != "NNP" \
        and toks[k - 1][0].endswith(lex.words("time_unit_noun"))


def next_predicate(toks: list, i: int, limit: int = 6) -> int | None:
    """The stem of the predicate a noun (ending at i-1) is an argument of, a few morphemes on; (kofix48) an adverb made
    of an adjective and 게 ('강하게', '강력하게', '단호하게') modifies that predicate and bounds no clause."""
    for k in range(i, min(len(toks), i + limit)):
        if toks[k][1] in ACT_VERB_TAGS:
            return k
        if toks[k][1] in CLAUSE_EDGE_TAGS and not adverbial_ending(toks, k):
            return None
    return None


ADVERBIAL = ("게", "EC")  # '강하게': an adjective made an adverb of the verb after it
ADJECTIVE_TAGS = frozenset({"VA", "XSA"})  # '강하', '강력 + 하'


def adverbial_ending(toks: list, k: int) -> bool:
    """(kofix48) Morpheme `k` is the 게 that makes the adjective right before it an adverb ('강하게 규탄했다')."""
    return toks[k][:2] == ADVERBIAL and k > 0 and toks[k - 1][1] in ADJECTIVE_TAGS


def coordinated_start(toks: list, start: int) -> int:
    """The first morpheme of the nouns coordinated by 과/와 (JC) with the noun run starting at `start`; (koriot70) a
    과/와 kiwi tags JKB between two names ('칠레/NNP 와/JKB 페루/NNP 가') joins them as well: a comitative partner
    stands before a verb, never right before another name's run."""
    while start >= 2 and (toks[start - 1][1] == "JC" and toks[start - 2][1] in NOUN_TAGS
                          or named_pair(toks, start)):
        start = run_start(toks, start - 2)
    return start


def named_pair(toks: list, start: int) -> bool:
    """(koriot70) Whether a 과/와 tagged JKB stands between a name and the name opening the run at `start`."""
    return toks[start - 1][1] == "JKB" and toks[start - 1][0] in COORDINATING_PARTICLES \
        and toks[start - 2][1] == "NNP" and toks[start][1] == "NNP"


def glossed_head(toks: list, j: int) -> int | None:
    """The last noun before the particle at `j`, past a parenthesized gloss ('이란 혁명수비대(IRGC)에'): the
    name the gloss spells out heads the argument."""
    k = j - 1
    if k >= 2 and toks[k][1] == "SSC":
        k -= 1
        while k > 0 and toks[k][1] != "SSO" and j - k < 6:
            k -= 1
        k -= 1
    return k if k >= 0 and toks[k][1] in GLOSSED_TAGS else None


GLOSSED_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "XPN", "NR"})  # endings.NOUN_TAGS (imported there)
