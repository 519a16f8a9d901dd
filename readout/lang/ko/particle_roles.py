"""The role a Korean name's particle gives it towards a meeting word or an act ('A는' subject, 'B와' with, 'C를'
object, 'D의' modifier or host, 'E도' the other party or a later clause's subject), with the chains, lists and
headline commas whose last word carries that particle.

Why a module of its own: `meeting_roles.name_role` first reads the sentence's structure (quotes, relative clauses,
descriptions, sources); what is left is this particle reading, which the delegation and relative readers ask too.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko import clauses
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.including_lists import including_group
from readout.lang.ko.meeting_moments import received
from readout.lang.ko.name_heads import listed_head, title_word
from readout.lang.ko.tags import TOPIC_PARTICLES


OWNED_NAME_WORDS = 2  # after '국영': the enterprise noun and its own name ('석유회사 페트로페루는')
HEADLINE_PHRASE_WORDS = 3  # words a headline's subject phrase may run to its comma ('프랑스 철도 노조,')


def headline_phrase(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` opens the noun phrase a headline's comma closes ('프랑스 철도 노조, 총파업 돌입'): bare nouns
    up to the comma, which stands for the phrase's topic particle; or bare nouns up to a quotation they speak ('習
    "…"…B와 정상회담', '칠레 정부 "…" 반박'): a headline's speaker is the subject of its clauses after the quote."""
    for k in range(i + 1, min(j, i + HEADLINE_PHRASE_WORDS)):
        if r.quoted(k) and not r.quoted(i):
            return True
        if r.facts[k].particle is not None or r.facts[k].lemma:
            return False
        if r.words[k].text.endswith(","):
            return True
    return False


def particle_role(r: SentenceReader, i: int, j: int) -> str:
    """The role of the name at word `i` towards word `j` read from the particle that marks it: its own, or that of
    the head noun, list or title chain it opens, whose last word carries the particle ('한미 양국은', 'A 주임 겸
    외교부장과'). Subject, with, object, and (coordinated names), modifier or other."""
    f, w = r.facts[i], i
    if f.particle is None and i + 1 < j and r.words[i + 1].noun in clause_words()["head_nouns"]:
        f, w = r.facts[i + 1], i + 1  # 'A, B 등도', '한미 양국은': the name takes the particle of its head noun
        closed = listed_head(r, i + 1, j)
        f, w = (r.facts[closed], closed) if closed is not None else (f, w)
    elif (group := including_group(r, i, j)) is not None:
        f, w = r.facts[group], group  # kowild47: 'A를 비롯한 서아프리카 국가들은': A is one of the group, its subject
    k = i + 1
    limit = j if i < j else len(r.words)  # consult18: a name after the meeting word ('회의는 A와 B 차관보 대행이
    # 공동 주재했다') goes on to its chain's last word too
    owned = 0  # words left of a state enterprise's name after an ownership word ('국영 석유회사 페트로페루는')
    while f.particle is None and k < limit and not r.facts[k].lemma and not r.words[k - 1].text.endswith(",") \
            and (title_word(r.words[k].noun) or not r.words[k].noun or r.only_particles(k) or owned > 0
                 or r.words[k].noun in clause_words()["state_owned_words"]):
        owned = OWNED_NAME_WORDS if r.words[k].noun in clause_words()["state_owned_words"] else owned - 1
        f, w = r.facts[k], k  # 'A 주임 겸 외교부장(장관)과': a chain that goes on takes its last word's particle
        k += 1
    if w > i and f.particle is None and w + 1 < j and r.words[w + 1].noun in clause_words()["list_closers"]:
        closed = listed_head(r, w + 1, j)  # accuse52: 'A 대통령과 B 대통령 등 이웃 정상들도': the title chain ends
        f, w = (r.facts[closed], closed) if closed is not None else (f, w)  # in a list closed by 등
    if f.particle is None and not r.headline_start(i) and comma_member(r, w, j):
        return "and"  # accuse52: 'A 대통령과 B 대통령, C 대통령도 규탄했다': B's comma joins it to C, the subject
    if w < j - 1 and f.particle_tag == "JKB" and any(t[1] == "JKG" for t in r.words[w].tokens):
        return "modifier"  # 'B와의 회담에서 ... 전달했다': 과의 ties B to the next noun, not to the word read
    topic = r.topic()
    if f.particle in clause_words()["also_particles"] and topic is not None and topic < i \
            and not additive_own_subject(r, topic, w, j):
        return "with"  # '김 장관은 ... C 대사도 만났다': with a topic before it, 도 marks the other party
    if f.particle_tag in clauses.SUBJECT_TAGS or f.particle == "께서":
        return "subject"
    if f.particle is None and r.headline_start(i) and (r.words[i].text.endswith(",") or quote_follows(r, i)
                                                       or headline_phrase(r, i, j)):
        return "subject"  # a headline's 'A, B와 회담', 'A "..."': the comma or the quote stands for the topic particle
    if f.particle_tag == "JC" or coordinating_with(r, w, j, f):
        return "and"
    if co_subject(r, w, j, f):
        return "subject"  # meetfollow66: 'A는 B와 함께 C를 비난했다': B acts with A, C is the counterpart
    if f.particle_tag == "JKB":
        return "with" if f.particle in clause_words()["with_particles"] else "other"
    if f.particle_tag == "JKO":
        return "object"
    if f.particle_tag == "JKG" and w == j - 1 and received(r, j):
        return "with"  # 'A는 B의 예방을 받았다': the owner of a call received is the other party
    if f.particle_tag == "JKG" and invited_by(r, w):
        return "with"  # 'A는 B의 초청으로 C를 방문했다': B invited A, B hosts: the meeting's other party
    if f.particle_tag == "JKG":
        return "with" if any(t[1] == "JKB" for t in r.words[i].tokens) and i == j - 1 else "modifier"
    if f.particle is None and i + 2 == j and r.words[i + 1].text in clause_words()["between_words"]:
        return "with"  # support62: 'A와 [B] 간 회담이 열렸다': the talks are between A and B
    if f.particle is None and i + 2 == j and r.words[i + 1].noun in clause_words()["visit_manner_words"] \
            and not r.facts[i + 1].particle:
        return "with"  # kohead46: '칠레 대통령, [페루] 국빈 방문': the visit's manner word stands between host and visit
    return "with" if i == j - 1 else "modifier"


