"""What a Korean title word reads as, one small named reader per shape (debt51; from mentions.title_mentions' one
80-line if/elif chain). `mentions.title_mentions` finds a title word, reads its chain and the name before or after
it once (`TitleAt`), then asks `TITLE_READERS` in order; the first reader that answers wins, as the chain's first
true branch did:
  - `own_prefix_name`: a name kiwi wrote into the title's own word ('박진장관은');
  - `name_before`: the name run before the chain ('니콜 파시냔 아르메니아 총리는');
  - `name_after`: the name after the title ('아르메니아 총리 니콜 파시냔은');
  - `body_named`: a name between a state's body and its title ('B국 외교부 [린모] 대변인은', title_bodies);
  - `chain_state`: no name, the chain or a genitive before it names the state ('중국 외교부 대변인은', '에스토니아의
    총리는');
  - `state_titled`: a title only one state's office bears ('관방장관은');
  - `posted_abroad`: an envoy posted abroad, the post's prefix giving the sending state ('주중 대사는');
  - `nameless`: a state written into the title's word ('주한 칠레대사는', '해양경찰청장은', title_bodies).
A reader answers `Found(mention, finish)`: `finish` asks title_mentions to fill the chain and the rules every named
mention passes (`finish_mention`); `Found(None, ...)` keeps the word from every later reader (a profiled office:
'[미국 NSC 보좌관을 지낸] B'); None passes to the next reader.
Why a module of its own: these read what one title word is, given where its name stands (mentions.py), what its chain
says (title_chains.py) and which body or post it belongs to (title_bodies.py).
"""
from __future__ import annotations

from typing import NamedTuple

from readout.kb.lexicon_patterns import Lexicon
from readout.kb.loader import lexicon
from readout.kb.offices import office_for
from readout.lang.ko.name_words import chain_country
from readout.lang.ko.postings import posted_abroad_state
from readout.lang.ko.tags import OBJECT_PARTICLES
from readout.lang.ko.title_bodies import body_name_run, body_named_mention, nameless_state
from readout.lang.ko.title_chains import fill_chain, genitive_state, set_office
from readout.lang.ko.words import Word, is_org_word, multiword_country, role_of, title_of
from readout.model import RawMention


class TitleAt(NamedTuple):
    """One title word read once for every reader: the sentence (`text`, `words`), the word's index `j`, its title
    `hit` (the title form, the office), the `chain` before it (word indices), the name run before the chain
    (`name_words`), what the word holds before its title (`prefix`), the name after the title (`after`), the Korean
    lexicon and the name-run `limit`."""
    text: str
    words: list[Word]
    j: int
    hit: tuple[str, str]
    chain: list[int]
    name_words: list[Word]
    prefix: str
    after: list[Word]
    lex: Lexicon
    limit: int

    @property
    def word(self) -> Word:
        return self.words[self.j]


class Found(NamedTuple):
    """A reader's answer: the mention (None: the word is no one's mention) and whether it still needs the chain's
    filling and the rules every named mention passes (`mentions.finish_mention`)."""
    mention: RawMention | None
    finish: bool


def own_prefix_name(at: TitleAt) -> Found | None:
    """'박진장관은': a name kiwi reads as a proper noun of its own, written into the title's word, with no chain."""
    if at.name_words or not at.prefix or at.chain or not own_proper_token(at.word, at.prefix) \
            or is_org_word(at.prefix) or title_of(at.prefix) is not None:
        return None
    return Found(RawMention(at.word.start, at.word.start + len(at.prefix), at.word.noun_end, at.prefix), True)


def name_before(at: TitleAt) -> Found | None:
    """'니콜 파시냔 아르메니아 총리는': the name run before the title's chain."""
    if not at.name_words:
        return None
    first, last = at.name_words[0], at.name_words[-1]
    return Found(RawMention(first.start, last.start + len(last.noun), at.word.noun_end,
                            at.text[first.start:last.start + len(last.noun)]), True)


