"""Frames of news that name an attack without telling one happening now: the attack is the subject of talks, a funeral,
a compensation, the background of something years later, or what an inquiry looks into. Each frame is matched on the
lowercased words just before (or after) a trigger word; each regex runs only on rows holding one of its literal words
(a cheap prefilter), so the cost on text without them is one `contains_any` scan."""

import polars as pl

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
                r"|visit(?:s|ed|ing)?)(?-u:\b)([^.;,]{0,80}? (?:about|on|over|regarding|concerning|to discuss) (?:[^ ,.;]+ ){0,6})$")
_TALKS_WORDS = ["talks", "discuss", "spoke", "speak", "meet", "met ", "conversation", "summit", "call", "visit"]
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
                  r"|commemorated)(?-u:\b)")
_MOURNED_WORDS = ["laid to rest", "buried", "mourned", "remembered", "honoured", "honored", "commemorated"]
# "the dead" as people: "the names of the dead are read at Ground Zero" (not "the number of the dead": a toll)
_THE_DEAD = (r"(?-u:\b)(?:names|memory|memories|graves|families|relatives|honou?r[a-z]*|mourn[a-z]*|remember[a-z]*|pray[a-z]*"
             r"|bur(?:y|ies|ied)|tribute to) (?:(?:of|for|to) )?the (?:[a-z\-]+ )?$")
# a bomb found before it went off: "two parcel bombs, hidden in printer cartridges, that were found on Friday aboard cargo
# planes" (not "a bomb that was found under a car exploded": see _WENT_OFF)
_FOUND_AFTER = (r"^[^.;]{0,60}?(?-u:\b)(?:were|was|are|is|had been|have been|has been) (?:later )?(?:found|discovered|intercepted"
                r"|seized|defused|made safe)(?-u:\b)")
_WENT_OFF = r"(?-u:\b)(?:explod[a-z]*|went off|goes off|detonat[a-z]*|blew up|blows up|kill[a-z]*|wound[a-z]*|injur[a-z]*)(?-u:\b)"
# an attacker word that frees its captives: "Gunmen free 279 schoolgirls who were abducted last week"
_ATTACKER_FREES = r"^ (?:free[sd]?|freeing|releas(?:e|es|ed|ing)|hand(?:s|ed)? over)(?-u:\b)"


def told_as_non_event(before: pl.Expr, text: pl.Expr, trigger_end: pl.Expr, priority: pl.Expr, trigger: pl.Expr,
                      generic_priority: int) -> pl.Expr:
    """True where the frame around the trigger shows the words name an attack told elsewhere (see the cues above).
    `before` is the lowercased text just before the trigger (the caller's window, shared with its own cues)."""
    after = lowered(text.str.slice(trigger_end, 80))
    talks_gap = guarded(before, _TALKS_WORDS).str.extract(_TALKS_ABOUT, 1)
    kin_gap = guarded(before, _KIN_WORDS).str.extract(_KIN_OF, 1)
    funeral = guarded(before, _FUNERAL_WORDS).str.contains(_FUNERAL)
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
    )
