from datetime import date

import pytest

from readout.pipeline import default_pipeline
from readout.ingest.article import to_article
from readout.ingest.sources import RawDocument
from readout.lang import by_script
from readout.pipeline.clean import is_boilerplate_line, mark_boilerplate, split_segments


@pytest.fixture(scope="module")
def ctx():
    return default_pipeline()


@pytest.mark.parametrize("line", [
    "• 페이스북", "  • 이메일 보내기", "많이 본 기사", "광고 로드중", "등록 2021.09.17 08:05:12수정 2021.09.17 10:41:03",
    "(사진=국방부 제공) 2021.09.17. photo@example.com", "hong@example.com", "◎공감언론 가상통신 hong@example.com",
    "Kim (left) and Lee pose for a photo in Seoul.", "Reporting by Jane Doe; Editing by John Roe", "PRINT",
])
def test_boilerplate_lines(line, ctx):
    assert is_boilerplate_line(line, ctx)


@pytest.mark.parametrize("line", ["조 장관은 14일 회담했다.", "The two ministers met in Seoul on Tuesday."])
def test_content_lines(line, ctx):
    assert not is_boilerplate_line(line, ctx)


def test_offsets_stay_exact_and_boilerplate_is_marked_not_removed(ctx):
    text = "• 페이스북\n\n[서울=가상통신]홍길동 기자 = 조 장관은 14일 회담했다.\n많이 본 기사\n"
    article = split_segments(mark_boilerplate(to_article(RawDocument("a.txt", text=text)), ctx), ctx)
    assert article.text == text
    (para,) = article.paragraphs
    assert text[para.start:para.end] == "조 장관은 14일 회담했다."  # the dateline is not content


def test_an_appended_translation_is_a_second_segment(ctx):
    ko = "외교부 장관은 지난 14일 리마에서 미국 국무장관과 회담했다고 밝혔다. " * 5
    en = "The foreign minister held talks with the US Secretary of State in Lima on the 14th. " * 5
    article = split_segments(mark_boilerplate(to_article(RawDocument("b.txt", text=f"{ko}\n\n{en}\n")), ctx), ctx)
    assert [s.label for s in article.segments] == ["ko", "en"]


def test_publication_date_from_a_label(extract):
    article = extract("기사입력 2022/03/08 [09:12]\n\n국방부 장관은 지난 7일 회담했다.", published=None)
    assert article.published == date(2022, 3, 8) and article.published_basis == "text"


@pytest.mark.parametrize("text, lang", [
    ("박진 외교부 장관은 블링컨 장관과 회담했다.", "ko"),
    ("Foreign Minister Park Jin met Antony Blinken.", "en"),
    ("[서울=뉴시스] Park Jin 장관은 Blinken 장관과 통화했다.", "ko"),  # Hangul is 30% of the letters or more
    ("Park Jin (박진) met Secretary of State Antony Blinken in Washington on Monday.", "en"),
    ("北 미사일 발사", "ko"),
    ("2024-11-14 ...", "en"),
    ("", "en"),
    ("broken \ud800 surrogate 장관", "en"),  # a lone surrogate does not break the count
])
def test_language_of_a_line(text, lang):
    assert by_script(text, 0.3) == lang
