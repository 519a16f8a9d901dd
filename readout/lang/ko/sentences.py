"""Korean sentences and morphemes from kiwipiepy, with the knowledge base's names as user words
(kiwi splits unknown names: 최서진 -> 최/XPN 서진/NNG; "안토니 블링컨" -> 알/VV ...) and the states' Korean names
of three syllables or more that kiwi fuses with a particle ("부르키나파소의" as one noun), about thirty."""
from __future__ import annotations

import re
from operator import itemgetter

from readout import budget, cache
from readout.kb.names import looks_korean_name
from readout.lang.ko.agents import sector_of
from readout.lang.ko.fused_names import (FUSED_TAGS, MIN_STATE_NAME, STEM_TAGS, fusable_states, fused_endings,
                                         state_endings, unfused)
from readout.lang.ko.split_names import name_particle_re, rejoined_states
from readout.lang.ko.bare_state_words import bare_name_re, rejoined_bare_states
from readout.lang.ko.place_words import rejoined_places
from readout.lang.ko.cut_state_names import joined_cut_names
from readout.lang.ko.copula_subjects import subject_copulas
from readout.lang.ko.split_nouns import additive_agents, cut_agent_nouns, demonyms_before_counts
from readout.lang.ko.title_name_pieces import rejoined_title_names
from readout.kb.loader import kb, lexicon
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.lang.ko.token_runs import Run, rewrite_runs
from readout.model import Span


@budget.table()
@budget.loads  # lazily, on a process's first Korean document: its budget is moved by the load's time
def kiwi():
    from kiwipiepy import Kiwi  # cold start: kiwi loads on a process's first Korean document

    k = Kiwi()
    base = kb()
    words = [form for person in base.persons.values() for form in person.ko if " " not in form]
    for form in words:
        k.add_user_word(form, "NNP", 0.0)
    for name in fused_state_names(k, words, state_names(base)):
        k.add_user_word(name, "NNP", 0.0)  # only those kiwi fuses: a known one added again shifts its neighbours' tags
    k.tokenize(GENITIVE)  # kiwi builds its model on the first analysis after the words are added: here, inside the load
    return k


def fused_state_names(k, words: list[str], names: list[str]) -> list[str]:
    """The state names kiwi (with the people's `words` added) fuses with the genitive particle.

    Why kept on disk: each probe is an analysis, and the first one builds kiwi's model, which the first
    analysis after the names are added builds again: about 2.4 s of CPU in every process for the same
    answer. The answer depends only on kiwi's and its model's versions, the words added before and the
    names, all of which make the key (`cache.cached_content`): a changed data file is probed again."""
    import kiwipiepy  # (as above)
    import kiwipiepy_model  # (as above)

    versions = [kiwipiepy.__version__, getattr(kiwipiepy_model, "__version__", "-")]
    source = "\x00".join([*versions, GENITIVE, *words, "\x01", *names])
    return cache.cached_content("kiwi-fused", source, lambda: [n for n in names if k.tokenize(n + GENITIVE)[0].form != n])


def state_names(base) -> list[str]:
    """Each state's and territory's Korean name (CLDR's, the first of its forms; and its press variants) of three
    syllables or more: shorter ones are common words as well (수단, 말리, 가나), which kiwi already reads in context."""
    variants = getattr(base.countries, "variants_ko", {})  # press variants kiwi reads as verbs ('뛰니지', '모로꼬')
    return [n for c in base.countries.countries if c.kind in NAMED_KINDS and c.iso2 and c.ko
            for n in (c.ko[0], *(f for f in c.ko[1:] if f in variants))
            if len(n) >= MIN_STATE_NAME and n.isalpha()]


SUBJECT_MISREAD_TAGS = frozenset({"VCP", "MM"})  # the copula's and the determiner's tags (copula_subjects)
NAMED_KINDS = ("state", "territory")  # a territory's rare name is split as a state's is ('앵귈라' read 앵귈 + 라/EC)
GENITIVE = "의"  # the particle kiwi fuses with a rare name ('부르키나파소의' as one noun)


