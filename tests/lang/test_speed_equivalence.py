"""The shortcuts taken for speed answer as the plain computations do: a Korean word found by bisection,
clause answers kept per sentence reader, and the agent-phrase gate. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from readout.lang.en.agents import agent_after, first_words
from readout.lang.ko.clauses import SentenceReader
from readout.lang.ko.sentences import kiwi


@pytest.mark.parametrize("text", [
    "조 장관은 12일 서울에서 블링컨 국무장관과 회담을 갖고 북한의 도발을 규탄했다.",
    "\"양측은 협력을 강화하기로 했다\"고 외교부는 밝혔다.",
])
def test_reader_answers_as_a_fresh_scan(text):
    toks = tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))
    r = SentenceReader(text, toks)
    for pos in range(-1, len(text) + 1):
        linear = next((i for i, w in enumerate(r.words) if w.start <= pos < w.end), None)
        assert r.word_at(pos) == linear
    fresh = SentenceReader(text, toks)
    first = [r.clause_of(i) for i in range(len(r.words))]
    assert first == [r.clause_of(i) for i in range(len(r.words))]  # asked again: the kept answers
    assert first == [fresh.clause_of(i) for i in reversed(range(len(fresh.words)))][::-1]  # kept in another order


@pytest.mark.parametrize("text, after, sector", [
    ("Syrian rebels fired", "Syrian", "REB"), ("the Afghan riot police arrested", "Afghan", "COP"),
    ("Korean dramas are popular", "Korean", None), ("Korean", "Korean", None),
])
def test_agent_gate_passes_over_words_that_start_no_phrase(text, after, sector):
    result = agent_after(text, text.index(after) + len(after))
    assert (result[1] if result else None) == sector
    assert ("dramas" in first_words()) is False


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_lexicon_patterns_are_the_compiled_sources_and_survive_pickling(lang):
    """`Lexicon.re` / `.patterns` answer from a dict filled on first use; a pickled lexicon rebuilds it."""
    import pickle
    import re

    from readout.kb.loader import lexicon

    lex = lexicon(lang)
    keys = [k for k, v in lex.raw.items() if k.endswith("_re") and v]
    assert keys
    for key in keys:
        assert [p.pattern for p in lex.patterns(key)] == lex.sources(key)
        assert lex.re(key) is lex.patterns(key)[0] and lex.re(key) is lex.re(key)
        assert lex.re(key).flags == re.compile(lex.sources(key)[0]).flags
    copy = pickle.loads(pickle.dumps(lex))
    assert copy.raw == lex.raw and copy.re(keys[0]).pattern == lex.re(keys[0]).pattern
    with pytest.raises(KeyError):
        lex.re("no_such_pattern_re")


@pytest.mark.parametrize("text", [
    "Putin said on Monday that talks would go on.", "The envoy met Xi in Beijing on Tuesday.",
    "Erdogan, Macron and Scholz held a call.", "Officials of both sides met in Geneva.",
    "The putin factory closed.", "He spoke with the president's aides.",
])
def test_english_surname_patterns_run_only_where_their_gate_finds_a_surname(text):
    """The three surname patterns match only where a head's surname stands as written: a sentence the
    gate passes over has no match of any of them."""
    from readout.lang.en.mentions import patterns

    p = patterns()
    found = [m.group("name") for key in ("surname", "surname_met", "surname_meets") for m in p[key].finditer(text)]
    if p["surname_gate"].search(text) is None:
        assert found == []
    else:
        assert all(p["surname_gate"].search(name) for name in found)


@pytest.mark.parametrize("text", [
    "Blinken met Park Jin in Washington on Monday.", "SEOUL, May 2 (Reuters) - 3,000 troops_left 42 x2",
    "", "12 34 -- ##", "Le ministre a rencontré son homologue à Paris.", "조 장관은 Blinken과 만났다.",
])
def test_identify_counts_an_ascii_paragraph_in_one_pass(text):
    """An ASCII paragraph's letters are all Latin and none Hangul: one count stands for the three."""
    from readout.lang.identify import ASCII_LETTERS_RE, HANGUL_RE, LATIN_RE, LETTER_RE, count

    if text.isascii():
        assert count(LETTER_RE, text) == count(LATIN_RE, text) == count(ASCII_LETTERS_RE, text)
        assert count(HANGUL_RE, text) == 0


