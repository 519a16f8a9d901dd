"""(speed55, issue 20) Per-token tests asked through a generator are read in C or by a plain loop: the same answers.

Each row checks the new form against the generator it replaced, on our own sentences and morphemes, in both
languages; the last rows read whole sentences of our own whose readers take those paths."""
from __future__ import annotations

import pytest

from readout.dating import quoted_at
from readout.lang.en.act_tokens import LOW, RAW, tokenize
from readout.lang.ko.sentences import SUBJECT_MISREAD_TAGS, TAG, split_name_syllable

EN_SENTENCES = [
    "Norway will not accept the new quota, its fisheries minister said.",
    "The envoy of Peru (Lima) urged talks on the border.",
    "Chile hopes Peru would reopen the crossing soon.",
    "",
]
WORDS = frozenset({"will", "would", "hopes"})


@pytest.mark.parametrize("text", EN_SENTENCES)
def test_english_token_reads(text: str) -> None:
    toks = tokenize(text)
    assert WORDS.isdisjoint(map(LOW, toks)) == WORDS.isdisjoint(t.low for t in toks)
    assert ("(" not in map(RAW, toks)) == (not any(t.raw == "(" for t in toks))


# (form, tag, start, length) as the Korean sentence reader keeps kiwi's morphemes
KO_TOKENS = [
    [("김", "NNP", 0, 1), ("은", "JX", 1, 1), ("철", "NNG", 2, 1)],  # a name kiwi cut after its surname
    [("수단", "NNG", 0, 2), ("이", "VCP", 2, 1), ("반군", "NNG", 4, 2), ("을", "JKO", 6, 1)],
    [("칠레", "NNP", 0, 2), ("는", "JX", 2, 1), ("협상", "NNG", 4, 2), ("을", "JKO", 6, 1), ("거부", "NNG", 8, 2)],
    [("박", "NNP", 0, 1)],
    [],
]


@pytest.mark.parametrize("tokens", KO_TOKENS)
def test_korean_morpheme_reads(tokens: list) -> None:
    old_split = any(t[1] == "NNP" and t[3] == 1 and nxt[1][0] == "J" for t, nxt in zip(tokens, tokens[1:]))
    assert split_name_syllable(tokens) is old_split
    assert (not SUBJECT_MISREAD_TAGS.isdisjoint(map(TAG, tokens))) == any(t[1] in SUBJECT_MISREAD_TAGS for t in tokens)
    prefixes = frozenset({"맞"})
    tokens = tokens + [("맞", "VV", 20, 1)]
    assert (not prefixes.isdisjoint([t[0] for t in tokens if t[1] == "VV"])) \
        == any(t[0] in prefixes and t[1] == "VV" for t in tokens)


@pytest.mark.parametrize("text, start, expected", [
    ('"We will sail to Oslo on the 4th," he said', 20, True),
    ("He said they would sail to Oslo on the 4th.", 20, False),
    ("“오슬로에는 4일 도착한다”고 말했다", 5, True),
    ("“오슬로에는 4일 도착한다”고 말했다", 17, False),
])
def test_quoted_at_counts_marks_in_c(text: str, start: int, expected: bool) -> None:
    assert quoted_at(text, start) is expected


@pytest.mark.parametrize("text, kind, members", [
    ("발트 3국은 15일 러시아의 영공 침범을 강력히 규탄했다.", "ACCUSE", {"EST", "LVA", "LTU"}),
    ("The Baltic states on Tuesday condemned Russia's violation of their airspace.", "ACCUSE", {"EST", "LVA", "LTU"}),
    ("Norway will impose sanctions on Chile if it seizes more fishing boats, the foreign minister said on Monday.",
     "THREATEN", {"NOR"}),
    ("노르웨이 정부는 칠레가 어선을 추가로 나포하면 제재를 가하겠다고 경고했다.", "THREATEN", {"NOR"}),
])
def test_sentences_read_through_the_loops(text: str, kind: str, members: set[str]) -> None:
    from readout.api import extract_text

    events = extract_text(text, published="2025-03-20").events
    assert [e.type for e in events] == [kind]
    assert {p.country for p in events[0].participants} == members