def speaker_before_quote(r: SentenceReader, i: int, first: int, j: int) -> bool:
    """kosubj49: 'A는 B를 비난했으며, [C 정부도] "..."라고 규탄했다': a subject (은/는/도/이/가, outside quotes) after the
    sentence's topic that opens the last clause before a quotation closed by the quoting particle (라고, JKQ) right
    before the saying verb `j` is who says it: no clause ends and no other subject stands between it and the quote."""
    topic = r.topic()
    if topic is None or not topic < i < first or r.facts[i].particle_tag not in clauses.SUBJECT_TAGS or r.quoted(i):
        return False
    if not any(t[1] == "JKQ" for k in range(first, j) for t in r.words[k].tokens) \
            and not any(t[1] == "JKQ" for t in r.words[first - 1].tokens):
        return False
    opened = next((k for k in range(i + 1, first) if r.quoted(k)), first)
    start = i
    while start > 0 and r.facts[start - 1].particle is None and not r.facts[start - 1].lemma:
        start -= 1  # the words of its phrase ('필리핀 정부도')
    return start > 0 and r.facts[start - 1].ends_clause and not r.subordinate(start - 1) and not any(
        r.facts[k].ends_clause or r.facts[k].particle_tag in clauses.SUBJECT_TAGS for k in range(i + 1, opened))


def additive_own_subject(r: SentenceReader, topic: int, w: int, j: int) -> bool:
    """kosubj49: '칠레는 페루를 규탄했고, [아르헨티나 외교부도] 우려를 표명했다': a word marked with the additive 도 in a
    later clause than the sentence's topic, whose verb already has its object or its quotation after it (`j`'s own
    '우려를', '"..."라고'), is that clause's subject ('X too did'): the object slot is taken, so 도 cannot mark the
    object. Without one ('A는 B를 규탄했고, C도 비판했다') the topic still governs and 도 keeps its 'B too' reading."""
    first, last = r.clause_of(j)
    if not topic < first <= w:
        return False
    return any(r.facts[k].particle_tag == "JKO" or any(t[1] == "JKQ" for t in r.words[k].tokens)
               for k in range(w + 1, max(j, last) + 1))  # accuse52: a noun act's own object ('C도 [비판] 성명을 냈다')


def invited_by(r: SentenceReader, w: int) -> bool:
    """The word after the genitive word `w` is an invitation noun with an adverbial particle ('B의 초청으로',
    '초청에 따라'): its owner is the host who invited the clause's subject (lexicon clause.invitation_nouns)."""
    if w + 1 >= len(r.words):
        return False
    nxt = r.facts[w + 1]
    return r.words[w + 1].noun in clause_words()["invitation_nouns"] and nxt.particle_tag == "JKB"


def quote_follows(r: SentenceReader, i: int) -> bool:
    """The word after word `i` opens a quotation: in a headline, 'A "..."' quotes A."""
    if i + 1 >= len(r.words):
        return False
    between = r.text[r.words[i].end:r.words[i + 1].start + 1]  # words leave the quotation mark out
    return any(ch in clauses.QUOTES for ch in between)


