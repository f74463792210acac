"""Tolls told as counts in one sentence: subject tolls ("Seven people were killed"), object tolls ("killing
seven people", "left seven dead") and bodies counted, read in one pass per kind (killed, wounded); it then
calls the other readings of the package and gathers them."""

from dataclasses import dataclass

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import CASE_ODD, find_all, find_matches, guarded
from ingest.extract.tolls._common import (
    _ANOTHER_TIME_OR_EVENT,
    _ATTACKER_SUBJECT,
    _KIN,
    _ONE_PERSON,
    _THE_ATTACKERS,
    _VICTIM_TITLE,
    _ends_in_a_verb,
)
from ingest.extract.tolls.bodies import _body_found
from ingest.extract.tolls.named import (
    _COMPANION_END,
    _LONE_PERSON,
    _REPORTING_END,
    _SAME_ATTACK_DIES,
    _TOLL_TITLE,
    _captives_killed,
    _later_deaths,
    _long_aside,
    _named_and_other_victims,
    _named_dies_of_wounds,
    _one_wounded,
    _survivors,
)
from ingest.extract.tolls.numbers import _POSSESSOR, number_pattern, parse_quantity, sum_parts
from ingest.extract.tolls.revisions import _background_and_monitor
from ingest.extract.tolls.shares import _fatal_share, _pronoun_death, _second_clause_adds, _share_of_doers

# an aside between a toll and its verb ("Seven aid workers, including three Britons, were killed")
# ("Fourteen marines, 10 of whom are later beheaded, are killed": a share of the toll told aside)
_TOLL_ASIDE = (r", (?:(?:including|among them|most of them|many of them|all of them|half of them|\d+ of them|mostly"
               # ("21 civilians, some of them burned to death, were killed")
               r"|some of them|several of them"
               r"|[^\s,;:.]+ of whom"
               # ("nine people, at least five of them policemen, ...": a share told with its qualifier)
               r"|(?:at least|more than|about|some|nearly|almost|over|up to|as many as) [^\s,;:.]+ of them"
               # parts joined by "along with" are read and added below ("Thirty troops, along with seven commandos,
               # were killed")
               r"|among whom|along with|together with) [^;.:,]{1,60}(?:, [^;.:,]{1,40}){0,3}"
               # a list in apposition: "Four cyclists, two Americans, a Swiss and a Dutch national, were killed"
               r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) [^;.:,\d]+(?:, [^;.:,\d]+)?"
               r" and [^;.:,\d]+"
               # ("At least 26 people, women and children among them, are killed": the share told before its "among")
               r"|[^\s;.:,\d]+(?: and [^\s;.:,\d]+)? among (?:them|the dead)"
               # ("Three women, the oldest aged 94, were killed": an age told aside)
               r"|the (?:oldest|youngest|eldest)(?: of them)?(?: aged| just)? [a-z0-9\-]+),")
# ("Five aid workers - a Belgian, a Norwegian and two Afghans - are killed": an aside between dashes)
_DASH_ASIDE = r" [\-—–] [^;.:0-9\-—–]{1,100}? [\-—–]"
# words that end a noun phrase: "a" counts a toll only up to them ("a bomb exploded near a school where ...")
# what a person was doing, told right after the noun ("a soldier serving with ...", "an engineer working for ...")
_SUBJECT_PARTICIPLE = (r" (?:serving|working|travell?ing|living|stationed|deployed|posted|assigned|employed|volunteering"
                       r"|riding|driving|walking|returning|waiting|standing|sitting|guarding|patrolling|reporting"
                       # ("a policeman and a woman passing by were killed", "a boy playing nearby")
                       r"|passing|playing|shopping|praying"
                       # who a person was, told by a participle ("an officer linked to Hezbollah", "people believed to
                       # be militants")
                       r"|linked|tied|close|loyal|affiliated|attached|belonging|allied|believed|thought|suspected"
                       # ("a British engineer held by kidnappers since last year was killed")
                       r"|held|kidnapped|abducted|seized|captured"
                       # ("a radio commentator who had accused officials of graft was shot dead": a relative clause)
                       r"|who had|who has|who)")
# the span of a series after an ordinal's noun: "a third journalist in a month"
_IN_A_SPAN = (r" in (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a|one|the same|as many) )?"
              r"(?:days?|weeks?|months?|years?)")
# (a whole word after a space: not the "by" of "a passer-by")
_NOT_A_NOUN_PHRASE = (r"(?:^| )(?:in|at|on|near|from|to|by|with|who|which|that|where|when|after|while|as|exploded|went|hit"
                      r"|struck|ripped|tore|blew|attacked|killing|said)(?-u:\b)")


# a capitalised word before a figure that is no name: "In Kabul 5 soldiers", "On Monday 12 people"
_NAME_BEFORE_COUNT = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|By|Since|After|Before|But"
                      r"|And|Overall|Altogether|Elsewhere|Meanwhile|Then|Today|Yesterday) $")


# "seven guards lose their lives", "a policeman lost his life"
_LIVES_LOST = ["lost their lives", "lose their lives", "lost his life", "lost her life", "loses his life", "loses her life"]
# "line up and shoot 35 men": an execution
_LINED_UP = ["line up and shoot", "lines up and shoots", "lined up and shot", "lining up and shooting", "them up and shot",
             "them up and shoot"]
# bodies found abused ("found tortured and dumped"), as literals
_FOUND_ABUSED = ["found tortured", "found mutilated", "found dumped"]
# animals killed, as literals: no toll of people ("killing 16 farm animals")
_LIVESTOCK = ["animals", "cattle", "cows", "sheep", "goats", "livestock", "camels", "horses", "donkeys", "chickens",
              "buffaloes", "oxen", "pigs", "poultry"]
# units of distance after a number ("some 15 kilometres south of the capital")
_DISTANCES = ["kilometres", "kilometre", "kilometers", "kilometer", "km", "miles", "mile", "metres", "metre", "meters",
              "meter", "yards", "feet"]
# "four people die", "X dies in hospital" as literals: not "studies", "diesel" or "diet"
_DIE_WORDS = [" die ", " die,", " die.", " die;", " dies ", " dies,", " dies."]
# the hurt told by their care, as literals (not "hospital" alone, nor "stab" in "establish" or "stability")
_CARE_WORDS = ["to hospital", "to a hospital", "to the hospital", "to hospitals", "hospitalised", "hospitalized",
               "treated for", "treated in hospital for"]
_KNIFE_WORDS = ["stabs", "stabbed", "stabbing", " stab ", "slashes", "slashed", "slashing", "knifes", "knifed", "knifing"]
# a toll revised, or one that rose past a mark ("the death toll rises above 100", "the toll passed 50": more than)
# ("the number of dead has reached 40": a toll by another name)
_TOLL_CHANGE = (r"(?:(?:death )?toll|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed))(?: [^.;:]{0,160}?)?"
                r" (?:(?:rose|rises|has risen|had risen|risen|climbed|climbs|has climbed"
                r"|jumped|reached|has reached|increased|stood|stands|was raised|has been raised) (?:to|at)|(?:rose|rises"
                r"|has risen|had risen|climbed|climbs|has climbed|jumped|passed|passes|has passed|topped|tops|has topped"
                r"|exceeded|exceeds|has exceeded|surpassed|surpasses|has surpassed"
                # ("the death toll has reached 40")
                r"|reached|reaches|has reached|had reached))"
                # ("a second blast ... brings the toll to at least 26": a later blast's toll is the whole)
                r"|(?:raised|raises|raising|put|puts|putting|revised|lifted|updated|brings|brought|bringing|bring"
                # ("bringing the known toll from the fighting to at least 66")
                r"|pushes|pushed|pushing|takes|took|taking) the (?:(?:(?:known|overall|official|confirmed|total) )?"
                r"(?:death )?toll|number of (?:the )?(?:dead|deaths"
                # ("local media put the number of dead at nine": a toll by another name)
                r"|fatalities|people killed))"
                r"(?: [^.;:]{0,80}?)? (?:to|at)|(?:put|puts|putting|placed|places) the dead at"
                # ("A first toll gave four dead; sources later raised it to five": the toll told again by "it")
                r"|toll [^.]{1,120}? (?:later |then |subsequently |since )?(?:raised|revised|lifted|updated|pushed) it to")

# the two kinds, each read in one pass: its passive verbs (of a toll before them), its active verbs (of a toll
# after them), the words that let a sentence in, and the (case-sensitive) passive words
_KINDS = (
    # (a death verb of people only: "assassinated", "beaten to death"; not "executed", said of plans too)
    # ("A French police officer is shot dead": the verb whole, not left to the words before "dead")
    ("killed", (r"(?:killed|shot dead|dead|died|slain|murdered|lost their lives|lose their lives|(?:lost|loses) (?:his|her) life"
                r"|perished|die|dies|assassinated|beheaded"
                # ("Seven people burn to death when ...": the present of a death by fire)
                r"|gunned down|lynched|massacred|(?:stabbed|beaten|hacked|bludgeoned|burned|burnt|burn|burns|clubbed|stoned|shot|tortured|slashed"
                # (a crowd's deaths too: "are crushed to death", "were trampled to death")
                r"|crushed|trampled|strangled|kicked|battered|knifed|bayoneted|suffocated|starved|mauled|axed)"
                # "was fatally wounded": dead
                # "were burned alive", "succumbed to their injuries"
                r" to death|(?:burned|burnt) alive|succumbed to (?:their|his|her) (?:injuries|wounds)"
                r"|(?:fatally|mortally) (?:wounded|injured|shot|stabbed)|strangled"
                # "are found with their throats cut"
                # ("are found bound with their throats cut")
                r"|(?:found (?:[a-z]+ ){0,2}with|had|have|has) (?:their|his|her) throats? (?:cut|slit)"
                # ("Twelve people found tortured and dumped beside a road": bodies found)
                r"|found (?:tortured|mutilated|dumped)(?: and (?:dumped|mutilated|tortured|shot|beheaded))?)"),
     (rf"(?i:kill(?:s|ed|ing)?|claim(?:s|ed|ing) the lives of|claim(?:s|ed|ing)|cost(?:s|ing)?|{_TOLL_CHANGE}|death toll (?:\w+ )?(?:to|at|of)|left|leaving|leave"
     # (the present too: "gunmen massacre 20 villagers", "militants murder three teachers")
     r"|shoot(?:s|ing)? dead|shot dead|gunn(?:ed|ing) down|guns? down|massacr(?:es|e|ed|ing)|murder(?:s|ed|ing)?|execut(?:ed|ing)"
     r"|slaughter(?:s|ed|ing)?"
     # ("gunmen line up and shoot 35 villagers": an execution)
     r"|lin(?:e|es|ed|ing) (?:them )?up and (?:shoot|shoots|shot|shooting)"
     # ("fatally injuring a two-year-old girl")
     r"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs|wounded|wounding|wounds|injured|injuring|injures)"

     # ("shooting and burning to death more than 150 refugees": the manner before the count)
     # (the present too: "rebels hack to death more than 100 people")
     # ("hacked and stoned 14 villagers to death": two manners)
     r"|(?:(?:shot|stabbed|hacked|beat|beaten|stoned|clubbed|bludgeoned|burned|burnt|shoot|stab|hack|stone|club)s? and )?"
     r"(?:stab(?:s|bed|bing)?|hack(?:s|ed|ing)?|beat(?:s|en|ing)?|burn(?:s|ed|t|ing)?|ston(?:es|ed|ing)"
     # ("gunmen shoot and strangle seven students": strangling is a death, as in the passive)
     r"|club(?:s|bed|bing)?|bludgeon(?:s|ed|ing)?|slash(?:es|ed|ing)|strangl(?:es|ed|ing|e))(?: to death| alive)?"
     # ("militants beheaded a village chief")
     r"|behead(?:s|ed|ing)?|lynch(?:es|ed|ing))"),
     ["kill", "dead", "died", "slain", "murder", *_LIVES_LOST, "perish", "claim", "death toll", "left", "leav",
      "gunned", "gunning", "gun down", "guns down", "massacr", "executed", "executing", "to death", "toll", "bodies", "corpses", "fatally", "loss of",
      "severed heads",
      "assassinated", "behead", "lynch", "slaughter", "strangl", "throat", "alive", "succumbed", "deaths", *_DIE_WORDS,
      *_FOUND_ABUSED,
      *_LINED_UP],
     ["killed", "dead", "died", "slain", "murdered", *_LIVES_LOST, "perished", "assassinated", "beheaded",
      "gunned down", "lynched", "massacred", "to death", "fatally", "mortally", "alive", "succumbed", "strangled",
      "throat", *_FOUND_ABUSED, *_DIE_WORDS]),
    # (the hurt told by their care: "20 others were taken to hospital", "dozens are treated for breathing
    # problems", "Eleven people were hospitalised"; a knife's living victims: "stabs three people", "slashes two
    # policewomen"; "sends 16 people to hospital", kept below only with its "to hospital"; a gas's: "killing six
    # people and sickening dozens of others")
    ("wounded", (r"(?:wounded|injured|hurt|hospitali[sz]ed|(?:taken|rushed|admitted|airlifted) to (?:a |the )?hospitals?"
                 r"|treated (?:in hospital )?for (?:[\p{Ll}\-]+ ){0,2}(?:injuries|wounds|burns|breathing (?:problems"
                 r"|difficulties)|smoke inhalation|gas inhalation))"),
     (r"(?i:wound(?:s|ed|ing)?|injur(?:es|ed|ing|e)|hurt(?:ing)?|stab(?:s|bed|bing)?|slash(?:es|ed|ing)|knif(?:es|ed|ing)"
     r"|sen(?:ds|t|ding)|sicken(?:s|ed|ing))"),
     ["wound", "injur", "hurt", *_CARE_WORDS, *_KNIFE_WORDS, "sicken"],
     ["wounded", "injured", "hurt", *_CARE_WORDS]),
)


@dataclass(frozen=True)
class _Shared:
    """The patterns several stages share, built once per call from the reference's number words."""

    num: str
    num_no_article: str
    quoted: str
    word: str
    filler: str
    be: str
    part: str


@dataclass(frozen=True)
class _KindPatterns:
    """One kind's toll patterns (killed or wounded), each a stage of the kind's pass."""

    kind: str
    passive: str
    active: str
    chained: str
    verb: str
    parts: str
    after: str
    after_article: str
    before: str
    active_parts: str
    bodies: str


def _shared_patterns(reference: Reference) -> _Shared:
    """The number, word, filler, verb-of-being and list-part patterns the stages share."""
    num = number_pattern(reference)
    num_no_article = number_pattern(reference, articles=False)
    quoted = r"[\"“”]?"
    # words between the number and the verb; no digits, so "Seven are killed and 50 injured" stays two tolls
    # any word but "and": "mosques are bombed and a muezzin is killed" is two subjects ("and" joins parts below)
    # (a lean class: a word is anything but spaces, digits, quotes and clause punctuation; the Unicode letter class,
    # copied 16 times in `filler`, made these the costliest patterns to compile)
    letter = r"[^\s\d,;:()\[\]\\\"“”!?—–]"
    word = (rf"(?:[^\s\d,;:()\[\]\\\"“”!?—–a.'’\-]{letter}*|a[^\s\d,;:()\[\]\\\"“”!?—–n]{letter}*"
            rf"|an[^\s\d,;:()\[\]\\\"“”!?—–d]{letter}*|and{letter}+|an?)")
    # an aside between a toll and its verb is no part of it: "Seven aid workers, including three Britons and a Pole,
    # were killed", "at least 28 people, among them the 10 attackers, died"
    # (the aside tried first: "Nine miners, two of whom are later beheaded, are killed" is nine, not the share's verb)
    filler = (rf"(?:{_TOLL_ASIDE}|{_DASH_ASIDE}|,? [\"“”]?(?:{word}|\d+-(?:year|month|week)-old|\d+(?:st|nd|rd|th))[\"“”]?){{0,16}}?,?")
    # (and an adverb: "is seriously injured", "were critically wounded")
    # ("are reported killed", "are said to have been killed": a report of the dead is a toll)
    # ("a third soldier was found dead", "two men were found murdered")
    be = (r"(?: (?:were|are|was|is|have been|has been|had been|being|reportedly|also|all|been|later|confirmed|reported"
          r"|said to have been|found|[a-z]+ly))*")
    # a part of a list: a number or a few words, a possessor before them ("along with a policeman and his son")
    token = rf"(?:\d[\d,]*|{word})"
    part = rf"(?:{_POSSESSOR} )?{token}(?: {token}){{0,4}}"
    return _Shared(num, num_no_article, quoted, word, filler, be, part)


def _whole_of_share(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """The whole told after a share of it: "two of the five dead were children" is five dead."""
    pattern = (rf"(?-u:\b)(?:{num}) of (?:the|those) (?P<q>{num}) (?:dead|killed|people killed|victims|fatalities)"
               r"(?-u:\b)")
    found = find_matches(base.filter(pl.col("text").str.contains_any([" of the ", " of those "])), pattern, "m")
    found = found.with_columns(pl.col("m").str.extract_groups(pattern).alias("_g")).unnest("_g")
    found = parse_quantity(found, "q", "n", reference).filter(pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True))


def _toll_sentences(sentences: pl.DataFrame) -> pl.DataFrame:
    """The sentences with a casualty word: only these go through the costly toll regexes."""
    # the toll regexes are costly: only sentences with a casualty word (an Aho-Corasick scan) go through them
    casualty_words = ["kill", "dead", "died", "slain", "murder", *_LIVES_LOST, "perish", "death toll", "claim",
                      "wound", "injur", "hurt", "casualt", "fatalit", "no one", "nobody", "toll", "left", "leaving", "leave",
                      "to death", "gunned", "gunning", "gun down", "guns down", "massacr", "executed", "executing", " other", "assassinat",
                      "behead", "decapitat", "lynch", "slaughter", "bodies", "corpses", "lives", "fatally", "death of", "deaths of", "alive",
                      "succumbed", "deaths", "strangl", "throat", *_CARE_WORDS, *_KNIFE_WORDS, "sicken", *_DIE_WORDS,
                      "shot in the", "before dying", " been buried", " were buried", " are buried", " was buried",
                      " have lost ", " has lost ", " had lost ", "severed heads", *_LINED_UP, "unharmed", "unscathed",
                      *_FOUND_ABUSED]
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains_any(casualty_words, ascii_case_insensitive=True))
    return base


