"""dates59: a line that is only the publication stamp ('2026.06.12 연합뉴스', '2026-06-12 06:30 송고') is boilerplate
(lexicon ko `boilerplate_line_re`): its date is no day the story reached, so '이날' after a story told on the 10th
(현지시간) stays the 10th, not the stamp's 12th."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("stamp", ["2026.06.12 연합뉴스", "2026-06-12 06:30 송고"])
def test_a_publication_stamp_line_is_no_day_of_the_story(stamp):
    text = (f"에콰도르·콜롬비아 국경 휴전 합의\n{stamp}\n\n"
            "가브리엘 몬카요 에콰도르 대통령은 10일(현지시간) 콜롬비아와 국경 휴전에 합의했다고 발표했다.\n\n"
            "콜롬비아 정부는 이날 성명을 내고 에콰도르의 결정을 환영했다.")
    assert dated(text, "SUPPORT") == ["2026-06-10"]


@pytest.mark.parametrize("line, stamp", [
    ("2026.06.12 연합뉴스", True), ("2026-06-12 06:30 송고", True), ("2026. 6. 12.", True),
    # negative: a line with words after its date is text
    ("2026.06.12 에콰도르 정부는 콜롬비아와 국경 휴전에 합의했다고 발표했다.", False),
])
def test_a_stamp_line_alone_is_boilerplate(line, stamp):
    from readout.pipeline import default_pipeline  # noqa: PLC0415
    from readout.pipeline.clean import is_boilerplate_line  # noqa: PLC0415
    assert is_boilerplate_line(line, default_pipeline()) == stamp