def coordinating_with(r: SentenceReader, w: int, j: int, f) -> bool:
    """'칠레와 페루는 ... 규탄했다': kiwi tags the 와 of two names joined before a topic or subject as the comitative
    (JKB) where it tags '프랑스와 독일은' as the conjunction (JC); a 와/과 word right before a bare word that carries
    the topic or subject particle itself joins the two as one subject ('A와 B는'), as JC does. Not before a predicate
    or an act noun ('B와 회담했다': the word after has a lemma or is the meeting word). The additive 도 joins them
    too ('A와 B도 ... 규탄했다') where no topic comes before ('X는 A와 B도 만났다': B is met, as `particle_role`)."""
    if f.particle_tag != "JKB" or f.particle not in clause_words()["with_particles"] or w + 1 >= j:
        return False
    k = w + 1
    while k + 1 < j and r.facts[k].particle is None and not r.facts[k].lemma \
            and not r.words[k].text.endswith(",") and (r.words[k + 1].noun in lexicon("ko")["country_head_nouns"]
                                                       or title_word(r.words[k + 1].noun)):
        k += 1  # '칠레와 페루 정부는', 'A 대통령과 B 총리도': the second name's chain ends in its head noun or title
    if r.facts[k].particle is None and comma_member(r, k, j):
        return True  # accuse52: 'A 대통령과 B 대통령, C 총리도': the second member goes on to the list's subject
    nxt = r.facts[k]
    topic = r.topic()
    also = nxt.particle in clause_words()["also_particles"] and (
        topic is None or topic >= w or additive_own_subject(r, topic, k, j))  # accuse52: '..., A와 B 정부도 [성명을] 냈다'
    return bool(r.words[k].noun) and not nxt.lemma and (nxt.particle_tag == "JKS" or nxt.particle in TOPIC_PARTICLES
                                                        or also)  # kolist51: 'A와 B도 ... 규탄했다', no topic before


def co_subject(r: SentenceReader, w: int, j: int, f) -> bool:
    """(meetfollow66) Word `w` ends in a comitative particle and the next word is 'together' ('B와 함께'), and the words
    after it, before the word read, name another counterpart: a proper name (or a chain after one) that takes an
    object or addressee particle ('A는 B와 함께 C에 회담을 제안했다', 'B와 함께 C를 비난했다'), or any object that is
    no meeting word (enactors68: 'B와 함께 C의 미사일 발사를 비난했다', 'B와 함께 국경 봉쇄를 규탄했다'). B then acts
    beside the subject, a co-subject, not the one met or acted on. A meeting held with B ('B와 함께 회담을 가졌다')
    keeps B the other party. Not across another predicate (a clause of its own)."""
    words = clause_words()
    if f.particle not in words["comitative_particles"] or w + 2 >= j or r.words[w + 1].noun not in words["together_words"]:
        return False
    for k in range(w + 2, j):
        if r.facts[k].lemma:
            return False
        named = r.words[k].proper or r.words[k - 1].proper and k - 1 > w + 1 and r.facts[k - 1].particle is None
        if named and (r.facts[k].particle_tag == "JKO" or r.facts[k].particle in words["addressee_particles"]):
            return True
        if r.facts[k].particle_tag == "JKO":  # enactors68: 'B와 함께 C의 발사를 비난했다', 'B와 함께 국경 봉쇄를
            return not held_with(r, k)  # 규탄했다': what both act on; a meeting held with B ('회담을') keeps B met
    return False


def held_with(r: SentenceReader, k: int) -> bool:
    """(enactors68) The object word `k` is a meeting word ('B와 함께 회담을 가졌다', '만찬을'): held with B, who is
    the other party."""
    return lexicon("ko").finds_in_word("meeting_trigger_re", r.words[k].text)


def comma_member(r: SentenceReader, w: int, j: int) -> bool:
    """accuse52: word `w` closes, with a comma and no particle, one member of a list of names or officials whose next
    member (right after it, before the verb `j`) is the clause's subject or joins it in turn ('A 대통령과 B 총리, C
    외교장관도 ...를 규탄했다', 'A, B 대통령 등 정상들도'): the comma stands for 과/와, so the member is coordinated with
    the subject, not a modifier of it. Not where the next word opens a clause of its own or the list runs nowhere."""
    if not r.words[w].text.endswith(",") or w + 1 >= j or r.facts[w + 1].lemma or not r.words[w + 1].noun:
        return False
    return particle_role(r, w + 1, j) in ("subject", "and")

