"""The reading of a Korean predicate's endings (readout/lang/ko/endings.py), on sentences written for it."""
import pytest

from readout.lang.ko.act_table import act_index
from readout.lang.ko.endings import read_clause, tokens_of
from readout.lang.ko.sentences import kiwi


@pytest.fixture(scope="module")
def reading():
    k = kiwi()

    def run(text, stem_form):
        toks = tokens_of([(t.form, t.tag, t.start, t.len) for t in k.tokenize(text)])
        s = next(i for i, t in enumerate(toks) if t[0] == stem_form and t[1] in ("VV", "XSV"))
        return read_clause(toks, s, act_index())

    return run


@pytest.mark.parametrize("text, stem, field, value", [
    ("그는 그 책을 읽지 않았다.", "읽", "negated", True),
    ("그는 그 책을 읽지 못했다.", "읽", "negated", True),
    ("그는 그 책을 읽겠다고 말했다.", "읽", "modality", "future"),
    ("그는 그 책을 읽을 방침이다.", "읽", "modality", "plan"),
    ("그는 그 책을 읽을 수 있다.", "읽", "modality", "possible"),
    ("그는 그 책을 읽을 것으로 보인다.", "읽", "modality", "predicted"),
    ("그는 그 책을 읽기로 했다.", "읽", "decided", True),
    ("그는 그 책을 읽지 않기로 했다.", "읽", "negated", True),
    ("함께 그 책을 읽자고 말했다.", "읽", "drop", "exhortation"),
    ("그 책을 읽으라고 말했다.", "읽", "drop", "imperative"),
    ("그 책을 읽도록 권했다.", "읽", "drop", "content"),
    ("그 책을 읽는 학생이 많다.", "읽", "drop", "relative"),
    ("그 책을 읽은 뒤 잠들었다.", "읽", "clause", "noun"),
    ("그 책을 읽었다고 밝혔다.", "읽", "quoted", True),
    ("그 책을 읽겠다는 입장을 밝혔다.", "읽", "quoted", True),
    ("그 책을 읽으라는 요구가 많다.", "읽", "drop", "imperative"),
    ("그 책을 읽었다.", "읽", "clause", "main"),
    ("그 책을 읽고 잠들었다.", "읽", "clause", "connective"),
])
def test_what_the_endings_say(reading, text, stem, field, value):
    assert getattr(reading(text, stem), field) == value
