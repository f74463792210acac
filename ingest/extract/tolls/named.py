"""Tolls told by the victims: named victims and their companions ("X and his driver were killed"), a victim
described by office, the one wounded or surviving, later deaths, captives killed and long asides."""

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import NAME_TITLE, PERSON_NAME, PERSON_NAME_NICKNAMED, find_matches
from ingest.extract.tolls._common import _KIN, _ONE_PERSON, _THE_ATTACKERS, _VICTIM_TITLE, _ends_in_a_verb
from ingest.extract.tolls.numbers import _NAME_PARTICLE, parse_quantity, sum_parts

# the people killed with a named victim: "X was killed along with his wife" (one more), "killing leader X and his two
# bodyguards" (two), "X is killed along with his son and eight other people" (nine); after "and"/"with" the list
# opens with a possessed person, "N of his ..." or "N other ..." ("X was killed and five were wounded" adds none),
# after "along with" with any count
# ("X was killed in Moscow on Tuesday along with an aide": "along with" after the place and the day too)
# (the aside is lazy: "killing judge X together with his driver and bodyguard, and wounding ..." is no aside)
_COMPANION = (r"^(?:(?:,? [^,;]{2,90},){0,2}? (?:(?P<loose>along with|together with)|(?P<conn>and|with))"
              # ("shoot dead reporter X, together with a former policeman and a third man, outside a shop")
              r"|, (?P<loose3>along with|together with)"
              # ("killed Judge X, his bodyguard and their driver")
              r"|(?P<comma>,)"
              r"|(?P<loose2> (?:in|at|on|near|outside|inside|during|early|late|last|this|yesterday)(?: [^,;.]{1,80}?)?"
              r" (?:along|together) with)) (?P<clist>[^;:.]{1,160})")
# two people more after a name, each with an article and a noun of a person: "X, a lawyer and a co-defendant"
# (the list's end: not a comma, which closes an aside: "X, a lawyer and a rights activist, was shot")
_TWO_MORE = (r"^(?i:an?) (?:[\p{Ll}\-]+ )?[\p{Ll}\-]*(?:ss|[^s\W]) and (?i:an?|another) (?:[\p{Ll}\-]+ )?[\p{Ll}\-]*(?:ss|[^s\W])"
             r"(?:$|[.;]| (?:and|before|after|as|when|while|in|at|on|inside|outside|near|during)(?-u:\b))")
# ("at least five of his bodyguards": a qualifier before the share)
_COMPANION_OPENING = (r"^(?:(?:his|her|their) |(?:(?:at least|more than|about|some|nearly|up to|as many as) )?\S+"
                      r" (?:other|of (?:his|her|their))(?-u:\b)|(?:\S+ ){1,2}others?(?-u:\b))")
# one person alone by a noun of a job, the object of a killing: "kills the driver", "the town hall's night watchman"
_LONE_PERSON = (r"driver|rider|watchman|night guard|security guard|janitor|doorman|gatekeeper|shepherd|herder|cook|gardener"
                # ("exploded inside a cafe, killing its manager", "killing the owner", "a car blew up, killing the person
                # inside")
                r"|manager|owner|proprietor|landlord|caretaker|waiter|barman|bartender|clerk|receptionist"
                r"|porter|cashier|shopkeeper|pilot|conductor|interpreter|translator|cameraman|photographer|reporter"
                r"|occupant|person inside|man inside|woman inside")
# ... after "and" a count too ("killing senior diplomat X and two Afghan civilians"; not "and two days later", a time)
_COMPANION_COUNT = (r"^(?:(?:an?|one|another) (?:[\p{L}\-]+ ){0,2}" + _ONE_PERSON + r"(?-u:\b)"
                    # ("shoot dead X and a university lecturer": one by an office or a trade, the list's last word)
                    r"|(?:an?|one|another) (?:[\p{L}\-]+ ){0,2}(?:" + _VICTIM_TITLE
                    + r"|teacher|lecturer|professor|doctor|nurse|engineer|scholar|poet|writer|preacher|pastor|trader)$"
                    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,3}) (?:[\p{L}\-]+ ){0,3}"
                    r"[\p{L}\-]+)")
# where a companion list stops: its clause ends ("... and his son when a car bomb explodes"); a list that is the
# subject of its own verb is another clause ("X is killed, ..., and three others are injured")
# (not "at least": "along with at least 20 other people")
_REPORTING_END = r",(?: [^,;]{1,40})? (?:said|says|say|reported|reports|added|told)(?-u:\b).*$"
# (whole words, not inside a hyphened one: "her son, her daughter-in-law and her grandson")
_COMPANION_END = (_REPORTING_END + r"|(?:^|[^\p{L}\-])(?:when|as|after|before|while|who|whom|whose|which|that|where|by|in|on|near|outside|inside"
                  r"|during)(?:$|[^\p{L}\-'’].*$)|(?:^|[^\p{L}\-])at(?: (?:[^l]|l[^e]|le[^a]).*)?$"
                  # ("killing X and four guards and wounding six": the next verb's clause)
                  r"|,? and (?:(?:then|also|later|\p{Ll}+ly) )?(?:wound|injur|hurt|leav|left)\S*(?: .*)?$")
_COMPANION_CLAUSE = (r"(?-u:\b)(?:were|are|was|is|has|have|had|said|says|say|told|wounded|injured|hurt|died|die)(?-u:\b)")
# a named person killed: "Anna X, a journalist, was shot dead", "former prime minister X was killed"; the name at
# the start, after a comma or after a lowercase title word (not "A United States Navy SEAL is killed")
# the start after a capitalised word too: "Serbian Prime Minister X is shot dead"; "X, 29, was shot dead" (an age);
# "X and one of his bodyguards are killed" (the companion counted below)
# a name with initials too: "Minister C. V. Perera"
_VICTIM_NAME = rf"(?:(?:\p{{Lu}}\. ){{1,3}}\p{{Lu}}[\p{{L}}\-'’]+|{PERSON_NAME})"
# the verbs of a named person's death
# ("is found strangled")
_NAMED_DEATH = (r"(?:shot dead|shot and killed|killed|assassinated|murdered|gunned down|beheaded|decapitated|lynched|dead|strangled"
                # "is shot and stabbed to death", "was beaten to death"
                r"|(?:(?:shot|stabbed|beaten|hacked|bludgeoned|burned|burnt) and )?(?:stabbed|beaten|hacked|bludgeoned"
                r"|burned|burnt|shot) to death)")
