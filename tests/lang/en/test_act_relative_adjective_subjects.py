"""(endeny47) A relative clause with no pronoun whose subject is a state's adjective before an agent noun ('the shells
[Ghanaian troops fired at Togo]', 'the tariffs [Ghanaian officials imposed on Togo]') is read as one whose subject is
the state's name: the clause's subject does its verb, the outer subject only judges it
(lang/en/act_relative_partners._subject_end, read by act_inner_relatives and act_relative_objects). The Korean row is
the adnominal clause with its own subject. Negative rows: a pronoun subject is the outer subject's own (the clause has
no subject of its own to read), a plain report keeps its subject. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("Benin condemned the shells Ghanaian troops fired at Togo.", "ASSAULT", {"GHA"}, {"TGO"}),
    ("Benin condemned the rockets Ghanaian riot police fired at Togolese villagers.", "ASSAULT", {"GHA"}, {"TGO"}),
    ("Benin condemned the tariffs Ghanaian officials imposed on Togo.", "SANCTION", {"GHA"}, {"TGO"}),
    ("Benin welcomed the aid Ghanaian ministers sent to Togo.", "AID", {"GHA"}, {"TGO"}),
    ("베냉은 나이지리아군이 토고에 발사한 포탄을 규탄했다.", "ASSAULT", {"NGA"}, {"TGO"}),
    # negative rows: the outer subject is the doer
    ("Benin condemned the shells its troops fired at Togo.", "ASSAULT", {"BEN"}, {"TGO"}),
    ("Benin said Ghanaian troops fired at Togo.", "ASSAULT", {"GHA"}, {"TGO"}),
    # a name before a plain noun that is no agent ('talks') is no clause's subject
    ("Benin welcomed the result of the recent Ghana-Togo talks and asked Niger to endorse it.", "REQUEST", {"BEN"},
     {"NER"}),
]


@pytest.mark.parametrize("sentence, kind, doers, targets", ROWS)
def test_relative_adjective_subjects(sentence, kind, doers, targets):
    found = [e for e in events(sentence) if e.type == kind]
    assert found, [(e.type, countries(e.participants)) for e in events(sentence)]
    assert countries(found[0].participants) == doers, [(e.type, countries(e.participants)) for e in found]
    assert countries(found[0].recipients) == targets
