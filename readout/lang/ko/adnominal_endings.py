"""What an adnominal ending (ETM) after a Korean predicate says about its clause, read on kiwi's morphemes: the noun
after it decides (V-ㄹ 것 future, V-ㄹ 수 있다 possible, V-ㄹ 방침 plan, V-는 성명 the act's vehicle, V-ㄴ 사실 a fact
reported, V-ㄴ 바 있다 done before, a deed of the head noun that is the sentence's subject); any other noun makes the
clause a relative one that only describes it. Called by lang/ko/endings.read_clause; the closed word lists are the
`cues` of data/lexicon/ko_acts.yaml.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.connective_endings import inherit, told_content
from readout.lang.ko.ending_reading import Reading, lemma_at
from readout.lang.ko.tags import (ACT_VERB_TAGS, CLAUSE_EDGE_TAGS, FUTURE_ETM, INSTRUMENTAL_PARTICLES, NOUN_TAGS,
                                  PAST_ETM, PLAIN_NOUN_TAGS, SUBJECT_TAGS)


def read_adnominal(toks: list, j: int, r: Reading, lex: ActIndex) -> Reading:
    """V-ㄹ 것 (future), V-ㄹ 수 있다, V-ㄹ 방침; V-ㄴ 뒤 (an act, then time); V-는 성명 (the act's
    vehicle); V-ㄴ 것으로 알려졌다 (reported); any other noun: a relative clause, not an act. (debt52) Read in named
    steps: what the ending itself says (`noun_left_to_read`), a hesitation verb's inner clause, then the noun after a
    future ending (`future_noun_reading`) or after any other (`noun_reading`)."""
    n = len(toks)
    form = toks[j][0]
    r.endings.append(form)
    r.last = j
    particle_at = past_quote_close(toks, j + 2)
    after = toks[particle_at] if particle_at < n else ("", "", 0, 0)
    r.clause = "adnominal"
    if not noun_left_to_read(toks, j, r, lex):
        return r
    kinds = lex.kinds(toks[j + 1][0])
    hesitation = _unhesitating(toks, j + 1, lex)
    if hesitation is not None:  # ko48: '부과하는 데 주저하지 않겠다': the act, pledged as the hesitation verb says
        from readout.lang.ko.endings import read_clause  # the clause walk calls this module: imported when asked

        inner = read_clause(toks, hesitation, lex)
        inner.negated, inner.endings = False, r.endings + inner.endings
        return inner
    if form in FUTURE_ETM:
        return future_noun_reading(toks, j, r, lex, kinds, after)
    return noun_reading(toks, j, r, lex, kinds, after)


def noun_left_to_read(toks: list, j: int, r: Reading, lex: ActIndex) -> bool:
    """(debt52) What the adnominal ending says before its noun is read: a denied plan ('만날 계획이 없다'), an
    exhortation or an imperative (the content of a demand: dropped), a quoted intent, no noun after it (a relative
    clause). Answers whether the noun after it is still to be read (False: `r` is the reading)."""
    n = len(toks)
    form = toks[j][0]
    noun = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
    absent = lex.cue("absent_verb")
    if any(toks[k][0] in absent for k in range(j + 2, min(n, j + 4))):  # 만날 계획이 없다
        r.negated = True
    kinds = lex.kinds(form)  # speed51: the ending's cue lists, then the noun's, each looked up once
    if "exhortation_ending" in kinds:
        r.drop = "exhortation"
        return False
    if "imperative_ending" in kinds and toks[j - 1][1] != "EP":
        r.drop = "imperative"  # 중단하라는 요구: the content of a demand
        return False
    r.quoted = "quote_ending" in kinds  # 보복하겠다는 입장: a stated intent
    if noun[1] not in ("NNG", "NNB", "NNP"):
        r.drop = "relative"
        return False
    return True


def future_noun_reading(toks: list, j: int, r: Reading, lex: ActIndex, kinds: frozenset, after: tuple) -> Reading:
    """(debt52) The noun after a future ending (V-ㄹ) names the act's modality: 것 (future, or predicted before
    으로), 수 (possible; a capacity asked for is content), 방침 (plan), 방안 (option), 일정 (scheduled), a
    connective noun (a condition); any other noun makes a relative clause."""
    n = len(toks)
    if "future_noun" in kinds:
        r.drop = "content" if after[1] == "JKO" else None
        r.modality = "predicted" if after[0] in INSTRUMENTAL_PARTICLES else "future"  # 할 것으로 보인다
    elif "possible_noun" in kinds:
        r.modality = "possible"
        if j + 3 < n and toks[j + 3][1] == "EC" and toks[j + 3][0] in lex.cue("content_ending"):
            r.drop = "content"  # '공격할 수 있도록 해 달라': the capacity asked for, no act (ko-acts37)
    elif "modality_noun" in kinds:
        r.modality = "plan"
    elif "option_noun" in kinds:
        r.modality = "option"  # 할 방안: weighed, not pledged
    elif "schedule_noun" in kinds:
        r.modality = "scheduled"
    elif "connective_noun" in kinds:
        r.modality, r.clause = "condition", "noun"
    else:
        r.drop = "relative"
    return r


def noun_reading(toks: list, j: int, r: Reading, lex: ActIndex, kinds: frozenset, after: tuple) -> Reading:
    """(debt52) The noun after a present or past ending (V-는, V-ㄴ): an example listed by 등 (done as the clause it
    leads to), a plan, option or schedule, a connective noun (an act, then time), the act's vehicle (a text still
    under discussion states none), a report or a fact (the act took place), a text's content, a deed of the
    sentence's subject (recalled); any other noun makes a relative clause."""
    form = toks[j][0]
    if "example_noun" in kinds and after[1] not in ("JKG", "JKO"):
        # sanction56: '대사를 추방하는 등 관계를 격하했다': an act listed by 등 before the clause it leads to is done as
        # that clause says, as a V-고 clause is; '부과하는 등의 조치', '추방하는 등을 요구' stay content
        r.clause = "connective"
        return inherit(toks, j + 1, r, lex, 0)
    if "modality_noun" in kinds:
        r.modality = "plan"
    elif "option_noun" in kinds:
        r.modality = "option"  # 완화하는 방안: an option on the table, not a pledge
    elif "schedule_noun" in kinds:
        r.modality = "scheduled"
    elif "connective_noun" in kinds:
        r.clause = "noun"
        r.recalled = _experienced(toks, j + 2, lex)
    elif (head := _vehicle_head(toks, j + 1, lex)) is not None:
        verb = _vehicle_verb(toks, head, lex)
        if verb in lex.cue("pending_vehicle_verb") or verb in lex.cue("judged_vehicle_verb"):
            r.drop = "relative"  # 규탄하는 결의안을 논의했다: a text under discussion states no act yet
        else:
            r.clause = "noun"
    elif "reported_noun" in kinds:
        r.clause = "reported"
    elif "fact_noun" in kinds and form not in FUTURE_ETM and not _fact_denied(toks, j + 2, lex):
        r.clause = "reported"  # '[일본인이 X 당국에 구속된] 사실을 확인했다': the fact confirmed took place
    elif told_content(toks, j - 1, lex):
        r.drop = "content"  # sanction58: '철수하는 내용이 담겼다': a text's content, no deed
    elif _recalled_subject(toks, j, lex):
        r.clause, r.recalled = "relative_subject", True  # dates62: '대사를 추방했던 칠레는': Chile's earlier deed
    elif _done_by_subject(toks, j):
        r.clause, r.recalled = "relative_subject", True  # relatives63: '대사를 추방한 칠레는': the same, plain past
    else:
        r.drop = "relative"
    return r