# ("behind the killing of X, the mayor of Y, who was shot dead": after "the killing of" too)
_NAMED_VICTIM = (rf"(?:^|, |[—–:] | - |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}|(?-u:\b)\p{{Lu}}[\p{{L}}\-]+ "
                 rf"|(?-u:\b)(?:killing|murder|death|assassination) of ){_VICTIM_NAME}"
                 # "President X of Guinea-Bissau was shot dead"
                 # (a lean class after the capital: the Unicode letter class costs a quarter of the pattern's time)
                 r"(?: of (?:the )?\p{Lu}[^\s,;:.]+(?: \p{Lu}[^\s,;:.]+){0,2})?"
                 # "Journalists X and Y were shot dead", "X, Y and Z were killed": each name one more (a lean class)
                 # ("X and French photographer Y", "... and former military ruler Z": a title before the last name)
                 r"(?P<names>(?:, \p{Lu}[^\s,;:]+(?: \p{Lu}[^\s,;:]+){1,3}){0,3},? and (?:\p{Lu}[^\s,;:]+ )?(?:\p{Ll}[^\s,;:]+ ){0,3}"
                 r"\p{Lu}[^\s,;:]+(?: \p{Lu}[^\s,;:]+){1,3})?"
                 # ("X, his bodyguard and their driver are killed": each possessed companion one more)
                 # ("X, and his brother Y are assassinated": the companion's name after the noun)
                 rf"(?P<with>(?:, (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})*,? and (?:(?P<wq>[\p{{L}}\d]+) of )?(?:his|her|their)"
                 rf" (?:[\p{{L}}\-]+ )?{_KIN}s?(?: \p{{Lu}}[\p{{L}}\-]+(?: \p{{Lu}}[\p{{L}}\-]+){{0,2}})?)?"
                 # "is found shot dead", "was reportedly killed", "was abducted on Monday and later shot dead"
                 # (an aside with a list of its own: "X, head of Russia's radiological, chemical and biological
                 # protection troops, was killed")
                 # ("the killing of X, the mayor of Y, who was shot dead at her home": a relative clause after the aside;
                 # not right after the name, "led by X, who is killed in the exchange of fire", one of the doers)
                 r"(?:, (?:the|an?|his|her) [^,;]{2,90}, who |,? (?:[^,;]{2,130}(?:, [^,;]{1,90}){0,2}, )?)"
                 # "X, leader of the party, and his bodyguard are killed": the companion after the aside
                 rf"(?P<with2>and (?:(?P<wq2>[\p{{L}}\d]+) of )?(?:his|her) (?:[\p{{Ll}}\-]+ )?{_KIN}s? )?"
                 r"(?:(?:was|is|are|were) among (?:those|the people|the dead|the victims|the fatalities)"
                 r"(?: (?:killed|dead|who died))?|(?:was|is|are|were|has been|have been|had been)"
                 r"(?: (?:found|reportedly|later|allegedly|also))*(?:(?:(?: [^\s,;:.\d]+){1,6}?,? and(?: then| later)?"
                 rf"(?: found)?)? {_NAMED_DEATH}"
                 # "X was shot in the chest outside his home in Cali and died in hospital"
                 # ("is found with a gunshot wound to the head on the terrace of his home near X and dies in hospital")
                 r"|(?: [^\s,;:.\d]+){1,22}?,? and(?: then| later| subsequently)? (?:died|dies))|(?:had |has )?died|dies|die)(?-u:\b)")
# two named victims, the first with an aside: "X, owner of a weekly, and the paper's marketing director Y are killed",
# "X, a lawyer, and his client Y were shot dead" (a plural verb: both dead)
_SECOND_NAME_AFTER_ASIDE = (rf"(?:^|, |[—–:] | - ){_VICTIM_NAME}, [^,;]{{2,90}}, and (?:(?:the|an?) [\p{{L}}\-]+['’]s "
                            rf"|(?:his|her|their|its) )?(?:\p{{Ll}}[\p{{L}}\-]* ){{0,3}}{PERSON_NAME}"
                            rf" (?:were|are|have been|had been)(?: (?:\p{{Ll}}+ly|also|later|found))* {_NAMED_DEATH}(?-u:\b)")
# any word but "of": "the killing of General X" names a past killing, not a toll
_NOT_OF = r"(?:[[\p{L}\-]--o][\p{L}'’\-]*|o[[\p{L}'’\-]--f][\p{L}'’\-]*|of[\p{L}'’\-]+|o)"
NAMED_OBJECT = (rf"(?-u:\b)(?:killed|kills|killing|kill|assassinated|assassinates|shot dead|murdered"
                rf"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs)) (?:(?:the |an? )?(?:{_NOT_OF} (?:[\p{{L}}\-]+ ){{0,2}})?"
                 rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|(?:\d+-(?:year|month|week)-old )?{PERSON_NAME},)")
# (the tolls read more titles than the type does: "killing senior Canadian diplomat X", "gunmen shoot dead Ugandan MP
# X"; a named victim among others is no assassination, but counts)
_TOLL_TITLE = (r"(?:" + _VICTIM_TITLE + r"|(?i:diplomat|legislator|parliamentarian|unionist|presenter|correspondent"
               r"|photographer|cameraman|elder|candidate|ruler|singer|rapper|poet|writer|professor|doctor|teacher"
               r"|campaigner|businesswoman|chieftain|warlord|dissident|critic|magistrate|broadcaster|columnist"
               r"|nun|pastor|rabbi|mufti|chief of staff|hostage|captive|host|anchor|announcer|commentator|muezzin"
               r"|actor|actress|musician|comedian|footballer|entrepreneur"
               # ("shot dead City Councilman X")
               r"|councilman|councilwoman|congressman|congresswoman|assemblyman|assemblywoman|alderman))")
# a style before a name ("killing the Rev. X", "shot dead Father Y", "Dr. Z")
_STYLE = r"(?:Rev\.|Revd\.?|Reverend|Fr\.|Father|Pastor|Dr\.|Doctor|Prof\.|Professor|Brother|Sister) "
_NAMED_OBJECT_TOLL = (rf"(?-u:\b)(?:killed|kills|killing|kill|assassinat(?:e|es|ed|ing)|shot dead|murdered"
                      # ("say they have captured and executed X, a former commander": put to death)
                      rf"|executed|executing"
                      rf"|shoots? dead|shooting dead|gunned down|guns? down|gunning down"
                      # ("attackers hack to death X, a temple priest", "militants behead Canadian hostage X")
                      rf"|(?:hack|hacks|hacked|hacking|stab|stabs|stabbed|stabbing|beat|beats|beaten|beating|stone|stones"
                      rf"|stoned|stoning|club|clubs|clubbed|clubbing|slash|slashes|slashed|slashing) to death|behead|beheads"
                      rf"|beheaded|beheading"
                      # ("shot dead U.S. Army Captain X": an abbreviated country first)
                      rf"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs)) (?:(?:the |an? )?(?:(?:\p{{Lu}}\.){{2,3}} )?"
                      rf"(?:{_NOT_OF} (?:[\p{{L}}\-]+ ){{0,2}})?"
                      # (a nickname inside the name: "killing gang leader Emmanuel 'Dread' Wilme")
                      # ("shoot dead party leaders X and Y": a plural title, each name counted)
                      rf"(?:{_TOLL_TITLE}s? (?:{NAME_TITLE})?|{NAME_TITLE}|{_STYLE}){PERSON_NAME_NICKNAMED}(?-u:\b)"
                      rf"|(?:\d+-(?:year|month|week)-old )?{PERSON_NAME},)")