def name_after(at: TitleAt) -> Found | None:
    """'아르메니아 총리 니콜 파시냔은': the name after the title."""
    return Found(title_first_mention(at.text, at.words, at.j, at.chain, at.hit, at.after), False) if at.after else None


def body_named(at: TitleAt) -> Found | None:
    """'B국 외교부 [린모] 대변인은': a name between a state's body and its title (title_bodies.body_name_run)."""
    inner = body_name_run(at.words, at.chain, at.lex, at.limit)
    return Found(body_named_mention(at.text, at.words, at.j, at.hit, inner, at.chain, at.lex), False) if inner else None


def chain_state(at: TitleAt) -> Found | None:
    """'중국 외교부 대변인은': no name, and the chain names a state (or, with none in it, a state in the genitive right
    before it: koforeign70 '에스토니아의 [신임] 총리는'), where the word is a clause's argument or a headline's bare
    office; the office of a person profiled next is no one's ('[미국 NSC 보좌관을 지낸] B')."""
    words, chain, j, word = at.words, at.chain, at.j, at.word
    owner = None
    if not (chain and (any(chain_country(words[k]) for k in chain) or multiword_country([words[k] for k in chain]))
            or (owner := genitive_state(words, chain, j))):
        return None
    if not (word.particle or word.has_verb or headline_object(words, j) or headline_topic(words, chain, j)):
        return None
    if profiled(words, j, at.lex):
        return Found(None, False)
    start = words[chain[0]].start if chain else word.start  # '중국 외교부 대변인은': the office, no name
    mention = RawMention(start, start, word.noun_end, "")
    if not owner:
        return Found(mention, True)
    fill_chain(mention, at.text, words, j, at.hit, at.lex)  # the state in the genitive before the chain
    mention.country, mention.office = owner, office_for(mention.office, owner)
    mention.known_only = False
    return Found(mention, False)


def state_titled(at: TitleAt) -> Found | None:
    """'관방장관은': a title only one state's office bears (`state_title`): that state's, no name."""
    if not state_title(at.word, at.chain, at.words, at.lex):
        return None
    mention = RawMention(at.word.start, at.word.start, at.word.noun_end, "")
    fill_chain(mention, at.text, at.words, at.j, at.hit, at.lex)
    mention.country = at.lex["clause"]["state_titles"][at.word.noun]
    mention.office = office_for(mention.office, mention.country)
    return Found(mention, False)


def posted_abroad(at: TitleAt) -> Found | None:
    """'주중 대사는': an envoy posted abroad, the sending state read from the post (postings.posted_abroad_state);
    '주C 대사를', the object, is the host's mention, the side acted on."""
    words, chain, word = at.words, at.chain, at.word
    if not chain or at.prefix or not (word.particle or word.has_verb):
        return None
    home = posted_abroad_state([words[k] for k in chain], at.lex, words[:chain[0]])
    if not home:
        return None
    mention = RawMention(words[chain[0]].start, words[chain[0]].start, word.noun_end, "")
    fill_chain(mention, at.text, words, at.j, at.hit, at.lex)
    if word.particle not in OBJECT_PARTICLES:
        mention.country, mention.office = home, office_for(mention.office, home)
    return Found(mention, False)


def nameless(at: TitleAt) -> Found | None:
    """'주한 칠레대사는', '해양경찰청장은': a state written into the title's own word (title_bodies.nameless_state),
    not a profiled office; else the word is no one's mention."""
    state = nameless_state(at.word, at.prefix, at.chain, at.words, at.hit, at.lex)
    if not state or profiled(at.words, at.j, at.lex):
        return None
    mention = RawMention(at.word.start, at.word.start, at.word.noun_end, "")
    fill_chain(mention, at.text, at.words, at.j, at.hit, at.lex)
    mention.country, mention.office = state
    return Found(mention, False)


