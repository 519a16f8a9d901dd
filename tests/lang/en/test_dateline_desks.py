"""(actors60b, issue 14) Whose desk an English dateline is (lang/en/dateline_desks): an outlet's home city files the
world's news ('SEOUL (Yonhap) --', 'SEOUL --': `home_desk`, as Korean '(서울=연합뉴스)'), any other dateline is a
correspondent filing where the news happens (`files_abroad`, as Korean '(나이로비=연합뉴스)'). A wire's home state is the
knowledge base's (an organization of the press sector); a wire it does not hold has none known, its dateline neither
home nor abroad; no bracket is the lexicon's `dateline_home`. Our own datelines; the Korean rows are the parallel readings."""
from __future__ import annotations

import pytest

from readout.lang.en.dateline_desks import outlet_home


@pytest.fixture(scope="module")
def languages():
    from readout.kb.loader import kb
    from readout.lang.en.language import English
    from readout.lang.ko.language import Korean
    from readout.settings import Settings

    return {"en": English(Settings().language("en"), kb()), "ko": Korean(Settings().language("ko"), kb())}


@pytest.mark.parametrize("dateline, home", [
    ("SEOUL, May 3 (Yonhap) -- ", "KOR"),
    ("TOKYO (Kyodo) -- ", "JPN"),
    ("BEIJING, June 9 (Xinhua) -- ", "CHN"),
    ("NAIROBI, May 3 (Wire) - ", ""),  # a bracket naming no wire the knowledge base holds: none known
    ("DAKAR -- ", "XYZ"),  # no bracket: the outlet's own dateline, the default given
])
def test_outlet_home(dateline, home):
    assert outlet_home(dateline, "XYZ") == home


@pytest.mark.parametrize("lang, dateline, country, desk, abroad", [
    ("en", "SEOUL, May 3 (Yonhap) -- ", "KOR", True, False),
    ("en", "TOKYO (Kyodo) -- ", "JPN", True, False),
    ("en", "TOKYO (Xinhua) -- ", "JPN", False, True),  # an agency abroad: its correspondent
    ("en", "DAKAR -- ", "SEN", False, True),
    ("en", "NAIROBI, May 3 (Wire) - ", "KEN", False, False),  # a wire of no home known: neither
    ("en", "SEOUL (Wire) - ", "KOR", False, False),
    ("en", "SEOUL -- ", "KOR", True, False),  # the outlet's own dateline at its home (lexicon `dateline_home`)
    ("ko", "(서울=연합뉴스) ", "KOR", True, False),
    ("ko", "(다카르=연합뉴스) ", "SEN", False, True),
])
def test_home_desk_or_filed_abroad(languages, lang, dateline, country, desk, abroad):
    language = languages[lang]
    place = language.dateline_place(dateline, 0)
    assert place is not None and place.country == country
    assert (language.home_desk(place), language.files_abroad(place)) == (desk, abroad)


@pytest.mark.parametrize("text", [
    "TOKYO, May 9 (Yonhap) -- Defense Minister Kim Min-su and his Japanese counterpart held a video conference on "
    "Thursday.",
    "NAIROBI -- Kenyan and Ugandan ministers held video talks on Thursday.",
    "(도쿄=연합뉴스) 김민수 국방장관과 일본 방위상은 9일 화상회의를 했다.",
])
def test_a_video_meeting_filed_abroad_has_no_place(extract, text):
    """(actors60b) A dateline abroad places a meeting of the day's news where it is filed, but a meeting held over a
    screen is nowhere (lexicon en `remote_manner_re`: 'a video conference', 'video talks', as Korean '화상회의'): its
    mode is PLOVER's remote consultation."""
    (event,) = [e for e in extract(text).events if e.type == "CONSULT"]
    assert (event.mode, event.location) == ("phone", None)
