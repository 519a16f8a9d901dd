"""Korean organization mentions: listed bodies by name (크렘린궁, 조선중앙통신, 유엔 안보리, 하마스) and any
state's ministry by pattern: a country word before a ministry of a portfolio ('러시아 국방부',
'중국 외교부', '일본 방위성'), or glued to it ('미국무부')."""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.geo import country_index, lookup_city
from readout.kb.loader import kb, lexicon
from readout.lang.ko.agents import peoples_ko, sector_of
from readout.lang.ko.countries import MAX_WORDS
from readout.lang.ko.words import country_in, words_of
from readout.lang.orgs_common import OrgMention, best_spans, by_surface, ministry, portfolios
from readout.patterns import alternation


@budget.table()
def ministries() -> dict[str, str]:
    """Ministry word (외교부, 외무성, 국방부) -> portfolio id."""
    out: dict[str, str] = {}
    for p in portfolios().values():
        for m in p.ko_ministry:
            out.setdefault(m, p.id)
    return out


MIN_PART = 2  # syllables each side of a spaced variant's space keeps ('자유 시리아군', not '자 유시리아군')
MIN_TAIL = 3  # syllables after a name opening a variant: a two-syllable rest is most often a common noun ('한국 은행')


@budget.table()
def listed_surfaces() -> dict[str, tuple[str, str | None, str]]:
    """(actors56) The listed bodies' Korean names (`by_surface`) and, for a name written as one word that holds a
    state's or a people's name, the same name spaced at that name's edge, as news also writes it: '자유시리아군' is
    '자유 시리아군' (before the state: the group of SYR, REB, not the Syrian army), '카친독립군' '카친 독립군' (after
    it). Korean spacing of a compound proper name is free (고유 명사는 단위별로 띄어 쓸 수 있다), so the entry's one
    form stands for both. No variant whose other part is an agent noun ('한국 은행', '프랑스 중앙은행': any bank of
    the state or its central bank, read as the state with the noun's sector), and none cutting a longer name ('인도'
    in '인도네시아'), nor after a name opening it where two syllables follow ('한국 은행': Korean banks, MIN_TAIL). A
    listed form always wins a variant."""
    listed = by_surface("ko")
    names = {n for n in {*(n for c in kb().countries.countries for n in c.ko), *peoples_ko()} if not sector_of(n)}
    out = dict(listed)
    for form, entry in listed.items():
        if " " in form or not re.fullmatch(r"[가-힣]+", form):
            continue
        for at, end in name_spans(form, names):
            head, tail = form[:at], form[at:]
            if len(head) >= MIN_PART and not sector_of(head):  # '자유 시리아군'
                out.setdefault(f"{head} {tail}", entry)
            head, tail = form[:end], form[end:]
            if at == 0 and len(tail) >= MIN_TAIL and not sector_of(tail):  # '카친 독립군'
                out.setdefault(f"{head} {tail}", entry)
    return out


def listed_variant(name: str) -> bool:
    """Whether a listed body's name as found is a spaced variant of `listed_surfaces`, not the entry's own form."""
    return name not in by_surface("ko") and name in listed_surfaces()


def name_spans(form: str, names: set[str]) -> list[tuple[int, int]]:
    """The spans of the longest state or people names inside `form`, left to right, none inside another."""
    spans, at = [], 0
    while at < len(form):
        end = next((e for e in range(len(form), at + 1, -1) if form[at:e] in names), None)
        if end is None:
            at += 1
            continue
        spans.append((at, end))
        at = end
    return spans


@budget.table()
def listed_re() -> re.Pattern:
    return compile_pattern(r"(?<![가-힣A-Za-z])(" + alternation(listed_surfaces()) + ")")


def ministry_of(noun: str) -> tuple[str, str] | None:
    """(prefix, portfolio) when `noun` ends in a ministry word: '국방부' -> ('', defense)."""
    for i in range(len(noun)):
        if noun[i:] in ministries():
            return noun[:i], ministries()[noun[i:]]
    return None


def listed_bodies(text: str, words: list) -> list[OrgMention]:
    """Listed bodies of one sentence by name, not where the name opens a longer word ('국회의원')."""
    found = []
    for m in listed_re().finditer(text):
        word = next((w for w in words if w.start <= m.end() - 1 < w.end), None)
        if word is not None and m.end() < word.noun_end and re.match(r"[가-힣]", text[m.end()]):
            continue  # the name opens a longer word ('국회의원')
        org_id, code, sector = listed_surfaces()[m.group(1)]
        found.append(OrgMention(m.start(), m.end(), m.group(1), org_id, code, sector))
    return best_spans(found)


def country_words_before(words: list, i: int) -> tuple[int, str] | None:
    """(index of the first word, code) of a country name of two or more words that ends just before word i
    ('앤티가 바부다 외교부', '보스니아 헤르체고비나 정부'): the name is one unit, so the ministry is that
    state's and not the bare listed body of the reader's own state. The words are matched as written:
    kiwi may read a name's first word as a noun and a particle ('앤티가' as 앤티 + 가)."""
    names = country_index()
    for n in range(MAX_WORDS, 1, -1):
        first = i - n
        if first < 0:
            continue
        joined = " ".join(w.text for w in words[first:i])  # as written: '토바고' even where kiwi read 토바 + 고
        code = names.get(joined) or names.get(joined.replace(" ", ""))
        if code:
            return first, code
    return None


def find_organizations(text: str, tokens: list) -> list[OrgMention]:
    """Organizations of one Korean sentence (offsets relative to the sentence)."""
    words = words_of(text, tokens)
    found: list[OrgMention] = []
    for i, w in enumerate(words):
        hit = ministry_of(w.noun)
        if not hit:
            continue
        prefix, portfolio = hit
        start, code = w.start, country_in(prefix) if prefix else None
        if prefix and not code:
            continue  # '산림청장실'-like compounds: not a ministry of a state
        prev = words[i - 1] if i else None
        multi = None if prefix else country_words_before(words, i)
        if multi:
            start, code = words[multi[0]].start, multi[1]
        elif not prefix and prev is not None and not prev.particle and country_in(prev.noun):
            start, code = prev.start, country_in(prev.noun)
        if code is None and (w.noun in by_surface("ko")):
            continue  # a bare listed name ('외교부', '국무부'): the listed entry says whose
        org_id, sector = ministry(code, portfolio)
        end = w.start + len(w.noun)
        found.append(OrgMention(start, end, text[start:end], org_id, code, sector))
    return best_spans(found + listed_bodies(text, words) + local_offices(text, words))


def local_offices(text: str, words: list) -> list[OrgMention]:
    """'포항해경', '인천해양경찰서', '부산경찰청': a city of a state glued before one of that state's listed agencies
    (or its local office: lexicon `local_office_forms`) is the agency's office there, a body of that state."""
    listed, local = by_surface("ko"), lexicon("ko").get("local_office_forms", {})
    found = []
    for w in words:
        noun = w.noun
        for k in range(2, min(len(noun) - 1, LOCAL_CITY_CHARS) + 1):
            form = local.get(noun[k:], noun[k:])
            if form not in listed:
                continue
            org_id, code, sector = listed[form]
            city = lookup_city(noun[:k])
            if city is not None and city.country == code:
                found.append(OrgMention(w.start, w.start + len(noun), noun, org_id, code, sector))
                break
    return found


LOCAL_CITY_CHARS = 4  # syllables of a city's name before a glued agency ('목포', '서귀포')