def _kind_patterns(kind: str, passive: str, active: str, p: _Shared) -> _KindPatterns:
    """This kind's patterns: parts, a count or "a" before the verb, a count after an active verb, listed objects, bodies."""
    num, num_no_article, quoted, filler, be = p.num, p.num_no_article, p.quoted, p.filler, p.be
    # the death told by a second verb joined to the first: "A soldier is run down by a car and then hacked to
    # death", "Two farmers were kidnapped and beheaded", "A policeman was abducted on Monday and later shot dead"
    # (after a verb of being only: "Two bombs exploded in a market and killed ..." has another subject)
    chained = (rf" (?:were|are|was|is|have been|has been|had been)(?: [^\s,;:.\d]+){{1,6}}?,? and"
               rf"(?: then| later| subsequently)?(?: found| shot)? {passive}")
    verb = rf"(?:{be} {passive}|{chained})"
    # ("Six soldiers and their interpreter died": a possessed person is one)
    # ("12 members of the security forces and 77 insurgents")
    # ("Three members of parliament, among them X, and their driver": an aside naming one of the count)
    parts = (rf"(?-u:\b)(?P<q>{num})(?P<rest>(?: [\p{{L}}'’.\-]+){{1,7}}(?:, (?:including|among them) [^;.:,\d]{{1,50}},)?"
             rf" and (?:{num}|(?i:their|his|her|the)))"
             rf"{filler}{verb}(?-u:\b)")
    # "a"/"an" reads only a short noun phrase before the verb: a long match from it would hide the toll after it
    # ("A bomb exploded near a school where nine children died")
    after = rf"(?-u:\b){quoted}(?P<q>{num_no_article}){quoted}{filler}{verb}(?-u:\b)"
    # ("a 12-year-old boy was killed")
    # ("A French soldier serving with the UN mission is shot dead": a participle's phrase after the noun)
    after_article = (rf"(?-u:\b)(?P<q>(?i:an?|another))(?: (?:[\p{{L}}'’.\-]+|\d+-(?:year|month|week)-old)){{1,4}}?"
                     # ("an additional superintendent of police is killed": an "of" phrase of the noun)
                     # (or of a named body: "a Swiss staff member of the International Committee of the Red Cross")
                     rf"(?: of (?:the )?(?:[\p{{L}}\-]+(?: [\p{{L}}\-]+)?|\p{{Lu}}[^\s,;:.]*(?: (?:of |for |and )?(?:the )?\p{{Lu}}[^\s,;:.]*){{1,6}}))?"
                     rf"(?:{_SUBJECT_PARTICIPLE}(?: [\p{{L}}'’.\-]+){{1,10}}?)?"
                     # ("A second protester in two days is shot dead": the span of a series)
                     rf"(?:{_IN_A_SPAN})?,?{verb}(?-u:\b)")
    # ("killing the two men inside", "killing a family of five": the number after the article or the group)
    # ("killing a total of 22 mourners")
    # ("killing its three crew members": a possessive before the number)
    # ("killing between nine and 20 people": a range, its low end the count, see below)
    before = (rf"(?-u:\b){active} (?:(?i:the|its|their|his|her) |(?i:an?) (?:[\p{{L}}\-]+ )?(?i:family|group|household|total) of"
              rf" |(?i:between) )?{quoted}(?P<q>{num}){quoted}(?-u:\b)")
    # "killing 14 soldiers and their interpreter", "killed 20 hostages, most of them foreigners, and two police
    # officers", "killing a woman, her three daughters and a neighbour": parts after an active verb, each a
    # number or one possessed person (the largest reading of a toll wins, see tolls)
    # ... or a pronoun for a victim named before: "spray the minister's car with bullets, killing him", "blow up
    # a vehicle carrying legislator X, killing him and four police officers"; a part is told with up to seven
    # words ("killing two British members of a news crew, an American soldier and ..."), and the first may be a
    # possessed person ("had killed the leader's youngest son, X, and three of his grandchildren"), alone too
    # ("then kills his mother and himself")
    # (a lean word class: the Unicode one, 50 times over, passes the regex size limit; "and" inside a part is
    # split off by sum_parts)
    # (an age is a word too: "killing a 10-year-old girl and an 18-year-old woman")
    lean = r"(?:[^\s,;:\d()\"“”]+|\d{1,3}-(?:year|month|week)-old)"
    lean_part = rf"(?:{_POSSESSOR} )?[^\s,;:()\"“”]+(?: [^\s,;:()\"“”]+){{0,5}}"
    # (a possessed person is kin or close: "killing their currency", "executing the agency's plan" are none)
    possessed = rf"{_POSSESSOR}(?: {lean}){{0,2}} {_KIN}(?:s|ren)?(?-u:\b)"
    # ... or an office ("killing the mayor of X, his wife and their driver"), or the attacker himself
    # ("killing the deputy head of a district detention unit and the driver": an "of" phrase of up to five words)
    office = rf"(?i:the) (?:{lean} ){{0,2}}{_VICTIM_TITLE}(?: (?i:of|in|for) {lean}(?: {lean}){{0,4}})?"
    # (alone, more offices: "abducting 25 students and killing the vice-principal", "murdered the headmaster")
    office_alone = (rf"(?i:the) (?:{lean} ){{0,2}}(?:{_VICTIM_TITLE}|(?i:(?:vice-)?principal|headmaster|headmistress"
                    # ("killing the owner of a nearby cafe", "killing the guard")
                    rf"|headteacher|teacher|doctor|nurse|pastor|elder|chieftain|warden|magistrate|muezzin|rabbi|deacon|owner|guard"
                    # ("a car blew up outside the centre, killing the person inside")
                    rf"|monk|nun|abbot|sexton|caretaker|person|occupant))"
                    rf"(?: (?i:of|in|for) {lean}(?: {lean}){{0,2}})?"
                    # (one of someone's people told by "of": "in a separate attack killed the husband of another
                    # consulate worker", "killing the son of a judge")
                    rf"|(?i:the) (?:{lean} ){{0,1}}{_KIN} (?i:of) (?i:an?|another|the|one) {lean}(?: {lean}){{0,2}}"
                    # (one person by a noun of a job, after "the" or a possessor: "kills the driver", "killing the
                    # town hall's night watchman")
                    rf"|(?i:the|its|his|their) (?:{lean} ){{0,3}}(?:{_LONE_PERSON})"
                    # ("abducting eight students and shooting dead another who resisted")
                    # ("a second rocket kills another soldier": one more by a noun of a person)
                    rf"|(?i:another)(?: (?:[\p{{Ll}}\-]+ ){{0,2}}?(?i:{_ONE_PERSON}|{_VICTIM_TITLE}))?")
    # ("killing a teacher who had joined the strike movement and another villager": a relative clause in the first
    # part)
    active_parts = (rf"(?-u:\b){active} (?P<q>(?P<plist>(?:(?:(?i:the) )?(?:{num})(?: {lean}){{1,7}}"
                    rf"(?: (?:who|whom|whose)(?: {lean}){{1,7}})?|{possessed}|him|her|{office}"
                    # ("killing the driver and 11 passengers": one person by a noun of a doer, first in a list)
                    # ("killing the guard and a woman passing by")
                    r"|himself|herself|themselves|(?i:the) (?:[^\s,;:\d()]+ ){0,2}(?:\p{Ll}+(?:er|or|ist|man|woman|ian)|guard))"
                    # (a possessed person before the pronoun: "wounds her husband" is not "her")
                    rf"(?:, {lean_part}){{0,4}}(?:, [^,;.]{{1,40}},)?,? (?:and|as well as|along with|together with) {lean_part}|{possessed}"
                    # (an office alone, of the dead only: "murdered the village chief", "killing the governor of
                    # X"; "hurt the president" is mostly a figure of speech)
                    rf"|him|her{'|' + office_alone if kind == 'killed' else ''}))(?-u:\b)")
    # "more than 90 bodies", "the bodies of 30 people": the dead counted
    # ... and "caused 12 deaths", "twelve deaths were reported" (see the filter below)
    # ... and "the severed heads of five men": the dead shown
    # ... and "sinks with the loss of 22 lives" (kept only after "loss of", see _not_a_toll)
    bodies = (rf"(?-u:\b)(?:(?P<q>{num_no_article})(?: [\p{{L}}\-]+){{0,2}} (?:bodies|corpses|deaths|severed heads|lives)"
              rf"|(?:bodies|corpses|remains|severed heads) of (?P<q2>{num_no_article}))(?-u:\b)")
    return _KindPatterns(kind, passive, active, chained, verb, parts, after, after_article, before, active_parts, bodies)


def _search(pattern: str, kp: _KindPatterns, p: _Shared, kind_base: pl.DataFrame, passive_base: pl.DataFrame) -> pl.DataFrame:
    """Where the pattern matches, with its groups (each pattern behind a literal or number scan)."""
    num, num_no_article = p.num, p.num_no_article
    parts, after, after_article, before, active_parts = kp.parts, kp.after, kp.after_article, kp.before, kp.active_parts
    if pattern == parts:
        # parts joined by "and" and a count or a possessive: a lean scan for that pair first keeps most rows
        # away from the costly pattern (it matches a few in a thousand toll sentences)
        # ("and the" only before one of someone's people or an office: "and the son of a commander")
        found = find_all(passive_base.filter(pl.col("text").str.contains(
            rf" and (?:{num}|(?i:their|his|her))(?-u:\b)") | pl.col("text").str.contains(
            rf" and (?i:the)(?: \S+){{0,2}}? (?:{_KIN}|{_VICTIM_TITLE})(?-u:\b)")), pattern, match_col="m")
    elif pattern == after:
        # no prefilter by the pattern itself (it costs more to compile than to run), but by its number: a lean
        # scan keeps more than half of the rows away
        found = find_all(passive_base.filter(pl.col("text").str.contains(num_no_article)), pattern,
                         match_col="m")
    else:
        found = find_matches(passive_base if pattern == after_article else kind_base, pattern, "m")
        if pattern in (before, active_parts):
            # ("worshippers leaving a church in X, killing six Copts and a guard": a "leaving" of a place took
            # the span of the toll after it; the search runs again after that word, on those rows only)
            cut = (pl.col("m_start") + pl.col("m").str.extract(r"^(\S+)", 1).str.len_chars()).cast(pl.Int64)
            again = found.filter(pl.col("m").str.contains(r"^(?i:left|leaving|leave|leaves) ")).sort(
                "m_start").unique(["article_id", "sentence_index"], keep="first").select(
                "article_id", "sentence_index", pl.col("text").alias("_o"), pl.concat_str([
                    pl.col("text").str.slice(0, cut).str.replace_all(r"(?s).", " "),
                    pl.col("text").str.slice(cut)]).alias("text"))
            if again.height:
                again = find_all(again, pattern, match_col="m").with_columns(text=pl.col("_o")).select(found.columns)
                found = pl.concat([found, again]).unique(["article_id", "sentence_index", "m_start"], keep="first",
                                                         maintain_order=True)
    # every group at once, right after the search: polars keeps only 32 compiled patterns per thread, so a
    # later use of a costly pattern compiles it again ("q" is group 1, "rest" group 2)
    # a year is a date, not a toll ("In December 2019, a US airstrike killed dozens"); "feared dead" is a fear
    found = found.with_columns(pl.col("m").str.extract_groups(pattern).alias("_groups")).unnest("_groups")
    return found


def _listed_objects(found: pl.DataFrame, pattern: str, kp: _KindPatterns, p: _Shared, reference: Reference, out: list) -> pl.DataFrame:
    """The parts listed after an active verb (a sequel in sequence is appended to out), and the attacker's own death by force dropped."""
    num = p.num
    kind, active_parts = kp.kind, kp.active_parts
    if pattern == active_parts:
        # every part counted; a part that is no count ("wounding 20", "their children") voids the reading
        # the list ends where another verb's clause begins ("killed a teacher and a pupil and wounded two")
        # ... and a killing in sequence after it is a toll added to it ("shoots dead eight people at a bar,
        # then kills his brother and himself")
        # ("one killing four people and the other wounding six": the second's own verb)
        cut = (r"(?:,? and|,) (?:(?:then|also|later|subsequently) |the (?:other|second|latter) )?"
               r"(?:wound|injur|hurt|kill|leav|left|shoot|shot|murder)\S*(?: .*)?$")
        sequel = pl.col("plist").str.extract(
            r"(?:,? and|,) (?:then|also|later|subsequently) (?:kill\S*|murder\S*|(?:shoots?|shot|shooting) dead) (.+)$", 1)
        # (the attacker's own death in a later act is told apart from the toll: "then kills his mother and himself")
        sequel = sequel.str.replace(r"(?:,? and|,) (?i:himself|herself|themselves)(?-u:\b)", "").str.replace(
            r"^(?i:himself|herself|themselves),? and ", "")
        sequels = sum_parts(found.with_columns(_sequel=sequel).filter(pl.col("_sequel").is_not_null()),
                            "_sequel", "n", num, reference).filter(pl.col("n_min").is_not_null())
        out.append(sequels.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                                  (pl.col("m_end") - pl.col("_sequel").str.len_chars()).alias("c_start"),
                                  pl.col("m_end").alias("c_end"), backward=pl.lit(False), other=pl.lit(False),
                                  more=pl.lit(False), adds=pl.lit(True), sequel=pl.lit(True)))
        # (a reading of the dead ends where its list does: a killing told after the cut is a toll of its own, see
        # _second_clause_adds)
        found = found.with_columns(pl.col("plist").str.replace(cut, ""), _was_cut=pl.col("plist").str.contains(cut),
                                   _cut_len=(pl.col("plist").str.len_chars() - pl.col("plist").str.replace(cut, "").str.len_chars())
                                   * int(kind == "killed"))
        found = found.with_columns(m=pl.col("m").str.slice(0, pl.col("m").str.len_chars() - pl.col("_cut_len")),
                                   m_end=pl.col("m_end") - pl.col("_cut_len")).drop("_cut_len")
        # ("leaving 36 attackers, ten policemen and seven civilians dead": the last part ran on to "dead")
        trail = pl.col("m").str.contains(r"^(?i:left|leaving|leave|leaves) ") & pl.col("plist").str.ends_with(" dead")
        found = found.with_columns(plist=pl.when(trail).then(pl.col("plist").str.slice(0, pl.col("plist").str.len_chars() - 5))
                                   .otherwise("plist"),
                                   m=pl.when(trail).then(pl.col("m").str.slice(0, pl.col("m").str.len_chars() - 5))
                                   .otherwise("m"),
                                   m_end=pl.when(trail).then(pl.col("m_end") - 5).otherwise("m_end"))
        # ("the 2019 champion and ...": a year after "the" is no count, the parts are read below)
        found = found.with_columns(q=pl.when(pl.col("plist").str.contains(r"^(?i:the) (?:19|20)\d\d ")).then(
            pl.lit("one")).otherwise(pl.coalesce(pl.col("plist").str.extract(rf"^(?:(?i:the) )?({num})", 1),
                                                 pl.lit("one"))))
        # (one by a noun of a job alone too: "police shot dead the driver" is the attacker met by force)
        pronoun = pl.col("plist").str.contains(r"^(?:him|her)(?:$|,| and | as well as )") | pl.col(
            "plist").str.contains(rf"^(?:(?i:the|its|his|their) .*(?:{_LONE_PERSON})|(?i:another))$")
        found = found.filter(
            # "her" alone is a victim, not "her husband" (nor "another" before a count: "kills another 15")
            ~pl.col("plist").is_in(["him", "her", "another", "Another"]) | pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(
                r"^(?:$|[,.;:]| (?:and|as|while|before|after|in|on|at|with|outside|near|inside|when|instantly|who)(?-u:\b))")
            # ("killing him and leaving his deputy in serious condition": the list ended at another verb)
            | (pl.col("plist").is_in(["him", "her"]) & pl.col("_was_cut")),
            # "police opened fire on the attacker, killing him": the attacker's death is no toll (police
            # as the subject of a use of force; not "exploded as police experts tried to remove it, killing
            # her and a bomb-disposal officer", "ambushed a police patrol, killing him")
            ~pronoun | ~pl.col("text").str.slice(0, pl.col("m_start")).str.extract(r"([^;.]*)$", 1).str.contains(
                r"(?i:police|officers?|troops|soldiers|guards?|security forces|sniper|marksm[ae]n|agents"
                r"|bystanders|passers-by|commandos)(?: [\p{L}\-]+){0,3}? (?:open(?:s|ed|ing)? fire|returned|returns?"
                r"|fired|fires?|firing|shot|shoots?|stormed|storms?|raided|raids?|engaged|confronted|tackled|chased"
                r"|cornered|surrounded|overpowered|intercepted|pursued|killed|kills?)(?-u:\b)"),
            # ("before police shot dead the driver": the force the subject of the verb itself)
            ~pronoun | ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                r"(?i:police|policemen|officers?|troops|soldiers|guards?|security forces|snipers?|marksm[ae]n|agents"
                r"|commandos|forces)(?: [\p{L}\-]+){0,2}? $"))
    return found


