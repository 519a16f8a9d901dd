"""International bodies named only by their Korean names resolve to their own body (and so to IGO / UNO /
EUR), in a sentence of our own; and their English names resolve to the same body."""
import pytest

from readout.lang.en.organizations import find_organizations as find_en
from readout.lang.ko.organizations import find_organizations as find_ko
from readout.lang.ko.sentences import kiwi

BODIES = [  # (Korean name, English name, org id, code)
    ("영연방", "Commonwealth of Nations", "org_i-igo-commonwealth", "IGO"),
    ("아프리카연합", "African Union", "org_igo-au", "IGO"),
    ("걸프협력회의", "Gulf Cooperation Council", "org_igo-gcc", "IGO"),
    ("상하이협력기구", "Shanghai Cooperation Organization", "org_igo-sco", "IGO"),
    ("석유수출국기구", "OPEC", "org_igo-opec", "IGO"),
    ("국제원자력기구", "International Atomic Energy Agency", "org_igo-iaea", "IGO"),
    ("서아프리카국가경제공동체", "ECOWAS", "org_i-igo-ecowas", "IGO"),
    ("남아프리카개발공동체", "Southern African Development Community", "org_i-igo-sadc", "IGO"),
    ("정부간개발기구", "IGAD", "org_i-igo-igad", "IGO"),
    ("집단안보조약기구", "CSTO", "org_i-igo-csto", "IGO"),
    ("유라시아경제연합", "Eurasian Economic Union", "org_i-igo-eaeu", "IGO"),
    ("카리브공동체", "CARICOM", "org_i-igo-caricom", "IGO"),
    ("메르코수르", "Mercosur", "org_i-igo-mercosur", "IGO"),
    ("태평양도서국포럼", "Pacific Islands Forum", "org_i-igo-pif", "IGO"),
    ("경제협력개발기구", "OECD", "org_i-igo-oecd", "IGO"),
    ("이슬람협력기구", "Organisation of Islamic Cooperation", "org_i-igo-oic", "IGO"),
    ("유럽평의회", "Council of Europe", "org_i-igo-coe", "IGO"),
    ("유럽인권재판소", "European Court of Human Rights", "org_i-igo-echr", "IGO"),
    ("국제해양법재판소", "International Tribunal for the Law of the Sea", "org_i-igo-itlos", "IGO"),
    ("비동맹운동", "Non-Aligned Movement", "org_i-igo-nam", "IGO"),
    ("국제노동기구", "International Labour Organization", "org_i-uno-ilo", "UNO"),
    ("유엔식량농업기구", "Food and Agriculture Organization", "org_i-uno-fao", "UNO"),
    ("유엔팔레스타인난민구호기구", "UNRWA", "org_i-uno-unrwa", "UNO"),
    ("독립국가연합", "Commonwealth of Independent States", "org_i-igo-commonwealth", "IGO"),
]


def topic(name: str) -> str:
    return "은" if (ord(name[-1]) - 0xAC00) % 28 else "는"


@pytest.mark.parametrize("ko, en, org_id, code", BODIES)
def test_korean_name_resolves_to_its_body(ko, en, org_id, code):
    text = f"{ko}{topic(ko)} 회원국들에게 휴전을 촉구했다."
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert [(o.org_id, o.country) for o in find_ko(text, tokens)] == [(org_id, code)]


@pytest.mark.parametrize("ko, en, org_id, code", BODIES)
def test_english_name_resolves_to_a_body_of_the_same_code(ko, en, org_id, code):
    found = find_en(f"The {en} urged its members to agree a ceasefire.")
    assert [o.country for o in found] == [code]


# fresh36: a body's Latin acronym in a Korean sentence is that body, whether or not its Korean forms list it
ACRONYMS = [("NPA", "org_phl-npa", "PHL"), ("MILF", "org_phl-milf", "PHL"), ("CSTO", "org_i-igo-csto", "IGO"),
            ("IGAD", "org_i-igo-igad", "IGO")]


@pytest.mark.parametrize("acronym, org_id, code", ACRONYMS)
def test_a_latin_acronym_in_korean_is_its_body(acronym, org_id, code):
    text = f"{acronym}는 9일 정부에 휴전을 촉구했다."
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert [(o.org_id, o.country) for o in find_ko(text, tokens)] == [(org_id, code)]


def test_a_name_in_capitals_that_is_no_acronym_is_no_body():
    text = "Hamas는 9일 정부에 휴전을 촉구했다."  # title case: only the Korean forms and acronyms are read
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert [o.org_id for o in find_ko(text, tokens)] == []
