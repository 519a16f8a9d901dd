"""The arguments of a Korean act predicate's clause, walked back from its stem: the noun runs before it (a pair's
noun, a light verb's act noun), over an adverb made of an adjective ('강력하게' keyed as '강력히'), a manner verb
('-어 가며'), a carried past ('-고 간') and a purpose, and a count's unit; the walk stops at a clause edge.

Why its own module: finding a predicate's act (`act_predicates`) and reading what its clause does with it
(`act_context`, `act_targets`, `act_threats`, ...) both walk these arguments.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import LOCATIVE_PARTICLE, NOUN_TAGS, PLURAL_SUFFIX

CLAUSE_STOP = frozenset({"EC", "EF", "ETM", "ETN", "SF", "VV", "XSV", "VA", "VX", "VCP"})
COUNT_UNIT_TAGS = frozenset({"NNB", "NNG", "SL"})  # the unit after a count: 명, 상자, or Latin letters (2천t, 500kg)


def adverbial(toks: list, j: int) -> tuple[int, str] | None:
    """An adjective made an adverb by 게 ending at `j` (강력하게, 단호하게): its first morpheme and
    the 히 adverb it stands for (강력히, 단호히), which is how pair entries are keyed."""
    if j < 1 or toks[j][:2] != ("게", "EC"):
        return None
    form, tag = toks[j - 1][0], toks[j - 1][1]
    if tag == "XSA" and j >= 2 and toks[j - 2][1] in ("NNG", "XR", "MAG"):
        return j - 2, toks[j - 2][0] + "히"
    if tag == "VA":
        return j - 1, (form[:-1] if form.endswith("하") else form) + "히"
    return None


def before_manner(toks: list, j: int, noun_adverbs: frozenset[str] = frozenset()) -> int:
    """`j`, or the morpheme before the adverbs ending at it: adjectives made adverbs (`adverbial`: '강하게'), plain
    adverbs (MAG) and, with `noun_adverbs`, a noun of manner with 에 ('동시에'); '공개적으로' is a noun and no manner.
    -1 when adverbs open the sentence. The walk the accusing verb's ground and a threat verb's object share
    (act_accused_grounds, act_context.threatened_value); only the threat's object is read past a noun of manner."""
    while j >= 0:
        made = adverbial(toks, j)
        if made is not None:
            j = made[0] - 1
        elif toks[j][1] == "MAG":
            j -= 1
        elif j >= 1 and toks[j][:2] == LOCATIVE_PARTICLE and toks[j - 1][0] in noun_adverbs:
            j -= 2
        else:
            return j
    return j


def manner_verb(toks: list, j: int, lex: ActIndex) -> int | None:
    """'잇따라', '잇달아', '연이어', '번갈아': a verb of sequence in its 아/어 form before another verb says how that verb's
    act went on (an adverb), not an act or a clause of its own; the index of its stem (cue manner_verb), else None.
    Why: kiwi reads them as verb + ending, which would otherwise close the clause before the pair's noun."""
    if j < 1 or toks[j][1] != "EC" or toks[j][0] not in ("어", "아"):
        return None
    return j - 1 if toks[j - 1][1].startswith("VV") and toks[j - 1][0] in lex.cue("manner_verb") else None


def carried_past(toks: list, j: int, lex: ActIndex) -> int:
    """Before a verb, a carrying verb in its 아/어 form with its vehicle ('[어선에 태워] 돌려보냈다', '[버스에 실어]
    송환했다', cue carry_verb) says how the people were moved: one act with the verb after it, whose object stands
    before the vehicle. The index before the vehicle's noun run, else `j` unchanged."""
    if j < 2 or toks[j][1] != "EC" or toks[j][0] not in ("어", "아") or not toks[j - 1][1].startswith("VV") \
            or toks[j - 1][0] not in lex.cue("carry_verb") or toks[j - 2][1] != "JKB":
        return j
    k = j - 2
    while k >= 0 and toks[k][1][0] == "J":
        k -= 1
    return run_start(toks, k) - 1 if k >= 0 and toks[k][1] in NOUN_TAGS else j


def purpose_past(toks: list, j: int) -> int:
    """Before a verb, a purpose adverbial closed by 위해/위하여 ('대사를 [협의를 위해] 본국으로 불러들였다') says what the
    act is for: no clause edge and no argument of the verb, whose own arguments stand before it (sanction54). The
    index before the purpose's noun run, else `j` unchanged."""
    if j < 3 or toks[j][1] != "EC" or toks[j][0] not in ("어", "여") or toks[j - 1][:2] != ("위하", "VV") \
            or toks[j - 2][1] != "JKO" or toks[j - 3][1] not in NOUN_TAGS:
        return j
    return run_start(toks, j - 3) - 1


def agent_past(toks: list, j: int, lex: ActIndex) -> int:
    """(acts60b) Before a passive verb, its agent closed by '에 의해' ('제재가 [페루에 의해] 발표됐다', cue agent_verb)
    says who did the act: no argument of the verb, whose pair noun (the passive's subject) stands before it, as
    English 'Sanctions on X were announced by Y' reads. The index before the agent's noun run, else `j` unchanged."""
    if j < 3 or toks[j][1] != "EC" or toks[j - 1][0] not in lex.cue("agent_verb") or toks[j - 2][1] != "JKB" \
            or toks[j - 3][1] not in NOUN_TAGS:
        return j
    return run_start(toks, j - 3) - 1