def _not_a_toll(found: pl.DataFrame, pattern: str, kp: _KindPatterns) -> pl.DataFrame:
    """Drops what is no toll: deaths to prevent, a year, shots, threats, guesses, a rate, the attacker alone."""
    bodies = kp.bodies
    if pattern == bodies:
        found = found.with_columns(q=pl.coalesce("q", "q2"))
        # lives are a toll only when lost ("with the loss of 22 lives"), not saved or risked
        found = found.filter(~pl.col("m").str.ends_with("lives") | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            r"(?i:(?-u:\b)loss(?:es)? of (?:some |about |at least |more than |nearly |over )?$)"))
        # deaths counted only as such ("caused 12 deaths", "nine civilian deaths"), not deaths to prevent or
        # of a kind ("will prevent nearly 3,000 premature deaths", "to avoid up to 3,900 deaths annually")
        found = found.filter(~pl.col("m").str.ends_with("deaths") | (
            pl.col("m").str.contains(r"^\S+(?: \S+)?(?: (?:confirmed|reported|civilian|more|other|new))? deaths$")
            & ~pl.col("text").str.contains(r"(?i:prevent|avoid|avert|sav(?:e|es|ed|ing) |reduc|premature|annual"
                                           r"|per year|a year|each year|every year|could|would|projected|expected)")))
    found = found.filter(
        ~pl.col("q").str.contains(r"^(?:19|20)\d\d$"),
        # ("was shot several times and badly wounded": a count of shots, no people)
        ~pl.col("text").str.slice(pl.col("m_start")).str.contains(r"^(?:\S+ ){0,3}?(?i:several|many|two|three|four"
                                                                  r"|five|six|\d+) times(?-u:\b)"),
        # ("blows himself up, killing no one else": the attacker alone died, no toll)
        ~(pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one", "no-one"])
          & pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(r"^ (?:else|but|except|other than|besides)(?-u:\b)")),
        ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:feared|presumed|missing|believed)(?: to (?:be|have))? (?:dead|died|killed))"),
        # ("the 60 still under the rubble are most likely dead", "are probably dead": a guess, no toll)
        ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:likely|probably|possibly|presumably|thought to be|assumed) dead$)"),
        # "could die", "will die", "to die": no death told, nor "die every year" (a rate)
        ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:could|would|will|may|might|to|not|never|can|cannot|should|must|n't|did|do|does)(?: \S+)? dies?$)"),
        ~(pl.col("m").str.contains(r"(?-u:\b)dies?$") & pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
            r"^(?: \S+){0,3} (?:every|each|a|per) (?:day|year|week|month|hour)|^ (?:annually|yearly|daily)")),
        # "fatally wounding him" is a death
        ~pl.col("text").str.slice(0, pl.col("m_start")).str.ends_with("fatally "),
        # a threat or an aim is no toll: "threatens to kill him", "vowed to kill the hostages", "will kill
        # them", "could injure dozens" (a bare verb after "to" or a modal; not "is said to have killed 40")
        ~(pl.col("m").str.contains(r"^(?i:kill|wound|injure|hurt|leave|shoot|murder|execute|claim|cost|stab|hack|behead|lynch"
                                   r"|beat|burn|massacre|slaughter|gun) ")
          & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
              r"(?i:(?-u:\b)(?:to|will|would|could|may|might|can|cannot|should|must|shall|n't|not|never)"
              r"(?: [a-z]+ly)? $)")),
        # ("two men were found tortured but alive": the living)
        ~(pl.col("m").str.contains(r"found (?:tortured|mutilated|dumped)") & pl.col("text").str.slice(pl.col("m_end"), 20)
          .str.contains(r"^,? (?:but |and |yet )?(?:still )?alive")),
        # the unhurt are no count of the hurt: "the two officers inside escaped unhurt but a passer-by was wounded"
        ~pl.col("m").str.contains(r"(?-u:\b)(?:unhurt|unharmed|uninjured|unscathed)(?-u:\b)"))
    return found


def _object_filters(found: pl.DataFrame, pattern: str, kp: _KindPatterns) -> pl.DataFrame:
    """The checks of a toll after an active verb: sent to hospital, stabbed to death, left dead, claimed lives."""
    kind, before, active_parts, bodies = kp.kind, kp.before, kp.active_parts, kp.bodies
    if pattern in (before, active_parts) and kind == "wounded":
        # "sends 16 people to hospital" only with its hospital; "stabbed two people to death" (or "..., killing
        # one") are dead, not hurt (a fatal share is read by _fatal_share)
        after_count = pl.col("text").str.slice(pl.col("m_end"), 70)
        found = found.filter(
            # ("slashed 20 percent of the budget": no people)
            ~pl.col("m").str.contains(r"^(?i:sen[dt]|slash|sicken)") | ~after_count.str.contains(
                r"^ ?(?:%|percent|per cent|million|billion|thousand|dollars|euros|pounds|jobs|points|seats)(?-u:\b)"),
            ~pl.col("m").str.contains(r"^(?i:sen[dt])") | after_count.str.contains(
                r"^(?: [\p{L}\-]+){0,4}? to (?:a |the )?(?:local )?hospitals?(?-u:\b)"),
            ~pl.col("m").str.contains(r"^(?i:stab|slash|knif)") | ~after_count.str.contains(
                r"^[^;.]*?(?-u:\b)(?:to death|dead|fatally|mortally|killing|kills|killed|died|dies)(?-u:\b)"
                # ("stabs a guard; the guard shoots him before dying")
                r"|^[^.]*?(?-u:\b)before dying(?-u:\b)"),
            # ("A guard dies of stab wounds after an attacker knifes him": the one who died, told before)
            ~pl.col("m").str.contains(r"^(?i:stab|slash|knif)\S* (?:him|her)$") | ~pl.col("text").str.slice(
                0, pl.col("m_start")).str.contains(r"(?-u:\b)(?:dies|died|is killed|was killed|killed|dead)(?-u:\b)"),
            # ("kills and wounds a number of people", "a group of"): no count told
            ~(pl.col("q").str.to_lowercase().is_in(["a", "an"]) & after_count.str.contains(
                r"^(?: \p{Ll}+){0,2} (?:number|lot|host|series|group|crowd)(?-u:\b)")))
    if pattern in (before, active_parts, bodies) and kind == "killed":
        # "leaving 10 people dead" is a toll, "leaving one wounded" is not; "stabbed 36 people" only "to death"
        # ("left at least 29 worshippers and police officers dead": a noun list before "dead"; not "leaving
        # 20 wounded and one dead")
        left_dead = pl.col("text").str.slice(pl.col("m_end"), 80).str.extract(r"^((?:,? [\p{L}\-]+){0,7}?) dead", 1)
        found = found.filter(~pl.col("m").str.contains(r"^(?i:left|leaving|leave) ") | (
            left_dead.is_not_null() & ~left_dead.str.contains(r"(?i:wound|injur|hurt)|(?-u:\b)(?:one|two|three|several|dozens)(?-u:\b)")
            # ("leaving 15 soldiers dead or wounded": no count of the dead)
            & ~pl.col("text").str.slice(pl.col("m_end"), 90).str.contains(
                r"^(?:,? [\p{L}\-]+){0,7}? dead,? (?:or|and/or) (?:\p{Ll}+ly )?(?:wounded|injured|hurt)")))
        found = found.filter(~pl.col("m").str.contains(r"^(?i:(?:\S+ and )?(?:stab|hack|beat|burn|ston|club|bludgeon|slash))")
                             | pl.col("m").str.contains(r" (?:to death|alive) ") | pl.col("text").str.slice(
            pl.col("m_end"), 40).str.contains(r"^(?: [\p{L}\-,]+){0,4} (?:to death|alive)"))
        # ("killed a large number of militants", "a handful of": no count told)
        found = found.filter(~(pl.col("q").str.to_lowercase().is_in(["a", "an"]) & pl.col("text").str.slice(
            pl.col("m_end"), 30).str.contains(r"^(?: \p{Ll}+){0,2} (?:number|lot|host|series|group|crowd)(?-u:\b)")))
        # ("the massacre 20 years ago", "a murder two weeks earlier": a noun and a time, no toll)
        found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(
            r"^ (?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?-u:\b)"),
            # ("killing the 18-month-old daughter of X": an age, no count)
            ~pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(r"^[\- ](?:year|month|week|day)s?[\- ]old(?-u:\b)"),
            # ("a death penalty for anyone who murders a police officer": a kind of doer, no event)
            ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                r"(?i:(?-u:\b)(?:anyone|anybody|whoever|someone|somebody|those) (?:who )?$)"))
        # "claimed 30 lives", "costing 12 lives" are tolls, "claimed 3 attacks" is not
        lives = pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(r"^(?: [\p{L}\-]+)? lives(?-u:\b)")
        found = found.filter(~pl.col("m").str.contains(r"^(?i:claim|cost)") | pl.col("m").str.contains(
            r"^(?i:claim[a-z]* the lives of)") | (lives if pattern == before else pl.lit(False)))
    return found


def _subject_leads(found: pl.DataFrame, pattern: str, kp: _KindPatterns, p: _Shared, reference: Reference, out: list) -> pl.DataFrame:
    """A count before its verb: a "no ... but", a time, "among" or a share before it (the wounded of a shot share appended to out)."""
    num_no_article, quoted, be = p.num_no_article, p.quoted, p.be
    kind, passive, after = kp.kind, kp.passive, kp.after
    if pattern == after:
        # "No one was killed but three people were injured": the "no" is another clause's, the count after
        # "but" is this verb's
        no_but = pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"]) & pl.col("m").str.contains(
            r" (?:but|while|although|though|however|yet|whereas) ")
        tail = pl.col("m").str.extract(r"^.* (?:but|while|although|though|however|yet|whereas) (.*)$", 1)
        found = found.with_columns(
            m=pl.when(no_but).then(tail).otherwise("m"),
            m_start=pl.when(no_but).then(pl.col("m_end") - tail.str.len_chars()).otherwise("m_start"),
            q=pl.when(no_but).then(tail.str.extract(rf"^{quoted}({num_no_article}){quoted}(?-u:\b)", 1))
            .otherwise("q")).filter(pl.col("q").is_not_null())
        # "No consulate staff are hurt", "no Americans were injured": a group spared tells no toll of all
        # (nor does "the area was cleared and nobody is hurt" add one to an "a" before it, see parts)
        # ("No soldiers or civilians were killed or injured": both sides named, no one)
        # ("no police officers or bystanders were hurt")
        found = found.filter(~(pl.col("q").str.to_lowercase() == "no") | pl.col("m").str.contains(
            r"^(?i:no (?:people|persons|one)(?-u:\b)|no (?:\S+ )?\S+ (?:or|and) )"))
        # "Two days later, five soldiers were killed", "two weeks ago when three soldiers were killed": a time
        # before the toll (the toll is the next number)
        timed = pl.col("m").str.extract_groups(
            r"^(?P<_lead>\S+ (?:\S+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?-u:\b)"
            rf"[^\d]*? )(?P<_q2>{num_no_article})(?-u:\b)")
        found = found.with_columns(timed.alias("_t")).unnest("_t")
        lead = pl.col("_lead").str.len_chars().fill_null(0)
        found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                   q=pl.coalesce("_q2", "q")).drop("_lead", "_q2")
        # "Two employees of the embassy are among six people killed", "a child was among at least 12 dead":
        # the part is within the whole, the whole is the toll
        among = pl.col("m").str.extract_groups(
            rf"^(?P<_lead>.*? among (?:(?i:the|those) )?)(?P<_q2>{num_no_article})(?-u:\b)")
        found = found.with_columns(among.alias("_t")).unnest("_t")
        lead = pl.col("_lead").str.len_chars().fill_null(0)
        found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                   q=pl.coalesce("_q2", "q")).drop("_lead", "_q2")
        # "Two of the four workers kidnapped last week have been found dead": the share before the count is
        # the toll (not "Three of the 10 people killed were children": a bare participle, the whole killed)
        share_before = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
            rf"(?:^|[^\p{{L}}\d])((?i:{num_no_article})) of (?i:the|those|these) $", 1)
        found = found.with_columns(q=pl.when(share_before.is_not_null() & pl.col("m").str.contains(
            r" (?:were|are|was|is|have been|has been|had been)(?: \S+){0,3}$")).then(share_before).otherwise("q"))
        # "shot 10 girls, five of whom died", "wounding 30 people, four of them fatally ... died": the dead are
        # the share; of those shot or stabbed, the rest survived wounded
        share = pl.col("m").str.extract_groups(
            rf"^(?P<_lead>.*?, )(?P<_share>\S+(?: \S+)?) of (?:whom|them)(?: later| subsequently)?{be} {passive}$")
        found = found.with_columns(share.alias("_sh")).unnest("_sh")
        found = parse_quantity(found, "_share", "_share", reference)
        shared = found.filter(pl.col("_share_min").is_not_null() | pl.col("_share_max").is_not_null())
        if kind == "killed":
            shot = parse_quantity(shared, "q", "_all", reference).filter(pl.col("text").str.slice(
                0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:shot|shoots|shooting|stabbed|stabs|stabbing) $)"))
            out.append(shot.select(
                "article_id", "sentence_index", pl.lit("wounded").alias("kind"),
                (pl.col("_all_min") - pl.col("_share_max")).alias("n_min"),
                (pl.col("_all_max") - pl.col("_share_max")).alias("n_max"),
                pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), backward=pl.lit(False),
                other=pl.lit(False)))
        lead = pl.col("_lead").str.len_chars().fill_null(0)
        found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                   q=pl.coalesce("_share", "q"), _shared=lead > 0).drop(
            "_lead", "_share", "_share_min", "_share_max")
    return found


