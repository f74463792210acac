"""Frames of news that name an attack without telling one happening now: the attack is the subject of talks, a funeral,
a compensation, the background of something years later, or what an inquiry looks into. Each frame is matched on the
lowercased words just before (or after) a trigger word; each regex runs only on rows holding one of its literal words
(a cheap prefilter), so the cost on text without them is one `contains_any` scan."""

import polars as pl

from ingest.extract.dates import MONTHS, WEEKDAYS
from ingest.extract.text import guarded, lowered

# an attack years before the news: "the hall reopens a year after gunmen killed 90 there", "ten years after a gunman
# killed 69" (no comma: the clause with "after" is the one that holds the trigger; "X dies, two years after being shot"
# tells a death, see _DIED)
_YEARS_AFTER = r"(?-u:\b)(?:years?|decades?|months?) (?:after|since|before) (?:[^ ,;.]+ ){0,6}$"
_YEARS_WORDS = ["year", "decade", "month"]
_DIED = r"(?-u:\b)(?:dies|died|die|dead|death|succumb[a-z]*|toll)(?-u:\b)"

# a funeral or burial of people killed: "the funeral of the 24 students killed in the bombing", "Egyptians bury the 28
# Copts killed when gunmen attacked a bus" (the dead are told by a participle or a relative clause; "mourners at a
# funeral were attacked by a suicide bomber" tells an attack on the funeral)
_FUNERAL = (r"(?-u:\b)(?:(?:funerals?|burials?)(?-u:\b)[^;.]{0,50}? (?:of|for)|bur(?:y|ies|ied)|la(?:id|ys?|ying) to rest)"
            r" [^;.]{0,120}$")
_FUNERAL_WORDS = ["funeral", "burial", "bury", "buries", "buried", "to rest"]
_DEAD_TOLD = r"(?-u:\b)(?:killed|slain|murdered|massacred|who|whose|died|dead|victims?)(?-u:\b)"
_PARTICIPLE_TRIGGER = r"^(?i:killed|slain|murdered|massacred|shot|stabbed|gunned|dead|beheaded|abducted|kidnapped)"

# what talks, calls and visits are about: "speaks by phone with X about the kidnapping of schoolchildren", "hold talks
# in Bangkok on cross-border militant attacks"; the words between hold no clause of their own ("meets X on Sunday as
# gunmen kill five" tells the killing)
_TALKS_ABOUT = (r"(?-u:\b)(?:talks|discuss(?:es|ed|ing)?|spoke|speaks?|meets?|met|meeting|conversation|summit|call(?:s|ed)? with"
                r"|visit(?:s|ed|ing)?|(?:tele)?phon(?:e|es|ed|ing)(?: calls?)?|condolences)(?-u:\b)([^.;,]{0,80}? (?:about|on|over|regarding"
                r"|concerning|to discuss) (?:[^ ,.;]+ ){0,6})$")
# ... or a direct object: "the two leaders discussed the recent attacks on shipping"
_DISCUSSED = r"(?-u:\b)discuss(?:es|ed|ing)? (?:the|this|that|these|those|recent|last|[a-z]+(?:'s|’s)) (?:[^ ,.;]+ ){0,4}$"
_TALKS_WORDS = ["talks", "discuss", "spoke", "speak", "meet", "met ", "conversation", "summit", "call", "visit", "phone",
                "condolences"]
# ... or what they follow, named as known: "meets community leaders after the attack on worshippers", "calls X to
# express condolences after the synagogue shooting" (not "after a bomb killed 20": a new event)
_TALKS_AFTER_THE = (r"(?-u:\b)(?:talks|discuss(?:es|ed|ing)?|spoke|speaks?|meets?|met|meeting|conversation|summit|calls?|called"
                    r"|visit(?:s|ed|ing)?|(?:tele)?phon(?:e|es|ed|ing)|condolences)(?-u:\b)([^.;,]{0,80}?) (?:after|following|in the wake of)"
                    r" the (?:[^ ,.;]+ ){0,4}$")
# a clause of its own in the gap: a conjunction or a verb of saying or killing
_CLAUSE_IN_GAP = (r"(?-u:\b)(?:as|while|when|after|before|but|where|amid|then|says?|said|tells?|told|kills?|killing"
                  r"|is|are|was|were|been|being|has|have|had)(?-u:\b)")
# a trigger that opens with its own auxiliary is a finite verb: "relatives of a police officer are shot dead"
_FINITE_TRIGGER = r"^(?i:is|are|was|were|been|being|has|have|had) "

# people named by an attack that befell their kin: "compensation for the families of the 11 athletes killed",
# "relatives of kidnapped schoolchildren block a highway"
_KIN_OF = (r"(?-u:\b)(?:families|family|relatives|parents|widows|orphans|next of kin|loved ones|mothers|fathers) of"
           r"((?: [^ ,.;]+){0,8} )$")
_KIN_WORDS = ["famil", "relatives", "parents", "widows", "orphans", "next of kin", "loved ones", "mothers", "fathers"]

# what a measure answers: sanctions "over drone strikes", assets frozen of people "linked to the bombing", compensation
# or justice "for those killed"
_MEASURE_FOR = (r"(?-u:\b)(?:sanction[a-z]*|freez[a-z]*|froze|compensat[a-z]*|reparations?|indemnit[a-z]*|justice for"
                # a lawsuit: "whether gun makers can be sued over mass shootings"
                r"|su(?:e|es|ed|ing)|lawsuits?|damages|rewards?)"
                r"(?-u:\b)[^.;,]{0,100}$")
_MEASURE_WORDS = ["sanction", "freez", "froze", "compensat", "reparation", "indemnit", "justice for", "sue", "suing", "lawsuit", "damages",
                  "reward"]

# the people of an attack named as known: "a suspect in the bombing of the Kabul airport", "militants linked to the
# attack on an Istanbul nightclub", "the victims of the Oslo bombing and Utoya shooting" (a noun: not "a man linked to
# the Islamic State attacked", see _VERB_TRIGGER)
_PEOPLE_OF = (r"(?-u:\b)(?:suspects?|accomplices?|masterminds?|planners?|organi[sz]ers?|victims?|survivors|(?:linked|tied|connected) to"
              r"|in connection with|(?:leaders?|men|people|those|cell|network) behind) (?:in|of|over|for|behind)? ?(?:the|this|that|these|those|last|[a-z]+(?:'s|’s))"
              r" (?:[^ ,.;]+ ){0,5}$")
_PEOPLE_WORDS = ["suspect", "accomplice", "mastermind", "planner", "organis", "organiz", "victim", "survivors", "linked to",
                 "tied to", "connected to", "in connection with", "behind"]
_VERB_TRIGGER = r"(?i:ed|kills?|killing)$"
# ... a clause of its own after the frame: "survivors of the attack say the gunmen shot at anyone who moved"
_SAYS_TAIL = r"(?-u:\b)(?:says?|said|tells?|told|is|are|was|were|has|have|had) (?:[^ ,.;]+ ){0,4}$"
# ... an attack of the last days is the news: "the prime suspect in Saturday's twin suicide bombings at a peace rally"
_RECENT_DAY = (r"(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night"
               r"|this morning|weekend)(?:'s|’s) (?:[^ ,.;]+ ){0,5}$")
# what a demand or a court seeks: "demand the arrest of the men who hacked a publisher to death"
_SOUGHT_OF = (r"(?-u:\b)(?:arrest|capture|extradition|prosecution|punishment|trial|sentencing) of (?:(?:the|those|[a-z\-]+) ){0,4}?"
              r"(?:who|that|behind|responsible for) (?:[^ ,.;]+ ){0,3}$")
_SOUGHT_WORDS = ["arrest of", "capture of", "extradition of", "prosecution of", "punishment of", "trial of",
                 "sentencing of"]

# a run of attacks as the background of a main clause: "deploys 1,000 soldiers after a wave of kidnappings by bandits",
# "march in Paris after a wave of attacks on Jewish schools" ("A wave of bombings kills 50" has no preposition before)
_WAVE_OF = (r"(?-u:\b)(?:after|amid|following|despite|over|against|since) (?:(?:a|an|the|this|last|recent) )?(?:[a-z\-]+ )?"
            r"(?:wave|spate|string|series|surge|rise|upsurge|escalation|increase|rash|campaign|cycle|flurry) (?:of|in) (?:[a-z\-]+ ){0,2}$")
_WAVE_WORDS = ["wave", "spate", "string", "series", "surge", "rise", "upsurge", "escalation", "increase", "rash", "campaign",
               "cycle", "flurry"]
# "despite sporadic rocket fire" (the ceasefire holds); not "despite the truce, rebels fire a missile": a comma ends it
_DESPITE = r"(?-u:\b)despite (?:[a-z\-]+ ){0,3}$"
# "to protect commercial shipping from Houthi missile attacks"
_PROTECT_FROM = r"(?-u:\b)(?:protect|shield|defend|guard)[a-z]* (?:[^ ,.;]+ ){0,3}?(?:against|from) (?:[^ ,.;]+ ){0,4}$"
# an old bomb found or made safe: "a World War II bomb found on a building site"
_OLD_ORDNANCE = r"(?:world war (?:ii|two|2|i|one)|(?:second|first) world war|wartime|war-era|unexploded) (?:[a-z\-]+ ){0,2}$"
_OLD_ORDNANCE_WORDS = ["world war", "wartime", "war-era", "unexploded"]
# an inquiry into an attack named as known: "launch an inquiry into the bombing of a shrine", "the inquest into the
# Manchester Arena bombing"
_INQUIRY_INTO = (r"(?-u:\b)(?:inquir(?:y|ies)|inquests?|probes?|probing|hearings?) (?:into|of|on) (?:the|this|that|these|those|last"
                 r"|[a-z]+(?:'s|’s)) (?:[^ ,.;]+ ){0,3}$")
