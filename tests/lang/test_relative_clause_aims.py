"""(kofix46) An adverbial argument inside a relative clause with a subject of its own is the clause's, not the outer
act's: '가나 상인들은 [정부가 토고산 설탕에 매긴] 관세를 비판했다' — the government taxed Togo's sugar, and the
traders judge the government, their own state (lang/ko/act_relative_partners: `not_recipient_spans`), as English
'Ghanaian traders criticised the duties the government levied on Togolese sugar' does (lang/en/act_relative_partners).
Negative rows: a foreign subject of the clause is the target still; with no subject of its own the clause's aim is
the act's, and so is a postposition's ('B에 대한'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [
    ("가나 농민들은 정부가 토고산 설탕에 부과한 관세를 규탄했다.", {"GHA"}),
    ("가나 상인들은 가나 정부가 토고 수입품에 부과한 관세를 비판했다.", {"GHA"}),
    ("Ghanaian farmers condemned the tariffs the government imposed on Togolese sugar.", {"GHA"}),
    # negative rows: the clause's own subject is foreign; or the clause has no subject of its own
    ("가나는 베냉이 토고에 부과한 제재를 규탄했다.", {"BEN"}),
    ("가나 농민들은 토고산 설탕에 부과된 관세를 규탄했다.", {"TGO"}),
    ("가나 농민들은 토고산 설탕에 대한 관세 인상을 규탄했다.", {"TGO"}),  # '에 대한': a postposition, no clause
]


@pytest.mark.parametrize("text, targets", ROWS)
def test_relative_clause_aims(text, targets):
    first = first_of(events(text), type="ACCUSE")
    assert countries(first.recipients) == targets, (countries(first.participants), countries(first.recipients))