def _subject_filters(found: pl.DataFrame, pattern: str, kp: _KindPatterns, p: _Shared) -> pl.DataFrame:
    """The checks of a count before its verb: its own bomb, an object or an age, another's death, an "a" across a clause."""
    num, quoted, be = p.num, p.quoted, p.be
    kind, passive, chained, verb, parts, after_article, before, active_parts, bodies = kp.kind, kp.passive, kp.chained, kp.verb, kp.parts, kp.after_article, kp.before, kp.active_parts, kp.bodies
    if pattern not in (before, active_parts, bodies):
        after_verb = pl.col("text").str.slice(pl.col("m_end"), 25)
        before_number = pl.col("text").str.slice(0, pl.col("m_start"))
        found = found.filter(
            # ("the three attackers were the only dead", "a man is killed by his own bomb", "dies when his
            # own bomb goes off": only the attacker died)
            ~pl.col("m").str.contains(r"(?i:attacker|bomber|gunm[ae]n|assailant|shooter|perpetrator|hijacker"
                                      r"|suspect|militant)s? (?:is|was|were|are) the only(?-u:\b)"
                                      r"|^(?i:no|none|nobody|no one)(?: one)? (?:else|but|except|other than|apart from|besides)(?-u:\b)"),
            # ("are killed near X when a roadside bomb they are burying goes off": a place or a time between)
            ~pl.col("text").str.slice(pl.col("m_end"), 120).str.contains(
                r"^(?: [^\s,;.]+){0,6}?,? (?:by|when|as|after) (?:(?:his|her|their) own (?:[\p{L}\-]+ )?(?:bomb|explosive|device|grenade|vest"
                r"|belt|mine|rocket)s?|(?:the|an?) (?:[\p{L}\-]+ ){0,2}(?:bomb|explosives?|device|grenade|mine)s? (?:he|she|they)"
                r" (?:was|were|had been|is|are) (?:carrying|planting|making|building|handling|assembling|setting|burying"
                r"|laying|placing|preparing|transporting))(?-u:\b)"),
            # ("..., but the only person killed was the man carrying the bomb": a count before it is another
            # clause's, and the one killed is told after it)
            ~pl.col("m").str.contains(r"(?i:the only (?:\S+ )?(?:person|one|people|man|woman|victim|fatality"
                                      r"|casualty|death)s? (?:killed|dead|who died|to die)$)"),
            # "The bomber was the only one killed": the attacker's death is no toll
            ~before_number.str.contains(r"(?i:attacker|bomber|gunman|assailant|shooter|perpetrator|hijacker"
                                        r"|suspect)s? (?:is|was|were|are) the only $"),
            # "kills 49 people and wounds 53 ... before being shot dead": 53 is the object of "wounds"
            # (and "X, a judge who had presided over several trials, is stabbed to death": the object of a
            # preposition is no subject)
            ~before_number.str.contains(
                r"(?:(?i:(?:kill|wound|injur|hurt)[a-z]*)|(?-u:\b)(?:over|in|on|at|into|against|about|than|from)) $"),
            # ("X, who had defended several leaders in land disputes, is shot dead": the object of a relative
            # clause is no subject)
            # ("in which police say six civilians were killed": a report of the toll is no object)
            ~before_number.str.contains(r"(?-u:\b)(?:who|whom|which)(?: [\p{Ll}\-]+){1,3} $")
            | before_number.str.contains(r"(?-u:\b)(?:say|says|said|report|reports|reported|confirm|confirms|confirmed) $"),
            # ("a son of the slain governor", "the widow of a murdered activist": a word of the noun phrase
            # after an article is no verb of the dead)
            ~pl.col("m").str.contains(r"(?-u:\b)(?i:the|an?|his|her|their|its) (?:slain|murdered|assassinated|killed|dead"
                                      r"|massacred|beheaded|lynched)$"),
            # "Journalist X, 29, was shot dead": an age
            ~(pl.col("m").str.contains(r"^\d{1,3},") & before_number.str.contains(r"\p{L}, $")),
            # "a reporter for Channel 4 television, is found shot dead": a figure inside a name
            ~(pl.col("m").str.contains(r"^\d{1,2} \p{Ll}") & before_number.str.contains(
                r"[^.;:!?\s] \p{Lu}[\p{Ll}\-]+ $") & ~before_number.str.contains(_NAME_BEFORE_COUNT)
              # ("In Kabul 5 soldiers were killed": a place that opens the sentence)
              & ~before_number.str.contains(r"^(?:\S+ )?\p{Lu}[\p{Ll}\-]+ $")),
            # ("medallist Denis Ten is stabbed to death": a capitalised number word right after a name in running text is
            # part of the name)
            ~(pl.col("q").str.contains(r"^\p{Lu}\p{Ll}+$") & ~pl.col("q").str.to_lowercase().is_in(["an", "another"])
              & before_number.str.contains(r"\p{Ll}[\p{L}\-]* \p{Lu}[\p{Ll}\-]+ $")
              & ~before_number.str.contains(_NAME_BEFORE_COUNT)),
            # "... two others before a sniper shot him dead", "... before being shot dead": another's death
            ~(pl.col("m").str.contains(r"(?-u:\b)(?:(?:him|her|them) dead$|(?:before|after|while|until) )")
              & ~pl.col("m").str.contains(r" of (?:them|us|those) dead$")),
            # a date ("September 10, leader X was assassinated"), a model ("an AR-15 ... gunned down") or a
            # span of time ("10 months after X was assassinated") is no count of people
            ~before_number.str.contains(r"(?:(?:January|February|March|April|May|June|July|August|September"
                                        r"|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.? |\p{L}-)$"),
            # ("A second protester was shot dead": an ordinal after "a", no span of time)
            ~pl.col("m").str.slice(pl.col("q").str.len_chars()).str.contains(
                r"^ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:[ ,;]|$)")
            | (pl.col("q").str.contains(r"^(?i:an?)$") & pl.col("m").str.slice(pl.col("q").str.len_chars()).str.contains(
                r"^ second (?:[\p{L}\-]+ )*?(?:(?:is|was|has been|had been) |(?:later |also |then |subsequently )?(?:died|dies|succumbed)(?-u:\b))")),
            # "to be lynched", "could be killed": no death told ("people believed to be militants are
            # killed" has a verb of its own after "be")
            ~pl.col("m").str.contains(
                r"(?i:(?-u:\b)(?:could|would|will|may|might|to|can|cannot|should|must|n't)(?: \S+)? be(?: \S+){1,4}$)")
            | pl.col("m").str.contains(r" to be (?:\S+ ){1,3}(?:are|were|is|was|have been|has been|had been) \S+"))
        if kind == "killed":
            # "300 people were killed or injured": no count of the dead ("No one was killed or injured" is)
            none = pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"])
            found = found.filter(none | ~(pl.col("m").str.contains(r"(?:killed|dead)$") & after_verb.str.contains(
                r"^ or (?:injured|wounded|hurt)(?-u:\b)")), none | ~pl.col("m").str.contains(
                r"(?:injured|wounded|hurt) or (?:killed|dead)$"))
        if kind == "wounded":
            # "thousands have been killed and wounded": the wounded are not counted apart; "fatally wounded"
            # are dead
            found = found.filter(~pl.col("m").str.contains(
                r"(?:(?:killed|dead|died|murdered),? and(?: then| later| subsequently)?|fatally|mortally)"
                r" (?:wounded|injured|hurt)$"))
            # ... nor "killed or wounded" ("No one was killed or injured" is none of either)
            found = found.filter(pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"])
                                 | ~pl.col("m").str.contains(r"(?:killed|dead|died|murdered) or (?:wounded|injured|hurt)$"))
        # "Two bombs killed 42 people": an active verb, the number after it is the toll;
        # "42 people and wounded 65": the verb belongs to another subject
        found = found.filter(~after_verb.str.contains(rf"^ {quoted}(?:{num})(?-u:\b)"),
                             ~(pl.col("m").str.contains(rf" and{be} {passive}$")
                               & ~pl.col("m").str.contains(rf"{chained}$")))
        # "Four attackers murdered the village chief", "Two gunmen killed Judge X": a bare verb with an object
        # is active, its subject no toll (not "Two soldiers killed Monday in ...", a headline's passive)
        bare_verb = pl.col("m").str.contains(r"(?-u:\b)(?:killed|murdered|slain|assassinated|beheaded|lynched"
                                             r"|gunned down|shot dead)$") & ~pl.col("m").str.contains(
            r"(?-u:\b)(?:were|are|was|is|been|being|be)(?: \S+){1,3}$")
        # ("Two men on a motorcycle shoot dead a judge": a present active verb, its subject the killers)
        found = found.filter(~pl.col("m").str.contains(r"(?-u:\b)(?:shoot|shoots|gun|guns) (?:dead|down)$"))
        found = found.filter(~(bare_verb & after_verb.str.contains(
            r"^ (?:(?i:the|his|her|their|its|him|them|himself|herself|themselves)(?-u:\b)|\p{Lu}\p{Ll}*(?: \p{Lu}|,? (?:a|an|the)"
            r" )|\p{Lu}[\p{L}\-]+ \p{Lu})")
            & ~after_verb.str.contains(r"^ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                                       r"|February|March|April|May|June|July|August|September|October|November"
                                       r"|December)(?-u:\b)")))
        # ("Two gunmen shot dead peasant leader X Y": the killers before a named victim told with a lower-case title)
        found = found.filter(~(bare_verb & pl.col("m").str.contains(
            r"(?i:gunm[ae]n|attackers|assailants|hitmen|killers) (?:killed|murdered|assassinated|gunned down|shot dead)$")
            & pl.col("text").str.slice(pl.col("m_end"), 60).str.contains(
            r"^ (?:[\p{Ll}\-]+ ){1,3}\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")
            & ~pl.col("text").str.slice(pl.col("m_end"), 60).str.contains(
            r"^ (?:in|on|at|near|by|after|outside|inside|during|while|when|as|last|early|late|from|since|overnight"
            r"|yesterday|today)(?-u:\b)")))
    # "a"/"an" is a count only next to its noun phrase ("a policeman was killed", "a U.S. civilian contractor
    # was killed"), not across a clause ("an Israeli couple are murdered": the couple is the count; "a bomb
    # exploded near a school where three children died")
    words = pl.col("m").str.slice(pl.col("q").str.len_chars()).str.replace(rf"{verb}$", "").str.replace_all(
        _TOLL_ASIDE, "").str.replace_all(_DASH_ASIDE, "").str.replace(rf"{_SUBJECT_PARTICIPLE} .*$", "").str.replace(
        rf"{_IN_A_SPAN}$", "")
    noun_words = words.str.replace_all(rf"(?i: and (?:{num}|their|his|her|the))(?-u:\b)", "") if pattern == parts else words
    found = found.filter(
        (pattern in (before, active_parts)) | ~pl.col("q").str.to_lowercase().is_in(["a", "an", "another"]) | (
            # (an "of" phrase is part of the noun: "an additional superintendent of police")
            ((noun_words.str.replace(r" of (?:the )?(?:\p{Lu}\S*(?: (?:of |for |and )?(?:the )?\p{Lu}\S*)+|\S+)", "")
              if pattern == after_article else noun_words)
             .str.count_matches(r" \p{Ll}") <= 3)
            & ~noun_words.str.contains(_NOT_A_NOUN_PHRASE)),
        # "... bombed in central Iraq and a muezzin is killed": the toll of the second subject
        (pattern in (parts, active_parts)) | ~words.str.contains(rf"(?i:(?-u:\b)and (?:{num}))(?-u:\b)"))
    return found


def _count(found: pl.DataFrame, pattern: str, kp: _KindPatterns, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The count read: "another", a range, "and of their driver", "nine other people"."""
    num, num_no_article, quoted = p.num, p.num_no_article, p.quoted
    kind, before, bodies = kp.kind, kp.before, kp.bodies
    found = parse_quantity(found, "q", "n", reference)
    if pattern == bodies:
        # ("the bodies of three brothers kidnapped in March, and of their driver, were found": one more)
        and_of = pl.col("text").str.slice(pl.col("m_end"), 160).str.contains(
            r"^[^;.]{0,120}?,? and of (?:their|his|her|the|an?) (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]*[^s\W],")
        found = found.with_columns([pl.when(and_of).then(pl.col(c) + 1).otherwise(pl.col(c)).alias(c)
                                    for c in ("n_min", "n_max")])
    # ("another soldier was seriously wounded": one more)
    found = found.with_columns([pl.when(pl.col("q").str.to_lowercase() == "another").then(pl.lit(1, pl.Int32))
                                .otherwise(pl.col(c)).alias(c) for c in ("n_min", "n_max")])
    # "Between 60 and 80 people were killed": the range's low end is the minimum
    low = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(rf"(?i:between) ({num_no_article}) and $", 1)
    found = parse_quantity(found.with_columns(_low=low), "_low", "_low", reference).with_columns(
        n_min=pl.coalesce("_low_min", "n_min")).drop("_low", "_low_min", "_low_max")
    if pattern == before:
        # "killing between nine and 20 people": the low end the least, the high end the most
        ranged = pl.col("m").str.slice(0, pl.col("m").str.len_chars() - pl.col("q").str.len_chars()).str.contains(
            r" (?i:between) [\"“”]?$")
        high = pl.when(ranged).then(pl.col("text").str.slice(
            pl.col("m_end")).str.extract(rf"^ and ({num_no_article})(?-u:\b)", 1))
        found = parse_quantity(found.with_columns(_high=high), "_high", "_high", reference).with_columns(
            n_max=pl.when(pl.col("_high").is_not_null()).then("_high_max").otherwise("n_max")).filter(
            pl.col("_high").is_not_null() | ~ranged).drop(
            "_high", "_high_min", "_high_max")
    # "at least nine other people": the one named before is dead too
    other = (pl.col("text").str.slice(pl.col("m_end"), 7).str.contains(r"^ other(?-u:\b)")
             | pl.col("m").str.contains(rf"^{quoted}(?:{num}){quoted} other(?-u:\b)"))
    if kind == "killed":
        # ("two bombers blow themselves up ..., killing five other people": the others are other than the
        # attackers, whose own death is no part of the toll)
        other = other & ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            r"(?i:(?-u:\b)(?:blow|blows|blew|blowing|blown) (?:himself|herself|themselves) up(?-u:\b)[^;]{0,160}$)")
    if kind == "wounded":
        # "killed a guard and wounded two other people": the others are other than the dead
        other = other & ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            r"(?i:(?-u:\b)(?:kill|dead|died|dies?(?-u:\b)|slain|shot dead|to death))")
    found = found.with_columns([pl.when(other).then(pl.col(c) + 1).otherwise(pl.col(c)).alias(c)
                                for c in ("n_min", "n_max")] + [other.alias("other")])
    return found


def _parts_summed(found: pl.DataFrame, pattern: str, kp: _KindPatterns, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The parts of a list after an active verb or of a subject joined by "and" summed."""
    num = p.num
    parts, active_parts = kp.parts, kp.active_parts
    if pattern == active_parts:
        # "raised the toll to 57 dead, ..., and 119 wounded": the first part is a whole toll, the second
        # another kind
        found = found.filter(
            ~pl.col("plist").str.contains(r"(?-u:\b)(?:dead|killed|died|wounded|injured|hurt)(?-u:\b)"),
            ~pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
                r"^(?: [\p{L}\-]+){0,3} (?:were |are )?(?:wounded|injured|hurt)(?-u:\b)")
            | pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(r"^,? and (?:wounded|injured|hurt)(?-u:\b)")
            # ("killed four policemen ... outside a bank in Benghazi and wounded 12 others": a verb and its count)
            | pl.col("text").str.slice(pl.col("m_end"), 60).str.contains(
                r"^(?: [\p{L}\-]+){0,3},? and (?:wounded|injured|hurt) (?:\d|(?i:at least|more than|dozens|scores"
                r"|several|many|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)(?-u:\b))"))
        # (the attacker's own death in a later act is told apart from the toll: "..., then kills his mother and
        # himself")
        later = pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:then|later|subsequently) $)")
        found = found.with_columns(plist=pl.when(later).then(pl.col("plist").str.replace(
            r"(?:,? and|,) (?i:himself|herself|themselves)(?-u:\b)", "").str.replace(
            r"^(?i:himself|herself|themselves),? and ", "")).otherwise("plist"))
        # ("killing himself and wounding three" counts no one)
        found = sum_parts(found.drop("n_min", "n_max"), "plist", "n", num, reference).filter(
            (pl.col("n_min") > 0) | (pl.col("n_max") > 0))
    if pattern == parts:
        # the parts are nouns: "two militants are killed and 5 wounded" is not 7 wounded
        found = found.filter(~pl.col("rest").str.contains(
            r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|die|dies|wounded|injured|hurt)(?-u:\b)"),
            ~_ends_in_a_verb(pl.col("rest").str.replace(rf" and (?:{num}|(?i:their|his|her|the))$", "")))
        # ("a warning call allowed police to clear the area and nobody is hurt": no parts of a toll)
        found = found.filter(~pl.col("rest").str.contains(r" and (?i:no|nobody|none|no one|no-one)$"))
        # "... and their interpreter" is one, "... and their families" none
        after_rest = pl.col("m").str.slice(pl.col("q").str.len_chars() + pl.col("rest").str.len_chars())
        possessed_one = pl.col("rest").str.contains(r" (?i:their|his|her)$") & ~after_rest.str.contains(
            r"^(?: \S+){0,2} (?:\S+[^s\W]s|children|people|men|women|police|staff|family|crew|relatives)(?-u:\b)")
        # ("Two soldiers and the 13-year-old son of a commander were killed": "the" and one of someone's
        # people is one; "and the attackers", "and the gunman" no part of it)
        the_one = pl.col("rest").str.contains(r" (?i:the)$") & after_rest.str.contains(
            rf"^(?: (?:[\p{{Ll}}\-]+|\d+-(?:year|month|week)-old)){{0,2}}? (?:{_KIN}|{_VICTIM_TITLE})"
            r"(?: (?:of|to|in|for) [^,;]{1,60}?)?,?(?: (?:were|are|was|is|have|has|had|also|all|reportedly))")
        second = found.with_columns(q2=pl.coalesce(pl.col("rest").str.extract(rf" and ({num})$", 1),
                                                   pl.when(possessed_one | the_one).then(pl.lit("one"))))
        second = parse_quantity(second, "q2", "n2", reference)
        # ("seven policemen and a number of the attackers were killed": "a number of" is no count, the first part stands)
        no_count = pl.col("rest").str.contains(r" and (?i:an?)$") & after_rest.str.contains(r"^ (?:\p{Ll}+ )?number of ")
        second = second.with_columns(n2_min=pl.when(no_count).then(0).otherwise("n2_min"),
                                     n2_max=pl.when(no_count).then(None).otherwise("n2_max"))
        found = second.with_columns(n_min=pl.col("n_min") + pl.col("n2_min"),
                                    n_max=pl.col("n_max") + pl.col("n2_max")).filter(
            pl.col("n_min").is_not_null() | pl.col("n_max").is_not_null() | pl.col("n2_min").is_not_null()
            | pl.col("n2_max").is_not_null())
    return found


def _toll_rows(found: pl.DataFrame, pattern: str, kp: _KindPatterns) -> pl.DataFrame:
    """The toll rows with their flags: backward, other, more, adds, shared, subject."""
    kind, parts, after, after_article, before, active_parts, bodies = kp.kind, kp.parts, kp.after, kp.after_article, kp.before, kp.active_parts, kp.bodies
    # a toll added to one told before: "kills three more", "another 12 were killed" (here or in the sentence
    # before), "kills nine people at two bars, then kills his mother" (the same verb again, in sequence)
    object_first = pattern in (before, active_parts, bodies)
    after_q = (pl.col("text").str.slice(pl.col("m_end"), 6) if pattern == before
               else pl.col("m").str.slice(pl.col("q").str.len_chars(), 6))
    # (or any toll of a sentence that opens "Also," or "In addition,": dev inc-0150 sums it)
    more = pl.col("q").str.contains(r"^(?i:another)(?: |$)") | (
        # ("..., and two more bodies were found on Monday": more dead found)
        pl.lit(pattern in (before, after, parts) or (kind == "killed" and pattern == bodies))
        & after_q.str.contains(r"^ more(?-u:\b)")) | pl.col(
        "text").str.contains(r"^(?:Also|In addition), ")
    then = pl.lit(object_first) & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
        r"(?i:(?-u:\b)(?:then|also|later|subsequently) $)")
    # ("an explosion that also killed nine other people": "other" counts the one before already; "officials
    # later raised the toll to 88" is the whole toll revised)
    # ("some officials later put the dead at 89": a count revised, not more dead)
    then = then & ~pl.col("other") & ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:toll|the dead at|number of)(?-u:\b))")
    found = found.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                         pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                         # "..., killing 11 people": a participle tells the toll of the clause before it
                         backward=pl.lit(pattern in (before, active_parts)) & pl.col("m").str.contains(
                             r"^\p{L}+ing "), other="other", more=more & ~pl.col("other"), adds=(more | then) & ~pl.col("other"),
                         # "three of whom died": a share of those told before, no subject with parts of its own
                         shared=pl.col("_shared") if "_shared" in found.columns else pl.lit(False),
                         subject=pl.lit(pattern in (parts, after, after_article)))
    return found