_INQUIRY_WORDS = ["inquir", "inquest", "probe", "probing", "hearing"]

# after the trigger: the war as a time frame ("as the fighting in Gaza entered its sixth day")
_ENTERS_ITS = (r"^[^.;]{0,40}?(?-u:\b)(?:enter(?:s|ed|ing)?|into) (?:its|a|the) (?:[a-z]+ )?(?:day|week|month|year)s?(?-u:\b)")
# ... a legal judgement of attacks told elsewhere ("air strikes on Yemen may amount to war crimes")
_AMOUNT_TO = (r"^[^.;]{0,60}?(?-u:\b)(?:amount(?:s|ed|ing)? to|constitut(?:e|es|ed|ing)) (?:possible |likely )?(?:war crimes?"
              r"|crimes against|genocide|ethnic cleansing|terrorism)")
# ... the dead of an attack buried or mourned: "Three soldiers killed in a Taliban ambush last week are laid to rest"
_MOURNED_AFTER = (r"^[^.;]{0,80}?(?-u:\b)(?:are|is|were|was) (?:being )?(?:laid to rest|buried|mourned|remembered|honou?red"
                  # ... or brought home: "the coffins of 12 soldiers killed in an ambush are flown home"
                  r"|commemorated|repatriated|flown (?:home|back)|brought (?:home|back)|returned home)(?-u:\b)")
_MOURNED_WORDS = ["laid to rest", "buried", "mourned", "remembered", "honoured", "honored", "commemorated", "repatriated",
                  "flown", "brought", "returned home"]
# "the dead" as people: "the names of the dead are read at Ground Zero" (not "the number of the dead": a toll)
_THE_DEAD = (r"(?-u:\b)(?:names|memory|memories|graves|families|relatives|honou?r[a-z]*|mourn[a-z]*|remember[a-z]*|pray[a-z]*"
             # "168 empty chairs stand for the dead"
             r"|bur(?:y|ies|ied)|tribute to|stand(?:s|ing)? for) (?:(?:of|for|to) )?the (?:[a-z\-]+ )?$")
# a bomb found before it went off: "two parcel bombs, hidden in printer cartridges, that were found on Friday aboard cargo
# planes" (not "a bomb that was found under a car exploded": see _WENT_OFF)
_FOUND_AFTER = (r"^[^.;]{0,60}?(?-u:\b)(?:were|was|are|is|had been|have been|has been) (?:later )?(?:found|discovered|intercepted"
                r"|seized|defused|made safe)(?-u:\b)")
_WENT_OFF = r"(?-u:\b)(?:explod[a-z]*|went off|goes off|detonat[a-z]*|blew up|blows up|kill[a-z]*|wound[a-z]*|injur[a-z]*)(?-u:\b)"
# an attacker word that frees its captives: "Gunmen free 279 schoolgirls who were abducted last week"
_ATTACKER_FREES = r"^ (?:free[sd]?|freeing|releas(?:e|es|ed|ing)|hand(?:s|ed)? over)(?-u:\b)"

# an attack hours to weeks before the news, told after a main clause of its own: "holds talks in Islamabad on
# counter-terrorism, two days after a suicide car bombing near the consulate killed a diplomat" (a time phrase that
# opens the sentence ends at its comma: "Hours after the truce takes effect, a rocket hits"; "X dies in hospital, a
# day after a man stabbed her" tells a death, see _DIED)
_DAYS_AFTER = r"[^ ,;.] (?:[a-z\-]+ ){0,3}(?:hours?|days?|weeks?) (?:after|since|before) (?:[^ ,;.]+ ){0,10}$"
_DAYS_WORDS = ["hour", "day", "week"]
# ... a main clause that tells a death is the same story: "The body of X is found, a day after gunmen kidnapped him"
# (anywhere before the time phrase: "'We have counted 26 dead,' X told reporters ..., a day after a suicide bomber ...")
_DEATH_MAIN = (r"(?i:(?-u:\b)(?:dies|died|die|dead|death|succumb[a-z]*|toll|killed|body|bodies|remains)(?-u:\b)[^.;]*"
               r"(?:hours?|days?|weeks?) (?:after|since|before))")
# ... and years after, told at length: "resume talks, three years after they were broken off following the car bombing"
_YEARS_AFTER_LONG = r"[^ ,;.] (?:[a-z\-]+ ){0,3}(?:years?|decades?|months?) (?:after|since|before) (?:[^ ,;.]+ ){7,10}$"

# a stance on an attack named as known: "apologises for the killing of 14 marchers", "praises the Bali attacks", "a
# documentary revisits the bombing" (the words between hold no clause: "crowds celebrating were attacked")
_STANCE_ON = (r"(?-u:\b)(?:apologi[sz](?:e|es|ed|ing)|apology|sorry|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|glorif(?:y|ies|ied|ying)"
              r"|justif(?:y|ies|ied|ying)|regret(?:s|ted|ting)?|condolences|sympathy|revisit(?:s|ed|ing)?|documentar(?:y|ies)"
              # ("says sorry for the deaths of 24 soldiers in an air strike")
              r"|films?|books?|memoirs?)(?-u:\b)((?: [^ ,.;]+){0,8}? (?:for|of|on|about|in|the|this|that|these|those)"
              # (the words after the preposition are in the gap too: "apologised on Friday after a drone strike")
              r" (?:[^ ,.;]+ ){0,4})$")
_STANCE_WORDS = ["apolog", "sorry", "prais", "hail", "glorif", "justif", "regret", "condolences", "sympathy", "revisit", "documentar",
                 "film", "book", "memoir"]
# ... or what the attack is called: "calling the shootings unjustified", "describes the bombing as a provocation"
# (a participle after a main clause of its own: "X called the abduction a national disaster" may name the news)
_CALLED_THE = (r", (?:calling|describing|branding|labell?ing|terming) (?:the|this|that|these|those) (?:[^ ,.;]+ ){0,3}$")
_CALLED_WORDS = ["call", "describ", "brand", "label", "term"]
# the part someone had in a known attack: "for his role in the September 11 attacks", "suspected of involvement in the
# nightclub shooting"
# ("a car used in the Barcelona van attack")
_ROLE_IN = (r"(?-u:\b)(?:role|involvement|complicity|participation|used|involved|implicated) in (?:the|this|that|these|those|last"
            r"|[a-z]+(?:'s|’s)) (?:[^ ,.;]+ ){0,5}$")
_ROLE_WORDS = ["role in", "involvement in", "complicity in", "participation in", "used in", "involved in", "implicated in"]
# a diplomatic protest over an attack: "summoned the Polish ambassador over an attack on its embassy's cars", "recalls
# its envoy after the killing of"
_DIPLOMATIC_PROTEST = (r"(?-u:\b)(?:summon(?:s|ed|ing)?|expel(?:s|led|ling)?|recall(?:s|ed|ing)?|lodg(?:e|es|ed|ing) (?:a|an)"
                       r" (?:[a-z]+ )?protest)(?-u:\b)([^.;,]{0,80}?) (?:over|about|after|following|in protest at) (?:an?|the|this|that)"
                       r" (?:[^ ,.;]+ ){0,3}$")
_PROTEST_WORDS = ["summon", "expel", "recall", "lodg"]
# help given to the attackers of a known attack: "accused of aiding the gunmen who stormed the university"
_AIDING = (r"(?-u:\b)(?:aid(?:ing|ed)|help(?:ing|ed)|assist(?:ing|ed)|harbou?r(?:ing|ed)|financ(?:ing|ed)|fund(?:ing|ed)"
           r"|shelter(?:ing|ed)|abett(?:ing|ed)|recruit(?:ing|ed)|train(?:ing|ed)) (?:the|a|an) (?:[a-z\-]+ ){0,2}$")
_AIDING_WORDS = ["aid", "help", "assist", "harbo", "financ", "fund", "shelter", "abett", "recruit", "train"]
# a building rebuilt or reopened after the attack that wrecked it
_REBUILT = (r"(?-u:\b)(?:rebuil[dt]s?|rebuilding|reconstruct[a-z]*|repair[a-z]*|restor[a-z]*|reopen[a-z]*|renovat[a-z]*)(?-u:\b)"
            r"[^.;]{0,80}(?:destroyed|damaged|wrecked|razed|gutted|flattened) (?:[a-z]+ ){0,2}?by (?:an? |the )?(?:[a-z\-]+ ){0,2}$")
_REBUILT_WORDS = ["rebuil", "reconstruct", "repair", "restor", "reopen", "renovat"]

# casualty statistics: "civilian casualties reached a record 11,002 in 2015, among them 3,545 people killed", "a study
# estimates that about 655,000 more Iraqis have died"
_TALLY_BEFORE = (r"(?-u:\b)(?:casualt(?:y|ies)|deaths|death toll|fatalities|homicides|murders|killings) (?:[a-z]+ ){0,3}?"
                 r"(?:reached|reach|reaches|rose|rise|rises|climbed|hit|totall?ed|stood at|topped|passed|exceeded|numbered|fell"
                 r"|dropped|doubled|increased|decreased)(?-u:\b)[^.;]{0,100}$"
                 r"|(?-u:\b)(?:estimat(?:e|es|ed|ing)|calculat(?:e|es|ed|ing)) (?:that )?(?:about |some |around |roughly |nearly "
                 r"|almost |more than |at least |over |up to )?[\d][\d,.]* (?:[^ ,.;]+ ){0,4}$")
