"""The offices of a state's envoys (offices.yaml `envoys`, refs39): a bare envoy noun ('the envoy', 'the ambassador',
'대사는') whose own office no one the document named holds stands for the envoy of any of these named last
(pipeline/envoys.py)."""
from __future__ import annotations

from readout import budget
from readout.kb.loader import parse


@budget.table()
def envoy_offices() -> frozenset[str]:
    """The offices of envoys, posted or sent (offices.yaml `envoys`)."""
    return frozenset(parse("offices.yaml", "OfficesFile").envoys)
