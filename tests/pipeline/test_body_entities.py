"""The entity an international body acts as: the UN and the EU by their own names; IGO (every other body) by no one
body's name, in both languages (it once showed ASEAN's Korean name on NATO's and the AU's events)."""
import pytest

from readout.api import extract_text
from tests.event_sides import first_of


@pytest.mark.parametrize("text, code, name, names", [
    ("The Arctic Council condemned the missile test on Monday.", "IGO", "IGO", []),
    ("북대서양조약기구는 6일 러시아의 미사일 시험을 규탄했다.", "IGO", "IGO", []),
    ("The United Nations condemned the missile test on Monday.", "UNO", "United Nations", ["유엔"]),
    ("유럽연합은 6일 러시아의 미사일 시험을 규탄했다.", "EUR", "European Union", ["유럽연합"]),
])
def test_body_actor_named_as_itself(text: str, code: str, name: str, names: list[str]) -> None:
    first = first_of(extract_text(text, published="2024-05-07").events, type="ACCUSE")
    body = next(p for p in first.participants if p.country == code)
    assert (body.name, body.names, body.sector) == (name, names, "IGO")
