"""Who speaks when a Korean act's subject is no name: the subjects that are the act's own.

A sentence going on with the voice just heard ('외무부는 "..."고 경고하고, 영국이 제기한 의혹도 부인했다', '담화는
"도발자들은 대가를 치를 것"이라며 으름장을 놨다') has other subjects before its act word that are not the act's: the
subject inside a quotation (what the voice said) and the subject of a relative clause ('영국이 제기한 의혹': who raised
the charge). `own_subjects` leaves them out, so a bare voice opening the sentence is read as its only subject
(lang/ko/reading_acts.py continued_subject)."""

from __future__ import annotations

from readout.lang.ko.words import appositive

OPENING_QUOTES = frozenset('“')
CLOSING_QUOTES = frozenset('”')
STRAIGHT_QUOTES = frozenset('"')
CASE_SUBJECT = "JKS"  # the subject case particle's tag (이, 가, 께서), as against a topic's (JX: 은, 는, 도)
ADDITIVE = "도"  # the particle that marks a subject or an object ('X도'): a subject only where no other is


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the double quotations in `text` (an unclosed one runs to the end)."""
    ranges, opened = [], None
    for i, ch in enumerate(text):
        if opened is None and (ch in OPENING_QUOTES or ch in STRAIGHT_QUOTES):
            opened = i
        elif opened is not None and (ch in CLOSING_QUOTES or ch in STRAIGHT_QUOTES):
            ranges.append((opened, i + 1))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def own_subjects(r, text: str, j: int, subject: frozenset[str] | set[str],
                 heads: frozenset[str] | set[str]) -> list[int]:
    """Word indexes before word `j` with a subject particle that are the subject of `j`'s act: not inside a
    quotation (other than one `j` stands in) and not the subject of a relative clause between it and `j` ('영국이 제기한 의혹')."""
    at = r.words[j].start
    quotes = [(lo, hi) for lo, hi in quoted_ranges(text) if not lo <= at < hi]  # an act quoted keeps its quote's subjects
    out = []
    for k in range(j):
        if r.facts[k].particle not in subject:
            continue
        start = r.words[k].start
        if any(lo <= start < hi for lo, hi in quotes):
            continue
        if k == j - 1 and r.facts[k].particle == ADDITIVE:
            continue  # '외무부는 ... 의혹도 부인했다': with a subject already, 'X도' before the verb is its object
        if any(r.facts[m].adnominal and relative_subject(r, m, subject, heads) == k for m in range(k + 1, j)):
            continue  # '[영국이 제기한] 의혹도 부인했다': the relative clause's subject
        out.append(k)
    return out


def statement_owner(r, text: str, j: int, subject: frozenset[str] | set[str], statements: frozenset[str] | set[str],
                    genitive: frozenset[str] | set[str], heads: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """'[북한 외무성 대변인의] 담화는 ...라고 규정했다', '[쿠바 외교부의] 성명은 ... 비난했다': the act's own subject
    (`own_subjects`) is a statement (`statements`: a noun the voice issued) owned by the genitive phrase before
    it; that phrase names who acts (character offsets of it, or None). The phrase runs back over words with no
    particle or ending from the word in the genitive."""
    for k in own_subjects(r, text, j, subject, heads)[:1]:  # the first: '우간다 외교부는 [남수단의 발표가 ...]고 밝혔다'
        if r.words[k].noun not in statements or k == 0 or r.facts[k - 1].particle not in genitive:
            continue
        first = k - 1
        while first > 0 and r.facts[first - 1].particle is None and not r.facts[first - 1].ends_clause \
                and not r.facts[first - 1].adnominal and not r.facts[first - 1].lemma:
            first -= 1
        return r.words[first].start, r.words[k - 1].end
    return None


def relative_subject(r, m: int, subject: frozenset[str] | set[str], heads: frozenset[str] | set[str]) -> int | None:
    """The subject of the relative clause closed by the adnominal word `m` ('[리비아 정부가 청사로 쓰고] 있는'): the
    nearest word before it with a subject particle and no predicate between (an auxiliary's main verb right before
    `m`, '쓰고 있는', is part of it); None when the relative clause has none ('조업하던 어선'). A topic ('담화는 ...
    [북침을 노린] 불장난') never stands inside a relative clause: only a case-marked subject (JKS: 이, 가) does. A clause
    heading a noun of time or sequence or a nominalizer (`heads`: '[X가 고지를 점령한] 뒤', '[X가 억류한] 것') is no
    relative clause: its subject is the sentence's own."""
    if m + 1 < len(r.words) and r.words[m + 1].noun in heads or appositive(r.words[m]):
        return None
    for k in range(m - 1, -1, -1):
        f = r.facts[k]
        if f.particle in subject:
            return k if f.particle_tag == CASE_SUBJECT else None
        if (f.lemma or f.adnominal or f.ends_clause) and k != m - 1:
            return None
    return None


def outer_subject(r, j: int, subject: frozenset[str] | set[str], heads: frozenset[str] | set[str],
                  judged: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """'[X 반군이] 20일 밤 [Y 정부가 청사로 쓰고 있는] 공항을 드론으로 공격한 데 대해': the subject of the adnominal act
    word `j` stands before a relative clause with a subject of its own, which the act's own clause reading takes for
    the act's (or leaves the act without one). Character offsets of the outer subject's noun phrase, or None when no
    relative clause's subject was passed over (the clause reading is right then)."""
    if j + 1 >= len(r.words) or r.words[j + 1].noun not in judged:
        return None  # only a clause the sentence judges as a whole ('공격한 데 대해', '나포한 것을')
    passed, m = False, j - 1
    while m >= 0:
        f = r.facts[m]
        if f.adnominal and (k := relative_subject(r, m, subject, heads)) is not None:
            passed, m = True, k - 1  # the relative clause with its subject: passed over whole
            continue
        if f.particle in subject:
            if not passed:
                return None
            first = m
            while first > 0 and r.facts[first - 1].particle is None and not r.facts[first - 1].lemma \
                    and not r.facts[first - 1].ends_clause and not r.facts[first - 1].adnominal:
                first -= 1
            return r.words[first].start, r.words[m].end
        if f.ends_clause:
            return None
        m -= 1
    return None


def said_of_spans(text: str, start: int, pattern) -> list[tuple[int, int]]:
    """'외교부는 이어 [가이아나가] "...고 있다"고 비난했다': the subjects written right before a quotation that closes before
    the act at `start` (`pattern`: lexicon quote_subject_before_re), as (subject start, quote start). After a bare voice
    opening the sentence they are what the voice spoke of, not who speaks; the caller checks that voice."""
    out = []
    for lo, hi in quoted_ranges(text):
        if hi > start:
            continue
        m = pattern.search(text[:lo])
        if m:
            out.append((m.start("subject"), lo))
    return out
