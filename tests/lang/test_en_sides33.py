"""English act sides and triggers, session 22 (en33), on our own sentences:
- a state's armed service or a bare ministry's official naming no state as the subject ('The navy said it had
  deployed ...', '..., and the coast guard said it had sent ...', 'A senior Foreign Ministry official summoned ...
  and demanded'): the dateline's state acts (act_reporters.home_service_subject, home_service_subject_re)."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("LIMA, May 4 (Reuters) - Peru protested to Chile on Monday over a fishing dispute.\n\nThe navy said it had "
     "sent two corvettes to the fishing grounds on Sunday.", "MOBILIZE", {"PER"}, None),
    ("ACCRA, May 4 (Reuters) - Ghana accused Togo of harbouring smugglers, and the coast guard said it had deployed "
     "four patrol boats along the border.", "MOBILIZE", {"GHA"}, None),
    ("WELLINGTON, May 4 (Reuters) - A senior Foreign Ministry official summoned Fiji's high commissioner on Monday "
     "and demanded an explanation for the arrests.", "REQUEST", {"NZL"}, {"FJI"}),
    ("SANTIAGO, May 4 (Reuters) - The air force said it had scrambled two fighter jets on Monday.", "MOBILIZE",
     {"CHL"}, None),
])
def test_a_bare_state_service_is_the_datelines_state(text, kind, actors, recipients):
    assert has(text, kind, actors, recipients), sides(text, kind)


@pytest.mark.parametrize("text, kind, wrong", [
    # a service named with its state is that state's, whatever the dateline
    ("LIMA, May 4 (Reuters) - The Chilean navy said it had sent two frigates to the area on Sunday.", "MOBILIZE",
     "PER"),
    # the deed the service reports is the reported side's, not the service's state's
    ("DAKAR, May 4 (Reuters) - The army said Malian rebels had attacked a border post on Sunday.", "ASSAULT", "SEN"),
])
def test_a_service_with_its_state_or_reporting_another_is_not_the_datelines(text, kind, wrong):
    assert not any(wrong in a for a, _ in sides(text, kind)), sides(text, kind)