TITLE_READERS = (own_prefix_name, name_before, name_after, body_named, chain_state, state_titled, posted_abroad,
                 nameless)


def read_title(at: TitleAt) -> Found | None:
    """The first reader's answer for the title word, None where no reader takes it."""
    for reader in TITLE_READERS:
        found = reader(at)
        if found is not None:
            return found
    return None


def profiled(words: list[Word], j: int, lex) -> bool:
    """'[칠레 외교장관을 지낸] B': a title that is the object of a relative verb describing a person's career (ko.yaml
    clause.profile_verbs, in an adnominal ending) belongs to the person named after it."""
    if words[j].particle not in OBJECT_PARTICLES or j + 1 >= len(words):
        return False
    tokens = [t for t in words[j + 1].tokens if t[1][0] == "V" or t[1] == "ETM"]
    return bool(tokens) and tokens[-1][1] == "ETM" and tokens[0][1][0] == "V" \
        and f"{tokens[0][0]}다" in lex["clause"]["profile_verbs"]


def state_title(word: Word, chain: list[int], words: list[Word], lex) -> bool:
    """'관방장관은 ...', '총통이 ...': a nameless title that only one state's office bears (ko.yaml
    clause.state_titles), written whole as the word with its particle and no state or name before it. The
    state is then known from the title alone; a state word before it is read by the chain instead."""
    if word.noun not in lex["clause"]["state_titles"] or not (word.particle or word.has_verb):
        return False
    return not any(chain_country(words[k]) or is_org_word(words[k].noun) for k in chain)


def headline_object(words: list[Word], j: int) -> bool:
    """'김정은, 러시아 국방장관 접견': in a headline a nameless office takes no particle; the bare verbal noun
    after it, ending the phrase, is what is done with it. (kofix46) A noun of the holder's family there is no verb
    but the phrase's head ('B국 대통령 부인, C와 회담': the president's wife, lexicon ko `kin_nouns`): the office
    only owns it, and its holder is no party of the headline, as in the sentence '대통령 부인이 ... 회담했다'."""
    nxt = words[j + 1] if j + 1 < len(words) else None
    return nxt is not None and not nxt.particle and not nxt.has_verb \
        and nxt.noun not in lexicon("ko").get("kin_nouns", ()) \
        and (j + 2 == len(words) or "…" in nxt.text or nxt.text.endswith((",", '"', "'")))


def headline_topic(words: list[Word], chain: list[int], j: int) -> bool:
    """(kohead46) '칠레 대통령, 페루 방문': a headline's topic is a bare noun phrase its comma closes where a sentence
    puts the topic particle ('칠레 대통령은'); a nameless office that opens the headline (after a bracketed tag at
    most: '[속보]') and ends on that comma is its state's holder, as with the particle."""
    first = chain[0] if chain else j
    return words[j].text == words[j].noun + "," and all(w.text.startswith("[") and w.text.endswith("]")
                                                         for w in words[:first])


def title_first_mention(text: str, words: list[Word], j: int, chain: list[int], hit: tuple[str, str],
                        after: list[Word]) -> RawMention:
    """The mention of a name written after its title ('아르메니아 총리 [니콜 파시냔]은'): from the chain's start, the
    office the chain and title give, the role of the name's particle."""
    first, last = after[0], after[-1]
    start = words[chain[0]].start if chain else words[j].start
    mention = RawMention(start, last.start + len(last.noun), last.noun_end,
                         text[first.start:last.start + len(last.noun)], name_start=first.start)
    chain_text = text[start:words[j].noun_end]
    set_office(mention, chain_text, hit, [words[k] for k in chain] + [words[j]])
    mention.role = role_of(last.particle)
    return mention


def own_proper_token(word: Word, prefix: str) -> bool:
    """'박진장관': kiwi reads the name as a proper noun of its own (not '정책위의장', '현역의원')."""
    return any(form == prefix and tag == "NNP" and start == word.start for form, tag, start, _l in word.tokens)
