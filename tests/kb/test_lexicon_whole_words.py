"""`Lexicon.names_whole`: a pattern's whole-word answer, remembered per word, is the pattern's own answer."""
import pytest

from readout.kb import lexicon_patterns, loader
from readout.kb.loader import lexicon


@pytest.mark.parametrize("lang, word, expected", [
    ("en", "met", True),
    ("en", "summit", True),
    ("en", "Met", True),  # the pattern is case-free
    ("en", "metal", False),  # a meeting word inside another word is not the whole word
    ("en", "condemned", False),
    ("ko", "회담", True),
    ("ko", "규탄", False),
    ("ko", "만났다", False),  # a whole word: the ending is not part of the meeting word
])
def test_whole_word_answers_as_the_pattern(lang, word, expected):
    lex = lexicon(lang)
    direct = lex.re("meeting_trigger_re").fullmatch(word) is not None
    assert direct is expected
    assert lex.names_whole("meeting_trigger_re", word) is expected
    assert lex.names_whole("meeting_trigger_re", word) is expected  # the remembered answer


def test_the_memo_starts_again_when_full(monkeypatch):
    lex = loader.load_lexicon("en")
    monkeypatch.setattr(lexicon_patterns, "WORD_MEMO", 2)
    for word in ("met", "visited", "condemned"):
        lex.names_whole("meeting_trigger_re", word)
    assert len(lex.word_answers) <= 2
    assert lex.names_whole("meeting_trigger_re", "met") is True
    assert lex.names_whole("meeting_trigger_re", "condemned") is False


@pytest.mark.parametrize("lang, word, expected", [
    ("ko", "회담했다", True),  # the meeting word inside the word, with its ending
    ("ko", "만났다.", True),
    ("ko", "외교부", False),
    ("ko", "서울에서", False),
    ("en", "meetings", True),
    ("en", "condemned", False),
])
def test_found_in_word_answers_as_the_pattern(lang, word, expected):
    lex = lexicon(lang)
    assert (lex.re("meeting_trigger_re").search(word) is not None) is expected
    assert lex.finds_in_word("meeting_trigger_re", word) is expected
    assert lex.finds_in_word("meeting_trigger_re", word) is expected
    assert lex.names_whole("meeting_trigger_re", word) is (lex.re("meeting_trigger_re").fullmatch(word) is not None)
