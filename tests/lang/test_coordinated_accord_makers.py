"""Both makers of an accord named by a coordinated subject or agent receive the judgement of it (koriot70, issue 13).

'[칠레와 페루가 맺은] 협정을 비난했다': kiwi tags the 와 between two names as a comitative (JKB), so the relative
clause's subject ran back only over '페루' and the first conjunct was lost; a 과/와 between a name and the name that
opens the subject's run joins them (lang/ko/act_candidate.coordinated_start, named_pair). English 'the agreement
signed by Chile and Peru' kept only the first name of the 'by' phrase (lang/en/act_noun_agents.agent_after,
paired_name). Negative rows: a partner the relative clause's own subject made the accord with ('가나가 토고와 체결한',
'the agreement Ghana signed with Togo') receives nothing. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind", [
    ("에콰도르는 가나와 토고가 체결한 협정을 비판했다.", "ACCUSE"),
    ("에콰도르는 가나와 토고가 맺은 협정을 환영했다.", "SUPPORT"),
    ("에콰도르는 가나와 토고가 맺은 합의를 거부했다.", "REJECT"),
    ("Ecuador criticized the agreement signed by Ghana and Togo.", "ACCUSE"),
    ("Ecuador rejected the accord signed by Ghana and Togo.", "REJECT"),
    ("Ecuador welcomed the agreement signed by Ghana and Togo.", "SUPPORT"),
])
def test_both_makers_receive_the_judgement(text: str, kind: str) -> None:
    found = sides(text, kind)
    assert found and set(found[0][1]) == {"GHA", "TGO"}, found


@pytest.mark.parametrize("text, kind", [
    ("에콰도르는 가나가 토고와 체결한 협정을 비판했다.", "ACCUSE"),
    ("Ecuador criticized the agreement Ghana signed with Togo.", "ACCUSE"),
])
def test_partner_of_the_clause_subject_receives_nothing(text: str, kind: str) -> None:
    found = sides(text, kind)
    assert found and set(found[0][1]) == {"GHA"}, found
