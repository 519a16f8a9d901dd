"""Per-sentence shortcuts and remembered readings taken for speed answer as the full readers do.

Per-sentence shortcuts of the meeting and clause readers answer as the full readers do. The Korean meeting reader
builds no clause reader for a sentence its meeting pattern does not match, and still reads every sentence where it
does; English `clause()` gives a meeting word's and an act word's bounds as before. Every sentence is written for
the test (places and people of no evaluation article).

Formerly tests/lang/test_speed13_gates.py; classes first read as "The per-sentence shortcuts of the fourteenth
session answer as the full readers do" (docs/history.md).

Remembered names, morpheme slices and skipped morphemes answer as the plain readings do: a full name remembered by
surface, a Korean morpheme run joined through a slice, `unfused` passing over the morphemes it never reads, an
object word with no hyphen taken as itself, and a cue list the lexicon lacks. Names and sentences are written for
the test.

Formerly tests/lang/test_speed17_paths.py; classes first read as "The shortcuts of session 23's speed pass answer as
the plain readings do" (docs/history.md).

Speed shortcuts of the act readers drop no act. A language's act reader stops at once on a sentence
where its finder found no act word (the readers after it only filter and mark hits), the English clause bounds are
remembered per (sentence, word), and the pair an appeal names is read by a pattern that opens with the appeal's
verb. Each sentence is written for the test; its act must still be found, with its sides.

Formerly tests/lang/test_speed18_gates.py; classes first read as "Session 24's speed pass (speed18)"
(docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.leaders import curated_names
from readout.lang.ko import clauses
from readout.lang.ko.sentences import kiwi


@pytest.fixture(scope="module")
def languages():
    from readout.pipeline import default_pipeline

    return default_pipeline().languages


def morphemes(text: str) -> tuple:
    return tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))


@pytest.fixture
def built(monkeypatch):
    """How many clause readers are built (the cache of readers is bypassed, so each request counts)."""
    count = [0]
    make = clauses.SentenceReader

    def counted(text, tokens):
        count[0] += 1
        return make(text, tokens)

    monkeypatch.setattr(clauses, "reader", counted)
    return count


@pytest.mark.parametrize("text, word", [
    ("우루과이 외교장관은 3일 몬테비데오에서 핀란드 외교장관과 회담을 가졌다.", "회담"),
    ("칠레 대통령은 다음 주 페루 대통령과 만날 예정이다.", "만날"),
    ("두 정상은 전화 통화를 하고 어업 협력을 논의했다.", "통화"),
    ("가나 외교장관은 토고를 방문해 외무장관과 면담했다.", "면담"),
])
def test_meeting_gate_never_skips_a_meeting_word(languages, built, text, word):
    """Where the lexicon's meeting pattern matches, the reader is built and the trigger read."""
    found = languages["ko"].meeting_triggers(text, morphemes(text))
    assert any(word in t.text for t in found)
    assert built[0] >= 1


@pytest.mark.parametrize("text", [
    "가나 정부는 이웃 나라의 국경 봉쇄를 강하게 비난했다.",
    "오늘은 비가 온다.",
])
def test_a_sentence_without_meeting_words_builds_no_reader(languages, built, text):
    assert languages["ko"].meeting_triggers(text, morphemes(text)) == []
    assert built[0] == 0


@pytest.mark.parametrize("text, word, bounds", [
    # an act word: the clause bounds alone
    ("Uruguay condemned the raid, and Finland called for calm.", "condemned", None),
    # a meeting word coordinated after another phrase starts at its 'and'
    ("The envoy arrived in Lima on Monday and is expected to meet the Chilean minister on Tuesday.", "meet",
     "and is expected to meet the Chilean minister on Tuesday."),
    # a fronted clause's meeting word: from the sentence's start to its comma
    ("A week after meeting the Togolese minister in Lome, the envoy flew to Accra.", "meeting",
     "A week after meeting the Togolese minister in Lome"),
])
def test_english_clause_of_act_and_meeting_words(languages, text, word, bounds):
    from readout.lang.en import clause_spans

    start = text.index(word)
    left, right = languages["en"].clause(text, (), start, start + len(word))
    if bounds is None:
        assert (left, right) == clause_spans.clause_bounds(text, start, start + len(word))
    else:
        assert text[left:right].strip() == bounds


def _data_names() -> list[str]:
    """A few full names of our own leaders' list, taken from the data (not copied into the test), in title case."""
    return [n.title() for n in sorted(curated_names())[:4]]