# aimed at a named person, dead or not: "shot 15-year-old Malala Yousafzai", "fired missiles at Hamas founder Sheikh
# Ahmed Yassin"
AIMED_AT_NAMED = (rf"(?-u:\b)(?:shot|stabbed|fired (?:[\p{{Ll}}\-]+ ){{0,2}}at|targeted|attacked) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                   rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|\d+-(?:year|month|week)-old {PERSON_NAME}(?-u:\b))")
# a named person attacked, dead or not, makes the attack an assassination ("police chief X was wounded when gunmen
# ambushed his car", "X was shot several times", "X died after being attacked")
NAMED_TARGET = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}){PERSON_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot|killed"
                 r"|assassinated|murdered|stabbed|gunned down|beheaded|wounded|injured|attacked|targeted)|died|dies|escaped|survived)(?-u:\b)")
# a companion named after an aside, after a title in lowercase words or none
_COMPANION_NAME = rf"^(?:(?:\p{{Ll}}[\p{{L}}\-]* ){{0,2}}{_TOLL_TITLE} )?{PERSON_NAME}$"
# ... or after any description in lowercase words ("and community representative Y"; not a verb's object: "and
# injuring Y", "and arrested Y", "and then Y")
# ("and Indigenous expert Y": an adjective of a people before the description)
_DESCRIBED_COMPANION = rf"^(?:\p{{Lu}}\p{{Ll}}+ )?(?:\p{{Ll}}[\p{{L}}\-]* ){{1,2}}{PERSON_NAME}$"
_NOT_A_DESCRIPTION = (r"^(?:\p{Ll}+(?:ing|ed|en)|then|later|also|so|thus|police|troops|soldiers|officials"
                      r"|(?:injure|wound|hurt|kidnap|abduct|seize|take|leave|spare|miss|kill|shoot|stab|attack|beat|rob"
                      r"|capture|arrest|free|release|rescue|target|hold|grab|drag)s?) ")


# (the present and "gun down" too: "shoot dead intelligence officer X"; a party or a people before the description:
# "killing Liberal Party congressman X")
_DESCRIBED_OBJECT = (r"(?-u:\b)(?:killed|kills|killing|kill|shot dead|shooting dead|shoots? dead|murdered|assassinated"
                     r"|gunned down|guns? down|gunning down)"
                     # ("shoot dead the rationalist scholar M. M. X": after "the", a name with initials)
                     rf" (?:the )?((?:\p{{Lu}}\p{{Ll}}+ ){{0,2}}(?:\p{{Ll}}[\p{{L}}\-]* ){{1,3}})(?:{NAME_TITLE})?{_VICTIM_NAME}(?-u:\b)")
# one person wounded, named or described by a role: "killing X and wounding Y", "President X is lightly wounded
# when ...", "X, a general, is shot in the head by a sniper", "killing the passenger and injuring the driver"
_WOUNDED_ONE_END = r"(?:[,.;]|$| (?:and|in|at|on|as|when|while|who|outside|near|during|by)(?-u:\b))"
_WOUNDED_OBJECT = (rf"(?-u:\b)(?:wounding|injuring|wounded|injured|wounds|injures|wound|injure) (?:(?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}?"
                   rf"{_VICTIM_TITLE} )?(?:{NAME_TITLE})?{PERSON_NAME}|the (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+(?:er|or|ist|man|woman|ian)"
                   # ("wounds the bodyguard of a councillor", "injures the secretary of a judge")
                   rf"|the (?:[\p{{Ll}}\-]+ ){{0,2}}?(?:{_KIN}|secretary|assistant) of (?:an? |the )?(?:[\p{{L}}\-]+ ){{0,3}}?[\p{{L}}\-]+)"
                   rf"{_WOUNDED_ONE_END}")
# ("Senator X and his wife are wounded", "reporter X and cameraman Y were seriously injured": one more)
_WOUNDED_SUBJECT = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}|(?-u:\b)\p{{Lu}}[\p{{L}}\-]+ ){PERSON_NAME}"
                    rf"(?P<with> and (?:(?:his|her) (?:[\p{{Ll}}\-]+ )?{_KIN}|(?:\p{{Ll}}[\p{{L}}\-]* ){{0,2}}{PERSON_NAME}))?"
                    # ("a bomb fixed to the car of official X, who was wounded")
                    r",? (?:[^,;]{2,90}, )?(?:who )?"
                    r"(?:(?:was|is|has been|had been)(?: (?:\p{Ll}+ly|also|reportedly))* (?:wounded|injured|hurt|shot|stabbed)"
                    r"|(?:were|are|have been)(?: (?:\p{Ll}+ly|also|reportedly))* (?:wounded|injured|hurt))(?-u:\b)")
# "a police officer is killed and another wounded", "one is killed and the other critically wounded"
_WOUNDED_OTHER = (r"(?:(?-u:\b)(?i:another|the other)(?: one)?(?: (?:was|is|has been|had been))?(?: \p{Ll}+ly)?"
                  r" (?:wounded|injured|hurt)"
                  # ... or its object: "killing one Marine and wounding another before they are shot dead"
                  r"|(?-u:\b)(?:wounding|injuring|wounds|injures|wounded|injured) (?i:another|one other|the other)(?: \p{Ll}+)?)"
                  r"(?:[,.;]|$| (?:in|at|on|when|as|by|and|after|before|while|during|near|outside|inside)(?-u:\b))")
# not a thing or the attacker ("injuring the bomber", "hurting the economy")
_NOT_A_WOUNDED_PERSON = (r"(?-u:\b)(?:bomber|attacker|gunman|assailant|shooter|perpetrator|hijacker|suspect|power|order"
                         r"|border|water|number|center|centre|other|matter|rest|sector|interior|exterior|floor|corner"
                         r"|monitor|motor|reactor|generator|transformer|computer|tower|theater|theatre|shelter|container"
                         r"|trailer|helicopter|tractor|harbour|harbor|minister)(?:[,.;]| \S+)?$")


