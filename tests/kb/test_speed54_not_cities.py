"""(speed54, issue 20) The Hangul names places.yaml lists as Korean words (`geo.not_cities_ko`) are read once per
process: a Korean town heard by sound asked for them at each word and re-read the validated places file each time."""
from __future__ import annotations

import pytest

from readout.kb import geo, loader
from readout.lang.ko import heard_cities


def test_listed_words_as_in_the_file() -> None:
    listed = loader.parse("places.yaml", "PlacesFile").not_cities_ko
    assert geo.not_cities_ko() == frozenset(listed)
    assert "연대" in geo.not_cities_ko() and "서울" not in geo.not_cities_ko()


# Korean sentences of our own with a word the town reader asks about: a listed word, a heard town, none
SENTENCES = [
    "연대 학생들이 광장에서 집회를 열었다.",
    "우크라이나 하르키우에서 양국 장관이 만났다.",
    "정부는 다만 추가 협상을 거부했다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_file_is_not_read_again(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from readout.api import extract
    from readout.ingest.sources import RawDocument
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline()
    geo.not_cities_ko()
    before = extract(RawDocument("speed54-a", text=text), pipeline).events
    reads = []
    real = loader.parse
    monkeypatch.setattr(loader, "parse", lambda name, *a, **k: reads.append(name) or real(name, *a, **k))
    after = extract(RawDocument("speed54-b", text=text), pipeline).events
    assert "places.yaml" not in reads
    assert [e.type for e in after] == [e.type for e in before]
    assert heard_cities.not_cities_ko is geo.not_cities_ko