_TALLY_WORDS = ["casualt", "deaths", "death toll", "fatalities", "homicides", "murders", "killings", "estimat", "calculat"]
# ... a toll counted since a war began: "10,000 civilians have been killed in Ukraine since the Russian invasion began"
# (a generic word only, after it)
_SINCE_WAR_AFTER = (r"^[^.;,]{0,60}?(?-u:\b)since (?:the (?:start|beginning|outbreak) of )?the (?:[a-z\d\-]+ ){0,2}"
                    r"(?:war|invasion|conflict|insurgency|uprising|revolution|coup|occupation|fighting|year|offensive"
                    # "strikes have damaged half the power grid since the autumn"
                    r"|autumn|summer|winter|spring)(?-u:\b)")
# ... not a comparison: "killing 150 people in the deadliest attack since the 2003 invasion"
_SUPERLATIVE_SINCE = r"(?-u:\b)(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|first|most|single)(?-u:\b)[^.;,]{0,30}since"
# a generic word in the clause that describes the background of a deal: "ending an 18-month standoff that erupted into
# deadly street fighting", "after months of protests in which dozens of demonstrators were killed"
_BACKGROUND_CLAUSE = (r"(?-u:\b)(?:end(?:s|ed|ing)?|after|following|amid|halt(?:s|ed|ing)?) (?:an? |the |\d+ )?(?:[a-z\d\-]+ ){0,3}"
                      r"(?:standoff|stand-off|war|conflict|crisis|insurgency|dispute|unrest|protests|demonstrations|violence"
                      r"|fighting|rebellion|uprising|revolt|feud|clashes|riots|turmoil)(?: [^.;,]{0,40}?)? (?:that|which|in which"
                      r"|during which) [^.;]{0,80}$")
_BACKGROUND_WORDS = ["that", "which"]
# what a truce halts: "a truce takes effect, halting air strikes by the coalition and Houthi missile attacks" (the
# words between hold no clause: "the truce ended as rockets hit Sderot")
_TRUCE_SENTENCE = (r"(?i:truce|ceasefire|cease-fire|armistice|peace (?:deal|agreement|accord)|cessation of hostilities"
                   r"|humanitarian pause|pause in (?:the )?fighting)")
_HALTING = (r"(?-u:\b)(?:halt(?:s|ed|ing)?|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)"
            r"|freez(?:e|es|ing)|ban(?:s|ned|ning)?)((?: [^ ,.;]+){0,14}) $")
_HALTING_WORDS = ["halt", "end", "stop", "suspend", "paus", "freez", "ban"]

# bombs that never went off: "had gathered enough chemicals to build several car bombs", "intercepted two parcel bombs",
# "suitcase bombs that failed to explode", "a man carrying a suicide vest is arrested"
_EXPLOSIVE_TRIGGER = r"(?i:bomb|explosive|device|vest|belt|grenade|mine|ied)"
_TO_BUILD = r"(?-u:\b)(?:to|could|would) (?:build|make|assemble|produce|manufacture|construct) (?:[^ ,.;]+ ){0,4}$"
_TO_BUILD_WORDS = ["build", "make", "assemble", "produce", "manufacture", "construct"]
_SEIZED_BEFORE = (r"(?-u:\b)(?:intercept(?:s|ed|ing)?|defus(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)"
                  r"|recover(?:s|ed|ing)?|uncover(?:s|ed|ing)?|discover(?:s|ed|ing)?|f(?:ind|inds|ound|inding)"
                  # "a clearance team removes 300 mines from farmland"
                  r"|remov(?:e|es|ed|ing)|clear(?:s|ed|ing)?"
                  r"|dismantl(?:e|es|ed|ing)|disarm(?:s|ed|ing)?|stockpil(?:e|es|ed|ing)|cache of)((?: [^ ,.;]+){0,6}) $")
_SEIZED_WORDS = ["intercept", "remov", "clear", "defus", "seiz", "confiscat", "recover", "uncover", "discover", "find", "found", "dismantl",
                 "disarm", "stockpil", "cache of"]
_NEVER_WENT_OFF_AFTER = (r"^[^.;]{0,60}?(?-u:\b)(?:failed to|did not|didn't|never|could not|before (?:he|she|they|it) (?:could|can"
                         r"|was able to|were able to|had a chance to)) (?:explode|detonate|go off|be detonated|set (?:it|them) off"
                         r"|blow)(?-u:\b)")
# ... (not "a bomb exploded in the market and a suspect was arrested")
_CAUGHT_AFTER = r"^[^.;]{0,40}? (?:is|was|were|are) (?:[a-z]+ )?(?:arrested|detained|caught|captured|overpowered)(?-u:\b)"
# captives of a kidnapping told only as freed or handed back: "seized by Boko Haram gunmen two months ago, is freed",
# "the Taliban hand over two kidnapped engineers"
_SEIZED_BY = r"(?-u:\b)(?:seized|kidnapped|abducted|held(?: hostage| captive)?|captured|taken(?: hostage| captive)?) by (?:[^ ,.;]+ ){0,3}$"
_FREED_AFTER = (r"(?-u:\b)(?:is|are|was|were|has been|have been|had been) (?:[a-z]+ )?(?:freed|released|rescued|handed over"
                r"|set free)(?-u:\b)")
_HANDED_BACK = (r"(?-u:\b)(?:hand(?:s|ed|ing)? over|return(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)|reunit(?:e|es|ed|ing)"
                r"|welcom(?:e|es|ed|ing)|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)) (?:[^ ,.;]+ ){0,4}$")
_HANDED_WORDS = ["hand", "return", "repatriat", "reunit", "welcom", "swap", "exchang"]
_CAPTIVE_TRIGGER = r"^(?i:kidnapped|abducted|captured|seized|hostages?|captives?)$"
# ... "the abducted Austrian tourists are handed over to the authorities"
_HANDED_AFTER = (r"^(?: [^ ,.;]+){0,4} (?:is|are|was|were|has been|have been|had been) (?:[a-z]+ )?(?:handed over|returned|repatriated"
                 r"|flown home|reunited|released|freed|rescued)(?-u:\b)")
# people freed who had been seized: "gunmen release 12 villagers seized in a raid on Kankara"
_FREES_SEIZED = (r"(?-u:\b)(?:free[sd]?|freeing|releas(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)) (?:[^ ,.;]+ ){0,3}(?:seized|kidnapped"
                 r"|abducted|captured|taken|held)((?: [^ ,.;]+){0,4}) $")
# held in memory: "flags fly at half-mast in memory of the teacher beheaded outside his school"
# ("a memorial concert is held in Manchester for the 22 people killed in the arena bombing")
_IN_MEMORY = (r"(?-u:\b)(?:in (?:memory|honou?r|remembrance) of|(?:vigils?|prayers?|memorials?|requiem|(?:memorial|funeral)"
              r" (?:[a-z]+ )?(?:mass|concert|service|ceremony))(?: [^ ,.;]+){0,4} for|tribute to"
              r"|half[- ]mast|griev(?:e|es|ed|ing) for) [^.;]{0,80}$")
_MEMORY_WORDS = ["memory", "honour", "honor", "remembrance", "vigil", "prayer", "tribute", "mast", "griev", "memorial", "requiem",
                 "funeral"]
# an arms store that blew up by itself: "explosions at an army munitions depot send shells into nearby homes",
# "containers of confiscated munitions stored at a naval base explode" (unless the sentence names an attacker)
_ARMS_STORE = (r"(?i:(?:munitions?|ammunition|arms|weapons|explosives|ordnance)(?: [a-z\-]+){0,2} (?:depots?|dumps?|stores?|stored"
               r"|stockpiles?|warehouses?|caches?)(?-u:\b)|(?:depots?|dumps?|stores?|stockpiles?|warehouses?|containers) of"
               r" (?:[a-z\-]+ ){0,2}(?:munitions?|ammunition|arms|weapons|explosives|ordnance)(?-u:\b))")
_ARMS_STORE_WORDS = ["munition", "ammunition", "arms", "weapons", "explosives", "ordnance"]
# ("warplanes bombed an arms depot in Kirkuk" is an air raid)
_ATTACKER_SENTENCE = (r"(?i:attack|bomber|bombed|bombing|bombard|sabotag|militants?(?-u:\b)|rebels?(?-u:\b)|insurgents?|gunm[ae]n"
                      r"|drones?(?-u:\b)|air ?strikes?|strikes?(?-u:\b)|warplanes?|jets(?-u:\b)|aircraft|artillery|struck|targeted"
                      r"|claimed|shell(?:ed|ing)|fired at|hit by|raid)")
_BLEW_UP = r"(?i:explo|blast|blew up|blows up|went up|goes up|fire|detonat)"
# ordnance left from an old war: "a grenade left over from the war explodes in a scrapyard", "an old landmine"
_OLD_ORDNANCE_SENTENCE = (r"(?i:(?:left over|leftover|left-over|left behind|dating back|dating) (?:from|to) (?:the|a|an) (?:[a-z\-]+ ){0,3}"
                          # (not "a 15-year-old ...": the word stands alone)
                          r"(?:war|conflict|fighting)|(?:^|[ (])(?:old|leftover|left-over|unexploded|abandoned|decades-old|wartime|war-era)"
                          r" (?:[a-z\-]+ )?(?:landmines?|mines?|bombs?|grenades?|shells?|ordnance|munitions?|mortars?|rockets?)(?-u:\b))")
_OLD_ORDNANCE_SENTENCE_WORDS = ["left", "old", "unexploded", "abandoned", "wartime", "war-era", "dating"]
# what people brace for or fear: "residents brace for new missile strikes", "police deployed after threats of attacks"
# (the words between hold no clause: "were preparing for the holiday when rockets hit")
_BRACE_FOR = (r"(?-u:\b)(?:(?:brac(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|stock(?:s|ed|ing)? up) (?:themselves )?for"
              r"|(?:threats?|fears?|risk|danger|warnings?|spectre) of)((?: [^ ,.;]+){0,4}) $")
