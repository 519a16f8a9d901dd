"""A date inside an adnominal clause on the sentence's subject: '지난 10일 B 대통령과 통화한 A 총리는 협정을 환영했다'.

Korean puts what a person did before into a relative clause on the name ('[지난 10일 ... 통화한] A 총리는'): the date stands
at the start of that clause, before its verb's adnominal ending (-한, -된, -던), and the head of the clause is the
sentence's subject or topic. That date is the relative clause's act's (the call), not the main clause's (the welcome),
as English 'A, who spoke with B on Sunday, welcomed ...' (lang/en/language.py `date_relative_before_re`). A date right
after a topic ('A 총리는 10일 ...') is the topic's own and is never read here (fields10).
"""
from __future__ import annotations

import re


def relative_extent(text: str, start: int, end: int, pattern: re.Pattern, particles: re.Pattern,
                    nouns: frozenset[str], reach: int) -> tuple[int, int] | None:
    """(date start, end of the adnominal verb) where the date opens a relative clause whose head, a few bare words
    after the verb, is the sentence's subject ('통화한 [보리치 칠레 대통령]은'); None otherwise. `particles` matches a
    word that carries a case particle (a head is bare words up to its subject particle), `nouns` the words that end
    like an adnominal verb and are nouns ('방한', '제한')."""
    m = pattern.match(text, end, min(len(text), end + reach))
    if m is None:
        return None
    verb = m.group(1)
    if verb in nouns:
        return None
    words = m.group(2).split()
    if any(particles.fullmatch(w) and not coordinated_name(words, k) for k, w in enumerate(words)):
        return None  # '10일 열린 회의에서 A 장관은': the head is a place of the statement, not its subject
    return start, m.end(1)


def coordinated_name(words: list[str], k: int) -> bool:
    """The head's word `k` is a name joined to the next by 와/과 ('[지난달 교전을 벌인] 인도와 중국이 합의했다',
    dates58): the head is two subjects, each the relative clause's doer, where no adverbial verb form follows it
    ('[10일 열린] 회의와 관련해 A 장관은': the meeting is what the statement is about, and the date may be its own)."""
    return bool(COORDINATED_RE.fullmatch(words[k])) and not any(ADVERBIAL_RE.fullmatch(w) for w in words[k + 1:])


def object_relative_extent(text: str, start: int, end: int, verb: re.Pattern, head: re.Pattern, inner: re.Pattern,
                           particles: re.Pattern, nouns: frozenset[str], reach: int) -> tuple[int, int] | None:
    """(date start, end of the head noun) where the date opens a relative clause on a later verb's object (koacts46):
    '[지난 15일 B에서 열린 C와 D의] 회의를 비난했다', '[지난 15일 B가 발표한 국경] 봉쇄 조치를 비판했다'. The date is that
    clause's deed's (the meeting held, the measure announced) and its head's, not the judging statement's, which takes
    its own clause's day ('전날 담화를 통해 ... 비난했다') or the story's; as English "condemned the talks held in B on
    Friday". The clause is: up to four words (its arguments), its adnominal verb (`verb`: '발표한', '열린'; never a noun
    that ends like one, `nouns`), up to four words of the head's noun phrase (bare, or joined by 와/과/의: `inner`;
    no other case particle, `particles`) and the head with its object particle (`head`). A head with 에서 ('열린 회담에서 ...를 비판했다': where the statement was made) is no object."""
    limit = BOUNDARY_RE.search(text, end, min(len(text), end + reach))
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(text, end, limit.start() if limit else end + reach)]
    for v, (vs, ve) in enumerate(words[:MAX_ARGUMENTS + 1]):
        if not verb.fullmatch(text, vs, ve) or text[vs:ve] in nouns:
            continue
        for hs, he in words[v + 1:v + 2 + MAX_BARE]:
            if head.fullmatch(text, hs, he):
                return start, he - 1
            if particles.fullmatch(text, hs, he) and not inner.fullmatch(text, hs, he):
                return None
        return None
    return None


WORD_RE = re.compile(r"\S+")
COORDINATED_RE = re.compile(r"[가-힣A-Za-z·]+(?:와|과)")  # a name joined to the next one: 'A와 B가'
ADVERBIAL_RE = re.compile(r"[가-힣]+(?:해|하여|해서)")  # a verb's adverbial form: '관련해', '대비해'
BOUNDARY_RE = re.compile(r"[,.。\"“”]")  # a comma, a stop or a quote mark: the clause or the quotation ends
MAX_ARGUMENTS = 4  # words of the relative clause before its verb ('B에서', 'B가', '미사일을')
MAX_BARE = 4  # words of the head's phrase between the adnominal verb and its head ('한미 핵협의그룹(NCG) 2차 회의를')
SENTENCE_STOPS = ".。!?"  # a sentence ends between two dates: the later one is no second day of the first's sentence


def own_day(d) -> bool:
    """A day (`DateRef` of day precision) not already read as another clause's: what a sentence's verb may take."""
    return d.precision == "day" and not d.background


def same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence stop stands in `text[start:end]`."""
    return not any(c in SENTENCE_STOPS for c in text[start:end])