CLAUSE_BOUNDS = frozenset({"EC", "EF", "SF", "SP", "ETM", "ETN", "JX", "JKS"})


def _recalled_subject(toks: list, j: int, lex: ActIndex) -> bool:
    """dates62: a past retrospective relative clause ('V-었던', cue retrospective_ending) with an object of its own
    ('대사를') on a named head that is the sentence's subject or topic ('[대사를 추방했던] 칠레는'): the head did the deed,
    before the story's day. A head the clause's object could be ('[볼리비아가 추방했던] 외교관이': the clause has a
    subject of its own, or no object) or a head that is not the subject ('[제안했던] 페루의 요청을') is a description."""
    if toks[j][0] not in lex.cue("retrospective_ending") or toks[j - 1][1] != "EP":
        return False
    return _has_object(toks, j) and head_span(toks, j) is not None


def _done_by_subject(toks: list, j: int) -> bool:
    """relatives63: the plain past adnominal of an action verb ('V-ㄴ' on a verb stem, PAST_ETM) is a deed done, as
    the retrospective '-었던' is: with an object of its own ('대사를') on a named head that is the sentence's subject
    or topic ('[대사를 소환한] 페루 정부는') the head did it, before the story's day. A prospective adnominal
    ('[추방할] 칠레는'), an adjective's ('[강한] 칠레는') or a clause with no object ('[볼리비아가 추방한] 외교관이':
    the head is what was acted on) is no deed of the head."""
    if toks[j][0] not in PAST_ETM or not toks[j - 1][1].startswith(tuple(ACT_VERB_TAGS)):
        return False
    return _has_object(toks, j) and head_span(toks, j) is not None


