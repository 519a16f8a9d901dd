"""(koplan47) A meeting prepared by another: '[A·B 정상회담을 준비하기 위해] 두 장관이 회담했다', '[정상회담 준비를 위한]
회의를 열었다'. The meeting word that is the object of an arranging verb closed by a purpose ('-기 위해', '-기 위한',
'-도록', '-려고') is a meeting still to come (planned, `meeting_moments.arranged`), held by the names of its own noun
phrase ('A와 B의', 'A·B', '양국') only: the clause's subject prepares it and is the party of the meeting held to prepare
it, not of the one prepared; and a name of the prepared meeting's phrase (its leaders: 'A 대통령과 B 대통령의 정상회담을
준비하기 위해') is no party of the meeting held. Mirrors English 'officials of A and B held talks to prepare a summit of X
and Y' (enconsult46).

Why: the clause reader reads '준비하기 위해 회담했다' as one clause, so the subject took both meeting words and the two
meetings, one planned and one held, of the same people read as one (the planned one first), losing the talks held.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko.clauses import SentenceReader, clause_words

PURPOSE_VERB = "위하다"  # '준비하기 위해', '준비를 위한': the purpose the arranging closes on


def prepared_span(r: SentenceReader, j: int) -> tuple[int, int] | None:
    """The words (first, last) of the purpose phrase whose arranged meeting is word `j`: from the first word of the
    meeting's own noun phrase to the word closing the purpose ('위해', '위한', '준비하도록'); None where word `j` is
    no meeting so prepared."""
    words = clause_words()
    verbs = words["arranging_verbs"]
    if j + 1 >= len(r.words):
        return None
    k = j + 1
    if r.facts[j].particle is None and not r.facts[j].lemma and r.words[k].noun + "하다" in verbs \
            and r.facts[k].particle_tag == "JKO" and k + 1 < len(r.words) and r.facts[k + 1].lemma == PURPOSE_VERB:
        return own_phrase_start(r, j), k + 1  # '정상회담 준비를 위해': the arranging verb's noun takes the meeting
    if r.facts[j].particle_tag != "JKO":
        return None
    nxt = r.facts[k]
    arranging = nxt.lemma in verbs or not nxt.lemma and r.words[k].noun + "하다" in verbs and nxt.particle_tag == "JKO"
    if not arranging:
        return None
    if nxt.lemma and nxt.ending in words["purpose_endings"]:
        return own_phrase_start(r, j), k
    if k + 1 < len(r.words) and r.facts[k + 1].lemma == PURPOSE_VERB:
        return own_phrase_start(r, j), k + 1
    return None


def meeting_word(r: SentenceReader, k: int) -> bool:
    """Word `k` holds a meeting word of the lexicon (as `meeting_moments.meeting_word`, which imports this module)."""
    return lexicon("ko").finds_in_word("meeting_trigger_re", r.words[k].text)


def partner_named(r: SentenceReader, first: int, j: int) -> bool:
    """A word of the prepared meeting's phrase ties its partner to it ('B와의 정상회담을 준비하기 위해'): the clause's
    subject is the other party, as in any meeting with a partner, so the subject keeps its reading."""
    return any(r.facts[k].particle_tag == "JKB" and any(t[1] == "JKG" for t in r.words[k].tokens)
               for k in range(first, j))


def prepared_beside_held(r: SentenceReader, j: int) -> bool:
    """Word `j` is a prepared meeting and another meeting word after its purpose phrase tells the meeting held to
    prepare it ('... 준비하기 위해 회담했다', '... 준비를 위한 회의를 열었다'): the prepared one is that meeting's setting,
    not its clause's predicate (`meeting_moments.trigger_kind`)."""
    return prepared_meetings(r).get(j, NOT_PREPARED)[1]


NOT_PREPARED = (None, False)


def prepared_meetings(r: SentenceReader) -> dict[int, tuple[tuple[int, int], bool]]:
    """(speed51) Every prepared meeting word of the sentence, in order: its index -> (its purpose phrase, whether a
    meeting word after that phrase tells the meeting held to prepare it). Read once per sentence reader and kept on
    it (`SentenceReader.prepared`): the role of every name beside every meeting word asks for all of them, and the
    words never change, so the answers are those of `prepared_span` and `meeting_word` asked word by word."""
    if r.prepared is None:
        found: dict[int, tuple[tuple[int, int], bool]] = {}
        for k in range(len(r.words)):
            span = prepared_span(r, k)
            if span is not None and meeting_word(r, k):
                found[k] = span, any(meeting_word(r, m) for m in range(span[1] + 1, len(r.words)))
        r.prepared = found
    return r.prepared


def own_phrase_start(r: SentenceReader, j: int) -> int:
    """The first word of the meeting word's own noun phrase: the words right before it with no particle but a genitive
    or a coordinating one ('A와 B의', 'A 대통령과 B 대통령의', 'A·B', '양국') and no verb of their own."""
    k = j
    while k > 0 and not r.facts[k - 1].lemma and (r.facts[k - 1].particle is None
                                                    or r.facts[k - 1].particle_tag in ("JKG", "JC")
                                                    or partner_named(r, k - 1, k)):
        k -= 1
    return k


def prepared_role(r: SentenceReader, i: int, j: int) -> str | None:
    """'other' where the name at word `i` is kept out of the meeting at word `j` by a prepared meeting: a name outside
    the phrase of the prepared meeting `j` itself ('with' for one inside it: its owners), or a name inside the purpose
    phrase of a prepared meeting when `j` is another meeting word (the one held to prepare it); None where no prepared
    meeting parts them. A meeting prepared with no meeting beside it ('A와 B는 정상회담을 준비하기 위해 노력하고 있다')
    is read as any arranged meeting: the clause's subject holds it."""
    meetings = prepared_meetings(r)
    own, held = meetings.get(j, NOT_PREPARED)
    if held and partner_named(r, own[0], j):
        return None  # 'A는 B와의 정상회담을 준비하기 위해': A and B hold it, as they would any meeting with B
    if held:
        return "with" if own[0] <= i < j else "other"  # 'A와 B의 정상회담을': its owners hold it
    for k, (span, _) in meetings.items():
        if k != j and span[0] <= i <= span[1] and not span[0] <= j <= span[1]:
            return "other"
    return None


def prepared_around(r: SentenceReader, i: int) -> tuple[int, int] | None:
    """The purpose phrase of a prepared meeting beside a held one that word `i` stands in ('[내달 정상회담 준비를 위해]
    회담했다'), as a clause of its own: a day or place there is the prepared meeting's, not the held one's."""
    for span, held in prepared_meetings(r).values():  # in word order: the first that holds word `i`
        if held and span[0] <= i <= span[1]:
            return span
    return None
