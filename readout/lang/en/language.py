"""English behind the `Language` interface: the rule-based splitter, word-pattern clauses
(lang/en/clauses.py), and the English lexicon for everything worded."""
from readout.lang.base import Language, Units
from readout.lang.en import dates, places, sentences
from readout.lang.en.reading_names import EnglishNames
from readout.lang.en.sentence_countries import peninsula_countries
from readout.lang.en.reading_meetings import EnglishMeetings
from readout.lang.en.reading_meeting_scenes import EnglishMeetingScenes
from readout.lang.en.reading_dates import EnglishDates
from readout.lang.en.reading_acts import EnglishActs


class English(EnglishNames, EnglishMeetings, EnglishMeetingScenes, EnglishDates, EnglishActs, Language):
    """The English `Language`: its readers in five mixins, one module each (reading_names, reading_meetings,
    reading_meeting_scenes, reading_dates, reading_acts), so that each part is a module a newcomer can read; the rules
    they call live in the act_*, meeting_*, dates and clauses modules beside them."""

    code = "en"
    warm_up = "The foreign minister met his U.S. counterpart in Seoul and condemned the missile launch."
    units = Units(sentences.split, dates.find_dates, places.find_places, peninsula_countries)
