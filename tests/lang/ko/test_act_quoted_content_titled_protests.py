"""Korean acts of statements (koacts38): a demand's content in quotes ('"... 응할 것"을 요구했다') is no act of the
speaker's; a protest voiced by a titled official is the official's state's ACCUSE. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

QUOTED_CONTENT = [
    ("칠레 외교부는 \"페루의 국경 폐쇄에 유감을 표명한다\"며 \"즉각 국경을 다시 열고 협상에 응할 것\"을 요구했다.",
     [("ACCUSE", {"CHL"}, {"PER"}, "occurred"), ("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
    ("칠레 외교부는 페루에 '포로를 석방하고 대화에 호응할 것'을 촉구했다.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CONTENT)
def test_quoted_demand_content_is_no_act(text, expected):
    check(text, expected)