def split(text: str, offset: int) -> list[tuple[Span, tuple]]:
    """Sentences of one paragraph, each with its morphemes (offsets relative to the sentence).

    `return_sub_sents=False`: kiwipiepy otherwise walks every morpheme again in Python to list the
    sentences quoted inside each sentence, which nothing here reads (the same sentences and tokens; a
    small saving, about 0.2% of the splitter's time, which is kiwi's analysis). Morphemes are read
    relative to their sentence as they are taken from kiwi: every morpheme passes here once, and only
    a sentence joined to the one before or cut in two (`glued`) moves its offsets again."""
    out: list[tuple[int, int, list]] = []
    pieces = [(sent.start, sent.end, [(t.form, unknown_noun_tag(t), t.start - sent.start, t.len) for t in sent.tokens])
              for sent in kiwi().split_into_sents(text, return_tokens=True, return_sub_sents=False)]
    for start, sent_end, tokens in joined_cut_names(text, pieces):  # '기자들이 가나 | 경찰에' (people53b)
        states = fusable_states()
        if any(t[1] in FUSED_TAGS and t[0].endswith(fused_endings()) or t[1] == "NNP" and t[0].endswith(state_endings())
               or t[1] in STEM_TAGS and t[0] in states
               for t in tokens):  # a fused particle, a state fused with 도, or a state's name read as a stem ('말리/VV')
            tokens = unfused(tokens)
        if name_particle_re().search(text, start, sent_end):  # '[집권한] 기니는' read 기/VV 니/EC (world39)
            tokens = rejoined_states(tokens, text[start:sent_end])
        if bare_name_re().search(text, start, sent_end):  # '가나 광부들이' read 가/NNG 나/JC (kofix47)
            tokens = rejoined_bare_states(tokens, text[start:sent_end])
        tokens = rejoined_places(tokens, text[start:sent_end])  # '트리니다드 토바고 정부는', '발파라이소에서' (kofollow68)
        tokens = rejoined_title_names(tokens, text[start:sent_end])  # '외무장관 파티 마 쿠야테는' (kowild48)
        if split_name_syllable(tokens):
            tokens = rejoined_names(tokens)  # '김은철 북한 외무성 부상은' read 김/NNP 은/JX 철/NNG (koacts38)
        if JOINED_AGENT_TAG in map(TAG, tokens):
            tokens = joined_agents_as_nouns(tokens)  # '니제르군이 베냉 초소에' read 니제르/NNP 군/NNB (koacts55)
        if "VCP" in map(TAG, tokens):  # speed55: read in C; most sentences hold no copula
            tokens = demonyms_before_counts(tokens)  # koacts55b: '미얀마인 200명을' read 미얀마/NNP 이/VCP ᆫ/ETM
        if JOINED_AGENT_TAG in map(TAG, tokens):
            tokens = cut_agent_nouns(tokens)  # koacts55b: '장군을' read 장/NNP 군/NNB
        if any(t[1] == "NNG" and t[0].endswith(state_endings()) for t in tokens):
            tokens = additive_agents(tokens)  # koclause56: '볼리비아군도 페루를' read 볼리비아/NNP 군도/NNG
        if not SUBJECT_MISREAD_TAGS.isdisjoint(map(TAG, tokens)):  # speed55: read in C
            tokens = subject_copulas(tokens)  # attack71: '수단이 반군을' read 수단/NNG 이/VCP; '네팔이 성명을' 이/MM (kofix47)
        prefixes = verb_read_prefixes()
        if not prefixes.isdisjoint([t[0] for t in tokens if t[1] == "VV"]):  # speed55: one list, no generator step
            tokens = noun_prefixed(tokens, prefixes)
        if out and lost_middle_dot(text, out[-1][1], start):
            first, _end, before = out.pop()  # '핵?미사일': one sentence, the '?' a symbol
            before[-1] = (before[-1][0], "SW", before[-1][2], before[-1][3])
            shift = start - first
            tokens, start = before + [(f, t, s + shift, n) for f, t, s, n in tokens], first
        out.append((start, sent_end, tokens))
    return [(Span(offset + a, offset + b, "ko"), tuple(toks))
            for start, end, tokens in out for a, b, toks in glued(text, start, end, tokens)]