@pytest.mark.parametrize("surface", [
    "Foreign Minister", "South Korea", "United Nations Security Council", "Talia Brennvik", "Orlan Vesk Darrow",
    "Monday", "Marik Olundsen", *_data_names(),
])
def test_known_full_name_remembered_answers_as_the_plain_reading(surface):
    from readout.lang.en.mentions import known_full_name

    plain = known_full_name.__wrapped__(surface)
    assert known_full_name(surface) is plain
    assert known_full_name(surface) is plain  # asked again: the remembered answer


def test_known_full_name_still_finds_a_listed_name():
    from readout.lang.en.mentions import known_full_name

    assert any(known_full_name(n) for n in _data_names())  # the memo holds no stale False


MORPHEMES = [("갑", "NNG", 0, 1), ("을", "JKO", 1, 1), ("대북", "NNG", 3, 2), ("제재", "NNG", 5, 2), ("를", "JKO", 7, 1),
             ("강화", "NNG", 9, 2), ("하", "XSV", 11, 1), ("었", "EP", 12, 1), ("다", "EF", 13, 1)]


@pytest.mark.parametrize("a, b", [(0, 0), (2, 3), (0, 8), (5, 8), (-2, 1), (-1, -1), (4, 3)])
def test_joined_reads_the_morphemes_an_index_reads(a, b):
    from readout.lang.ko.act_candidate import joined

    assert joined(MORPHEMES, a, b) == "".join(MORPHEMES[k][0] for k in range(a, b + 1))


@pytest.mark.parametrize("tokens, expected", [
    # no noun or stem: every morpheme as it came
    ([("은", "JX", 0, 1), ("었", "EP", 1, 1), ("다", "EF", 2, 1), (".", "SF", 3, 1)],
     [("은", "JX", 0, 1), ("었", "EP", 1, 1), ("다", "EF", 2, 1), (".", "SF", 3, 1)]),
    # a state's name kiwi fused with its genitive is split; the particle after it passes as it came
    ([("가봉의", "NNP", 0, 3), ("회원국", "NNG", 4, 3), ("은", "JX", 7, 1)],
     [("가봉", "NNP", 0, 2), ("의", "JKG", 2, 1), ("회원국", "NNG", 4, 3), ("은", "JX", 7, 1)]),
])
def test_unfused_passes_over_what_it_never_reads(tokens, expected):
    from readout.lang.ko.fused_names import unfused

    assert unfused(tokens) == expected


@pytest.mark.parametrize("low, key", [
    ("f-16s", "aircraft"), ("su-35s", "aircraft"), ("mig-29s", "aircraft"), ("troops", "troops"),
    ("x-ray", "x-ray"), ("f-16", "f-16"), ("aid", "aid"),
])
def test_object_key_reads_a_designator_and_leaves_other_words(low, key):
    from readout.lang.en.act_window import object_key

    assert object_key(low) == key


def test_cue_of_a_list_the_lexicon_lacks_is_empty():
    from readout.lang.ko.act_table import act_index

    lex = act_index()
    assert lex.cue("no_such_cue_list") == frozenset()
    assert lex.cue("say_verb") == lex.cues["say_verb"]


@pytest.mark.parametrize("text", [
    "Talia Brennvik, a senior adviser to the Brazilian president, dismissed the report.",
    "Orlan Vesk, foreign policy aide of Prime Minister Marik Olundsen, said on Monday the talks would go on.",
    "Dara Kell, special envoy of Kenya, met the delegation.",
    "The adviser said the envoy would travel to the capital.",  # titles, but no name before them
    "Marik Olundsen condemned the launch.",  # no aide title at all
])
def test_aide_gate_passes_every_sentence_the_aide_pattern_reads(text, monkeypatch):
    from readout.lang.en import tied_mentions as mentions  # debt46: the aide readers' own module, which the patch reaches

    gate = mentions.aide_gate_re()
    gated = mentions.aides(text, [])
    monkeypatch.setattr(mentions, "aide_gate_re", lambda: mentions.re.compile(""))  # a gate every text passes
    assert gated == mentions.aides(text, [])
    assert bool(list(mentions.aide_re().finditer(text))) <= bool(gate.search(text))


def test_aide_gate_keeps_a_served_state():
    from readout.lang.en.mentions import aides

    found = aides("Talia Brennvik, a senior adviser to the Brazilian president, dismissed the report.", [])
    assert [(m.surface, m.country) for m in found] == [("Talia Brennvik", "BRA")]


