"""(konames47) A Korean name whose last syllable is also an office suffix ('국', '청', '처', '부') is a person before
its title, not a body; an office's name of the same shape stays a body. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def people(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published=date(2026, 11, 2))
    return [(m.surface, m.entity.kind) for m in doc.mentions if m.entity]


@pytest.mark.parametrize("text, name", [
    ("황준국 대사는 3일 칠레 외교장관과 회담했다.", "황준국"),
    ("박영부 차관은 3일 페루 외교차관과 회담했다.", "박영부"),
    ("김영청 대변인은 3일 정례 브리핑에서 이같이 말했다.", "김영청"),
])
def test_suffix_shaped_name_before_a_title_is_a_person(text: str, name: str) -> None:
    assert (name, "person") in people(text)


def test_surname_alone_later_is_the_same_person() -> None:
    doc = extract_text("황준국 대사는 3일 칠레 외교장관과 회담했다. 황 대사는 협력을 강화하자고 말했다.",
                       published=date(2026, 11, 2))
    ids = {m.entity.id for m in doc.mentions if m.entity and m.surface in ("황준국", "황")}
    assert len(ids) == 1


@pytest.mark.parametrize("text, body", [
    ("조달청 대변인은 3일 입찰 결과를 발표했다.", "조달청"),
    ("이민국 국장은 3일 새 규정을 발표했다.", "이민국"),
])
def test_office_of_the_same_shape_is_no_person(text: str, body: str) -> None:
    assert not any(s == body for s, _k in people(text))