def _counted_nouns(kp: _KindPatterns, p: _Shared, passive_base: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """One count over two nouns joined by "and": "eight women and children died"."""
    num, num_no_article, be = p.num, p.num_no_article, p.be
    kind, passive = kp.kind, kp.passive
    # "eight women and children died", "Five soldiers and policemen were killed": one count over two nouns joined by
    # "and" (a count or a possessive after "and" is a part of its own, read above)
    # ("dozens of soldiers, policemen and rebels are reported killed": a list of nouns under one count)
    # ("Hundreds of Portuguese settlers and African farm workers are reported killed": a people's name before each noun)
    counted_nouns = (rf"(?-u:\b)(?P<q>{num_no_article})(?: [\p{{Ll}}\-]+| \p{{Lu}}[\p{{Ll}}\-]+){{1,3}}"
                     rf"(?:, [\p{{Ll}}\-]+(?: [\p{{Ll}}\-]+)?){{0,3}},? and(?: \p{{Lu}}[\p{{Ll}}\-]+)?"
                     rf" (?P<second>\p{{Ll}}[\p{{Ll}}\-]*)(?: [\p{{Ll}}\-]+)?{be} {passive}(?-u:\b)")
    nouns = find_matches(passive_base.filter(pl.col("text").str.contains(" and ", literal=True)), counted_nouns, "m")
    nouns = nouns.with_columns(pl.col("m").str.extract_groups(counted_nouns).alias("_g")).unnest("_g").filter(
        ~pl.col("second").is_in([*reference.quantity_words["word"].to_list(), "the", "their", "his", "her", "its"]),
        # ("abducting six students and shooting dead another": a participle after "and" is a verb, no noun)
        ~pl.col("second").str.contains(r"ing$") | pl.col("second").is_in(["offspring", "siblings"]),
        ~pl.col("m").str.contains(r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|wounded|injured|hurt) and "),
        ~pl.col("m").str.contains(rf", (?:{num}|the|their|his|her|its)(?-u:\b)"),
        # ("was shot several times and badly wounded": shots, no people)
        ~pl.col("m").str.contains(r"^\S+ times(?-u:\b)"),
        ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?:kill|wound|injur|hurt)[a-z]*) $"))
    nouns = parse_quantity(nouns, "q", "n", reference)
    return (nouns.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _kind_tolls(base: pl.DataFrame, kind: str, passive: str, active: str, kind_words: list, passive_words: list, p: _Shared,
               reference: Reference) -> tuple[list, list, list]:
    """One kind's pass: subject and object tolls by each pattern, then counted nouns; the rows, the subject tolls, the subject readings."""
    out, subject_tolls, subject_readings = [], [], []
    # only sentences with this kind's words; a case-blind regex also reads the Kelvin sign as k, long s as s
    # (not "executive", and "lives" only as a toll: "claimed 30 lives", "claiming the lives of", "cost 12 lives";
    # "left"/"leaving" are tolls only with "dead", which is a kind word)
    kind_base = base.filter(pl.col("text").str.contains_any([*kind_words, *CASE_ODD], ascii_case_insensitive=True)
                            | (pl.col("text").str.contains_any(["lives"], ascii_case_insensitive=True) & pl.col(
                                "text").str.contains(r"(?i:claim|cost)\S* (?:\S+ ){0,4}lives")))
    kp = _kind_patterns(kind, passive, active, p)
    parts, after, after_article, before, active_parts, bodies = (kp.parts, kp.after, kp.after_article, kp.before,
                                                                    kp.active_parts, kp.bodies)
    taken = []
    # the passive tolls end in one of the (case-sensitive) passive words: a literal scan keeps the rest away
    passive_base = kind_base.filter(pl.col("text").str.contains_any(passive_words))
    patterns = (parts, after, after_article, before, active_parts) + ((bodies,) if kind == "killed" else ())
    for pattern in patterns:
        found = _search(pattern, kp, p, kind_base, passive_base)
        found = _listed_objects(found, pattern, kp, p, reference, out)
        found = _not_a_toll(found, pattern, kp)
        found = _object_filters(found, pattern, kp)
        found = _subject_leads(found, pattern, kp, p, reference, out)
        found = _subject_filters(found, pattern, kp, p)
        found = _count(found, pattern, kp, p, reference)
        found = _parts_summed(found, pattern, kp, p, reference)
        found = _toll_rows(found, pattern, kp)
        # a span already read as parts is not read again as one number
        for earlier in taken if pattern in (after, after_article) else []:
            found = found.join(earlier, on=["article_id", "sentence_index"], how="left").filter(
                pl.col("_s").is_null() | (pl.col("_e") <= pl.col("c_start")) | (pl.col("_s") >= pl.col("c_end"))
                # parts read inside an aside of a longer toll ("Seven aid workers, including three Britons and a
                # Pole, were killed") leave the whole toll standing
                | (pl.col("_s") > pl.col("c_start"))
            ).drop("_s", "_e").unique()
        taken.append(found.select("article_id", "sentence_index", pl.col("c_start").alias("_s"),
                                  pl.col("c_end").alias("_e")))
        out.append(found)
        # ("A rebel commander was killed together with three of his fighters": "along with" adds to a "a" too)
        if kind == "killed" and pattern in (parts, after, after_article):
            subject_tolls.append(found)
        if pattern in (parts, after, after_article):
            # "X and two other people were killed": the one before is counted already
            # (not a toll of "more": "..., and two more died on Tuesday" lists nothing before it)
            # ("King X, Queen Y and seven other members of the family": two or more before "other", see below)
            subject_readings.append(found.filter(~pl.col("shared"), ~pl.col("more")).select(
                "article_id", "sentence_index", "kind", "n_min", "n_max", "c_start", "c_end", "other"))
    out.append(_counted_nouns(kp, p, passive_base, reference))
    return out, subject_tolls, subject_readings


def _along_with(base: pl.DataFrame, subject_tolls: list, p: _Shared, reference: Reference) -> list:
    """Parts joined by "along with" added to the toll before them or to the subject they stand in."""
    num, num_no_article, be, part = p.num, p.num_no_article, p.be, p.part
    rows = []
    # "Three soldiers were killed when ..., along with a policeman and three schoolgirls": the parts joined by
    # "along with" are added to the toll before them
    along = rf"(?-u:\b)(?:along|together) with (?P<plist>{part}(?:, {part}){{0,3}}(?:,? and {part})?)(?-u:\b)"
    joined = find_matches(base.filter(pl.col("text").str.contains_any(["along with", "together with"])), along, "m")
    joined = joined.with_columns(pl.col("m").str.extract_groups(along).alias("_g")).unnest("_g")
    # ("along with a policeman, the army said": a reporting clause is no part)
    joined = joined.with_columns(pl.col("plist").str.replace(_REPORTING_END, ""))
    # (not the attackers told apart: "four soldiers and a civilian were killed, along with 109 of the insurgents")
    joined = joined.filter(~pl.col("plist").str.contains(
        rf"^(?:{num}) (?:of (?:the|its|their) )?(?:[\p{{Ll}}\-]+ )?(?:attackers?|gunm[ae]n|assailants?|militants?|insurgents?"
        r"|jihadists?|terrorists?|bombers?|hijackers?|fighters)$"))
    joined = sum_parts(joined, "plist", "_add", num, reference).filter(pl.col("_add_min").is_not_null())
    # ... or to the subject it stands in ("Thirty troops, most of them SEALs, along with seven commandos, were killed")
    in_subject = joined.filter(pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
        rf"^,?{be} (?:killed|dead|died|slain)(?-u:\b)"))
    head = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
        rf"(?-u:\b)({num_no_article})(?: [^,;\d]+)(?:, [^,;\d]+)?, $", 1)
    in_subject = parse_quantity(in_subject.with_columns(_head=head), "_head", "_h", reference).filter(
        pl.col("_h_min").is_not_null() | pl.col("_h_max").is_not_null()).select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"),
        (pl.col("_h_min") + pl.col("_add_min")).alias("n_min"), (pl.col("_h_max") + pl.col("_add_max")).alias("n_max"),
        (pl.col("m_start") - pl.col("_head").str.len_chars()).alias("c_start"), pl.col("m_end").alias("c_end"))
    rows.append(in_subject)
    added = pl.concat(subject_tolls).join(joined.select(
        "article_id", "sentence_index", "m_start", "m_end", "_add_min", "_add_max"), on=["article_id", "sentence_index"]).filter(
        pl.col("c_start") < pl.col("m_start")).sort("m_start", "c_start").unique(
        ["article_id", "sentence_index", "m_start"], keep="last").select(
        "article_id", "sentence_index", "kind", (pl.col("n_min") + pl.col("_add_min")).alias("n_min"),
        (pl.col("n_max") + pl.col("_add_max")).alias("n_max"), "c_start", pl.max_horizontal("c_end", "m_end").alias("c_end"))
    rows.append(added)
    return rows


def _listed_before(base: pl.DataFrame, subject_readings: list, p: _Shared, reference: Reference) -> pl.DataFrame:
    """Parts listed before a subject toll added to it: "Three soldiers, two policemen and a civilian were killed"."""
    num = p.num
    # "Three soldiers, two policemen and a civilian were killed", "Journalist X, his cameraman and their driver
    # were killed": the parts listed before a subject toll are added to it
    readings = pl.concat(subject_readings)
    listed_before = pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
        r"((?:[^,;:()]{1,60}, ){0,4}[^,;:()]{1,100}(?:, |,? and )(?:their |his |her )?)$", 1).str.replace(
        r",? (?:and )?(?:their |his |her )?$", "").str.replace(
        # (not across the word that opens its clause: "..., while army chief X and a general were killed")
        # (nor a reporting clause: "Houthi officials said their prime minister and several of his ministers were killed")
        r"^.*(?-u:\b)(?:while|whereas|where|when|after|before|as|but|though|although|because|said|says|say|told"
        r"|reported|confirmed|announced) ", "").str.replace(
        # (nor a dateline: "KATHMANDU — King X, Queen Y and seven other members ...", "LODWAR, Kenya — Eight police
        # officers, a chief and two civilians ..."; nor any clause before a dash)
        r"^.*[—–] ", "").str.strip_chars_start()
    readings = readings.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"])
    # not an apposition: "Ten people, eight soldiers and two contractors, were killed", "X, one of the group's
    # commanders, was killed"
    apposition = pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start")).str.contains(", ") | (
        pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)+, $"))
    # (nor a zero: "... clear the area and nobody is hurt" lists no one before it)
    readings = readings.filter(~apposition, pl.col("n_max").fill_null(1) > 0)
    # (not a toll of the other kind: "left nine people dead and 22 injured")
    readings = sum_parts(readings.with_columns(_before=listed_before).filter(pl.col("_before").is_not_null(), ~pl.col(
        "_before").str.contains(r"(?-u:\b)(?:dead|killed|died|dies|die|wounded|injured|hurt)(?-u:\b)")),
                         "_before", "_b", num, reference, from_end=True).filter(
        # (a toll of "other" people counts one told before already: a list of two or more adds the rest)
        pl.col("_b_min") > pl.col("other").cast(pl.Int32))
    return (readings.select(
        "article_id", "sentence_index", "kind", (pl.col("n_min") + pl.col("_b_min") - pl.col("other").cast(pl.Int32)).alias("n_min"),
        (pl.col("n_max") + pl.col("_b_max") - pl.col("other").cast(pl.Int32)).alias("n_max"),
        (pl.col("c_start") - pl.col("_before").str.len_chars()).alias("c_start"), "c_end", subject=pl.lit(True)))


def _possessed_companions(base: pl.DataFrame) -> pl.DataFrame:
    """One or more possessed companions dead or hurt: "X is injured and his driver killed"."""
    # "X is injured and his driver killed", "X escapes unhurt but his bodyguard is shot dead": one possessed companion
    # dead, the subject of its own (or an elided) passive verb
    # ... or hurt: "His wife, who was travelling with him, was injured"
    # ("His security officer and his driver also died": each possessed companion one)
    _MORE_KIN = rf"(?:,|,? and) (?:(?:his|her|their) (?:[\p{{L}}\-]+ ){{0,2}}?)?(?:{_KIN}|officer)(?-u:\b)"
    # ("...; the station's guard is also killed": a possessor by name or description too)
    kin_dead = (rf"(?:^|, |; |(?-u:\b)(?:and|but|while|whereas) )(?:(?i:his|her|their|its)|(?i:the) [\p{{L}}\-]+['’]s)"
                rf" (?:[\p{{L}}\-]+ ){{0,2}}?(?:{_KIN}|officer|{_LONE_PERSON})"
                # ("her father and brother were badly wounded": the possessive shared)
                rf"(?P<more>{_MORE_KIN}){{0,3}}"
                r"(?:, (?:who|whom|which) [^,;]{2,80},)?(?: (?:is|was|has been|had been|were|are|have been))?(?: (?:also|later|reportedly|\p{Ll}+ly))?"
                r" (?P<verb>killed|shot dead|dead|died|dies|wounded|injured|hurt|(?:shot|stabbed|hit) and (?:later )?(?:dies|died)"
                # ("her husband is shot in the leg": hurt)
                r"|(?:shot|stabbed) in the (?:legs?|arms?|foot|feet|hands?|shoulder|knees?|thigh|back|stomach|abdomen"
                r"|chest|neck|head|face))(?-u:\b)")
    kin = find_matches(base.filter(pl.col("text").str.contains_any(["his ", "her ", "their ", "its ", "'s ", "’s "],
                                                                   ascii_case_insensitive=True)),
                       kin_dead, "m")
    kin_count = (1 + pl.col("m").str.count_matches(_MORE_KIN)).cast(pl.Int32)
    # (one shot in the body who died after is read as dead elsewhere)
    kin = kin.filter(~(pl.col("m").str.contains(r" in the \S+$") & pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
        r"^[^;.]*?(?-u:\b)(?:died|dies|dead|succumbed|killed)(?-u:\b)")))
    return (kin.select("article_id", "sentence_index", pl.when(pl.col("m").str.extract(kin_dead, 2).is_in(
        ["wounded", "injured", "hurt"]) | pl.col("m").str.contains(r" in the \S+$")).then(pl.lit("wounded")).otherwise(
        pl.lit("killed")).alias("kind"),
                      kin_count.alias("n_min"), kin_count.alias("n_max"),
                      pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                      # ("X is shot dead; his assistant is also killed": a clause of its own adds, see
                      # _second_clause_adds)
                      subject=pl.col("m").str.starts_with("; ") & pl.col("m").str.contains(" also ", literal=True)))


