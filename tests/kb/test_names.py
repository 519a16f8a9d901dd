import pytest

from readout.kb.names import (
    looks_korean_name,
    normalize,
    romanize_korean_name,
    variant_key,
)


@pytest.mark.parametrize("a, b", [
    ("Cho Tae-yul", "Cho Tae-yeol"),      # syllable variant yul/yeol
    ("Kim Gunn", "Kim Geon"),             # gun/geon, doubled n
    ("Lee Jun-il", "Yi Jun-il"),          # surname variants 이
    ("Park Jin", "Pak Jin"),              # 박
    ("Chung Eui-yong", "Jeong Eui-yong"),  # 정
    ("Choi Son-hui", "Choe Son-hui"),     # 최
    ("HAYASHI Yoshimasa", "Yoshimasa Hayashi"),  # Japanese order
    ("Xi Jinping", "Jinping Xi"),         # Chinese order
])
def test_variants_compare_equal(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a, b", [("Cho Tae-yul", "Cho Tae-yong"), ("Kim Gunn", "Kim Jong")])
def test_different_people_stay_different(a, b):
    assert variant_key(a) != variant_key(b)


@pytest.mark.parametrize("hangul, roman", [("이준일", "Lee Jun-il"), ("최서진", "Choi Seo-jin"),
                                           ("남궁민수", "Namgung Min-su")])
def test_official_style_romanization(hangul, roman):
    assert romanize_korean_name(hangul) == roman


def test_korean_name_shape():
    assert looks_korean_name("이준일") and not looks_korean_name("데이비드 맥스웰")


def test_normalize_matches_the_scorer():
    assert normalize("Cho Tae-yul") == normalize("cho taeyul") == "chotaeyul"
