"""Session 24's speed pass (speed18): its shortcuts drop no act. A language's act reader stops at once on a sentence
where its finder found no act word (the readers after it only filter and mark hits), the English clause bounds are
remembered per (sentence, word), and the pair an appeal names is read by a pattern that opens with the appeal's
verb. Each sentence is written for the test; its act must still be found, with its sides."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

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
    from readout.lang.en.clauses import clause_bounds

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