# one person hurt and told alive: "A soldier is stabbed in the neck; he survives", "a teacher was stabbed and survived
# with injuries", "a blogger is attacked with a machete and is in critical condition", "a shopkeeper was badly burned"
_SURVIVOR = (r"(?-u:\b)(?i:an?|one) (?:[^\s,;:.\d]+ ){1,12}?(?:is|was) (?:\p{Ll}+ly )?"
             r"(?:(?:stabbed|shot|attacked|knifed|slashed|hit|beaten|assaulted|set upon)(?-u:\b)[^;.]{0,80}?"
             r"(?:(?:;|,? and|,? but) (?:he|she) (?:survives|survived|is in (?:a )?(?:critical|serious|grave) condition"
             r"|(?:is|was) (?:in|taken to) (?:a )?hospital)"
             r"|,? (?:and|but) (?:survived|survives)(?-u:\b)"
             r"|,? and (?:is|was) (?:in (?:a )?(?:critical|serious|grave|stable) condition|(?:fighting|battling) for (?:his|her) life))"
             r"|(?:badly|seriously|severely|critically) (?:burned|burnt)(?-u:\b))")


_SURVIVED_HURT = (rf"(?:^|; |, |(?-u:\b)(?:and|but|while) )(?:(?i:the|his|her) (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+[^s\W]|{PERSON_NAME}"
                  r"|(?i:he|she))(?: (?:himself|herself|also))? (?:survived|survives|escaped|escapes)"
                  r" (?:with|despite) (?:(?:minor|light|slight|serious|severe|critical|multiple|gunshot|shrapnel|stab|head"
                  r"|leg|arm) )?(?:wounds|injuries|a (?:\p{Ll}+ )?(?:wound|injury))(?-u:\b)")


# one person shot, then told dead by a pronoun: "X is shot in a car park, and police later say he has died of his
# wounds", "a reporter is shot by two men; she dies in hospital the next day"
_LATER_DEATH = (r"(?-u:\b)(?:is|was) (?:\p{Ll}+ly )?(?:shot|stabbed|wounded|injured|hit|attacked|knifed)(?-u:\b)[^;.]{0,120}?"
                r"(?:;|,? and|,? but)(?: [^;.]{0,40}? (?:say|says|said|reports?|reported|confirms?|confirmed)(?: that)?)?"
                r" (?:he|she) (?:later |subsequently |then )?(?:has |had )?(?:died|dies|succumbed)(?-u:\b)")


# one named person told dead of wounds in a clause of its own: "...; X died of gunshot wounds in hospital" (not a
# pronoun or a word that opens a sentence: see _pronoun_death)
_NAMED_DIES_OF_WOUNDS = (r"(?:^|; |,? (?:and|but|while) )(?P<name>\p{Lu}[\p{Ll}\-'’]+(?: \p{Lu}[\p{Ll}\-'’]+){0,2})"
                         r" (?:later |subsequently |eventually )?(?:died|dies|succumbed|succumbs) (?:of|from|to)"
                         r" (?:his |her )?(?:[\p{Ll}\-]+ )?(?:wounds|injuries)(?-u:\b)")


def _named_dies_of_wounds(base: pl.DataFrame) -> pl.DataFrame:
    """One named person dead of wounds, told in a clause of its own: "...; X died of gunshot wounds in hospital"."""
    found = find_matches(base.filter(pl.col("text").str.contains_any([" wounds", " injuries"])), _NAMED_DIES_OF_WOUNDS,
                         "m").filter(~pl.col("m").str.extract(_NAMED_DIES_OF_WOUNDS, 1).is_in(
                             ["He", "She", "It", "They", "The", "This", "That", "One", "Another", "Both", "All", "None"]))
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), (pl.col("m_end") - pl.col("m").str.replace(
                            r"^(?:; |,? \S+ )", "").str.len_chars()).alias("c_start"), pl.col("m_end").alias("c_end"),
                        subject=pl.lit(True))


def _captives_killed(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Captives counted when taken and killed after by a pronoun: "Gunmen who had kidnapped three aid workers killed
    them", "militants abducted 12 truck drivers and later executed them"."""
    # ("pulled 22 villagers off a bus and shot them dead", "pulled off 14 passengers")
    # ("took off 14 soldiers travelling in civilian clothes and executed them")
    pattern = (rf"(?-u:\b)(?:kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|(?:took|taken|taking)(?: off| away| out)?"
               rf"|(?:pull|pulls|pulled|pulling|drag|drags|dragged|dragging|haul|hauls|hauled|hauling)(?: off| out)?"
               rf"|(?:round|rounds|rounded|rounding|line|lines|lined|lining) up) (?P<q>{num})"
               # ("seized three soldiers, took them across the border and killed them": a clause between, no count)
               r" (?:[^,;.]{1,140}?|[^;.\d]{1,160}?) (?:(?:killed|kills|executed|executes|beheaded|beheads|murdered|murders|shot dead|shoot dead"
               # (the present of a headline after "and": "abduct 30 civilians ... and kill them"; not "threaten to kill them")
               r"|(?:and|then)(?: then| later)? (?:kill|execute|behead|murder)"
               r"|shoots dead) (?:all of )?them|(?:shot|shoots|shoot) them dead)(?-u:\b)")
    rows = base.filter(pl.col("text").str.contains_any([" them"]), pl.col("text").str.contains_any(
        ["kidnap", "abduct", "seiz", "captur", "took", "taken", "pull", "drag", "haul", "round up", "rounded up", "rounds up",
         "rounding up", "lined up", "line up", "lines up", "lining up"],
        ascii_case_insensitive=True))
    found = find_matches(rows, pattern, "m")
    found = parse_quantity(found.with_columns(q=pl.col("m").str.extract(pattern, 1)), "q", "n", reference).filter(
        pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))


# a count whose aside names more than the lean aside of the toll patterns holds (_TOLL_ASIDE: 60 characters, a size
# the 16 copies of `filler` allow): "Ten hostages, among them former governor X and retired colonel Y, are killed"
_LONG_ASIDE = (r"(?:^|, |; |(?-u:\b)(?:and|but|while|when) )(?P<q>{num})(?: [\p{{L}}\-]+){{1,3}}, (?:including|among them|among whom)"
               r" [^;.:]{{61,200}}?, (?:were|are|was|is|have been|has been|had been)(?: (?:later|reportedly|also|\p{{Ll}}+ly))?"
               r" (?P<verb>killed|shot dead|dead|died|slain|murdered|executed|wounded|injured|hurt)(?-u:\b)")


