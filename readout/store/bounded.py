"""A dict that forgets its least recently used entries: the store's in-memory caches (events, persons, entity
bodies) stay flat however large the corpus grows.

Why its own module (debt55): store/events.py and store/lean.py both keep such caches, and events.py imports lean.py;
with the class in events.py, lean.py imported it inside `Entities.__init__` to dodge that cycle. Here it imports
nothing of the store, so both import it at the top."""
from __future__ import annotations

from collections import OrderedDict


class BoundedCache(OrderedDict):
    """A dict that forgets its least recently used entries beyond `limit` (the setting
    `store_cache_entries`): what the store keeps in memory stays flat however large the corpus grows."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def get(self, key, default=None):
        try:  # one look-up when the key is held (most calls: every report asks for its entities)
            value = self[key]
        except KeyError:
            return default
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)