def _has_object(toks: list, j: int) -> bool:
    """The clause closed by the adnominal ending at `j` has an object of its own (a word marked 을/를) and no subject
    of its own ('[페루가 대사를 추방한] 칠레는': Peru did it, to Chile's envoy)."""
    k, obj = j - 1, False
    while k > 0 and j - k < 12:
        k -= 1
        if toks[k][1] == "JKS":
            return False
        if toks[k][1] in CLAUSE_BOUNDS:
            break
        obj = obj or toks[k][1] == "JKO"
    return obj


def head_span(toks: list, j: int) -> tuple[int, int] | None:
    """The character span of the named noun run after the adnominal ending at `j` when a subject or topic particle
    closes it ('[...했던] 칠레 정부가'), else None. (relclause53) A state's head noun that kiwi tags as a bound noun
    after the name ('[마을을 포격했던] 가나군은': 군/NNB before 은, 군/NNG before 이) is part of the run, as its common noun
    reading is (lexicon country_head_nouns)."""
    m = j + 1
    while m < len(toks) and m - j <= 3 and (toks[m][1] in PLAIN_NOUN_TAGS or m > j + 1 and bound_head(toks[m])):
        m += 1
    if m > j + 1 and toks[j + 1][1] == "NNP" and m < len(toks) and toks[m][1] in SUBJECT_TAGS:
        return toks[j + 1][2], toks[m - 1][2] + toks[m - 1][3]
    return None


BOUND_NOUN_TAG = "NNB"


def bound_head(tok: tuple) -> bool:
    """(relclause53) A state's head noun ('군') that kiwi tagged as a bound noun."""
    return tok[1] == BOUND_NOUN_TAG and tok[0] in frozenset(lexicon("ko")["country_head_nouns"])