UNKNOWN_NAME_RE = re.compile(r"[가-힣]{2,8}")


def unknown_noun_tag(token) -> str:
    """(kowild47) A common noun kiwi marks out of its vocabulary ('메흐메트/NNG', '누르바예바/NNG' after '외무장관') is a name
    written by sound: a proper noun. Kiwi tags many transcribed foreign names so, and the name readers, which take a
    name's words by the proper-noun tag, lost the person after the title, often the sentence's subject. A Korean
    common noun ('회담', '결과') is in kiwi's dictionary and keeps its tag."""
    tag = token.tag
    if tag == "NNG" and token.oov and UNKNOWN_NAME_RE.fullmatch(token.form):
        return "NNP"
    return tag


SPLIT_NAME_TAGS = ("NNG", "NNB", "NNP")  # the name's last syllable as kiwi reads it ('철/NNG', '겸/NNB')


def rejoined_names(tokens: list) -> list:
    """(koacts38) A Korean full name of three syllables kiwi splits at a middle syllable that is also a particle ('김은철'
    read 김/NNP 은/JX 철/NNG, '김의겸' 김/NNP 의/JKG 겸/NNB) as one proper noun: a one-syllable surname, a one-syllable
    particle and one syllable written as one word, before a noun of the next word (the title after a name: '김은철
    북한 외무성 부상은'). Read split, the topic particle inside the name made '김' the sentence's subject and the title's
    own particle was lost to the acts."""
    return rewrite_runs(tokens, split_name_run)


def split_name_run(tokens: list, i: int) -> Run | None:
    """Tokens i..i+2 as the one name they spell (`split_name_at`), or None."""
    if i + 3 < len(tokens) and split_name_at(tokens, i):
        form, _tag, pos, _size = tokens[i]
        name = form + tokens[i + 1][0] + tokens[i + 2][0]
        return [(name, "NNP", pos, len(name))], 3
    return None


def split_name_at(tokens: list, i: int) -> bool:
    """Tokens i..i+2 are one whole word: surname/NNP, particle, syllable, and the next word opens with a noun."""
    (s, st, sp, sn), (p, pt, pp, pn), (g, gt, gp, gn), nxt = tokens[i:i + 4]
    if st != "NNP" or not pt.startswith("J") or gt not in SPLIT_NAME_TAGS or (sn, pn, gn) != (1, 1, 1):
        return False
    whole = pp == sp + 1 and gp == pp + 1 and nxt[2] > gp + 1 and (i == 0 or tokens[i - 1][2] + tokens[i - 1][3] < sp)
    return whole and nxt[1] in PLAIN_NOUN_TAGS and looks_korean_name(s + p + g)


TAG = itemgetter(1)  # a morpheme's tag, read in C (speed55)


def split_name_syllable(tokens: list) -> bool:
    """Whether a one-syllable proper noun stands right before a particle ('김/NNP 은/JX 철/NNG'), read by `rejoined_names`.
    A plain loop (speed55): asked of every Korean sentence, where a generator over the pairs stepped once per morpheme."""
    for t, nxt in zip(tokens, tokens[1:]):
        if t[1] == "NNP" and t[3] == 1 and nxt[1][0] == "J":
            return True
    return False


@budget.table()
def verb_read_prefixes() -> frozenset[str]:
    return frozenset(lexicon("ko")["verb_read_prefixes"])