_BRACE_WORDS = ["brac", "prepar", "stock", "threat", "fear", "risk", "danger", "warning", "spectre"]
# an accident of a vehicle or a store of fuel: "a gas tanker explodes on a highway, killing 12", "a pipeline tapped by
# thieves explodes" (not a tanker packed with explosives)
_FUEL_ACCIDENT = (r"(?i:(?:gas|fuel|oil|petrol|gasoline|diesel|lpg|propane|chemical) (?:tankers?|trucks?|lorr(?:y|ies)|pipelines?"
                  r"|cylinders?|tanks?|depots?) (?:(?:tapped|punctured|ruptured|leaking|carrying|loaded) (?:[^ ,.;]+ ){0,4}?)?(?:exploded|explodes|blew up|blows up|caught fire|catches fire|overturned|overturns"
                  r"|crashed|crashes|burst)(?-u:\b))")
_BOMB_SENTENCE = r"(?i:bomb|explosives|suicide|detonat|planted|booby)"
# a tally over years: "attacks on health workers killed 923 medical staff between 2011 and 2019"
_YEAR_SPAN_AFTER = (r"^[^.;]{0,70}?(?-u:\b)(?:between (?:19|20)\d\d and (?:19|20)\d\d|from (?:19|20)\d\d (?:to|until|through)"
                    r" (?:19|20)\d\d)(?-u:\b)")
# ... "the number of journalists killed worldwide fell to its lowest level in a decade" (not "the number of people killed
# in the bombing rose to 40": a toll)
_NUMBER_OF = r"(?-u:\b)(?:number|numbers|tally|count|total) of (?:[a-z\-]+ ){0,3}$"
_YEARLY_AFTER = (r"^[^.;]{0,80}?(?-u:\b)(?:worldwide|globally|(?:lowest|highest) (?:level|number|point|figure)|in (?:a|the past|the last)"
                 r" decade|on record|per year|a year|annually"
                 # "the number of people killed or missing in six years of war in Syria has reached 465,000"
                 r"|in (?:[a-z\-]+ ){0,2}(?:years|months|decades) of (?:the )?(?:[a-z\-]+ )?(?:war|conflict|fighting|violence|insurgency))(?-u:\b)")
# what people agree an attack was: "the two prime ministers agreed that the bombing in Ankara was an attack on both"
_AGREED_THAT = r"(?-u:\b)agree(?:s|d)? (?:[^ ,.;]+ ){0,6}?that (?:the|this|that|last|[a-z]+(?:'s|’s)) (?:[^ ,.;]+ ){0,3}$"
# violence to be curbed: "negotiators agreed to reduce violence ahead of the withdrawal"
_CURB = r"(?-u:\b)(?:reduc(?:e|es|ed|ing|tion (?:in|of))|curb(?:s|ed|ing)?|de-?escalat[a-z]*|lower(?:s|ed|ing)?) (?:the )?(?:[a-z\-]+ ){0,2}$"
# fighting named as what a truce ended: "a truce takes hold after three days of rocket fire and air strikes"
_DAYS_OF = (r"(?-u:\b)(?:after|following|ending|amid|ends|ended) (?:[^ ]+ ){0,3}(?:hours|days|weeks|months|years|decades) of +"
            r"(?:[a-z\-]+ +){0,2}(?:and +(?:[a-z\-]+ +){0,2})?$")
# a truce that holds "with only isolated reports of shelling" (not "sporadic shelling killed three": a toll after)
_TRUCE_BREACH = (r"(?-u:\b)(?:isolated|sporadic|occasional|minor|scattered|reports? of|violations? of|breach(?:es)? of)"
                 # ... "despite scattered violations, including artillery fire"
                 r"(?: [a-z\-]+){0,3}(?:,? (?:including|such as|like))?(?: [a-z\-]+){0,2} $")


# Session 12: frames read from the grammar of the sentence, not its topic.
# (months but May, which is also a modal verb: "in may" is read apart)
_MONTHS = "|".join(month.lower() for month in MONTHS if month != "May")
# an opening time clause holds the old event; the main clause after its comma is the news: "Five years after a truck
# bomb tore apart the federal building and killed 168 people, the president dedicates a memorial" (not "Two years
# after the takeover, gunmen kill 11": the trigger after the comma)
_OPENING_YEARS_AFTER_START = r"^(?:[a-z\d\-]+ ){0,3}(?:years?|decades?|months?|weeks?) (?:after|since) "
# a noun phrase dated in the past: "condemning the sinking of the warship in March, which killed 46 sailors" (the
# trigger in the relative clause) and "its air strike on a market in Mosul in March killed 105" (the noun itself)
_PAST_TIME = (rf"(?:(?:in (?:{_MONTHS})|last (?:year|month|summer|winter|spring|autumn|fall|{_MONTHS}|may)|in (?:19|20)\d\d"
              rf"|(?:years?|months?) ago|earlier this (?:year|month))(?-u:\b)|in may(?:[,.;]|$| (?:19|20)\d\d(?-u:\b)))")
_PAST_RELATIVE = (rf"(?-u:\b){_PAST_TIME}(?: [^ ,;.]+){{0,4}},? (?:which|that|in which|who) (?:[^ ,;.]+ ){{0,3}}$")
_PAST_RELATIVE_WORDS = ["which", "that", "who"]
_DEFINITE_NOUN_BEFORE = r"(?-u:\b)(?:the|its|their|his|her|this|that)(?: [a-z\-]+){0,3} $"
_NOUN_DATED_AFTER = rf"^(?: [^ ,;.]+){{0,8}}? (?:{_PAST_TIME}|of (?:19|20)\d\d(?-u:\b))"
# ... "rules on the 1998 bombing of the US embassy" (a noun named by its year, after any word)
# (not after "to": "plotting an attack similar to the 2006 bombing of a bus" keeps the old bombing as the plan's model)
_YEAR_NOUN_BEFORE = (rf"(?:^|(?-u:\b)(?:[a-z]*[a-np-z]|[a-z]*[a-su-z]o|o|into) )the (?:[a-z\-]+ )?(?:(?:19|20)\d\d|{_MONTHS})"
                     rf"(?: \d\d?)? (?:[a-z\-]+ ){{0,3}}$")
# ... a verb whose subject was dated: "its air strike on a market in Mosul in March killed 105"
_DATED_SUBJECT_BEFORE = (rf"(?-u:\b)(?:strikes?|attacks?|bombings?|raids?|blasts?|explosions?|shelling|ambush|massacre|siege)"
                         rf"(?: [^ ,;.]+){{0,6}} {_PAST_TIME},? $")
# ... a clause of its own that carries the old date: "relatives of 176 people killed when Iran shot down an airliner in
# 2020", "the gunmen who killed nine tourists at a hotel in March were trained abroad"
# (not "that": "an investigation found that soldiers killed 20 civilians last month" tells what was found)
_SUBORDINATE_BEFORE = r"(?-u:\b)(?:when|after|since|because|who|which|where) (?:[^ ,;.]+ ){0,4}$"
_CLAUSE_DATED_AFTER = rf"^[^,;.]{{0,70}}? {_PAST_TIME}"
_ATTACKER_WHO_DATED = (rf"^ (?:who|that) (?:had )?(?:killed|attacked|stormed|shot|kidnapped|abducted|bombed|massacred|murdered"
                       rf"|seized|carried out|raided|ambushed|beheaded|stabbed)(?-u:\b)[^,;.]{{0,80}}? {_PAST_TIME}")
_NOUN_TRIGGER = r"(?i:ings?|ion|ions|strikes?|attacks?|raids?|massacres?|siege|ambush|blasts?|explosions?)$"
_PAST_TIME_WORDS = [*_MONTHS.split("|"), "in may", "last ", "in 19", "in 20", " ago", "earlier this"]
# a victim named with an attributive participle: "the funeral of assassinated Industry Minister X", "a street named
# after murdered schoolteacher X" (not "gunmen assassinated the mayor": a noun before it; not "the body of kidnapped
# engineer X": the finding tells the kidnapping)
_ATTRIBUTIVE_TRIGGER = r"^(?i:assassinated|murdered|slain|killed|kidnapped|abducted|executed|beheaded|lynched|poisoned|jailed)$"
_ATTRIBUTIVE_BEFORE = (r"(?-u:\b)(?:of|for|after|to|with|about|the|his|her|their|its|mourn(?:s|ed|ing)?|honou?r(?:s|ed|ing)?"
                       # "the Vatican beatifies murdered archbishop Oscar Romero"
                       r"|bur(?:y|ies|ied)|beatif[a-z]+|canoni[sz][a-z]+|remember[a-z]*|commemorat[a-z]+|recall[a-z]*|eulogi[sz][a-z]+"
                       r"|prais[a-z]+|[a-z]+(?:'s|’s)) $")
_ATTRIBUTIVE_AFTER = r"^ (?:[\p{Ll}\-]+ ){0,3}\p{Lu}"
_BODY_OF = r"(?-u:\b)(?:body|bodies|remains|corpse) of (?:the )?$"
# a settlement ends the fighting it names: "agree to halt fighting ... after four days of clashes that killed dozens"
_SETTLEMENT_SENTENCE = (r"(?i:(?-u:\b)agree(?:s|d)?(?: [^ ,.;]+){0,3}? (?:on |to )(?:an? |the )?(?:[a-z\d\-]+ ){0,3}?(?:halt|stop|end|cease|ceasefire"
                        r"|truce|pause|withdraw|pull|peace|deal)|(?-u:\b)sign(?:s|ed)? (?:an? |the )?(?:[a-z\-]+ ){0,2}(?:deal"
                        r"|agreement|accord|pact|ceasefire|truce)|(?-u:\b)end(?:s|ed)? (?:their|the|its|a) (?:[a-z\-]+ )?(?:feud"
                        r"|fighting|war|conflict|dispute|standoff|stand-off|hostilities)|(?-u:\b)announce[sd]? (?:an? |the )?"
                        r"(?:[a-z\-]+ )?(?:truce|ceasefire))")