@pytest.mark.parametrize("text", [
    "U.S. officials said 25,000 tons of aid (food) would arrive — “soon,” he said.",
    "The envoy's talks: Kim-Blinken; 3.5% rise! ok? #tag @user ~x~ ١٢,٣٤٥ １２,３４５ e-mail",
    "  leading spaces and a trailing dot .", "", "ÀÉ café naïve O'Brien’s rock-’n’-roll",
])
def test_tokenize_finds_each_token_where_its_match_starts(text):
    """Tokens from the pattern's strings and `find` are the tokens of its matches, offsets included."""
    from readout.lang.en.act_tokens import TOKEN_RE, tokenize

    lowered = text.lower().replace("’", "'")
    expected = [(m.start(), m.end(), lowered[m.start():m.end()], m.group(), lowered[m.start()].isalnum())
                for m in TOKEN_RE.finditer(text)]
    assert [tuple(t) for t in tokenize(text)] == expected


WINDOWS = [
    "the State Council of ", "the Supreme Council of the ", "the Movement for Justice in ", "the government of",
    "The President of  the\n", "talks in the ", "a breathe ", "ofthe ", "said of\u00a0", "", " ", "of ", "in the  ",
    "the Chief Of ", "the Minister of the\t", "the bathe ", "soldiers then ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_end_word_test_never_turns_away_a_window_the_patterns_match(window):
    """`may_end_with_word` is a necessary condition: where BODY_OF_RE or the owner pattern matches a
    window's end, it says True (it may say True where they do not)."""
    from readout.lang.en.country_bodies import BODY_OF_RE, may_end_with_word
    from readout.lang.en.country_patterns import owner_before_re

    text = window + "China said"
    end = len(window)
    for pattern, words in ((BODY_OF_RE, ("of", "in")), (owner_before_re(), ("of",))):
        for lo in range(end + 1):
            if pattern.search(text, lo, end):
                assert may_end_with_word(text, lo, end, words)
    assert may_end_with_word(text, 0, end, ("of", "in")) == bool(
        __import__("re").search(r"\s(?:of|in)\s+(?:the\s+)?$", " " + window))


@pytest.mark.parametrize("text", [
    "Papua New Guinea and Guinea met; Nigerian and Niger officials spoke.", "The US and the UN said so.",
    "South Koreans and North Korea's envoy met in New Mexico.", "Frenchmen and Englishwomen; Omanis; Uso Japan",
    "U.S. Forces Korea and the ROK-U.S. alliance", "Congolese, Congo-Brazzaville and the Congo", "Ni Ge Chile",
])
def test_longest_form_by_length_finds_the_form_the_plain_scan_finds(text):
    """Forms grouped by length, one set lookup each, answer as testing every filed form in turn did."""
    from readout.lang.en import country_forms as c

    def plain(start):
        _table, by_key = c.forms_table()
        three, two = by_key.get(text[start:start + c.KEY], []), by_key.get(text[start:start + c.KEY - 1], [])
        for form in three + two:
            end = start + len(form)
            if not text.startswith(form, start):
                continue
            national = form[-1:].islower() and (c.PERSON_SUFFIX_RE.match(text, end)
                                                or text[end:end + 1] == "s" and form in c.demonyms()
                                                and not (end + 1 < len(text) and text[end + 1].isalnum()))
            if national or not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                if text[max(0, start - 4):start] == "New " or c.not_before_re().match(text, end) \
                        or c.STANCE_PREFIX_RE.search(text, max(0, start - 5), start) or c.backs_a_name(text, end):
                    return None
                return form
        return None

    answers = [c.longest_form(text, start) for start in range(len(text))]
    assert answers == [plain(start) for start in range(len(text))]
    assert any(answers)


@pytest.mark.parametrize("text", [
    "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken.", "The minister went ahead.",
    "Ahead of the talks, the chief negotiator said.", "He was then-Defense Minister Kim.", "mischief ahead",
    "Lee, the South Korean President, met the Yoon-Kishida summit delegation.", "Biden-Xi talks resumed.",
])
def test_english_title_gate_passes_every_sentence_a_title_pattern_matches(text):
    """The title gate asks for a title at a word start; every title pattern reads its title there."""
    from readout.lang.en.mentions import patterns

    p = patterns()
    if p["title"].search(text) is None:
        assert not any(p[key].search(text) for key in ("appositive", "title_first", "title_ref"))


@pytest.mark.parametrize("text, trigger, right", [
    ("Seoul was attacked by Pyongyang on Monday.", "attacked", 42), ("Seoul was attacking Pyongyang.", "attacking", 30),
    ("Talks were held by the two sides.", "held", 33), ("They have been demobilized.", "demobilized", 27),
])
def test_passive_reading_is_kept_per_trigger(text, trigger, right):
    """Asked for each name of the sentence, the passive reading of one trigger is read once and is the
    same answer each time."""
    from readout.lang.base import Trigger
    from readout.lang.en.name_role_anchors import passive_with_agent

    start = text.index(trigger)
    trig = Trigger(start, start + len(trigger), trigger)
    first = passive_with_agent(text, trig, right)
    again = Trigger(start, start + len(trigger), trigger)  # another trigger object at the same place: the same answer
    assert passive_with_agent(text, again, right) is first
    assert first == (text in ("Seoul was attacked by Pyongyang on Monday.", "Talks were held by the two sides."))


@pytest.mark.parametrize("text", [
    "북한은 미사일 발사를 중단하지 않겠다고 밝혔다.", "정부는 대북 제재를 검토하기로 했다.",
    "양국 장관은 의견을 같이했으며 유감스럽다고 말했다.", "그는 제안을 받아들이지 않았다.",
    "외교부는 공동성명 발표 이후 제재키로 했다.",
])
def test_korean_act_reader_skips_only_morphemes_no_reader_reads(text):
    """`find_acts` passes over morphemes without a predicate tag: there both the predicate reader and
    the refusal reader answer None, so asking them changes nothing."""
    from readout.lang.ko.act_clauses import refusal
    from readout.lang.ko.act_table import act_index
    from readout.lang.ko.act_predicates import PREDICATE_TAGS, predicate
    from readout.lang.ko.endings import tokens_of

    toks = tokens_of(tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)))
    skipped = [s for s in range(len(toks)) if toks[s][1] not in PREDICATE_TAGS]
    assert skipped and len(skipped) < len(toks)
    for s in skipped:
        assert predicate(toks, s, act_index()) is None and refusal(toks, s, act_index()) is None