def _also_one(base: pl.DataFrame) -> pl.DataFrame:
    """One more told by an "also" clause with a long subject: "a young woman standing next to him is also killed"."""
    # "X is shot dead ...; a young woman standing next to him is also killed": one more, told by a clause of its own
    # with a long subject (the short ones are read above: "a policeman was also killed")
    # ("X, walking with him, is also shot and dies in hospital", "The driver who had brought him also died": a name
    # and its description, "the" before a death told without a verb of being)
    also_one = (r"(?:^|; |, (?:and|while) )(?:(?:(?i:an?|one|another)) (?:[^\s,;:.\d]+ ){1,9}?(?:is|was|were|are|has been"
                r"|had been) also (?P<verb>killed|shot dead|dead|died|dies|wounded|injured|hurt|(?:shot|stabbed|hit|wounded"
                r"|injured) and (?:later )?(?:dies|died))"
                r"|(?:(?i:an?|one|another|the)) (?:[^\s,;:.\d]+ ){1,9}?also (?:died|dies)"
                # ("A clerk travelling with him, Maria Lopez, also died": the subject named in an aside)
                r"|(?:(?i:an?|one|another|the|his|her)) (?:[^\s,;:.\d]+ ){1,6}?(?:[^\s,;:.\d]+), \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2},"
                r" also (?:died|dies)"
                # ("...; Y, who was with him, was also killed", "; his friend Y was also shot dead": one named more)
                r"|(?:(?i:his|her) (?:\p{Ll}[\p{L}\-]* ){1,2})?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}(?:, [^;]{1,90}?,)?"
                r" (?:(?:is|was|has been|had been) also (?:killed|shot dead|murdered|slain|dead)|also (?:died|dies))"
                r"|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}, [^;]{1,90}?, (?:is|was) also (?:shot|stabbed|hit|wounded|injured)"
                r" and (?:later )?(?:dies|died))(?-u:\b)")
    also = find_matches(base.filter(pl.col("text").str.contains(" also ", literal=True)), also_one, "m").filter(
        # (not the doers: "The bomber also died")
        ~pl.col("m").str.contains(_THE_ATTACKERS), ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:suicide|militants?|the rest"
                                                                               r"|the others?)(?-u:\b))"))
    return (also.select("article_id", "sentence_index", pl.when(pl.col("m").str.extract(also_one, 1).is_in(
        ["wounded", "injured", "hurt"])).then(pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"),
                       pl.lit(1, pl.Int32).alias("n_min"), pl.lit(1, pl.Int32).alias("n_max"),
                       (pl.col("m_start") + pl.col("m").str.len_chars() - pl.col("m").str.replace(r"^(?:; |, \S+ )", "").str.len_chars()).alias("c_start"),
                       pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _chain(base: pl.DataFrame) -> pl.DataFrame:
    """One described person and possessed companions: "A British tourist, his wife and their guide are shot dead"."""
    # "A British tourist, his wife and their guide are shot dead": one described person and possessed companions
    chain = (rf"(?:^|, |; |(?-u:\b)(?:and|but|while|when) )(?i:an?|one) (?:[\p{{L}}\-]+ ){{0,2}}?[\p{{L}}\-]+"
             rf"(?P<kin>(?:, (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})*,? and (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})"
             rf"(?: (?:were|are|was|is|have been|has been|had been))(?: (?:all|also|reportedly|\p{{Ll}}+ly))?"
             r" (?:killed|shot dead|dead|died|murdered|stabbed to death|beaten to death|hacked to death|slain)(?-u:\b)")
    chained = find_matches(base.filter(pl.col("text").str.contains_any([" his ", " her ", " their "])), chain, "m")
    # ("an Israeli couple and their infant son": the couple is two)
    head = pl.when(pl.col("m").str.contains(r"^(?:\S+ )?(?i:an?|one) (?:[\p{L}\-]+ ){0,2}?couple,? and ")).then(2).otherwise(1)
    chain_count = (head + pl.col("m").str.extract(chain, 1).str.count_matches(r"(?:,|and) (?:his|her|their) ")).cast(pl.Int32)
    return (chained.select("article_id", "sentence_index", pl.lit("killed").alias("kind"),
                          chain_count.alias("n_min"), chain_count.alias("n_max"),
                          pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _same_attack(base: pl.DataFrame) -> pl.DataFrame:
    """One more dead hit "in the same attack"."""
    # "Gunmen kill the mayor ...; a municipal official hit in the same attack dies on Wednesday": one more dead
    same_attack = find_matches(base.filter(pl.col("text").str.contains_any(["in the same attack", "in the same shooting",
                                                                             "in the same blast", "in the attack"])),
                               _SAME_ATTACK_DIES, "m")
    return (same_attack.select("article_id", "sentence_index", pl.lit("killed").alias("kind"),
                              pl.lit(1, pl.Int32).alias("n_min"), pl.lit(1, pl.Int32).alias("n_max"),
                              pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                              more=pl.lit(True), adds=pl.lit(True)))


def _bodies_listed(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The parts of the dead found summed: "the bodies of 58 men and 14 women"."""
    num = p.num
    # "the bodies of 58 men and 14 women, most of them migrants, at a ranch": the parts of the dead found are summed
    found_dead = r"(?:bodies|corpses|remains) of (?P<blist>[^;:.]{3,160})"
    bodies = find_matches(base.filter(pl.col("text").str.contains_any(["bodies of", "corpses of", "remains of"])),
                          found_dead, "m").with_columns(pl.col("m").str.extract(found_dead, 1).str.replace(
                              _COMPANION_END, "").str.strip_chars(" ,").alias("blist")).filter(
        pl.col("blist").str.contains(" and ", literal=True))
    bodies = sum_parts(bodies, "blist", "n", num, reference).filter(pl.col("n_min") > 0)
    return (bodies.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                         pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))


def _the_dead_included(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The dead told by their parts: "Among the dead were three soldiers and two civilians"."""
    num = p.num
    # "Among the dead were three soldiers and two civilians", "The dead included four soldiers and a journalist": the
    # dead told by their parts (a total told too is larger and wins)
    the_dead = (r"(?i:(?:among )?the (?:dead|fatalities) (?:were|was|are|is|included|include|includes)"
                r"|(?:among )?(?:those|the people) killed (?:were|was|are|is|included|include|includes)) (?P<dlist>[^;:.]{3,160})")
    dead = find_matches(base.filter(pl.col("text").str.contains_any(["the dead", "fatalities", "those killed"],
                                                                    ascii_case_insensitive=True)), the_dead, "m")
    dead = sum_parts(dead.with_columns(pl.col("m").str.extract(the_dead, 1).str.replace(_COMPANION_END, "").str.strip_chars(
        " ,").alias("dlist")), "dlist", "n", num, reference).filter(pl.col("n_min") > 0)
    return (dead.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                       pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))


def _lined_up(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The dead of an execution counted before their verb: "lines six of them against a wall and shoots them dead"."""
    # ("lined up 12 villagers outside the mosque and shot them")
    lined = (rf"(?-u:\b)(?:line|lines|lined|lining) (?:up )?(?P<q>{p.num_no_article})(?: [\p{{L}}\-'’]+){{0,4}}?"
             r" (?:up|against|outside|in)(?: [^;:.]{0,60}?)? and (?:then )?(?:shot|shoots?|shooting|execut\S*|gunned down"
             r"|guns? down|gunning down|machine-gun\S*|kill\S*|mow\S* down) them(?-u:\b)")
    found = find_matches(base.filter(pl.col("text").str.contains_any(["line", "lining"])), lined, "m")
    found = parse_quantity(found.with_columns(q=pl.col("m").str.extract(lined, 1)), "q", "n", reference).filter(
        pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.col("n_min").cast(pl.Int32),
                        pl.col("n_max").cast(pl.Int32), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))


def _throats(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The dead by a cut throat: "slit the throats of three shepherds"."""
    num_no_article = p.num_no_article
    # "cut the throat of the priest", "slit the throats of three shepherds": the dead, one unless counted
    throat = (rf"(?-u:\b)(?i:cut|cuts|cutting|slit|slits|slitting) the throats? of (?P<q>{num_no_article}|the|an?|his|her"
              r"|\p{Lu})(?-u:\b)")
    throats = find_matches(base.filter(pl.col("text").str.contains("throat", literal=True)), throat, "m").with_columns(
        pl.col("m").str.extract(throat, 1).alias("q"))
    throats = parse_quantity(throats, "q", "n", reference).with_columns(
        # ("the throats of the hostages": no count)
        [pl.col(c).fill_null(pl.when(pl.col("q").str.contains(r"^(?:\p{Lu}|the|an?|his|her)$")
                                     & pl.col("m").str.contains("throat of", literal=True)).then(pl.lit(1, pl.Int32)))
         .cast(pl.Int32).alias(c) for c in ("n_min", "n_max")]).filter(pl.col("n_min").is_not_null())
    # ("X is found with his throat slit at his home": one dead, told by the body found)
    found_cut = find_matches(base.filter(pl.col("text").str.contains("throat", literal=True)),
                             r"(?-u:\b)(?i:found|discovered)(?: dead)? with (?:his|her) throat (?:slit|cut|slashed)(?-u:\b)", "m")
    return pl.concat([throats.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                                     pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")),
                      found_cut.select("article_id", "sentence_index", pl.lit("killed").alias("kind"),
                                       pl.lit(1, pl.Int32).alias("n_min"), pl.lit(1, pl.Int32).alias("n_max"),
                                       pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))])


def _burials(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The dead told by their burial: "more than 200 people have been buried"."""
    num_no_article = p.num_no_article
    # "Villagers say more than 200 people have been buried": the dead told by their burial (not "buried alive", "buried
    # under the rubble", where some live, nor "buried in 1990")
    burial = (rf"(?-u:\b)(?:(?i:at least|more than|over|nearly|about|some|around) )?(?P<q>{num_no_article})"
              r"(?: [\p{L}\-]+){0,2} (?:have been|had been|were|are|was|has been) buried(?-u:\b)")
    buried = find_matches(base.filter(pl.col("text").str.contains_any(
        [" been buried", " were buried", " are buried", " was buried"])), burial, "m").filter(
        ~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
            r"^ (?:alive|under|beneath|in (?:the )?rubble|in (?:19|20)\d\d|(?:\S+ )?(?:years?|months?) ago)")).with_columns(
        pl.col("m").str.extract(burial, 1).alias("q"))
    buried = parse_quantity(buried, "q", "n", reference).filter(pl.col("n_min").is_not_null())
    return (buried.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min",
                         pl.when(pl.col("m").str.contains(r"^(?i:at least|more than|over)")).then(None)
                         .otherwise(pl.col("n_max")).cast(pl.Int32).alias("n_max"),
                         pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _losses(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """A side's own dead told by their loss: "We have lost 15 of our commandos"."""
    num, num_no_article = p.num, p.num_no_article
    # "'We have lost 15 of our commandos and the driver,' an officer said": a side's own dead told by their loss
    lost = (rf"(?-u:\b)(?:have|has|had) lost (?P<llist>(?:{num_no_article}) (?:of (?:our|its|their|his) )?"
            r"(?:[\p{Ll}\-]+ )?(?:soldiers|men|officers|commandos|troops|policemen|police officers|personnel|fighters"
            r"|comrades|colleagues|guards|members|rangers|marines|sailors|pilots|crew)(?-u:\b)[^;:.'\"’”]{0,80})")
    # (not a span's losses: "the force has lost 15 men this year")
    losses = find_matches(base.filter(pl.col("text").str.contains_any([" have lost ", " has lost ", " had lost "])), lost,
                          "m").filter(
        ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:this (?:year|month|week)|so far|since|in (?:19|20)\d\d"
                                  r"|last (?:year|month|week)|over the (?:past|last))(?-u:\b))")).with_columns(
        pl.col("m").str.extract(lost, 1).str.replace(_COMPANION_END, "").str.strip_chars(" ,").alias("llist"))
    losses = sum_parts(losses, "llist", "n", num, reference).filter(pl.col("n_min") > 0)
    return (losses.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                         pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))


def _office_dead(base: pl.DataFrame) -> pl.DataFrame:
    """One person told by an office, the subject of a verb of the dead or hurt: "The police chief of X is killed"."""
    # "The police chief of X district in Y province is killed when ...": one person told by an office, the subject of
    # a singular passive verb of the dead (no verb of its own between: not "the governor of X said a man was killed")
    # ("and the mosque's imam died after inhaling smoke", "its pastor died": a possessor and "died" too)
    office_dead = (r"(?:^|, |; |(?-u:\b)(?:and|but|while|when|after|as) )(?:(?i:the) (?:[\p{L}\-]+ ){0,3}?"
                   r"|(?:(?i:its|their) |(?i:the) [\p{L}\-]+['’]s )(?:[\p{L}\-]+ ){0,2}?)" + _TOLL_TITLE
                   # ("The deputy mayor of X, in the country's north-west, is found dead": a place aside after it)
                   + r"(?P<of> (?:of|in|for) [^,;.:]{2,80}?)?(?:, (?:in|near) [^,;.:]{2,80}?,)?"
                   r" (?:(?:is|was|has been|had been)(?: \p{Ll}+ly)? (?:killed|shot dead"
                   r"|assassinated|murdered|gunned down|(?:stabbed|beaten|hacked) to death|found dead"
                   # ("The general is wounded", "the mayor was seriously wounded": one hurt)
                   r"|(?:also )?(?:wounded|injured|hurt))|(?:later |also )?(?:died|dies|has died))(?-u:\b)")
    office = find_matches(base.filter(pl.col("text").str.contains_any(["The ", "the ", "its ", "Its ", "their ", "Their "]), pl.col("text").str.contains_any(
        [" is killed", " was killed", " been killed", " shot dead", " assassinated", " murdered", " gunned down",
         " to death", " found dead", " wounded", " injured", " hurt", " died", " dies"])), office_dead, "m").with_columns(
        _of=pl.col("m").str.extract(office_dead, 1)).filter(
        ~pl.col("_of").fill_null("").str.contains(r"(?-u:\b)(?:said|says|say|told|and|who|that|which|were|are|was|is|after"
                                                  r"|when|as|while)(?-u:\b)"),
        # (a death of old or of illness: "the former president died in 2010", "its founder died of cancer")
        ~(pl.col("m").str.contains(r"(?:died|dies)$") & pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
            r"^ (?:in (?:19|20)\d\d|(?:\S+ ){0,2}(?:years?|months?|decades?) (?:ago|later|earlier|before)|of (?:natural"
            r"|old age|cancer|illness|an illness|a heart attack|covid|a stroke))")))
    hurt = pl.col("m").str.contains(r"(?:wounded|injured|hurt)$")
    return (office.select("article_id", "sentence_index", pl.when(hurt).then(pl.lit("wounded")).otherwise(pl.lit(
        "killed")).alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                         pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                         pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _among_the_dead(base: pl.DataFrame) -> pl.DataFrame:
    """One described person among the dead: "The army chief of staff was among those killed"."""
    # "The army chief of staff was among those killed": one described person among the dead, at least one
    among_dead = (r"(?:^|, |; )(?i:the|an?) (?:[\p{L}\-]+ ){0,4}?(?:" + _TOLL_TITLE + r"|\p{Ll}+(?:er|or|ist|man|woman|ian))"
                  r"(?: of staff)? (?:was|is)(?: also)? among (?:those|the people|the dead|the victims|the fatalities)"
                  r"(?: killed| dead| who died)?(?-u:\b)")
    among = find_matches(base.filter(pl.col("text").str.contains_any([" among those", " among the dead", " among the victims",
                                                                      " among the people", " among the fatalities"])),
                         among_dead, "m")
    return (among.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(None, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _two_objects_apart(base: pl.DataFrame) -> pl.DataFrame:
    """Two objects of one verb, each with its own place or time: two victims."""
    # "A gunman killed a film director at a debate in X and a security guard outside the synagogue": two objects of
    # one verb, each with its own place or time, are two victims
    apart = (r"(?-u:\b)(?i:killed|kills|killing|shot dead|stabbed to death) (?i:an?|one) (?:[\p{L}\-]+ ){0,3}?[\p{L}\-]+"
             r" (?:at|in|outside|near|inside|on|during) [^,;.]{3,100}? and (?P<second>(?i:an?|one) (?:[\p{L}\-]+ ){0,3}?"
             r"[\p{L}\-]+) (?:at|in|outside|near|inside|on|during|early|late)(?-u:\b)")
    second = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killed a", "kills a", "killing a", "killed one", "kills one", "killing one", "dead a", "death a"])), apart, "m")
    second = second.with_columns(pl.col("m").str.extract_groups(apart).alias("_g")).unnest("_g").filter(
        # "... and a bomb in Y wounded ...": a weapon or an attacker is no second victim
        ~pl.col("second").str.contains(r"(?i:bomb|blast|explosi|attack|gunm[ae]n|assailant|rocket|missile|grenade|shell"
                                       r"|drone|strike|raid|suspect|police|car|vehicle|truck)"))
    return (second.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(2, pl.Int32).alias("n_min"),
                         pl.lit(2, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                         backward=pl.col("m").str.contains(r"^\p{L}+ing ")))


def _elided_second(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """A second count with its own place and its verb left out added to the first: "nine in one market and six in another"."""
    num_no_article = p.num_no_article
    # "Nineteen people died in X, and 21 in Y", "nine were killed in one market and six in another": a second count
    # with its own place and its verb left out adds to the first (the sum, larger, wins)
    elided = (rf"(?-u:\b)(?P<q1>{num_no_article})(?: [\p{{L}}\-]+){{0,3}}? (?:(?:were|are|have been|had been) )?"
              r"(?P<k>killed|died|dead|wounded|injured|hurt) (?:in|at|near|outside|inside|on) [^,;.]{2,80}?,? and"
              rf" (?P<q2>{num_no_article}) (?:more |others? )?(?:in|at|near|outside|inside|on)(?-u:\b)")
    elided_rows = find_matches(base.filter(pl.col("text").str.contains_any(
        [" died in ", " killed in ", " died at ", " killed at ", " died near ", " killed near ", " wounded in ",
         " injured in ", " died outside ", " killed outside ", " dead in "])), elided, "m").with_columns(
        pl.col("m").str.extract_groups(elided).alias("_g")).unnest("_g")
    elided_rows = parse_quantity(parse_quantity(elided_rows, "q1", "_a", reference), "q2", "_b", reference).filter(
        pl.col("_a_min").is_not_null(), pl.col("_b_min").is_not_null())
    return (elided_rows.select(
        "article_id", "sentence_index",
        pl.when(pl.col("k").is_in(["wounded", "injured", "hurt"])).then(pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"),
        (pl.col("_a_min") + pl.col("_b_min")).cast(pl.Int32).alias("n_min"),
        (pl.col("_a_max") + pl.col("_b_max")).cast(pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
        pl.col("m_end").alias("c_end"), subject=pl.lit(True)))


def _all_of_them(base: pl.DataFrame, p: _Shared, reference: Reference) -> pl.DataFrame:
    """The whole of the last count told before: "a van carrying four aid workers ..., killing all of them"."""
    num_no_article = p.num_no_article
    # "a van carrying four aid workers ..., killing all of them", "an airliner carrying 150 people ..., killing all on
    # board": the whole of the last count told before
    # (not a threat: "threaten to kill all of them")
    everyone = (r"(?-u:\b)(?i:killing|killed|kills) (?:all of them|all (?:those )?(?:on board|aboard)"
                r"|everyone (?:on board|aboard|inside)|all (?:the|its) (?:passengers|occupants))(?-u:\b)")
    whole = find_matches(base.filter(pl.col("text").str.contains_any(
        ["all of them", "on board", "aboard", "everyone inside", "passengers", "occupants"])), everyone, "m").with_columns(
        q=pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
            rf"^.*(?-u:\b)({num_no_article}) (?:[\p{{L}}\-]+ ){{0,3}}?[\p{{L}}\-]+(?: on board| aboard)?(?: [^;\d]{{0,60}})?,? $", 1))
    whole = parse_quantity(whole.filter(pl.col("q").is_not_null()), "q", "n", reference).filter(pl.col("n_min") > 0)
    return (whole.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), backward=pl.lit(True)))


def _no_casualties(base: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Zero tolls: "no one was hurt", "without causing casualties", "all survived", "freed unharmed"."""
    # "No one on board was hurt", "causing no injuries", "hurting no one": nobody died either (and an attack without
    # casualties or injuries wounded no one); "no deaths" says nothing of the wounded
    # ("without causing injuries", "without inflicting any casualties")
    # ("causing no damage or injuries", "nobody was reported hurt"; "no immediate reports of casualties" is no zero)
    # (the damage only after a verb of causing: "no damage or casualties are reported" alone keeps a misfire's generic
    # word alive as an incident)
    none_pattern = (r"(?i:(?-u:\b)(?:caus(?:ing|ed|es)|inflict(?:ing|ed)|leaving|left) no (?:material )?damage (?:or|and)"
                    r" (?:casualties|injuries)"
                    # ("causing neither casualties nor damage", "neither damage nor casualties")
                    r"|(?-u:\b)neither (?:material )?damage nor (?:casualties|injuries)"
                    r"|(?-u:\b)(?:no|without|neither)(?: (?:causing|inflicting|leaving|any))* (?:casualties|deaths|fatalities|injuries"
                    r"|(?:reports? of )?(?:casualties|injuries))"
                    # ("none of the 38 people aboard was hurt", "none of the ship's crew is hurt": a share of none)
                    r"|(?-u:\b)(?:nobody|no one|no-one|none)(?: of (?:the|its|his|her|their)(?: [\d,]+)?)?(?: [a-z'’]+){0,3}"
                    r" (?:was|were|is|are|has been|have been|had been|got|gets)"
                    r"(?: reported)? (?:killed|hurt|harmed|injured|wounded)|(?-u:\b)(?:nobody|no one|no-one) died"
                    # (both sides named: "no police officers or bystanders were hurt"; "no X or Y were killed" is read as a
                    # toll of the dead)
                    r"|(?-u:\b)no (?:[a-z\-]+ )?[a-z\-]+ (?:or|and) (?:[a-z\-]+ )?[a-z\-]+ (?:were|are|have been|had been)"
                    r"(?: reported)? (?:hurt|harmed|injured|wounded)"
                    # ("the 15 officers inside are unhurt", "the diplomat and his driver escape unhurt": the people at
                    # the scene came to no harm; kept below only when the sentence tells no other casualty)
                    r"|(?-u:\b)(?:the|all(?: the)?) (?:\d+ )?(?:[a-z\-]+ ){0,2}?(?:[a-z\-]+s|crew|staff|police)"
                    r"(?: (?:inside|on board|aboard|there|present))?"
                    # ("the two officers inside escaped unhurt")
                    r" (?:are|were|remain|remained|all|escaped|escape) (?:[a-z]+ly )?(?:unhurt|unharmed|uninjured|unscathed)(?-u:\b)"
                    r"|(?-u:\b)(?:the|his|her) (?:[a-z\-]+ ){0,2}?[a-z\-]+ and (?:his|her|their|the) (?:[a-z\-]+ )?[a-z\-]+"
                    r" (?:escape|escaped) (?:unhurt|unharmed|uninjured|unscathed)(?-u:\b)"
                    # ("18 people are wounded, none fatally": none died)
                    r"|(?-u:\b)none (?:of them )?(?:fatally|mortally)(?-u:\b)"
                    # ("wrecks eight buildings but injures nobody")
                    r"|(?-u:\b)(?:hurting|harming|injuring|wounding|killing|hurt|harmed|injured|wounded|killed|hurts|harms"
                    r"|injures|wounds|kills|harm|injure|wound|kill) (?:no one|no-one|nobody|anyone|anybody)(?-u:\b))")
    # (the people at the scene unhurt: kept only when the sentence tells no other casualty)
    one_side = pl.col("m").str.contains(r"(?:unhurt|unharmed|uninjured|unscathed)$")
    nothing = find_matches(base, none_pattern, "m").filter(
        # (captives still held "are unharmed" tell no end of the attack)
        ~one_side | ~(pl.col("m").str.contains(r"(?i:civilians|hostages|captives|abductees|prisoners|detainees)")
                      | pl.concat_str(pl.col("text").str.slice(0, pl.col("m_start")), pl.col("text").str.slice(
                          pl.col("m_end"))).str.contains(
                          r"(?i:kill|dead|died|wound|injur|hurt|casualt|blew|blow)"))).filter(
        # "without hurting anyone" is nothing, "killing anyone" alone is not ("before killing anyone" is)
        ~pl.col("m").str.contains(r"(?i:any(?:one|body))$")
        | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:without|not|never) $)"))
    # "All five survived", "Both survived their injuries": no one died (the wounded are not told)
    survived = find_matches(sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(" survived", literal=True)),
        r"(?:^|, |; |(?-u:\b)and )(?i:all|both)(?: [\p{Ll}\d]+)?(?: of them)? survived(?-u:\b)", "m")
    # "all are freed unhurt", "the 18 crew members were released unharmed": captives or passengers came to no harm
    unhurt_pattern = (r"(?i:(?-u:\b)(?:all|both|everyone|everybody|the (?:\S+ )?(?:hostages|passengers|captives|crew"
                      r"|crew members|pilgrims|children|students|workers|tourists))(?: \S+){0,3}?"
                      r"(?: (?:are|were|was|is|have been|has been|had been|got|get|all|later|safely|eventually))*"
                      # (a release or an escape: captives still held "were unharmed" tell no end of the attack)
                      r" (?:freed|released|rescued|found|escaped|evacuated|returned|emerged|survived|walked out|got out)"
                      r" (?:unhurt|unharmed|uninjured|unscathed)(?-u:\b))")
    unhurt = find_matches(sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains_any(["unhurt", "unharmed", "uninjured", "unscathed"])), unhurt_pattern, "m")
    nothing = pl.concat([nothing, survived.select(nothing.columns), unhurt.select(nothing.columns)])
    # "A man is hurt when a bomb he was making goes off; no one else was hurt": when no death is told, here or in the
    # sentence before, the one else was hurt, not dead, and no one died ("..., then kills himself with a second
    # device. No one else is hurt." tells the attacker's death)
    death = (r"(?i:kill|dead|died|dies|death|suicide|(?:blew|blows|blown|blowing) (?:himself|herself|themselves) up"
             r"|(?:shoots?|shot|shooting) (?:himself|herself)|fatal|succumb)")
    nothing = nothing.join(sentences.select("article_id", (pl.col("sentence_index") + 1).cast(
        nothing.schema["sentence_index"]).alias("sentence_index"), pl.col("text").alias("_prev")),
        on=["article_id", "sentence_index"], how="left").with_columns(
        _hurt_else=pl.col("m").str.contains(r"(?i:(?-u:\b)(?:no one|nobody|no-one) else (?:was|is|has been|were|got|gets)"
                                            r"(?: \p{Ll}+ly)? (?:hurt|injured|wounded|harmed)$)")
        & ~pl.col("text").str.contains(death) & ~pl.col("_prev").fill_null("").str.contains(death))
    # ("police shot dead the gunman; no one else was hurt": the attacker died, no one was wounded, and no toll of the
    # dead is told)
    nothing = pl.concat([nothing.filter(~pl.col("m").str.contains(" survived", literal=True) | pl.lit(kind == "killed")).filter(
        # ("No one but the bomber was killed": only the attacker died)
        pl.lit(kind == "wounded") | pl.col("_hurt_else") | ~pl.col("m").str.contains(
            r"(?i:(?-u:\b)(?:no one|nobody|no-one|none) (?:else|but|except|other than|apart from|besides)(?-u:\b))")).filter(
        # ("blows himself up, killing no one else": the attacker alone died)
        pl.lit(kind == "wounded") | ~(pl.col("m").str.contains(r"(?i:(?:no one|nobody|no-one|none)$)")
                                      & pl.col("text").str.slice(pl.col("m_end"), 20).str.contains(
                                          r"^ (?:else|but|except|other than|apart from|besides)(?-u:\b)"))).filter(
        # ("no one other than the bomber died and no one was hurt": only the attacker died, no toll of the dead)
        pl.lit(kind == "wounded") | ~pl.col("text").str.contains(
            r"(?i:(?-u:\b)(?:no one|nobody|no-one|none) (?:but|except|other than|apart from|besides) (?:the (?:\S+ )?"
            r"(?:bomber|attacker|gunman|assailant)s?|himself|herself|themselves) (?:was |were |is |are )?(?:killed|died|dead))")).filter(
        pl.lit(kind == "killed") | ~pl.col("m").str.contains(r"(?i:deaths|fatalities|killed|killing|died|fatally|mortally)")).select(
        "article_id", "sentence_index", pl.lit(kind).alias("kind"), pl.lit(0, pl.Int32).alias("n_min"),
        pl.lit(0, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
        # ("hits a field without hurting anyone; jets then strike ...": the clause before is the one unhurt)
        backward=pl.col("m").str.contains(r"^(?i:without|hurting|harming|injuring|wounding|killing|causing)(?-u:\b)")
        | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:without|causing|inflicting) $)"))
        for kind in ("killed", "wounded")])
    return nothing


# a time told before now: "a week earlier", "two days ago", "earlier this month", "last year"
_EARLIER_TIME = (r"(?:(?:an?|one|two|three|four|five|six|several|\d+|a few) (?:days?|weeks?|months?|years?)"
                 r" (?:earlier|before|ago)|earlier (?:this|that|in the) (?:week|month|year)|last (?:week|month|year))")


def _earlier_event(found: pl.DataFrame, base: pl.DataFrame):
    """Where a clause of an earlier event begins before each toll (its length), or null."""
    # the toll of an earlier event the sentence refers to is not this one's: "jets struck 85 targets in retaliation for
    # a drone attack that killed three soldiers", "a car bomb killed 7, two days after an ambush in which 12 soldiers
    # died", "..., a day after a drone killed a man in X"
    # (where that clause begins: a toll there serves no incident told before it, see _bind_tolls)
    earlier_event = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                               how="left").select(pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
        # ("fired rockets in reply to an Israeli raid that killed three")
        r"^\S.*? ((?i:(?:in retaliation for|in response to|in revenge for|to avenge|in reply to|in answer to|in reprisal for"
        r"|to retaliate for|as revenge for|after|following|since"
        # ("The army confirms the raids, which follow a rocket that killed a farm worker": the event the raids follow)
        r"|(?:which|that) (?:follows?|followed|came after|comes? after))"
        r" (?:[^,;.:]{1,80}? )?(?:that|which|in which)(?: also| had| has| have)?"
        r"|(?:(?:an?|one|two|three|four|five|six|\d+|several|hours|days|weeks|months|just|only|some|a few) )?"
        r"(?:hours?|days?|weeks?|months?|minutes|moments|shortly) (?:after|since) (?:[^,;.:]{1,60}? )?"
        # ("killing three people; a week earlier a strike on the same district killed 11")
        rf"|{_EARLIER_TIME},? (?:[^,;.:]{{1,80}}? )?) ?)$", 1)
        .str.len_chars(),
        # (not a time told inside the subject of the toll's own verb: "a U.S. air strike in Somalia last week killed X" is
        # the sentence's strike)
        pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
            rf"[^,;:] (?i:{_EARLIER_TIME}) $")
        .alias("_own_time")).select(pl.when(~pl.col("_own_time").fill_null(False)).then(pl.col("text")))
    # ... and "fire rockets at Israel after an Israeli air strike killed a militant leader": an event told by its own
    # finite verb after "after" (not "..., after a bomb exploded, killing 5": the participle tells today's toll)
    finite_before = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                               how="left").select(pl.when(pl.col("text").str.slice(pl.col("c_start"), 14).str.contains(
        r"^(?:killed|kills|had killed|shot dead|murdered|wounded|injured|left)(?-u:\b)")).then(
        pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
            # (a bare plural subject too: "..., after Israeli troops killed one of its fighters")
            r"^\S.*? ((?i:after|following) (?:(?i:an?|the|its|their|his|her) [^,;.:]{1,60}?"
            r"|(?:\p{Lu}[\p{L}\-]* ){0,2}(?:\p{Ll}[\p{L}\-]*(?:s|men)|police))"
            # ("..., killing 146 militants, after gunmen raided the village overnight and killed 14 civilians": the doers
            # of the earlier event told with a verb of their own first)
            r"(?: \p{Ll}+ed [^,;.:]{1,80}? and)? )$", 1).str.len_chars()))
    # ... and "a village where some 160 people were massacred in March 2019": a toll dated by a year of its own in a
    # relative clause is that earlier event's
    dated = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").select(pl.when(pl.col("text").str.slice(pl.col("c_end"), 40).str.contains(
        # (a year or a month of one, not a day: "in which 30 people were killed on May 5, 2021" is the news)
        r"^(?: [\p{Ll}\-]+){0,2} (?:in|since) (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|August"
        r"|September|October|November|December) )?(?:19|20)\d\d(?-u:\b)")).then(
        pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
            r"((?i:where|when|in which|during which|which|that)(?: [^,;.:]{0,60}?)? )$", 1).str.len_chars()))
    # ... and "warplanes bomb rebel positions, the army says, after six soldiers were killed in a blast": a passive toll
    # right after "after" is the earlier event's own
    passive_after = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                               how="left").select(pl.when(pl.col("text").str.slice(pl.col("c_start"), 90).str.contains(
        r"^[^,;.:]{0,60}? (?:were|was|had been|have been|has been) (?:\p{Ll}+ly )?(?:killed|shot dead|wounded|injured)(?-u:\b)"
        r"|^[^,;.:]{0,60}? (?:died|had died)(?-u:\b)")).then(
        pl.col("text").str.slice(0, pl.col("c_start")).str.extract(r"^\S.*?, ((?i:after|following) )$", 1).str.len_chars()))
    earlier_event = pl.coalesce(earlier_event.to_series(), finite_before.to_series(), dated.to_series(),
                                passive_after.to_series())
    # ("seized six people after a gunfight in which a guard was killed": the fight the attackers waged is this event)
    in_the_fight = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                              how="left").select(guarded(pl.col("text"), ["in which"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:after|following) (?:an?|the) (?:\p{Ll}+ )?(?:gunfight|gun battle|gunbattle|shootout|shoot-out"
        r"|firefight|exchange of fire|struggle|scuffle) in which $)").fill_null(False)).to_series()
    earlier_event = pl.when(in_the_fight).then(None).otherwise(earlier_event)
    return earlier_event


def _attackers_apart(found: pl.DataFrame, base: pl.DataFrame, sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The attackers' own dead, apart from the toll; with the tolls keyed to their text (and the sentence before)."""
    # the attackers' own dead, apart from the toll: "troops killed two gunmen who had held out inside", "killing two
    # guards and a policeman before all four are shot dead" (see _bind_tolls; a toll that counts them with the victims,
    # "20 people, most of them attackers, are killed", is no such toll, and "Four assailants were killed" alone is
    # read as told)
    keyed_text = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                            how="left")
    own = pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start"))
    after_toll = pl.col("text").str.slice(pl.col("c_end"), 40)
    # ("Rebels ambushed a patrol, killing 17 policemen. About 15 rebels were also killed": the doers named as the
    # subject of the attack, here or in the sentence before, counted apart)
    doers = (r"(?i:(?-u:\b)(rebels|militants|insurgents|guerrillas|gunmen|attackers|assailants|jihadists|separatists"
             r"|militiamen|fighters|bandits|terrorists|extremists))")
    # (the sentence before from all sentences: "Gunmen attacked a mosque." has no casualty word)
    previous = sentences.join(found.select("article_id").unique(), on="article_id", how="semi")
    keyed_text = keyed_text.join(previous.select("article_id", (pl.col("sentence_index") + 1).cast(pl.Int32).alias(
        "sentence_index"), pl.col("text").alias("_prev")), on=["article_id", "sentence_index"], how="left").join(
        previous.filter(pl.col("sentence_index") == 0).select("article_id", pl.col("text").alias("_first")),
        on="article_id", how="left")
    own_doers = own.str.extract(rf"^(?:\S+ ){{1,3}}?{doers} (?:(?:were|are|had been|have been) )?also(?-u:\b)", 1).str.to_lowercase()
    # ("Fighters drive three explosives-laden vehicles at army posts": a vehicle driven at a target)
    attacking = (rf"{doers}(?: [\p{{L}}\-]+){{0,3}}? (?:ambush|attack|storm|raid|assault|overr[au]n|open(?:ed|s)? fire|seiz"
                 r"|fired on|stormed|infiltrat|(?:drive|drove|ram|rammed)(?: [^,;.]{1,60})? (?:at|into) )")
    # (any word of the kind: "Taliban fighters ambushed ... 20 militants were also killed"; in the sentence before or
    # the article's first)
    attacked = (pl.col("_prev").fill_null("").str.contains(attacking)
                | (pl.col("_first").fill_null("").str.contains(attacking) & (pl.col("sentence_index") > 1))
                | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(attacking))
    # ("Guerrillas seized the town. A policeman and a civilian were killed; three guerrillas died later": the doers'
    # own dead told after the victims' toll of the sentence)
    doers_dead = own.str.contains(rf"^(?:\S+ ){{1,2}}?{doers}(?: (?:were|are|had been|have been))? (?:killed|died|shot dead)$") & (
        pl.col("c_end").min().over("article_id", "sentence_index", "kind") <= pl.col("c_start"))
    keyed_text = keyed_text.with_columns(_apart_doers=pl.col("subject") & (own_doers.is_not_null() | doers_dead) & attacked)
    attackers = keyed_text.select(pl.when(pl.col("subject")).then(
        pl.col("_apart_doers")
        # ("...; both bombers die and one soldier is wounded", "police shoot both attackers dead": the doers told again
        # as a known set)
        | (own.str.contains(rf"^[^\s,]+(?: [\p{{Ll}}\-]+)? {_THE_ATTACKERS}") & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & (own.str.contains(r"^(?i:both|all)(?-u:\b)")
              | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?i:(?-u:\b)(?:the|all|all of the) $)")))
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
         & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?-u:\b)(?:before|until|after which) $"))
        # ("..., wounding a guard before police shot both men dead": the force that met them as the subject)
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?-u:\b)(?:before|until|after which) (?:the )?(?:police|policemen|officers|soldiers|troops|security forces"
               r"|forces|guards|commandos|snipers|marines|gendarmes|an officer|a policeman|a guard|a soldier)"
               r"(?: [\p{L}\-]+){0,2} $"))
        # ("police said the bombers, a newly married couple who died in the blast, ...": the doers told again)
        | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
            rf"(?i:the|both|two|three) {_THE_ATTACKERS}, (?:an? )?(?:[\p{{Ll}}\-]+ ){{0,3}}$")
        # ("Four gunmen attack a consulate; all four are killed by security forces": the doers counted again, killed by
        # the force that fought them)
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_ATTACKER_SUBJECT)
           & after_toll.str.contains(r"^(?: [\p{Ll}\-]+){0,3}? by (?:\S+ ){0,2}(?:security forces|police|policemen|troops"
                                     r"|soldiers|guards|commandos|forces|the army|special forces|marines|gendarmes)(?-u:\b)"))
        # ("Separatists attack an army base, and the military says 20 attackers were killed"; "...; all five gunmen
        # were killed": the doers' own dead told after their attack, a clause of its own)
        | (own.str.contains(rf"^(?i:(?:all|both|at least|more than|over|about|nearly|some|the|another) )?[^\s,]+"
                            rf" (?:of the )?(?:[\p{{Ll}}\-]+ )?{_THE_ATTACKERS}")
           & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & (pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault|open(?:ed|s)? fire|fired on)[a-z]*(?-u:\b)[^;.]*(?:[,;]|(?-u:\b)and) [^,;]*$)")
              # ("X claims attacks on army posts. The army says more than 80 attackers were killed": the sentence
              # before told the attack)
              | pl.col("_prev").fill_null("").str.contains(
                  r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault|overr[au]n)[a-z]*(?-u:\b))")))
        # ("Two suspects were killed by police and three arrested": the doers, killed by the force that hunted them)
        | (own.str.contains(r"^(?:[^\s,]+ )?(?:[\p{Ll}\-]+ )?suspects? (?:were|was|are|is|have been|has been|had been)"
                            r"(?: \p{Ll}+ly)? (?:killed|shot dead|shot)$")
           & after_toll.str.contains(r"^ by (?:\S+ ){0,2}(?:police|policemen|officers|troops|soldiers|security forces"
                                     r"|forces|the army|special forces|marines|gendarmes|agents)(?-u:\b)"))
        # ("A suicide bomber was killed when his explosives went off": the bomber alone, the doer)
        # ("A suicide bomber died when the explosives he wore went off")
        # ("A suspected suicide car bomber is killed when his explosives go off")
        | own.str.contains(r"^(?i:an?|the|one) (?:(?:suspected|would-be|female|male|lone|teenage) )?(?:suicide )?"
                           r"(?:(?:car|truck) )?bomber"
                           r" (?:was|is|has been|had been|died|dies|has died|had died)(?-u:\b)")
        # ("he and an accomplice are later shot dead": an accomplice is one of the doers)
        | own.str.contains(r"^(?:\S+ )?(?:[\p{Ll}\-]+ )?(?i:accomplices?)(?-u:\b)")
        # ("one blows himself up at the gate and the other two are shot dead": the rest of the doers)
        | ((own.str.contains(r"^(?i:the )?(?:other|remaining) [^\s,]+ (?:were|are|was|is|have been|had been|died|die)(?-u:\b)")
            | (own.str.contains(r"^[^\s,]+ (?:were|are|was|is|have been|had been|died|die)(?-u:\b)")
               & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?i:(?-u:\b)(?:the )?(?:other|remaining) $)")))
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?i:(?-u:\b)one (?:of them )?(?:blows|blew|blown|blowing) (?:himself|herself) up(?-u:\b))"))
        # ("Nine militants armed with guns are killed after storming the base": the doers, killed in their attack)
        | (own.str.contains(_ATTACKER_SUBJECT) & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & pl.col("text").str.slice(pl.col("c_end"), 130).str.contains(r"^(?: [^,;.\d]{1,90}?)? (?:after|while|when|as)(?: they)?(?: (?:tried|trying) to)?"
                                     r" (?:storm|attack|raid|assault|overrun|infiltrat|ambush|stormed|attacked|raided)\S*(?-u:\b)"
                                     # ("Two would-be bombers are shot dead before they can set off their vests")
                                     r"|^(?: [^,;.\d]{1,90}?)? before (?:they|he|she) (?:can|could|were able to|was able to|had a chance to)"
                                     r" (?:set off|detonate|blow|trigger|explode|reach|storm|attack|strike)(?-u:\b)")))
        # (an active verb and its number only: "killed two", "shot dead all three")
        # ("security forces kill two of the attackers and capture a third": the doers only, with a share's "of")
        # ("Gunmen attack a police post; troops say they killed 12 suspected Boko Haram fighters", "soldiers shoot dead
        # two militants who attacked a checkpoint": a force's count of the doers of the attack it met)
        .when(own.str.contains(r"^(?i:kill|shoot|shot|gunn)\S*(?: dead| down)? (?:at least |more than |about |some |all )?[^\s,]+$")
              & (after_toll.str.contains(rf"^(?: [\p{{L}}\-]+){{0,3}}? {doers}(?-u:\b)")
                 # ("Three gunmen attacked the parliament; police killed all three")
                 | own.str.contains(r" (?i:all \S+|both|all of them|them all)$"))
              & (pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                  r"(?i:police|policemen|officers|soldiers|troops|security forces|forces|army|military|commandos|guards"
                  r"|gendarmes|marines)(?: (?:says?|said))?(?: (?:they|it|had|have|has))? $")
                 # ("Security forces end a siege in X after killing two militants who had holed up in a hotel": the
                 # force, the subject of its clause, killed them in the end)
                 | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                     r"^(?:[\p{L}\-']+ ){0,2}(?i:police|policemen|soldiers|troops|security forces|forces|commandos"
                     r"|special forces)(?: [^,;.]{1,80})? (?:after|by|while|before) $"))
              & (after_toll.str.contains(rf"^(?: [\p{{L}}\-]+){{0,3}}? {doers} (?:who|which|that) (?:had )?(?:attack|storm|raid"
                                         r"|ambush|assault|open|fired|holed|barricad|took|seiz)")
                 | attacked
                 # ("Four men armed with rifles stormed a hotel; security forces killed all four")
                 | (own.str.contains(r" (?i:all \S+|both|all of them|them all)$")
                    & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                        r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault)[a-z]*(?-u:\b))")))).then(True)
        .otherwise(own.str.contains(rf"^(?i:kill|shoot|shot|murder|gunn|execut)\S*(?: dead| down)? (?:the |all )?[^\s,]+"
                                    rf" (?:of (?:the|its|their) )?(?:[\p{{Ll}}\-]+ )?{_THE_ATTACKERS}"
                                    # ("Security forces kill the five gunmen and end the siege")
                                    r"(?:$|,? and (?:captur|arrest|detain|wound|injur|seiz|free|releas|rescu|report|suffer|los"
                                    r"|end|retak|recaptur|regain|secur)\S*(?-u:\b)"
                                    # ("Police killed one of the attackers and the others escaped")
                                    r"|,? and (?:the )?(?:others?|rest)(?: of them)? (?:\p{Ll}+ly )?(?:escap|fled|flee|got away|ran|were|was)\S*(?-u:\b))")
                   # ("troops beat back the attack, killing at least six of the assailants": a share of the doers)
                   # ("guards kill six of seven would-be hijackers")
                   | (own.str.contains(r"^(?i:kill|shoot|shot|gunn)\S*(?: dead| down)? (?:(?:at least|more than|about|some|nearly|over"
                                       r"|up to|as many as) )?[^\s,]+$")
                      & after_toll.str.contains(rf"^ of (?:the|its|their|[^\s,]+) (?:[\p{{Ll}}\-]+ )?{_THE_ATTACKERS}"))
                   # ("troops storm a plane held by four hijackers, killing two of them": the doers told right before)
                   | (own.str.contains(r"^(?i:kill|shoot|shot|gunn)\S*(?: dead| down)? [^\s,]+$")
                      & after_toll.str.contains(r"^ of them(?-u:\b)")
                      & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                          _THE_ATTACKERS + r"(?: (?:in|near|at|outside|inside|on) [^,;.]{1,40}?)?,? $"))
                   | own.str.contains(r"^(?i:kill|shoot|shot|murder|gunn|execut)\S*(?: dead| down)? (?:the |all )?[^\s,]+$")
                   & (after_toll.str.contains(rf"^(?: [\p{{Ll}}\-]+){{0,2}}? {_THE_ATTACKERS}")
                      # "Soldiers shot dead a man ... after he set off a small explosion": the force's fire killed the
                      # one who attacked (not "soldiers shot dead a man at a protest")
                      # ("shoot dead a Palestinian who stabbed a soldier": one told by a people's name too)
                      | (own.str.contains(r" (?i:an?)$") & after_toll.str.contains(
                          r"^ (?:man|woman|suspect|youth|\p{Lu}[\p{Ll}\-]+(?: (?:man|woman|youth|teenager))?)(?-u:\b)")
                         & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                             r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos"
                             r"|marines)(?: [\p{L}\-]+){0,2} $")
                         & pl.col("text").str.slice(pl.col("c_end"), 120).str.contains(
                             r"^[^;.]*? (?:after|when|as|who|because)(?: (?:he|she|had|was|allegedly|reportedly))?"
                             r"(?: [\p{L}\-]+){0,2} (?:set off|detonated|opened fire|stabbed|attacked|tried|attempted"
                             r"|lunged|fired|rammed|drove|threw|wielded|brandished|carried|was carrying"
                             # ("after he seizes a servicewoman's rifle")
                             r"|seizes|seized|grabs|grabbed|snatches|snatched)(?-u:\b)")
                         # (one who fled is no doer: "police shot dead a man as he tried to swim across the harbour")
                         & ~pl.col("text").str.slice(pl.col("c_end"), 120).str.contains(
                             r"^[^;.]*? (?:tried|attempted|trying|attempting) to (?:flee|escape|swim|cross|run|climb|get away"
                             r"|hide|leave)(?-u:\b)")))
                   # ("Police shot dead X, an Islamic State sympathiser, after he set off a bomb in a taxi": a named
                   # attacker, killed by the force he met)
                   | (own.str.contains(r"^(?i:shoot|shot|kill|gunn)\S*(?: dead| down)? \p{Lu}")
                      & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                          r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos"
                          r"|marines|agents)(?: [\p{L}\-]+){0,2} $")
                      & ~pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_THE_ATTACKERS + r"(?: [\p{L}\-]+)? $")
                      & pl.col("text").str.slice(pl.col("c_end"), 160).str.contains(
                          r"^[^;.]*? (?:after|when|as|because)(?: (?:he|she|had|was|allegedly|reportedly))+"
                          r"(?: [\p{L}\-]+){0,2} (?:set off|detonated|opened fire|stabbed|attacked|tried|attempted"
                          r"|lunged|fired|rammed|drove|threw|wielded|brandished|took)(?-u:\b)")))
        .fill_null(False) | _share_of_doers(own, pl.col("text").str.slice(0, pl.col("c_start")), pl.col("_prev")).fill_null(False)
        # ("A truck loaded with explosives blew up near a compound ... The two people inside the truck died": the bomb's
        # own riders)
        | ((own.str.contains(r"^(?:\S+ ){0,2}(?:people|men|persons|occupants|riders|driver|drivers)? ?(?:inside|in|aboard)"
                             r" the (?:truck|car|vehicle|van|lorry)(?-u:\b)")
            # ("A car packed with explosives blows up beside a convoy, killing its driver": the bomb's own driver,
            # where the sentence opens on that vehicle)
            | (own.str.contains(r"^(?i:kill|leav)\S* its (?:driver|rider)(?:$| and (?:\p{Ll}+ly )?(?:wound|injur|hurt)\S*(?-u:\b))")
               & pl.col("text").str.contains(r"^(?:An?|The) (?:[\p{Ll}\-]+ )?(?:truck|car|vehicle|van|lorry|motorcycle)s? (?:loaded"
                                             r"|packed|laden|rigged|filled|stuffed) with explosives")))
           & (pl.col("text").str.slice(0, pl.col("c_start")) + " " + pl.col("_prev").fill_null("")).str.contains(
               r"(?i:(?:truck|car|vehicle|van|lorry)s? (?:loaded|packed|laden|rigged|filled|stuffed) with explosives"
               r"|explosives?-(?:laden|packed|filled) (?:truck|car|vehicle|van|lorry)|(?:truck|car|vehicle|van|lorry) bomb)")).fill_null(False)
        # (the same read as a list: "troops shoot dead a Palestinian who stabbed and wounded a soldier")
        | (own.str.contains(r"^(?i:shoot|shot|kill|gunn)\S*(?: dead| down)? (?i:an?) (?:man|woman|suspect|youth|\p{Lu}[\p{Ll}\-]+)"
                            r"(?: (?:man|woman|youth|teenager))? who (?:had )?(?:allegedly )?(?:set off|detonated|opened fire"
                            r"|stabbed|attacked|fired|rammed|threw|lunged)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos|marines)"
               r"(?: [\p{L}\-]+){0,2} $")).fill_null(False))
    return attackers, keyed_text