_SETTLEMENT_WORDS = ["agree", "sign", "end", "announce"]
# "after four days of cross-border missile, drone and artillery strikes", "after a week of clashes"
_SPAN_OF = (r"(?-u:\b)(?:after|following|ending|amid|ends|ended) (?:[^ ]+ ){0,3}(?:hours?|days?|weeks?|months?|years?|decades?)"
            r" of +(?:[a-z\-]+,? +){0,5}(?:and +(?:[a-z\-]+ +){0,2})?$")
# ... or a relative clause of what the settlement follows: "agreed to a ceasefire ..., following a flare-up that had
# killed dozens of soldiers"
_SETTLED_AFTER_CLAUSE = (r"(?-u:\b)(?:after|following|ending|amid) (?:an? |the |\d+ )?(?:[a-z\-]+ ){0,3}(?:that|which|in which)"
                         r" (?:had )?(?:[^ ,;.]+ ){0,2}$")
# what someone wants or hopes to do: "citing intelligence that militants want to hide bombs in electronic devices"
# (not "tried to": an attempt is an attack)
_WANT_TO = (r"(?-u:\b)(?:wants?|wanted|wanting|hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|wish(?:es|ed)?|eager|keen"
            r"|determined|able) to((?: [a-z\-]+){1,8}) $")
_WANT_WORDS = ["want", "hop", "seek", "sought", "aim", "wish", "eager", "keen", "determined", "able to"]
# the purpose of what was built: "stockpiled chemicals to build car bombs for attacks on US targets"
_TO_BUILD_FOR = (r"(?-u:\b)(?:to|could|would|had) (?:build|make|assemble|produce|manufacture|construct|bought|gathered|stockpiled"
                 r"|acquire|buy|obtain)[a-z]* (?:[^ ,.;]+ ){0,5}(?:for|in) (?:use in )?(?:[a-z\-]+ ){0,2}$")
# what could be a target: "warning that big events could be targets for terrorist attacks"
_TARGETS_FOR = (r"(?-u:\b)(?:(?:could|may|might|would|will) (?:be(?:come)?|remain) (?:[a-z\-]+ ){0,2}|(?:potential|possible|likely"
                r"|prime|attractive|soft|preferred) )targets? (?:of|for) (?:[a-z\-]+ ){0,3}$")
# fire that hits no one: "gunmen fire into the air" at a funeral, "celebratory gunfire" (not "fired into the air and
# then into the crowd, killing three")
_INTO_THE_AIR_AFTER = (r"^ (?:[a-z]+ )?(?:(?:fir(?:e|es|ed|ing)|shoot(?:s|ing)?|shot|let off|loos(?:e|ed|ing)) (?:[a-z]+ ){0,3})?"
                       r"(?:in|into|toward|towards) the (?:air|sky)(?-u:\b)")
_AIR_AFTER_FIRE_INTO = r"^ the (?:air|sky)(?-u:\b)"
_INTO_CROWD = r"(?-u:\b)(?:crowds?|protesters|demonstrators|kill[a-z]*|wound[a-z]*|injur[a-z]*|dead|hit|struck)(?-u:\b)"
_FIRE_TRIGGER = (r"^(?i:gunm[ae]n|armed men|fighters|militants|militiamen|soldiers|troops|police|fire|fires|fired|firing|shots"
                 r"|shooting|gunfire|open)")
_HARMLESS_FIRE_BEFORE = r"(?-u:\b)(?:celebratory|warning|ceremonial|festive|jubilant) $"
# a bomb word that names a trade or a threat, not a bomb: "bomb-disposal experts", "bomb-sniffing dogs", "a bomb threat",
# "a controlled explosion"
_BOMB_COMPOUND_AFTER = (r"^(?:-|\s)(?i:disposal|sniff|detect|proof|squad|experts?(?-u:\b)|technicians?|specialists?|teams?(?-u:\b)"
                        r"|units?(?-u:\b)|threats?|scares?|hoax|alerts?|dogs?(?-u:\b)|shelters?|-?resistant"
                        # "a landmine clearance team", "mine-clearing", "bomb-free"
                        r"|clearance|clearing|removal|awareness|-?free(?-u:\b))")
_CONTROLLED_BEFORE = r"(?-u:\b)(?:controlled|precautionary) $"
_NOT_GONE_OFF = (r"(?-u:\b)(?:failed to|did not|didn't|never|had not|hadn't|has not|have not|without) (?:explod(?:e|ed|ing)"
                 r"|detonat(?:e|ed|ing)|go(?:ne)? off|going off|been detonated)(?-u:\b)")
_THROWN = r"(?i:(?-u:\b)(?:thr(?:ow|ows|own|ew|owing)|hurl(?:s|ed|ing)?|lob(?:s|bed|bing)?|toss(?:es|ed|ing)?|fired|aimed)(?-u:\b))"
# captives told in a relative or participle clause whose main verb frees them: "Fourteen tourists, who were seized in the
# Sahara in February by the Salafist Group, are freed in Mali", "a nurse who was kidnapped in Niger in 2017 is freed"
_CAPTIVE_CLAUSE_TRIGGER = r"^(?i:(?:who|that) (?:were|was|had been|have been|has been) )?(?i:kidnapped|abducted|captured|seized|held|taken)"
_RELATIVE_BEFORE = r"(?:(?-u:\b)(?:who|that) (?:were|was|had been|have been|has been|is|are) (?:[a-z]+ )?|[a-z]{3,} )$"
_ATTACKER_BEFORE = (r"(?-u:\b)(?:gunm[ae]n|men|militants|rebels|bandits|pirates|fighters|jihadists|insurgents|group|they|he|she"
                    r"|kidnappers|abductors|captors|who|which|forces|troops|soldiers|police)$")
_FREED_MAIN_AFTER = (r"^[^.;]{0,160}?(?-u:\b)(?:are|were|is|was|have been|has been|had been) (?:[a-z]+ )?(?:freed|released"
                     r"|rescued|handed over|set free|returned (?:to|home)|flown home|reunited)(?-u:\b)")
# an admission of an attack told with its old date: "acknowledges that a drone strike in Kabul in August killed ten
# civilians", "admits that its air defences shot down the airliner ... last week"
_ADMITS_BEFORE = r"(?-u:\b)(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)) [^;]*$"
# (a month or more: "acknowledged on Saturday that its aircraft had struck west Mosul on March 17" is the week's news)
_ADMIT_TIME = rf"(?i:{_PAST_TIME})"
# nature that kills: "heavy rains send a wall of mud through a village, killing 26", "a volcano erupts, killing 14"
# what a reporter covered: "gunmen shoot dead a journalist who had reported on the kidnapping of schoolgirls" (not "police
# reported the kidnapping": no "on/about")
_REPORTED_ON = (r"(?-u:\b)(?:report(?:s|ed|ing)?|wr(?:ote|ites|iting|itten)|blogg(?:ed|ing)|investigat(?:ed|ing)|campaign(?:ed|ing))"
                r" (?:on|about|against) (?:the|a|an|this|that) (?:[a-z\-]+ ){0,2}$")
_NATURE_SENTENCE = (r"(?i:(?-u:\b)(?:rains?|rainfall|downpours?|mud|debris|volcano(?:es)?|volcanic|eruptions?|dam (?:burst|collapse)"
                    r"|bursts? (?:its|their) banks|(?:rain|thunder|snow|sand|wind|hail)storms?|(?:an?|the|heavy|severe|tropical|violent) storms?|blizzards?|cold (?:snap|wave)|heat ?waves?|sinks|capsize[sd]?|drown(?:s|ed|ing)?"
                    r"|monsoon|cloudburst|flash floods?|sandstorms?|snow(?:fall|storms?)?)(?-u:\b))")
_NATURE_WORDS = ["rain", "downpour", "mud", "debris", "volcan", "eruption", "dam ", "banks", "storm", "blizzard", "cold ",
                 "heat", "sinks", "capsize", "drown", "monsoon", "cloudburst", "flood", "snow"]
_WEAPON_SENTENCE = (r"(?i:(?-u:\b)(?:bomb[a-z]*|attack[a-z]*|suicide|militants?|gunm[ae]n|mortars?|rockets?|missiles?|shell(?:s|ed|ing)"
                    r"|grenades?|torpedo(?:es)?|open(?:s|ed|ing)? fire|gunfire|shot|shoot[a-z]*|rebels?|troops|soldiers|drones?"
                    r"|strikes?|raid[a-z]*|pirates?|sank it|sunk by)(?-u:\b))")


# Session 13: frames read from own non-incident summaries.
# what someone is charged with, tried or sentenced for: "a man charged with shooting two people", "the extradition of a
# man wanted in France over a 1995 metro bombing" (a gerund right after, or a noun phrase with its determiner: not "a man
# wanted for robbery opens fire", whose gap holds a verb of its own)
# (not "accused of" or "blamed for": an accusation tells the attack, with its accused perpetrator)
_CHARGED_WITH = (r"(?-u:\b)(?:charg(?:ed|es|ing)|convict(?:ed|s|ing)|indict(?:ed|s|ing)|prosecut(?:ed|es|ing)"
                 r"|acquit(?:ted|s)|guilty|sentences?|sentenc(?:ed|ing)|jail(?:ed|s|ing)?|imprison(?:ed|s|ing)?|tried|trial"
                 r"|extradit(?:e|es|ed|ing|ion)|wanted)(?: in [^ ,.;]+)? (?:of|over|with|for|in|in connection with)"
                 r"((?: (?:the|a|an|this|that|these|those|last|his|her|their|its)(?: [^ ,.;]+){0,3}?)?) $")