@pytest.mark.parametrize("text", ["한미 외교장관은 워싱턴에서 만났다.", "북·러 정상이 회담했다.", "美 국무부는 대북 제재를 발표했다.",
                                  "오만한 태도", "중국측과 일본 정부 관계자는"])
def test_korean_country_reader_asks_only_words_that_may_name(text):
    """The country reader's inlined first-character test is `may_name`: every word it reads is one
    `may_name` passes, and a word it passes over reads as nothing."""
    from readout.lang.ko import countries, country_words
    from readout.lang.ko.words import words_of

    toks = tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))
    for w in words_of(text, toks):
        inline = w.noun[:1] in countries.first_characters() or country_words.SEPARATOR_RE.search(w.noun) is not None
        assert inline == country_words.may_name(w.noun)
        if not inline:
            assert not country_words.read_word(w.noun, w.tokens, w.start).codes
    assert countries.find_countries(text, 0, toks) or text == "오만한 태도"


@pytest.mark.parametrize("text", [
    "외교부는 \"양측은 대화를 이어가기로 했다. 협력도 늘린다\"고 밝혔다. 장관은 13일 귀국했다.",
    "국방부는 훈련을 마쳤다.23일 합참은 추가 훈련을 예고했다.",
    "핵?미사일 위협에 대응한다고 밝혔다.",
])
def test_korean_split_without_sub_sentences_gives_kiwis_sentences_and_morphemes(text):
    """`split` asks kiwi for no quoted sub-sentences: the sentences and morphemes are those of the default
    call (sentences with a quotation inside are where kiwi lists sub-sentences)."""
    from readout.lang.ko.sentences import split

    plain = kiwi().split_into_sents(text, return_tokens=True)
    lean = kiwi().split_into_sents(text, return_tokens=True, return_sub_sents=False)
    assert [(s.start, s.end, [(t.form, t.tag, t.start, t.len) for t in s.tokens]) for s in plain] == \
        [(s.start, s.end, [(t.form, t.tag, t.start, t.len) for t in s.tokens]) for s in lean]
    assert any(s.subs for s in plain) or "\"" not in text  # the quoted case does list sub-sentences by default
    pieces = split(text, 5)
    assert all(span.start >= 5 and span.end <= 5 + len(text) for span, _toks in pieces)
    assert all(toks and toks[0][2] >= 0 for _span, toks in pieces)


