"""Every state's English name and adjective in the positions of a one-line act (issue 14): the adjective before a
government, forces or a counterpart ('The Chadian government', 'Malian troops', 'his Omani counterpart'), the name as
the subject, the recipient, the owner and the partner, with another state beside it. Built from the country data
(countries.yaml: CLDR's names and adjectives), not listed by hand; the negative rows keep the words' other readings out."""
import pytest

from readout.kb.loader import kb
from readout.lang.en.countries import find_countries

POSITIONS = {  # position -> the sentence for (form, the other state); adjective positions take the adjective
    "adjective-government": lambda f, o: f"The {f} government condemned {o}.",
    "adjective-troops": lambda f, o: f"{f} troops attacked {o}.",
    "adjective-object": lambda f, o: f"{o} condemned the {f} government.",
    "adjective-counterpart": lambda f, o: f"{o}'s foreign minister met his {f} counterpart.",
    "name-subject": lambda f, o: f"{f} condemned {o}.",
    "name-recipient": lambda f, o: f"{o} imposed sanctions on {f}.",
    "name-owner": lambda f, o: f"{o} condemned {f}'s nuclear test.",
    "name-partner": lambda f, o: f"{o} held talks with {f}.",
}

KNOWN_MISSES: dict[tuple[str, str], str] = {}  # actors63: 'his Georgian counterpart' counts (countries.state_holder)


def rows():
    out = []
    for c in kb().countries.countries:
        if c.kind != "state" or not c.iso2:
            continue
        for position in POSITIONS:
            forms = c.adjectives_en[:2] if position.startswith("adjective") else c.en[:2]
            for form in forms:
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(form, position)])] \
                    if (form, position) in KNOWN_MISSES else []
                out.append(pytest.param(form, c.code, position, marks=marks, id=f"{c.code}-{position}-{form}"))
    return out


def test_the_table_covers_every_state():
    assert len({p.values[1] for p in rows()}) >= 190


@pytest.mark.parametrize("form, code, position", rows())
def test_every_state_in_every_position(form, code, position):
    other = "Germany" if code == "FRA" else "France"
    text = POSITIONS[position](form, other)
    got = [(text[m.start:m.end], tuple(m.codes)) for m in find_countries(text, 0)]
    assert any(code in codes for _form, codes in got), (text, got)


NOT_STATES = [  # (sentence, the code its word must not give): a name, a lake, a word
    ("Chad Miller condemned the plan.", "TCD"),
    ("Fishermen on Lake Chad complained.", "TCD"),
    ("The Georgian architecture of the hall was praised.", "GEO"),
    ("Jordan Smith held talks with the coach.", "JOR"),
]


@pytest.mark.parametrize("text, code", NOT_STATES)
def test_other_readings_name_no_state(text, code):
    assert not any(code in m.codes for m in find_countries(text, 0))
