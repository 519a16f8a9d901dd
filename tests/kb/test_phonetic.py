"""Phonetic keys: a foreign name in Hangul and in Latin letters gives one key and one id; different
names do not. Pairs are public office holders and names we made up, written as Korean press writes them."""
from __future__ import annotations

import pytest

from readout.kb.phonetic import keys, same_person, same_person_key, stable_person_id

# (Latin, Hangul, the person's country or None): one id from either script
SAME_ID = [
    ("Andrei Belousov", "안드레이 벨로우소프", "RUS"), ("Andrei Belousov", "안드레이 벨로우소프", None),
    ("Howard Lutnick", "하워드 러트닉", None), ("Nakatani Gen", "나카타니 겐", "JPN"),
    ("Gen Nakatani", "나카타니 겐", "JPN"), ("Marco Rubio", "마코 루비오", None),
    ("Sergei Lavrov", "세르게이 라브로프", "RUS"), ("Pete Hegseth", "피트 헤그세스", "USA"),
    ("Volodymyr Zelensky", "볼로디미르 젤렌스키", "UKR"), ("Xi Jinping", "시진핑", "CHN"),
    ("Wang Yi", "왕이", "CHN"), ("Li Qiang", "리창", "CHN"), ("Dong Jun", "둥쥔", "CHN"),
    ("Sergei Shoigu", "세르게이 쇼이구", "RUS"), ("Maria Zakharova", "마리야 자하로바", "RUS"),
    ("Emmanuel Macron", "에마뉘엘 마크롱", "FRA"), ("Olaf Scholz", "올라프 숄츠", "DEU"),
    ("Keir Starmer", "키어 스타머", "GBR"), ("David Lammy", "데이비드 래미", "GBR"),
    ("Mark Rutte", "마르크 뤼터", "NLD"), ("Scott Bessent", "스콧 베선트", "USA"),
    ("Jake Sullivan", "제이크 설리번", "USA"), ("Kurt Campbell", "커트 캠벨", "USA"),
    ("Chris Wright", "크리스 라이트", "USA"), ("Mike Waltz", "마이크 왈츠", "USA"),
    ("Kristi Noem", "크리스티 놈", "USA"), ("Shigeru Ishiba", "이시바 시게루", "JPN"),
    ("Takeshi Iwaya", "이와야 다케시", "JPN"), ("Shinjiro Koizumi", "고이즈미 신지로", "JPN"),
    ("Toshimitsu Motegi", "모테기 도시미쓰", "JPN"), ("Dmitry Peskov", "드미트리 페스코프", "RUS"),
    ("Sergei Ryabkov", "세르게이 랴브코프", "RUS"), ("Choi Sang-mok", "최상목", "KOR"),
    ("Choi Sang-mok", "최상목", None), ("Cho Tae-yul", "조태열", "KOR"), ("Lee Jun-il", "이준일", None),
    ("Narendra Modi", "나렌드라 모디", "IND"), ("Penny Wong", "페니 웡", "AUS"),
    ("Melanie Joly", "멜라니 졸리", "CAN"), ("Rafael Grossi", "라파엘 그로시", None),
    ("Kim Gunn", "김건", "KOR"), ("Sung Kim", "성 김", "USA"), ("Christopher Landau", "크리스토퍼 랜도", "USA"),
    ("Allison Hooker", "앨리슨 후커", "USA"), ("Kevin Kim", "케빈 김", "USA"), ("Jung Pak", "정 박", "USA"),
    ("Hiroyuki Namazu", "나마즈 히로유키", "JPN"), ("Fumio Kishida", "기시다 후미오", "JPN"),
    ("Funakoshi Takehiro", "후나코시 다케히로", "JPN"), ("Ri Il-hwan", "리일환", "PRK"), ("Wendy Sherman", "웬디 셔먼", "USA"),
    # invented names
    ("Boris Vetrenko", "보리스 베트렌코", "RUS"), ("Ilka Brandauer", "일카 브란다우어", "AUT"),
    ("Tomoko Hayase", "하야세 도모코", "JPN"), ("Liang Hui", "량후이", "CHN"), ("Dario Pellucci", "다리오 펠루치", "ITA"),
]

# pairs whose usual renderings differ (German w -> ㅂ, German ch -> ㅎ, Japanese fu -> 후, Estonian j -> y,
# Vietnamese ng-, Mandarin-reading Korean names): one person by `same_person`, not by the id
SAME_BY_KEYS = [
    ("Johann Wadephul", "요한 바데풀"), ("Friedrich Merz", "프리드리히 메르츠"), ("Randall Fuller", "랜들 풀러"),
    ("Kaja Kallas", "카야 칼라스"), ("Antonio Tajani", "안토니오 타야니"), ("Nguyen Hoa Binh", "응우옌 호아 빈"),
    ("Tedros Adhanom", "테드로스 아다놈"), ("Choe Son Hui", "최선희"), ("Walter Wiesner", "발터 비스너"),
]

