"""A state's or place's Korean name kiwi fused with a particle ('가봉의/NNP', '캄팔라에서/NNP') or read as a verb stem
('말리/VV'), an office word fused with its particle ('정상은/NNP'), given back as the name and the particle (`unfused`).

Why its own module: lang/ko/sentences.py splits a paragraph into sentences and morphemes and asks each sentence's
repairs in turn; this one repair (its tables of the states' names and the particles, and the tests of a stem standing
as a name) was half of that module, which was over 400 lines with it.
"""
from __future__ import annotations

from readout import budget
from readout.kb.geo import lookup_city
from readout.kb.loader import kb, lexicon
from readout.lang.ko.tags import PLAIN_NOUN_TAGS

MIN_STATE_NAME = 3  # syllables


@budget.table()
def fusable_states() -> frozenset[str]:
    """Every state's Korean names: kiwi may fuse any of them with 의 in context ('쿠데타 이후 가봉의 회원국'), short
    ones included, though alone it splits them; and a territory's names of three syllables or more, which kiwi fuses
    with any particle ('마르티니크에', '토켈라우가'; the short ones are common words too: 건지, 저지)."""
    return frozenset(form for c in kb().countries.countries for form in c.ko if form.isalpha() and (
        c.kind == "state" or c.kind == "territory" and len(form) >= MIN_STATE_NAME))


@budget.table()
def fused_particles() -> dict[str, str]:
    """The particles kiwi may fuse with a rare place name, longest first, with their tags (ko.yaml)."""
    table = lexicon("ko")["fused_particles"]
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@budget.table()
def state_particles() -> dict[str, str]:
    """The particles split off a state's name only (ko.yaml state_fused_particles: '보츠와나도'; never '제주도')."""
    return dict(lexicon("ko")["state_fused_particles"])


@budget.table()
def state_endings() -> tuple[str, ...]:
    return tuple(state_particles())


@budget.table()
def fused_endings() -> tuple[str, ...]:
    return tuple(fused_particles())


def unfused(tokens: list) -> list:
    """A state's name kiwi read as a verb stem standing alone ('말리/VV' before a noun), or with the adnominal 는 as the
    sentence's first word (`opening_topic`), as the name; a proper noun
    kiwi read with its particle ('가봉의/NNP', '캄팔라에서/NNP') as the state's or city's name and
    the particle, so the country, place and act readers see the owner ('가봉의 회원국 자격을 정지') or the place
    ('캄팔라에서 회담했다'), and no name reader takes the fused word for a person; and an office word kiwi read so
    before an unknown name ('칠레와 페루 정상은 리마에서': 정상은/NNP), so the clause reader sees its particle."""
    out, topic_at = [], -1
    for i, (form, tag, pos, size) in enumerate(tokens):
        if tag not in READ_TAGS:
            tag = "JX" if i == topic_at else tag  # the adnominal 는 after a name read as a stem: the topic particle
            out.append((form, tag, pos, size))  # a particle, ending or symbol: no rule below reads it (most morphemes)
            continue
        split = (particle_split(form) if tag == "NNP" else genitive_split(form, tag)) or office_split(form, tag) \
            if size == len(form) else None
        if tag in STEM_TAGS and bare_word(tokens, i) and form in fusable_states():
            out.append((form, "NNP", pos, size))  # '말리 쿠데타 세력은': Mali, not the stem of 말리다 (to dry)
        elif tag in STEM_TAGS and form in fusable_states() and opening_topic(tokens, i):
            out.append((form, "NNP", pos, size))  # '말리는 프랑스를 비난했다': Mali as the topic
            topic_at = i + 1
        elif split:
            stem, particle = split
            out += [(stem, tag, pos, len(stem)),
                    (particle, fused_particles().get(particle) or state_particles()[particle], pos + len(stem),
                     len(particle))]
        else:
            out.append((form, tag, pos, size))
    return out


STEM_TAGS = ("VV", "VA")
READ_TAGS = frozenset(("NNP", "NNG", *STEM_TAGS))  # the tags `unfused` reads: nouns (the splits) and stems (a state's name)


TOPIC = "는"
OPENING_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE"})  # what may stand before a sentence's first word


def opening_topic(tokens: list, i: int) -> bool:
    """A state's name kiwi read as a verb stem with the adnominal 는 ('말리/VV 는/ETM'), the whole first word of the
    sentence: the state as the topic. The verb (말리다, to stop or to dry) takes its object before it ('싸움을 말리는
    중재국', '빨래를 말리는'), so a sentence that opens with the word has none and reads the name."""
    if i + 1 >= len(tokens) or tokens[i + 1][:2] != (TOPIC, "ETM"):
        return False
    _form, _tag, pos, size = tokens[i]
    ending = tokens[i + 1]
    word_ends = i + 2 == len(tokens) or tokens[i + 2][2] > ending[2] + ending[3]
    return ending[2] == pos + size and word_ends and framing_words_before(tokens, i) \
        and not modified_subject(tokens, i + 2)