@pytest.mark.parametrize("line", [
    "페이스북 트위터 카카오톡", "무단 전재 및 재배포 금지", "홍길동 기자 |", "Share this article", "Reporting by Jane Roe",
    "Contact: desk@example.org", "The ministers met in Seoul on Monday.", "두 장관은 서울에서 만났다.", "",
])
def test_boilerplate_loops_answer_as_any_over_the_patterns(line):
    """The plain loops of `Language.boilerplate_line` and `clean.is_boilerplate_line` answer as `any()` over
    every language's patterns and its e-mail rule."""
    from readout.lang.common import email_line
    from readout.pipeline import default_pipeline
    from readout.pipeline.clean import is_boilerplate_line

    ctx = default_pipeline()
    expected = any(any(p.search(line) for p in lang.boilerplate_patterns)
                   or email_line(line, lang.lex["email_line_max_chars"]) for lang in ctx.languages.values())
    assert is_boilerplate_line(line, ctx) == expected
    assert [lang.boilerplate_line(line) for lang in ctx.languages.values()] == \
        [any(p.search(line) for p in lang.boilerplate_patterns) or email_line(line, lang.lex["email_line_max_chars"])
         for lang in ctx.languages.values()]


@pytest.mark.parametrize("text", [
    "Blinken met Park Jin in Washington on Monday.", "SEOUL, May 2 (Reuters) - 3,000 troops_left 42 x2", "",
    "ÀÉ café naïve O'Brien’s", "조 장관은 Blinken과 만났다.", "NATO SAID SO", "ſ K ǅ ß İ", "\x00\x7f[]`{}@",
])
def test_identify_counts_ascii_letters_by_deleting_the_rest(text):
    """Letters counted by deleting the other bytes are the runs of the letter patterns, in any text."""
    from readout.lang.identify import ASCII_LETTERS_RE, ASCII_UPPER_RE, NOT_ASCII_UPPER, ascii_letters, count

    assert ascii_letters(text) == count(ASCII_LETTERS_RE, text)
    assert ascii_letters(text, NOT_ASCII_UPPER) == count(ASCII_UPPER_RE, text)


SCAN_TEXTS = [
    "The minister was received by President Kim and hosted a dinner; she received him on Monday.",
    "Blinken met Cho; they held talks and a phone call, then a telephone conversation with Wang.",
    "RECEIVED received preceived xhost host hosts hosting ghosts", "", "host", "talks talks talks",
    "The summit was cancelled. It had been planned to meet again, he said, calling on Japan to attend.",
    "İstanbul talks: meeting İ met", "a had a talk with B", "welcomed President Lula to the Blue House",
]
SCAN_SOURCES = [
    r"(?:(?<=\bwas )|(?<=\bbe ))received(?=\s+by\s+[A-Z])|\b(?:received|receives|host|hosts|hosting)(?=\s+\w)",
    r"(?i)\b(met|meet|talks?|(?<=\bhad a )talk(?=\s+with\b)|(?:phone|telephone) (?:calls?|conversations?))\b",
    r"\b(?:welcom(?:ed|es))(?=\s+[A-Z])", r"(?<![\w-])host", r"(?i)(?<!\bvery )\btalks\b|summit",
    r"\bho", r"(?:abc|)def", r"x?\bhost", r"(?P<v>\bhost(?:s|ing)?)(?P<rest>\s+\w+)?",
    # an optional or repeated opening (speed25): the starts of the item and of what follows it
    r"(?P<body>(?:\b[Tt]he\s+)?(?:[Bb]lue|[Pp]hone)\s+(?:[Hh]ouse|call))\b", r"(?:(?:[Tt]he|[Ss]ome)\s+)*talks\b",
    r"(?:\b(?:was|had)\s+)?(?:received|a\s+talk)", r"(?:\bvery\s*)?talks",
]


@pytest.mark.parametrize("source", SCAN_SOURCES)
def test_scanner_finds_the_matches_finditer_finds(source):
    """Matched only where a literal start stands, a pattern opening with an assertion finds the same
    matches (spans and groups) as `finditer` over the whole text; the folded form for `(?i)`."""
    from readout.patterns import Scanner, compile_case_free, fold

    pattern, folded = compile_case_free(source)
    scanner = Scanner(source)
    for text in SCAN_TEXTS:
        subject = fold(text) if folded else text
        expected = [(m.span(), m.groups()) for m in pattern.finditer(subject)]
        assert [(m.span(), m.groups()) for m in scanner.finditer(text)] == expected