def noun_prefixed(tokens: list, prefixes: frozenset[str]) -> list:
    """A noun prefix kiwi read as a verb stem ('맞추방 조치를', '맞제재로': 맞/VV + 추방/NNG) as the prefix (XPN) of the noun
    it is written with: a verb stem is never followed by a noun inside one word, so the act readers see the noun run
    ('맞 추방 조치') and its act, as they do where kiwi reads '맞추방' as one noun."""
    return [(form, "XPN", pos, size) if tag == "VV" and form in prefixes and i + 1 < len(tokens)
            and tokens[i + 1][1] == "NNG" and tokens[i + 1][2] == pos + size else (form, tag, pos, size)
            for i, (form, tag, pos, size) in enumerate(tokens)]


JOINED_AGENT_TAG = "NNB"  # kiwi's dependent-noun tag, which it gives '군' in '니제르군이' in some sentences
JOINED_AGENT = 1  # syllables of an agent noun written onto a state's name


def joined_agents_as_nouns(tokens: list) -> list:
    """(koacts55) The tokens with each agent noun of one syllable written onto a state's name and tagged a dependent
    noun ('니제르군이 베냉 초소에' read 니제르/NNP 군/NNB, where '니제르군이 초소에' gives 군/NNG) tagged a common noun:
    the claim and clause readers take an argument's head among the common nouns, and read such a subject as none
    ('...에 발포했다고 주장했다' lost its accused). A county after a Korean place ('양평군') follows no state's name."""
    states = fusable_states()
    return [(form, "NNG", pos, size) if tag == JOINED_AGENT_TAG and size == JOINED_AGENT and k > 0
            and tokens[k - 1][0] in states and tokens[k - 1][2] + tokens[k - 1][3] == pos and sector_of(form)
            else (form, tag, pos, size) for k, (form, tag, pos, size) in enumerate(tokens)]


OPEN_AFTER_END = frozenset({"SF", "SSC", "SS", "JKQ", "SP", "SE"})  # '다."고', '다.)': the sentence goes on


def glued(text: str, start: int, end: int, tokens: list) -> list[tuple[int, int, list]]:
    """Split where a final ending and its period run into the next sentence with no space ('만났다.23일
    외교부는', which kiwi keeps as one sentence): the date after it belongs to the next sentence. `tokens`
    are relative to `start`, and so are those of each piece to the piece's start. A sentence with no
    period before its last character has no such place (kiwi's symbol forms are the text's own
    characters), and is passed over without a look at its morphemes."""
    if text.find(".", start, end - 1) < 0:
        return [(start, end, tokens)]
    out, first = [], 0
    for k in range(1, len(tokens) - 1):
        form, tag, pos, size = tokens[k]
        nxt = tokens[k + 1]
        if tag == "SF" and form == "." and tokens[k - 1][1] == "EF" and nxt[1] not in OPEN_AFTER_END \
                and nxt[2] == pos + size:
            out.append(piece(start, tokens[first:k + 1], 0 if not out else tokens[first][2], pos + size))
            first = k + 1
    if not out:
        return [(start, end, tokens)]
    lo = tokens[first][2]
    out.append((start + lo, end, [(f, t, s - lo, n) for f, t, s, n in tokens[first:]]))
    return out


def piece(start: int, tokens: list, lo: int, hi: int) -> tuple[int, int, list]:
    """The piece of a sentence from `lo` to `hi` (relative to the sentence's `start`), with its tokens."""
    return start + lo, start + hi, tokens if not lo else [(f, t, s - lo, n) for f, t, s, n in tokens]


def lost_middle_dot(text: str, end: int, nxt: int) -> bool:
    """A sentence kiwi ends at a '?' standing between two Hangul syllables with no space ('핵?미사일'):
    a middle dot (·) lost to a legacy encoding, not a question."""
    return end == nxt and 0 < end < len(text) and text[end - 1] == "?" and hangul(text[end - 2]) \
        and hangul(text[end])


def hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"