def framing_words_before(tokens: list, i: int) -> bool:
    """(kofix47) Every word before token `i` is a mark or a word that frames the clause and modifies no noun: a time
    ('이번주', '당시', '10일') or a framing adverb ('한편'; lexicon ko `not_name_words`): '이번주 말리는 ...' opens with the
    state as its topic as '말리는 ...' does."""
    # load order: name_runs loads after this module with `Korean` (reading_names)
    from readout.lang.ko.name_runs import time_words

    framing = frozenset(lexicon("ko")["not_name_words"]) | time_words()
    word, end = "", -1
    for form, tag, pos, size in tokens[:i]:
        if tag in OPENING_TAGS:
            continue
        if pos != end and word and not framing_word(word, framing):
            return False
        word, end = (word + form if pos == end else form), pos + size
    return not word or framing_word(word, framing)


def framing_word(word: str, framing: frozenset[str]) -> bool:
    return word in framing or word[:1].isdigit()


def modified_subject(tokens: list, j: int) -> bool:
    """The word at token `j` is a noun with the subject particle ('[말리는] 사람이 없었다'): the adnominal's head, the
    clause's subject, as the verb reading has it."""
    k = j
    while k < len(tokens) and tokens[k][1].startswith("N"):
        k += 1
    return k > j and k < len(tokens) and tokens[k][1] == "JKS"


def bare_word(tokens: list, i: int) -> bool:
    """Token `i` is a whole word by itself (a space or the text's edge on both sides): a verb stem never is, so
    a state's name kiwi tags as one ('말리', to dry) is the name."""
    _form, _tag, pos, size = tokens[i]
    before = i == 0 or tokens[i - 1][2] + tokens[i - 1][3] < pos
    after = i + 1 == len(tokens) or tokens[i + 1][2] > pos + size
    return before and after


def particle_split(form: str) -> tuple[str, str] | None:
    """(place name, particle) where `form` is a known state's or city's Korean name fused with a particle, and
    no word of a known person's name ('사나에' is a given name, not 사나 + 에)."""
    if form in person_words():
        return None
    for particle in fused_endings():
        stem = form[:-len(particle)]
        if form.endswith(particle) and len(stem) >= MIN_PLACE_NAME and (stem in fusable_states() or lookup_city(stem)):
            return stem, particle
    for particle in state_endings():  # '보츠와나도': after a state's name only
        stem = form[:-len(particle)]
        if form.endswith(particle) and stem in fusable_states():
            return stem, particle
    return None


def genitive_split(form: str, tag: str) -> tuple[str, str] | None:
    """(state name, particle) where kiwi read a state's name and its particle as one common noun, as it does after
    an opening quote mark ('"말리의 국경 폐쇄는', '"케냐의 조치는') and with a rare name before any case particle
    ('지부티에 제재를', '투르크메니스탄에게 요구했다'): the owner, recipient or party the particle makes the state."""
    if tag != "NNG" or len(form) <= MIN_PLACE_NAME or form in person_words():
        return None
    for particle in fused_endings():
        stem = form[:-len(particle)]
        if form.endswith(particle) and len(stem) >= MIN_PLACE_NAME and stem in fusable_states():
            return stem, particle
    return None


def office_split(form: str, tag: str) -> tuple[str, str] | None:
    """(office word, particle) where `form` is a title or a group office ('정상', '외교장관') fused with a one-syllable
    particle (never a name: '김정은' stays whole)."""
    from readout.lang.ko.words import title_of  # words read sentences' kiwi for their tables

    if tag not in PLAIN_NOUN_TAGS or len(form) < 3 or form[-1] not in fused_particles():
        return None
    stem, title = form[:-1], title_of(form[:-1])
    return (stem, form[-1]) if stem in lexicon("ko")["group_offices"] or title is not None and title[0] == stem else None


@budget.table()
def person_words() -> frozenset[str]:
    """Every word of the knowledge base's Korean person names."""
    return frozenset(word for p in kb().persons.values() for form in p.ko for word in form.split())


FUSED_TAGS = PLAIN_NOUN_TAGS  # kiwi fuses a particle to a rare name (NNP) or to an office word before one (either)
MIN_PLACE_NAME = 2  # syllables: a one-syllable stem is no place name fused with a particle