SUBJECT_REACH = 4  # morphemes from a skipped agent back to the subject particle ('정부가 [화요일] 군에 의해')


def paired_subject(toks: list, j: int, pairs: dict, lex: ActIndex) -> bool:
    """Whether a subject (이/가) within `SUBJECT_REACH` morphemes before index `j` ends in a pair noun of the verb that
    is no act noun of its own ('정부가 … 전복됐다'; '제재가', '공격이' are acts): the pair is read as before, its agent
    left in view for the coup readers."""
    for k in range(j, max(0, j - SUBJECT_REACH), -1):
        if toks[k][1] == "JKS":
            return toks[k - 1][0] in pairs and act_noun(toks, k - 1, k - 1, lex, nominals=True) is None
    return False


def argument_runs(toks: list, first: int, lex: ActIndex, verb: str):
    """The nouns that stand before the predicate in its own clause, nearest first: a pair entry keyed on
    an adverb right before the verb (강력히 대응), else noun runs (start, end), each closed by a
    particle (을/를, 이/가, 은/는/도, 에, ...) or bare. Another argument may stand between a pair's
    noun and its verb (병력을 국경에 배치했다); the walk stops at the clause's edge."""
    j, skipped = first - 1, 0
    pairs = lex.pairs.get(verb, {})
    while j >= 0 and skipped < lex.file.object_window:
        adv = adverbial(toks, j)
        manner = manner_verb(toks, j, lex) if adv is None else None
        if manner is not None:
            j, skipped = manner - 1, skipped + 1  # '구역에 잇따라 진입했다': a manner, no argument
            continue
        if adv is None and toks[j][1] not in ("MAG", "SP"):
            break
        word, start = (adv[1], adv[0]) if adv else (toks[j][0], j)
        if word in pairs:
            yield pairs[word], start
            return
        j, skipped = start - 1, skipped + 1
    for _ in range(lex.file.object_window):
        genitive = False
        j = purpose_past(toks, carried_past(toks, j, lex))  # '선원들을 [어선에 태워]
        # 돌려보냈다': the serial verb's vehicle is no argument; nor is a purpose ('[협의를 위해] 불러들였다'), nor (acts60b) a
        # light verb's passive agent ('제재가 [페루에 의해] 발표됐다'; a subject that is the verb's own pair noun keeps the
        # agent in view: '정부가 [군에 의해] 전복됐다' is the coup readers')
        j = j if paired_subject(toks, agent_past(toks, j, lex), pairs, lex) else agent_past(toks, j, lex)
        while True:
            while j >= 0 and (toks[j][1][0] == "J" or toks[j][1] in ("MAG", "SP", "SS", "SSO", "SSC")
                              or adverbial(toks, j)):
                genitive = genitive or toks[j][1] == "JKG"
                adv = adverbial(toks, j)
                j = adv[0] - 1 if adv else j - 1
            about = j >= 2 and toks[j - 1][:2] == ("여", "XSN")  # '30여 명': about thirty
            if not (j >= 1 and toks[j][1] in COUNT_UNIT_TAGS and toks[j - 1 - about][1] in ("SN", "NR", "MM")) \
                    or toks[j - 1 - about][0] in lex.cue("demonstrative_determiner") \
                    or toks[j - 1 - about][0] in lex.cue("whole_determiner") \
                    or toks[j - 1 - about][0] in lex.cue("standing_determiner") \
                    or toks[j - 1 - about][0] in lex.cue("quality_determiner"):
                break  # '이 협정을', '모든 교역을': a demonstrative or the whole class, the noun is the argument (appeals50);
                # '전 대통령을': a former holder, no count (actors58); '새 제재를': a new one (konoun46)
            if toks[j][0] in pairs and toks[j][0] in lex.cue("currency_noun"):
                yield j, j  # kopar53a: '20억 달러를 예치했다': a sum's currency is the pair's noun, not a count's unit
            j -= 2 + about  # 인질 20명을 풀어줬다, 제재를 2년 연장: a count or a span of time stands before the verb
            while j >= 0 and toks[j][1] in ("SN", "NR") and j > 0 and toks[j - 1][1] in ("SN", "NR", *NOUN_TAGS):
                j -= 1  # 예비역 30만 명을: the number's own parts (30 + 만) before its unit
            if j >= 1 and toks[j][1] == "NNB" and toks[j][0] in lex.cue("example_noun"):
                j -= 1  # '야당 의원과 활동가 등 20명을': the people the count sums up stand before 등
        if j >= 1 and toks[j][1] == "NNB" and toks[j][0] in lex.cue("side_noun") and toks[j - 1][1] in NOUN_TAGS:
            j -= 1  # '선원들을 [B 측]에 인도했다': the side (a bound noun) stands for its state, one argument
        if j < 0 or toks[j][1] not in NOUN_TAGS:
            return
        start = run_start(toks, j, lex)
        end = j - 1 if j > start and toks[j][0] in lex.cue("partitive_noun") else j  # 제재 일부를 해제
        if end > start and toks[end][:2] == PLURAL_SUFFIX:
            end -= 1  # '인질들을 풀어줬다': the plural is no part of the pair's noun
        if not genitive:  # 협력의 중요성을 강화: a genitive noun modifies the next, it is no argument
            yield start, end
        j = purpose_past(toks, carried_past(toks, start - 1, lex))
        if j >= 0 and toks[j][1] in CLAUSE_STOP:
            return