@pytest.mark.parametrize("text", [
    "Velmar said on Tuesday that the talks, while useful, had stalled; Ostria, as well, stayed away.",
    "Karsk announced on Friday that it would leave, and Tolvia, according to officials, told reporters so.",
    "Before the summit, Ostria condemned Karsk, Velmar, and Tolvia, whereas Norland acknowledged that it erred.",
])
def test_clause_boundaries_are_those_of_the_lexicon_pattern(text):
    from readout.lang.en.clause_patterns import boundary_pattern, patterns
    from readout.patterns import fold

    written, fast = patterns()["boundary"], boundary_pattern()
    for k in range(len(text) + 1):
        assert [m.span() for m in fast.finditer(fold(text), 0, k)] == [m.span() for m in written.finditer(text, 0, k)]
        found, plain = fast.search(fold(text), k), written.search(text, k)
        assert (found and found.span()) == (plain and plain.span())


DAY = date(2025, 3, 4)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    # an act word after a sentence with none: the early stop of the sentence before keeps nothing from this one
    ("Officials gathered in the capital on Monday. Norway condemned Ruritania's missile launch on Tuesday.",
     "ACCUSE", "NOR", None),
    ("노르웨이 외교부는 4일 성명을 냈다. 노르웨이는 같은 날 칠레의 미사일 발사를 강하게 규탄했다.", "ACCUSE", "NOR", "CHL"),
])
def test_an_act_after_a_sentence_without_one_is_found(text, kind, actor, recipient):
    events = [e for e in extract_text(text, published=DAY).events if e.type == kind]
    assert events, f"no {kind} in {text!r}"
    assert any(p.country == actor for e in events for p in e.participants)
    if recipient:
        assert any(r.country == recipient for e in events for r in e.recipients)


@pytest.mark.parametrize("language, text", [
    ("en", "The weather in the capital stayed mild through the week."),
    ("ko", "수도의 날씨는 한 주 내내 온화했다."),
])
def test_a_sentence_without_an_act_word_has_no_hit(language, text):
    from readout.pipeline import default_pipeline
    from readout.lang.ko.sentences import split

    lang = default_pipeline().languages[language]
    tokens = [t for _span, toks in split(text, 0) for t in toks] if language == "ko" else ()
    assert lang.find_acts(text, tokens) == []


@pytest.mark.parametrize("text, pair", [
    ("The envoy urged both sides to stop the shelling.", "both sides"),
    ("She Called On  the two governments to talk.", None),  # two spaces: the verb and the pair stand one space apart
    ("He called on the two governments to talk, and told all parties to wait.", "the two governments"),
    ("The council urged all parties to the agreement to comply.", None),  # the members of a process, no sides
])
def test_appealed_pair_spans(text, pair):
    from readout.pipeline import default_pipeline

    found = [text[a:b] for a, b, n in default_pipeline().languages["en"].adversary_references(text) if n == 2]
    assert (found[:1] or [None])[0] == pair


def test_clause_bounds_remembered_answers_as_the_plain_reading():
    from readout.lang.en.clause_spans import clause_bounds

    text = "After the talks ended, Norway condemned the strike, which Chile denied, and urged calm."
    for word in ("condemned", "denied", "urged", "talks"):
        start = text.index(word)
        plain = clause_bounds.__wrapped__(text, start, start + len(word))
        assert clause_bounds(text, start, start + len(word)) == plain
        assert clause_bounds(text, start, start + len(word)) == plain  # asked again: the remembered answer


@pytest.mark.parametrize("text", [
    # a body's session: the meeting words are read first, the country words only beside a setting word (the Korean
    # session, '열린 안보리 회의에서 A는 ... 이에 B는 ...고 맞섰다', is tests/pipeline/test_meeting_hosts.py's)
    "At the General Assembly session in Geneva on Friday, Norwegian Foreign Minister Ingrid Solvang said the vote "
    "must wait. Danish ambassador Henrik Moll replied that the delay was dangerous.",
])
def test_a_session_is_still_read_where_a_body_meets(text):
    meetings = [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]
    assert any({"NOR", "DNK"} <= {p.country for p in e.participants} for e in meetings)


@pytest.mark.parametrize("text", [
    "Norway's foreign minister held talks with her Danish counterpart in Oslo on Monday and condemned the strike.",
    "노르웨이 외교장관은 3일 오슬로에서 덴마크 외교장관과 회담하고 공습을 규탄했다.",
])
def test_meeting_words_kept_on_the_article_are_the_readers_own(text):
    from readout.pipeline.common import meeting_words_in

    article = extract_text(text, published=DAY)
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline()
    for sent in article.sentences:
        lang = pipeline.language(sent.label)
        own = tuple(lang.meeting_triggers(article.text[sent.start:sent.end], article.tokens.get(sent.start, ())))
        assert meeting_words_in(article, sent, lang) == own
    assert any(article.meeting_words.values())  # read by the steps, not only here
