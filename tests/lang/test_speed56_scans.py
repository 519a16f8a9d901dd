"""speed56: a literal start of one letter outside ASCII (a Hangul syllable) is rare enough to scan for
(`patterns.rare_start`), so the Korean meeting words, which open with lookbehinds and one-syllable starts, are
matched only where one of their first syllables stands; a one-letter Latin start still is not, and the matches are
`finditer`'s either way."""
from __future__ import annotations

import pytest

from readout.patterns import Scanner, literal_starts, rare_start

KO_TEXTS = [
    "강원도 춘천에서 열린 회의에서 두 장관은 만나 협의했고, 오찬을 함께 했다.",
    "그는 어제 전화를 걸어 대화를 나눴으며 방문 일정을 찾아 조율했다.",
    "양측은 고위급대화를 열기로 하고 정상회담 준비를 위해 접촉했다.",
    "회담장 앞에는 시민들이 모였다.",
    "",
]
EN_TEXTS = ["The envoy met her counterpart in Tromso and spoke by phone later.", "who phoned host ho", ""]


@pytest.mark.parametrize("start, rare", [
    ("회", True), ("방문", True), ("é", True),  # one letter outside ASCII: a syllable is one of thousands
    ("h", False), ("ho", False), ("hos", True), ("", False),  # Latin: three letters, as before
])
def test_a_start_is_rare_by_its_length_or_its_script(start, rare):
    assert rare_start(start) is rare


@pytest.mark.parametrize("source, starts", [
    (r"(?<![가-힣])(?:방한|방미)|회담|(?<=[을를]\s)찾(?=아)", ["방미", "방한", "찾", "회담"]),
    (r"(?<![가-힣])대화(?=\s*를)", ["대화"]),
    (r"(?<![가-힣])(?:대화|x)", None),  # one start is a single Latin letter: no gate
    (r"\bho", None), (r"\b(?:called|phoned)", ["called", "phoned"]),  # English as before
])
def test_korean_one_syllable_starts_are_kept(source, starts):
    assert literal_starts(source) == starts


@pytest.mark.parametrize("source, texts", [
    (r"(?<![가-힣])(?:방한|방문)|회담|회의(?!체)|(?<=[을를]\s)찾(?=아|았)|만나|(?:오찬|만찬)(?=\s*을)", KO_TEXTS),
    (r"(?<![가-힣])(?:대화|전화)(?=\s*(?:를|을))|(?<![가-힣])접촉(?=했|하)|고위급\s*대화|정상회담", KO_TEXTS),
    (r"\b(?:met|spoke|phoned)\b|(?<=\bby )phone", EN_TEXTS),
])
def test_a_gated_scan_finds_what_finditer_finds(source, texts):
    scanner = Scanner(source)
    assert scanner.starts is not None
    for text in texts:
        assert [(m.span(), m.group()) for m in scanner.finditer(text)] == \
            [(m.span(), m.group()) for m in scanner.pattern.finditer(text)]


def test_the_korean_meeting_words_scan_from_their_first_syllables():
    from readout.kb.loader import lexicon

    lex = lexicon("ko")
    lex.scan("meeting_trigger_re", "")
    scanner = lex.case_free["meeting_trigger_re"]
    assert scanner.starts is not None
    for text in KO_TEXTS:
        assert [m.span() for m in lex.scan("meeting_trigger_re", text)] == \
            [m.span() for m in scanner.pattern.finditer(text)]