@pytest.mark.parametrize("source, starts", [
    (r"(?:(?<=\bwas )|(?<=\bbe ))received|\b(?:host|hosts)(?=x)", ["host", "hosts", "received"]),
    (r"\b(?:called|phoned)(?=\s)", ["called", "phoned"]),
    (r"host\b", None),  # opens with a literal: `re` skips ahead by itself
    (r"\bho", None),  # a start too short to be rare
    (r"(?i)\bhost", None),  # case-insensitive: run folded (the folded form has its starts)
    (r"\b\w+host", None), (r"\b(?:host|)x", None),
    # an optional opening (speed25): the starts with it and without it; a class of a few letters, each letter
    (r"\b(?:a?host)", ["ahost", "host"]), (r"(?:\b[Tt]he\s+)?Gulf\b", ["Gulf", "The", "the"]),
    (r"(?:[Ss]ome\s+)*allies", ["Some", "allies", "some"]), (r"(?:\bthe\s?)?(?:East|West)", ["East", "West", "the", "theEast", "theWest"]),
    (r"(?:x\w+)?\bhost", None),  # the optional item's start is one letter: too short to be rare
])
def test_literal_starts_are_what_every_match_opens_with(source, starts):
    from readout.patterns import literal_starts

    assert literal_starts(source) == starts


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_lexicon_pattern_scans_as_finditer_does(lang):
    """Each lexicon pattern, through `Lexicon.scan`, matches as its folded or plain `finditer` does, on
    sentences written for the test."""
    from readout.kb.loader import lexicon
    from readout.patterns import compile_case_free, fold

    texts = SCAN_TEXTS + ["북한은 12일 미국과 회담했고 방한 중인 장관을 접견했다.", "한미 외교장관은 통화에서 협의했다."]
    lex = lexicon(lang)
    for key in [k for k, v in lex.raw.items() if k.endswith("_re") and v]:
        pattern, folded = compile_case_free(lex.sources(key)[0])
        for text in texts:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(fold(text) if folded else text)]
            assert [(m.span(), m.groups()) for m in lex.scan(key, text)] == expected, key


@pytest.mark.parametrize("source, has_starts", [(r"\bho", False), (r"x?\bho", False), (r"x?\bhost", True),
                                                       (r"\b(?:called|phoned)", True)])
def test_scanner_without_literal_starts_runs_the_pattern_itself(source, has_starts):
    """No literal starts, no trie (an empty alternation never matches): the pattern scans the whole text."""
    from readout.patterns import Scanner

    scanner = Scanner(source)
    assert (scanner.starts is not None) == has_starts
    assert [m.span() for m in scanner.finditer("who phoned host ho")] == \
        [m.span() for m in scanner.pattern.finditer("who phoned host ho")]


def absolute_split(text: str, offset: int) -> list:
    """The Korean splitter as it was written before it read morphemes relative to their sentence: kiwi's
    offsets kept absolute through the joining and cutting, moved once at the end (the reference)."""
    from readout.lang.ko.sentences import OPEN_AFTER_END, lost_middle_dot
    from readout.model import Span

    out = []
    for sent in kiwi().split_into_sents(text, return_tokens=True, return_sub_sents=False):
        tokens = [(t.form, t.tag, t.start, t.len) for t in sent.tokens]
        start = sent.start
        if out and lost_middle_dot(text, out[-1][1], sent.start):
            first, _end, before = out.pop()
            before[-1] = (before[-1][0], "SW", before[-1][2], before[-1][3])
            tokens, start = before + tokens, first
        out.append((start, sent.end, tokens))
    pieces = []
    for start, end, tokens in out:
        cut, first = [], 0
        for k in range(1, len(tokens) - 1):
            form, tag, pos, size = tokens[k]
            nxt = tokens[k + 1]
            if tag == "SF" and form == "." and tokens[k - 1][1] == "EF" and nxt[1] not in OPEN_AFTER_END \
                    and nxt[2] == pos + size:
                cut.append((start if not cut else tokens[first][2], pos + size, tokens[first:k + 1]))
                first = k + 1
        pieces += cut + [(tokens[first][2], end, tokens[first:])] if cut else [(start, end, tokens)]
    return [(Span(offset + a, offset + b, "ko"), tuple((f, t, s - a, n) for f, t, s, n in toks)) for a, b, toks in pieces]


