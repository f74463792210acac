"""Patterns shared by several toll readings: the people a toll counts one by one (kin, offices, a lone
person), the attackers whose own death is no part of a toll, a part that ends in a verb, and the words of
another time or event."""

import polars as pl

# a part that ends in its own verb is a clause, not a count of the dead ("hundreds of inmates escaped and 20 guards
# were killed", "dozens fled and ...", "ten are missing and ...")
_ENDS_IN_A_VERB = (r"(?-u:\b)(?:\p{Ll}{2,}ed|fled|flee|flees|ran|run|runs|went|fought|hid|escape|escapes|survive|survives"
                   # ("Five people burned to death and two were hurt": a death told is a clause too)
                   r"|remain|remains|missing|unharmed|unhurt|alive|safe|free|to death)$")


def _ends_in_a_verb(part: pl.Expr) -> pl.Expr:
    # ("One hundred and eighty people": a number word, no verb)
    return part.str.contains(_ENDS_IN_A_VERB) & ~part.str.contains(r"(?i:hundred)$")
# (not the attackers' own deaths: "..., while three gunmen were shot dead by police")
_ATTACKER_SUBJECT = (r"(?i:(?-u:\b)(?:attackers?|gunm[ae]n|assailants?|bombers?|militants?|insurgents?|hijackers?"
                     # ("the raiders were driven off and 17 of them were killed")
                     r"|suspects?|perpetrators?|shooters?|kidnappers?|terrorists?|guerrillas?|raiders?)(?-u:\b))")


# the doers of this attack only
# (a hostage-taking's doers too: "special forces kill five of the hostage-takers")
_THE_ATTACKERS = (r"(?i:(?-u:\b)(?:attackers?|gunm[ae]n|assailants?|bombers?|hijackers?|shooters?|perpetrators?"
                  r"|hostage[ \-]takers?|kidnappers?|captors?|raiders?)(?-u:\b))")


# the people close to a named victim
_KIN = (r"(?:wife|husband|son|daughter|brother|sister|father|mother|driver|bodyguard|guard|aide|nephew|niece|child"
        r"|cousin|uncle|aunt|grandson|granddaughter|grandchild|assistant|secretary|companion|colleague|friend"
        r"|spokesman|deputy|escort|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|partner"
        r"|girlfriend|boyfriend|fianc[eé]e?|parent|bodyguard|cameraman|photographer|interpreter|translator|producer"
        r"|guide|host|housekeeper|maid|nanny|neighbou?r|grandchild|infant|baby|toddler|passenger"
        # (a household's staff: "the ambassador and his footman")
        r"|footman|chauffeur|butler|servant|valet)")
# one person by a noun of a person: "is hacked to death with a friend", "killing X and a bystander"
_ONE_PERSON = (rf"(?:{_KIN}|bystander|passer-by|policeman|policewoman|police officer|soldier|civilian|woman|man|boy|girl"
               r"|student|worker|official|journalist|relative|neighbou?r|customer|pedestrian|officer|child|teenager"
               r"|worshipper|shopkeeper|vendor|farmer|guest|member|employee|militant|fighter|commander|activist)")
# ... or the object of a killing verb: "killed al Qaeda leader X", "Israel killed X, a senior commander"
# (any case: "killed army Lieutenant Colonel X", "fatally shooting former Prime Minister X", "police inspector X")
_VICTIM_TITLE = (r"(?i:leader|commander|chief|general|founder|head|spokesman|minister|president|journalist|cleric|scientist"
                 r"|official|governor|mayor|judge|lawyer|activist|politician|lawmaker|envoy|ambassador|deputy|colonel"
                 r"|major|captain|lieutenant|sergeant|brigadier|admiral|inspector|commissioner|prosecutor|editor|reporter"
                 r"|priest|imam|bishop|senator|councillor|councilor|chairman|secretary|director|businessman|blogger)")


# a sentence that tells of another time, place or event than the article's first ("Separately, ...", "Last year a
# bomb killed ...", "In March, ...", "a day earlier", "a similar attack", "the previous week")
_ANOTHER_TIME_OR_EVENT = (r"(?i:(?-u:\b)(?:separate|separately|elsewhere|meanwhile|another|other|earlier|ago|previous|previously"
                          r"|last|since|similar|also|prior|later|next|anniversary|(?:19|20)\d\d|january"
                          r"|february|march|april|june|july|august|september|october|november|december)(?-u:\b)"
                          r"|(?-u:\b)(?:days?|weeks?|months?|years?|hours?) (?:before|after)(?-u:\b)"
                          # (a sequel or a reply: "... when the troops open fire on a market after the blast", "Israeli
                          # aircraft strike back", "Pakistan responds with mortar fire")
                          r"|(?-u:\b)(?:after|following) (?:the|this|that) (?:[\p{L}\-]+ )?(?:blast|attack|explosion|bombing"
                          r"|ambush|raid|strike|assault|shooting|incident)s?(?-u:\b)"
                          r"|(?-u:\b)(?:strike|strikes|struck|hit|hits|fire|fires|fired|shoot|shoots|shot) back(?-u:\b)"
                          r"|(?-u:\b)(?:respond|responds|responded|responding|retaliat[\p{L}]*|reprisals?|in (?:response|reply"
                          r"|return))(?-u:\b))"
                          r"|^(?:On|In|Near|Outside|Hours|Days|Weeks|A day|The next|The day)(?-u:\b)|^At \p{Lu}")
