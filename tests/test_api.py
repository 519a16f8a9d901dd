"""The library entry points take what a caller naturally has and refuse the rest in words."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.errors import BadRecord

TEXT = "Chile condemned Norway on Monday over the detention of two of its fishermen."


@pytest.mark.parametrize("published", [date(2024, 5, 1), "2024-05-01", "2024-05-01T09:30:00+09:00"])
def test_a_publication_date_is_a_date_or_an_iso_string(published):
    article = extract_text(TEXT, doc_id="mine", published=published)
    assert article.published == date(2024, 5, 1)
    assert [e.date for e in article.events if e.type == "ACCUSE"] == [date(2024, 4, 29)]


@pytest.mark.parametrize("published", ["May 1st", "2024-02-30", "1066-10-14", 20240501])
def test_a_publication_date_that_is_no_date_is_refused_naming_the_document(published):
    with pytest.raises(BadRecord) as caught:
        extract_text(TEXT, doc_id="mine", published=published)
    assert caught.value.doc == "mine" and "published" in caught.value.message
