"""(kofix47) A state's name kiwi reads as a verb stem with the adnominal 는 ('말리/VV 는/ETM', to dry or to stop) is the
state as the topic when only framing words stand before it: a time ('이번주', '당시', '10일') or a framing adverb
('한편'), which date the clause and modify no noun, as at the sentence's start (fused_names.opening_topic,
`framing_words_before`). The verb takes its object before it ('싸움을 말리는'), and a head noun with the subject
particle after it keeps the verb's reading ('당시 말리는 사람이 없었다')."""
import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split

from tests.conftest import assert_act, events_of


def topics(text: str) -> set[str]:
    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) if m.subject
            for c in m.codes}


FRAMES = ["이번주 {n} 성명을 냈다.", "당시 {n} 중립을 선언했다.", "한편 {n} 국경을 닫았다.", "최근 {n} 대사를 불렀다.",
          "12일 {n} 성명을 발표했다.", "다음주 {n} 협상에 나선다."]


@pytest.mark.parametrize("frame", FRAMES)
def test_framed_topic(frame):
    assert "MLI" in topics(frame.format(n="말리는"))


@pytest.mark.parametrize("text", [
    "이날 싸움을 말리는 중재국이 나섰다.",  # the verb's object before it
    "당시 말리는 사람이 없었다.",  # its head noun with the subject particle after it
    "빨래를 말리는 방법을 소개했다.",
])
def test_the_verb_stays(text):
    assert "MLI" not in topics(text)


def test_event_of_a_framed_topic(extract):
    assert_act(events_of(extract("이번주 말리는 프랑스 대사를 추방했다.")), "SANCTION", {"MLI"}, {"FRA"}, "occurred")