_CHARGED_WORDS = ["charg", "convict", "indict", "prosecut", "acquit", "guilty", "sentenc", "jail", "imprison", "tried",
                  "trial", "extradit", "wanted"]
_CHARGED_GAP_VERB = r"(?-u:\b)(?:who|which|that|and|but|as|when|after|is|are|was|were|has|have|had)(?-u:\b)"
# a call to attack: "a video calls on followers to attack Western embassies", "urges supporters to carry out attacks"
_URGED_TO = (r"(?-u:\b)(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|incit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)"
             r"|exhort(?:s|ed|ing)?) (?:[^ ,.;]+ ){0,4}?to((?: [a-z\-]+){0,3}) $")
_URGED_WORDS = ["call", "urg", "incit", "encourag", "exhort"]
# a close relative named by the death of one: "the mother of a soldier killed in Afghanistan writes a book"
# (not "the 'mother of all bombs'")
_KIN_ONE_OF = r"(?-u:\b)(?:mother|father|widow|widower) of((?: [^ ,.;]+){0,8} )$"
_KIN_ONE_WORDS = ["mother of", "father of", "widow"]
# an attributive participle before a common noun: "the ruins of the bombed cathedral", "rebuilds its shelled school"
_ATTRIBUTIVE_COMMON_TRIGGER = r"^(?i:bombed|bombed-out|shelled|torched|firebombed)$"
_ATTRIBUTIVE_COMMON_BEFORE = r"(?-u:\b)(?:the|its|their|his|her|this|that|[a-z]+(?:'s|’s)) $"
# a tally of a year by an abstract cause: "gun violence killed nearly 43,000 Americans in 2023"
_ABSTRACT_SUBJECT = (r"(?-u:\b)(?:violence|terrorism|crime|conflicts?|insurgency|wars?|fighting|extremism|landmines|unrest)"
                     r" (?:has |have |had )?$")
_ABSTRACT_WORDS = ["violence", "terrorism", "crime", "conflict", "insurgency", "war", "fighting", "extremism", "landmines",
                   "unrest"]
# an investigation of an attack named as known: "the FBI is investigating the attempted assassination of a candidate"
# (not "investigating yesterday's stabbings": the news of the day)
_INVESTIGATING_THE = (r"(?-u:\b)(?:investigat(?:e|es|ed|ing)(?: into)?|review(?:s|ed|ing)?|examin(?:e|es|ed|ing)"
                      r"|look(?:s|ed|ing)? into) (?:the|this|that|these|those)"
                      r"((?: [^ ,.;]+){0,3}) $")

# a trigger word inside the name of a body, in a sentence not set in title case: "according to the Gun Violence
# Archive", "the PLA Rocket Force"
_NAME_GOES_ON = r"^ (?:of |for |and |on )?\p{Lu}\p{Ll}"
_LOWER_CASE_WORDS = r"(?-u:\b)[a-z]{3,}[ ,]+[a-z]{3,}(?-u:\b)"
# the place of an old attack named in a relative clause of a commemoration: "visits the sites where the hijacked planes
# came down as the nation marks the anniversary", "lays a wreath where the car bomb exploded 25 years ago" (no harm told
# before it: "a bomb explodes at a memorial where ...")
# (not "20 are wounded when a bomb goes off ... on the anniversary of the coup": the clause tells the harm)
_PLACE_CLAUSE_BEFORE = r"(?-u:\b)where (?:[^ ,;.]+ ){0,3}$"
# ... unless the clause gives the attack a day of its own: "... in the village of X, where a bomb exploded on Monday"
_RECENT_DAY_AFTER = (r"^[^.;]{0,40}?(?-u:\b)(?:on (?:" + "|".join(day.lower() for day in WEEKDAYS) + r")|yesterday|today"
                     r"|tonight|last night|overnight|this (?:morning|afternoon|evening|week))(?-u:\b)")
_COMMEMORATION_WORDS = ["anniversary", "commemorat", "memorial", "wreath", "remembrance", "years since", "years ago",
                        "minute's silence", "moment of silence", "minutes of silence"]
_COMMEMORATION = (r"(?i:anniversary|commemorat|memorial|wreath|remembrance|years since|years ago|minute's silence|moments? of"
                  r" silence|minutes of silence)")
# the means of a killing someone condemns: "condemns Israel's killing of Hamas's founder in a missile strike" (not "...,
# as a drone strike kills ten": a clause of its own)
_CONDEMNED_MEANS = (r"(?-u:\b)(?:condemn|denounc|deplor|criticis|criticiz|protest|mourn|regret)[a-z]* (?:[^ ,.;]+ ){0,4}?"
                    r"(?:killing|assassination|murder|death|deaths|execution|abduction|kidnapping)s? of (?:[^ ,.;]+ ){1,8}?"
                    r"(?:in|with|by|during) (?:an?|the|its|their) (?:[a-z\-]+ ){0,2}$")
_CONDEMNED_WORDS = ["condemn", "denounc", "deplor", "critici", "protest", "mourn", "regret"]
# an attack word that names people: "the shooting suspect", "the bombing suspects were known to police"
_SUSPECT_AFTER = r"^ suspects?(?-u:\b)"
# a weapon made, shown or traded, not fired: "Iran unveils a hypersonic missile", "the US will supply Kyiv with more
# rockets" (not "sold to the rebels and fired at a convoy": see _WENT_OFF after it)
_WEAPON_TRIGGER = (r"^(?i:(?:ballistic |cruise |hypersonic |guided )?(?:missiles?|rockets?|drones?|bombs?|grenades?|mortars?|shells?)"
                   r"(?: and (?:[a-z]+ )?(?:missiles?|rockets?|drones?|bombs?|shells?))?)$")
_ARMS_DEAL = (r"(?-u:\b)(?:unveil|display|showcas|parad|develop|acquir|buy|bought|purchas|deliver|suppl(?:y|ies|ied|ying)|sell|sold"
              r"|export|import|produc|manufactur|equip|provid|order|sale|show(?:s|ed|ing)? off|transfer|shipment)[a-z]*"
              r"((?: (?:\d[\d,]*|[^ ,.;]+)){0,5}) $")
# ... or sent to a country: "Germany agrees to send cruise missiles to Ukraine" (not "sends missiles into Kyiv")
_SENT_BEFORE = r"(?-u:\b)(?:send|sends|sent|sending|ship|ships|shipped|shipping|give|gives|gave|giving)((?: (?:\d[\d,]*|[^ ,.;]+)){0,4}) $"
_TO_COUNTRY_AFTER = r"^ to (?:the )?\p{Lu}"
_ARMS_DEAL_WORDS = ["unveil", "display", "showcas", "parad", "develop", "acquir", "buy", "bought", "purchas", "deliver", "suppl",
                    "sell", "sold", "export", "import", "produc", "manufactur", "equip", "provid", "order", "sale", "show", "transfer",
                    "shipment"]
# a reduced relative dated in the past: "the deaths of seven aid workers killed in a drone strike last month"
_HARMED_IN_BEFORE = (r"(?-u:\b)(?:killed|slain|wounded|injured|hurt|kidnapped|abducted|died|dead|missing|maimed) (?:in|by|during)"
                     r" (?:an?|two|three|several|\d+) (?:[a-z\-]+ ){0,2}$")
# ... the participle itself, after a preposition's object: "the deaths of seven aid workers killed in a drone strike
# last month" (not "seven aid workers were killed": a clause)
_OBJECT_BEFORE = r"(?-u:\b)(?:of|for|to|with|about|among) (?:[^ ,.;]+ ){1,5}$"
_HARMED_DATED_AFTER = rf"^ (?:in|by|during|when) [^,;.]{{0,60}}? {_PAST_TIME}"
# attackers trained or paid, not attacking: "tells how the group trained suicide bombers"
_TRAINED_BARE = r"(?-u:\b)(?:train(?:s|ed|ing)?|recruit(?:s|ed|ing)?|financ(?:es|ed|ing)|fund(?:s|ed|ing)) (?:[a-z\-]+ )?$"

# an attack told only inside its denial: "the army denies its troops killed civilians", "police deny firing on
# protesters" (not "denies involvement in the bombing ... that killed 15": the sentence tells the bombing)
_DENIED_BEFORE = (r"(?-u:\b)(?:den(?:y|ies|ied|ying)|rejects?|rejected|dismiss(?:es|ed)?) (?:(?:the )?(?:claims?|reports?"
                  r"|allegations?|accusations?) )?(?:that )?(?:(?:its|their|his|her|the|any|[a-z]+(?:'s|’s)) (?:[a-z\-]+ ){0,2})?$")
_DENIAL_WORDS = ["deny", "denies", "denied", "denying", "reject", "dismiss"]
_TOLL_OF_DENIED_AFTER = (r"^[^.;]{0,60}?(?:(?-u:\b)(?:that|which) (?:killed|kills|left|wounded|injured)|, (?:killing|wounding|leaving))"
                         r" (?:at least |more than |about |some |nearly |over )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens"
                         r"|scores|hundreds|several)")


def _only(keep: pl.Expr, text: pl.Expr) -> pl.Expr:
    """The text where `keep` holds, else "" (a regex over "" costs nothing)."""
    return pl.when(keep).then(text).otherwise(pl.lit(""))