DIFFERENT = [
    ("Sergei Lavrov", "세르게이 라브렌티예프"), ("Vladimir Putin", "블라디미르 파텔"), ("Kato", "사토"),
    ("Marco Rubio", "마코 루빈"), ("Nakatani Gen", "나카무라 겐"), ("Belousov", "벨로프"), ("Shoigu", "슈발로프"),
    ("Zelensky", "젤렌코"), ("Pete Hegseth", "피트 해거티"), ("Lutnick", "러셀"), ("Wang Yi", "왕후닝"),
    ("Li Qiang", "리커창"), ("Xi Jinping", "후진타오"), ("Macron", "마크롱 드"), ("Kishida", "기무라"),
    ("Ishiba", "이시카와"), ("Scholz", "슐츠만"), ("Merz", "메르켈"), ("Starmer", "스태머스"),
    ("Choi Sang-mok", "최상민"), ("Cho Tae-yul", "조태용"), ("Lee Jun-il", "이준석"), ("Wadephul", "바이델"),
    ("Rutte", "루터스"), ("Sullivan", "설리"), ("Blinken", "블링커스"), ("Hayashi", "하시모토"),
    ("Motegi", "모리"), ("Peskov", "페트로프"), ("Ryabkov", "랴잔"), ("Boris Vetrenko", "보리스 베트로프"),
]


@pytest.mark.parametrize("latin, hangul, country", SAME_ID)
def test_one_person_one_id_from_either_script(latin, hangul, country):
    assert same_person_key(latin, country) == same_person_key(hangul, country)
    assert stable_person_id(latin, country) == stable_person_id(hangul, country)
    assert same_person(latin, hangul)


@pytest.mark.parametrize("latin, hangul", SAME_BY_KEYS)
def test_other_renderings_still_compare_equal(latin, hangul):
    assert same_person(latin, hangul)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_names_do_not_match(a, b):
    assert not same_person(a, b)
    assert stable_person_id(a) != stable_person_id(b)


def test_name_order_is_free_and_ids_are_stable():
    assert stable_person_id("Nakatani Gen") == stable_person_id("Gen Nakatani") == stable_person_id("나카타니 겐")
    assert stable_person_id("Howard Lutnick").startswith("per_p_")


def test_the_country_only_picks_the_rules():
    # a Korean name keyed by romanization, the same name without a country by the same rule
    assert same_person_key("Choi Sang-mok", "KOR") == same_person_key("최상목", None)
    # an unspaced Chinese name splits its surname only when it is read as East Asian
    assert same_person_key("시진핑", "CHN") == same_person_key("Xi Jinping", "CHN")
    assert keys("시진핑") & keys("Xi Jinping")


def test_keys_cover_every_rendering_of_an_ambiguous_letter():
    assert {"ph:JT", "ph:KT"} <= keys("Chad")  # Chad 채드, a Greek-style Ch- 카
    assert same_person("Juan", "후안") and same_person("John", "존")


def test_the_index_links_a_later_form_that_took_another_rendering():
    from readout.kb.phonetic import PhoneticIndex

    index = PhoneticIndex()
    index.add(stable_person_id("Johann Wadephul", "DEU"), "Johann Wadephul", "DEU")
    index.add(stable_person_id("Boris Vetrenko", "RUS"), "Boris Vetrenko", "RUS")
    assert index.find("요한 바데풀") == stable_person_id("Johann Wadephul", "DEU")
    assert index.find("요한 바데풀", "RUS") is None  # the countries disagree
    assert index.find("안나 쿠르바노바") is None


@pytest.mark.parametrize("latin, hangul, same", [
    ("Mahmoud Rezaei", "마흐무드 레자에이", True),       # h before a consonant: 흐 (or silent)
    ("Fahd Nasser", "파드 나세르", True),
    ("Khalid Al Nasser", "칼리드 알나세르", True),       # the article apart in Latin letters, glued in Hangul
    ("Omar el-Fadil", "오마르 엘파딜", True),
    ("Hamad bin Jassim", "셰이크 하마드 빈 자심", True),  # an honorific one outlet writes and the other omits
    ("Sheikh Hamad bin Jassim", "하마드 빈 자심", True),
    ("Hamad bin Jassim", "셰이크 칼리드 빈 사우드", False),  # an honorific is no name: the names still differ
    ("Khalid Al Nasser", "칼리드 마흐무드", False),
])
def test_arabic_name_shapes(latin, hangul, same):
    assert same_person(latin, hangul) is same
