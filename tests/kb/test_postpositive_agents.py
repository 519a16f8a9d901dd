"""(groups54) kb/agents.postpositive_forms: an agent phrase ending in a postpositive word ('attorney general') is
also read with its head in the plural ('attorneys general'), with the phrase's sector; other phrases gain nothing."""
from __future__ import annotations

import pytest

from readout.kb.agents import plural_en, postpositive_forms


@pytest.mark.parametrize("noun, plural", [("attorney", "attorneys"), ("secretary", "secretaries"),
                                          ("inspector", "inspectors"), ("boss", "bosses")])
def test_plural_en(noun, plural):
    assert plural_en(noun) == plural


def test_postpositive_forms_add_the_heads_plural():
    table = {"auditor general": "GOV", "general": "MIL", "riot police": "COP", "prosecutor general": "JUD",
             "prosecutors general": "LEG"}
    out = postpositive_forms(table, frozenset({"general"}))
    assert out["auditors general"] == "GOV"
    assert out["prosecutors general"] == "LEG"  # a form the table has keeps its own sector
    assert "riot polices" not in out and "riot police" in out
    assert len(out) == len(table) + 1


def test_the_agent_table_reads_the_plural():
    from readout.kb.agents import phrases
    assert phrases("en").get("attorneys general") == "GOV"