def _unhesitating(toks: list, k: int, lex: ActIndex) -> int | None:
    """(ko48) The stem of a negated verb of hesitating (cue hesitation_verb) right after the act clause's head noun
    at `k` (cue hesitation_head_noun) and its particle: '[부과하는] 데 주저하지 않겠다', '[보복하는] 것을 망설이지
    않을 것'. The negation is on the hesitation, so it affirms the act, which takes the hesitation verb's tense and
    modality ('않겠다': a pledge). None where no such verb follows or it is not negated ('주저했다')."""
    if k >= len(toks) or toks[k][0] not in lex.cue("hesitation_head_noun") or toks[k][1] != "NNB":
        return None
    m = k + 1
    if m < len(toks) and toks[m][1] in ("JKO", "JKB", "JX"):
        m += 1  # '것을', '데에', '데도'
    if m + 1 < len(toks) and toks[m][1] in NOUN_TAGS and toks[m + 1][1] == "XSV":
        stem, verb = m + 1, toks[m][0] + "하다"  # '주저/NNG 하/XSV'
    elif m < len(toks) and toks[m][1] == "VV":
        stem, verb = m, toks[m][0] + "다"
    else:
        return None
    negated = stem + 2 < len(toks) and toks[stem + 1][:2] == ("지", "EC") and toks[stem + 2][1] == "VX" \
        and toks[stem + 2][0] in ("않", "못")
    return stem if verb in lex.cue("hesitation_verb") and negated else None


QUOTE_CLOSE_TAGS = frozenset({"SSC", "SS"})


def past_quote_close(toks: list, k: int) -> int:
    """The index of the first morpheme from `k` on that is no closing quote mark (koacts38): a quoted demand closes
    its quote between the bound noun and the particle ('"... 호응할 것"을 요구했다': 것 + " + 을), and the particle
    still makes the clause the demanded content, as it does unquoted ('호응할 것을 요구했다')."""
    while k < len(toks) and toks[k][1] in QUOTE_CLOSE_TAGS:
        k += 1
    return k


def _experienced(toks: list, k: int, lex: ActIndex) -> bool:
    """'합의한 바 있다', '방문했던 바도 있다': after the noun of experience (cue experience_noun) the verb of having
    (cue experience_verb), a focus particle allowed between: the act was done before, not on the report's day."""
    if toks[k - 1][0] not in lex.cue("experience_noun"):
        return False
    if k < len(toks) and toks[k][1] == "JX":
        k += 1
    return k < len(toks) and toks[k][1] in ("VA", "VV") and toks[k][0] in lex.cue("experience_verb")


FACT_VERB_REACH = 4  # morphemes from a fact noun's particle to the verb that confirms or denies it


def _fact_denied(toks: list, k: int, lex: ActIndex) -> bool:
    """The fact noun is denied ('공격한 사실을 부인했다', cue deny_verb) or the next verb is no confirming one: only a
    fact confirmed, disclosed or reported (cue fact_verb) states that the act took place."""
    for m in range(k, min(len(toks), k + FACT_VERB_REACH)):
        if toks[m][1] in ACT_VERB_TAGS:
            return lemma_at(toks, m) not in lex.cue("fact_verb")
    return True


def _vehicle_head(toks: list, i: int, lex: ActIndex) -> int | None:
    """The last noun of the compound starting at morpheme `i` when it is a statement that carries the act
    ('규탄하는 성명', '규탄하는 공동 성명', '비난하는 외무성 대변인 담화'): the compound's head decides, as
    kiwi splits 공동성명 into 공동 + 성명."""
    end = i
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
        end += 1
    joined = "".join(toks[k][0] for k in range(i, end + 1))
    heads = (toks[end][0], joined, *("".join(toks[k][0] for k in range(m, end + 1)) for m in range(i + 1, end)))
    vehicles = lex.cue("vehicle_noun")
    return end if any(h in vehicles for h in heads) else None


VEHICLE_VERB_REACH = 7  # morphemes from a statement noun to its verb ('결의안 + 에 + 거부 + 권 + 을 + 행사 + 하')


def _vehicle_verb(toks: list, head: int, lex: ActIndex) -> str | None:
    """The lemma of the verb a statement noun is the argument of ('결의안을 논의했다' -> 논의하다, '결의안에 거부권을
    행사했다' -> 행사하다: blocked, as a pending text states no act yet), a few morphemes on, or None."""
    for k in range(head + 1, min(len(toks), head + VEHICLE_VERB_REACH)):
        if toks[k][1] in ACT_VERB_TAGS:
            return lemma_at(toks, k)
        if toks[k][1] in CLAUSE_EDGE_TAGS:
            return None
    return None