def casualties(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Every stated toll: article_id, sentence_index, kind (killed/wounded), n_min, n_max, c_start, c_end.

    Parts are summed when no total is given ("two police officers and two militants are killed" -> 4).
    """
    p = _shared_patterns(reference)
    num, num_no_article = p.num, p.num_no_article
    base = _toll_sentences(sentences)
    out, subject_tolls, subject_readings = [], [], []
    for kind, passive, active, kind_words, passive_words in _KINDS:
        rows, subject, readings = _kind_tolls(base, kind, passive, active, kind_words, passive_words, p, reference)
        out += rows
        subject_tolls += subject
        subject_readings += readings
    out += _along_with(base, subject_tolls, p, reference)
    out.append(_listed_before(base, subject_readings, p, reference))
    out.append(_named_and_other_victims(base, num, reference))
    out.append(_possessed_companions(base))
    out.append(_also_one(base))
    out.append(_chain(base))
    # (a person shot and not killed has no casualty word: "X is shot in the head by a sniper")
    out.append(_one_wounded(sentences.select("article_id", "sentence_index", "text")))
    out.append(_survivors(sentences.select("article_id", "sentence_index", "text")))
    out.append(_later_deaths(base))
    out.append(_named_dies_of_wounds(base))
    out.append(_same_attack(base))
    out.append(_captives_killed(base, num_no_article, reference))
    out.append(_long_aside(base, num_no_article, reference))
    out.append(_whole_of_share(base, num_no_article, reference))
    out.append(_body_found(sentences.select("article_id", "sentence_index", "text")))
    out.append(_bodies_listed(base, p, reference))
    out.append(_the_dead_included(base, p, reference))
    out.append(_lined_up(base, p, reference))
    out.append(_throats(base, p, reference))
    out.append(_burials(base, p, reference))
    out.append(_losses(base, p, reference))
    out.append(_office_dead(base))
    out.append(_among_the_dead(base))
    out.append(_two_objects_apart(base))
    out.append(_elided_second(base, p, reference))
    out.append(_all_of_them(base, p, reference))
    nothing = _no_casualties(base, sentences)
    found = pl.concat([*out, nothing], how="diagonal_relaxed").with_columns(
        [pl.col(c).fill_null(False) for c in ("backward", "other", "more", "adds", "shared", "sequel", "subject")])
    found = _fatal_share(found, base, num, num_no_article, reference)
    # "killing no one but himself": only the attacker died, no toll is told
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").filter(~((pl.col("n_max") == 0) & pl.col("text").str.slice(pl.col("c_end"), 40).str.contains(
        r"^,? (?:but|except|other than|apart from|besides) (?:himself|herself|themselves|the (?:bomber|attacker|gunman"
        r"|assailant|attackers|gunmen|bombers|assailants))(?-u:\b)")).fill_null(False)).drop("text")
    found = _second_clause_adds(found, base)
    # "killing 10 on the spot; four of the wounded later died": the wounded who died after are more dead, not a share
    # of the dead
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").with_columns(adds=pl.col("adds") | (
        (pl.col("kind") == "killed") & pl.col("subject")
        & pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start")).str.contains(
            r"^[^\s,;]+ of the (?:[\p{Ll}\-]+ )?(?:wounded|injured)(?: (?:later|subsequently|then|also))?"
            r" (?:died|succumbed|have died|had died)(?-u:\b)")).fill_null(False)).drop("text")
    found = _background_and_monitor(found, base)
    found = _pronoun_death(found, base, sentences)
    # "He and one passenger died": the one told before, by a pronoun, is dead with the count
    he_and = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                        how="left").select(((pl.col("kind") == "killed") & pl.col("subject") & pl.col("text").str.slice(
        0, pl.col("c_start")).str.contains(r"(?:^|[.;:] )(?:He|She|he|she) and $") & pl.col("text").str.slice(
        pl.col("c_start"), pl.col("c_end") - pl.col("c_start")).str.contains(r"^(?i:an?|one|two|three|four|five|\d+) ")
                                        ).fill_null(False).alias("_he"))["_he"]
    found = found.with_columns([pl.when(he_and).then(pl.col(c) + 1).otherwise(c).alias(c) for c in ("n_min", "n_max")])
    # "killing three soldiers on each side": the count told once for each of two sides
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").with_columns(_each=guarded(pl.col("text"), [" side"]).str.slice(pl.col("c_end"), 60)
                                                .str.contains(r"^(?: [\p{L}\-]+){0,3}? (?:on|from) (?:each|either|both)"
                                                              r" sides?(?-u:\b)")
                                                .fill_null(False)).with_columns(
        [pl.when(pl.col("_each")).then(pl.col(c) * 2).otherwise(c).alias(c) for c in ("n_min", "n_max")]).drop(
        "text", "_each")
    # a count over weeks or months is a tally, no one event's toll: "a series of attacks that have killed four of its
    # soldiers in the past three weeks"
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").filter(~pl.col("text").str.slice(pl.col("c_end"), 70).str.contains(
        r"^(?: [^\s,;.]+){0,4}? (?:in|over|during|within) (?:the )?(?:(?:past|last|previous|preceding) )?(?:(?:two|three"
        r"|four|five|six|seven|eight|nine|ten|several|few|\d+) )?(?:weeks|months|years)(?-u:\b)"
        # ("Thirteen people have been killed in the city in the past thirteen months": a span told with "past" after a
        # place)
        r"|^(?: [^\s,;.]+){0,8}? (?:in|over|during|within) the (?:past|last|previous|preceding) (?:[\p{L}\-]+ )?"
        r"(?:weeks|months|years)(?-u:\b)").fill_null(False)).drop("text")
    # an age, a distance or a head of livestock is no toll: "Three women, the oldest aged 94, were killed", "shelling
    # killed 16 farm animals"
    first_killed = pl.when(pl.col("kind") == "killed").then(pl.col("c_start")).min().over("article_id", "sentence_index")
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").filter(~(
        guarded(pl.col("text"), ["aged", "age "]).str.slice(0, pl.col("c_start")).str.contains(
            r"(?i:(?-u:\b)(?:aged|age|ages)(?: of)?(?: between)? $)")
        # (a range of ages inside a list read as parts: "killing six children aged between four and 12" is six)
        | guarded(pl.col("text"), ["aged", "ages "]).str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start"))
        .str.contains(r"(?i:(?-u:\b)(?:aged|ages)(?: of)?(?: between)? \S+ (?:and|to) \S+$)")
        # a distance is no toll: "In X, some 15 kilometres south of the capital, a bomber ..., leaving six dead"
        | guarded(pl.col("text"), _DISTANCES).str.slice(pl.col("c_start"), 60).str.contains(
            r"^(?i:(?:some|about|around|nearly|almost|over|more than|less than|roughly|just|barely) )?[^\s,]+"
            rf" (?i:{'|'.join(_DISTANCES)})(?-u:\b)")
        | guarded(pl.col("text"), _LIVESTOCK).str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start") + 30).str.contains(
            r"^(?i:(?:kill|shot|shoot|slaughter)\S*(?: dead)? )?(?:at least |more than |about |some |nearly |over )?[^\s,]+"
            rf"(?: [\p{{Ll}}\-]+)? (?i:{'|'.join(_LIVESTOCK)})(?:[,.;:]|$| (?:and|or|in|at|on|from|near|were|are|was|had"
            r"|have|after|when|while|as|belonging|owned|grazing|died|killed|and)(?-u:\b))")).fill_null(False)
    # (then, over the counts left) a toll of "more" that brings the toll to a total is inside that total: "gunmen then
    # shot dead two more people, bringing the death toll to seven" is seven (where no toll is told before it: "killing
    # five; gunmen then shot dead two more, bringing the toll to seven" is read as 5 + 2)
    ).filter(~(
        pl.col("more") & (pl.col("kind") == "killed") & (first_killed >= pl.col("c_start"))
        & guarded(pl.col("text"), ["toll"]).str.slice(pl.col("c_end"), 140).str.contains(
            r"^[^.;]{0,100}?(?-u:\b)(?:brings|brought|bringing|bring|raising|raises|raised|pushing|pushes|pushed|taking"
            r"|takes|took) the (?:(?:known|overall|official|confirmed|total) )?(?:death )?toll(?: [^.;:]{0,40}?)? to(?-u:\b)")
    ).fill_null(False)).drop("text")
    earlier_event = _earlier_event(found, base)
    # a toll of a war or of a span of time ("The war has killed 10,000 people since 2015") is no one event's
    ongoing = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                         how="left").select(pl.col("text").str.contains(
        r"(?i:(?-u:\b)(?:since|war|wars|conflict|fighting|violence|insurgency|uprising|campaign|so far|this year"
        r"|last year|every|each|a year|a day|annually|total)(?-u:\b))").fill_null(False))
    attackers, keyed_text = _attackers_apart(found, base, sentences)
    # (a sentence that tells another time or event, see _bind_tolls)
    other_time = keyed_text.select(pl.col("text").fill_null("").str.contains(_ANOTHER_TIME_OR_EVENT))
    return found.with_columns(earlier_event_from=pl.col("c_start") - earlier_event,
                              ongoing=ongoing.to_series(), attackers=attackers.to_series() | found["_apart"],
                              other_time=other_time.to_series()).drop("_apart")
