"""Acts other than meetings (ACCUSE, REQUEST, REJECT, THREATEN, SANCTION, MOBILIZE, ASSAULT, AGREE)."""
from __future__ import annotations


def act_events(article, sent, mentions, dates, story) -> list:
    return []
