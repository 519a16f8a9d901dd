"""Fixtures shared by the knowledge-base tests."""
from __future__ import annotations

import pytest

from readout.kb import loader
from readout.kb.loader import kb


@pytest.fixture
def with_persons(monkeypatch):
    """Swap the persons file for crafted entries; the caches reload the real files afterwards."""
    real = loader.read_yaml

    def install(*persons, shared=()):
        def read(name):
            if name == "persons.yaml":
                return {"version": 1, "updated": "2026-01-01", "shared_forms": list(shared), "persons": list(persons)}
            return real(name)
        monkeypatch.setattr(loader, "read_yaml", read)
        monkeypatch.setenv("READOUT_CACHE_DIR", "off")  # the start-up cache holds the real files' value
        kb.cache_clear()

    yield install
    monkeypatch.setattr(loader, "read_yaml", real)
    kb.cache_clear()
