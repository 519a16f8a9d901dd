"""Chinese and Japanese names in Hangul read back into Latin letters by the loanword orthography's tables
(kb/hangul_readings.py). Names are well-known public figures' or made up."""
from __future__ import annotations

import pytest

from readout.kb.hangul_readings import latin_name, mandarin_syllables, matches, readings


@pytest.mark.parametrize("pinyin, hangul", [
    ("xian", "셴"), ("dian", "뎬"), ("jian", "젠"), ("jia", "자"), ("jiu", "주"), ("guo", "궈"), ("zhi", "즈"),
    ("si", "쓰"), ("zi", "쯔"), ("lu", "뤼"), ("juan", "쥐안"), ("dong", "둥"), ("wei", "웨이"), ("bie", "볘"),
])
def test_the_mandarin_table_composes_the_official_cells(pinyin, hangul):
    assert pinyin in mandarin_syllables()[hangul]


@pytest.mark.parametrize("hangul, country, one", [
    ("시진핑", "CHN", "Xi Jinping"),        # every syllable has one reading
    ("쑨웨이둥", "CHN", "Sun Weidong"),      # 웨이 is wei, not yue + yi: the fewest syllables
    ("왕원타오", "CHN", "Wang Wentao"),      # 타오 is tao, not ta + o
    ("천광밍", "CHN", None),                 # 천: chen or cen, no guess
    ("리창", "CHN", None),                   # 창: chang, cang or qiang
    ("이시바 시게루", "JPN", "Shigeru Ishiba"),  # no consonant the table writes two ways
    ("기시다 후미오", "JPN", None),          # a word-initial 기: ki or gi
    ("시진핑", None, None),                  # no country, no table
    ("시진핑", "KOR", None),
])
def test_a_latin_name_only_where_the_table_allows_one(hangul, country, one):
    assert latin_name(hangul, country) == one


@pytest.mark.parametrize("hangul, country, latin", [
    ("천광밍", "CHN", "Chen Guangming"),
    ("리창", "CHN", "Li Qiang"),
    ("자오리젠", "CHN", "Zhao Lijian"),
    ("쟈칭궈", "CHN", "Jia Qingguo"),        # 쟈: an outlet not applying rule 3 (자)
    ("기시다 후미오", "JPN", "Fumio Kishida"),
    ("기시다 후미오", "JPN", "Kishida Fumio"),  # either name order
    ("고노 다로", "JPN", "Taro Kono"),        # word-initial 다, 고: unvoiced
    ("고노 다로", "JPN", "Tarō Kōno"),        # long vowels the table does not write
    ("오노 요시코", "JPN", "Yoshiko Ohno"),
    ("핫토리 겐지", "JPN", "Kenji Hattori"),   # final ㅅ: the doubled consonant
    ("미쓰이 하나코", "JPN", "Hanako Mitsui"),
    ("미츠이 하나코", "JPN", "Hanako Mitsui"),  # 츠: the press's spelling of tsu
])
def test_a_hangul_name_matches_the_latin_spelling_it_was_written_from(hangul, country, latin):
    assert matches(hangul, latin, country)


@pytest.mark.parametrize("hangul, country, latin", [
    ("천광밍", "CHN", "Chen Guangping"),
    ("리창", "CHN", "Li Keqiang"),
    ("기시다 후미오", "JPN", "Fumio Kishimoto"),
    ("고노 다로", "JPN", "Taro Kono"[::-1]),
    ("기시다 후미오", "CHN", "Fumio Kishida"),  # a Chinese person's name is not read by the kana table
])
def test_another_name_does_not_match(hangul, country, latin):
    assert not matches(hangul, latin, country)


def test_readings_of_an_unreadable_form_are_empty():
    assert readings("블링컨", "CHN") == [] and readings("스미스 존 폴 로버트", "JPN") == []


@pytest.fixture(scope="module")
def resolver():
    from readout.kb.knowledge import Knowledge

    return Knowledge.load().resolver


@pytest.mark.parametrize("surface, country, name, names", [
    ("왕원타오", "CHN", "Wang Wentao", ["왕원타오"]),        # the table's one reading
    ("천광밍", "CHN", "천광밍", []),                          # two readings: the Hangul form, not Korean 'Chun Gwang-ming'
    ("천광밍", None, "Chun Gwang-ming", ["천광밍"]),          # no state: a Korean name by its romanization
    ("다카시마 료헤이", "JPN", "다카시마 료헤이", []),        # 다: ta or da
])
def test_an_unknown_person_in_hangul_is_named_by_the_table_of_the_state(resolver, surface, country, name, names):
    e = resolver.resolve(surface, office=None, country=country, day=None)
    assert (e.name, e.names, e.reason) == (name, names, "new person")


def test_the_id_stays_the_one_of_either_script(resolver):
    """The id is the Latin form's where the table allows one reading: 왕원타오's four syllables are three of
    Mandarin, which the consonant key of the Hangul form alone does not split (kb/phonetic.py)."""
    from readout.kb.phonetic import stable_person_id

    assert resolver.resolve("왕원타오", country="CHN").id == stable_person_id("Wang Wentao", "CHN")


def test_the_table_file_checks():
    from readout.kb.hangul_readings import check

    assert check() > 400


@pytest.mark.parametrize("hangul, latin", [
    ("류젠차오", "Liu Jianchao"),   # four Hangul syllables, three Mandarin ones: its readings differ, its split not
    ("우장하오", "Wu Jianghao"),
    ("왕원타오", "Wang Wentao"),
])
def test_a_long_chinese_name_in_hangul_keys_as_its_latin_form(hangul, latin):
    from readout.kb.hangul_readings import family_name_length
    from readout.kb.phonetic import stable_person_id

    assert family_name_length(hangul) == 1
    assert stable_person_id(hangul, "CHN") == stable_person_id(latin, "CHN")