def told_as_non_event(before: pl.Expr, text: pl.Expr, trigger_end: pl.Expr, priority: pl.Expr, trigger: pl.Expr,
                      generic_priority: int) -> pl.Expr:
    """True where the frame around the trigger shows the words name an attack told elsewhere (see the cues above).
    `before` is the lowercased text just before the trigger (the caller's window, shared with its own cues)."""
    after = lowered(text.str.slice(trigger_end, 80))
    talks_gap = guarded(before, _TALKS_WORDS).str.extract(_TALKS_ABOUT, 1)
    kin_gap = guarded(before, _KIN_WORDS).str.extract(_KIN_OF, 1)
    funeral = guarded(before, _FUNERAL_WORDS).str.contains(_FUNERAL)
    talks_after = guarded(before, ["after", "following", "wake of"]).str.extract(_TALKS_AFTER_THE, 1)
    stance_gap = guarded(before, _STANCE_WORDS).str.extract(_STANCE_ON, 1)
    halting_gap = guarded(before, _HALTING_WORDS).str.extract(_HALTING, 1)
    seized_gap = guarded(before, _SEIZED_WORDS).str.extract(_SEIZED_BEFORE, 1)
    explosive = trigger.str.contains(_EXPLOSIVE_TRIGGER)
    brace_gap = guarded(before, _BRACE_WORDS).str.extract(_BRACE_FOR, 1)
    protest_gap = guarded(before, _PROTEST_WORDS).str.extract(_DIPLOMATIC_PROTEST, 1)
    truce = guarded(text, ["truce", "cease", "armistice", "peace", "cessation", "pause"]).str.contains(_TRUCE_SENTENCE)
    # (the frames below read a long slice only on rows a cheap test has kept: `_only`)
    span_of = guarded(before, ["hours of", "days of", "weeks of", "months of", "years of", "decades of", "day of", "week of",
                               "month of", "year of"]).str.contains(_SPAN_OF)
    span_text = _only(span_of, text)
    settled = (guarded(span_text, ["truce", "cease", "armistice", "peace", "cessation", "pause"]).str.contains(_TRUCE_SENTENCE)
               | guarded(span_text, _SETTLEMENT_WORDS).str.contains(_SETTLEMENT_SENTENCE))
    trigger_start = trigger_end - trigger.str.len_chars()
    opening = (lowered(text.str.slice(0, 40)).str.contains(_OPENING_YEARS_AFTER_START)
               & ~text.str.slice(0, trigger_start).str.contains_any([",", ";"]))
    # (an eager with_columns recomputes a shared expression at each use: each frame slices its own rows)
    captive = trigger.str.contains(_CAPTIVE_CLAUSE_TRIGGER)
    captive_after = _only(captive, text.str.slice(trigger_end, 170)).str.to_lowercase()
    air_after = _only(trigger.str.contains(_FIRE_TRIGGER), text.str.slice(trigger_end, 170)).str.to_lowercase()
    into_air = guarded(air_after, [" the air", " the sky"]).str.contains(_INTO_THE_AIR_AFTER) | (
        trigger.str.contains(r"(?i:(?-u:\b)(?:in|into|toward|towards)$)") & air_after.str.contains(_AIR_AFTER_FIRE_INTO))
    unexploded_after = guarded(_only(explosive, text.str.slice(trigger_end, 170)).str.to_lowercase(),
                               ["not ", "never", "without", "n't", "failed"])
    nature = guarded(_only(priority <= generic_priority, text), _NATURE_WORDS).str.contains(_NATURE_SENTENCE)
    admits = guarded(text, ["admit", "acknowledg", "conced"]).str.slice(0, trigger_start).str.to_lowercase().str.contains(
        _ADMITS_BEFORE)
    place_clause = (guarded(before, ["where"]).str.contains(_PLACE_CLAUSE_BEFORE)
                    & guarded(text, _COMMEMORATION_WORDS).str.contains(_COMMEMORATION))
    place_clause = place_clause & ~_only(place_clause, after).str.contains(_RECENT_DAY_AFTER)
    # (a role in or a condemned means of an attack with a recent day of its own is the news)
    role_in = guarded(before, _ROLE_WORDS).str.contains(_ROLE_IN)
    condemned_means = guarded(before, _CONDEMNED_WORDS).str.contains(_CONDEMNED_MEANS)
    return (
        (guarded(before, _YEARS_WORDS).str.contains(_YEARS_AFTER) & ~before.str.contains(_DIED))
        | (funeral & (trigger.str.contains(_PARTICIPLE_TRIGGER) | before.str.contains(_DEAD_TOLD)))
        | ((talks_gap.is_not_null() & ~talks_gap.str.contains(_CLAUSE_IN_GAP)
            | kin_gap.is_not_null() & ~kin_gap.str.contains(_CLAUSE_IN_GAP)) & ~trigger.str.contains(_FINITE_TRIGGER)).fill_null(False)
        | guarded(before, _MEASURE_WORDS).str.contains(_MEASURE_FOR)
        | (guarded(before, _PEOPLE_WORDS).str.contains(_PEOPLE_OF) & ~trigger.str.contains(_VERB_TRIGGER)
           & ~before.str.contains(_RECENT_DAY) & ~before.str.contains(_SAYS_TAIL))
        | guarded(before, _SOUGHT_WORDS).str.contains(_SOUGHT_OF)
        | guarded(before, ["despite"]).str.contains(_DESPITE)
        | guarded(before, _WAVE_WORDS).str.contains(_WAVE_OF)
        | guarded(before, ["protect", "shield", "defend", "guard"]).str.contains(_PROTECT_FROM)
        | guarded(before, _OLD_ORDNANCE_WORDS).str.contains(_OLD_ORDNANCE)
        | guarded(before, _INQUIRY_WORDS).str.contains(_INQUIRY_INTO)
        | ((priority <= generic_priority) & guarded(after, ["enter", "into"]).str.contains(_ENTERS_ITS))
        | guarded(after, ["amount", "constitut"]).str.contains(_AMOUNT_TO)
        | guarded(after, _MOURNED_WORDS).str.contains(_MOURNED_AFTER)
        | (trigger.str.contains(r"^(?i:dead)$") & before.str.contains(_THE_DEAD))
        | (trigger.str.contains(r"(?i:bomb|explosive|device)") & guarded(after, ["found", "discovered", "intercepted", "seized",
                                                                                 "defused", "made safe"]).str.contains(_FOUND_AFTER)
           & ~after.str.contains(_WENT_OFF))
        | (trigger.str.contains(r"^(?i:gunm[ae]n|armed men)$") & after.str.contains(_ATTACKER_FREES))
        | (guarded(before, _DAYS_WORDS).str.contains(_DAYS_AFTER) & ~text.str.contains(_DEATH_MAIN))
        | (guarded(before, _YEARS_WORDS).str.contains(_YEARS_AFTER_LONG) & ~before.str.contains(_DIED))
        | (talks_after.is_not_null() & ~talks_after.str.contains(_CLAUSE_IN_GAP)).fill_null(False)
        # (an attack with a recent day of its own is the news: "regretted the deaths of three civilians killed in an
        # airstrike on Gaza City on Tuesday")
        | (stance_gap.is_not_null() & ~stance_gap.str.contains(_CLAUSE_IN_GAP)
           & ~_only(stance_gap.is_not_null(), after).str.contains(_RECENT_DAY_AFTER).fill_null(False)).fill_null(False)
        | guarded(before, _CALLED_WORDS).str.contains(_CALLED_THE)
        | (role_in & ~_only(role_in, after).str.contains(_RECENT_DAY_AFTER))
        # (a denial of the doer of an attack told with its toll leaves the attack: "denied shelling a market that killed 15")
        | (guarded(before, _DENIAL_WORDS).str.contains(_DENIED_BEFORE) & ~after.str.contains(_TOLL_OF_DENIED_AFTER))
        | guarded(before, _AIDING_WORDS).str.contains(_AIDING)
        | guarded(before, _REBUILT_WORDS).str.contains(_REBUILT)
        | guarded(before, _TALLY_WORDS).str.contains(_TALLY_BEFORE)
        | ((priority <= generic_priority) & guarded(after, ["since"]).str.contains(_SINCE_WAR_AFTER)
           & ~after.str.contains(_SUPERLATIVE_SINCE))
        | ((priority <= generic_priority) & guarded(before, _BACKGROUND_WORDS).str.contains(_BACKGROUND_CLAUSE))
        | (halting_gap.is_not_null() & ~halting_gap.str.contains(_CLAUSE_IN_GAP) & truce).fill_null(False)
        | (explosive & (guarded(before, _TO_BUILD_WORDS).str.contains(_TO_BUILD)
                        # (not "found three people killed by a bomb")
                        | (seized_gap.is_not_null() & ~seized_gap.str.contains(_CLAUSE_IN_GAP) & ~seized_gap.str.contains(_WENT_OFF)
                           & ~after.str.contains(_WENT_OFF)).fill_null(False)
                        | (after.str.contains(_NEVER_WENT_OFF_AFTER) & ~_only(explosive, text).str.contains(_THROWN))
                        | (after.str.contains(_CAUGHT_AFTER) & ~after.str.contains(_WENT_OFF))))
        | (trigger.str.contains(r"^(?i:gunm[ae]n|armed men|militants|rebels|fighters|bandits|pirates|jihadists)$")
           & guarded(before, ["by "]).str.contains(_SEIZED_BY) & after.str.contains(_FREED_AFTER))
        | (trigger.str.contains(_CAPTIVE_TRIGGER) & (guarded(before, _HANDED_WORDS).str.contains(_HANDED_BACK)
                                                      | after.str.contains(_HANDED_AFTER)))
        # (not "release 20 villagers seized last month but abduct 30 others": a clause of its own)
        | guarded(before, ["free", "releas", "rescu"]).str.extract(_FREES_SEIZED, 1).str.contains(
            r"(?-u:\b)(?:but|and|then|while|before|after|as)(?-u:\b)").not_().fill_null(False)
        | guarded(before, ["discuss"]).str.contains(_DISCUSSED)
        | (brace_gap.is_not_null() & ~brace_gap.str.contains(_CLAUSE_IN_GAP)).fill_null(False)
        | (guarded(text, ["tank", "truck", "lorr", "pipeline", "cylinder", "depot"]).str.contains(_FUEL_ACCIDENT)
           & ~text.str.contains(_BOMB_SENTENCE) & ~text.str.contains(_ATTACKER_SENTENCE))
        | guarded(after, ["between", "from"]).str.contains(_YEAR_SPAN_AFTER)
        | ((priority <= generic_priority) & guarded(before, ["number", "tally", "count", "total"]).str.contains(_NUMBER_OF)
           & after.str.contains(_YEARLY_AFTER))
        | guarded(before, ["agree"]).str.contains(_AGREED_THAT)
        | ((priority <= generic_priority) & guarded(before, ["reduc", "curb", "escalat", "lower"]).str.contains(_CURB))
        | (protest_gap.is_not_null() & ~protest_gap.str.contains(_CLAUSE_IN_GAP)).fill_null(False)
        | (guarded(before, _MEMORY_WORDS).str.contains(_IN_MEMORY)
           & (trigger.str.contains(_PARTICIPLE_TRIGGER) | before.str.contains(_DEAD_TOLD)))
        | (guarded(text, _ARMS_STORE_WORDS).str.contains(_ARMS_STORE) & text.str.contains(_BLEW_UP)
           & ~text.str.contains(_ATTACKER_SENTENCE))
        | (guarded(text, _OLD_ORDNANCE_SENTENCE_WORDS).str.contains(_OLD_ORDNANCE_SENTENCE) & ~text.str.contains(_ATTACKER_SENTENCE))
        | (truce & (guarded(before, ["of "]).str.contains(_DAYS_OF)
                    | (guarded(before, ["isolated", "sporadic", "occasional", "minor", "scattered", "of "]).str.contains(_TRUCE_BREACH)
                       & ~after.str.contains(_WENT_OFF))))
        | (settled & span_of)
        | _only(guarded(before, ["that", "which"]).str.contains(_SETTLED_AFTER_CLAUSE), text).pipe(
            lambda kept: guarded(kept, ["truce", "cease", "armistice", "peace", "cessation", "pause"]).str.contains(_TRUCE_SENTENCE)
            | guarded(kept, _SETTLEMENT_WORDS).str.contains(_SETTLEMENT_SENTENCE))
        | opening
        | guarded(guarded(before, _PAST_RELATIVE_WORDS), _PAST_TIME_WORDS).str.contains(_PAST_RELATIVE)
        | _only(guarded(_only(trigger.str.contains(_NOUN_TRIGGER), after), [*_PAST_TIME_WORDS, "of 19", "of 20"]).str.contains(
            _NOUN_DATED_AFTER),
                before).str.contains(_DEFINITE_NOUN_BEFORE)
        | (trigger.str.contains(_ATTRIBUTIVE_TRIGGER) & before.str.contains(_ATTRIBUTIVE_BEFORE) & ~before.str.contains(_BODY_OF)
           & text.str.slice(trigger_end, 40).str.contains(_ATTRIBUTIVE_AFTER))
        | guarded(before, _WANT_WORDS).str.extract(_WANT_TO, 1).str.contains(_CLAUSE_IN_GAP).not_().fill_null(False)
        | guarded(before, ["for ", "in "]).str.contains(_TO_BUILD_FOR)
        | guarded(before, ["target"]).str.contains(_TARGETS_FOR)
        | (into_air & ~air_after.str.contains(_INTO_CROWD))
        | (trigger.str.contains(_NOUN_TRIGGER) & guarded(before, ["19", "20"]).str.contains(_YEAR_NOUN_BEFORE))
        | ((priority <= generic_priority) & guarded(before, _PAST_TIME_WORDS).str.contains(_DATED_SUBJECT_BEFORE))
        | (guarded(_only(before.str.contains(_SUBORDINATE_BEFORE), after), _PAST_TIME_WORDS).str.contains(_CLAUSE_DATED_AFTER))
        | (trigger.str.contains(r"^(?i:gunm[ae]n|armed men|militants|rebels|fighters|bandits|jihadists|attackers|assailants)$")
           & guarded(after, _PAST_TIME_WORDS).str.contains(_ATTACKER_WHO_DATED))
        | (trigger.str.contains(r"^(?i:fire|fired|firing|gunfire|shots|shooting)") & before.str.contains(_HARMLESS_FIRE_BEFORE))
        | (trigger.str.contains(_EXPLOSIVE_TRIGGER) & text.str.slice(trigger_end, 16).str.contains(_BOMB_COMPOUND_AFTER))
        | (trigger.str.contains(r"(?i:explosion|detonation|blast)") & before.str.contains(_CONTROLLED_BEFORE))
        # (a grenade thrown that failed to go off is an attack: the act is told)
        | (unexploded_after.str.contains(_NOT_GONE_OFF) & ~_only(explosive, text).str.contains(_THROWN)
           & ~unexploded_after.str.contains(r"(?-u:\b)(?:killing|killed|wounding|wounded|injuring|injured)(?-u:\b)"))
        | (captive
           & (trigger.str.contains(r"^(?i:who|that) ") | before.str.contains(_RELATIVE_BEFORE) & ~before.str.contains(
               _ATTACKER_BEFORE.replace("$", " $")))
           & guarded(captive_after, ["freed", "released", "rescued", "handed", "set free", "returned", "flown home", "reunited"])
           .str.contains(_FREED_MAIN_AFTER))
        | (admits & (_only(admits, before).str.contains(_ADMIT_TIME)
                     | _only(admits, text.str.slice(trigger_end, 170)).str.to_lowercase().str.contains(_ADMIT_TIME)))
        | (nature & ~_only(nature, text).str.contains(_WEAPON_SENTENCE))
        | guarded(before, ["report", "wr", "blogg", "investigat", "campaign"]).str.contains(_REPORTED_ON)
        | guarded(before, _CHARGED_WORDS).str.extract(_CHARGED_WITH, 1).str.contains(_CHARGED_GAP_VERB).not_().fill_null(False)
        | guarded(before, _URGED_WORDS).str.extract(_URGED_TO, 1).str.contains(_CLAUSE_IN_GAP).not_().fill_null(False)
        | (guarded(before, _KIN_ONE_WORDS).str.extract(_KIN_ONE_OF, 1).str.contains(r"^ all |" + _CLAUSE_IN_GAP).not_()
           .fill_null(False)
           & ~trigger.str.contains(_FINITE_TRIGGER))
        | (_only(trigger.str.contains(_ATTRIBUTIVE_COMMON_TRIGGER), before).str.contains(_ATTRIBUTIVE_COMMON_BEFORE)
           & text.str.slice(trigger_end, 20).str.contains(r"^ (?:[a-z\-]+ ){0,1}[a-z\-]+(?-u:\b)"))
        | (_only(priority <= generic_priority, guarded(before, _ABSTRACT_WORDS)).str.contains(_ABSTRACT_SUBJECT)
           & guarded(after, _PAST_TIME_WORDS).str.contains(_CLAUSE_DATED_AFTER))
        | _only(_only(trigger.str.contains(r"^\p{Lu}\p{Ll}") & (trigger_start > 0), text.str.slice(trigger_end, 12)).str.contains(
            _NAME_GOES_ON), text).str.contains(_LOWER_CASE_WORDS)
        | (place_clause & ~_only(place_clause, before).str.contains(_WENT_OFF))
        | (condemned_means & ~_only(condemned_means, after).str.contains(_RECENT_DAY_AFTER))
        | (_only(trigger.str.contains(_WEAPON_TRIGGER) & text.str.slice(trigger_end, 8).str.contains(_TO_COUNTRY_AFTER), before)
           .str.extract(_SENT_BEFORE, 1).str.contains(_CLAUSE_IN_GAP).not_().fill_null(False))
        | (trigger.str.contains(r"(?i:bombers?|gunm[ae]n|fighters|militants|snipers?)$")
           & guarded(before, ["train", "recruit", "financ", "fund"]).str.contains(_TRAINED_BARE))
        | (trigger.str.contains(_NOUN_TRIGGER) & guarded(after, [" suspect"]).str.contains(_SUSPECT_AFTER))
        | (guarded(_only(trigger.str.contains(_WEAPON_TRIGGER), before), _ARMS_DEAL_WORDS).str.extract(_ARMS_DEAL, 1).str.contains(
            _CLAUSE_IN_GAP).not_().fill_null(False) & ~after.str.contains(_WENT_OFF))
        | _only(trigger.str.contains(_NOUN_TRIGGER) & guarded(after, _PAST_TIME_WORDS).str.contains(_NOUN_DATED_AFTER), before)
        .str.contains(_HARMED_IN_BEFORE)
        | _only(trigger.str.contains(r"^(?i:killed|slain|wounded|injured|kidnapped|abducted)$")
                & guarded(after, _PAST_TIME_WORDS).str.contains(_HARMED_DATED_AFTER), before).str.contains(_OBJECT_BEFORE)
        | guarded(before, ["investigat", "review", "examin", "look"]).str.extract(_INVESTIGATING_THE, 1).str.contains(_CLAUSE_IN_GAP).not_().fill_null(False)
    )
