"""A side's stance agreed with or shared is SUPPORT of its owner, in English as in Korean (planned71, issue 13).

'Y의 입장에 공감했다' is SUPPORT of Y (stance68, lang/ko/act_endorsed_stances), and English 'sympathized with Y's
position' too; but 'agreed with Y's position' read as a plain 'agree with', AGREE with no receiving side (Y is named
only as the stance's owner), and 'shares Y's view' gave nothing. The stance nouns after 'agree with' and 'share' now
read as after 'sympathize with' (scripts/data/en_acts_additions.yaml): SUPPORT of the owner named before the noun or
after 'of'. Negative rows: agreeing with a side on a matter stays AGREE with that side, a stance named by its content
alone stays a shared view (AGREE, no receiver, lang/en/act_content_stances), and views shared out by their own holders
('shared views on X', 'shared their views') endorse no one (`unowned_stances`). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Senegal agreed with Gambia's position on the river dispute.",
    "Senegal agreed with the position of Gambia on the river dispute.",
    "Senegal shares Gambia's view on the river dispute.",
    "Senegal agreed with Gambia's assessment of the flooding.",
    "Senegal sympathized with Gambia's stance on the river dispute.",
    "세네갈은 감비아의 입장에 공감했다.",
])
def test_a_stance_agreed_with_is_support_of_its_owner(text: str) -> None:
    assert sides(text, "SUPPORT") == [(["SEN"], ["GMB"])], [(e.type, e.status) for e in events(text)]
    assert not sides(text, "AGREE")


def test_agreeing_with_a_side_on_a_matter_stays_agree() -> None:
    text = "Senegal agreed with Gambia on a plan to share the river's water."
    assert sides(text, "AGREE") and not sides(text, "SUPPORT")


def test_a_stance_named_by_its_content_stays_a_shared_view() -> None:
    text = "Senegal agreed with the view that the river dispute must be settled by talks."
    assert sides(text, "AGREE") == [(["SEN"], [])] and not sides(text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Senegal and Gambia shared views on the river dispute.",
    "Senegal and Gambia shared their views on the river dispute.",
    "Senegal and Gambia shared their assessments of the river dispute.",
    "Envoys of Senegal and Gambia will share their assessments on the river dispute next week.",
])
def test_views_told_by_their_own_holders_endorse_no_one(text: str) -> None:
    assert not sides(text, "SUPPORT") and not sides(text, "AGREE"), [(e.type, e.status) for e in events(text)]
