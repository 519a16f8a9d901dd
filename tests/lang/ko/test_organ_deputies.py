"""Deputies and division heads of a state organ named by the organ and an ordinal ('국가정보원 1차장', '국가안보실 제2차장'): the person
holds the organ's deputy office, with the organ's state and sector (kb/deputy_heads.py)."""
import pytest

from readout.kb.loader import kb
from tests.lang.ko.test_titles import mentions


@pytest.mark.parametrize("text, name, office, country, sector, role", [
    ("오민준 국가안보실 1차장은 기자들에게 설명했다.", "오민준", "org_kor-nsc_deputy", "KOR", "GOV", "subject"),
    ("오민준 국가정보원 제2차장은 국회에 출석했다.", "오민준", "org_kor-nis_deputy", "KOR", "SPY", "subject"),
    ("국정원 3차장 한서진은 보고했다.", "한서진", "org_kor-nis_deputy", "KOR", "SPY", "subject"),
    ("장관은 국가안보실 2차장 한서진과 협의했다.", "한서진", "org_kor-nsc_deputy", "KOR", "GOV", "with"),
    ("한서진 합참 1차장은 훈련을 점검했다.", "한서진", "org_kor-jcs_deputy", "KOR", "MIL", "subject"),
    ("한서진 합참 작전본부장은 훈련을 점검했다.", "한서진", "org_kor-jcs_division_head", "KOR", "MIL", "subject"),
    ("합동참모본부 정보본부장 오민준은 보고했다.", "오민준", "org_kor-jcs_division_head", "KOR", "MIL", "subject"),
    ("오민준 본부장은 협의했다.", "오민준", "korea_peace_envoy", "KOR", "GOV", "subject"),
    ("오민준 외교부 한반도평화교섭본부장은 협의했다.", "오민준", "korea_peace_envoy", "KOR", "GOV", "subject"),
])
def test_organ_deputy_with_ordinal(text, name, office, country, sector, role):
    found = [m for m in mentions(text) if m.surface == name]
    assert found, (text, [(m.surface, m.office) for m in mentions(text)])
    m = found[0]
    assert (m.office, m.country, kb().offices[m.office].sector, m.role) == (office, country, sector, role)


def test_written_deputy_office_keeps_its_form():
    """'국가안보실 차장' is written out (the deputy national security adviser): the generated office adds no such form."""
    assert "국가안보실 차장" not in kb().offices["org_kor-nsc_deputy"].ko
    assert "국가안보실 1차장" in kb().offices["org_kor-nsc_deputy"].ko


def test_ministries_get_no_deputy_office():
    """A ministry's deputies are its vice ministers (offices.yaml portfolios: '외교부 제2차관'), not 차장."""
    assert "org_kor-mofa_deputy" not in kb().offices