@pytest.mark.parametrize("text", [
    "두 장관은 도쿄에서 만났다.14일 외교부는 이를 공개했다.",  # cut after a glued period
    "국방부는 훈련을 마쳤다.23일 합참은 추가 훈련을 예고했다.다음 날 군은 훈련을 끝냈다.",  # cut twice
    "정부는 북한의 핵?미사일 개발을 규탄했다. 장관은 3.5% 인상을 발표했다.",  # joined at a lost middle dot
    "그는 \"규탄한다.\"고 말했다. 외교부는 12일 성명을 냈다.",  # a period inside a quotation: no cut
    "그것이 사실일까? 아니다.", "양국은 회담했다", "",
])
def test_korean_split_reads_offsets_relative_to_each_sentence_as_the_absolute_reading_did(text):
    """Morphemes are read relative to their kiwi sentence and moved only where sentences are joined or
    cut, and a sentence with no period before its end is not searched for a cut: the same sentences and
    morphemes as the reading that kept kiwi's offsets and moved each morpheme once at the end."""
    from readout.lang.ko.sentences import split

    assert split(text, 5) == absolute_split(text, 5)


@pytest.mark.parametrize("text", [
    "The Organization of American States met.", "the African Union said", "The ministers met in Lima.", "",
    "Officials of the Monitoring Mission left.", "a union of states",
])
def test_english_head_gate_is_the_substring_test(text):
    """The gate of `named_bodies` (one pattern of the head nouns' first words) passes a text exactly when
    one of those words is a substring of it, as the word-by-word test did."""
    from readout.lang.en.country_bodies import head_first_re, head_first_words

    assert (head_first_re().search(text) is not None) == any(word in text for word in head_first_words())


@pytest.mark.parametrize("text", ["한미 외교장관은 워싱턴에서 만났다.", "북·러 정상이 회담했다.", "美 국무부는 대북 제재를 발표했다.",
                                  "남북은 합의했다.", "유엔 안보리가 회의를 열었다.", "도미니카 공화국측은 반발했다.",
                                  "앤티가 바부다 외교부는 밝혔다.", "중앙 아프리카 공화국 정부는 부인했다."])
def test_korean_country_reader_passes_over_only_words_no_reading_can_name(text):
    """A word the country reader passes over before any reading (no first character of a form, no prefix
    of a multi-word form, no metonym, no particle compound, no recipient prefix, no separator) reads as
    nothing, and a multi-word form starts with its first word as written."""
    from readout.lang.ko import countries, country_words
    from readout.lang.ko.words import words_of

    toks = tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))
    words = words_of(text, toks)
    t, prefixes = countries.tables(), countries.multiword_tables()[0]
    for i, w in enumerate(words):
        passed = w.noun[:1] not in countries.first_characters() and w.noun not in prefixes \
            and w.noun not in countries.metonym_index() and w.noun not in t.with_particle \
            and w.text[:2] not in t.recipients and country_words.SEPARATOR_RE.search(w.noun) is None
        if passed:
            assert not country_words.read_word(w.noun, w.tokens, w.start).codes
            assert countries.multiword_form(words, i) is None
    assert countries.find_countries(text, 0, toks)


@pytest.mark.parametrize("tokens", [
    tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize("그는 어려운 길을 걸어 도왔고 추웠다.")),  # VA-I, VV-R
    [("돕", "VV-I", 0, 1), ("었", "EP", 1, 1)],
    [["가", "VV", 0, 1]],  # a list, not a tuple: rebuilt as before
    [("x", "SL", 0, 1, "extra")],  # a longer record: cut to four fields as before
    (),
])
def test_korean_tag_classes_keep_untouched_morphemes_as_they_are(tokens):
    """`tokens_of` keeps a 4-tuple whose tag has no '-' as it is: the same records as rebuilding each."""
    from readout.lang.ko.endings import tokens_of

    rebuilt = [(t[0], t[1].split("-")[0], t[2], t[3]) for t in tokens]
    assert tokens_of(tokens) == rebuilt
    assert all(type(t) is tuple for t in tokens_of(tokens))
