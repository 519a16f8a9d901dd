"""kb/deputy_heads: one deputy and one division-head office per state organ of organizations.yaml."""
from readout.kb.deputy_heads import deputy_forms
from readout.kb.loader import kb


def test_deputy_forms_with_and_without_ordinal():
    forms = deputy_forms(["가나청"])
    assert {"가나청 차장", "가나청 1차장", "가나청 제1차장", "가나청 3차장"} <= set(forms)


def test_generated_offices_carry_the_organ_state_and_sector():
    nis, jcs = kb().offices["org_kor-nis_deputy"], kb().offices["org_kor-jcs_division_head"]
    assert (nis.country, nis.sector, nis.equivalent) == ("KOR", "SPY", "deputy_agency_head")
    assert (jcs.country, jcs.sector, jcs.equivalent) == ("KOR", "MIL", "division_head")
    assert "합참 본부장" in jcs.ko


def test_international_bodies_and_parties_get_none():
    assert not any(o.id.startswith(("org_prk-wpk", "org_kor-dp", "org_kor-yonhap")) and o.id.endswith("_deputy")
                   for o in kb().offices.values())