def _long_aside(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    pattern = _LONG_ASIDE.format(num=num)
    rows = base.filter(pl.col("text").str.contains_any([", including ", ", among them ", ", among whom "]))
    found = find_matches(rows, pattern, "m").with_columns(pl.col("m").str.extract_groups(pattern).alias("_g")).unnest("_g")
    found = parse_quantity(found, "q", "n", reference).filter(pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.when(pl.col("verb").is_in(["wounded", "injured", "hurt"])).then(
        pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"), "n_min", "n_max",
                        (pl.col("m_start") + pl.col("m").str.len_chars() - pl.col("m").str.replace(
                            r"^(?:, |; |\S+ )", "").str.len_chars()).alias("c_start"),
                        pl.col("m_end").alias("c_end"), subject=pl.lit(True))


# a victim who acts, then dies: "X shoots and wounds his attacker before dying", "the guard fired back before dying of
# his wounds" (one person: a name, "the" and a singular noun, or a pronoun; not the doer)
_SAME_ATTACK_DIES = (r"(?:^|; |, (?:and|while|but) )(?i:an?|one|another) (?:[\p{Ll}\-]+ ){1,4}?(?:hit|wounded|injured|shot|hurt)"
                     r" in the (?:same )?(?:attack|shooting|blast) (?:later |also )?(?:dies|died|has died|succumbed|succumbs)"
                     r"(?-u:\b)")
_DIES_AFTER = (rf"(?:^|; |, (?:and|but) )(?:{PERSON_NAME}|\p{{Lu}}\p{{Ll}}+|(?i:the) (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+[^s\W]"
               r"|(?i:he|she))(?: [^;.]{1,100}?)? before dying(?-u:\b)")


def _later_deaths(base: pl.DataFrame) -> pl.DataFrame:
    rows = base.filter(pl.col("text").str.contains_any([" died", " dies", " succumbed"]),
                       pl.col("text").str.contains_any(["he ", "she "]))
    found = find_matches(rows, _LATER_DEATH, "m")
    dying = find_matches(base.filter(pl.col("text").str.contains("before dying", literal=True)), _DIES_AFTER, "m").filter(
        ~pl.col("m").str.contains(r"^(?:; |, \S+ )?(?:(?i:the) )?(?:\S+ )?" + _THE_ATTACKERS),
        ~pl.col("m").str.contains(r"^(?:; |, \S+ )?(?i:the )?(?:\S+ )?(?:suspect|bomber|killer)"))
    found = pl.concat([found.select("article_id", "sentence_index", "m_start", "m_end"),
                       dying.select("article_id", "sentence_index", "m_start", "m_end")])
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"))


def _survivors(base: pl.DataFrame) -> pl.DataFrame:
    """One person hurt who is told alive (a literal scan first: most toll sentences hold none of these words)."""
    rows = base.filter(pl.col("text").str.contains_any(["surviv", "condition", "for his life", "for her life", "hospital", "burned",
                                                        "burnt"]), pl.col("text").str.contains_any([" is ", " was "]))
    # (not one of a group told before: "police arrested the two men inside, one of whom was badly burned")
    found = find_matches(rows, _SURVIVOR, "m").filter(~pl.col("m").str.contains(_THE_ATTACKERS),
                                                      ~pl.col("m").str.contains(r"^(?i:one) of "))
    # ("The officer survived with wounds", "the mayor escaped with minor injuries": one hurt, told alive)
    hurt = find_matches(base.filter(pl.col("text").str.contains_any(["survive", "escape"]), pl.col("text").str.contains_any(
        [" with ", " despite "])), _SURVIVED_HURT, "m").filter(~pl.col("m").str.contains(_THE_ATTACKERS))
    found = pl.concat([found, hurt])
    return found.select("article_id", "sentence_index", pl.lit("wounded").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"), subject=pl.lit(True))


def _one_wounded(base: pl.DataFrame) -> pl.DataFrame:
    """Wounded tolls of one person told by a name or a role (not one who died: "X was shot and died")."""
    rows = base.filter(pl.col("text").str.contains_any(["wound", "injur", "hurt", " shot ", " stabbed "]))
    objects = find_matches(rows.filter(pl.col("text").str.contains_any(["wounding ", "injuring ", "wounded ", "injured ",
                                                                        "wounds ", "injures ", "wound ", "injure "])), _WOUNDED_OBJECT, "m")
    subjects = find_matches(rows.filter(pl.col("text").str.contains_any(
        [" was ", " is ", " has been ", " had been ", " were ", " are ", " have been "])), _WOUNDED_SUBJECT, "m")
    other = find_matches(rows.filter(pl.col("text").str.contains_any(["another", "other"], ascii_case_insensitive=True)),
                         _WOUNDED_OTHER, "m")
    # ("wounding another": the word "other" names a person here)
    found = pl.concat([objects, subjects, other.with_columns(_other=pl.lit(True))], how="diagonal_relaxed").filter(
        ~pl.col("m").str.contains(r"(?-u:\b)\p{Lu}{2,}(?-u:\b)|[^aiou\s]s(?: \S+|[,.;])?$"),
        pl.col("_other").fill_null(False) | ~pl.col("m").str.contains(_NOT_A_WOUNDED_PERSON),
        # "was shot dead", "was shot in the head and died in hospital" (not another's death: "is injured and his
        # driver killed")
        ~(pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
            r"^[^;.]{0,80}?(?-u:\b)(?:dead|killed|to death|died|dies|succumbed)(?-u:\b)|^[^;.]{0,80}?; (?:he|she) (?:later )?(?:died|dies)")
          & ~pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
            r"^(?:[^;.]{0,30}? (?:and|but|while|before|after|until))? (?:his|her|their|an?|the|one|two|three|four|five|\d+|they|he|she)"
            r" (?:\S+ ){0,3}?"
            r"(?:(?:is|was|were|are) )?(?:dead|killed|died)(?-u:\b)")))
    # ("confirms the death of its commander, X, who was wounded on Sunday": the hurt one died)
    # (told just before: not "the killing of X ..., and for a bomb fixed to the car of Y, who was wounded")
    found = found.filter(~pl.col("m").str.contains(", who ", literal=True) | ~pl.col("text").str.slice(
        pl.max_horizontal(pl.col("m_start") - 50, 0), pl.min_horizontal(pl.col("m_start"), 50)).str.contains(r"(?-u:\b)(?:death|killing|assassination|murder|funeral) of|(?-u:\b)(?:died|dies|killed)(?-u:\b)"))
    # (a plural verb only with its pair: "X and his wife are wounded")
    pair = pl.col("m").str.contains(r" (?:were|are|have been)(?: \S+)* (?:wounded|injured|hurt)$")
    with_one = pl.col("m").str.extract_groups(_WOUNDED_SUBJECT).struct.field("with").is_not_null()
    found = found.filter(~pair | with_one)
    n = pl.when(with_one).then(pl.lit(2, pl.Int32)).otherwise(pl.lit(1, pl.Int32))
    return found.select("article_id", "sentence_index", pl.lit("wounded").alias("kind"),
                        n.alias("n_min"), n.alias("n_max"),
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                        backward=pl.col("m").str.contains(r"^\p{L}+ing "),
                        subject=~pl.col("m").str.contains(r"^\p{Ll}+ing "))


# ("killing 14-year-old X": an age before the name)
# (the present of a headline too: "gunmen on a motorcycle kill X in Y", "assassinate X")
_NAMED_OBJECT_ALONE = (rf"(?-u:\b)(?:killing|killed|kills|kill|shot dead|shooting dead|shoots? dead|murdered|murdering"
                       rf"|murders?|assassinat(?:e|es|ed|ing))"
                       rf" (?:\d{{1,3}}-(?:year|month|week)-old )?{PERSON_NAME}"
                       # "shot dead X and Y outside a mosque": each name one more
                       rf"(?P<more>(?:, {PERSON_NAME}){{0,3}},? and {PERSON_NAME})?"
                       # ("shot dead X and his driver", "X and a teacher": the companions are counted after the name)
                       r"(?: and (?:wound|injur|hurt)[a-z]*| and|[.;]|$| (?:in|at|on|outside|near|inside|during|as|while|when"
                       r"|after|before|late|early|last|yesterday)(?-u:\b))")
_NO_DESCRIPTION = (r"(?-u:\b)(?:in|at|on|near|of|from|to|by|with|for|and|or|but|across|inside|outside|around|throughout"
                   r"|through|via|within|without|upon|about|like|amid|despite|toward|towards|per|up|down|off|out"
                   r"|during|after|before|since|while|when|as|into|over|under|along|against|between|among|because|if"
                   r"|than|so|then|also|later|yesterday|today|last|this|next|that|these|those|the|a|an|his|her|their|its"
                   r"|our|my|your|it|him|them|us|who|which|what|where|one|two|three|four|five|six|seven|eight|nine|ten"
                   r"|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                   r"|dozens|scores|hundreds|thousands|several|many|some|all|both|more|most|least|people|civilians"
                   r"|soldiers|troops|was|were|is|are|has|have|had|said|says)(?-u:\b)")


# the victim named between the verb and "to death" or "dead", with an aside: "stabs X, a pregnant woman, to death"
_NAMED_TO_DEATH = (r"(?-u:\b)(?:stab(?:s|bed|bing)?|beat(?:s|ing)?|hack(?:s|ed|ing)?|bludgeon(?:s|ed|ing)?|burn(?:s|ed|t|ing)?"
                   r"|club(?:s|bed|bing)?|ston(?:es|ed|ing)|tortur(?:es|ed|ing)|strangl(?:es|ed|ing)|kick(?:s|ed|ing)?"
                   r"|shoot(?:s|ing)?|shot|gun(?:s|ned|ning)?) "
                   # ("hack the tailor X to death": a described name)
                   r"(?:(?:the|an?) (?:\p{Ll}[\p{L}\-]* ){0,2}?\p{Ll}[\p{L}\-]* )?"
                   # (the small words inside a name too: "Marwa el-Sherbini")
                   rf"(?:{NAME_TITLE})?\p{{Lu}}[\p{{L}}\-'’]+(?: {_NAME_PARTICLE}?\p{{Lu}}[\p{{L}}\-'’]+){{1,3}}"
                   r"(?:, [^,;]{2,60},)? (?:to death|dead)(?-u:\b)")


# "..., killing X, a leader suspected in the 2000 bombing, and five other men": a participle tells the toll of the
# clause before it, not of an event word inside its own list (see _bind_tolls)
_PARTICIPLE = pl.col("m").str.contains(r"^\p{L}+ing ")


def _named_and_other_victims(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Killed tolls told by names: "Anna X, a journalist, was shot dead" -> 1; "killed commander X, militia leader Y
    and eight other people" -> 10 (each listed victim, an appositive name excepted: "the ambassador, J. Smith, and
    three other Americans" -> 4)."""
    # (the pattern's verbs are lowercase literals: a scan for them keeps 60% of the rows away from it)
    subjects = find_matches(base.filter(pl.col("text").str.contains_any(
        ["shot", "killed", "assassinated", "murdered", "gunned down", "beheaded", "decapitated", "lynched", "dead", "strangled", "to death", "died",
         " dies", " die"])), _NAMED_VICTIM, "m")
    subjects = subjects.with_columns(pl.col("m").str.extract_groups(_NAMED_VICTIM).alias("_g")).unnest("_g")
    # "X and one of his bodyguards are killed": the companions counted, one when no number is given
    subjects = parse_quantity(subjects.with_columns(pl.coalesce("wq", "wq2").alias("wq"),
                                                    pl.coalesce("with", "with2").alias("with")),
                              "wq", "_w", reference).with_columns(
        _with=pl.when(pl.col("with").is_null()).then(0).otherwise(pl.coalesce("_w_min", pl.lit(1))
                                                                  + pl.col("with").str.count_matches(", (?:his|her|their) "))
        + pl.col("names").str.count_matches(r", |,? and ").fill_null(0))
    # "Two French journalists working for X, A and B, are found shot dead": a count before the names is the toll
    subjects = parse_quantity(subjects.with_columns(pl.col("m").str.extract(
        r"^(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) \p{L}", 1).alias("_lead")), "_lead", "_lead", reference)
    subjects = subjects.with_columns(_with=pl.when(pl.col("_lead_min").is_not_null()).then(pl.col("_lead_min") - 1)
                                     .otherwise("_with"))
    # "killed university football player X", "shot dead human rights defender X": a description in any words before
    # the name (not a clause: "killed in Northern Ireland", "killed two soldiers", "killed last year by Boko Haram")
    described = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killed ", "kills ", "killing ", "kill ", "shot dead ", "shooting dead ", "shoot dead ", "shoots dead ", "murdered ",
         "assassinated ", "gunned down ", "gun down ", "guns down ", "gunning down "])),
        _DESCRIBED_OBJECT, "m").with_columns(_desc=pl.col("m").str.extract(_DESCRIBED_OBJECT, 1)).filter(
        ~pl.col("_desc").str.contains(_NO_DESCRIPTION))
    # "stabs X, a pregnant woman, to death", "a mob beat X to death", "shot X dead"
    to_death = find_matches(base.filter(pl.col("text").str.contains_any(["to death", " dead"])), _NAMED_TO_DEATH, "m")
    # "stormed his house and shot him dead", "shot the co-founder of a rights group dead": one person by a pronoun or
    # a singular description between the verb and "dead" (not the attacker: "police shot him dead", "shot the gunman dead")
    pronoun_dead = (r"(?-u:\b)(?:shot|shoots|shooting|shoot|stabbed|stabs|stabbing|beat|beats|beating|hacked|hacks|hacking"
                    r"|clubbed|stoned|strangled|kicked|burned|burnt) (?:him|her|the (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]*[^s\W]"
                    r"(?: of [^,;.\d]{2,60}?)?"
                    # ("shooting his former girlfriend dead", "shot his estranged wife dead")
                    rf"|(?:his|her) (?:[\p{{Ll}}\-]+ ){{0,2}}?{_KIN}) (?:dead|to death)(?-u:\b)")
    pronoun = find_matches(base.filter(pl.col("text").str.contains_any([" dead", "to death"]),
                                       pl.col("text").str.contains_any([" him ", " her ", " the ", " his "])), pronoun_dead, "m").filter(
        ~pl.col("m").str.contains(r"(?-u:\b)(?:men|women|children|people|police|staff|crew|family|two|three|four|five|six"
                                  r"|seven|eight|nine|ten|both|all|hostage|captive)(?-u:\b)"),
        ~pl.col("m").str.contains(_THE_ATTACKERS), ~pl.col("m").str.contains(r"(?-u:\b)(?:suspect|man|youth)(?-u:\b)"),
        # (the force as the subject: not "tied up his guards and shot him dead")
        ~pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
            r"(?i:(?-u:\b)(?:police|policemen|officers?|soldiers?|troops|forces|guards?|agents|gendarmes|commandos"
            # ("before security men shoot him dead")
            r"|marines|snipers?|security men|bodyguards?)((?: [\p{L}\-]+){0,3}) $)", 1).str.contains(r"(?-u:\b)(?:and|or|but)(?-u:\b)").not_().fill_null(False))
    # "X was abducted ... and was later found shot dead": one person seized, then found dead
    seized_dead = (r"(?-u:\b)(?:was|is|has been) (?:abducted|kidnapped|seized|snatched|taken hostage)(?-u:\b)[^;.]{0,140}?"
                   r",? and (?:was |is )?(?:later |then |subsequently )?(?:found )?(?:shot dead|dead|killed|murdered"
                   r"|beheaded|executed)(?-u:\b)")
    seized = find_matches(base.filter(pl.col("text").str.contains_any(["abducted", "kidnapped", "seized", "snatched",
                                                                       "hostage"])), seized_dead, "m")
    # "killing X and wounding Y", "... shot dead X.": a bare name as the whole object (not a group: "killing US
    # Marines.", "killed Afghan Kurds")
    alone = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killing ", "killed ", "kills ", "kill ", "shot dead ", "shooting dead ", "shoot dead ", "shoots dead ", "murder",
         "assassinat"])),
        _NAMED_OBJECT_ALONE, "m").filter(~pl.col("m").str.contains(
            r"(?-u:\b)\p{Lu}{2,}(?-u:\b)|[^aiou\s]s(?: and \S+| \S+|[.;])?$")).with_columns(
        pl.col("m").str.extract_groups(_NAMED_OBJECT_ALONE).struct.field("more").str.count_matches(
            r", |,? and ").fill_null(0).alias("_with"))
    second_named = find_matches(base.filter(pl.col("text").str.contains(", and ", literal=True), pl.col("text").str.contains_any(
        [" were ", " are ", " have been ", " had been "])), _SECOND_NAME_AFTER_ASIDE, "m")
    named = pl.concat([subjects.select(*base.columns, "m_start", "m", "m_end", "_with"),
                       second_named.select(*base.columns, "m_start", "m", "m_end", _with=pl.lit(1)),
                       alone.select(*base.columns, "m_start", "m", "m_end", "_with"),
                       *[frame.select(*base.columns, "m_start", "m", "m_end", _with=pl.lit(0))
                         for frame in (find_matches(base, _NAMED_OBJECT_TOLL, "m"), described, to_death, pronoun, seized)]],
                      how="vertical_relaxed")
    # a threat or an aim names no dead: "threatens to kill X", "vowed to stab X to death"
    # (but "confessed to killing X" tells a killing: a gerund after "to")
    # (not a title's "to": "Ambassador to Guatemala X is shot dead")
    named = named.filter(~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
        r"(?i:(?-u:\b)(?:to|will|would|could|may|might|can|cannot|should|must|shall|n't|not|never)(?: [a-z]+ly)? $)")
        | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?-u:\b)\p{Lu}[\p{L}\-]+ to $")
        | (pl.col("m").str.contains(r"^\p{Ll}+ing ") & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            r"(?i:(?-u:\b)(?:confess(?:es|ed|ing)?|admit(?:s|ted|ting)?|guilty|convicted|charged|sentenced|jailed)(?: \p{Ll}+)? to $)")))
    # "... was killed along with his wife": two
    # (from the comma or the " and" a bare name's match ends on)
    after = pl.col("text").str.slice(pl.col("m_end") - pl.col("m").str.ends_with(",").cast(pl.Int64)
                                     - 4 * pl.col("m").str.ends_with(" and").cast(pl.Int64), 200)
    named = named.with_row_index("_n").with_columns(after.str.extract_groups(_COMPANION).alias("_c")).unnest("_c")
    companions = named.filter(pl.col("clist").is_not_null()).with_columns(
        pl.col("clist").str.replace(_COMPANION_END, "").str.strip_chars(" ,"), _raw=pl.col("clist")).filter(
        # (after a bare comma, a list of the possessed: "X, his nephew" alone is X)
        pl.col("loose").is_not_null() | pl.col("loose3").is_not_null() | (pl.col("clist").str.contains(_COMPANION_OPENING) & (
            pl.col("comma").is_null() | pl.col("clist").str.contains(r"^(?:his|her|their) [^,;]{2,40},? and ")))
        # ("with a friend", "and two Afghan civilians"; not "with a knife", "and three houses burned")
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_COMPANION_COUNT) & ~_ends_in_a_verb(pl.col("clist")))
        # ("killing judge X, a lawyer and a co-defendant": after a bare comma, two people each with an article, the list
        # of the dead goes on; not "X, a lawyer and activist", one person told by two nouns)
        | (pl.col("comma").is_not_null() & pl.col("_raw").str.contains(_TWO_MORE))
        # ("shoot dead X, a legislator of the ruling party, and former legislator Y": a second name after the aside)
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_COMPANION_NAME))
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_DESCRIBED_COMPANION)
           & ~pl.col("clist").str.contains(_NOT_A_DESCRIPTION))
        | ((pl.col("conn") == "with") & pl.col("clist").str.contains(
            rf"^(?:an?|one|two|three|four|five|six|\d) (?:[\p{{L}}\-]+ ){{0,2}}(?:{_ONE_PERSON}(?:s|ren)?|men|women)(?-u:\b)"))
        # (the place and the day before it tell no other clause: "... in X when a bomb hit his car along with ...")
        | (pl.col("loose2").is_not_null() & ~pl.col("loose2").str.contains(
            r"(?-u:\b)(?:when|as|after|while|who|which|that|where|before|because|and)(?-u:\b)")),
        ~pl.col("clist").str.contains(_COMPANION_CLAUSE))
    # ("kills X, a commander, and another militant": one more)
    companions = companions.with_columns(pl.col("clist").str.replace(r"^another ", "an "))
    companions = companions.with_columns(clist=pl.when(pl.col("clist").str.contains(_COMPANION_NAME) | (
        (pl.col("conn") == "and") & pl.col("clist").str.contains(_DESCRIBED_COMPANION)
        & ~pl.col("clist").str.contains(_NOT_A_DESCRIPTION))).then(
        pl.lit("one")).otherwise("clist"))
    companions = sum_parts(companions.select("_n", "clist"), "clist", "_comp", num, reference).select(
        "_n", "_comp_min", "_comp_max")
    named = named.join(companions, on="_n", how="left")
    count = (1 + pl.col("_comp_min").fill_null(0) + pl.col("_with")).cast(pl.Int32)
    # "X is killed along with at least 20 other people": at least 21, no maximum
    open_count = pl.col("_comp_min").is_not_null() & pl.col("_comp_max").is_null()
    # ("X and Y are among those killed": at least two)
    open_count = open_count | pl.col("m").str.contains(r" among (?:those|the) ")
    named = named.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), count.alias("n_min"),
        pl.when(open_count).then(None).otherwise(count).alias("n_max"), pl.col("m_start").alias("c_start"),
        pl.col("m_end").alias("c_end"), backward=_PARTICIPLE)
    listed = (rf"(?i:kill(?:s|ed|ing)?|shot dead|shoots? dead|shooting dead) (?P<list>[^;]{{3,160}}?),? (?:and|along with"
              rf"|together with|as well as) (?P<q>{num}) others?(?-u:\b)")
    found = find_matches(base, listed, "m").with_columns(
        pl.col("m").str.extract_groups(listed).alias("_g")).unnest("_g")
    # (not "killed X, a police officer, and three others were wounded": the others are their own clause's subject)
    found = parse_quantity(found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
        r"^(?: \S+)? (?:were|are|was|is|have|has|had)(?-u:\b)"),
        # (not "killing three people and wounding the driver and nine others": the others are of the hurt)
        ~pl.col("list").str.contains(r"(?-u:\b)(?:wound|injur|hurt|maim)\S*(?-u:\b)"),
        # (nor "killing two guards and taking the ambassador and 20 other people hostage": a second verb's object)
        ~pl.col("list").str.contains(r"(?-u:\b)and (?:then )?\p{Ll}{2,}ing (?:the|an?|his|her|their|its|some|about|at least"
                                     r"|more than|over|\d)(?-u:\b)")), "q", "n", reference)
    # a segment of capitalised words only, after one ending in a lowercase word, is an appositive name
    segments = pl.col("list").str.split(", ")
    # ... and so is a description after a name ("kills X, a critic of the government, and five other people")
    counted = segments.list.eval(
        # ("a suicide bomber killed himself and three others": the attacker in the list of the dead is part of that
        # toll, see sum_parts; "killed commander X, who sheltered fighters, along with four others": a relative
        # clause is no one)
        ~(pl.element().str.contains(r"^(?:who|whom|whose|which|that) ")
          | (pl.element().str.contains(r"^(?:\p{Lu}[\p{L}'’\.\-]*\s?)+$")
           # (a lowercase word: "X, Y and six other officials" names two, "Sargsyan" ends in lowercase letters)
           & pl.element().shift(1).str.contains(r"(?:^| )\p{Ll}\S*$").fill_null(False))
          # ("X, commander of the group's military wing, and 14 other people")
          # (... "X, the group's second-in-command, and 16 other", "X, the Hamas commander, and ...")
          | (pl.element().str.contains(r"^(?:(?:an?|the) |\p{Ll}[\p{L}\-]*(?: \p{Ll}[\p{L}\-]*)? of )")
             & pl.element().shift(1).str.contains(r"\p{Lu}[\p{L}'’\-]+$").fill_null(False))
          # ("killing its deputy head, cleric X, and five other people": a titled name after one described person)
          | (pl.element().str.contains(r"^(?:\p{Ll}[\p{L}\-]* ){1,3}\p{Lu}[\p{L}'’\.\-]*(?: \p{Lu}[\p{L}'’\.\-]*)*$")
             & pl.element().shift(1).str.contains(r"^(?:its|his|her|their|the) [\p{Ll}\- ]+$").fill_null(False)))).list.sum()
    # ("killed themselves and four others": at least two of them)
    counted = counted.cast(pl.Int32) + pl.col("list").str.contains(r"^themselves$").cast(pl.Int32)
    found = found.with_columns(n_min=pl.col("n_min") + counted,
                               n_max=pl.when(pl.col("list").str.contains(r"^themselves$")).then(None)
                               .otherwise(pl.col("n_max") + counted))
    # "confirms the death of its commander, X", "the army announced the deaths of two soldiers": a death reported
    # (not "an inquiry into the death of a student": a death only mentioned)
    # ... or shown or claimed: "releases a video showing the beheading of French guide X", "the group claimed the
    # killing of two soldiers", "claims responsibility for the murder of a judge" (not "revenge for the killing of X")
    # ... or condemned: "the government condemns the killing of at least 11 miners"
    reported = (rf"(?i:(?-u:\b)(?:confirm|announc|report|mourn|acknowledg|show|claim|film|condemn|denounc|deplor)[a-z]*"
                rf" (?:responsibility for )?(?:the )?(?P<d>deaths?|killings?|beheadings?|murders?|assassination) of)"
                rf"(?: (?:(?i:the|its|their|his|her) )?(?P<q>{num})(?-u:\b))?")
    deaths = find_matches(base.filter(pl.col("text").str.contains_any(
        ["death of", "deaths of", "killing of", "killings of", "beheading of", "beheadings of", "murder of",
         "murders of", "assassination of"])), reported, "m")
    deaths = parse_quantity(deaths.with_columns(pl.col("m").str.extract_groups(reported).alias("_g")).unnest("_g"),
                            "q", "n", reference).with_columns(
        # a plural without a number is no count; a singular is one
        n_min=pl.when(pl.col("q").is_null()).then(pl.when(~pl.col("d").str.ends_with("s")).then(1)).otherwise("n_min"),
        n_max=pl.when(pl.col("q").is_null()).then(pl.when(~pl.col("d").str.ends_with("s")).then(1)).otherwise("n_max"),
    ).filter(pl.col("n_min").is_not_null() | pl.col("n_max").is_not_null(),
             # (a killing condemned is the news only where the sentence tells no other death after it: "The UN condemns
             # the killing of ten civilians in X, as a drone strike kills another 15 people in Y" is another event's)
             ~pl.col("m").str.contains(r"^(?i:condemn|denounc|deplor)") | ~pl.col("text").str.slice(pl.col("m_end")).str.contains(
                 r"(?-u:\b)(?:kill|kills|killed|killing|dead|died|dies)(?-u:\b)"))
    return pl.concat([named, *[frame.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.col("n_min").cast(pl.Int32),
        pl.col("n_max").cast(pl.Int32), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
        backward=_PARTICIPLE) for frame in (found, deaths)]], how="vertical_relaxed")
