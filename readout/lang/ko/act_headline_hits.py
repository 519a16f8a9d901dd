"""Korean headlines that state an act with a bare noun ('X, Y에 제재'): the headline's topic and its listed objects,
the speaker of a quoted headline, a quoted fragment that names no act, and where a headline's phrase starts.

Why apart from `act_clauses`: a headline has no predicate; this reads its noun phrases, quotes and closing marks.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_forewarnings import THREAT_MODE, THREAT_TARGET, threatened_mode
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.agent_chains import joined_sector
from readout.lang.ko.tags import ACT_VERB_TAGS, CONTINUING_ENDINGS, NOUN_TAGS
from readout.lang.ko.words import country_of_word
from readout.sectors import STATE_FORCE_SECTORS


HEADLINE_CLOSERS = frozenset({"SE", "SF", "SS", "SSO", "SSC", "SP"})  # '…', '.', quotes, a comma
HEADLINE_SUMMARY_TYPES = frozenset({"CONSULT", "COOPERATE", "AID"})  # a headline's '협력', '지원': the topic of talks


LIST_JOINERS = frozenset({"·", "ㆍ", "/"})  # the marks that join the items of a headline's list ('제재·방문')


def listed_object(toks: list, k: int) -> bool:
    """(koacts38) Morpheme `k` is a list's joiner ('美 제재·국방장관 방문 반발하며') whose items run, nouns and joiners
    only, into a verb: the listed nouns are that verb's objects (what is objected to), none a headline's act of its
    own. A list that ends the phrase ('도발 규탄·대화 촉구') keeps each item an act."""
    if k >= len(toks) or toks[k][0] not in LIST_JOINERS:
        return False
    m = k + 1
    while m < len(toks) and (toks[m][1] in NOUN_TAGS or toks[m][0] in LIST_JOINERS):
        m += 1
    return m < len(toks) and toks[m][1] in ACT_VERB_TAGS


def headline_hit(toks: list, lex: ActIndex, used: set[int]) -> ActHit | None:
    """A headline states its act with a bare verbal noun where a sentence would conjugate it ('정부, 北
    미사일 발사 규탄…', '美, 러시아 은행 10곳 제재'): the first noun that ends a phrase of the headline
    (before '…', a quote, a comma or the end) whose 하다 verb (or a pair with a noun of the same phrase:
    '유감 표명', '병력 증강 배치', '식량 지원 500만 달러 제공') is an act reads as that verb in the main clause;
    the nouns before it are its object. Only where no ending or case particle precedes it outside quotes: a
    sentence conjugates its verbs, while a quote in a headline is what was said: its particles end nothing, and
    an act named outside it is the one done ('"도발 땐 응징" 경고': a warning; '외교부 "日 ... 강력 규탄"': the
    quoted act, when nothing outside names one)."""
    quoted, said, joined_at = False, None, None
    for i, tok in enumerate(toks):
        if tok[1] in QUOTE_TAGS:
            quoted = tok[1] == "SSO" or tok[1] == "SS" and not quoted
            continue
        if tok[1] == "EC" and tok[0] in HEADLINE_JOINED and not quoted and bare_tail(toks, i + 1):
            joined_at = i  # '노조, 임금 인상 요구하며 총파업 돌입': the clause before is the act's content
            continue
        if tok[1] in ("EF", "EC", "ETM", "ETN", "JKO", "JKS", "JX") and not quoted:
            return said  # a sentence, or a phrase with a verb or an argument of its own before its end
        if tok[1] not in NOUN_TAGS or i in used or (i + 1 < len(toks) and toks[i + 1][1] not in HEADLINE_CLOSERS) \
                or listed_object(toks, i + 1):
            continue
        start = phrase_start(toks, i)
        verb = tok[0] + "하다"
        pairs = lex.pairs.get(verb, {})
        pair = next((pairs[key] for j in range(i - 1, start - 1, -1) for k in range(start, j + 1)
                     if (key := joined(toks, k, j)) in pairs), None)
        entry = pair or lex.verbs.get(verb)
        first = i if pair is None else start
        if entry is None and i > start and tok[0] in lex.cue("realize_noun"):
            carried = act_noun(toks, start, i - 1, lex, nominals=True)  # '공습 감행', '총파업 돌입': the act noun
            if carried is not None:                                    # before the noun that carries it out
                entry, first = carried
        if entry is None and joined_at is not None and i > joined_at:
            carried = act_noun(toks, start, i, lex, nominals=True)  # '... 촉구하며 총파업': the act noun heads it
            if carried is not None:
                entry, first = carried
        if entry is None or entry.type in HEADLINE_SUMMARY_TYPES and pair is None:
            continue  # '정부,': the phrase names someone; '…"北 비핵화 협력"': a summary of talks, no act done;
            # what is given names the act ('필리핀에 긴급 식량 지원': a pair's noun)
        if pair is None and entry.lemma in lex.cue("pledge_only") or quoted and entry.type == "AGREE" and entry.generic:
            continue  # '"기후위기에 적극 대응"': a generic pledge verb alone states no act; a quoted fragment is what its
            # speaker says it will do, never an agreement ('北 도발에 '단호 대응'' warns: a pair, THREATEN)
        hit = ActHit(start=toks[first][2], end=tok[2] + tok[3], type=entry.type, mode=entry.mode,
                     lemma=entry.key, target=tuple(entry.target), nominal=False, negated=False,
                     status="occurred", generic=entry.generic, contexts=tuple(entry.contexts),
                     data={"pred": i, "first": first, "last": i, "clause": "headline", "main": True})
        if not quoted:
            topic = headline_topic(toks, first) or quote_speaker(toks)  # '칠레 "…" 반박': who spoke does the act
            return replace(hit, data={**hit.data, "agent_span": topic}) if topic else hit
        said = said or quoted_fragment(hit, quote_speaker(toks))
    return said


def headline_topic(toks: list, first: int) -> tuple[int, int] | None:
    """The headline's topic closed by a comma before its act word at `first` ('[속보] 이스라엘군, 레바논 남부 거점
    공습', '러시아, 우크라이나에 미사일 공격'): a run of nouns after any bracketed tag, which does the act; the
    states named after the comma are where it lands. Character offsets, or None."""
    k = 0
    if toks and toks[0][1] == "SSO":  # '[속보]', '[단독]': the bracketed tag
        while k < len(toks) and toks[k][1] != "SSC":
            k += 1
        k += 1
    start = k
    while k < first and (toks[k][1] in NOUN_TAGS or toks[k][1] == "NNB"):
        k += 1
    if k == first:
        return forces_topic(toks, start, first)  # koattack50: no comma, '가나군 반군 거점 공격'
    if k == start or k > first or toks[k][:2] != (",", "SP"):
        return None
    return toks[start][2], toks[k - 1][2] + toks[k - 1][3]


FORCES_TOPIC_SECTORS = STATE_FORCE_SECTORS  # '가나군', '칠레 경찰': a state's forces open a comma-less headline
TOPIC_WORDS = 2  # words the forces' phrase may run to ('페루 정부군')


def forces_topic(toks: list, start: int, first: int) -> tuple[int, int] | None:
    """(koattack50, issue 14) A headline with no comma whose noun run opens with a state's forces ('[가나군] 반군 거점
    공격', '[페루 정부군] 무장단체 은신처 공습'): the first word (or two, '페루 정부군') ending in an agent noun of a
    state's forces (`FORCES_TOPIC_SECTORS`) does the act when the words after it, before the act noun, name another
    side: an agent noun ('반군') or a country word. Not where nothing else is named ('러시아군 기지 공격': the base is
    the forces' own, struck) nor where the forces' word stands right before the act noun ('칠레군 공격': who did it?)."""
    words = noun_words(toks, start, first)
    for n in range(1, min(TOPIC_WORDS, len(words) - 1) + 1):
        head = toks[words[n - 1][1]][0]
        fused = n == 1 and words[0][0] == words[0][1] and fused_forces(head)  # koattack51: '태국군', one morpheme
        if not fused and (sector_of(head) not in FORCES_TOPIC_SECTORS or n == 1 and toks[words[0][0]][1] != "NNP"
                          and toks[words[0][0]][0] == head):
            continue  # '군 반군 거점': no state's forces named; '가나군': NNP + 군, or '페루 정부군'
        rest = [joined(toks, lo, hi) for lo, hi in words[n:]]
        if any(sector_of(w) or country_of_word(w) for w in rest):
            end = words[n - 1][1]
            return toks[words[0][0]][2], toks[end][2] + toks[end][3]
    return None


def fused_forces(word: str) -> bool:
    """(koattack51) Whether one morpheme is a state's name written in one with its forces' noun ('태국군', which kiwi
    keeps whole, where it splits '가나군' as 가나 + 군): the state's forces, as the country reader reads the word
    (agent_chains.joined_sector)."""
    code = country_of_word(word)
    return bool(code) and joined_sector(word, [code] if isinstance(code, str) else list(code)) in FORCES_TOPIC_SECTORS


def noun_words(toks: list, start: int, first: int) -> list[tuple[int, int]]:
    """The whitespace words of morphemes start..first-1 as (first, last) morpheme pairs."""
    out: list[tuple[int, int]] = []
    for k in range(start, first):
        if out and toks[k][2] == toks[k - 1][2] + toks[k - 1][3]:
            out[-1] = (out[-1][0], k)
        else:
            out.append((k, k))
    return out


def quote_speaker(toks: list) -> tuple[int, int] | None:
    """The words before a headline's first quote that name who speaks ('이란 "…"', '中 외교부 "…"'), with no comma,
    particle or ending among them (else they are part of the headline's own phrase: '정부, 北 도발에 "…"');
    character offsets, or None."""
    for k, tok in enumerate(toks):
        if tok[1] in QUOTE_TAGS:
            return (toks[0][2], toks[k - 1][2] + toks[k - 1][3]) if k > 0 else None
        if tok[1] not in NOUN_TAGS and tok[1] != "SH":
            return None
    return None


QUOTED_NONE = frozenset({"AGREE", "COOPERATE", "AID", "CONSULT", "RETREAT"})  # a quoted headline pledge: no act


def quoted_fragment(hit: ActHit, speaker: tuple[int, int] | None) -> ActHit | None:
    """A headline's quoted noun phrase is what its speaker says, not a report of an act done: force or a measure
    ('이란 "이스라엘에 보복"', '"상응 조치"') is threatened (THREATEN, the threatened act its stated type); a pledge to
    agree, cooperate, aid, meet or withdraw ('日, 한국과 '협력 강화'') is an intention the headline quotes, no act
    (never AGREE: nothing was agreed); a statement made by saying it ('"강력 규탄"', '"단호 대응"') is that act.
    `speaker`: the words before the quote naming who speaks (`quote_speaker`), the act's agent."""
    data = {**hit.data, "agent_span": speaker} if speaker else hit.data
    if hit.type in THREAT_MODE:
        return replace(hit, type="THREATEN", mode=threatened_mode(hit.type, hit.contexts, hit.mode), target=THREAT_TARGET,
                       data={**data, "stated_type": hit.type, "threatened": hit.type})
    return None if hit.type in QUOTED_NONE else replace(hit, data=data)


QUOTE_TAGS = frozenset({"SS", "SSO", "SSC"})
HEADLINE_JOINED = CONTINUING_ENDINGS  # '요구하며 총파업 돌입': a clause joined to the headline's act
CLAUSE_TAGS = frozenset({"EF", "EC", "ETM", "ETN", "JKO", "JKS", "JX", "EP", "XSV", "VV", "VA", "VX"})


def bare_tail(toks: list, i: int) -> bool:
    """From morpheme `i` on, a headline's bare noun phrase (no ending, verb or case of a sentence), with a noun."""
    rest = toks[i:]
    return any(t[1] in NOUN_TAGS for t in rest) and not any(t[1] in CLAUSE_TAGS for t in rest)
QUANTITY_TAGS = frozenset({"SN", "NR", "NNB"})  # '500만 달러', '1만 명': an amount inside an act's noun phrase


def phrase_start(toks: list, i: int) -> int:
    """The first noun of the headline phrase ending at i, across an amount in it ('인도적 지원 500만 달러
    제공': the amount given stands between what is given and the verbal noun); a root before it is its manner
    ('단호 대응': kiwi reads 단호 as a root, XR, which a pair may hold)."""
    start = run_start(toks, i)
    if start > 0 and toks[start - 1][1] == "XR":
        return start - 1
    k = start
    while k > 0 and toks[k - 1][1] in QUANTITY_TAGS:
        k -= 1
    if k < start and k > 0 and toks[k - 1][1] in NOUN_TAGS and any(toks[j][1] == "SN" for j in range(k, start)):
        return run_start(toks, k - 1)
    return start
