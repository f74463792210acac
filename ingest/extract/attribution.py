"""Who did an incident and how the text says so: the perpetrator (a known armed group, an actor, or a group named
by context) and the attribution status (claimed, accused, suspected, stated, unknown)."""

import polars as pl

from ingest.extract.anchors import bind_to_incidents
from ingest.extract.text import PERSON_NAME, PERSON_NAME_NICKNAMED, find_matches, guarded

# The aircraft words, one list for every reading of a force's machines ("Israeli jets struck", "its drones", "the
# warplanes were probably Russian"). Owned or told by a state or group, any aircraft is a force's: the civil words
# ("planes", "aircraft") count as much as the military ones. (incidents.py reads an aircraft with no owner named, where
# only a certainly military one fires: that narrower list is MILITARY_AIRCRAFT below.)
AIRCRAFT_WORDS = ("jet", "warplane", "plane", "drone", "helicopter", "gunship")


def _aircraft(number: str = "plural", without: tuple[str, ...] = (), aircraft: bool = True) -> str:
    """The aircraft words as one regex group: "plural" ("jets"), "any" ("jets?"); `without` leaves words out where a
    reading has never held them (kept explicit: adding them would be a change of behaviour, not a move)."""
    suffix = "s?" if number == "any" else "s"
    words = [f"{word}{suffix}" for word in AIRCRAFT_WORDS if word not in without]
    return "(?:" + "|".join(words + (["aircraft"] if aircraft else [])) + ")"


_AIRCRAFT_PLURAL = _aircraft("plural")
_AIRCRAFT_ANY = _aircraft("any")
# an aircraft that fires with no owner named ("a helicopter gunship opened fire"): only the certainly military ones,
# not a bare "helicopter", "plane" or "drone" (a police, news or civil one, or the target: incidents.py)
MILITARY_AIRCRAFT = (r"(?:helicopter gunships?|gunships?|(?:military|army|attack|combat|government|air force|navy) helicopters?"
                     r"|warplanes?|war planes?|fighter (?:jets?|planes?))")

# a that-clause reported by someone: the group standing at its start is who they say did it
_REPORTED_THAT = (r"(?i:(?-u:\b)(?:informed|told|warned|alleged|alleges|allege|charged|charges|accused|said|says|say"
                  r"|claimed|claims|reported|reports|believes?|believed|suspects?|suspected)(?-u:\b)[^.;:]{0,80}?"
                  r"(?-u:\b)that\s+(?:the\s+)?)$")
_ATTRIBUTING_VERB = r"(?:blamed|blames|blame|accused|accuses|accuse|said|says|say|denied|denies|condemned|suspects?|suspected)"
# "Israel holds Hamas responsible", "held the group fully accountable"
_HOLDS_RESPONSIBLE = r"(?:holds?|held|holding) [^.;,]{0,40}?(?-u:\b)(?:responsible|accountable|culpable)(?-u:\b)"
# between an attributing verb and the name: "blamed the militant group al-Shabaab", "suspect fighters linked to"
_DESCRIPTOR = (r"(?:\s+(?:the|an?))?(?:\s+[\p{Ll}\-]+|\s+\p{Lu}[\p{L}\-]*(?:ian|ist|ese|i|n)|\s+(?:Islamist|Iran-backed|Sunni|Shia|Shiite|Maoist|jihadist)"
               # "blamed the Pakistan-based group X", "blamed two militant groups, X and Y"
               # ("blamed the Tuareg-led X")
               r"|\s+\p{Lu}[\p{L}]*-(?:based|backed|linked|aligned|led|dominated)|\s+\p{Lu}[\p{L}\-]*(?:'s|’s)"
               # a people's word before a lowercase description: "the Basque separatist group", "the Greek anarchist group"
               # (a describing word: not "Iran and its Lebanese ally Hezbollah", where Iran is named first)
               r"|\s+\p{Lu}\p{Ll}+\s+[\p{Ll}\-]+(?:ist|ant|ary|al|ic|ian)"
               # ... or a people before its band's word: "the Rwandan Hutu rebel group FDLR"
               r"|\s+\p{Lu}\p{Ll}+\s+(?:rebel|militant|armed|jihadist|insurgent|guerrilla|militia|paramilitary|extremist)){0,4},?\s+")
_VIOLENT_VERB = (r"(?:kill(?:s|ed)?|shoot|shoots|shot|open(?:s|ed)? fire|fire[sd]?|launch(?:es|ed)?|pound(?:s|ed)?|overr(?:an|uns?)"
                 r"|bomb(?:s|ed)?|shell(?:s|ed)?|strikes?|struck|hit(?:s)?|drop(?:s|ped)?|attack(?:s|ed)?|raid(?:s|ed)?|strafe[sd]?"
                 r"|storm(?:s|ed)?|ambush(?:es|ed)?|break(?:s)? up|broke up|crack(?:s|ed)? down|disperse[sd]?|target(?:s|ed)?"
                 r"|destroy(?:s|ed)?|blow(?:s)? up|blew up|blown up|seize[sd]?|abduct(?:s|ed)?|kidnap(?:s|ped)?|massacre[sd]?|torch(?:es|ed)?"
                 r"|gun(?:s|ned)? down|hammer(?:s|ed)?|level(?:s|led|ed)?|flatten(?:s|ed)?|rain(?:s|ed)?|slam(?:s|med)? into"
                 # ("Jamaican soldiers and police fight their way into the district")
                 r"|f(?:ight|ights|ought) (?:their|its) way (?:into|through|in)"
                 r"|tear(?:s)? (?:through|into)|tore (?:through|into)|smash(?:es|ed)? into|mow(?:s|ed)? down|charge[sd]? into"
                 r"|open(?:s|ed)? (?:the |an |their |its )?(?:\p{Ll}+ )?(?:intervention|offensive|assault|attack|campaign|bombardment)"
                 r"|(?:begins?|began|begun|starts?|started|resumes?|resumed) (?:bombing|shelling|striking|attacking|raiding|air ?strikes)"
                 # "Israel sends F-16 warplanes against Palestinian targets", "sent tanks into the town"
                 rf"|sen(?:ds?|t) (?:[\p{{L}}\d\-]+ ){{0,3}}?(?:{_AIRCRAFT_PLURAL}|troops|tanks|bombers|forces|soldiers) (?:against|into)"
                 r"|carr(?:y|ies|ied) out (?:the |an? |its |their )?(?:\p{Ll}+ )?(?:strikes?|attacks?|raids?|bombing|operation)"
                 # a force ending its own operation: "Israeli troops pull out of Jenin after a two-day raid", "Turkish
                 # troops end a week-long offensive"
                 r"|(?:(?:pull(?:s|ed)?|move[sd]?) out|withdr[ae]ws?|withdrawn?|leaves?|left|end(?:s|ed)?|conclude[sd]?|complete[sd]?"
                 r"|wind(?:s)? down|wound down|wrap(?:s|ped)? up)(?: [^.;]{0,45}?)? (?:after|following|at the end of|ending)?"
                 r" ?(?:an? |the |their |its )?(?:[\p{L}\-]+ ){0,2}(?:raid|offensive|operation|incursion|assault|siege|sweep|crackdown"
                 # ("Saudi security forces end a three-day battle with militants")
                 r"|battle|gunfight|gun battle|shootout|stand-?off|firefight)s?)")
# what a speaker's own side did it with: "its aircraft", "one of its drones", "their fighters"
# (one of them too: "the Taliban said their fighter had carried out the attack")
# a group's own media speaking for it: "The Islamic State's Amaq agency says", "the Houthis' Al Masirah television"
# ("Houthi-run media said the group had launched": media it runs)
_GROUP_MEDIA = (r"(?:(?:'s|’s|'|’) (?:\p{Lu}[\p{L}\-]* ){0,2}(?:news |media |propaganda |satellite )?(?:agency|outlet|arm|wing|channel"
                r"|television|TV|radio|website|mouthpiece|newspaper)"
                r"|-(?:run|controlled|owned|affiliated) (?:\p{Lu}[\p{L}\-]* ){0,2}(?:news |satellite )?(?:media|agency|outlet|channel"
                r"|television|TV|radio|website|newspaper))")
_OWN_FORCE_NOUN = (r"(?:own )?(?:[\p{L}\-]+ ){0,2}?(?:forces|troops|soldiers?|fighters?|militants?|men|members?|units?|squads?|gunman|commandos?"
                   rf"|{_AIRCRAFT_ANY}|missiles?|rockets?|artillery|navy|army|military|(?:air ?)?strikes?"
                   r"|raids?|operations?|attacks?|bombers?|gunmen|commandos|ships?|warships?|weapons?|shells?|operatives?"
                   r"|cells?|pilots?|snipers?|mujahideen|bombs?|guerrillas|rebels|militiamen|cadres|combatants|partisans"
                   # ("Hamas says its armed wing fired the rockets")
                   r"|(?:armed|military) wing|brigades?"
                   # ("Ethiopia's government says its air force bombed")
                   r"|air force"
                   # ("The Nigerian Air Force says Alpha Jets of its air task force bombed")
                   r"|task force"
                   r"|insurgents)(?-u:\b)")
_OWN_FORCE = rf"(?:its|their) {_OWN_FORCE_NOUN}"
# a group saying it did it: "al-Shabab said on Twitter that it was behind the attack", "Hamas's armed wing said it had
# launched", "The Taliban said their fighters had brought it down", "the coalition acknowledged that its aircraft",
# "The X Movement says it planted the bombs", "a missile that the Houthi movement says was aimed at the palace".
# "it"/"they" must be followed by an act of theirs: "officials said they were searching for him" claims nothing
# (an acronym in brackets may stand between: "The Movement for Oneness and Jihad in West Africa (MUJAO) says it")
# (or a relative clause: "al-Shabaab, which has carried out similar attacks, said it was responsible")
_SELF_CLAIM_AFTER = (r"^(?: \([^)]{1,15}\))?(?:, (?:an?|the) [^,;.]{0,60}?(?-u:\b)(?:group|faction|movement|organi[sz]ation|offshoot"
                     r"|militia|wing|outfit|branch|network|alliance|coalition)[^,;.]{0,40}|, (?:which|who) [^,;.]{3,80}"
                     # (two claimants: "Hamas and the al-Aqsa Martyrs' Brigades say the attack was a joint operation")
                     # (where it said so: "JNIM, in a statement on Telegram, said it was behind the ambush")
                     r"|, (?:in|on|via|through) [^,;.]{3,60}"
                     r"| and (?:the )?(?:(?:al|el)-)?\p{Lu}[\p{L}'’\-]*(?: (?:of |of the |for |for the |al-)?\p{Lu}[\p{L}'’\-]*){0,5})?,?(?:" + _GROUP_MEDIA
                     + r"|(?:'s|’s)(?: [\p{Ll}\-]+){1,2}|(?:'s|’s)(?: \p{Lu}[\p{L}\-]+){1,4}"
                     # (a state's force or command named after its people: "The Somali National Army says", "United
                     # States Africa Command says it carried out")
                     r"| (?:(?:\p{Lu}[\p{L}\-]+ ){1,2}(?:Army|Command|Navy|Air Force|Defen[cs]e Forces|Armed Forces)"
                     r"|Defen[cs]e Forces|armed forces|General Staff|military|army|Army|air force|Air Force|navy|forces|troops"
                     # a state's agency named by its acronym: "Ukraine's SBU security service said the agency was behind it"
                     r"|(?:[\p{Ll}\-]+ )?(?:service|agency))"
                     r"(?: spokes(?:man|woman|person))?"
                     # ("The X brigade says it fired them": a unit's word after its name)
                     r"| (?:militants|fighters|group|movement|militia|rebels|insurgents|brigade|battalion|faction|officials?|(?:leader|chief|commander|head"
                     r"|spokes(?:man|woman|person))(?: (?:al-|el-|bin |ibn )?\p{Lu}[\p{L}\-]+){0,4}"
                     # (his name in apposition: "A Taliban commander, Mullah X, said the group had carried out the attack")
                     r"(?:,(?: (?:al-|el-|bin |ibn )?\p{Lu}[\p{L}\-.]+){1,4},)?|spokesman))? (?:(?:has|have|had|later|also) )*(?:said|says|say|admitted|admits"
                     r"|acknowledged|acknowledges|confirmed|confirms|announced|(?:told|tells)(?: \p{Lu}[\p{L}\-]*| reporters| journalists)"
                     # ("telephoned local newspapers to say its suicide squad had carried out the raid")
                     r"|announces|confirm|reported|reports"
                     # (an apology for its own men's act: "NATO apologised after its helicopters killed nine boys")
                     r"|apologi[sz](?:ed|es)|expressed regret|regrets|regretted"
                     r"|(?:(?:tele)?phon(?:ed|es)|rang|contacted|called) [^.;,]{0,40}? to say)"
                     r"(?: [^.;,]{0,60}?)? (?:that )?(?:(?:it|they"
                     # (the group spoken of by its own voice: "A Taliban spokesman said the group had carried out the attack")
                     r"|(?:the|his|her|their) (?:group|movement|organi[sz]ation|militia|militants|fighters|rebels|insurgents|men)) "
                     r"(?:(?:had|has|have|would have|did) )?(?:(?:\p{Ll}+ly|also|then|later|successfully) )?"
                     rf"(?:{_VIOLENT_VERB}|carr(?:y|ies|ied) (?:it |them )?out|plant(?:s|ed)?|detonat(?:ed|es?)|set(?:s)? (?:it |them )?off|sent|downed|used|executed|beheaded|captured"
                     r"|conducted|mounted|staged|brought (?:it |them )?down|t[ao]ok(?:en)? (?:\p{Ll}+ )?hostages?"
                     # ("his group took the students")
                     r"|t[ao]ok(?:en)? (?:the |them |their |all )?(?:[a-z\-]+ )?(?:students|pupils|schoolgirls|schoolchildren|children"
                     r"|girls|boys|captives|workers|passengers|tourists|hostages|villagers|foreigners|engineers|crew))(?-u:\b)"
                     r"|(?:it|they|the (?:agency|service|group|movement|organi[sz]ation|militia|unit)) (?:was|were|is|are)"
                     # ... "say the attack was a joint operation", "said the bombing was their joint work"
                     r" (?:(?:an? |their )?(?:joint|combined|coordinated)(?-u:\b))|the (?:attack|bombing|raid|ambush|assault"
                     r"|operation|strike|blast|shooting)s? (?:was|were|had been) (?:an? |their |a )?(?:joint|combined|coordinated)(?-u:\b)"
                     r"|(?:it|they|the (?:agency|service|group|movement|organi[sz]ation|militia|unit)) (?:was|were|is|are)"
                     r" (?:\p{Ll}+ly )?(?:behind|responsible|targeting|aiming|attacking|firing"
                     # its strikes under way: "the Israeli army says it is striking Hamas infrastructure"
                     r"|striking|bombing|shelling|hitting|pounding|carrying out|conducting"
                     # a captor: "said that it was holding the reporter"
                     r"|retaliating|holding|detaining)(?-u:\b)|(?:was|were) (?:aimed|targeted|directed|fired) (?:at|on)(?-u:\b)"
                     # (a leader speaks for his own: "TPLF leader X says his forces targeted the airport")
                     rf"|(?:its|their|his|her|the (?:group|movement|organi[sz]ation|militia)(?:'s|’s)) {_OWN_FORCE_NOUN}"
                     # "an army spokesman said the strike had targeted rebel fighters"
                     # ... "the Israeli military said the raid was a response to Houthi attacks"
                     r"|the (?:air ?)?(?:strike|attack|raid|operation|bombing|barrage|rocket fire|shelling|ambush|bombardment)s?"
                     r" (?:had |has |was |were )?(?:targeted|aimed|hit"
                     r"|an? (?:\p{Ll}+ )?(?:response|retaliation|reprisal|revenge)|in (?:response|retaliation|reprisal|revenge)"
                     r"|(?:revenge|retaliation|payback|punishment) for"
                     # ("Hamas says the barrage avenges an explosion at one of its rallies")
                     r"|aveng(?:es|ed)|retaliat(?:es|ed)|punish(?:es|ed)|answer(?:s|ed))"
                     # the target died in its operation: "The FSB says he died in a special operation", "the army said the
                     # commander was killed in a military operation"
                     r"|(?:he|she|they|the (?:[\p{Ll}\-]+ )?\p{Ll}+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|all) (?:[\p{Ll}\-]+ ){0,2}\p{Ll}+)"
                     r" (?:(?:was|were|had been|have been) killed|died) (?:in|during) (?:an? |its |their |the )?"
                     r"(?:(?:special|military|security|counter-?terror(?:ism|ist)?|anti-?terror(?:ist)?|police|army) )?operation)")
# a group owning the attacker or defending the strike: "The Islamic State group said on Saturday that the man who drove
# a truck into crowds ... was one of its soldiers", "The coalition has defended as legitimate Thursday's airstrike",
# "NATO acknowledges that a 'weapons system failure' may have caused one of its airstrikes to hit"
_OWNS_THE_ATTACKER_OR_STRIKE = (
    # (an acronym or an apposition may stand between: "X, an Algerian group loyal to Y, releases a video")
    r"^(?: group)?(?:" + _GROUP_MEDIA + r")?(?: \([^)]{1,15}\))?(?:, [^.;]{3,120}?,)? (?:(?:has|have|had|later|also|again) )*"
    # a video of the act it puts out: "releases a video showing the beheading of", "posted footage of the attack"
    r"(?:(?:releases?|released|post(?:s|ed)|publish(?:es|ed)|issue[sd]?|air(?:s|ed)|broadcasts?|circulate[sd]?|puts? out)"
    r" (?:an? |the )?(?:[\p{Ll}\-]+ ){0,2}(?:video|footage|film|recording|images|photographs|photos|pictures)(?: [^.;]{0,40}?)?"
    r" (?:showing|depicting|purporting to show|of|that (?:shows|showed)|which (?:shows|showed)|in which)"
    r" (?:the |an? |what |its |their )?(?:[\p{L}\-]+ ){0,3}?(?:beheading|execution|killing|murder|attack|bombing|shooting"
    r"|kidnapping|abduction|capture|hostage|captive|massacre|assault|ambush|downing|strike|burning)s?"
    r"|(?:acknowledged|acknowledges|acknowledge|admitted|admits|admit"
    rf"|conceded|concedes|concede|confirmed|confirms|confirm)(?: [^.;]{{0,120}}?)? {_OWN_FORCE}"
    r"|(?:said|says|claimed|claims|announced|declared)[^.;]{0,200}?"
    r" (?:was|were|is|are) (?:(?:one of |among )?(?:its|their) (?:own )?(?:soldiers?|fighters?|members?|militants?|operatives?"
    # ("The Islamic State says the attacker was a soldier of the caliphate")
    r"|martyrs?)|(?:an? )?(?:soldiers?|fighters?) of the (?:caliphate|group|movement))"
    # "calls them its soldiers", "hailed the bomber as one of its martyrs"
    r"|(?:calls?|called|describe[sd]?|hails?|hailed) (?:him|her|them|the (?:[\p{Ll}\-]+ )?(?:attackers?|gunm[ae]n|assailants?|bombers?"
    r"|men|shooters?|killers?))(?: as)? (?:one of )?(?:its|their) (?:own )?(?:soldiers?|fighters?|members?|militants?|martyrs?)"
    # a launch is always one's own: "Al Masirah television confirms the launch"
    r"|(?:confirm(?:s|ed)?|announc(?:es|ed)) (?:the |its |their )(?:missile |rocket |drone )?(?:launch|launches|firing)"
    r"|(?:defended|defends|defend|justified|justifies|justify)(?: [^.;]{0,80}?)? (?:its|their|the|\p{Lu}[a-z]+day's"
    r"|last \p{L}+'s|this week's) (?:own |deadly |recent )?(?:air ?strikes?|raids?|attacks?|bombing|operation|shelling|strikes?))"
    r"(?-u:\b)")
# a state's force telling of a strike whose words name no other side: "Colombia's military says an air force bombing
# raid on a FARC camp killed 33 rebels" (not "Iraq's army says a Turkish air strike killed"); the speaker is the force
# itself ("Colombia's military", "The Peruvian army") or its state before it ("Colombia" + "'s military says")
_FORCE_WORD = r"(?:military|army|armed forces|air force|navy|defen[cs]e ministry|forces)"
# (or a state's command named after it: "US Africa Command says", "the Israeli Defense Forces say")
_FORCE_AFTER_STATE = (rf"(?:(?:'s|’s) {_FORCE_WORD}| (?:[A-Z][A-Za-z\-]* ){{0,2}}(?:Command|Army|Air Force|Navy|Defen[cs]e Forces|General Staff)"
                      rf"| {_FORCE_WORD})")
_FORCE_TELLS_ITS_STRIKE = (
    rf"^{_FORCE_AFTER_STATE}? (?:(?:has|have|had|also|later) )*"
    r"(?:said|says|announced|announces|confirmed|confirms|reported|reports)(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?"
    # (no article: only bare strikes, "says air strikes have killed"; not "says rebel shelling killed")
    # (or counted: "says two airstrikes, one near X and one near Y, have killed")
    r"(?:(?:an?|the|its|\d+|two|three|four|five|six|several) (?:\p{Ll}[\p{Ll}\-]* ){0,3}|air )?"
    r"(?:air ?strikes?|strikes?|raids?|bombing|bombardment|operation|offensive|shelling|assault)(?-u:\b)[^.;]{0,120}?"
    r" (?:(?:have|has|had) )?(?:killed|kills|destroyed|hit|struck|targeted|wounded)(?-u:\b)"
    # ... or owning the strike told before: "The Israeli army acknowledges the strike.", "The Turkish military confirms
    # the raid", "The Israeli army says the strike opens a new policy" (not "says the attack was carried out by X")
    rf"|^{_FORCE_AFTER_STATE}? (?:(?:has|have|had|also|later|publicly|quickly) )*(?:(?:acknowledg(?:es|ed|e)|admit(?:s|ted)?"
    r"|claim(?:s|ed)? responsibility for|took responsibility for|takes responsibility for)"
    r"(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?(?:the|its|this|that) (?:[a-z\-]+ )?(?:air ?strikes?|strikes?|raids?"
    r"|operation|bombardment|killing|assassination|attack|bombing)"
    # (a force confirming "the attack" may confirm one on itself)
    r"|confirm(?:s|ed)?(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?(?:the|its|this|that) (?:[a-z\-]+ )?"
    r"(?:air ?strikes?|strikes?|raids?|bombardment)"
    # (a force saying "the attack" may tell one on itself: only its strikes and raids)
    r"|(?:said|says)(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?(?:the|its|this|that) (?:[a-z\-]+ )?"
    r"(?:air ?strikes?|strikes?|raids?|bombardment)"
    # ... or explaining what it hit: "The Israeli military says the building housed a Hamas command centre", "the army
    # said the house was used by militants"
    r"|(?:said|says)(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?the (?:[a-z\-]+ )?(?:building|house|tower|home|site|compound"
    r"|target|facility|school|mosque|hospital|warehouse|depot|vehicle|car|convoy|camp|tunnel)s? (?:had )?(?:(?:was|were|had been) )?"
    r"(?:used (?:as|by|for|to)|hous(?:ed|ing)|served as|contained|stored|hid|hiding|sheltered|concealed|belonged to))(?-u:\b)")
# ... or its police or troops telling the deaths of their own raid: "Indonesian police say 14 people are killed in
# gunbattles as officers raid militant hideouts" (the speaker's own men raiding, not another's raid)
_FORCE_TELLS_ITS_RAID = (r"^ (?:(?:has|have|had|also|later) )*(?:said|says|say|reported|reports|announced|announces)"
                         r"(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?[^.;]{0,120}? (?:killed|died|dead)(?-u:\b)[^.;]{0,80}?"
                         r" (?:as|when|after|while|during) (?:its |their |the )?(?:officers|police(?:men)?|troops|soldiers|commandos"
                         r"|security forces) (?:raid(?:ed|ing|s)?|storm(?:ed|ing|s)?|swept|sweep(?:s|ing)?)(?-u:\b)")
# ... or a state's government or defence officials telling strikes that killed the armed side: "Yemen's government said
# air strikes on an al-Qaeda camp had killed dozens of militants" (not the civilians another state's strikes killed; not
# drone strikes, mostly another state's)
_GOVERNMENT_TELLS_ITS_STRIKE = (
    r"^(?:(?:'s|’s)? (?:government|(?:defen[cs]e|military|security) officials?)| officials?)? (?:(?:has|have|had|also|later) )*"
    r"(?:said|says|say|announced|announces|confirmed|confirms)(?: (?:on|late on|early on) [A-Z][a-z]+)? (?:that )?(?:(?:an?|the|its) )?"
    r"(?:\p{Ll}[\p{Ll}\-]* ){0,3}(?:air ?strikes?|raids?|bombing|bombardment)(?-u:\b)[^.;]{0,150}?"
    r" (?:killed|kills)(?: (?:at least|about|more than|nearly|some|up to|[\p{L}\d\-]+)){0,3} (?:of )?(?:suspected )?"
    r"(?:militants|fighters|rebels|insurgents|jihadists|terrorists|extremists|guerrillas)(?-u:\b)")
# ... whose act is another's: "says the attack was carried out by militants"
_STRIKE_BY_OTHERS = (r"^[^.;]{0,90}?(?:strikes?|raids?|operation|bombardment|killing|assassination|attack|bombing)"
                     r" (?:(?:was|were|had been|has been|is) )?(?:(?:carried out|launched|claimed|staged|fired|ordered|planned|mounted) )?by(?-u:\b)"
                     # ... or one on itself: "says the raid on its post killed four soldiers"
                     r"|^[^.;]{0,80}?(?:strikes?|raids?|attack|bombardment) (?:on|against) (?:its|their|an? army|the army)(?-u:\b)"
                     # ("says a drone strike on a US base killed three soldiers", "a rocket strike from Gaza killed")
                     # (a state's or a coalition's post: not "strikes on Hezbollah positions", its own)
                     r"|^[^.;]{0,80}?(?:strikes?|raids?|attacks?|bombardment|fire) (?:on|against) (?:an? |the )?(?:US |U\.S\. |American "
                     r"|Israeli |Turkish |Russian |Ukrainian |Iraqi |Syrian |Saudi |Nigerian |Pakistani |Indian |French |British "
                     r"|coalition |NATO |UN |government |army |military )?(?:army |military |air |naval )?(?:base|post|outpost|checkpoint"
                     r"|convoy|patrol|warship)(?-u:\b)|^[^.;]{0,80}?(?:strikes?|attacks?|fire) from (?:the )?[A-Z]"
                     # ... or told as the foe's: "says a rebel raid killed four soldiers"
                     r"|^[^.;]{0,40}? (?:rebel|militant|insurgent|jihadist|terrorist|enemy|guerrilla|separatist|extremist|militia)"
                     r" (?:raids?|strikes?|attacks?|shelling|bombing|bombardment|assault|offensive|operation)(?-u:\b)")
# a group named as what someone joined or follows, or as whose member was hit, is no perpetrator
# the group's people blamed or suspected: "Police blame sympathisers of al-Shabaab", "accuse supporters of the X"
_MEMBERS_BLAMED_BEFORE = (r"(?i:(?-u:\b)(?:blam\w+|accus\w+|suspect\w*)(?: the)? (?:[a-z\-]+ )?(?:members|supporters|sympathi[sz]ers"
                          r"|followers|fighters|militants|elements|loyalists|cells?) (?:of|from|with) (?:the )?(?:[\p{L}\-]+ )?$)")
# the attackers said to be of a group: "the prime minister says the bomber was a member of Daesh", "police say the raiders
# belong to the X"
_DOER_WAS_MEMBER_BEFORE = (r"(?i:(?-u:\b)(?:attackers?|bombers?|gunm[ae]n|assailants?|shooters?|raiders?|killers?|kidnappers?|hijackers?"
                           r"|militants|perpetrators?|suspects?|culprits?)(?: [^.;,]{0,40}?)? (?:(?:was|were|is|are) (?:an? |all |both )?"
                           # ("officials said the kidnappers may belong to a splinter faction of the X")
                           r"(?:members?|fighters?|militants?|operatives?|soldiers?|supporters?|followers?) of|(?:(?:may|might|could) )?belong(?:s|ed)? to"
                           # ("Turkish officials say the bomber was linked to the Islamic State")
                           r"|(?:was|were|is|are) (?:\p{Ll}+ly )?(?:linked|tied|connected) to)"
                           r" (?:(?:an?|one) (?:[a-z\-]+ )?(?:faction|wing|cell|branch|offshoot|group) of )?(?:the )?$"
                           # ("police killed one attacker, whom they described as a member of LeT", "one of the gunmen,
                           # who police said was a fighter of X")
                           r"|(?-u:\b)(?:attackers?|bombers?|gunm[ae]n|assailants?|shooters?|raiders?|militants|suspects?),? (?:whom|who)"
                           r" [^.;,]{0,40}?(?:described|identified|named|said|say|says)(?: (?:as|was|were|is|are))? (?:an? |all |both )?"
                           r"(?:members?|fighters?|militants?|operatives?|supporters?|followers?) of (?:the )?$)")
# people killed in a state's operation, told before its body speaks
_OWN_OPERATION_BEFORE = (r"(?i:(?-u:\b)(?:killed|died|dead|eliminated|neutrali[sz]ed|shot dead|liquidated)(?: [^.;]{0,40}?)? (?:in|during)"
                         r" (?:an? |the |its )?(?:joint )?(?:special|military|security|counter-?terror\w*|anti-?terror\w*|police)"
                         r" operation(?-u:\b)[^.;]{0,120}, (?:the )?$)")
_AFFILIATION_BEFORE = (r"(?i:(?-u:\b)(?:join|joined|joining|allegiance to|loyal to|inspired by|sympathi[sz]ers? (?:of|with)"
                       # "TAK, a radical offshoot of the PKK": the parent of the doer
                       # ("X, who had been jailed for supporting the Islamic State")
                       r"|supporters? of|supporting|backing|(?:support|sympathy|membership) (?:for|of|in)|for (?:links|ties) (?:to|with)"
                       r"|critics? of|opponents? of|foes? of|enem(?:y|ies) of|rivals? of"
                       # "X, which India regards as a front for Y, claims": the parent of the doer
                       # (lowercase: "the 10th Front of the FARC" is a unit of it)
                       r"|(?-i:(?:front|proxy|cover|façade|facade|umbrella) (?:group |organi[sz]ation )?(?:for|of))"
                       r"|(?:offshoot|splinter|breakaway|faction|branch|wing|affiliate|off-shoot)"
                       r"(?: group| faction)? of"
                       # an apposition describing the name before it: "The Islamic State of Iraq, an umbrella group led by
                       # al-Qaeda, claims"; "X, the leader of al-Qaeda in Iraq, was killed"; "X, the head of the Tamil
                       # Tigers' political wing"
                       r"|, (?:an?|the|its|their) [^,;.]{0,50}?(?-u:\b)(?:led|backed|funded|founded|created|set up|sponsored|supported"
                       r"|armed|trained|inspired|dominated) by"
                       # ... also without an article, and the group with a description: "the home of X, founder of the
                       # banned Lashkar-e-Taiba"
                       # ("X, a member of parliament and leader of the banned Sunni group Y", "secretary-general of Y")
                       # ("X, a former Taliban commander who had become a recruiter for the Islamic State")
                       r"|, (?:(?:an?|the|its|their) )?(?:[\p{L}\-]+ ){0,5}(?:who (?:had |has )?(?:become|turned|was|is) (?:an? |the )?"
                       r"(?:[a-z\-]+ ){0,2})?(?:leader|head|chief|commander|founder|co-founder|member|recruiter"
                       r"|spokesman|spokesperson|emir|deputy|ideologue|financier|official|operative|figure|militant|fighter"
                       r"|secretary-general|secretary general|chairman|commandant)s?"
                       r" (?:of|in|for|within))"
                       # ("X, a leader of the dissident republican Real IRA, is shot dead": its describing words)
                       r"\s+(?:the\s+)?(?:(?:[\p{Ll}\-]+|Islamist"
                       r"|shadowy|defunct|now-defunct|\p{Lu}[\p{L}.]+-(?:backed|based|linked|aligned|allied)|Sunni|Shia|Shiite|Shi'ite"
                       r"|Kurdish|Baloch|Pashtun|Palestinian|Lebanese|Iraqi|Syrian)\s+){0,2}(?:(?:group|militia|movement|faction"
                       r"|organi[sz]ation)\s+)?$)")
# (each of these three is its own pattern: joined in one alternation, their bounded repeats make the regex ~50 times
# slower)
# the victims listed after the toll: "killing at least 24 people, among them Revolutionary Guards"
_VICTIMS_LISTED_BEFORE = (r"(?i:(?-u:\b)(?:killing|killed|kills|kill|wounding|wounded|injuring|injured|dead|victims)[^.;]{0,80}?"
                          r"(?:among them|including|among whom|most of them|many of them|some of them|among the dead)"
                          # ("among them a brother of the leader of the Afghan Taliban")
                          r"(?: [A-Za-z\d\-]+){0,3}(?: of(?: the)?(?: [A-Za-z\d\-]+){1,2}){0,2} $)")
# ... or told as among them after it: "state media say members of the Revolutionary Guards are also among the dead"
_AMONG_THE_DEAD_AFTER = (r"^(?: [\p{L}\-]+){0,2} (?:are|were|was|is) (?:also |reportedly |said to be )?among (?:the|those)"
                         r" (?:dead|killed|victims|casualties|wounded|injured|hurt)(?-u:\b)")
# a group telling the death of its own man, the one the act hit: "Hamas confirms that its commander in the south was
# killed in an Israeli strike", "the group says one of its commanders has been killed", "confirms the death of its
# leader" (its loss, not its act: no claim and no doer)
_OWN_LOSS_AFTER = (r"^(?:(?:'s|’s) (?:[\p{L}\-]+ ){0,3}?(?:wing|leadership|media|spokes\w+|office))? (?:(?:has|have|had|later|also|on \p{Lu}\p{Ll}+) )*"
                   r"(?:confirm(?:s|ed)?|says?|said|announc(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)?|mourn(?:s|ed)?)"
                   r"(?: on \p{Lu}\p{Ll}+)?(?: that)? (?:the (?:deaths?|killing|martyrdom|loss) of (?:its|their|(?:one|two|three|several|\d+) of (?:its|their))"
                   # (the man told by a few words, none a verb of his own: "its top military commander in Syria, X,")
                   r"|(?:(?:(?:the|an?) (?:[\p{Ll}\-]+ ){0,2}(?:of|in) )?(?:its|their|(?:one|two|three|several|\d+) of (?:its|their))(?: (?:[\p{Ll}\-']*[^\sd]|[\p{Ll}\-']*[^\se]d|\p{Lu}[\p{L}\-']*)){1,6}"
                   # ("X, head of its weapons unit,", "X, its deputy leader,")
                   r"|\p{Lu}[\p{L}\-']+(?: \p{Lu}[\p{L}\-']+){0,3}, (?:(?:the )?(?:[\p{L}\-]+ ){0,3}(?:of|in) )?(?:its|their) [^,;.]{2,50},)"
                   r"(?:, [^,;.]{2,40},)? (?:was|were|has been|had been|have been) (?:\p{Ll}+ly )?(?:killed|slain|assassinated|martyred)(?-u:\b))")
# a group whose counted people were hit: "drones had killed about 150 al-Shabab fighters", "jets killed dozens of Boko
# Haram militants", "troops captured 12 PKK members" (the number stands right before the group)
_COUNTED_VICTIMS_BEFORE = (r"(?i:(?-u:\b)(?:(?:kill|wound|injur|captur|arrest|detain|eliminat|neutrali[sz])[a-z]*['’]?"
                           # ("police shot dead more than 20 suspected members of the outlawed X sect")
                           r"|shot dead|shoots? dead|gunned down|guns? down) (?:about |at least |some "
                           r"|nearly |almost |more than |over |up to |around |roughly |as many as )?(?:\d[\d,]*|two|three|four|five"
                           r"|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                           r"|a hundred|hundreds|dozens|scores|several|many|a dozen)(?: of)?(?: the)? (?:suspected |alleged )?"
                           # ... or their noun before it: "kills five Palestinian militants from Islamic Jihad and the PRC"
                           r"(?:(?:[\p{L}\-]+ ){0,2}(?:militants|fighters|members|insurgents|rebels|commanders|operatives|militiamen|guerrillas"
                           r"|gunmen|leaders)(?:,? (?:said|believed|thought|suspected|reported|alleged) to (?:be|have been))? (?:of|from|belonging to|linked to|loyal to|tied to|affiliated with) (?:the )?"
                           r"(?:(?:outlawed|banned|proscribed|militant|radical|extremist|armed|rebel) )?(?:\p{Lu}[^.;,]{0,50} and (?:the )?)?)?)$")
# a group whose counted people are told as the hit, in the passive: "Seven Russian contractors from the Wagner Group
# and about 20 soldiers have been killed in attacks by insurgents", "three members of the Revolutionary Guards were
# killed"
_COUNTED_PEOPLE_OF_BEFORE = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|and) )(?i:\d[\d,]*|two|three|four|five|six|seven|eight"
                             r"|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens|several|some|many|a dozen"
                             r"|(?:at least|about|more than|nearly) (?:\d+|[a-z]+))(?: [\p{L}\-]+){0,2} (?:contractors|mercenaries"
                             r"|members|fighters|soldiers|personnel|employees|operatives|commanders|militants|guards|instructors"
                             r"|advisers|advisors) (?:of|from) (?:the )?$")
_PASSIVE_HIT_AFTER = (r"^(?: \([^)]{1,15}\))?(?: and [^.;]{0,60}?)? (?:have been|has been|had been|were|was|are|is)"
                      r" (?:\p{Ll}+ly )?(?:killed|wounded|injured|hurt|kidnapped|abducted|captured|shot dead|taken hostage)(?-u:\b)")
# a group that is the object of what a victim did, or of what was taken from it or sent to it: "an imam who had
# criticised the Islamic State", "a town recently retaken from the Islamic State", "a convoy carrying weapons for
# Hezbollah"
_OBJECT_OF_OTHERS_BEFORE = (r"(?i:(?-u:\b)(?:who (?:had |has |have )?(?:[a-z]+ly )?[a-z]{3,}ed(?: against| on| about| with)?"
                            # ("two days after Iraqi forces retook the town from Islamic State")
                            r"|(?:(?:re)?tak(?:en|e|es)|(?:re)?took|recaptured|liberated|freed|captured|seized|won back|wrested|defected|fled"
                            r"|escaped)(?: [a-z]+){0,2} from"
                            # ... or whose jailed men a raid freed: "storm a court and free MS-13 gang leader X" (the
                            # group is the prisoner's, not the raiders')
                            r"|(?:free[sd]?|freeing|spring(?:s|ing)?|sprang|sprung)(?: (?:an?|their|its|his|former|jailed"
                            r"|imprisoned|detained|captured|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of))*"
                            # ... or whom talks are held with: "an assembly on peace talks with the Taliban"
                            r"|(?:talks|negotiations|dialogue|contacts) with"
                            r"|(?:weapons?|arms|supplies|ammunition|shipments?|missiles?|rockets?|equipment|fuel|funds|money|cash)"
                            r"(?: [a-z]+)? (?:for|to)"
                            # what the victims were accused of: "residents they accused of helping the FARC"
                            r"|(?:accus\w+|suspect\w+) of (?:helping|aiding|supporting|backing|sheltering|harbou?ring|hiding"
                            # (not "suspected of links to": said of the attackers, it names their group)
                            r"|collaborating with|spying for|working for|informing for|feeding|sympathi[sz]ing with)"
                            # ... or what crowds protested: "Kurdish protests over the Islamic State siege of Kobani"
                            r"|(?:protests?|rall(?:y|ies)|demonstrations?|marches|anger|outrage|fury) (?:over|against|at)) (?:the )?)$")
# the agent of a passive deed that is no attack: "wanted by the ICC", "sanctioned by the United States", "elected by"
_NOT_AN_ATTACK_BY_BEFORE = (r"(?i:(?-u:\b)(?:wanted|sought|indicted|sanctioned|blacklisted|designated|listed|convicted|sentenced|tried"
                            r"|elected|appointed|nominated|hired|employed|decorated|honou?red|recogni[sz]ed|expelled|dismissed|sacked"
                            r"|jailed|imprisoned|pardoned|extradited|deported|investigated|prosecuted|summoned)"
                            r" by (?:the )?(?:[\p{Ll}\-]+ )?$)")
# a group named only to date the event: "the deadliest attack in Afghanistan since the fall of the Taliban"
_HISTORY_BEFORE = (r"(?i:(?-u:\b)(?:since|before|after|until|during) (?:the |its |their )?(?:[a-z0-9\-]+ ){0,2}(?:fall|ouster|ousting"
                   r"|overthrow|collapse|defeat|rise|emergence|end|rule|reign|toppling|heyday|founding|formation|removal|return|advent"
                   r"|arrival|withdrawal|departure|days|era|time|expulsion|retreat) of (?:the )?)$")
# the force that ends the attack, not who made it: "Security forces kill 13 of the attackers", "Police shot dead the gunman"
_ENDS_THE_ATTACK_AFTER = (r"^,?(?: [\p{L}\-]+){0,2}? (?:kill(?:s|ed)?|shoot|shoots|shot|gun(?:s|ned)? down|capture[sd]?|arrest(?:s|ed)?"
                          r"|overpower(?:s|ed)?|neutrali[sz]e[sd]?)(?: dead)? (?:(?:\d+|all|two|three|four|five|six|seven|eight|nine"
                          r"|ten|several|some|most|one|both|each) (?:of )?)?(?:the|all|an?) (?:\d+ |two |three |four |five |six |seven "
                          r"|eight |nine |ten )?(?:[\p{L}\-]+ )?(?:attackers?|gunm[ae]n|assailants?|hostage-takers?|bombers?|hijackers?"
                          r"|perpetrators?|militants|insurgents|raiders|shooters?|kidnappers|abductors)(?-u:\b)"
                          # ... or the armed man they stop: "Danish police shoot and wound a Somali man armed with an axe"
                          r"|^,?(?: [\p{L}\-]+){0,2}? (?:shoot|shoots|shot|overpower(?:s|ed)?|subdue[sd]?|tackle[sd]?)(?: dead)?"
                          r"(?: and (?:kill|wound|injur|arrest|detain|captur)[a-z]*)? (?:an?|the) (?:[\p{L}\d\-]+ ){0,4}?(?:man|woman|youth"
                          r"|teenager|suspect|intruder) (?:armed with|wielding|carrying an? (?:knife|axe|gun|rifle|pistol|machete))(?-u:\b)")
# ... told in the passive: "all four are killed by Afghan security forces", "the gunmen were shot dead by police"
_ENDS_THE_ATTACK_BEFORE = (r"(?i:(?-u:\b)(?:attackers?|gunm[ae]n|assailants?|hostage-takers?|bombers?|hijackers?|militants|insurgents"
                           r"|raiders|shooters?|kidnappers|abductors|perpetrators?|all (?:\d+|two|three|four|five|six|seven|eight|nine"
                           r"|ten)|both(?: men)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) of them|(?:he|they)(?: himself| themselves)?)"
                           r"(?: [^.;,]{0,30}?)? (?:are|were|was|is|have been|has been|had been) (?:all |later |eventually |finally )?"
                           r"(?:killed|shot(?: dead)?|gunned down|captured|arrested|overpowered|neutrali[sz]ed|subdued) by (?:the |an? )?"
                           r"(?:[\p{Ll}\-]+ ){0,2}$)")
# whom the attackers took their victims for: "after mistaking a group of smugglers for PKK fighters"
_MISTAKEN_FOR_BEFORE = (r"(?-u:\b)(?:mistak(?:e|en|es|ing)|mistook|confus(?:e|ed|es|ing)|misidentif(?:y|ied|ies|ying))[^.;]{0,80}"
                        r" (?:for|as) (?:the |an? )?(?:suspected )?$")
# ... or whose people the vehicle hit carried: "rams a bus carrying members of Iran's Revolutionary Guards"
_VICTIMS_GROUP_BEFORE = (r"(?i:(?-u:\b)(?:killed|kills|kill|assassinated|targeted|targeting|shot dead|killing|carrying|transporting|ferrying"
                         # ("carried out an airstrike ... against a regional commander of the X group")
                         r"|rams?|rammed|ramming|struck|attacked|attacking|ambushed|ambushing|bombed|against)\s[^.;]{0,80}(?:commander|leader"
                         r"|chief|founder|head|member|official|officer|personnel|recruit)s?\s+of\s+(?:the\s+)?(?:[A-Z][A-Za-z\-]+(?:'s|’s)\s+)?$"
                         # "X, a leading figure in AQAP, has been killed": a person's rank in a group describes them
                         r"|(?-u:\b)(?:leading|senior|top|key|prominent|founding|veteran|high-ranking|mid-level) (?:figure|member|leader"
                         r"|commander|ideologue|operative|official|cleric|militant)s? (?:in|of|with|within) (?:the )?$)"
                         # ... or the victim's rank and name: "shot dead Colonel X Y of the Revolutionary Guards"
                         r"|(?i:(?-u:\b)(?:killed|kills|kill|assassinated|targeted|targeting|shot dead|shoot dead|shoots dead|killing"
                         r"|gunned down|guns down|ambushed|attacked|kidnapped|abducted)\s(?:[^.;]{0,40}?\s)?(?:colonel|general|brigadier"
                         r"|major|captain|lieutenant|commander|sergeant|officer|major general|brigadier general|lieutenant colonel))"
                         r"(?:\s\p{Lu}[\p{L}'’\-]+){1,4},?\s(?:of|from)\s(?:the\s)?$")
# who holds or uses the place hit, not who hit it: "a Houthi-run detention centre", "the Hezbollah-controlled suburbs",
# "a stronghold of Hezbollah", "buildings used by Iranian-backed militias"
_CONTROLLER_AFTER = r"^-(?:run|controlled|held|occupied|administered|governed|dominated|ruled|operated|owned|populated|majority)(?-u:\b)"
# ... or whose base or home it is: "near Laiza, the headquarters of the Kachin Independence Army", "outside the home of X"
_CONTROLLED_BY_BEFORE = (r"(?i:(?-u:\b)(?:(?:capitals?|seat|strongholds?|bastions?|heartlands?|fiefdoms?|enclaves?|territory|territories|headquarters"
                         r"|home|house|residence|base|bases|offices?|compound|camps?|hideouts?|positions?|depots?|facilit(?:y|ies)"
                         # ("a car bomb explodes near a post of Turkish-backed rebels")
                         r"|posts?|outposts?|checkpoints?|barracks|garrisons?"
                         r"|installations?|infrastructure|assets|sites?|warehouses?|targets|arsenals?|launchers?|training camps?) of"
                         # ("a refugee camp which Ankara says shelters PKK militants")
                         r"|(?:shelter|harbou?r|host|hous)(?:s|es|ed|ing)?"
                         r"|(?:used|run|controlled|held|occupied|operated|owned|manned|frequented|inhabited|dominated|governed"
                         r"|administered|guarded"
                         # who gave or set up what was hit: "air defence systems recently installed by Turkey"
                         r"|installed|supplied|provided|donated|delivered|sold|built|manufactured|shipped|trained|equipped|advised) by) (?:the )?"
                         # ("bases used by Iran's Revolutionary Guards")
                         # ("held by Khalifa Haftar's Libyan National Army")
                         r"(?:\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2}(?:'s|’s) )?(?:[\p{Ll}\-]+ )?"
                         # ("positions held by forces of the X")
                         r"(?:(?:forces|fighters|troops|militias?|militiamen|militants|members|units?|loyalists) (?:of|from) (?:the )?)?$)")
# the victims told by their captors: "two embassy staff held hostage by Islamic State were among 40 people killed when ..."
# (not a kidnapping told as such: "ten tourists are held hostage by Abu Sayyaf on Jolo")
_CAPTIVES_OF_BEFORE = (r"(?i:(?-u:\b)(?:(?:held|kept|taken) (?:hostage|captive|prisoner)|kidnapped|abducted|captured|seized)"
                       r" by (?:the )?)$")
_CAPTIVES_FATE_AFTER = (r"^[^.;]{0,40}? (?:were|was|are|is|had been|have been) (?:among|freed|released|rescued|found dead"
                        r"|killed (?:in|when|by|during|as))(?-u:\b)")
SPONSOR_AFTER = r"^(?:-| )(?:backed|sponsored|aligned|allied|supported|funded|led|affiliated|linked|controlled|based)(?-u:\b)"
# "The Islamic State's West Africa branch, ISWAP, claims": the branch named after it did it
_GROUP_BRANCH_NAMED = r"^(?:'s|’s) (?:\p{Lu}[\p{L}\-]* ){0,3}(?:branch|affiliate|wing|province|franchise), \p{Lu}"
_SUSPECTED_ORIGIN_BEFORE = (
    r"(?i:(?-u:\b)(?:(?:believed|thought|suspected|presumed|said|appears?|appeared|seems?|seemed) to (?:have )?(?:come|originated?"
    r"|been (?:fired|launched|sent|carried out|planted)) (?:from|by)"
    r"|(?:appears?|appeared|seems?|seemed|believed|thought|suspected|presumed|said) to (?:belong|be linked|be tied|have (?:had )?links)"
    r" (?:to|with)|(?:may|might|could) (?:have )?(?:belong(?:ed)?|be linked|been linked) (?:to|with)|(?:appears?|appeared|seems?|seemed) to (?:be|have been) (?:members|part|fighters|militants|gunmen) of"
    r"|(?:suspects?|suspected|believes?|believed|thinks?|thought)(?: that)? (?:he|she|they|the (?:[a-z\-]+ ){0,2}[a-z]+)"
    r" (?:belonged|belongs|belong|(?:was|were|is|are|had been) (?:a member|members|part|linked|tied|affiliated|loyal))"
    r" (?:of|to|with)) (?:the |an? )?(?:[A-Za-z\-]+ ){0,4}$)")
_PARENT_OF_NEXT = r"^(?:-| )(?:linked|inspired|affiliated|allied|aligned|backed|sponsored|leaning|loyal)(?-u:\b)"
# ("No group claims the blast; officials note that X remains active in the area": the present tense too)
_NO_CLAIM = r"(?i:(?-u:\b)no (?:group|one|organi[sz]ation) (?:has |had )?(?:yet |immediately )?(?:claimed|claims|said|says))"
# ("Hamas security compounds", "Kurdistan Workers' Party camps": one modifier may stand between)
_GROUP_AS_OWNER = (r"^(?:'s|’s)?(?: (?:rebel|militant|insurgent|militia|guerrilla|jihadist|terrorist|fighter|security|military|training|command|weapons?|rocket|supply|logistics?|naval|border"
                   # ("described as al-Qaeda's operations chief")
                   r"|operations|operational|political|finance|financial|media|propaganda|intelligence|regional|local|top|senior|staging|oil))?"
                   r" (?:targets?|positions?|strongholds?|members?|bases?|posts?|compounds?|hideouts?|camps?|sites?|depots?"
                   # ("near a Syrian Democratic Forces outpost", "an SDF checkpoint")
                   r"|outposts?|checkpoints?|barracks"
                   # ("shelling of the X People's Republic town of Y")
                   r"|towns?|villages?|city|cities|districts?|regions?|capital"
                   r"|tunnels?|launchers?|installations?|infrastructure|headquarters|offices?"
                   r"|facilities|facility|commanders?|leaders?|officials?|supporters?|territory|areas?|chiefs?|second-in-command"
                   # (people of it who were hit: "shot dead a PKK sympathiser", "a Hamas activist was killed")
                   r"|sympathi[sz]ers?|activists?|politicians?|lawmakers?|negotiators?|detainees?|prisoners?|convoys?|rall(?:y|ies)"
                   r"|deput(?:y|ies)|founders?|ideologues?"
                   # (its emblem: "he had an Islamic State flag in the truck")
                   r"|flags?|banners?|insignia|emblems?|logos?)(?-u:\b)")
# a state's forces or weapons as the subject of a violent verb: "Russian cruise missiles strike", "An Israeli F-16
# drops", "Syrian government helicopters drop", "when Egyptian troops broke up", "United States and British forces
# launch". The words between the state and its weapon are a weapon's modifiers (a closed list: "Russian officials
# say missiles hit" is no subject)
_WEAPON_MODIFIER = (r"(?:[a-z]+-(?:range|guided|ton|tonne|launched|made|built)|(?:anti|counter)-[a-z]+|guided|aerial|cruise|ballistic|hypersonic"
                    r"|fighter|attack|combat|military|naval|air|drone|unmanned|armou?red|special|security|government|regime|paramilitary"
                    r"|glide|precision|stealth|heavy|kamikaze|helicopter|artillery|tank|bomber|war|elite|ground|border|riot"
                    # (a police force by its task: "East German transport police shot dead a man", "the secret police")
                    r"|transport|frontier|secret|political"
                    r"|navy|army|marine|infantry|commando|surface-to-air|anti-tank|barrel|cluster|incendiary|coalition|junta"
                    # (a make with a slash: "F/A-18")
                    r"|[A-Z](?:/[A-Z])?[A-Za-z]{0,3}-\d+[A-Za-z\d]*|\p{Lu}\p{Ll}+(?:-\p{Lu}[\p{Lu}\d]*)?"
                    # (a make written in mixed case: "Sudanese MiG fighter jets")
                    r"|MiG(?:-\d+[A-Za-z\d]*)?)")
_WEAPON_NOUN = (rf"(?:bombs?|missiles?|rockets?|shells?|{_AIRCRAFT_ANY}"
                r"|artillery|tanks?|troops|forces|soldiers|police(?:men)?|commandos|marines|navy|army|military|warships?"
                # ("Tajik border guards had fired mortars")
                r"|guards"
                # (its men by their arm: "British paratroopers open fire", "Syrian gunners shell", "a Soviet interceptor fires")
                r"|paratroopers|gunners|interceptors?"
                # ("an American F-16 pilot drops a laser-guided bomb": the state's aircraft, flown)
                r"|bombers?|pilots?|[A-Z](?:/[A-Z])?[A-Za-z]{0,3}-\d+[A-Za-z\d]*s?"
                # (the strikes themselves: "Turkish air strikes killed", "Myanmar's junta air strikes killed")
                r"|(?:air ?)?strikes|airstrikes|shelling|bombardment)")
_FORCE_ACTS_AFTER = (r"^(?:'s|’s)?(?:(?:,| and) (?:the |its |their |an? |(?:two|three|four|five|six|\d+|several|other) )?(?:coalition of )?(?:\p{Lu}[\p{L}.\-]* ){0,2}"
                     r"(?:\p{Lu}[\p{L}.\-]*|allies|partners|forces|troops|militaries))*"
                     rf"(?: {_WEAPON_MODIFIER}){{0,3}}(?: {_WEAPON_NOUN})?"
                     # ("American drones and manned aircraft had killed")
                     # ("Somali security forces and armed local clansmen kill": allies fighting beside them)
                     rf"(?: and (?:[\p{{Ll}}\-]+ ){{0,2}}(?:{_WEAPON_NOUN}|clansmen|tribesmen|militiamen|militias|vigilantes|allies))?"
                     # (an aside may stand before the verb: "American aircraft, on President X's orders, struck")
                     rf"(?:, [^,;.]{{3,50}},)?"
                     # (what backs them: "Chinese troops backed by tanks fight their way into")
                     r"(?: (?:backed|supported|escorted|accompanied) by (?:[\p{Ll}\-]+ ){0,3}?[\p{Ll}\-]+)?"
                     rf" (?:(?:has|have|had|also|reportedly|then|later|again|\p{{Ll}}+ly) )*"
                     # ("American and Saudi aircraft carried out 21 air strikes")
                     rf"(?:{_VIOLENT_VERB}|carr(?:y|ies|ied) out|conduct(?:s|ed)?)(?-u:\b)")
# where such a subject stands: opening the sentence or a clause, after a number or an article at most
_CLAUSE_OPENING = (r"(?:^|[,;:—–(] |(?-u:\b)(?:when|as|after|while|then|and|but|before|where|because|that|until|once) )"
                   r"(?:(?i:the|an?|two|three|four|five|six|several|some|\d+) )?$")


def perpetrators(incidents: pl.DataFrame, actors: pl.DataFrame, sentences: pl.DataFrame,
                  anchors: pl.DataFrame, all_sentences: pl.DataFrame | None = None) -> pl.DataFrame:
    """Per incident (by _iid): perpetrator_name, perpetrator_actor_key, perpetrator_status.

    `sentences` are those with event words; `all_sentences` (optional, same columns) adds the one or two sentences
    after an incident's that have none, where a claim or a blame often stands alone: "A car bomb explodes in
    Holywood. The Real IRA says it planted the device.", "Police arrested X at the scene."."""
    if all_sentences is not None:
        keys = ["article_id", "sentence_index"]
        told = incidents.select(keys).unique()
        following = pl.concat([told.with_columns(pl.col("sentence_index") + step) for step in (1, 2)]).unique()
        extra = all_sentences.join(following, on=keys, how="semi").join(sentences.select(keys), on=keys, how="anti")
        # (only where someone may claim, blame, suspect or name the doer: such a sentence gives nothing else)
        extra = extra.filter(pl.col("text").str.contains_any(_CUES_ALONE, ascii_case_insensitive=True))
        sentences = pl.concat([sentences, extra.select(sentences.columns)])
    known = actors.filter(pl.col("actor_kind").is_in(["armed_group", "country", "organization"]))
    known = pl.concat([known, _described_again(sentences, known)], how="diagonal_relaxed")
    # a group's word right before another group's name describes it: "the Maoist People's War Group"
    keys = ["article_id", "sentence_index"]
    groups = known.filter(pl.col("actor_kind") == "armed_group")
    describing = groups.join(groups.select(*keys, (pl.col("start") - 1).alias("end")), on=[*keys, "end"], how="semi")
    known = known.join(describing.select(*keys, "start").unique(), on=[*keys, "start"], how="anti")
    # groups and people the dictionary does not know, named where the text says what they are
    named = _named_in_text(sentences)
    # a dictionary group wins over the same words read from context; a country inside a name read from context is
    # part of it ("Communist Party of India (Maoist)")
    pairs = named.join(known.select("article_id", "sentence_index", "actor_kind", pl.col("start").alias("_s"),
                                    pl.col("end").alias("_e")), on=["article_id", "sentence_index"], suffix="_known").filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start")))
    # ... but a longer name ending in a dictionary group's is another group: "the West Papua National Liberation
    # Army" is not the "National Liberation Army" of Colombia
    # (not a state's possessive before it: "Somalia's al-Shabaab claims" is al-Shabaab)
    # (nor its people: "accuses members of the Ulster Volunteer Force" is the UVF)
    qualified = (pl.col("actor_kind_known") == "armed_group") & ~pl.col("_band") & (pl.col("start") < pl.col("_s")) & (
        pl.col("end") == pl.col("_e")) & ~pl.col("mention_text").str.slice(0, (pl.col("_s") - pl.col("start")).clip(0)).str.contains(
        r"(?:'s|’s) $|(?i:(?:members|supporters|sympathi[sz]ers|followers|fighters|militants|loyalists|agents|elements|cells?) of (?:the )?$)")
    # (a blamed name yields to an actor opening it, not to a country inside it: "the Communist Party of Nepal")
    group_pairs = pairs.filter(((pl.col("actor_kind_known") == "armed_group") & ~qualified)
                               | (pl.col("_yields") & (pl.col("_s") <= pl.col("start")))
                               # a passive band gives way to a body the dictionary knows in it ("Chadian government
                               # forces are accused": the Chadian government), not to a people ("Kurdish rebels")
                               | (pl.col("_yields_to_body") & (pl.col("actor_kind_known") == "organization")))
    named = named.join(group_pairs.select("article_id", "sentence_index", "start").unique(),
                       on=["article_id", "sentence_index", "start"], how="anti")
    known = known.join(pairs.filter(qualified).select("article_id", "sentence_index", pl.col("_s").alias("start")).unique(),
                       on=["article_id", "sentence_index", "start"], how="anti")
    inside = pairs.filter(pl.col("actor_kind_known") != "armed_group").join(
        named.select("article_id", "sentence_index", "start"), on=["article_id", "sentence_index", "start"]).select(
        "article_id", "sentence_index", pl.col("_s").alias("start")).unique()
    known = known.join(inside, on=["article_id", "sentence_index", "start"], how="anti")
    candidates = pl.concat([known.with_columns(_preset=pl.lit(None, pl.String)), named], how="diagonal_relaxed").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]
    )
    # a weapon word the band is told armed with is no event of its own that could take it: "Mutinous soldiers armed
    # with rocket launchers attack the residence"
    keys = ["article_id", "sentence_index"]
    # ... nor is a weapon named as the one responsible, in someone's words: "Ukraine says a Russian missile was
    # responsible" (the missile's state is the accused of the incident told before)
    armed_with = anchors.filter(pl.col("a_iid").is_null()).join(sentences.select(*keys, "text"), on=keys).filter(
        pl.col("text").str.slice(0, pl.col("a_start")).str.contains(r"(?-u:\b)armed with (?:[a-z\-]+ ){0,3}$")
        | guarded(pl.col("text"), ["responsible", "to blame"]).str.slice(pl.col("a_end"), 40).str.contains(
            r"^(?: fire| strikes?| shelling| attack)? (?:was|were|is|are|had been|has been) (?:\p{Ll}+ly )?(?:responsible|to blame)(?-u:\b)"))
    anchors_bound = anchors.join(armed_with.select(*keys, "a_start"), on=[*keys, "a_start"], how="anti")
    # ... nor, for a name right before it, an earlier deed told as a time reference: "bombs go off after warning calls in
    # the name of ETA, ten days after the group killed two Civil Guards" (a name inside that clause stays its deed's:
    # "two days after a Houthi missile landed near ...")
    time_words = [" days after ", " weeks after ", " months after ", " day after ", " hours after "]
    time_ref = r", (?:[a-z\-]+ )?(?:days?|weeks?|months?|hours?) after "
    earlier_deed = anchors_bound.filter(pl.col("a_iid").is_null()).join(sentences.select(*keys, "text"), on=keys).filter(
        guarded(pl.col("text"), time_words).str.slice(0, pl.col("a_start")).str.contains(time_ref + r"[^.;,]{0,60}$"))
    before_time_ref = guarded(pl.col("text"), time_words).str.slice(pl.col("end"), 30).str.contains("^" + time_ref)
    bound = pl.concat([
        bind_to_incidents(candidates.filter(~before_time_ref), anchors_bound, incidents, "start", "end"),
        bind_to_incidents(candidates.filter(before_time_ref), anchors_bound.join(
            earlier_deed.select(*keys, "a_start"), on=[*keys, "a_start"], how="anti"), incidents, "start", "end"),
    ]).with_columns(_orphan=pl.lit(False))
    candidates = pl.concat([bound, _told_after(candidates, anchors, incidents), _first_side_of_a_fight(candidates, bound, incidents)],
                           how="diagonal_relaxed")
    # an abbreviation's last full stop read as the sentence's ("U.S" in "U.S. warplanes bombed") belongs to it
    cut_stop = pl.col("mention_text").str.contains(r"\.\p{Lu}$") & (pl.col("text").str.slice(pl.col("end"), 1) == ".")
    candidates = candidates.with_columns(end=pl.when(cut_stop).then(pl.col("end") + 1).otherwise(pl.col("end")),
                                         mention_text=pl.when(cut_stop).then(pl.col("mention_text") + ".")
                                         .otherwise(pl.col("mention_text")))
    # a band named by the group it is tied to is read whole, as the gold sets write it: "Al-Qaeda-linked militants are
    # among the suspects" (the band, not the group: no key; it yields to a group named by its own name)
    tie = pl.col("text").str.slice(pl.col("end"), 40).str.extract(
        r"^(-(?:linked|affiliated|allied|aligned|inspired) (?:militants|fighters|gunmen|insurgents|jihadists|rebels|extremists))(?-u:\b)", 1)
    tied = (pl.col("actor_kind") == "armed_group") & tie.is_not_null()
    candidates = candidates.with_columns(
        end=pl.when(tied).then(pl.col("end") + tie.str.len_chars()).otherwise(pl.col("end")),
        mention_text=pl.when(tied).then(pl.col("mention_text") + tie).otherwise(pl.col("mention_text")),
        actor_key=pl.when(tied).then(pl.lit(None, pl.String)).otherwise(pl.col("actor_key")),
        _band=pl.when(tied).then(pl.lit(True)).otherwise(pl.col("_band")))
    # (sliced once: some thirty patterns below read them)
    candidates = candidates.with_columns(_before=pl.col("text").str.slice(0, pl.col("start")),
                                         _after=pl.col("text").str.slice(pl.col("end"), 60))
    before = pl.col("_before")
    after = pl.col("_after")
    # (the group's people blamed or said to be the doers: each regex only where its words are)
    # (anchored at the end and bounded: only the last words are read)
    members_blamed = guarded(before.str.tail(150), ["blam", "accus", "suspect"]).str.contains(_MEMBERS_BLAMED_BEFORE)
    doer_was_member = guarded(before.str.tail(150), ["member", "fighter", "militant", "operative", "soldier", "supporter", "follower",
                                       "belong", "linked", "tied", "connected"]).str.contains(_DOER_WAS_MEMBER_BEFORE)
    is_group = pl.col("actor_kind") == "armed_group"
    # not the doer: the target ("airstrikes on suspected Hamas positions"), a place ("in Somalia"), or someone
    # who only reacts ("Hamas praises the attack")
    # "blamed the attack on X", "suspicion falls on X": the accused, not the target
    # (the act told at length between: "blamed the shooting at a checkpoint near Herat on X", "pinned the attack on a
    # church, which killed 15, on X"; not "blamed X for the attack on Y": X is the accused)
    # (a part of it named first: "pin the bombing on a faction of the Pakistani Taliban")
    # (the doer only suspected: "an ambush blamed on suspected Abu Sayyaf rebels")
    part = (r"(?:(?:an?|one) (?:faction|wing|branch|cell|splinter group|offshoot|affiliate) of\s+(?:the\s+)?)?"
            r"(?:(?:suspected|alleged|presumed)\s+)?"
            # ("blame on the rebel National Liberation Forces")
            r"(?:(?:rebel|militant|armed|insurgent|separatist|jihadist|Islamist|outlawed|banned)\s+)?")
    # (only where the words are: a literal scan first)
    blaming = guarded(before, ["blam", "pin"])
    blamed_on = blaming.str.contains(
        rf"(?i:(?-u:\b)(?:blam\w+|pin(?:s|ned|ning)?)(?:\s+[^\s,.;:]+){{0,5}}\s+on\s+(?:the\s+)?{part})$") | (
        blaming.str.contains(rf"(?i:(?-u:\b)(?:blam\w+|pin(?:s|ned|ning)?)(?:,?\s+[^\s.;:]+){{6,16}},?\s+on\s+(?:the\s+)?{part})$")
        & ~blaming.str.contains(r"(?i:(?-u:\b)(?:blam\w+|pin(?:s|ned|ning)?)\s[^.;:]*?(?-u:\b)for\s[^.;:]*$)"))
    # "Suspicion quickly fell on X", "suspicion centred on X": suspected, not accused
    suspicion_on = before.str.contains(
        r"(?i:(?-u:\b)suspicion (?:\w+ )?(?:falls?|fell|rests?|rested|centred|centered|focused|focuses)(?: \w+)? on (?:the )?)$")
    # ("South Korea's spy agency said it believed North Korea was behind it" is no claim)
    tells_strike = (pl.col("text").str.slice(pl.col("end"), 250).str.contains(_FORCE_TELLS_ITS_STRIKE) & (
        after.str.contains(rf"^{_FORCE_AFTER_STATE}(?-u:\b)") | pl.col("mention_text").str.contains(rf"(?i:(?-u:\b){_FORCE_WORD})$")
        # (an alliance's force is one: "NATO says air strikes killed 40 fighters")
        | pl.col("mention_text").str.contains(r"^(?:NATO|ISAF|KFOR|AMISOM|ATMIS|MINUSMA|MONUSCO)$")
    ) | ((pl.col("actor_kind") == "country") | (pl.col("actor_kind") == "organization") & pl.col("mention_text").str.contains(
        r"(?i:government|military|army|armed forces|defen[cs]e ministry)$")) & pl.col("text").str.slice(pl.col("end"), 300).str.contains(
        _GOVERNMENT_TELLS_ITS_STRIKE)
    ) & ~pl.col("text").str.slice(pl.col("end"), 150).str.contains(_STRIKE_BY_OTHERS) | pl.col("actor_kind").is_in(
        ["country", "organization"]) & pl.col("mention_text").str.contains(r"(?i:police|army|military|forces|troops)$") & guarded(
        pl.col("text").str.slice(pl.col("end"), 260), [" raid", " storm", " swept", " sweep"]).str.contains(_FORCE_TELLS_ITS_RAID)
    # (its own side hit, told with an apposition between: "The United Nations says two of its military observers, a
    # Jordanian and a Malawian, have been found dead")
    own_side_apposed = guarded(pl.col("text").str.slice(pl.col("end"), 160), [" its ", " their "]).str.contains(
        r"^[^.;]{0,40}? (?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|all|many) of )?(?:its|their)"
        r"(?: [\p{L}\-]+){1,3}, [^,;.]{1,60}, (?:were|was|are|is|have been|has been|had been) (?:\p{Ll}+ )?(?:killed|wounded"
        r"|injured|hurt|captured|kidnapped|abducted|taken|missing|dead)(?-u:\b)")
    # ... or the target of another's fire: "Kyrgyzstan said on Saturday that Tajik guards had fired mortars at its troops"
    own_side_fired_on = guarded(pl.col("text").str.slice(pl.col("end"), 160), [" its ", " their "]).str.contains(
        r"^[^.;]{0,40}? that [^.;]{0,80}? (?:at|on|against) (?:its|their) (?:[\p{L}\-]+ ){0,2}?(?:forces|troops|soldiers|positions"
        r"|guards|posts?|units|patrols?|bases?)(?-u:\b)")
    self_claim = ~own_side_apposed & ~own_side_fired_on & (pl.col("text").str.slice(pl.col("end"), 150).str.contains(_SELF_CLAIM_AFTER) | pl.col("text").str.slice(pl.col("end"), 250).str.contains(
        _OWNS_THE_ATTACKER_OR_STRIKE) | tells_strike
        | is_group & guarded(after, ["target"]).str.contains(_NAMES_ITS_TARGET)
        | is_group & guarded(pl.col("text").str.slice(pl.col("end"), 150), [" demand"]).str.contains(_CAPTOR_TERMS_AFTER)) & ~after.str.contains(
        r"(?-u:\b)(?:it|they) (?:believed|believes|believe|suspects?|suspected|thought|thinks|think|was not|were not|did not|had no|has no)(?-u:\b)"
        # a denial in its rule: "Addis Ababa says it targets only military sites", "says it never strikes civilians"
        r"|^[^.;]{0,30}? (?:it|they) (?:only|never) [a-z]|^[^.;]{0,30}? (?:it|they) (?:targets?|strikes?|hits?|attacks?) only(?-u:\b)"
        # its own side hit: "Turkey says 12 of its soldiers were killed", "NATO confirmed that its troops were wounded"
        r"|^[^.;]{0,40}? (?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|all|many) of )?(?:its|their|his|her)"
        r"(?: [\p{L}\-]+){1,3} (?:(?:were|was|are|is|have been|has been|had been) (?:\p{Ll}+ )?(?:killed|wounded|injured|hurt|hit"
        # ("The Nigerian Army says its troops were ambushed")
        r"|captured|kidnapped|abducted|taken|missing|dead|ambushed|attacked|targeted|shelled|struck|fired on)|died|die"
        # (its dead counted with no verb: "Armenia reports 18 of its troops dead")
        r"|dead|missing)(?-u:\b)"
        # ... or its loss told as a noun: "The X Front confirms the death of its military commander"
        # (right after its verb: "says it killed him to avenge the assassination of its leader" owns the killing)
        r"|^ (?:(?:has|have|had|also|later) )*(?:confirm(?:s|ed)?|announc(?:es|ed)|acknowledg(?:es|ed)|report(?:s|ed)|mourn(?:s|ed)"
        r"|says|said)(?: on \p{Lu}\p{Ll}+)? (?:the )?(?:deaths?|killing|loss|assassination|murder|wounding) of (?:one of |two of )?"
        r"(?:its|their) "
        # ... or brought down what was fired at it: "Russia says it shot down 40 Ukrainian drones overnight"
        # (many of them: "the Houthis say they shot down a US drone", "Syria says its air defences shot down a Turkish jet"
        # are their acts)
        r"|^[^.;]{0,40}? (?:it|they|(?:its|their) (?:[\p{L}\-]+ ){0,2}?(?:forces|troops|air defen[cs]es?|defen[cs]es|units|navy"
        r"|warships|systems?)) (?:(?:had|has|have) )?(?:\p{Ll}+ly )?(?:shot down|downed|intercepted|brought down|destroyed)"
        r" (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|several|all|most|\d+ of the)"
        r"(?: [\p{L}\-]+){0,2} (?:drones|missiles|rockets|UAVs|projectiles)(?-u:\b)"
        # ... or fought it off: "Russia's defence ministry said its forces had fought off 13 drones"
        r"|^[^.;]{0,80}?(?:its|their) (?:[\p{L}\-]+ ){0,2}?(?:forces|troops|soldiers|air defen[cs]es?|defen[cs]es|guards|units|navy"
        r"|warships|systems?) (?:(?:had|have|has) )?(?:fought off|repelled|repulsed|intercepted|thwarted|foiled"
        r"|beat back|beaten back|repelling|fighting off|intercepting)(?-u:\b)"
        # ... or the object of another's act: "The PKK says Turkish jets killed six of its fighters"
        r"|^[^.;]{0,50}?(?-u:\b)(?:killed|kills|wounded|wounds|injured|hit|struck|captured|kidnapped|abducted|targeted|shot"
        # ("her" followed by a person's people only: "say they killed her for spreading X" is the act itself)
        r"|bombed|attacked)(?: [\p{L}\-]+){0,2} (?:of )?(?:(?:its|their|his) |her (?:[\p{Ll}\-]+ )?(?:fighters|men|members"
        r"|soldiers|troops|forces|supporters|guards|bodyguards|commanders|aides|followers|colleagues|officers|people)(?-u:\b))") | after.str.contains(
        r"^ (?:leader|spokesman|chief|commander)(?:,? (?:calling himself|who calls himself|who called himself|named|identified as))?"
        # ("A Taliban commander calling himself X claimed the attack", "a Taliban commander, Mullah X, claimed it")
        r"(?: \p{Lu}[\p{L}\-]+| (?:al-|el-|bin |ibn )\p{Lu}[\p{L}\-]+){0,4}(?:,(?: \p{Lu}[\p{L}\-.]+){1,4},)? (?:has |had )?(?:claimed|claims)(?-u:\b)")
    # named as the culprit in someone's words: "Erdogan says the Islamic State is the likely perpetrator", "Police say the
    # Real IRA, which opposes the peace process, is the main suspect", "Police believe dissident republicans are to blame"
    # (or only perhaps: "Officials say the X may be behind the attack", "... could have been responsible")
    culprit = after.str.extract(
        r"^(?:, [^,;.]{0,80},)? (?:is|are|was|were|remains?|remained|(?:may|might|could) (?:well )?(?:be|have been)) (?:among )?("
        # ("the UVF was believed responsible", "X is thought to have been behind it": only a belief)
        r"(?:(?:widely |strongly )?(?:believed|thought|suspected|presumed) (?:to (?:be|have been) )?)?(?:(?:the |a |an )?(?:most |very )?(?:likely |probable |possible "
        r"|prime |main |chief |leading |principal |top |only |real |ultimate )?(?:perpetrators?|culprits?|suspects?|masterminds?"
        r"|authors?|organi[sz]ers?"
        # "Police said the New IRA was the main focus of their investigation", "... the main line of inquiry"
        r"|(?:focus|target|line|subject) of (?:the |their |its |an? |his |her )?(?:[a-z\-]+ )?(?:investigations?|inquiry|inquiries|probe))"
        r"|(?:\p{Ll}+ )?to blame|(?:likely |probably |possibly )?(?:behind|responsible)(?-u:\b)))", 1)
    named_culprit = culprit.is_not_null()
    named_culprit_likely = culprit.str.contains(r"(?:likely|probabl|possibl|suspect|believ|thought|presum|investigat|inquir|probe)") | after.str.contains(
        r"^(?:, [^,;.]{0,80},)? (?:may|might|could) (?:well )?(?:be|have been) ")
    someone_believes = before.str.contains(
        r"(?i:(?-u:\b)(?:believes?|believed|thinks?|thought|suspects?|suspected|probably|likely)(?-u:\b)[^.;]{0,40})$")
    # the attackers said to be of a group: "the two assailants are believed to be PKK members", "the gunmen were
    # thought to be al-Shabaab fighters" (its members are the doers here, not people it lost)
    # ("the attackers appeared to be NPA rebels")
    said_to_be = before.str.contains(r"(?i:(?-u:\b)(?:believed|thought|suspected|presumed|said|appears?|appeared|seems?|seemed)"
                                     r" to (?:be|have been) (?:the |an? )?)$")
    # "A faction of the Pakistani Taliban says it carried out": an unnamed part opening the sentence names the whole
    unnamed_part = before.str.contains(
        # ("Fighters from a breakaway faction of the X open fire": its men)
        # ("Libya's branch of Islamic State claims the attack": a country's part of it)
        r"(?:^|[.;:] )(?:(?:Fighters|Members|Militants|Gunmen|Men|Rebels|Guerrillas|Insurgents) (?:from|of) (?:an?|the) |(?:An?|The|One) "
        r"|[A-Z][A-Za-z\-]+(?:'s|’s) )"
        r"(?:[\p{L}\-]+ ){0,2}(?:faction|splinter group|wing|branch|cell|unit|affiliate|offshoot|franchise)"
        # ("The Egyptian affiliate of the Islamic State claims responsibility")
        # ("The armed wing of the separatist X claims the blasts")
        r" of (?:the )?(?:(?:separatist|rebel|militant|jihadist|Islamist|banned|outlawed|insurgent|secessionist) )?$")
    # a state's voice in the sentence, before the speaker is dropped as no doer: "The U.S. military says X was killed
    # ... when American jets bombed", "U.S. President X confirms that Y was killed in a U.S. drone strike"
    # (any actor with a country: a state, its body, or its official named with a title)
    # (only in the sentences of the candidates: the actors are the whole corpus's)
    # (not an armed group, whose country is where it fights: "The PKK says Turkish jets killed six of its fighters")
    state_speakers = actors.filter(pl.col("country_code").is_not_null(), pl.col("actor_kind") != "armed_group").select(
        "article_id", "sentence_index", "end", pl.col("start").alias("_speaker_start"), pl.col("country_code").alias("_code")
    ).join(candidates.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"]),
           on=["article_id", "sentence_index"]).filter(
        pl.col("text").str.slice(pl.col("end"), 60).str.contains(_STATE_SPEAKS)).select(
        "article_id", "sentence_index", "_speaker_start", "_code")
    # ... or a state's military body the actors do not give a country: "..., the IDF said", "AFRICOM said"
    told = candidates.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"]).filter(
        pl.col("text").str.contains_any(list(_STATE_BODIES)))
    bodies = find_matches(told, rf"(?-u:\b){_STATE_BODY}(?-u:\b){_STATE_SPEAKS[1:]}", "m")
    state_speakers = pl.concat([state_speakers, bodies.select(
        "article_id", "sentence_index", pl.col("m_start").alias("_speaker_start"),
        pl.col("m").str.extract(rf"^({_STATE_BODY})", 1)
        .replace_strict(_STATE_BODIES, return_dtype=pl.String).alias("_code"))])
    # a people's strikes or fire after a preposition, with no article: "killed in Israeli airstrikes", "the toll from
    # Russian shelling" (its people's word or "U.S.", not a land's name: "killed in Mali attacks" tells where)
    state_weapon_prep = (pl.col("actor_kind") == "country") & before.str.contains(
        r"(?-u:\b)(?:in|from|during|by|amid|under|of) $") & pl.col("mention_text").str.contains(
        r"(?:ian|ean|can|ese|ish|ch|i|ic)$|^(?:U\.S\.?|US)$") & ~pl.col("mention_text").str.contains(
        r"^(?:Mali|Malawi|Burundi|Haiti|Djibouti|Fiji|Brunei)$") & guarded(after, [
            "strike", "shell", "bombard", "bombing", "raid", "missile", "rocket", "drone", "artillery", "fire", "firing", "attack", "tanks",
            "jets", "planes", "helicopters", "gunships", "warships", "snipers"]).str.contains(
        r"^(?: (?:air|drone|missile|artillery|rocket|tank|naval|aerial|mortar|cruise|ballistic|military|army|government|regime"
        r"|helicopter|warplane|jet|sniper))? (?:air ?strikes?|airstrikes?|strikes|shelling|bombardments?|bombing|raids|missiles"
        # (not "planes" or "aircraft": never read here)
        rf"|rockets|shells|artillery|tank fire|gunfire|shellfire|fire|firing|attacks|tanks|{_aircraft(without=('plane',), aircraft=False)}"
        r"|warships|snipers)(?-u:\b)")
    # a group's men killed by the bomb they carried set it: "Two X rebels are killed when the bomb they are carrying goes
    # off early"
    own_bomb = is_group & guarded(pl.col("text").str.slice(pl.col("end"), 140), [" they ", " he "]).str.contains(
        r"^(?: [\p{L}\-]+){0,2} (?:were|was|are|is|have been|had been|has been) (?:killed|wounded|injured|hurt)(?: [^.;]{0,30}?)?"
        r" (?:when|as|after|by) (?:the|a|an|their|his) (?:[\p{L}\-]+ ){0,2}(?:bombs?|explosives?|devices?|mines?|IEDs?|grenades?"
        r"|rockets?|shells?) (?:that )?(?:they|he) (?:were|was|are|is|had been|have been|had)"
        r" (?:carrying|planting|making|building|assembling|transporting|laying|handling|setting|preparing|planted|made|built"
        r"|laid|set)(?-u:\b)")
    candidates = candidates.filter(
        ~before.str.contains(_AFFILIATION_BEFORE) | unnamed_part | blamed_on | before.str.contains(_ARRESTED_MEMBER_BEFORE)
        # (the group's people blamed or said to be the doers: "Police blame sympathisers of al-Shabaab", "says the bomber
        # was a member of Daesh")
        | members_blamed | doer_was_member
        # (its own spokesman telling its act: "..., and a spokesman for al-Shabaab said the group carried out")
        | self_claim & before.str.contains(r"(?-u:\b)(?:spokes(?:man|woman|person)|leader|commander) (?:for|of) (?:the )?$"), ~before.str.contains(_VICTIMS_GROUP_BEFORE) | doer_was_member
        # (its members opening a clause and acting are the doers: "five are killed when members of the X open fire")
        | before.str.contains(r"(?-u:\b)(?:when|as|after|while|before) (?:armed |masked )?members of (?:the )?$")
        & after.str.contains(rf"^(?: [\p{{L}}\-]+){{0,3}}? (?:(?:had|have|has|then|reportedly|allegedly) )?{_VIOLENT_VERB}(?-u:\b)")
        # (the agent of the passive: "ambushed and abducted by members of the X cartel")
        | before.str.tail(60).str.contains(r"(?-u:\b)by (?:an? |the |some |several )?(?:[a-z\-]+ ){0,2}(?:members?|fighters?|militants?"
                                           r"|gunm[ae]n|men|commanders?|cells?|units?) of (?:the )?$"),
        ~before.str.contains(_HISTORY_BEFORE),
        # a group's marks worn by the attackers describe them, they do not name them: "armed men wearing insignia of the
        # former Kosovo Liberation Army"
        ~before.str.tail(60).str.contains(r"(?-u:\b)(?:insignia|uniforms?|badges?|emblems?|patches) of (?:the )?"
                                          r"(?:former |disbanded |defunct )?$"),
        # where the attackers came from: "Militants who crossed from Egypt's Sinai open fire on soldiers"
        ~guarded(before.str.tail(60), [" from "]).str.contains(
            r"(?-u:\b)(?:crossed|infiltrated|slipped|sneaked|entered)(?: (?:in|over|back))? from (?:the )?"
            r"(?:\p{Lu}[\p{L}\-]+(?:'s|’s) )?$"),
        # the agent of a deed that is no attack, told of a victim: "a commander wanted by the International Criminal
        # Court, was shot dead", "an official sanctioned by the United States"
        ~guarded(before.str.tail(40), [" by "]).str.contains(_NOT_AN_ATTACK_BY_BEFORE),
        ~(guarded(before.str.tail(80), [" of ", " from "]).str.contains(_COUNTED_PEOPLE_OF_BEFORE)
          & after.str.contains(_PASSIVE_HIT_AFTER)), ~after.str.contains(_ENDS_THE_ATTACK_AFTER), ~before.str.contains(_ENDS_THE_ATTACK_BEFORE),
        ~before.str.contains(_VICTIMS_LISTED_BEFORE), ~before.str.contains(_MISTAKEN_FOR_BEFORE), ~after.str.contains(_AMONG_THE_DEAD_AFTER),
        ~(is_group & guarded(pl.col("text").str.slice(pl.col("end"), 160), ["its ", "their "]).str.contains(_OWN_LOSS_AFTER)),
        # a nationality before a firm names its owner, not the doer: "a vessel operated by a French company" (a private
        # military or security company does fight)
        ~((pl.col("actor_kind") == "country") & guarded(after, [" compan", " firm", " corporation", " contractor"]).str.contains(
            r"^ (?:[\p{Ll}\-]+ ){0,2}(?:company|companies|firms?|corporations?|contractors?)(?-u:\b)")
          & ~after.str.contains(r"^ (?:[\p{Ll}\-]+ )?(?:military|security|mercenary)")),
        # the unit that came under fire is hit, not the doer: "A patrol of French soldiers came under fire near Gao"
        ~(guarded(before, _HIT_UNIT_WORDS).str.contains(
            r"(?i:(?-u:\b)(?:patrol|convoy|column|unit|team|detachment|squad|platoon)s? of (?:[\p{L}\d\-]+ )?)$")
          & after.str.contains(r"^(?: [\p{L}\-]+){0,3} (?:(?:came|comes|come|coming) under|(?:was|were|is|are|had been|has been)"
                               r" (?:\p{Ll}+ly )?(?:ambushed|attacked|hit|struck|targeted|fired (?:up)?on|shelled|bombed))(?-u:\b)")),
        ~before.str.contains(_COUNTED_VICTIMS_BEFORE), ~before.str.contains(_OBJECT_OF_OTHERS_BEFORE)
        # (a speaker's blame in the clause is no act of a victim: "the authorities, who blamed Ukrainian forces")
        | before.str.contains(r"(?i:(?-u:\b)who (?:had |has |have )?(?:[a-z]+ly )?(?:blamed|accused|suspected|named|identified"
                              r"|claimed|pinned) (?:the )?)$"),
        ~(before.str.contains(_CAPTIVES_OF_BEFORE) & after.str.contains(_CAPTIVES_FATE_AFTER)),
        # (the place a weapon came from names who fired it: "missiles fired from territory controlled by the Houthis")
        ~(after.str.contains(_CONTROLLER_AFTER) | before.str.contains(_CONTROLLED_BY_BEFORE))
        | before.str.contains(r"(?-u:\b)from [^.;,]{0,50}$") | before.str.contains(_WEAPON_OPERATED_BY) | self_claim
        # (a weapon it flies is its own: "A NATO-operated drone struck")
        | after.str.contains(_OPERATED_WEAPON_AFTER),
        # a country's body that bears no arms is not who did it: "the prime minister named by Libya's eastern-based parliament"
        ~((pl.col("actor_kind") == "country") & guarded(after, ["parliament", "legislat", "assembly", "senate", "congress",
                                                                "court", "judiciary", "election", "electoral", "central bank"]).str.contains(
            r"^(?:'s|’s) (?:[\p{L}\-]+ ){0,2}(?:parliament|legislature|(?:national |constituent )?assembly|senate|congress"
            r"|(?:supreme |constitutional )?courts?|judiciary|election|electoral|central bank)(?-u:\b)")),
        # a country as a group's base or sponsor ("the Pakistan-based group") is not who did it
        # (a "Saudi-led coalition" is led by its country: that one stays)
        (pl.col("actor_kind") != "country") | ~after.str.contains(SPONSOR_AFTER) | after.str.contains(r"^-led(?-u:\b)"),
        ~(is_group & after.str.contains(_GROUP_BRANCH_NAMED)),
        # a group named as another's parent or model: "the al-Qaeda-linked Group to Support Islam and Muslims", "the
        # Islamic State-inspired network X" (the one named after it, or no one: "al-Qaeda-linked militants")
        ~(is_group & after.str.contains(_PARENT_OF_NEXT)),
        # a past deed of the group's, dated by its year: "near the park where the Pakistani Taliban carried out a suicide
        # attack in 2016", "the city was hit by al-Qaeda-linked militants in 2016"
        ~(before.str.contains(r"(?:(?-u:\b)(?:where|when) (?:the )?|(?-u:\b)(?:was|were|had been) [a-z]+ by (?:the |an? )?)$")
          & after.str.contains(r"^[^.;,]{0,80}? (?:in|since) (?:early |late |mid-)?(?:19|20)\d\d(?-u:\b)")),
        # a people or a side named by its foes: "a meeting of anti-Taliban tribal elders"
        ~before.str.contains(r"(?i:(?-u:\b)(?:anti|pro|non|ex)-$)"),
        # a group's men told as hit: "Fighters of the Kachin Independence Army were killed when army jets bombed"
        ~(is_group & after.str.contains(r"^(?: [\p{L}\-]+){0,2} (?:were|was|are|is|have been|had been|has been) (?:\p{Ll}+ly )?"
                                        r"(?:killed|wounded|injured|hurt|captured|arrested|detained|ambushed|eliminated|neutrali[sz]ed"
                                        r"|routed|wiped out)(?-u:\b)"))
        | self_claim | own_bomb,
        blamed_on | suspicion_on | ~before.str.contains(r"(?i:(?-u:\b)(?:on|against|targeting|targeted|at|pound(?:s|ed|ing)?|bomb(?:s|ed|ing)"
                                          # (a bare present verb after a force: "Egyptian warplanes bomb Islamic State rebel positions",
                                          # "jets strike Hamas targets"; not "the strike Israel carried out")
                                          rf"|(?:{_AIRCRAFT_PLURAL}|troops|forces|soldiers|army"
                                          r"|military|navy|artillery|tanks|police) (?:\w+ly )?(?:strike|attack|raid|target|hit|shell|bomb|pound)"
                                          # the one a force hunts or fights: "soldiers hunting an al-Qaeda-linked group",
                                          # "the army, which is fighting the Fano militia", "insurgents fighting Russian rule"
                                          r"|hunt(?:s|ed|ing)?|chas(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|track(?:s|ed|ing)|fight(?:s|ing)?"
                                          r"|(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?|hunt(?:s|ed|ing)?) for"
                                          r"|battl(?:e|es|ed|ing)|combat(?:s|ed|ing|ting)?"
                                          r"|shell(?:s|ed|ing)|strik(?:es|ing)|struck|hit(?:s|ting)?|target(?:s|ed|ing)|raid(?:s|ed|ing)"
                                          r"|attack(?:ed|ing)|hammer(?:s|ed|ing)|ambush(?:es|ed|ing))\s+(?:the\s+|an?\s+)?"
                                          # (a gathering of its men: "jets strike a group of X militants", "targeted a
                                          # meeting of senior X commanders")
                                          r"(?:(?:group|band|gathering|meeting|cell|squad|convoy|column)s?\s+of\s+(?:senior\s+|top\s+)?)?"
                                          r"(?:suspected\s+|alleged\s+)?)"
                                          # (a people's word before the target group: "strikes on suspected Pakistani
                                          # Taliban hideouts", "raids on Somali al-Shabaab camps")
                                          r"(?:\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish)\s+)?$")
        | before.str.contains(r"(?i:finger at\s+(?:the\s+)?)$")
        # (the hunted said to have done it: "where the army is hunting X who are believed to have laid the mines")
        | after.str.contains(r"^,? (?:who|which|that) (?:are|were|is|was) (?:\p{Ll}+ly )?(?:believed|thought|suspected|said)"
                             r" to (?:have|be behind|be responsible)(?-u:\b)")
        # (a person the words name as the doer: "police are searching for X, who police say is the gunman")
        | (pl.col("actor_kind") == "person") & pl.col("_preset").is_not_null(),
        # ... or where the striker says the group was: "bombed compounds in X, where it says ISWAP fighters had gathered"
        ~(is_group & before.str.contains(r"(?-u:\b)(?:where|which) (?:it|they|the (?:army|military|air force|police)) (?:says?|said"
                                         r"|believes?|believed|claims?|claimed) (?:that )?(?:the )?$")),
        # the target in the striker's words: "Israeli warplanes strike what the army calls Hamas weapons sites"
        ~guarded(before.str.tail(80), [" what "]).str.contains(
            r"(?-u:\b)(?:on|at|strikes?|struck|hit(?:s|ting)?|target(?:s|ed|ing)?|bomb(?:s|ed|ing)?|pound(?:s|ed|ing)?|raid(?:s|ed|ing)?"
            r"|attack(?:s|ed|ing)?|shell(?:s|ed|ing)?) what (?:[\p{L}\-]+ ){1,3}(?:calls?|called|describes? as|described as|terms?|termed"
            r"|says? (?:was|were|is|are)|said (?:was|were)) (?:an? |the )?(?:suspected |alleged )?$"),
        # the one who names the doer in "what X calls ...", not the doer: "killed by what Algeria's army calls a terrorist
        # group", "an attack by what the government calls bandits"
        ~(guarded(before.str.tail(12), ["what "]).str.contains(r"(?-u:\b)what (?:the )?$") & after.str.contains(
            r"^(?:(?:'s|’s)(?: [\p{L}\-]+){1,3})? (?:calls?|called|describes? as|described as|terms?|termed|labels?|labell?ed"
            r"|brands?|branded)(?-u:\b)")),
        # a victim described in apposition by its group: "a drone strike kills the driver, a Hezbollah fighter", "kills two
        # men, one of them said to be a Haqqani network commander"
        ~(is_group & guarded(before.str.tail(90), [", "]).str.contains(
            r"(?i:(?-u:\b)(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|shot|shoots?|hit(?:s|ting)?|target(?:s|ed|ing)?)"
            r"(?: [^.;,]{1,40})?, (?:one of (?:them|whom) (?:(?:said|believed|thought|reported) to be |was |is |described as )?)?"
            r"(?:an? |the )(?:suspected |alleged |senior |local |top |veteran |former )?)$")
          & after.str.contains(r"^ (?:fighter|militant|commander|member|leader|operative|official|figure|chief|militiaman"
                               r"|guerrilla|rebel|activist|supporter)(?-u:\b)")),
        # a truce of the group's that dates the event: "the latest of almost daily raids since the PKK ceasefire collapsed"
        ~(is_group & before.str.contains(r"(?-u:\b)(?:since|after|before|until) (?:the |a |its )?$")
          & after.str.contains(r"^(?:'s|’s)? (?:unilateral )?(?:ceasefire|cease-fire|truce)(?-u:\b)")),
        # a blame told of an earlier deed in a relative clause: "X, whom the United States and the UN accused of
        # supporting al-Shabaab, is shot dead"
        ~before.str.contains(r"(?-u:\b)whom (?:the )?[^.;,]{0,50}$") | ~after.str.contains(r"^ (?:accused|blamed|accuse|blame)(?-u:\b)"),
        (pl.col("actor_kind") != "country") | state_weapon_prep | ~before.str.contains(
            # (a compass word between: "Police in southern Kyrgyzstan opened fire")
            # (or where the attackers went: "taken her by sea towards Somalia")
            r"(?i:(?-u:\b)(?:in|inside|near|across|into|throughout|of|from|borders? with|towards?)\s+(?:the\s+)?"
            r"(?:(?:north|south|east|west|central|far|remote|rural|northern|southern|eastern|western|north-?eastern"
            r"|north-?western|south-?eastern|south-?western|northeastern|northwestern)\s+)?)$"),
        # a people's word describing the group: "the Somali group says it carried out the attack", "the Rwandan Hutu
        # rebel group FDLR" (the group, told or named, is the doer)
        # (a people's word read from context too: "Fighters of the Ugandan rebel group ADF-NALU attacked")
        (pl.col("actor_kind") != "country") & ~(pl.col("actor_key").is_null() & pl.col("mention_text").str.contains(
            r"^\p{Lu}\p{Ll}+(?:an|ese|ish)$")) | ~after.str.contains(
            r"^(?: [A-Z][a-z]+)?(?: [a-z\-]+){0,2} (?:group|movement|militia|organi[sz]ation|network|faction|outfit)(?-u:\b)"),
        # (a relative clause may stand between: "the ADF, which carried out a similar massacre in 2019, denied involvement")
        ~after.str.contains(r"^(?:, (?:which|who) [^,;.]{3,80},)? (?i:praise[sd]?|hail(?:s|ed)|welcome[sd]?|condemn(?:s|ed)|denie[sd]"
                            r"|den(?:y|ies)"
                            # ... or says nothing of it: "the Houthis do not claim the launch", "X has not claimed it"
                            r"|(?:do|does|did|has|have|had)(?: not|n't) (?:yet |immediately |publicly |officially )?(?:claim(?:ed)?"
                            r"|admit(?:ted)?|acknowledged?|commented?))(?-u:\b)"),
        # a group as the subject of a deed that is no attack: "Hamas and Israel agreed to a truce", "weeks after the
        # Pakistani Taliban ended a ceasefire", "since the Houthis and the government signed a truce"
        ~(is_group & after.str.contains(
            r"^(?: and (?:the )?(?:\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,4}|government|army|military|authorities|rebels"
            # ("a week after al-Shabaab and clan elders agreed to a truce")
            r"|(?:[a-z\-]+ ){0,2}(?:elders|leaders|officials|negotiators|mediators|representatives|envoys|delegates)))?"
            r" (?:(?:has|have|had|also|later|then|recently|formally|unilaterally) )*"
            r"(?:agree[sd]?|sign(?:s|ed)?|end(?:s|ed)?|negotiat\w+|met|meets?|hold|holds|held|call(?:s|ed)?|demand(?:s|ed)?"
            r"|reject(?:s|ed)?|accept(?:s|ed)?|announc\w+|declar\w+|release[sd]?|free[sd]?|vow(?:s|ed)?|pledg\w+|warn(?:s|ed)?"
            r"|took part|takes part|join(?:s|ed)?|won|wins?|control(?:s|led)?|rul(?:e|es|ed)|governs?|governed|withdr[ae]w"
            r"|broke (?:a |the |its )?(?:truce|ceasefire)|observ\w+|respect\w*|protest(?:s|ed)?|march(?:es|ed)?"
            r"|rall(?:y|ies|ied)|gather(?:s|ed)?|demonstrat\w+|mourn\w*|celebrat\w+|vote[sd]?|campaign(?:s|ed)?)(?-u:\b)") & ~self_claim
          # (holding people hostage is the act: "Armed supporters of X hold several police officers hostage")
          & ~after.str.contains(r"^ (?:hold|holds|held) [^.;]{0,40}?(?-u:\b)hostages?(?-u:\b)")
          # (ending a deed of killing is doing it: "paramilitaries of the X end a three-day rampage")
          & ~after.str.contains(r"^ end(?:s|ed)? (?:an? |the |its |their )?(?:[\p{L}\-]+ ){0,2}(?:rampage|spree|killings?|massacre"
                                r"|raid|assault)(?-u:\b)")
          # (a warning given in its name is its own: "a caller speaking for ETA warned of the bomb")
          # ("a caller speaking for the Basque separatist group ETA warned of the blast")
          & ~before.str.contains(r"(?i:(?:speaking for|speaking on behalf of|on behalf of|in the name of) (?:the )?(?:[\p{L}\-]+ ){0,3})$")
          & ~before.str.contains(r"(?i:(?-u:\b)(?:blam|accus|suspect)\w*(?: \S+){0,3} $)")),
        # a force breaking up a protest when a bomb went off is where it struck, not who set it: "A bomb killed three
        # policemen as security forces broke up a protest"
        ~(guarded(before, ["bomb", "blast", "explosi", "grenade", "device", "mine", "IED"]).str.contains(
            r"(?i:(?-u:\b)(?:bombs?|blasts?|explosions?|explosives?|grenades?|devices?|mines?|IEDs?)(?-u:\b))")
          & after.str.contains(r"^(?: [\p{L}\-]+){0,1}? (?:(?:were|was|are|is) )?(?:break(?:s|ing)? up|broke up|dispers\w+|clear(?:s|ed|ing)?"
                               r"|patrol(?:s|led|ling)?|guard(?:s|ed|ing)?|secur(?:e|es|ed|ing)|search(?:es|ed|ing)?)(?-u:\b)")),
        # a force that hunts the doer: "Police have launched a hunt for a suspect"
        ~after.str.contains(r"^(?: (?:have|has|had|also|quickly|later))* launch(?:ed|es)? (?:an? |the )?(?:[a-z\-]+ )?(?:search"
                            r"|hunt|manhunt|investigation|probe|inquiry)(?-u:\b)"),
        # a people's militia named after it: "the Lendu militia known as the Nationalist and Integrationist Front"
        ~after.str.contains(r"^ (?:militia|group|faction|movement|rebels|fighters|armed group|rebel group)"
                            r" (?:known as|called|calling itself|named)(?-u:\b)"),
        # a group named as the place's following: "Hermel, a town where Hezbollah has strong support"
        ~(is_group & after.str.contains(
            r"^ (?:(?:has|have|had|enjoys?|enjoyed|draws?|drew) (?:strong |wide |broad |considerable |much |its |a |some |deep )?"
            r"(?:support|following|backing|presence|influence|roots|base)|(?:holds?|held) sway|(?:is|was|are|were) (?:strong|dominant"
            r"|influential|popular|entrenched))(?-u:\b)")),
        # a group whose supporters are told with another's: "Hezbollah and Amal supporters march through Beirut"
        ~(is_group & after.str.contains(r"^ and (?:[A-Z][A-Za-z\-]* ){1,3}(?:supporters|followers|activists|sympathi[sz]ers)(?-u:\b)")),
        # the speaker of an accusation is not who did it: "Hezbollah blamed Israel"
        # (... also through its officials: "Taliban police say", "the Hamas government spokesman said")
        ~after.str.contains(rf"^(?: (?:police|government|officials?|authorities|administration|interior ministry|ministry"
                            rf"|spokes(?:man|woman|person)|media|officials)){{0,2}} (?:(?:has|have|had|also|later|quickly) )*"
                            rf"(?:{_ATTRIBUTING_VERB}(?-u:\b)|{_HOLDS_RESPONSIBLE})")
        | after.str.contains(r"^ (?:accused|blamed) (?:of|for)(?-u:\b)") | self_claim,
        # a group named as the owner of a place or people hit: "a Hezbollah stronghold", "Hamas targets"
        ~(is_group & after.str.contains(_GROUP_AS_OWNER)) | self_claim | said_to_be
        # (its people said to have done it: "Police suspect the group's members carried out the raid")
        | before.str.contains(r"(?i:(?-u:\b)(?:blam|accus|suspect)\w* (?:the )?)$") & after.str.contains(
            r"^(?:'s|’s) (?:members|fighters|militants|gunmen|men|operatives) (?:(?:had|have|may have|probably|likely) )?"
            r"(?:carried out|planted|attacked|staged|launched|ambushed|(?:was|were) behind)(?-u:\b)"),
        # a backer accused of helping the doers is not who did it: "accusing Sudan of backing the raid", "blames Iran for
        # arming the militias"
        ~(before.str.contains(r"(?i:(?-u:\b)(?:accus|blam)\w*(?: the)? )$") & guarded(after, ["ing "]).str.contains(
            r"^(?:, [^,;.]{3,60},)? (?:of|for) (?:\p{Ll}+ly )?(?:backing|supporting|sponsoring|arming|financing|funding|harbou?ring"
            r"|aiding|sheltering|hosting|equipping|training|supplying|bankrolling)(?-u:\b)")),
        # the force whose raid bombers blew themselves up in is their target: "Five suicide bombers blow themselves up
        # during a Lebanese army raid"
        ~guarded(before.str.tail(80), [" up "]).str.contains(
            r"(?-u:\b)(?:blow|blew|blown|blows|blowing) (?:themselves|himself|herself) up (?:during|in|amid|as) (?:an?|the) "
            r"(?:[\p{L}\-]+ ){0,2}$"),
        # whom a force drove out: "the first such blast since Iraqi forces drove Islamic State out of the city"
        ~(guarded(before.str.tail(20), ["drov", "driv", "push", "chas", "forc", "kick", "flush"]).str.contains(
            r"(?-u:\b)(?:drove|drive|drives|driven|driving|pushed|push|pushes|pushing|chased|chase|chasing|forced|force|forcing"
            r"|kicked|kick|flushed|flush) (?:the )?$") & after.str.contains(r"^(?: [\p{L}\-]+){0,3} out(?-u:\b)")),
        # a source: "... kill 46 people, according to the Taliban government"
        ~before.str.contains(r"(?i:(?-u:\b)according to (?:the |an? )?)$") | self_claim,
        # the place's past in a relative clause: "in Tal Abyad, which Turkish-backed forces took from the SDF last month",
        # "in Mosul, which the Islamic State seized in 2014"
        ~(before.str.contains(r"(?-u:\b)(?:which|that|where) (?:the )?$") & after.str.contains(_TOOK_THE_PLACE_AFTER)),
    )
    # a state's weapon as the agent of the passive: "the building was hit by fragments of a Ukrainian Tochka-U missile",
    # "the convoy was struck by a Turkish drone" (in someone's report: as above)
    # (or the one it was fired from: "a shell fired from an Israeli tank", "a missile launched from a Russian warship")
    struck_by_force = ~is_group & before.str.contains(
        r"(?-u:\b)(?:by|(?:fired|launched|dropped|shot) from) (?:(?:fragments|debris|shrapnel|parts|pieces|remnants|wreckage) of )?"
        r"(?:an? |the )?$") & after.str.contains(rf"^(?: {_WEAPON_MODIFIER}){{0,3}} {_WEAPON_NOUN}(?-u:\b)")
    struck_reported = struck_by_force & before.str.contains(
        r"(?i:(?-u:\b)(?:say|says|said|claim(?:s|ed)?|report(?:s|ed)?|accus(?:e|es|ed)|blam(?:e|es|ed)))(?-u:\b)")
    # a state's forces or weapons acting, wherever the trigger word stands: "Russian cruise missiles strike"
    # (not "Israeli troops killed in an ambush": the participle of their being hit)
    # (also "Nine Malian troops killed in an ambush", a headline's passive, for the readings above)
    hit_themselves = after.str.contains(
        # ("air strikes killed at least 31 civilians" is the strikes killing)
        r"^(?: \S+){0,3} (?:(?:killed|wounded|injured|ambushed|targeted) (?:in|by|during|when|while|near"
        r"|at (?:the|an?|his|her|their|its|\p{Lu})|as (?:they|he|she|it|the|an?|his|her|their|its))"
        r"|(?:shot|hit|struck|attacked|bombed|shelled|stabbed|beaten|hacked)(?: dead| to death)? (?:by|during|when|while))(?-u:\b)"
        r"|^(?: [\p{L}\-]+){0,2}(?: and (?:their|his|her|its|an?|two|three|\d+) [^.;,]{0,40}?)?"
        r" (?:died|die|dies|perished|lost their lives|(?:are|were|was|is|have been|had been) (?:\p{Ll}+ )?killed)(?-u:\b)")
    # a side the writer ties to such acts, denying this one: "Kenya, whose jets are bombing al-Shabaab positions in the
    # area, denies hitting civilians" (a bare denial is no accusation: "The Taliban deny any role" leaves it unknown)
    implicated_denier = pl.col("text").str.slice(pl.col("end"), 160).str.contains(
        rf"^, whose (?:[\p{{Ll}}\-]+ ){{0,2}}{_WEAPON_NOUN} (?:are|were|is|was|have been|had been|has been) [a-z]+ing(?-u:\b)[^;.]{{0,80}}?"
        r", (?:(?:also|has|have|had) )?(?:denie[sd]|den(?:y|ies))(?-u:\b)")
    status = (
        # "X (TAK), an offshoot of Y, claimed", "X and another group jointly claimed"
        # ("A Shiite militia, the Mukhtar Army, claimed", "A Houthi military spokesman claims the strike")
        # ("The Islamic State's Khorasan branch claims the attack": a branch named by its region)
        # ("the BLA's Majeed Brigade claims": a unit of it named)
        pl.when(after.str.contains(r"^(?:(?:'s|’s)(?:(?: \p{Lu}[\p{L}\-]+)?(?: [\p{Ll}\-]+){1,2}|(?: \p{Lu}[\p{L}\-]+){0,2}"
                                   r" (?:Brigade|Battalion|Wing|Unit|Division|Branch|Province|Command)))?(?: \([^)]{1,15}\))?(?:, [^,;.]{3,60},| and [^,;.]{3,60}?|,)?(?: (?:militants|fighters|insurgents|forces|group|brigade|battalion|faction|has|have|had|also|reportedly|later|jointly|[a-z]{2,}ly|military|media|spokes(?:man|woman|person)|leadership|leader|command|wing"
                                   # ("The ELN guerrilla group admitted responsibility")
                                   r"|guerrilla|rebel|armed|militant|jihadist|separatist|movement))* (?i:claim(?:s|ed)?|has claimed"
                                   # (taking responsibility, not charge: "France's anti-terrorism prosecutor takes charge")
                                   r"|(?:took|takes) (?:full |the )?(?:responsibility|credit)"
                                   r"|admit(?:s|ted)? (?:responsibility|carrying out|to carrying out))(?-u:\b)")
                & ~before.str.contains(r"(?i:(?-u:\b)no|(?-u:\b)not)\s+(?:\S+\s+){0,1}$") | self_claim
                # a group's regional name the dictionary holds in part: "A group calling itself Islamic Jihad in Yemen
                # claimed the attack"
                | is_group & after.str.contains(r"^ in (?:the )?\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+){0,2}"
                                                r"(?: (?:has|have|had|also|later|quickly))* (?:claim(?:s|ed)? (?:responsibility|credit"
                                                r"|the|it|both)|t[oa]ok(?:en)? (?:full )?responsibility)(?-u:\b)")
                # "Responsibility was claimed by the X", "a message left at the scene was signed by the X"
                | before.str.contains(_CLAIMED_BY_BEFORE) | after.str.contains(_CLAIM_WORDS_AFTER)
                # a state's body telling last of its own operation: "X is killed in a special operation in Y, Russia's
                # Federal Security Service announces"
                | pl.col("actor_kind").is_in(["country", "organization"])
                & guarded(before.str.tail(260), ["operation"]).str.contains(_OWN_OPERATION_BEFORE)
                & after.str.contains(r"^(?:(?:'s|’s)?(?: [\p{L}\-]+){0,4}?)? (?:said|says|announced|announces|reported|reports|confirmed"
                                     r"|confirms|stated)(?: on \p{Lu}\p{Ll}+)?(?:[.;]|$)"))
        .then(pl.lit("claimed"))
        # ("an ambush blamed on suspected Abu Sayyaf rebels": the blame names a suspect)
        .when(blamed_on & before.str.contains(r"(?:suspected|alleged|presumed)\s+$")).then(pl.lit("suspected"))
        .when(_attributed(before, r"accus\w+|blam(?:e|ed|es|ing)|pinned \S+ on|point(?:s|ed|ing)? (?:the |a )?finger at"
                                  # "Authorities link the blasts to X"
                                  r"|(?:link|tie)(?:s|d|ed)? (?:the|this|these|it|them) (?:[a-z\-]+ ){0,2}?(?:to|with)"
                                  # "Authorities attributed the attack to X"
                                  r"|held (?:\S+ )?responsible|attribut(?:e|es|ed|ing)(?: \S+){0,3} to")
              # (not words told as someone's: "enraged by remarks attributed to a Thai actress")
              & ~before.str.contains(r"(?i:(?-u:\b)(?:remarks?|comments?|words|quotes?|statements?|posts?|messages?|views"
                                     r"|insults?|slurs?) attributed to (?:an? |the )?(?:[\p{L}\-]+ )?$)") | blamed_on
              # "US officials had informed their Iraqi counterparts that Iran-backed militias were planning ...":
              # someone else's word, not the writer's. Groups only: a country opening a that-clause is mostly the
              # subject of a statement ("said that the U.S. believes ..."), no perpetrator
              | (is_group & before.str.contains(_REPORTED_THAT))
              | implicated_denier
              # a state telling the many drones of another it brought down, one of which hit: "Russia says it shot down 144
              # Ukrainian drones overnight; a woman is killed when drones hit a block of flats" (its word: accused)
              | (pl.col("actor_kind") == "country") & guarded(before.str.tail(60), ["shot down", "downed", "intercepted", "destroyed"])
              .str.contains(r"(?-u:\b)(?:shot down|downed|intercepted|destroyed) (?:\d[\d,]*|dozens of|scores of|hundreds of)"
                            r"(?: more)? $") & after.str.contains(r"^(?: [\p{L}\-]+)? (?:drones|missiles|rockets|UAVs)(?-u:\b)")
              # "Israel holds Hamas responsible", "holds the Taliban fully accountable"
              # ("holds neighbouring Sudan responsible")
              | before.str.contains(r"(?i:(?-u:\b)(?:holds?|held|holding) (?:the )?(?:[a-z\-]+ )?)$") & after.str.contains(
                  # ("he held Hamas, which controls Gaza, responsible")
                  r"^(?:, (?:which|who) [^,;.]{3,60},)?(?: [\p{L}\-]+){0,3} (?:\p{Ll}+ly )?(?:responsible|accountable|culpable)(?-u:\b)")
              # whose the weapons were, in someone's words: "Local officials say the drones were Turkish"
              | guarded(before, _WEAPONS_WERE_WORDS).str.contains(
                  r"(?i:(?-u:\b)(?:say|says|said|believe|believed|claim|claimed)(?: that)? the (?:[a-z\-]+ )?"
                                    rf"(?:{_AIRCRAFT_ANY}|missiles?|rockets?)"
                                    r" (?:were|was|are|is) (?:probably |likely |all )?)$")
              # ("Ethiopian government forces are accused of killing")
              # (a relative clause may stand between: "X, which often raids the town, is blamed")
              | after.str.contains(r"^(?:, (?:which|who) [^,;.]{3,80},)?(?: (?:forces|troops|soldiers|police|army|military|militias?|fighters|militants"
                                   r"|mercenaries|members|rebels|insurgents|gunmen|operatives|agents|militiamen|guerrillas"
                                   r"|loyalists|supporters))?"
                                   r" (?:(?:was|were|is|are|have been|has been|had been) (?:\S+ )?(?:accused|blamed|held responsible)|(?:accused|blamed) (?:of|for))(?-u:\b)"))
        .then(pl.lit("accused"))
        # "believed X", "police believe the X" (present tense too)
        .when(suspicion_on | said_to_be | before.str.contains(_ARRESTED_MEMBER_BEFORE) | before.str.contains(r"(?i:suspected|alleged|believed|believes?|thinks?)\s+(?:\S+\s+){0,1}$")
              # "the kidnappers are probably from Boko Haram", "likely members of the X"
              | before.str.contains(r"(?i:(?-u:\b)(?:probably|likely|possibly|believed to be|thought to be|suspected of being)"
                                    r" (?:from|members of|part of|linked to|tied to|with) (?:the )?)$")
              # "They are examining whether Hezbollah was involved", "the possible involvement of the X"
              | before.str.contains(r"(?i:(?-u:\b)(?:(?:examin|investigat|prob|look|check|determin|establish)\w*(?: into)?"
                                    r" (?:whether|if)|(?:possible|suspected|alleged|likely) (?:involvement|role|hand) of"
                                    # "police are investigating possible links to the Jalisco cartel"
                                    r"|(?:examin|investigat|prob|look|check)\w*(?: into| at)? (?:possible |suspected |alleged )?"
                                    r"(?:links?|ties|connections?) (?:to|with)) (?:the )?)$")
              # a part of the group suspected: "Police suspect a revived cell of the Red Brigades"
              | guarded(before.str.tail(80), [" of "]).str.contains(
                  r"(?i:(?-u:\b)(?:suspects?|suspected|suspecting) (?:an? |the )?(?:[a-z\-]+ )?(?:cell|faction|wing|unit|splinter group"
                  r"|offshoot|branch|remnants?) of (?:the )?$)")
              # its mark left at the scene: "the initials of the X were found scrawled near one of the targets"
              | guarded(before.str.tail(40), ["initials", "logo", "emblem", "insignia", "signature", "acronym", "slogan", "graffiti"])
              .str.contains(r"(?i:(?-u:\b)(?:initials|logo|emblem|insignia|signature|acronym|slogans?|graffiti) of (?:the )?)$")
              & after.str.contains(r"^(?: \([^)]{1,15}\))? (?:(?:was|were|is|are|had been|have been) )?(?:\p{Ll}+ly )?(?:found|seen"
                                   r"|left|scrawled|painted|daubed|sprayed|written)(?-u:\b)")
              # "missiles believed to have been fired by a U.S. drone"
              | before.str.contains(r"(?i:believed|suspected|thought) to have been \S+ by (?:the |an? )?$")
              # "the fire is believed to come from X", "the raiders appeared to belong to X", "Police suspect he belonged
              # to X", "the gunmen seemed to be members of X"
              | before.str.contains(_SUSPECTED_ORIGIN_BEFORE)
              # "appeared to be the work of the PKK", "officials pointed to the Islamic State", "resembled earlier attacks
              # by Abu Sayyaf", "was likely carried out by X"
              | before.str.contains(r"(?i:(?-u:\b)(?:(?:appear|seem|look)(?:s|ed)? to (?:be|have been) the (?:work|handiwork) of"
                                    # ("the ambush was believed to be the work of the X")
                                    r"|(?:believed|thought|suspected|presumed) to (?:be|have been) the (?:work|handiwork) of"
                                    # ("Police suspect the blast was the work of X", "the attack, which officials suspect
                                    # was the work of X")
                                    r"|(?:suspects?|suspected|believes?|believed|thinks?|thought)(?: that)?(?: (?:it|the (?:[a-z\-]+ )?"
                                    r"(?:attacks?|bombings?|blasts?|explosions?|killings?|ambush|raid|abductions?|kidnappings?"
                                    r"|shootings?|massacre)))? (?:was|were|is|are|had been) (?:probably |likely |possibly )?the"
                                    r" (?:work|handiwork) of"
                                    r"|point(?:s|ed|ing)? to|(?:resembl|mirror)(?:es|ed|e)(?: [a-z]+){0,3} (?:attacks?|bombings?|killings?)"
                                    r" (?:by|of)|(?:likely|probably|possibly|apparently|presumably) (?:carried out|committed"
                                    r"|staged|planted|perpetrated|launched|fired|set off|organi[sz]ed) by) (?:the |an? )?$)")
              | _attributed(before, r"suspects?|suspected|believed to (?:be|belong to|have been)(?: (?:part|members?) of)?"
                                   r"|suspicion (?:falls?|fell|rests?) on|leading suspect|hallmarks? of"
                                   # people tied to it, not things: "fighters linked to X", not "sites linked to X's"
                                   r"|(?:fighters|militants|men|gunmen|gunman|man|members|groups?|militias?|cells?"
                                   r"|suspects?|attackers?|assailants?|bombers?|people|individuals|rebels) (?:linked|tied) to")
              # (not a description of the target: "Yemen's air force strikes suspected al-Qaeda hideouts")
              | after.str.contains(r"^(?: \S+)? (?:(?:is|are|was|were) )?(?:suspected|believed|thought)(?: of| to| in|[.,;]|$)")
              | named_culprit & (named_culprit_likely | someone_believes)
              # a captive believed held by it: "Police believe the separatist group X is holding him"
              | someone_believes & after.str.contains(
                  r"^(?:, [^,;.]{0,80},)? (?:is|are|was|were|has been|have been|had been) (?:still )?(?:holding|keeping|detaining)(?-u:\b)")
              # whose the weapons probably were: "adding that the jets were probably Russian"
              | guarded(before, ["probably", "likely", "possibly", "apparently", "presumably", "believed to be", "thought to be",
                                 "suspected to be"]).str.contains(
                  rf"(?i:(?-u:\b)(?:{_AIRCRAFT_PLURAL}|bombers|missiles|rockets"
                                    r"|shells)(?: [^.;,]{0,30}?)? (?:was|were) (?:probably|likely|possibly|apparently|presumably"
                                    r"|believed to be|thought to be|suspected to be) $)"))
        .then(pl.lit("suspected"))
        .when(named_culprit).then(pl.lit("accused"))
        # the weapons told by their markings: "the aircraft had flown in from Syria and bore Syrian markings"
        .when(after.str.contains(r"^ (?:air force |military |army )?(?:markings|insignia|flags?|emblems?)(?-u:\b)")
              & before.str.contains(r"(?i:(?-u:\b)(?:bore|bear|bears|bearing|carried|carrying|with|had|displaying|showing) (?:the )?$)"))
        .then(pl.lit("accused"))
        # "Police blame sympathisers of al-Shabaab"; "the prime minister says the bomber was a member of Daesh"
        .when(members_blamed & ~before.str.contains(r"(?i:suspect\w*[^.;]{0,60}$)")
              | doer_was_member & before.str.contains(
                  r"(?i:(?-u:\b)(?:says?|said|told|tells|according to|believes?|believed|alleges?|alleged|described|identified)(?-u:\b))"))
        .then(pl.lit("accused"))
        # "officials said the X was behind it"
        # ("the government said al-Shabaab militants were responsible")
        # ("Georgian officials said Russian special services were behind the blast")
        .when(after.str.contains(r"^(?: (?:militants|fighters|rebels|insurgents|militiamen|members|gunmen|forces|troops"
                                 r"|(?:special|security|intelligence|secret) (?:services|agents|forces)|agents|spies"
                                 # ... or its weapon: "the UN says Israeli artillery was responsible"
                                 # (not "planes" or "gunships": never read here)
                                 rf"|(?:[a-z\-]+ )?(?:missiles?|rockets?|artillery|shells?|shelling|{_aircraft('any', without=('plane', 'gunship'))}"
                                 r"|tanks?|tank fire|gunfire|strikes?|air ?strikes?)))?"
                                 r" (?:(?:was|were|is|are|had been) (?:responsible|behind))(?-u:\b)")
              # ... "said the X carried out": someone's word ("Myanmar's military carried out air strikes" is the writer's)
              | after.str.contains(r"^(?: (?:militants|fighters|rebels|insurgents|militiamen|members|gunmen|forces|troops))?"
                                   r" (?:carried|carries) out(?-u:\b)") & before.str.contains(
                  r"(?i:(?-u:\b)(?:said|says|say|told|believes?|believed|alleged|alleges|accus\w+|blam\w+)(?-u:\b))")
              # ... "Police say the Red Hand Defenders planted the bomb" (a group right after the speaker's verb)
              | is_group & before.str.contains(_SAID_SUBJECT_BEFORE) & after.str.contains(_ACTS_AFTER)
              # ... a state said to be behind it: "Kosovo's prime minister says Belgrade ordered the attack"
              | before.str.contains(_SAID_SUBJECT_BEFORE) & after.str.contains(
                  r"^ (?:had |has |have )?(?:ordered|orchestrated|masterminded|organi[sz]ed|sponsored|(?:was|were|is|are) behind)"
                  r" (?:the |this |these |both )?(?:[a-z\-]+ )?(?:attacks?|bombings?|assault|raid|violence|strikes?|shelling|killings?"
                  r"|operation|massacre|assassination|ambush)(?-u:\b)")
              # ... "Saudi Arabia says a Houthi missile struck a fuel depot" (a group's weapon in someone's report)
              | is_group & before.str.contains(r"(?i:(?-u:\b)(?:said|says|say|alleged|alleges|allege)(?: that)? (?:the |an? )?)$")
              & after.str.contains(_FORCE_ACTS_AFTER) & ~hit_themselves)
        .then(pl.lit("accused"))
        # the agent of a passive in someone's words: "A spokesman said the mine had been laid by tribal fighters loyal
        # to X", "Police say the bomb was planted by the Real IRA"
        .when(guarded(before.str.tail(120), [" by "]).str.contains(
            r"(?i:(?-u:\b)(?:said|says|say|alleged|alleges|believe[sd]?|told reporters)(?: that)? (?:the |an? )?[\p{L}\d\- ]{0,60}?"
            r" (?:was|were|had been|has been|have been) (?:\p{Ll}+ly )?[a-z]+(?:ed|id|laid|set|shot) by (?:the |an? )?(?:[\p{Ll}\-]+ ){0,3})$"))
        .then(pl.lit("accused"))
        # "planted by the banned X"
        .when(before.str.contains(r"(?-u:\b)by (?:the |an? )?(?:[\p{Ll}\-]+ ){0,2}$") & ~struck_reported)
        .then(pl.lit("stated"))
        # (the second side of a fight told as background is weak too: "as fighting between the army and SPLA-North spreads")
        # ("street fighting with al-Houthi loyalists": the article joined to the name)
        .when(is_group & ~before.str.contains(r"(?i:against|on|targeting|with|between|from|targeted)\s+(?:the\s+)?(?:\S+\s+)?(?:al-|el-)?$")
              & ~before.str.contains(r"(?i:(?-u:\b)between\s+(?:the\s+)?[^.;,]{1,40}?\s+and\s+(?:the\s+)?)$"))
        .then(pl.lit("stated"))
        .when(is_group).then(pl.lit("stated_weak"))
    )
    # a country or force right before the weapon: "a US airstrike", "Israeli Air Force planes hit"
    candidates = candidates.join(incidents.select("_iid", "trigger_start"), on="_iid", how="left").with_columns(
        _gap=pl.col("trigger_start") - pl.col("end")
    )
    gap_text = pl.col("text").str.slice(pl.col("end"), pl.col("_gap").clip(0, 40))
    # victims are no subjects: "Three Turkish troops ... are killed following clashes" (read into the trigger word:
    # "are killed" ends in it)
    gap_text_long = pl.col("text").str.slice(pl.col("end"), (pl.col("_gap") + 12).clip(0, 132))
    # "The Israeli Air Force bombs ...": the force's name runs into the trigger words
    overlapping = (pl.col("_gap") < 0) & (pl.col("start") < pl.col("trigger_start"))
    # "Turkish security forces backed up by tanks launch an operation": a force as the subject
    force_noun = r"(?:forces|troops|army|military|police|soldiers|navy|air force|Air Force|Army)"
    force_subject = ~is_group & pl.col("_gap").is_between(0, 120) & (
        after.str.contains(rf"^ (?:(?:security|armed|government|special|regular|federal|coalition) )?{force_noun}(?-u:\b)")
        | pl.col("mention_text").str.contains(rf"(?-u:\b){force_noun}$")
    ) & ~gap_text_long.str.contains(r"(?-u:\b)(?:are|were|was|is|have been|had been|has been) (?:\p{L}+ed|shot|hit|struck|slain"
                                    r"|stabbed|beaten|caught|gunned)(?-u:\b)") & ~hit_themselves & ~(
        # police who arrest or speak ("Dutch police arrest X on suspicion of the shooting"), a person's role ("the British
        # military attaché in Athens")
        after.str.contains(rf"^(?: (?:security|armed|government|special|regular|federal|coalition))?(?: {force_noun})?"
                           r" (?:(?:\p{Ll}+ly|have|has|had|later|also) )?(?:arrest|detain|apprehend|say|said|suspect|investigat|identif"
                           # ("The Nigerien army confirms the attack": the attack on its post)
                           r"|confirm|report|announc|den(?:y|ies|ied)"
                           # ("Lebanese security forces widened their search for the kidnapped cyclists")
                           r"|\p{Ll}+ (?:up )?(?:their|its|the|an?) (?:\p{Ll}+ )?(?:search|hunt|manhunt|investigation|probe|inquiry)(?-u:\b)"
                           # ("Police have launched a hunt for a suspect")
                           r"|(?:have |has |had )?launch(?:ed|es)? (?:an? |the )?(?:\p{Ll}+ )?(?:search|hunt|manhunt|investigation|probe|inquiry)(?-u:\b)"
                           r"|name|search|seek|sought|hunt|believe|found|find|recover|attach[eé]|advis|officials?|officers?|spokes"
                           r"|sources?|analysts?|chiefs?|commanders?|personnel|academy|court|prosecutor|intelligence)"))
    adjacent_ok = overlapping | force_subject | after.str.contains(_OPERATED_WEAPON_AFTER) | pl.col("_gap").is_between(0, 20) & gap_text.str.contains(
        # ("a Saudi-led air strike": the coalition its state leads)
        # (a make of its aircraft between: "Sudanese Antonov bombers", "Russian Sukhoi jets")
        r"^(?:-led)?(?: (?:Antonov|Sukhoi|MiG|Mirage|Apache|Reaper|Predator|Tornado|Typhoon|Rafale|Bayraktar|Shahed|Iskander"
        r"|Kalibr|Grad|Scud|Katyusha|[A-Z]{1,3}-\d+[A-Za-z\d]*))?"
        # (the drone as a modifier only, "a US drone strike"; no bare "aircraft": never read here)
        # (two weapons joined: "a Russian missile and drone attack")
        rf"(?:[ \-](?:drone|air|naval|military|army|{_aircraft('any', without=('drone',), aircraft=False)}|bombers?|forces|troops|police"
        r"|MQ-\d+|(?:missile|rocket)(?: and(?: (?:drone|missile|rocket|artillery))?)?))*[ \-]?$")
    # ... also the first of several: "The United States, Britain and France fired"
    subject_ok = ~is_group & pl.col("_gap").is_between(0, 80) & gap_text_long.str.contains(
        r"^(?:(?:,| and) (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)* (?:(?:has|have|had|also|reportedly|then|later) )*(?:launch\w*|carr(?:y|ies|ied) out|conduct\w*|fir(?:e|es|ed)|shell\w*|bomb(?:s|ed)?|strikes?|struck|hits?|attack\w*|assassinat\w*|kill\w*|shoots?|shot)(?-u:\b)")
    # "The United States killed ...": a country opening the sentence as the subject of a killing verb
    # ... also opening a reported clause ("Biden said that the United States had killed ...")
    killer = ~is_group & before.str.contains(r"(?:^|(?-u:\b)that )(?:[Tt]he )?$") & after.str.contains(
        r"^ (?:(?:has|have|had|also|reportedly) )*(?:killed|kills|assassinated|bombed|shelled|struck)(?-u:\b)")
    weapons_of = before.str.ends_with("of ") | before.str.ends_with("of the ") | before.str.ends_with("from ") | before.str.ends_with(
        "from the ")
    force_acts = ~is_group & (before.str.contains(_CLAUSE_OPENING) & after.str.contains(_FORCE_ACTS_AFTER) | weapons_of & before.str.contains(
        # ... or as the owner of the weapons acting: "Helicopters and jets of the U.S.-led coalition pounded the village"
        rf"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|and) )(?:(?:the|The) )?(?:[\p{{Ll}}\-]+ )?(?i:{_WEAPON_NOUN})(?: and (?:[\p{{Ll}}\-]+ )?{_WEAPON_NOUN})?"
        r" (?:of|from) (?:the )?$", strict=False) & after.str.contains(
        rf"^ (?:(?:has|have|had|also|reportedly|then|later|again) )*{_VIOLENT_VERB}(?-u:\b)")) & ~hit_themselves
    # the passive told with a state's operation: "is killed in a US special forces raid", "died in an Israeli strike"
    state_operation = ~is_group & guarded(before, [" in a", " in an", " in the", " during "]).str.contains(
        r"(?i:(?-u:\b)(?:killed|wounded|injured|died|dead|hit|struck|destroyed|captured)(?: [\p{L}\-,]+){0,5} (?:in|during)"
        r" (?:an?|the) )$") & after.str.contains(
        r"^(?: (?:special|commando|elite|air|naval|drone|military|forces|army|navy|ground|night-?time|overnight|helicopter))*"
        r" (?:raids?|strikes?|air ?strikes?|operations?|assaults?|bombardment)(?-u:\b)")
    # the other side of a clash the victims died in: "Twenty soldiers were killed in a face-off with Chinese troops"
    clash_with = ~is_group & before.str.contains(
        r"(?-u:\b)(?:killed|died|dead|wounded|injured)(?-u:\b)[^.;]{0,60}(?-u:\b)(?:clash(?:es)?|face-?off|fighting|battle"
        r"|firefight|skirmish(?:es)?|gunfight|confrontation|brawl|exchanges? of (?:gun)?fire|encounter|gun ?battle) with (?:the )?$")
    # the two sides of the fighting the victims died in: "killed in fighting in Khartoum between Sudan's army and the
    # paramilitary Rapid Support Forces" (both named, as the dev set joins them: "X; Y")
    fight_side = (pl.col("actor_kind") != "country") & before.str.contains(_FIGHT_BETWEEN)
    other_side = after.str.extract(_OTHER_SIDE, 1)
    # "a Palestinian gunman", "a Saudi-born militant": a description of the attacker, no perpetrator
    # ... as does a counted people: "Two Palestinians armed with axes attack", "three Afghans opened fire"
    described = pl.col("actor_kind").is_in(["country", "organization"]) & (
        after.str.contains(_ONE_SERVICEMAN) | after.str.contains(_ONE_COMMANDER)) | (
        pl.col("actor_kind") == "country") & (after.str.contains(_DESCRIBED_ATTACKER)
        # (bombers that strike or drop are aircraft: "U.S. bombers and cruise missiles strike Iran's nuclear sites")
        & ~after.str.contains(r"^ (?:[A-Z\d\-]+ |stealth |heavy |strategic )?bombers(?: and [^.;]{0,50}?)? (?:(?:have|had|also) )?(?:strike|struck"
                              r"|bomb|bombed|drop|dropped|hit|pound|pounded|fly|flew|attack|attacked|raid|raided)(?-u:\b)")
        # (one of a people, the noun left out: "A Palestinian stabs a guard", "an Afghan opened fire on shoppers")
        | before.str.contains(r"(?:^|[,;:] |(?-u:\b)(?:when|after|as|that|before|while) )(?:A|An|a|an) $") & after.str.contains(
            r"^ (?:(?:had|has|then|later|allegedly|reportedly) )?(?:stabs|stabbed|shoots|shot|opens fire|opened fire|kills|killed"
            r"|rams|rammed|attacks|attacked|detonates|detonated|blew|blows|throws|threw|hurls|hurled|drives|drove|fires|fired"
            r"|hacks|hacked|slashes|slashed|knifes|knifed|sets off|set off)(?-u:\b)") | (
        pl.col("mention_text").str.contains(r"(?:ians|ans|is|ese|ks|ds|s)$") & before.str.contains(
            r"(?i:(?-u:\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|both|dozens of|hundreds of"
            r"|scores of|group of|number of|band of)(?: [a-z\-]+)? )$")
        # (counted machines are the state's own: "Two Sudanese MiG fighter jets drop bombs")
        & ~after.str.contains(rf"^(?: {_WEAPON_MODIFIER}){{0,3}} (?:{_AIRCRAFT_PLURAL}"
                              r"|bombers|tanks|warships|missiles|rockets)(?-u:\b)")))
    # a state's force acting in someone's report: "U.S. officials say American drones carried out the strike" (the
    # state's own officials: claimed; anyone else's word: accused)
    # ("Pro-Russian separatists say a Ukrainian air force jet fired on")
    reported_force = ~is_group & after.str.contains(_FORCE_ACTS_AFTER) & ~hit_themselves & before.str.contains(
        r"(?i:(?-u:\b)(?:say|says|said|confirm(?:s|ed)?|acknowledg(?:e|es|ed)|announc(?:e|es|ed)|admit(?:s|ted)?))"
        # ("Kyrgyzstan said on Saturday that Tajik border guards had fired")
        r"(?: (?:on|late on|early on) \p{Lu}\p{Ll}+)? (?:that )?"
        r"(?:the |an? )?$")
    reported_force = reported_force | struck_reported
    country_of = pl.col("actor_key").str.extract(r":([A-Z]{3})(?::|$)", 1)
    own_speakers = candidates.select("article_id", "sentence_index", pl.col("start").alias("_speaker_start"),
                                     country_of.alias("_code")).drop_nulls("_code")
    # (a state's act the state itself tells: claimed)
    state_voice = candidates.with_row_index("_row").with_columns(_code=country_of).join(
        state_speakers, on=["article_id", "sentence_index", "_code"]).filter(
        # (or telling it last: "Israeli jets strike a depot near Damascus, the Israeli military says")
        (pl.col("_speaker_start") < pl.col("start")) | (pl.col("_speaker_start") > pl.col("start")) & pl.col("text").str.slice(
            # (after a semicolon or "and" too: "...; the Pentagon says", "..., and President X says")
            (pl.col("_speaker_start") - 10).clip(0), pl.col("_speaker_start").clip(0, 10)).str.contains(r"[,;] (?:and )?(?:the )?$"))["_row"]
    candidates = candidates.with_row_index("_row").with_columns(_code=country_of)
    own_voice = candidates.join(own_speakers, on=["article_id", "sentence_index", "_code"]).filter(
        pl.col("_speaker_start") < pl.col("start"))["_row"]
    candidates = candidates.filter(~described).with_columns(
        status=pl.coalesce("_preset", status, pl.when(reported_force & pl.col("_row").is_in(own_voice.implode())).then(pl.lit("claimed"))
                           .when(reported_force & pl.col("_orphan")).then(pl.lit("accused"))
                           # ("... is killed in a raid by U.S. special forces ..., President X announces")
                           .when(((adjacent_ok | subject_ok | killer) & ~hit_themselves | force_acts | state_operation | struck_by_force
                                  | state_weapon_prep)
                                 & pl.col("_row").is_in(state_voice.implode())).then(pl.lit("claimed"))
                           # anyone else's word: "U.S. officials say Egypt and the UAE secretly launched airstrikes"
                           .when(reported_force).then(pl.lit("accused")),
                           pl.when((adjacent_ok | subject_ok | killer) & ~hit_themselves | force_acts | clash_with | fight_side
                                   | struck_by_force | state_operation | state_weapon_prep)
                           .then(pl.lit("stated"))),
        mention_text=pl.when(fight_side & other_side.is_not_null()).then(pl.col("mention_text") + "; " + other_side)
        .otherwise(pl.col("mention_text")),
    ).drop("_row", "_code").filter(pl.col("status").is_not_null(),
             # "No group claimed the attack, but X and Y operate in the area": named, not said to have done it
             ~(pl.col("status").str.starts_with("stated") & pl.col("text").str.contains(_NO_CLAIM)),
             # a sentence with no event word of its own gives only a claim, a blame or a suspicion
             # (or a person the police arrest or name: "... killing six people. Police arrested X, 22, at the scene.")
             ~pl.col("_orphan") | pl.col("status").is_in(["claimed", "accused", "suspected"])
             # (or a source's word that someone did the act told before: "The Malian army carried out the strikes,
             # according to Amnesty International.")
             | pl.col("status").str.starts_with("stated") & pl.col("text").str.slice(pl.col("end"), 120).str.contains(
                 r"^ (?:(?:had|has|have) )?(?:carried|carries) out (?:the|these|those|both|this|that) (?:[a-z\-]+ )?(?:air ?strikes?"
                 r"|strikes?|attacks?|raids?|bombings?|bombardment|shelling|killings?|massacre|ambush)(?: [^.;,]{0,30})?, according to(?-u:\b)")
             | (pl.col("actor_kind") == "person") & pl.col("_preset").is_not_null(),
             ~pl.col("_claim_only").fill_null(False) | (pl.col("status") == "claimed")
             # ... or one accused of the act the excluded word tells: "Kyiv accuses Russian-backed separatists of shelling
             # residential districts" (after the shelling told before)
             | pl.col("status").is_in(["accused", "suspected"]) & after.str.contains(r"^(?: [\p{L}\-]+){0,2} (?:of|for) \p{Ll}"))
    candidates = pl.concat([candidates.with_columns(_far=pl.lit(False)), _serving_earlier(candidates, incidents)])
    rank = pl.col("status").replace_strict(
        {"claimed": 0, "accused": 1, "suspected": 2, "stated": 3, "stated_weak": 4}, return_dtype=pl.Int32)
    # at equal strength an armed group before a country or an organisation: "US officials had informed ... that
    # Iran-backed militias were planning" reports both, and the militias are who it is about
    # a named group before an unnamed one ("the Iran-backed militia Kataib Hezbollah")
    unnamed = pl.col("actor_key").str.starts_with("armed_group:pro-").fill_null(False) | pl.col("_band").fill_null(False)
    ranked = candidates.with_columns(_rank=rank, _not_group=~is_group, _unnamed=unnamed, _who=pl.coalesce(
        country_of, pl.col("actor_key"), pl.col("mention_text").str.to_lowercase()))
    # the same actor claimed, blamed or suspected in a later sentence gives its status to the doer as the incident's
    # own sentence names it: "Egyptian warplanes bomb Islamic State targets in Derna ... Egypt's army says the strikes
    # hit training camps" (Egyptian, claimed)
    ranked = ranked.with_columns(_strongest=pl.col("_rank").min().over("_iid", "_who"))
    # a named group blamed, claimed or suspected after the act outranks a band the act's sentence only describes:
    # "Kurdish rebels ambush a convoy ... Ankara blames the PKK and launches air strikes" (the PKK, accused)
    described_doer = (~pl.col("_far") & pl.col("_band").fill_null(False) & pl.col("status").str.starts_with("stated")).any().over("_iid")
    named_blame = pl.col("_far") & is_group & ~pl.col("_band").fill_null(False) & (pl.col("_rank") <= 2)
    ranked = ranked.with_columns(_far=pl.col("_far") & ~(described_doer & named_blame))
    # the side that struck first in a cause clause is the doer only where no one else is: "Turkish warplanes bombed
    # Kurdish targets after the PKK killed 13 soldiers" (Turkish); "Protests erupt after the PKK killed 13 soldiers" (PKK)
    ranked = ranked.with_columns(_cause=before.str.contains(r"(?-u:\b)after (?:the |an? )?$") & after.str.contains(
        rf"^(?: [\p{{L}}\-]+){{0,2}}? (?:(?:had|has|have) )?{_VIOLENT_VERB}(?-u:\b)"))
    # two sides blaming two others, each with its own verb: the first named ("church leaders accuse X, while the military
    # blames Y", "Ukraine blames Russia; Russian-installed officials blame Ukrainian forces"), not the named group or the
    # armed band the ties below prefer (one verb naming two keeps them: "blamed the Iran-backed militia Kataib Hezbollah")
    blame_at = pl.when(pl.col("status") == "accused").then(
        guarded(before.str.tail(120), ["accus", "blam"]).str.extract(r"^(?s:(.*))(?i:accus|blam)", 1).str.len_chars()
        + pl.col("_before").str.len_chars() - pl.col("_before").str.tail(120).str.len_chars())
    ranked = ranked.with_columns(_blame_at=blame_at).with_columns(
        _blames=pl.struct("sentence_index", "_blame_at").filter(pl.col("_blame_at").is_not_null()).n_unique().over(
            "_iid", "_far", "_rank"))
    ranked = ranked.with_columns(_blame_order=pl.when(pl.col("_blames") >= 2).then(
        pl.col("sentence_index").cast(pl.Int64) * 100_000 + pl.col("_blame_at")).otherwise(pl.lit(0, pl.Int64)))
    # the agent of the passive that tells the harm, at equal strength, before a side named elsewhere in the sentence: "A
    # woman is killed by Israeli shellfire as Israeli troops and Hamas gunmen trade fire" (Israeli)
    ranked = ranked.with_columns(_not_agent=~guarded(before.str.tail(60), [" by "]).str.contains(
        r"(?-u:\b)(?:killed|wounded|injured|hit|struck|shot|destroyed|damaged)(?: [^.;,]{0,30}?)? by (?:an? |the )?$"))
    best = ranked.sort("_far", "_cause", "_strongest", "_orphan", "_rank", "_blame_order", "_not_agent", "_not_group", "_unnamed", "start", "end",
                       "actor_key", nulls_last=True).unique("_iid", keep="first")
    status_of = {0: "claimed", 1: "accused", 2: "suspected", 3: "stated", 4: "stated_weak"}
    # (a claim only: "When the text both states and a claim follows, claimed wins" (set B); a later suspicion of a
    # doer the sentence states leaves it stated)
    best = best.with_columns(
        status=pl.when((pl.col("_strongest") < pl.col("_rank")) & (pl.col("_strongest") == 0))
        .then(pl.col("_strongest").replace_strict(status_of, return_dtype=pl.String)).otherwise(pl.col("status")))
    # the subject that opens a sentence does the acts its participles tell, each read as an incident of its own: "X rebels
    # overran a camp, shooting and hacking to death 22 civilians" (the shooting is the rebels' too)
    # (stated only; no semicolon, no other clause's subject, and no other event's own doer between)
    told = incidents.filter(pl.col("status") == "occurred").select("_iid", "article_id", "sentence_index", pl.col("trigger_start").alias("_t"))
    def _one_clause(to: str) -> pl.Expr:
        return (pl.col(to) > pl.col("end")) & ~pl.col("text").str.slice(pl.col("end"), (pl.col(to) - pl.col("end")).clip(0)).str.contains(
            r"[;:—–(]|(?-u:\b)(?:while|whereas|when|after|before|as|but|and (?:then |later )?(?:a|an|the|two|three|\d+|\p{Lu}\p{L}*)"
            r"(?: [\p{L}\-]+)? (?:(?:was|were|is|are) )?\p{Ll}+(?:ed|s)|separately|elsewhere|another|other)(?-u:\b)")
    # (the doer stands before its own event word too, in the same clause)
    doers = best.filter(pl.col("status").str.starts_with("stated"), ~pl.col("_far"), ~pl.col("_orphan")).join(
        told.select("_iid", "article_id", "sentence_index", pl.col("_t").alias("_own_start")),
        on=["_iid", "article_id", "sentence_index"]).filter(_one_clause("_own_start")).drop("_own_start")
    shared = doers.drop("_iid").join(told.join(best.select("_iid"), on="_iid", how="anti"),
                                     on=["article_id", "sentence_index"]).filter(_one_clause("_t"))
    shared = shared.sort("_iid", "start").unique("_iid", keep="first").select(best.columns)
    best = pl.concat([best, shared])
    return best.select(
        "_iid", pl.col("mention_text").alias("perpetrator_name"),
        pl.col("actor_key").alias("perpetrator_actor_key"),
        pl.col("status").str.replace("stated_weak", "stated").alias("perpetrator_status"),
    )


# the words a sentence with no event word of its own needs to tell who did an incident told before it
_CUES_ALONE = ["claim", "said", "says", "say ", "admit", "speaking for", "acknowledg", "announc", "confirm", "blam", "accus", "suspect",
               "believ", "behind", "responsib", "probabl", "likely", "hallmark", "arrest", "detain", "identif", "named",
               "charged", "charge ", "charges ", "video", "footage", "involve", "signed by", "pinned", "attribut", "culprit", "perpetrator",
               "finger at", " link", "appeared to", "belong", "investigation", "inquiry", " tells ", " told ",
               # ("The government calls it a coup attempt by renegade officers.")
               " calls it", " called it", "describe", " brand",
               # ("X later left a note demanding the release of prisoners": a captor's terms)
               " demanding", " in exchange for ",
               # ("Ukrainian officials call it an act of terrorism and point to Russia", "the work of X")
               " call it", "point to", "points to", "pointed to",
               # ("The Islamic State's Amaq agency calls them its soldiers")
               " calls them", " called them", "one of its", "markings",
               # ("The Malian army carried out the strikes, according to Amnesty International.")
               "according to"]
# (digits inside a word or after the name belong to it: "Ansar Bangla-7", "Jund al-Tawhid 313", "November 17"; an
# acronym in brackets too: "(DHKP-C)")
# the small words a group's name may hold between its capitalised words ("Familia do Norte", "Army of the Righteous")
_NAME_PARTICLES = "of|of the|de|la|wa|and|for|for the|do|da|dos|das|del"


def _group_name(particles: str) -> str:
    return (r"(?:\d+ )?(?:(?:al|an|ar|as|el)-)?\p{Lu}[\p{L}'’\-]*(?: (?:(?:al|an|ar|as|el|wal|ul|ut|ud|un|ad|ash|at|az|ur|us)-"
            rf"|(?:{particles}) )?"
            r"\p{Lu}[\p{L}\d'’\-]*){0,5}(?: \d{1,3}(?-u:\b))?(?: \(\p{Lu}[\p{L}\d\-]*\))?")


_GROUP_NAME = _group_name(_NAME_PARTICLES)
# each word list once: the regex alternation, and the literals a sentence needs before the regex is tried
_GROUP_NOUNS = ["group", "militia", "movement", "network", "organisation", "organization", "faction", "outfit", "cartel",
                "gang", "clan", "mafia", "syndicate"]
_GROUP_NOUN = "(?:" + "|".join(_GROUP_NOUNS) + ")"
_ATTACKER_NOUN = (r"(?:officer|sergeant|soldier|gunman|man|woman|student|teenager|militant|attacker|assailant|policeman"
                  r"|guard|veteran|driver|commander|leader|chief|cleric)")
# a group noun that says the group is armed: "the jihadist group X", "the X armed group", "the X drug cartel"
# ("the November 17 urban guerrilla group", "the Zetas drug cartel")
_ARMED_NOUN = (r"(?:(?:[\p{Ll}\-]+ )?(?:armed|militant|rebel|jihadist|Islamist|terrorist|extremist|insurgent|separatist|paramilitary"
               r"|guerrilla|drug|criminal|Maoist) (?:[\p{Ll}\-]+ )?(?:group|movement|network|organi[sz]ation|faction|outfit|cell"
               r"|cartel|gang|militia)|(?:(?:drug|crime|criminal) )?(?:militia|cartel|gang|clan|mafia|syndicate))")
_ARMED_WORDS = ["armed", "militant", "rebel", "jihadist", "islamist", "terrorist", "extremist", "insurgent", "separatist",
                "paramilitary", "guerrilla", "drug", "criminal", "maoist", "militia", "cartel", "gang", "clan", "mafia",
                "syndicate"]
# (pattern, preset status, words a sentence needs for the pattern to be tried: a cheap filter before the regex; a
# tuple of word lists needs a word of each): the
# preset is the status of a person named by these words; groups take the status of their context
_HEADED_GROUP = (r"(?:\p{Lu}[\p{L}'’\-]* ){1,4}(?:Army|Front|Brigades?|Battalions?|Movement|Mujahideen|Tigers)"
                 r"(?: of (?:the )?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?)?")
# plural nouns for an armed band, and the words that make such a band a named one ("government forces",
# "Iran-backed militant groups", "pro-government militiamen")
_FIGHTERS = (r"(?:forces|troops|militias?|militiamen|militants|groups|rebels|fighters|insurgents|separatists|soldiers"
             r"|jihadists|extremists|paramilitaries|loyalists|republicans|dissidents|gunmen|guerrillas)")
# ("Russian officials blame Chechen separatists", "Police suspect dissident Irish republicans")
_BAND_DESCRIPTOR = (r"(?:(?:dissident|breakaway|renegade|rogue) )?(?:(?:pro-|anti-)?(?:government|regime)|security|army|state|rebel|opposition|militant|Islamist"
                    r"|separatist|secessionist|nationalist|communist|royalist|tribal|ethnic"
                    # (a language community, written in either case: "Police blamed anglophone separatists")
                    r"|(?i:anglophone|francophone)"
                    # ("Police suspect dissident republicans", "blamed loyalist paramilitaries")
                    r"|dissident|breakaway|renegade|rogue|loyalist|republican"
                    # ("Investigators suspect anarchist militants", "suspected leftist rebels were behind it")
                    r"|anarchist|leftist|rightist|left-wing|right-wing|far-left|far-right|Marxist|neo-Nazi|Maoist"
                    r"|jihadist|\p{Lu}[\p{L}]*-(?:backed|sponsored|aligned|linked|allied|based)|(?:pro|anti)-\p{Lu}[\p{L}]+|\p{Lu}\p{Ll}+"
                    # a movement's acronym: "blame UNITA rebels", "the LURD rebels"
                    r"|\p{Lu}{2,}[\p{Lu}\d\-]*)")
_REBEL_NOUNS = ["rebels", "insurgents", "militants", "fighters", "separatists", "guerrillas", "militiamen", "militias", "dissidents",
                "jihadists", "Islamists", "paramilitaries", "herdsmen", "tribesmen", "bandits", "pirates", "settlers",
                "nationalists", "anarchists"]
_REBELS = "(?:" + "|".join(_REBEL_NOUNS) + ")"
_REBEL_WORDS = [noun.lower() for noun in _REBEL_NOUNS]
# (the patterns whose matches are filtered further in _named_in_text)
# ("blame UNITA rebels for Friday's attack": the band's noun is part of the name)
_BLAMED_FOR = (rf"(?i:blam|accus)[a-z]* (?:the )?(?:[\p{{Ll}}\-]+ ){{0,2}}(?P<name>{_GROUP_NAME}(?: {_REBELS})?)"
               r" (?:for|of)(?-u:\b)")
_PERSON_ACTS = (rf"^(?P<name>{PERSON_NAME}), (?:an?|the) [^;]{{0,150}}?, (?:[\p{{Ll}}]+ (?:[\p{{L}}\-]+ ){{0,6}}and )?"
                r"(?:shoots?|shot|kills?|killed|stabs?|stabbed|opens? fire|opened fire|detonates?|detonated|sets? off|set off|rams?"
                r"|rammed|drives?|drove|attacks?|attacked)(?-u:\b)")
# a named person opening the sentence or a clause as the subject of a killing: "X shoots dead his former wife", "X, 28,
# shot dead two policemen" (the past tense with its object only: "X shot dead in Kabul" is the victim)
_NAMED_PERSON_KILLS = (rf"(?:^|[;:] |(?-u:\b)(?:after|when|before|then) )(?P<name>{PERSON_NAME})(?:, \d{{1,2}},)?"
                       r" (?:(?:then|later|allegedly|reportedly|first) )?(?:(?:shoots|stabs|kills|guns down|hacks|bludgeons)(?: dead| to death)?"
                       r"|opens fire|opened fire|(?:shot|stabbed|killed|gunned down|hacked)(?: dead| to death)? (?:his|her|their|an?|the|two|three"
                       r"|four|five|six|seven|eight|nine|ten|\d+|at least|several|dozens))(?-u:\b)")
_HIT_BY_PERSON = (r"(?i:shot|killed|stabbed|assassinated|murdered|gunned down|attacked|kidnapped|abducted)(?: [^.;,]{0,60}?)? by "
                  rf"(?P<name>{PERSON_NAME})")
# ... "Jund al-Khilafah, an Algerian group that has pledged allegiance to the Islamic State, releases a video"
_NAME_THEN_GROUP = (rf"(?P<name>{_GROUP_NAME}), (?:an?|the) (?:[\p{{L}}\-]+ ){{0,3}}{_GROUP_NOUN}"
                    r"(?:,| (?:that|which|linked|loyal|allied|affiliated|based|active|fighting|known|blamed)(?-u:\b))")
_GROUP_NOUN_ENDS = [",", " that", " which", " linked", " loyal", " allied", " affiliated", " based", " active", " fighting",
                    " known", " blamed"]
# a band said to be behind it, in a reported clause: "Putin said Chechen rebels were behind the attack", "Police said
# dissident republicans opposed to the peace process were believed to be responsible", "... were the main line of
# inquiry" (the words after it give the status: believed, thought, suspected, a line of inquiry -> suspected)
_BAND_NAME = (rf"(?:(?:(?:dissident|breakaway|renegade|rogue|hardline|radical) )(?:{_BAND_DESCRIPTOR} ){{0,2}}"
              rf"|(?:{_BAND_DESCRIPTOR} ){{1,2}})(?:[\p{{Ll}}\-]+ )?{_FIGHTERS}")
_BAND_BEHIND = (rf"(?P<name>{_BAND_NAME})(?: [^.;,]{{0,60}}?)? (?:was|were|is|are|had been|have been)"
                r"(?: (?:widely |also |now |most |very )?(?:believed|thought|suspected|said|likely|probably))?(?: to (?:be|have been))?"
                r" (?:behind|responsible|to blame|the (?:most )?(?:main|prime|chief|leading|principal|only|likely|probable|possible)"
                r" (?:line of (?:inquiry|investigation)|suspects?|culprits?|perpetrators?)"
                # ("Palestinian militants were believed to have launched them")
                r"|to have (?:launched|fired|planted|carried out|set off|staged|detonated|attacked))")
# ... or believed to have done it, told after the belief: "They believe separatist rebels planted it", "Police suspect
# Maoist guerrillas had laid the mine"
_BELIEVED_BAND = (rf"(?i:believes?|believed|suspects?|suspected|thinks?|thought)(?: that)? (?P<name>{_BAND_NAME})"
                  r" (?:(?:had|have|may have|might have|probably|likely) )*(?:planted|carried out|detonated|set off|staged|laid"
                  r"|launched|fired)(?-u:\b)")
# ... or suspected or blamed in the passive: "Kurdish rebels are suspected.", "Baloch separatists were blamed for it"
_BAND_PASSIVE = (rf"(?P<name>{_BAND_NAME}) (?:was|were|is|are|have been|has been|had been) (?:\p{{Ll}}+ly )?"
                 r"(?:suspected|blamed|accused)(?: of| for|[.,;]|$)")
_OFFICE_OF_STATE = (r"^\p{Lu}[\p{L}\-]+(?:'s|’s) (?:President|Prime|Minister|King|Queen|Prince|Foreign|Defen[cs]e|Interior"
                    r"|Supreme|Crown|Chief|General|Gen)(?-u:\b)")
_AGENCY_WORD = r"(?:agency|service|force|forces|corps|guards?|brigades?|unit|police|militia|squad|directorate|command)"
_STATE_AGENCY = (r"(?P<name>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?(?:'s|’s)(?: \p{Lu}[\p{L}\-]*){1,4})"
                 rf"(?: (?:[a-z\-]+ )?{_AGENCY_WORD}(?-u:\b))?")
# a name of its own the dictionary lacks, as the subject of a claim (kept where the words after it claim the act, see
# _named_in_text): "The Movement for Oneness and Jihad in West Africa (MUJAO) says it carried out both attacks", "A
# militant Kurdish group, the Kurdistan Freedom Falcons, later said it had planted the device", "The far-left
# Revolutionary People's Liberation Party-Front (DHKP-C) says it was behind"
_CLAIMANT_NAME = _group_name(_NAME_PARTICLES + "|in|in the")
# (an apposition may stand between: "The Kurdistan Freedom Falcons, an offshoot of the PKK, claimed the bombing")
_CLAIMANT_APPOSITION = r"^,? (?:an?|the|its) [^,;.]{3,60},"
_SUBJECT_CLAIMANT = (rf"(?P<name>{_CLAIMANT_NAME}),?(?: (?:an?|the|its) [^,;.]{{3,60}},)?(?: (?:has|have|had|later|also|jointly|then|itself|[a-z]{{2,}}ly))*"
                     r" (?:said|says|say|claimed|claims|claim|admitted|admits|acknowledged|acknowledges|announced|announces"
                     # (a captor's terms: see _CLAIM_WORDS_AFTER)
                     r"|left|sent|issued|delivered|released|demands|demanded)(?-u:\b)")
# what the claimant's words must say: it did it ("says it carried out", "said they were behind") or it claims the act
# (the object an act: "claims the killing", "claims Thursday's suicide car bombing"; not "claimed the tax credit",
# "the war claimed the lives of")
_CLAIM_WORDS_AFTER = (r"^,?(?: (?:has|have|had|later|also|jointly|then|itself|[a-z]{2,}ly))* (?:(?:claim(?:s|ed)?|admit(?:s|ted)?)"
                      # ("Al-Shabaab quickly claims it.")
                      r" (?:it|them)(?:[.;]|$| (?:on|in|within|hours|late|early|through|via)(?-u:\b))"
                      r"|(?:claim(?:s|ed)?|admit(?:s|ted)?)"
                      r" (?:responsibility|credit|(?:the|an?|its|their|both|two|three|last|yesterday's|\p{Lu}\p{Ll}+day's)"
                      r"(?: [\p{L}\-]+){0,3}? (?:attacks?|bombings?|killings?|murders?|assassinations?|abductions?|kidnappings?"
                      r"|blasts?|explosions?|strikes?|raids?|ambush(?:es)?|shootings?|massacres?|beheadings?|hijackings?|assaults?)"
                      # "admitted carrying out the ambush", "took responsibility for"
                      r"|(?:to )?(?:carrying out|being behind|planting|staging|launching|kidnapping|killing))"
                      r"|t[oa]ok(?:en)? (?:full )?(?:responsibility|credit))(?-u:\b)")
# a captor's terms, a claim of the capture: "X later left a note demanding the release of prisoners", "X demands the
# release of ten prisoners in exchange for him" (not "X demands the release of prisoners held by Israel": no captive)
_CAPTOR_TERMS_AFTER = (r"^,?(?: (?:has|have|had|later|also|then|[a-z]{2,}ly))* (?:(?:left|sent|issued|delivered|released)"
                       r" (?:an? |the )?(?:[\p{Ll}\-]+ )?(?:note|message|letter|communiqu[eé])s? demanding"
                       r"|demand(?:s|ed)? [^.;]{3,80}? in exchange for (?:him|her|them|the (?:[\p{Ll}\-]+ )?(?:hostages?|captives?"
                       r"|diplomats?|ambassador|consul|envoy|engineers?|workers?|men|women|children|passengers)))(?-u:\b)")
# (literal prefilters of two session-19 readings: "a patrol of French soldiers came under fire", "say the drones were
# Turkish")
_HIT_UNIT_WORDS = [f"{unit} of " for unit in ("patrol", "patrols", "convoy", "convoys", "column", "unit", "units", "team",
                                               "detachment", "squad", "platoon")]
_WEAPONS_WERE_WORDS = [f"{weapon} {verb} " for weapon in (*AIRCRAFT_WORDS, *(f"{word}s" for word in AIRCRAFT_WORDS), "aircraft",
                                                         "missile", "missiles", "rocket", "rockets")
                       for verb in ("were", "was", "are", "is")]
# a group naming whom it meant to hit claims the act: "A Tehreek-e-Taliban faction said the target was X"
_NAMES_ITS_TARGET = (r"^(?: (?:faction|wing|cell|commander|spokes(?:man|woman|person)))? (?:said|says|say)(?: that)? (?:the|its|their)"
                     r" (?:intended |real |main )?targets? (?:was|were|had been|is|are)(?-u:\b)")
# a body of a state or an office speaking, or a common word opening the sentence, is no claimant read from context
_NOT_A_CLAIMANT = (r"(?-u:\b)(?:Ministry|Ministries|Department|Office|Police|Government|Council|Embassy|Pentagon|Kremlin|House"
                   r"|Spokes\w+|Secretary|Agency|Service|Authorit\w+|Officials?|Prosecutors?|Court|Committee|Commission|Mission"
                   r"|Observatory|News|Agence|Press|Times|Post|Television|TV|Radio)(?-u:\b)"
                   r"|^(?:President|Prime|Minister|King|Queen|Prince|Mr|Mrs|Ms|Dr|General|Gen|Sheikh|Foreign|Defen[cs]e|Interior"
                   r"|State|Western|Witnesses|Residents|Investigators|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)")
# an organisation speaks for a cause ("the World Health Organization says"), unless its name tells an armed struggle:
# "The Revolutionary Justice Organization said it was holding him", "the Secret Army Organisation"
def _civil_organization(name: pl.Expr) -> pl.Expr:
    return name.str.contains(r"(?-u:\b)Organi[sz]ation(?-u:\b)") & ~name.str.contains(
        r"(?-u:\b)(?:Revolutionary|Revolution|Liberation|Resistance|Jihad|Armed|Army|Struggle|Fighting|Combat|Vengeance|Revenge"
        r"|Martyrs?|Mujahideen|Guerrilla|Secret)(?-u:\b)")
_CLAIMED_BY_BEFORE = (r"(?i:(?-u:\b)(?:(?:attacks?|bombings?|killings?|blasts?|explosions?|strikes?|shootings?|was|were|been)"
                      r" claimed|(?:message|note|letter|statement|banner|video|leaflet)s? [^.;]{0,40}?signed) by (?:the )?"
                      r"(?:[\p{Ll}\-]+ ){0,2})$"
                      # what was left at the scene says whose work it was: "Leaflets scattered at the scene say the blast
                      # was the work of X", "a note left by the bomb said it was planted by X"
                      r"|(?i:(?-u:\b)(?:leaflets?|pamphlets?|flyers?|notes?|messages?|letters?|banners?|graffiti)(?-u:\b)[^.;]{0,60}?"
                      r" (?:say|says|said|read|reads|claim|claims|claimed|declared?)(?-u:\b)[^.;]{0,50}?(?-u:\b)(?:the (?:work|handiwork) of"
                      r"|(?:carried out|planted|set off|done) by|in the name of) (?:the )?(?:[\p{Ll}\-]+ ){0,2})$"
                      # a warning or a call in its name: "after a caller speaking for ETA warned of the bomb", "an
                      # anonymous call on behalf of the Real IRA"
                      r"|(?i:(?-u:\b)(?:callers?|calls?|warnings?|messages?|statements?|letters?)(?: [a-z\-]+)? (?:speaking for|speaking on behalf of"
                      r"|on behalf of|in the name of|claiming to (?:be from|represent|speak for)|purporting to (?:be from|come from)"
                      r"|using (?:a |the )?(?:recognised |recognized )?code ?word (?:of|used by)) (?:the )?(?:[\p{Ll}\-]+ ){0,3})$")
# a group someone says or believes did it, right after the verb: "Police say the Red Hand Defenders planted the bomb",
# "Investigators believe the Sons of Freedom carried out the attack"
# (a description may stand before the name: "Police say the Basque group ETA phoned in a warning")
_SAID_SUBJECT_BEFORE = (r"(?i:(?-u:\b)(?:said|says|say|told reporters|alleged|alleges|allege)(?: that)? (?:the |an? )?"
                        r"(?:[a-z\-]+ (?:separatist |militant |rebel |armed |jihadist )?(?:group|movement|organi[sz]ation|militia) )?)$")
# ("President X says soldiers loyal to Y attempted a coup")
# ("Authorities said the X dissidents had been planning to attack the station": its men, and the attack they meant)
_ACTS_AFTER = (r"^(?: (?:dissidents|militants|fighters|rebels|guerrillas|insurgents|members|gunmen))?"
               r" (?:had been|have been|has been|were|was) planning (?:to (?:attack|bomb|blow up|strike)|an? (?:attack|bombing))"
               r"|^(?: (?:had|has|have|may have|might have|probably|likely|\p{Ll}+ly))* (?:planted|carried out|detonated|set off"
               # ("Russian officials say a Ukrainian sabotage group crossed into the region and fired on a car")
               r"|crossed into|infiltrated|opened fire"
               # (a warning called in before a blast is the bombers': "Police say ETA phoned in a warning")
               r"|(?:tele)?phoned in|called in|gave (?:an? |the )?(?:[a-z]+ )?warning"
               r"|attempted|staged|launched|attacked|stormed|ambushed|abducted|kidnapped|shelled|fired"
               r"|(?:was|were|is|are) (?:\p{Ll}+ly )?(?:behind|responsible))(?-u:\b)")
_BELIEVED_SUBJECT = (rf"(?i:believes?|believed|suspects?|suspected|think|thinks|thought|say|says|said|told reporters)(?: that)?"
                     rf" (?:the )?(?P<name>{_GROUP_NAME})(?: (?:had|has|have|may have|might have|probably|likely|\p{{Ll}}+ly))*"
                     # ("suspected the X had ordered the blasts")
                     r" (?:planted|carried out|detonated|set off|(?:ordered|organi[sz]ed|masterminded|planned) (?:the |this |that |these |those |its |their )(?:[\p{Ll}\-]+ )?(?:attacks?|bombings?|killings?"
                     r"|murders?|strikes?|shootings?|massacres?|assassinations?|explosions?|blasts?|abductions?|kidnappings?|raids?|ambush(?:es)?)"
                     r"|(?:was|were|is|are) (?:\p{Ll}+ly )?(?:behind|responsible)"
                     # (for an act, or nothing more: not "responsible for the continued use of Title 42")
                     r"(?: (?:for )?(?:the |this |that |its |their |\p{Lu}\p{Ll}+'s )?(?:[\p{Ll}\-]+ )?(?:attacks?|bombings?|killings?"
                     r"|deaths?|murders?|strikes?|shootings?|massacres?|assassinations?|explosions?|blasts?|abductions?|kidnappings?"
                     r"|raids?|ambush(?:es)?|it|them)|[.,;]|$))(?-u:\b)")
# a name after the words that pin the act on it: "blamed the attack on the X", "bore the hallmarks of the X",
# "Responsibility was claimed by the X", "a message signed by the X"
_PINNED_ON_NAME = (r"(?i:(?:bore|bears|bear|had|has|have|carried|carries|showed|shows) (?:all )?the hallmarks? of"
                   r"|blamed (?:it |the [a-z]+ )?on|pinned (?:it |the [a-z]+ )?on|attributed (?:it |the [a-z]+ )?to"
                   r"|suspicion (?:fell|falls|rests|rested|centred|centered|focused) on|(?:was|were|been) claimed by"
                   r"|(?:message|note|letter|statement|banner|video|leaflet|communiqu[eé])s? [^.;]{0,40}?signed by)"
                   # (a people's word before the description is no name: "the Basque separatist group ETA")
                   rf" (?:the )?(?:\p{{Lu}}\p{{Ll}}+ (?:[\p{{Ll}}\-]+ ){{1,2}}|(?:[\p{{Ll}}\-]+ ){{0,2}})(?P<name>{_GROUP_NAME}(?: {_REBELS})?)")
# a named person charged: "A 28-year-old man, X, appeared in court charged with murder", "X, 34, has been charged with"
# (ASCII words between: a Unicode class with a bounded repeat compiles ~10 times slower)
# (of a violent act: not "accused of discriminating", "charged with bribery", "charged with issuing recommendations")
_VIOLENT_CHARGE = (r"(?-u:(?:[a-z0-9\-]+,? ){0,4}?(?:murder|kill|attack|bomb|shoot|shot|open|fire|firing|stab|plant|carr|detonat"
                   r"|set|terror|manslaughter|kidnap|abduct|assassinat|massacre|ram|driv|hijack|arson|rap(?:e|ing)|assault|beat))")
# (another deed of the same subject may stand between: "X, a man already wanted over two killings, handed himself in at a
# police station and is suspected of the attack")
_PERSON_CHARGED = (rf"(?P<name>{PERSON_NAME})(?:, [^;.]{{0,60}}?,)?,?(?: [a-z][^;.,]{{0,60}}? and)? (?:(?:(?:(?:is|was|are|were|has been|had been) (?:\p{{Ll}}+ly )?"
                   rf"(?:suspected|accused) of|(?:(?:is|was|are|were|has been|had been|been) |appeared in court "
                   rf"(?-u:(?:[a-z0-9]+ |[A-Z][a-z]+day ){{0,3}}))charged with) {_VIOLENT_CHARGE})"
                   # (not "is believed to have been killed by X": the victim)
                   r"|(?:is|was|are|were) (?:\p{Ll}+ly )?(?:believed|thought|suspected) to have (?:planted|carried|opened|fired|shot"
                   r"|set|detonated|killed|attacked|stabbed|driven|kidnapped|abducted|murdered|bombed|ordered)(?-u:\b))")
_SUSPICION_WORDS = r"(?-u:\b)(?:believed|thought|suspected|likely|probably|line of|suspects?)(?-u:\b)"
# a name with two or more capitalised words someone blames or suspects, after its descriptions: "Israel blames the
# Gaza-based Popular Resistance Committees", "Police suspect the outlawed breakaway Communist Party of Nepal led by X"
_BLAMED_PROPER_NAME = (
    r"(?i:blam|accus|suspect)[a-z]* (?:the )?(?:(?:outlawed|banned|little-known|shadowy|breakaway|underground|rival"
    r"|militant|radical|armed|extremist|Islamist|jihadist|separatist|\p{Ll}+(?:ed|ist|ic|al|ous|ian|ese|ive)"
    # ("blames the anti-government Red Shirts")
    r"|(?:anti|pro)-\p{Ll}+"
    # ("blamed the far-left X", "the right-wing X")
    r"|(?:far|ultra|extreme)-(?:left|right)|(?:left|right)-wing"
    r"|\p{Lu}[\p{L}]*-(?:based|backed|linked|aligned|allied|sponsored)) ){0,3}"
    # (a state before it is the group's base: "blamed Algeria's Salafist Group for Preaching and Combat")
    r"(?:\p{Lu}[\p{L}\-]+(?:'s|’s) )?"
    # (a Spanish or Portuguese particle inside: "Vanguardia Organizada del Pueblo", "Frente de Libertação")
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?: (?:of (?:the )?|for (?:the )?|and |(?:de|del|de la|do|da|dos|das) )?\p{Lu}[\p{L}'’\-]*){1,5}"
    # (or one acronym: "Opposition parties accused the MQM.")
    r"|\p{Lu}{2,6}(?-u:\b))")
# a name of one word someone blames, said by an apposition to be an armed body: "Police blame the X, a Christian
# militia", "blamed Y, the armed wing of the Z" (no "of" before the noun: "blamed Smith, a member of the gang" is a person)
_BLAMED_APPOSED_GROUP = (r"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>\p{Lu}[\p{L}'’\-]+), (?:an?|the) (?:(?:\p{Lu}[\p{L}\-]*|[\p{Ll}\-]{3,}) ){0,3}?"
                         rf"(?:{_GROUP_NOUN}|(?:armed|military|guerrilla|militant|paramilitary) (?:wing|arm))(?-u:\b)")
# a band named by its creed alone, where someone blames or suspects it: "Police blame anarchists", "Police suspect
# neo-Nazis" (a creed names a movement as a people does; "militants", "gunmen" name none: _GENERIC_BAND)
_CREED_BANDS = ["anarchists", "communists", "fascists", "neo-nazis", "leftists", "rightists", "royalists", "monarchists",
                "maoists", "trotskyists"]
_BLAMED_CREED = (r"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>(?:\p{Lu}\p{Ll}+ )?(?i:" + "|".join(_CREED_BANDS) + r"))(?-u:\b)")
# the leader of an unnamed cell someone suspects: "Investigators suspected a local Islamist cell led by X"
_LED_CELL = (rf"(?i:blam|accus|suspect)[a-z]* (?:an?|the) (?:[\p{{L}}\-]+ ){{0,3}}(?:cell|group|network|faction|gang|band|unit"
             rf"|outfit|militia) (?:led|headed|run|commanded) by (?P<name>{PERSON_NAME})")
# ... or one its doers are said to belong to: "the attackers are believed to belong to the militant network of X"
_BELONG_TO_LED_CELL = (r"(?:(?i:believed|thought|suspected|presumed) to )?(?i:belong(?:s|ed|ing)? to|be (?:members|part) of"
                       r"|(?:members|part) of) (?:an?|the) (?:[\p{L}\-]+ ){0,2}(?:cell|network|faction|gang|band)"
                       # (one name only too: "the network of Santoso")
                       rf" (?:of|led by|headed by|run by) (?P<name>{PERSON_NAME}|\p{{Lu}}\p{{Ll}}{{3,}}(?-u:\b))")
# "blamed followers of the Dalai Lama": the followers, as named
# ... "blames the forces of Khalifa Haftar", "the militias of X"
_FOLLOWERS = (r"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>(?:followers|supporters|loyalists|agents|sympathi[sz]ers"
              # ... "blames the government of Daniel Ortega", "accused the regime of Bashar al-Assad"
              r"|disciples|members|militants|fighters|forces|troops|militias?|militiamen|men|units|government|regime"
              # ("blame members of the pro-Chavez Bolivarian Circles", "sympathisers of al-Shabaab")
              # ("supporters of the late president X", "the militia of General X")
              r"|administration|junta) of (?:(?:the )?(?:(?:(?:former|ex-|ousted|deposed|late) )?(?:President|president|Prime Minister|prime minister)|General|Gen\.|Colonel) |the )?(?:(?:pro|anti)-\p{Lu}[\p{L}\-]* )?"
              r"(?:al-|el-)?\p{Lu}[\p{L}'’\-]*"
              r"(?: (?:al-|el-|bin |ibn )?\p{Lu}[\p{L}'’\-]*){0,3}"
              # (a state's government told by its people: "agents of the Iranian government")
              r"(?: government(?-u:\b))?)")
# someone's followers opening the sentence and acting: "Supporters of President X, some riding horses, charge into
# protesters" (the followers, as named)
# (not "Militants of the X": the group itself, read by the band patterns)
# ("Armed supporters of jailed opposition figure X hold several police officers hostage")
# ... or opening a clause, as a party's members or activists too: "... are killed when supporters of the banned X League
# attack a rally", "Members of the nationalist X party attack veterans"
_FOLLOWERS_ACT = (r"(?:^|[;:] |(?-u:\b)(?:when|as|after|while|then) )(?:(?i:armed|angry|masked|hundreds of|dozens of|thousands of) )?"
                  r"(?P<name>(?i:supporters|followers|loyalists|partisans|members|activists|cadres) of (?:the )?"
                  r"(?:[a-z\-]+ ){0,3}(?:\p{Lu}[\p{L}'’\-]* ){0,4}\p{Lu}[\p{L}'’\-]*(?: (?:party|movement|league|union|front))?)"
                  # ("Supporters of Prime Minister X armed with clubs storm the camp")
                  r"(?:, [^,;.]{0,60},| armed with [^,;.]{1,40}?)? (?:(?:had|have|then|later|reportedly) )*"
                  rf"(?:{_VIOLENT_VERB}|(?:hold|holds|held|take|takes|took) [^.;]{{0,40}}?hostage)(?-u:\b)")
# soldiers against their own command, acting: "Mutinous soldiers armed with heavy weapons attack the residence"
_MUTINEERS_ACT = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then) )(?P<name>(?i:mutinous|renegade|rogue|rebel|rebellious|dissident"
                  r"|disgruntled|breakaway) (?:soldiers|troops|officers|army officers|policemen|police officers|guards|paratroopers"
                  r"|marines|commandos|army units)|(?i:mutineers))(?: armed with [^,;.]{0,40}?)?"
                  rf" (?:(?:had|have|has|then|later|reportedly|again|briefly) )*{_VIOLENT_VERB}(?-u:\b)")
# a state's force opening the sentence or a clause, unnamed by a state: "Security forces opened fire on protesters"
# ("Presidential guards open fire on opposition supporters", "Border guards shot dead two migrants")
_FORCE_BAND_ACTS = (rf"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then|and) )(?P<name>(?i:security|government|pro-government|regime"
                    rf"|riot|federal|state|army|paramilitary|presidential|republican|border|military|special|elite|palace"
                    # (its level or reach: "Municipal police opened fire", "Local police shot dead two men")
                    rf"|municipal|local|city|national|provincial|district|rural|metropolitan|village)"
                    rf" (?i:forces|troops|police|soldiers|guards?|commandos|gendarmes|policemen|paratroopers))"
                    # (where they serve: "Security forces in Iran shot dead five protesters")
                    r"(?: in (?:[a-z\-]+ )?[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)?"
                    rf" (?:(?:had|have|has|then|later|reportedly|again) )*{_VIOLENT_VERB}(?-u:\b)")
# an international force acting: "UN peacekeepers open fire on protesters", "United Nations peacekeepers raid the slum",
# "NATO troops shot dead two civilians"
_PEACEKEEPERS_ACT = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then|and) )(?P<name>(?:(?:UN|U\.N\.|United Nations|NATO|African Union|AU|EU"
                     r"|[A-Z][a-z]+(?:ian|ese|i|n|ish)) )?peacekeepers|(?:UN|U\.N\.|United Nations|NATO|African Union|AU|EU)"
                     r" (?:troops|forces|soldiers))"
                     rf" (?:(?:had|have|has|then|later|reportedly|again) )*{_VIOLENT_VERB}(?-u:\b)")
# ... or the bare force opening the sentence: "Police open fire on striking oil workers", "Soldiers opened fire on
# demonstrators", "The army shelled rebel-held villages" (not "Police shot dead the gunman": the force that ends the
# attack, see perpetrators)
# (after a dateline, or a country's label opening a digest line: "Nepal: Police open fire")
_BARE_FORCE_OPENS = (r"^(?:\p{Lu}[\p{Lu}.'\-]+(?: \p{Lu}[\p{Lu}.'\-]+)*(?:, [^.;,—–\-]{2,30})? [—–\-]+ |\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?: )?(?P<name>(?:Police officers|Police|Policemen|Soldiers|Troops|Gendarmes|Commandos|Paratroopers|Marines"
                     # (a US state's force: "State troopers attack the marchers")
                     r"|State troopers|Troopers|State police"
                     r"|The (?:army|military|navy|air force|police|security forces|junta))"
                     # ("Police and soldiers open fire on marchers", "State troopers and mounted sheriff's deputies attack")
                     r"(?: and (?:the )?(?:mounted |armed |riot )?(?:police|policemen|soldiers|troops|gendarmes|army|military|security forces"
                     r"|sheriff's deputies|deputies))?)"
                     # (where they serve: "Police in southern Kyrgyzstan opened fire", "Police in the northern city of X")
                     r"(?: in (?:the (?:[A-Za-z\-]+ ){0,2}(?:city|town|province|state|region|district|capital) of )?"
                     r"(?:[a-z\-]+ )?[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)?"
                     rf" (?:(?:had|have|has|then|later|reportedly|again) )*{_VIOLENT_VERB}(?-u:\b)")
_JUNTA_WEAPON = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|and|but|that) )(?:An?|The|an?|the) (?P<name>junta)(?:'s|’s)?"
                 r" (?:(?:military |army |fighter |air |drone |artillery |aerial )?(?:air ?strikes?|airstrikes?|strikes?|bombing|bombardment"
                 r"|shelling|(?:fighter )?jets?|warplanes?|aircraft|helicopters?|gunships?|drones?|artillery|troops|soldiers|forces))(?-u:\b)")
# ... or counted, in the present tense (a past participle after a count is a headline's passive: "12 soldiers killed in an
# ambush"): "About 1,300 police and soldiers storm the favelas"
_COUNTED_FORCE_OPENS = (r"^(?:(?:About|Some|Around|Nearly|More than|Over|At least|Up to) )?\d[\d,]* (?P<name>(?:police|policemen|soldiers"
                        r"|troops|gendarmes|commandos|paratroopers|marines)(?: and (?:police|policemen|soldiers|troops|gendarmes))?)"
                        r" (?:storm|raid|attack|open fire|fire on|shoot|kill|ambush|shell|bomb|seize|sweep through|move into)(?-u:\b)")
# what an arrest was for when it was not the attack: "on drug charges", "for smuggling cigarettes", "over a land dispute"
_ARREST_FOR_OTHER = (r"^[^.;]{0,60}?(?-u:\b)(?:on (?:[a-z\-]+ )?(?:drugs?|narcotics|fraud|corruption|theft|smuggling|possession|tax|bribery"
                     r"|immigration|unrelated|separate|traffic|embezzlement|cybercrime|espionage) (?:[a-z\-]+ )?charges?|for (?:smuggling|theft"
                     r"|fraud|corruption|drug|drugs|bribery|embezzlement|tax evasion|shoplifting|burglary|spying|espionage|an unrelated"
                     r"|a separate|unrelated)|over (?:an? |the )?(?:[a-z\-]+ )?(?:dispute|feud|debt)|in (?:an? )?(?:unrelated|separate) (?:case|matter|investigation|incident))(?-u:\b)")
# one state agent acting at a clause's opening: "after a police officer shot dead a driver", "a soldier opened
# fire on worshippers" (not the one who ends the attack: "before a police officer shot him dead")
_AGENT_ACTS = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then|and|but|that) )(?:an?|An?|the|The) (?P<name>(?:(?:off-duty|on-duty|traffic"
               r"|riot|border|army|plainclothes|undercover|rookie|serving|police) )?(?:police officer|policeman|policewoman|soldier"
               r"|gendarme|border guard|army officer|constable|trooper|prison guard))(?: in [A-Z][\p{L}\-]+)?"
               r" (?:(?:had|has|then|later|reportedly|allegedly) )*(?:shot|shoots|opened fire|opens fire|fired|fires|killed|kills"
               r"|beat|beats|stabbed|stabs|gunned down|guns down)(?-u:\b)")
_ENDS_IT_AFTER = r"^(?: dead| and killed)? (?:him|her|them|the (?:gunman|attacker|suspect|assailant|shooter|man|woman|knifeman))(?-u:\b)"
# a city's or a region's police acting: "when Sao Paulo police raid a slum", "Karachi police opened fire"
# (a country's "Kenyan police" is read as the state's force: the name yields to the actor)
_PLACE_POLICE_ACTS = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then|and|but|that) )(?P<name>\p{Lu}[\p{L}\-]+(?: (?:de |do |da |del )?"
                      r"\p{Lu}[\p{L}\-]+){0,2} (?:state |city |military |riot )?police)"
                      rf" (?:(?:had|have|has|then|later|reportedly|again) )*{_VIOLENT_VERB}(?-u:\b)")
# the attackers someone suspects were of a band: "Police suspect the attackers were Fulani herdsmen"
_ATTACKERS_WERE = (r"(?i:suspect|believe|think|thought)[a-z]* (?:that )?the (?:attackers|gunmen|assailants|kidnappers|raiders|killers"
                   r"|bombers|abductors|attacker|gunman|bomber) (?:were|are|was|is) (?:(?:probably|likely|members of|part of) )?(?:the )?"
                   rf"(?P<name>{_GROUP_NAME}(?: {_REBELS})?)")
# ... or to have come from a band: "Police believe the attackers came from the rival Borana clan" (not a country:
# "came from neighbouring Niger" is where they crossed from)
_ATTACKERS_CAME_FROM = (r"(?i:suspect|believe|think|thought)[a-z]* (?:that )?the (?:attackers|gunmen|assailants|kidnappers|raiders"
                        r"|killers|bombers|abductors|attacker|gunman|bomber) (?:(?:came|come|comes) from|belong(?:s|ed)? to)"
                        r" (?:the |an? )?(?:(?:rival|neighbouring|neighboring|local|armed) )?"
                        r"(?P<name>\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)? (?:clan|tribe|community|militia|gang|ethnic group))(?-u:\b)")
# the act named as someone's deed in a speaker's words: "the government calls it a coup attempt by renegade officers",
# "Police described the raid as an attack by the X"
_CALLED_ACT_BY = (r"(?i:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)?|denounc(?:es|ed|ing)|term(?:s|ed)?) (?:it|this|the"
                  r" (?:attack|assault|raid|violence|shooting|bombing|killings?|fighting|uprising|mutiny)) (?:as )?an? (?:[a-z\-]+ ){0,2}"
                  r"(?:coup attempt|attempted coup|coup|putsch|attack|assault|plot|massacre|raid|act of terror(?:ism)?|terrorist act"
                  r"|uprising|mutiny|rebellion) (?:by|of) (?:the )?(?P<name>(?:(?:former|rogue|renegade|disgruntled|dissident|mutinous"
                  r"|retired|ex-|loyalist|junior) )?(?:soldiers|army officers|officers|troops|policemen|police officers|mercenaries|guards"
                  rf"|paratroopers|commandos)|{_GROUP_NAME}(?: {_REBELS})?)")
# a group those arrested say they belong to: "Police arrest a man who admits to being a supporter of the X party",
# "detained two men who are members of the X"
_ARRESTED_MEMBER = (r"(?i:arrest|detain|apprehend)[a-z]* (?:an?|the|two|three|four|five|several|\d+) (?:[\w\-]+ ){0,3}?(?:man|men|woman"
                    r"|women|suspects?|youths?|teenagers?|people|brothers)(?:,)? (?:who|whom) (?:(?:admits|admitted|confessed|says|said"
                    r"|claims|claimed|is|was|are|were|has been|had been)(?: to being| he is| he was| she is| they are| they were)? )"
                    r"(?:an? |members of |supporters of )?(?:(?:self-described|self-confessed|known|active|longtime|former) )?"
                    r"(?:(?:member|supporter|sympathi[sz]er|follower|militant|activist)s? of )?(?:the )?(?:[\p{Ll}\-]+ ){0,2}"
                    rf"(?P<name>{_GROUP_NAME})")
_ARRESTED_MEMBER_BEFORE = (r"(?i:(?-u:\b)(?:arrest|detain|apprehend)[a-z]* [^.;]{0,60}(?:who|whom) [^.;]{0,40}(?:member|supporter"
                           r"|sympathi[sz]er|follower|militant|activist)s? of (?:the )?(?:[\p{Ll}\-]+ ){0,2}$)")
# the attacker named after the act: "Police arrest 24-year-old X", "arrested the driver, identified as 25-year-old X",
# "He was named as X", "the gunman was identified as X", "Prosecutors name the suspect as X"
_ATTACKER_WORDS = r"(?:suspect|gunman|attacker|shooter|assailant|driver|bomber|killer|perpetrator|stabber)"
# ("police arrest a 24-year-old New Jersey man, X": the name after the description, not the place in it)
_ARRESTED_PERSON = (rf"(?i:arrest(?:s|ed)?|detain(?:s|ed)?|apprehend(?:s|ed)?) (?:the (?:[a-z\-]+ ){{0,2}}(?:{_ATTACKER_WORDS}"
                    # ("Police arrest the pair, X and Y")
                    r"|pair|duo|two men|two|men|brothers|couple),? "
                    # ("Police detain the attacker, lawyer X": an occupation before the name)
                    rf"(?:(?:later |since )?(?:identified|named) as |(?:former |retired |off-duty )?[a-z][a-z\-]{{2,}} )?)?(?:an? )?(?:\d+-year-old )?"
                    # ("Police arrest a 41-year-old man, X, at the scene")
                    r"(?:(?:\p{Lu}[\p{L}\-]* ){0,3}(?:man|woman|youth|teenager|student|resident|national|citizen|native"
                    # ("Police arrest a Polish immigrant, X, on suspicion of the killing")
                    r"|immigrant|migrant|refugee), )?"
                    rf"(?P<name>{PERSON_NAME})")
# ... or charged with the act by them, a description before or after the name: "Police charge a local man, X, with the
# killings", "Prosecutors charged X, a 30-year-old driver, with murder" (not "riot police charge the crowd")
_CHARGED_PERSON = (r"(?i:charge[sd]?) (?:an? )?(?:\d+-year-old )?(?:(?:\p{Lu}[\p{L}\-]* |[a-z][a-z\-]+ ){0,3}(?:man|woman|youth|teenager|student"
                   rf"|resident|national|citizen|native|immigrant|migrant|refugee), )?(?P<name>{PERSON_NAME})(?:, [^;.]{{0,60}}?,|,)?"
                   rf" with {_VIOLENT_CHARGE}")
_NAMED_AS = (rf"(?:(?-u:\b)(?:He|She|he|she)|{_ATTACKER_WORDS}|{_ATTACKER_WORDS},) (?:(?:was|has been|had been|is) )?(?:later |since )?"
             rf"(?:identified|named) (?:by [^.;,]{{0,30}} )?as (?:an? |the )?(?:\d+-year-old )?(?P<name>{PERSON_NAME})")
# a person named in apposition to a description of him, then acting, at a clause's opening: "A 19-year-old former
# pupil, X, shot dead seven students", "after a 24-year-old man, X, throws a pipe bomb", "A Saudi Air Force officer
# training at Y, Florida, X, opened fire" (not "X, a lawyer, was shot": the verb must follow the name)
_ACTING_VERB = (rf"(?:{_VIOLENT_VERB}|stab(?:s|bed)?|throws?|threw|hurl(?:s|ed)?|ram(?:s|med)?|detonat(?:es|ed)|drives?|drove"
                r"|plant(?:s|ed)?|sets? off|blew (?:himself|herself) up|blows (?:himself|herself) up)")
# (also after a dateline or a speaker: "WASHINGTON — A former Navy reservist, X, shot", "Police said a farmer, X, opened fire")
_APPOSED_PERSON_ACTS = (rf"(?:^|[—–:\-] |(?-u:\b)(?:after|when|as|before|and|that|said|says) )(?:an?|An?|the|The) [^;.]{{0,100}}?, "
                        rf"(?P<name>{PERSON_NAME}), (?:(?:then|later|allegedly|reportedly) )?{_ACTING_VERB}(?-u:\b)")
# (the name's closing comma and the verb's first letters: few words, as each is looked up in every sentence)
_APPOSED_ACTS_WORDS = [", shoot", ", shot", ", open", ", kill", ", fire", ", stab", ", thr", ", hurl", ", ram", ", detonat",
                       ", dr", ", attack", ", storm", ", plant", ", set", ", blew", ", blows", ", bomb", ", seize", ", abduct",
                       ", kidnap", ", gun", ", then ", ", later ", ", allegedly ", ", reportedly "]
# an unnamed band led by a named person, acting: "Armed men led by opposition figure X attack the residence",
# "Soldiers led by Captain X stormed the palace" (a band with a name of its own, "Chechen rebels led by X", is read
# as the band)
_LED_BAND_ACTS = (r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then|and|that) )(?:(?:[Aa]rmed|[Mm]asked|[Mm]utinous|[Rr]enegade"
                  r"|[Rr]ebel|[Dd]issident|[Rr]ogue|[Aa]|[Tt]he|[Ss]ome|[Dd]ozens of|[Hh]undreds of) )*(?:men|gunmen|Gunmen|Men"
                  r"|soldiers|Soldiers|fighters|Fighters|militiamen|Militiamen|mutineers|Mutineers|troops|Troops|attackers|Attackers"
                  r"|group|commandos|Commandos"
                  # ("Rebels led by Captain X attack the barracks", "Rebel paratroopers led by Lieutenant Colonel X")
                  r"|rebels|Rebels|paratroopers|Paratroopers|marines|Marines|guerrillas|Guerrillas|officers|Officers)"
                  r" (?:led|headed|commanded) by (?:[\p{Ll}\-]+ ){0,3}(?:(?:Captain|Colonel|Major"
                  rf"|General|Sergeant|Lieutenant|Commander|Gen\.|Col\.|Capt\.) ){{0,2}}(?P<name>{PERSON_NAME})(?:, [^,;.]{{0,60}},)? "
                  rf"(?:(?:then|later|briefly|reportedly) )?{_ACTING_VERB}(?-u:\b)")
# ... or as the agent of a passive: "is shot at his home in Dili by rebel soldiers led by X, who is killed in the
# exchange of fire", "was ambushed by gunmen commanded by X"
_BY_LED_BAND = (r"(?-u:\b)by (?:(?:[\p{Ll}\-]+|an?|the) ){0,3}(?:men|gunmen|soldiers|fighters|militiamen|mutineers|troops|attackers"
                r"|commandos|rebels|militants|insurgents|supporters|followers|guerrillas|bandits) (?:led|headed|commanded) by"
                r" (?:[\p{Ll}\-]+ ){0,3}(?:(?:Captain|Colonel|Major|General|Sergeant|Lieutenant|Commander|Gen\.|Col\.|Capt\.) )?"
                rf"(?P<name>{PERSON_NAME})")
# a named person someone blames, described first: "The government accuses the department's prefect, X, of hiring
# gunmen", "Police blame a local landowner, X, for the massacre"
_BLAMED_APPOSED_PERSON = (rf"(?i:blam|accus)[a-z]* (?:the |an? )?[^,;.]{{3,60}}?, (?P<name>{PERSON_NAME}),? (?:of|for)(?-u:\b)")
# ... an official so named, the blame ending the sentence: "His supporters blame the republic's interior minister, X."
# (not a band so named: "Police blamed a little known extremist cell, X.")
_BLAMED_APPOSED_OFFICIAL = (rf"(?i:blam|accus)[a-z]* (?:the |an? )?(?:[^,;.]{{0,40}}? )?(?i:minister|chief|commander|governor"
                            rf"|official|officer|general|mayor|head|director|boss|colonel|warlord), (?P<name>{PERSON_NAME})(?:[.;]|$)")
# a state's agency named by its acronym and kind: "The FSB security service says" (after a state's possessive it is
# read whole by _STATE_AGENCY: "Ukraine's HUR intelligence agency")
_AGENCY_ACRONYM = (r"(?-u:\b)(?P<name>[A-Z]{2,6}) (?:security|intelligence|spy|secret|counter-?intelligence)"
                   r" (?:service|agency|police)(?-u:\b)")
_OPERATED_WEAPON_WORDS = (r"-(?:operated|piloted|flown|launched) (?:[\p{L}\d\-]+ ){0,2}"
                          r"(?:drones?|aircraft|planes?|jets?|helicopters?|UAVs?|missiles?|rockets?)(?-u:\b)")
_OPERATED_WEAPON = r"(?-u:\b)(?P<name>\p{Lu}{2,}[\p{Lu}\d]*)" + _OPERATED_WEAPON_WORDS
_OPERATED_WEAPON_AFTER = "^" + _OPERATED_WEAPON_WORDS
# ... told in the passive: "a drone operated by the CIA", "a drone flown by the agency's pilots"
_WEAPON_OPERATED_BY = (r"(?-u:\b)(?:drones?|aircraft|planes?|jets?|helicopters?|UAVs?|Predators?|Reapers?|gunships?|warplanes?)"
                       r" (?:operated|flown|piloted|launched|controlled|remotely piloted) by (?:the )?$")
_NAMED_AS_ROLE = (r"(?i:identif(?:y|ies|ied)|name[sd]?) (?:[\p{L}\d\-]+ ){0,5}?(?:[\p{L}\-]+, )?"
                  rf"(?P<name>{PERSON_NAME}),? (?:\d+, )?as (?:the |an? )?(?:(?:main|prime|chief|leading|key|only|lone|sole"
                  rf"|alleged|suspected) )?{_ATTACKER_WORDS}s?(?-u:\b)")
# ("residents blame the federal army, which is fighting the Fano militia")
_BLAMED_FORCE = (r"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>(?:(?:federal|national|regular|government|state|regime"
                 # ("investigators suspect off-duty police officers avenging")
                 r"|off-duty|rogue|renegade) )?"
                 # ("Rights groups accuse gendarmes of carrying out the killings", "accused soldiers of shooting")
                 r"(?:(?:military )?police officers|army|military|navy|air force|police|security forces|junta|gendarmes|gendarmerie|soldiers|troops"
                 # ("residents blamed the junta's air force")
                 r"|policemen|riot police"
                 # ("activists accuse government helicopters of dropping barrel bombs")
                 r"|(?:government|regime|army|military) (?:helicopters|jets|warplanes|aircraft|planes|gunships|drones)"
                 r")(?:(?:'s|’s) (?:air force|army|navy|soldiers|troops|forces|jets|warplanes|aircraft|gunships|militia))?)(?-u:\b)")
# a name with particles: "Tristan van der Vlis"
_PERSON_NAME_PARTICLES = (r"\p{Lu}[\p{L}\-'’]+(?: (?:(?:al-|bin |ibn |de |da |dos |du |la |le |van |von |der |den |van der |van den "
                          r"|von der |\p{Lu}\. )?\p{Lu}[\p{L}\-'’]+)){1,3}")
# unnamed bands someone blames: "blames radical Iran-backed militant groups", "a massacre the opposition blames on
# government forces"
_BLAMED_BAND = (rf"(?i:blam|accus|suspect)[a-z]* (?:[^.;,]{{0,50}}? on )?(?:the )?(?:[\p{{Ll}}]+ )?(?P<name>{_BAND_DESCRIPTOR}"
                # (armed men named by their trade: "Residents blame Fulani bandits", "blamed Somali pirates")
                rf"(?: [\p{{Ll}}\-]+| \p{{Lu}}\p{{Ll}}+)? (?:{_FIGHTERS}|herdsmen|tribesmen|bandits|pirates))(?-u:\b)")
# a described band doing it: "Maoist rebels ambush a patrol", "Suspected Sunni insurgents attack", "Chechen rebels
# led by X seize a theatre"; the word after must be no verb of their being hit (kept in _named_in_text)
# (ASCII classes: these descriptors are ASCII words, and a Unicode class costs compile time on every call)
# ("Christian anti-balaka militias", "former Séléka rebels": Latin-1 letters, a lowercase hyphenated name)
# ("Tuareg separatist rebels say they killed": a people, then what they fight for)
_SUBJECT_BAND = (rf"(?:(?i:suspected|alleged) )?(?P<name>(?:(?:former )?(?:pro|anti)-)?[A-Z][A-Za-zÀ-ÿ\-]+"
                 rf"(?: [A-Z][A-Za-zÀ-ÿ\-]+| [a-z]+-[a-z]+| (?:separatist|secessionist|nationalist|independence|jihadist|militant))? {_REBELS})"
                 rf"(?: [a-z]+){{0,2}}")
# the first of two sides a fight is told between, named as a band ("clashes between Zaghawa tribesmen and Arab
# militiamen", "fighting between National Guard troops and the presidential guard") or by a name of several words
# the dictionary lacks: the gold rules make the side named first the doer (its status and the second side come from
# _FIGHT_BETWEEN in perpetrators). Not "rival X" (one side told twice), nor a people or a creed alone ("between Shilluk
# and Dinka youths", "Christians and Muslims", "Hausa and Berta communities"): the gold rules give communities no doer
# (creeds filtered in _named_in_text).
_COMMUNITY_SIDE = (r"(?-u:\b)(?:Christians?|Muslims?|Moslems?|Hindus?|Buddhists?|Sikhs?|Jews|Jewish|Sunnis?|Shias?|Shiites?"
                   r"|Shi'ites?|Copts?|Coptic|Catholics?|Protestants?|Alawites?|Druze|Islamic|Islamist)(?-u:\b)")
_SIDE_BAND = (r"(?:troops|soldiers|forces|police(?:men)?|guards?|fighters|militias?|militiamen|rebels|gunmen|tribesmen|clansmen"
              r"|supporters|gangs?|gang members|factions|settlers)")
_FIRST_FIGHT_SIDE = (r"(?i:fighting|clash(?:es)?|battles?|gunfights?|firefights?|gun ?battles?|skirmish(?:es)?)(?: [^.;]{0,60}?)?"
                     r" between (?:the )?(?P<name>(?:(?:ethnic|armed) )?(?:\p{Lu}[\p{L}'’\-]+ ){1,3}"
                     rf"(?:clan |gang |party )?{_SIDE_BAND}|\p{{Lu}}[\p{{L}}'’\-]+(?: (?:of |of the )?\p{{Lu}}[\p{{L}}'’\-]+){{1,3}}) and ")
# ... or the two sides opening the sentence as the subject of the fight, the first a band: "Government troops and the
# guards of the opposition leader battle in the capital" (the first)
_FIRST_SIDE_FIGHTS = (r"(?:^|[;:] |(?-u:\b)(?:when|as|after|while) )(?:[Tt]he )?(?P<name>(?:(?:[Ee]thnic|[Aa]rmed) )?(?:\p{Lu}[\p{L}'’\-]+ ){1,3}"
                      rf"(?:clan |gang |party )?{_SIDE_BAND})"
                      r" and (?:the |of )?(?:[\p{L}\-'’]+ ){1,8}?(?:(?:have|had|again|continue to) )?(?:clash|clashed|clashes|fight|fought"
                      r"|battle|battled|trade fire|traded fire|exchange fire|exchanged fire)(?-u:\b)")
# ... or the group whose members a force fought: "two policemen are killed in a gunfight with members of the X"
_FOUGHT_MEMBERS_OF = (r"(?i:clash(?:es)?|gunfights?|firefights?|gun ?battles?|shoot-?outs?|exchanges? of fire|battles?|fighting)"
                      r" with (?i:members|fighters|militants|rebels|gunmen|guerrillas|insurgents) (?:of|from) (?:the )?"
                      rf"(?P<name>{_GROUP_NAME})")
# "The attacker, X, who had been jailed for ..., is shot dead" (not a speaker: "A police commander, X, said the blast ...")
_APPOSED_ATTACKER_OPENS = rf"^(?:An?|The) (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{PERSON_NAME}),"
_GROUP_APPOSED = rf"(?-u:\b)(?:(?:an?|An?|the|The) )?(?:[\p{{L}}\-]+ ){{0,3}}{_GROUP_NOUN}, (?:the )?(?P<name>{_GROUP_NAME}),"
# the one who speaks or leads for a body, named in apposition, is no claimant: "A spokesman for the group, X, said it
# had targeted the police", "The group's spokesman, X, said" (the group is)
_SPEAKER_FOR_BEFORE = (r"(?i:(?-u:\b)(?:spokes(?:man|woman|person)|leader|commander|chief|emir|head|founder|official)"
                       r"(?: (?:for|of) (?:the |this |that |its |their )?[^,;.]{2,40})?),? $")
_NAMED_PATTERNS = [
    # (first: it wins over a blamed name read at the same place, "accuses Russia's Federal Security Service of")
    # a state's named agency or force: "accused Israel's Mossad spy agency of killing", "Russia's Federal Security Service"
    # (a name ending in a body's word, or followed by one; not "Russia's President Vladimir Putin")
    (_STATE_AGENCY, None, (["'s ", "’s "], ["agency", "service", "force", "corps", "guard", "brigade", "unit", "police",
                                            "militia", "squad", "directorate", "command"]), "organization"),
    (rf"(?:(?-u:\b)calling (?:itself|themselves)|{_ARMED_NOUN} (?:called|known as|named)) (?:the )?(?P<name>{_GROUP_NAME})",
     None, ["calling itself", "calling themselves", "called", "known as", "named"]),
    # a group described, then named in apposition: "a little-known group, X,", "A Turkish Islamist group, the X,
    # claims", "A Shiite militia, the Mukhtar Army, claimed"
    (_GROUP_APPOSED, None, [f"{noun}, " for noun in _GROUP_NOUNS]),
    # ... or named first: "Hasm, a militant group, claimed responsibility"
    (_NAME_THEN_GROUP, None, [f" {noun}{end}" for noun in _GROUP_NOUNS for end in _GROUP_NOUN_ENDS]),
    # ("The Sunni militant group Ansar al-Furqan claims" opens the sentence)
    (rf"(?-u:\b)(?:the|The) (?:(?:[\p{{Ll}}\-]+|\p{{Lu}}\p{{Ll}}+) ){{0,2}}{_ARMED_NOUN} (?P<name>{_GROUP_NAME})", None, _ARMED_WORDS),
    # ("Officials blamed Islamic extremists of the banned Hizb ut-Tahrir movement")
    # ("Fighters of the rebel Coalition of Patriots for Change attack")
    # ("Forces of the Misrata-based Third Force storm": a base before the name)
    ((rf"(?i:rebels|militants|fighters|militiamen|insurgents|gunmen|extremists|jihadists|guerrillas|radicals|paramilitaries|forces)"
      rf" (?:of|from) the"
      # ("fighters of the self-proclaimed X People's Republic")
      rf" (?:(?:banned|outlawed|proscribed|militant|radical|extremist|little-known|shadowy|rebel|armed|insurgent|jihadist"
      rf"|self-proclaimed|self-styled|so-called"
      rf"|separatist|Islamist|\p{{Lu}}[\p{{L}}\-]*-(?:based|backed|allied|aligned)) )?(?P<name>{_GROUP_NAME})"), None,
     ["of the", "from the"]),
    (rf"(?-u:\b)the (?P<name>{_GROUP_NAME}) {_ARMED_NOUN}(?-u:\b)", None, _ARMED_WORDS),
    # (before the clan's name alone below: the belief is the status)
    (_ATTACKERS_CAME_FROM, "suspected", (["suspect", "believe", "think", "thought"], [" came from ", " come from ", " comes from ",
                                                                                      " belong"]), "armed_group"),
    # "the powerful Ampatuan clan", "the notorious 400 Mawozo gang"
    (rf"(?-u:\b)the \p{{Ll}}+ (?P<name>{_GROUP_NAME}) (?:clan|gang|cartel|mafia|syndicate)(?-u:\b)", None,
     ["clan", "gang", "cartel", "mafia", "syndicate"]),
    # "blamed a local radical group, Salafia Jihadia"
    # ... "accuses the ruling Islamist party Ennahda of being behind"
    (rf"(?i:blam|accus|suspect)[a-z]* (?:an?|the) (?:(?:[\p{{Ll}}\-]+|\p{{Lu}}\p{{Ll}}+) ){{0,3}}(?:{_GROUP_NOUN}|party),? (?P<name>{_GROUP_NAME})",
     None, ["blam", "accus", "suspect"]),
    (_BLAMED_CREED, None, (["blam", "accus", "suspect"], _CREED_BANDS)),
    (_BLAMED_APPOSED_GROUP, None, (["blam", "accus", "suspect"], [", a ", ", an ", ", the "])),
    # a name someone blames for or accuses of it: "Beijing blames the exiled World Uyghur Congress for orchestrating"
    (_BLAMED_FOR, None, (["blam", "accus"], [" for ", " of "])),
    # a name headed by an armed body's word, where it claims or is blamed: "The People's Liberation Army of
    # Manipur ... claimed responsibility", "officials blamed the Arakan Army"
    ((rf"(?P<name>{_HEADED_GROUP})(?: \(\p{{Lu}}+\))?(?: and (?:the )?[^.;]{{0,60}}?)? (?:(?:jointly|also|later|has|have|had|quickly) )?"
     rf"(?:claimed|admitted)"), None, ["claimed", "admitted"]),
    (rf"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>{_HEADED_GROUP})", None, ["blam", "accus", "suspect"]),
    # "The FBI identifies the attacker as X", "police identified the suspected gunman as X"
    # ... a clause or a description between: "identified the suspect, who was arrested at the scene, as X"
    ((rf"(?i:identif(?:y|ies|ied)|name[sd]?) (?:him|her|the (?:[a-z\-]+ ){{0,2}}[a-z]+)(?:, [^,;.]{{3,60}},)? as (?:an? )?(?:\d+-year-old )?"
     rf"(?P<name>{_PERSON_NAME_PARTICLES})"),
     "stated", ["identif", "name"]),
    # ("arrested the suspect, X" tells a suspect; "arrested the driver, X" the doer)
    # ("arrest X, 37, on suspicion of yesterday's shooting": a suspect too)
    (_ARRESTED_PERSON, pl.when(pl.col("m").str.contains(r"(?-u:\b)suspect(?-u:\b)") | pl.col("text").str.slice(
        pl.col("m_end"), 90).str.contains(r"^[^.;]{0,70}?(?-u:\b)(?:on suspicion of|suspected of|in connection with)(?-u:\b)"))
     .then(pl.lit("suspected"))
     .otherwise(pl.lit("stated")), ["arrest", "detain", "apprehend"], "person"),
    (_CHARGED_PERSON, "accused", (["charge"], [" with "]), "person"),
    (_NAMED_AS, "stated", ["identified", "named"]),
    # a person described, named in apposition, then arrested or charged: "A 21-year-old man, X, is arrested and charged
    # with murder", "The suspected gunman, X, was detained at the scene" (charged, not convicted: accused)
    ((rf"(?:^|[.;:] |(?-u:\b)(?:and|after|when|said|says) )(?:An?|The|an?|the) [^;.,]{{3,60}}, (?P<name>{PERSON_NAME}),?"
      r" (?:(?:is|was|has been|had been|have been|are|were) )?(?:later |quickly |subsequently |swiftly |also )?(?:arrested|detained"
      r"|charged|taken into custody|apprehended|indicted)(?-u:\b)"), "accused",
     (["arrested", "detained", "charged", "custody", "apprehended", "indicted"],), "person"),
    # the person named with a description first: "Authorities named a local gang leader, X, as the suspect", "Police
    # identified a 34-year-old former soldier, X, as the gunman"
    (_NAMED_AS_ROLE, pl.when(pl.col("m").str.contains(r"(?i:suspect)\w*$")).then(pl.lit("suspected")).otherwise(pl.lit("stated")),
     (["identif", "name"], [" as the ", " as a ", " as an ", " as prime ", " as main "]), "person"),
    (_LED_CELL, pl.when(pl.col("m").str.contains(r"^(?i:suspect)")).then(pl.lit("suspected")).otherwise(pl.lit("accused")),
     (["blam", "accus", "suspect"], [" led by", " headed by", " run by", " commanded by"]), "person"),
    (_BELONG_TO_LED_CELL, pl.when(pl.col("m").str.contains(r"^(?i:believed|thought|suspected|presumed)")).then(pl.lit("suspected"))
     .otherwise(pl.lit("stated")), (["belong", "members of", "part of"], [" cell ", " network ", " faction ", " gang ", " band "]),
     "person"),
    (_FOLLOWERS, None, (["blam", "accus", "suspect"], [" of "])),
    (_FOLLOWERS_ACT, None, (["supporters of", "followers of", "loyalists of", "partisans of", "members of", "activists of",
                             "cadres of"],)),
    (_MUTINEERS_ACT, None, (["mutin", "renegade", "rogue", "rebel ", "rebellious", "dissident", "disgruntled", "breakaway"],
                            ["soldiers", "troops", "officers", "policemen", "guards", "paratroopers", "marines", "commandos",
                             "units", "mutineers"])),
    (_FORCE_BAND_ACTS, None, (["forces", "troops", "police", "soldiers", "guard", "commandos", "gendarmes", "paratroopers"],
                              ["security", "government", "regime", "riot", "federal", "state", "army", "paramilitary",
                               "presidential", "republican", "border", "military", "special", "elite", "palace",
                               "municipal", "local", "city", "national", "provincial", "district", "rural", "metropolitan",
                               "village"])),
    # a person blamed under a quoted nickname: "accuses Jimmy \"Barbecue\" Cherizier of ordering the massacre" (the
    # plain names are read as names of groups above)
    ((rf"(?i:blam|accus)[a-z]* (?:[\p{{Ll}}\-]+ ){{0,2}}(?P<name>{PERSON_NAME_NICKNAMED}),? (?:for|of)(?-u:\b)"), "accused",
     (["blam", "accus"], ['"', "“", " '", "‘"]), "person"),
    (_PEACEKEEPERS_ACT, None, (["peacekeepers ", "NATO ", "UN ", "U.N. ", "United Nations ", "African Union ", "AU ", "EU "],
                               ["peacekeepers ", " troops ", " forces ", " soldiers "])),
    (_AGENT_ACTS, None, (["officer", "policeman", "policewoman", "soldier", "gendarme", "guard", "trooper", "constable"],
                         ["shot", "shoots", "fire", "kill", "beat", "stab", "gun"])),
    (_PLACE_POLICE_ACTS, None, ([" police "],)),
    (_ATTACKERS_WERE, "suspected", (["suspect", "believe", "think", "thought"], [" were ", " are ", " was ", " is "]), "armed_group"),
    (_CALLED_ACT_BY, "accused", (["call", "describ", "brand", "denounc", "term"], [" by ", " of "]), "armed_group"),
    (_ARRESTED_MEMBER, "suspected", (["arrest", "detain", "apprehend"], [" of "]), "armed_group"),
    (_COUNTED_FORCE_OPENS, None, ([" police ", " policemen ", " soldiers ", " troops ", " gendarmes ", " commandos ", " paratroopers ",
                                   " marines "],)),
    # a junta's strike or weapon, the junta unnamed: "A junta air strike hits a monastery" (its land's word before it is read
    # as the state: "A Myanmar junta fighter jet bombed")
    (_JUNTA_WEAPON, None, (["junta"],)),
    (_BARE_FORCE_OPENS, None, (["police ", "policemen ", "soldiers ", "troops ", "troopers ", "gendarmes ", "commandos ", "paratroopers ",
                                "marines ", "the army ", "the military ", "the navy ", "the air force ", "the security forces ",
                                "the junta "],)),
    # ("Police believe dissident republicans are to blame": the belief stands before the band)
    (_BAND_BEHIND, pl.when(pl.col("m").str.contains(_SUSPICION_WORDS) | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
        r"(?i:(?-u:\b)(?:believes?|believed|thinks?|thought|suspects?|suspected)(?: that)? $)")).then(pl.lit("suspected"))
     .otherwise(pl.lit("accused")), ["behind", "responsible", "line of", "suspect", "to blame", "culprit", "perpetrator", "to have "],
     "armed_group"),
    (_BELIEVED_BAND, "suspected", (["believe", "suspect", "think", "thought"], ["planted", "carried out", "detonated", "set off",
                                                                                  "staged", "laid", "launched", "fired"]), "armed_group"),
    (_BAND_PASSIVE, pl.when(pl.col("m").str.contains(r"suspected(?: of| for|[.,;]|$)")).then(pl.lit("suspected"))
     .otherwise(pl.lit("accused")), # (the verb after was/were/is/are/been)
     (["s suspected", "re suspected", "n suspected", "s blamed", "re blamed", "n blamed", "s accused", "re accused",
       "n accused"],),
     "armed_group"),
    # "the kidnappers are probably from Boko Haram", "the gunmen were likely members of the X" (a name the dictionary
    # lacks is read here; one it knows wins)
    ((rf"(?i:probably|likely|possibly|believed to be|thought to be|suspected of being) (?:(?:from|members of|part of"
     rf"|linked to|tied to|with))? (?:the )?(?P<name>{_GROUP_NAME})"), "suspected",
     # (an adverb or "be"/"being" before the preposition)
     ([f"{end} {prep}" for end in ("y", "be", "being") for prep in ("from", "members of", "part of", "linked to", "tied to",
                                                                    "with")],), "armed_group"),
    # a named person suspected, accused or charged: "Police say X, a 21-year-old man from Kosovo, is suspected of
    # opening fire", "A 28-year-old man, X, appeared in court on Saturday charged with murder"
    (_PERSON_CHARGED, pl.when(pl.col("m").str.contains(r" (?:accused of|charged with) ")).then(pl.lit("accused"))
     .otherwise(pl.lit("suspected")),
     (["suspected of", "accused of", "believed to have", "thought to have", "charged with"],), "person"),
    (_BELIEVED_SUBJECT, None, (["believe", "suspect", "think", "thought", "say", "said", "told reporters"],
                               ["planted", "carried out", "detonated", "set off", "behind", "responsible", "ordered", "organised",
                                "organized", "masterminded", "planned"])),
    (_PINNED_ON_NAME, None, ["hallmark", "blamed on", "blamed it on", "blamed the", "pinned", "attributed", "suspicion",
                             "claimed by", "signed by"]),
    # the army or the military accused by name of its kind: "The rebels accuse the military, which denies carrying out
    # an air strike", "The Tamil Tigers accuse the army" (a named group in the sentence wins)
    (_BLAMED_FORCE, None, (["blam", "accus", "suspect"], [" army", " military", " navy", " air force", " police",
                                                          " security forces", " junta", " gendarme", " soldiers", " troops",
                                                          " helicopters", " jets", " warplanes", " aircraft", " planes",
                                                          " gunships", " drones"])),
    # "arrested the suspect, 21-year-old X", "a suspect at the scene, identified as X"
    (rf"(?i:suspect)s?(?: [^.;,]{{0,40}}?)?, (?:(?:identified|named) as |(?:an? )?(?:[\p{{L}}\d\-]+ ){{0,3}}?)(?P<name>{PERSON_NAME})",
     "suspected", ["suspect"]),
    # "is shot dead at a market in Islamabad by X, one of his bodyguards"
    (_NAMED_PERSON_KILLS, "stated", (["shoots", "stabs", "kills", "guns down", "hacks", "bludgeons", "opens fire", "opened fire", "shot ",
                                      "stabbed ", "killed ", "gunned down ", "hacked "],), "person"),
    (_HIT_BY_PERSON, "stated", (["shot", "killed", "stabbed", "assassinated", "murdered", "gunned down", "attacked", "kidnapped",
                 "abducted"], [" by "])),
    (rf"(?-u:\b)by an? (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{PERSON_NAME})", "stated", ["by a"]),
    # ... "The attacker, X, who had been jailed for ..., is shot dead" (the attack told before: see _serving_earlier)
    (_APPOSED_ATTACKER_OPENS, "stated", [", "]),
    (rf"(?i:named) the [a-z]+ as (?P<name>{PERSON_NAME})", "suspected", ["named the"]),
    # ... or named in apposition anywhere: "before a police officer killed the gunman, X, officials said" (the attacker's
    # words only: "the driver, X" may be a victim)
    # ("the attacker, 33-year-old X, is arrested", "detained the gunman, identified as X")
    ((rf"(?-u:\b)the (?:[a-z\-]+ )?(?:gunman|gunmen|attacker|assailant|shooter|bomber|killer|hijacker|kidnapper|stabber|knifeman),"
      rf" (?:(?:identified|named) as )?(?:an? )?(?:\d{{1,2}}-year-old )?(?P<name>{PERSON_NAME})(?:,|[.;]|$)"), "stated",
     (["gunman, ", "attacker, ", "assailant, ", "shooter, ", "bomber, ", "killer, ", "hijacker, ", "kidnapper, ", "stabber, ",
       "knifeman, "],), "person"),
    # "X, the 41-year-old man arrested for fatally shooting Y", "X, the gunman who killed 12 people"
    ((rf"(?:^|[—:] )(?P<name>{PERSON_NAME}), (?:an?|the) (?:[\p{{L}}\d\-]+ ){{0,3}}{_ATTACKER_NOUN} (?:who (?:was |is |has been |had been )?)?"
     r"(?:arrested|detained|held|convicted|jailed|sentenced|shot|killed|stabbed|attacked|drove|opened fire)(?-u:\b)"), "stated",
     ([", the ", ", a ", ", an "], ["arrested", "detained", "held", "convicted", "jailed", "sentenced", "who "])),
    # "Police arrested X, 22, at the scene"
    ((rf"(?i:arrested|detained|apprehended|tackled|subdued|captured) (?:the (?:suspect|gunman|attacker|shooter|assailant), )?"
     rf"(?P<name>{PERSON_NAME})(?:, \d+,)? (?:at|on) the (?:scene|spot)"), "stated",
     (["arrested", "detained", "apprehended", "tackled", "subdued", "captured"], ["the scene", "the spot"])),
    # a named person described, then acting: "X, a 19-year-old who had been expelled, returns to the school and
    # shoots dead 16 people" (not "X, a lawyer, is shot dead": see _PERSON_IS_HIT)
    (_AGENCY_ACRONYM, None, ([" security service", " security agency", " intelligence service", " intelligence agency", " spy agency",
             " secret service", " secret police", "intelligence service", "intelligence agency"],), "organization"),
    (_APPOSED_PERSON_ACTS, "stated", (_APPOSED_ACTS_WORDS,), "person"),
    # a state's unit told by its task: "Russian officials say a Ukrainian sabotage group crossed into the Bryansk region
    # and fired on a car", "an Israeli commando unit"
    ((r"(?P<name>\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i) (?:sabotage|reconnaissance|commando|saboteur|infiltration|special forces"
      r"|special operations|assassination|hit) (?:group|unit|team|squad|detachment|cell)s?)(?-u:\b)"), None,
     (["sabotage", "reconnaissance", "commando", "saboteur", "infiltration", "hit squad", "hit team"],
      [" group", " unit", " team", " squad", " detachment", " cell"])),
    # a band told by its kind as the agent of a passive: "were shot dead ... by fellow officers", "was seized by
    # self-styled war veterans" (not "by unknown gunmen": no one named)
    ((r"(?:shot|killed|stabbed|murdered|seized|abducted|kidnapped|attacked|beaten|lynched|hacked|ambushed|gunned down|burned|burnt"
      r"|laid|planted|set)(?: dead| to death| alive)?(?: [^.;,]{0,60}?)? by (?:a group of |a band of |dozens of |hundreds of )?"
      r"(?P<name>(?:fellow|self-styled|rival|renegade|rogue|off-duty|disgruntled|vigilante)"
      r"(?: [a-z\-]+)? (?:officers|policemen|police officers|soldiers|guards|veterans|militiamen|fighters|inmates|prisoners|students"
      r"|colleagues|villagers|tribesmen|bodyguards|troops|servicemen|recruits|vigilantes|youths|rebels|gunmen))(?-u:\b)"), "stated",
     (["fellow ", "self-styled ", "rival ", "renegade ", "rogue ", "off-duty ", "disgruntled ", "vigilante "], [" by "])),
    # the one the police think did it, named after: "the man police believe was carrying it, 22-year-old X", "a man
    # investigators suspect had planted the device, X"
    ((rf"(?i:man|woman|person|youth|teenager|driver|passenger) (?:whom |who |that )?(?:the )?(?:police|officials|investigators"
      rf"|authorities|detectives|prosecutors) (?:believe|believed|suspect|suspected|think|thought) (?:was|were|is|had|has)"
      rf" [^.;,]{{0,60}}, (?:an? )?(?:\d+-year-old )?(?P<name>{PERSON_NAME})"), "suspected",
     (["police believe", "police suspect", "police think", "police thought", "investigators believe", "officials believe",
       "detectives believe", "authorities believe"],), "person"),
    (_LED_BAND_ACTS, "stated", ([" led by ", " headed by ", " commanded by "],), "person"),
    (_BY_LED_BAND, "stated", ([" led by ", " headed by ", " commanded by "],), "person"),
    (_BLAMED_APPOSED_PERSON, "accused", (["blam", "accus"], [" of ", " for "]), "person"),
    (_BLAMED_APPOSED_OFFICIAL, "accused", (["blam", "accus"], ["minister, ", "chief, ", "commander, ", "governor, ", "official, ",
                                                              "officer, ", "general, ", "mayor, ", "head, ", "director, ", "boss, ",
                                                              "colonel, ", "warlord, "]), "person"),
    # a person who confessed to the act: "Police say fisherman X has confessed to killing the two men"
    # (an admission only of the deed itself: "X admitted the attack was a mistake" is none)
    ((rf"(?P<name>{_PERSON_NAME_PARTICLES}),?(?: [^,;.]{{0,40}},)? (?:has |had |later )?(?:(?:confessed|confesses) (?:to )?(?:the "
      r"(?:killing|killings|murders?|shooting|attack)|killing|murdering|shooting|stabbing|kidnapping|abducting|planting|carrying out)"
      r"|(?:admitted|admits) (?:to )?(?:killing|murdering|shooting|stabbing|kidnapping|abducting))(?-u:\b)"),
     "claimed", (["confess", "admit"],), "person"),
    (_PERSON_ACTS, "stated",
     ([", a ", ", an ", ", the "], ["shoot", "shot", "kill", "stab", "fire", "detonat", "set off", "sets off", "ram", "drive", "drove", "attack"])),
    # ("X is a suspect in the bombing", "X remains the prime suspect")
    ((rf"(?P<name>{PERSON_NAME}) (?:was|is|as|remains|remained|became|becomes) (?:the|a|an) (?:leading |main |prime |chief "
      r"|key |possible |likely |top |major )?suspect"), "suspected", ["suspect"]),
    # a manhunt for the named attacker: "police launch a manhunt for X, a former soldier", "a hunt for
    # the gunman, X"
    ((rf"(?i:manhunt|hunt|search) for (?:the )?(?:(?:suspected|alleged|fugitive|escaped) )?(?:(?:[a-z\-]+ )?{_ATTACKER_WORDS}s?,? )?"
      rf"(?:\d+-year-old )?(?P<name>{PERSON_NAME})"), "suspected",
     (["manhunt for", "hunt for the", "search for the suspect", "search for the gunman", "search for the attacker"],), "person"),
    # "X, a reservist whom police named as the suspect", "X, who police say is the gunman"
    ((rf"(?P<name>{PERSON_NAME}), [^;.]{{0,80}}?(?-u:\b)(?:whom|who) (?:the )?(?:police|authorities|officials|investigators"
      rf"|prosecutors|officers) (?:have |had )?(?:(?:named|identified|described) as|(?:say|said) (?:is|was)) (?:the |a |an )?"
      rf"(?:(?:main|prime|chief|lone|sole|only|suspected|alleged) )?({_ATTACKER_WORDS})"),
     pl.when(pl.col("m").str.contains(r"suspect$")).then(pl.lit("suspected")).otherwise(pl.lit("accused")),
     (["whom", "who police", "who authorities", "who officials", "who investigators"],), "person"),
    (rf"(?i:blam|accus)[a-z]* (?:the )?(?:[\p{{L}}\-]+ ){{0,4}}(?:commander|leader|chief|militant|cleric) (?P<name>{PERSON_NAME})",
     "accused", ["commander", "leader", "chief", "militant", "cleric"]),
    # ("accuses sacked deputy defence minister X of leading armed attacks")
    ((rf"(?i:blam|accus)[a-z]* (?:the |an? )?(?:[A-Za-z\-]+ ){{0,4}}(?:minister|general|colonel|officer|governor|warlord|mayor"
     rf"|politician|businessman|tycoon|lawmaker|senator|deputy|figure) (?P<name>{PERSON_NAME}),? (?:of|for)(?-u:\b)"),
     "accused", (["blam", "accus"], ["minister", "general", "colonel", "officer", "governor", "warlord", "mayor", "politician",
                                    "businessman", "tycoon", "lawmaker", "senator", "deputy", "figure"]), "person"),
    # a leader's government or forces blamed: "blames President X's government"
    ((rf"(?i:blam|accus)[a-z]* (?P<name>(?:(?:President|Prime Minister|General|Gen\.|Colonel) )?{PERSON_NAME}(?:'s|’s)"
     r" (?:government|regime|administration|forces|army|troops|militias?|militiamen|guards|men))(?-u:\b)"), None,
     (["blam", "accus"], ["'s government", "'s regime", "'s administration", "'s forces", "'s army", "'s troops", "'s militia",
                          "'s guards", "'s men", "’s government", "’s regime", "’s forces", "’s army", "’s troops"])),
    # gangs linked to it: "Authorities link the blasts to criminal gangs", "Police blamed drug gangs"
    ((r"(?i:blam|accus|suspect|link|tie)[a-z]* (?:(?:the|these|this|it|them) (?:[a-z\-]+ ){0,2}?(?:to|on|with) )?(?P<name>(?i:criminal|drug"
     r"|street|prison|organi[sz]ed crime|crime|rival|local) (?:gangs|cartels|gang members|mafias|syndicates))(?-u:\b)"), None,
     (["blam", "accus", "suspect", "link", "tie"], ["gangs", "cartels", "gang members", "mafias", "syndicates"])),
    # the agency flying the weapon: "A missile fired from a CIA-operated Predator drone destroyed a car" (an acronym;
    # an actor the dictionary knows there wins)
    (_OPERATED_WEAPON, None, ["-operated", "-piloted", "-flown", "-launched"]),
    ((rf"(?-u:\b)(?:drones?|aircraft|planes?|jets?|helicopters?|UAVs?|Predators?|Reapers?|gunships?|warplanes?) (?:operated|flown"
      rf"|piloted|launched|controlled|remotely piloted) by (?:the )?(?P<name>{_GROUP_NAME})"), None,
     ([" operated by", " flown by", " piloted by", " launched by", " controlled by"],)),
    # "forces loyal to Khalifa Haftar": the forces of a named leader
    # ("Officials blame tribesmen loyal to X")
    # ("rebels loyal to the sacked army chief, Gen. X", "the air force loyal to retired general X")
    # (a lowercase word with an accent too: "insurgents loyal to café owner X"; aircraft: "Air force jets loyal to X bomb")
    ((rf"(?P<name>(?:(?:rebel|government|army|armed|militia|tribal) )?(?i:{_FIGHTERS}|tribesmen|air force|(?:air force )?{_AIRCRAFT_PLURAL})"
      rf" loyal to (?:the )?(?:[\p{{Ll}}\-]+ ){{0,3}}"
      rf"(?:[a-z\-]+, (?:(?:Gen|Col|Maj|Capt|Lt)\. |(?:General|Colonel|Major|Captain|Marshal|Field Marshal) )?)?\p{{Lu}}[\p{{L}}\-'’]+(?: (?:al-|bin |de )?\p{{Lu}}[\p{{L}}\-'’]+){{0,3}})"), None,
     ["loyal to"]),
    # a band named by whom it once fought: "Former rebels who fought against X attack the offices"
    ((r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while|then) )(?P<name>(?i:former) (?:rebels|fighters|militiamen|guerrillas|insurgents)"
      r" who (?:had )?fought (?:against|under|for) (?:the )?(?:[a-z\-]+ ){0,2}\p{Lu}[\p{L}\-'’]+(?: (?:al-|el-|bin |de )?\p{Lu}[\p{L}\-'’]+){0,3})"
      rf"(?:,)? (?:(?:had|have|then|later|reportedly) )*{_ACTING_VERB}(?-u:\b)"), None, ["fought"]),
    # a group's members acting, the group named by its own name (even one the dictionary lacks): "Members of a Mara gang
    # shoot at a bus", "officials say members of the X attacked a wing"
    ((rf"(?:^|[,;:] |(?-u:\b)(?:say|says|said|that|when|as|after|while|and|then) )(?i:members) (?:of|from) (?:the |an? )"
      rf"(?P<name>{_GROUP_NAME}(?: (?:gang|cartel|militia|clan|faction|mafia))?)"
      rf" (?:(?:had|have|has|then|later|reportedly|allegedly|also) )*{_ACTING_VERB}(?-u:\b)"), None, (["members of", "members from"],)),
    # jihadists with no other name, in a blame or a belief (the gold rules keep the word there, not as a bare subject:
    # "Jihadists attack a convoy" names no one): "an attack the government blames on jihadists", "Gunmen suspected to
    # be jihadists kill"
    ((r"(?i:blam(?:e|es|ed|ing)(?: [^.;,]{0,50}?)? on|(?:suspected|believed|thought|presumed) to (?:be|have been))"
      # (not a named group's: "blames jihadists of the Islamic State")
      r" (?P<name>jihadists)(?:[.,;:]|$| (?:for|in|near|after|who|and|but|while|as|on|at|kill|attack|storm|raid|ambush)[a-z]*(?-u:\b))"),
     None, ["jihadists"]),
    # unnamed bands someone blames, then a described band doing it (both defined above the list, their handling below
    # tests them by name)
    (_BLAMED_BAND, None, ["blam", "accus", "suspect"]),
    (_SUBJECT_BAND, None, _REBEL_WORDS),
    (_FIRST_FIGHT_SIDE, None, ([" between "], ["fight", "clash", "battle", "skirmish"])),
    (_FIRST_SIDE_FIGHTS, "stated", ([" and "], ["fight", "fought", "clash", "battle", "trade fire", "traded fire", "exchange fire", "exchanged fire"]), "armed_group"),
    (_FOUGHT_MEMBERS_OF, "stated", ([" with "], ["members of", "fighters of", "militants of", "rebels of", "gunmen of", "guerrillas of", "insurgents of", "members from", "fighters from"]), "armed_group"),
]
# (after the bands: a band at the same place wins, "Baloch rebels said they had carried out")
_NAMED_PATTERNS.append((_SUBJECT_CLAIMANT, None, ([" it ", " they ", "claim", "admit", "took responsib", "taken responsib", " demanding",
                                                   " in exchange for "],
                                                  ["said it", "says it", "say it", "said they", "say they", "said that", "that it ", "that they ",
                                                   "says that", "claim", "admit", "acknowledg", "announc", "took", "taken", " demand"])))
# (after the bands: a band at the same place wins, "blame Malay Muslim insurgents")
_NAMED_PATTERNS.append((_BLAMED_PROPER_NAME, None, ["blam", "accus", "suspect"]))
# (a state's agency gives way like a band: "Iran's Revolutionary Guards" is the dictionary's group)
_BAND_PATTERNS = {_JUNTA_WEAPON, _COUNTED_FORCE_OPENS, _PEACEKEEPERS_ACT, _PLACE_POLICE_ACTS, _BLAMED_BAND, _SUBJECT_BAND, _BAND_BEHIND, _BELIEVED_BAND, _BAND_PASSIVE, _FORCE_BAND_ACTS, _BARE_FORCE_OPENS, _STATE_AGENCY, _BLAMED_FORCE}
# names read from a blame that give way to any actor the dictionary knows there
_YIELDING_PATTERNS = {_NAMED_PERSON_KILLS, _PLACE_POLICE_ACTS, _BLAMED_FOR, _BLAMED_PROPER_NAME, _BLAMED_APPOSED_GROUP, _SUBJECT_CLAIMANT, _BELIEVED_SUBJECT, _PINNED_ON_NAME, _OPERATED_WEAPON}
_DESCRIBED_ATTACKER = (r"^(?:-born)? (?:gunm[ae]n|attackers?|assailants?|(?:suicide )?bombers?|bomb-?makers?|man|woman|men|women|teenagers?"
                       r"|youths?|nationals?|citizens?|militants?|extremists?)(?-u:\b)")
# one serviceman of a state or its force: "A Saudi Air Force officer, X, opened fire", "a Jordanian army captain"
_ONE_SERVICEMAN = (r"^(?: [A-Za-z\-]+){0,2} (?:officer|captain|sergeant|soldier|lieutenant|corporal|cadet|serviceman"
                   r"|policeman|conscript|reservist)(?-u:\b)")
# ... or one of its commanders, mostly the one hit: "the Russian military commandant of Urus-Martan", "the Egyptian
# army's commander in Arish" (only force words between: "the Syrian army said the commander was killed" is its voice)
_ONE_COMMANDER = (r"^(?:(?:'s|’s)| (?:military|army|navy|air|force|forces|police|security|defen[cs]e|intelligence|border|guard"
                  r"|special|regional|garrison|deputy|top|senior|chief))* (?:commandant|commander|colonel|general|attach[eé]"
                  r"|adviser|advisor)(?-u:\b)")


def _named_in_text(sentences: pl.DataFrame) -> pl.DataFrame:
    """Perpetrator candidates named by their context, not the dictionary: "a group calling itself the X", "the
    jihadist group X", "rebels of the X", "the X armed group" (armed groups); "identified the gunman as X", "by an
    off-duty police officer, X", "X was the leading suspect" (people, with the status the words give)."""
    base = sentences.select("article_id", "sentence_index", "text")
    # words: one list (a sentence needs one of them) or a tuple of lists (one of each); each distinct list is looked
    # up once, all in one pass (several patterns share a list: "blam", "accus", "suspect")
    word_lists = {tuple(w): f"_w{i}" for i, w in enumerate(dict.fromkeys(
        tuple(w) for _, _, words, *_ in _NAMED_PATTERNS for w in (words if isinstance(words, tuple) else (words,))))}
    # (one Aho-Corasick pass finds every word of every list; each list then only looks at the words found)
    every_word = sorted({word.lower() for words in word_lists for word in words})
    base = base.with_columns(_hits=pl.col("text").str.extract_many(every_word, ascii_case_insensitive=True, overlapping=True)
                             .list.eval(pl.element().str.to_lowercase()))
    base = base.with_columns(pl.col("_hits").list.eval(pl.element().is_in([word.lower() for word in w])).list.any().alias(column)
                             for w, column in word_lists.items()).drop("_hits")
    rows = []
    for pattern, preset, words, *kind in _NAMED_PATTERNS:
        # (a preset is a status, or an expression of the match "m" giving it; the kind defaults to a person where a
        # status is preset, else to a group)
        kind = kind[0] if kind else ("armed_group" if preset is None else "person")
        needed = [pl.col(word_lists[tuple(w)]) for w in (words if isinstance(words, tuple) else (words,))]
        found = find_matches(base.filter(*needed).select("article_id", "sentence_index", "text"), pattern, "m")
        # (the first group extracted once: each regex use past polars' 32-pattern cache is compiled again)
        found = found.with_columns(_raw=pl.col("m").str.extract(pattern, 1))
        if pattern.endswith(f"{_ARMED_NOUN}(?-u:\\b)"):
            # "the Islamist group Boko Haram": the word before the noun describes the name after it
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 5).str.contains(r"^ (?:\p{Lu}|al-|el-)"))
        if pattern == _SUBJECT_BAND:
            found = _band_as_subject(found.with_columns(_suspect_opens=pl.col("m").str.contains(_SUSPECTED_CREED_BAND) & pl.col(
                "text").str.slice(0, pl.col("m_start")).str.contains(_SENTENCE_OPENS)))
        elif pattern == _BLAMED_BAND:
            found = found.with_columns(_suspect_opens=pl.col("m").str.contains(_SUSPECTED_CREED_BAND_AFTER) & pl.col(
                "text").str.slice(0, pl.col("m_start")).str.contains(_SUSPECTING_SPEAKER_BEFORE))
            # "killed 107 suspected Muslim insurgents": a counted band the adjective describes is the victims
            found = found.filter(~(pl.col("m").str.contains(r"^(?i:suspected|alleged) ") & pl.col("text").str.slice(
                0, pl.col("m_start")).str.contains(
                r"(?i:(?-u:\b)(?:\d[\d,]*|dozens|scores|hundreds|several|two|three|four|five|six|seven|eight|nine|ten|killed"
                r"|killing|kills|kill|arrested|arrests|detained|captured|wounded|of)) $")))
        elif pattern == _BLAMED_CREED:
            # ("blame anarchists of the X group": the group named after it)
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 5).str.contains(r"^ (?:of|from) "))
        elif pattern == _BLAMED_FORCE:
            # the force itself, not its people or a failure of it: "blamed the army chief", "accused the police of failing"
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
                r"^(?:'s|’s|-| (?:chiefs?|commanders?|spokes\w+|officers?|officials?|leaders(?:hip)?|command|generals?|units?"
                r"|(?:of|for) (?:failing|failure|negligence|incompeten|ignoring|covering|not |doing nothing|inaction|lying|allowing"
                r"|neglect)))"))
        elif pattern in (_BLAMED_FOR, _BLAMED_APPOSED_PERSON, _BLAMED_APPOSED_OFFICIAL):
            # accused of a failure, not of the act: "accuses Prime Minister X of failing to protect the city"
            # (nor a state's office: "accuses Russia's President X of ordering")
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
                r"^ (?:failing|failure|negligence|incompeten|ignoring|covering|not |doing nothing|inaction|lying|allowing|neglect)"),
                ~pl.col("_raw").str.contains(_OFFICE_OF_STATE),
                # "blames Muslim separatists of the Moro Islamic Liberation Front": the band describes the group after it
                ~pl.col("m").str.contains(rf" {_REBELS} of$"))
        elif pattern == _BLAMED_PROPER_NAME:
            # a person or an office blamed is no group read from context ("accused President X", "blamed Prime
            # Minister Y's government", "accuses Russia's President X")
            found = found.filter(~pl.col("_raw").str.contains(
                r"^(?:\p{Lu}[\p{L}\-]+(?:'s|’s) )?(?:President|Prime|Minister|King|Queen|Prince|Mr|Mrs|Ms|Dr|General|Gen|Sheikh|Foreign|Defen[cs]e|Interior"
                r"|Police|Officials?|State|Western|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                # (an acronym that names no group)
                r"|PM|MP|MPs|CEO|TV|AM|PM|GMT|UTC|US|USA|UK|EU|UN|AU|NATO)(?-u:\b)"),
                # (a state's own agency after its name is read whole: "accuses Russia's Federal Security Service")
                ~(pl.col("m").str.contains(r"(?:'s|’s) ") & pl.col("_raw").str.contains(rf"(?i:(?-u:\b){_AGENCY_WORD})$")))
        elif pattern in (_BELIEVED_SUBJECT, _PERSON_CHARGED):
            # a name of its own (not an office: "President X", "Police"), told without a speaker between
            name = pl.col("_raw").str.replace(r"^(?:The|A|An) ", "")
            found = found.filter(name.str.contains(r"^\S+ (?:\S+ )*(?:\p{Ll}{1,3}-)?\p{Lu}|^\p{Lu}{2,}[\p{Lu}\d\-]*(?: \(|$)"),
                                 ~name.str.contains(_NOT_A_CLAIMANT), ~_civil_organization(name),
                                 ~pl.col("m").str.contains(r"(?-u:\b)(?:said|says|told|say)(?-u:\b)[^.;]* charged with$"))
        elif pattern == _FOLLOWERS:
            # "blames members of the Salafist group Ansar al-Sharia": a word describing the group named after it
            # ("suspected members of the Basque separatist group ETA": two words may describe it)
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(rf"^ (?:[\p{{Ll}}\-]+ )?{_GROUP_NOUN} "))
        elif pattern == _PINNED_ON_NAME:
            # "Suspicion fell on the Islamist sect Boko Haram": a word describing the name after it
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(r"^ [\p{Ll}\-]+ (?:\p{Lu}|al-)"))
        elif pattern == _GROUP_APPOSED:
            found = found.filter(~pl.col("m").str.slice(0, pl.col("m").str.find(pl.col("_raw"), literal=True)).str.contains(
                _SPEAKER_FOR_BEFORE))
        elif pattern == _SUBJECT_CLAIMANT:
            # two capitalised words at least, or an acronym: "Police said they had shot the gunman" claims nothing
            # (single-word groups are the dictionary's)
            name = pl.col("_raw").str.replace(r"^(?:The|A|An) ", "")
            rest = pl.col("text").str.slice(pl.col("m_start") + pl.col("m").str.find(name, literal=True) + name.str.len_chars(), 150
                                            ).str.replace(_CLAIMANT_APPOSITION, "")
            found = found.filter(
                ~pl.col("text").str.slice(0, pl.col("m_start") + pl.col("m").str.find(name, literal=True)).str.contains(
                    _SPEAKER_FOR_BEFORE),
                # (or one hyphenated name of two: "Jaish-e-Fursan-e-Muhammad, a group not heard of before, claims")
                name.str.contains(r"^\p{Lu}\S* (?:\S+ )*(?:\p{Ll}{1,3}-)?\p{Lu}|^\p{Lu}{2,}[\p{Lu}\d\-]*(?: \(|$)"
                                  r"|^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,3})?-\p{Lu}\p{Ll}+"), ~name.str.contains(_NOT_A_CLAIMANT),
                ~_civil_organization(name),
                rest.str.contains(_SELF_CLAIM_AFTER) | rest.str.contains(_CLAIM_WORDS_AFTER) | rest.str.contains(_CAPTOR_TERMS_AFTER))
        elif pattern == _ARRESTED_PERSON:
            # an arrest for something else, or told apart: "Separately, police arrested X on drug charges"
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 90).str.contains(_ARREST_FOR_OTHER),
                                 ~pl.col("text").str.contains(r"^(?:Separately|Elsewhere|Meanwhile|In (?:a |another )?separate|In another)(?-u:\b)"))
        elif pattern == _APPOSED_ATTACKER_OPENS:
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
                r"^ (?:(?:has|had|later|also) )?(?:said|says|told|tells|added|adds|confirmed|confirms|denied|denies|warned|warns)(?-u:\b)"))
        elif pattern == _AGENT_ACTS:
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(_ENDS_IT_AFTER))
        elif pattern == _PLACE_POLICE_ACTS:
            found = found.filter(~pl.col("_raw").str.contains(
                r"^(?:The|Federal|State|Riot|Military|Border|National|Secret|Religious|Traffic|Municipal|Local|City|Armed|Police"
                r"|Anti|Counter|Special|Some|Other"
                # (a count is no place: "Nine police shot dead by gunmen")
                r"|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\p{Lu}\p{Ll}+teen|Twenty|Thirty|Forty|Fifty|Dozens|Scores"
                r"|Hundreds|Several|Many|Few|Both|All) "))
        elif pattern == _AGENCY_ACRONYM:
            found = found.filter(~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?:'s|’s) $"))
        elif pattern in (_FIRST_FIGHT_SIDE, _FIRST_SIDE_FIGHTS):
            # a creed's word or people, or a people's adjective alone before the shared noun: a community, no doer
            found = found.filter(~pl.col("_raw").str.contains(_COMMUNITY_SIDE))
        elif pattern == _STATE_AGENCY:
            found = found.filter(pl.col("m").str.contains(rf"(?i:(?-u:\b){_AGENCY_WORD})$"))
        elif pattern == _NAME_THEN_GROUP:
            # "X, a member of the group,": a person tied to a group, not the group
            # (in the description, not the name: "The Forces for National Liberation (FNL), a Hutu rebel group, claims")
            found = found.filter(~pl.col("m").str.slice(pl.col("_raw").str.len_chars()).str.contains(
                r" (?:of|for|with|in|from|to|by|at) "))
        elif pattern == _PERSON_ACTS:
            # "X, a lawyer, is shot and killed": the person is hit
            found = found.filter(~pl.col("m").str.contains(r", (?:is|was|are|were|has been|had been|gets|got) [a-z ]*$"))
        elif pattern == _NAMED_PERSON_KILLS:
            # ("X kills himself": no attack)
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(r"^ (?:himself|herself)(?-u:\b)"))
        elif pattern == _HIT_BY_PERSON:
            # "killed when troops broke up a march by Coptic Christians": a clause between, the name is not the agent
            found = found.filter(~pl.col("m").str.contains(
                r"(?-u:\b)(?:when|while|after|before|because|where|which|who|but|march|protest|rally|demonstration|speech|visit)(?-u:\b)"))
        # (not the article, nor the sponsor of a named group: "The al-Qaeda-linked Abdullah Azzam Brigades")
        name = pl.col("_raw").str.replace(
            # (a sponsor of several words too: "The Islamic State-affiliated ISWAP")
            r"^(?:The |A |An |(?:\p{Lu}\S* ){0,3}\S+-(?:linked|backed|based|aligned|allied|inspired|affiliated|sponsored) )+", "")
        # the name's offset inside the match: the pattern's first group, found again in the match text
        offset = pl.col("m").str.find(name, literal=True)
        rows.append(found.select(
            "article_id", "sentence_index", (pl.col("m_start") + offset).alias("start"),
            (pl.col("m_start") + offset + name.str.len_chars()).alias("end"), name.alias("mention_text"),
            pl.lit(kind).alias("actor_kind"),
            # a band named by description ("government forces", "Maoist rebels") gives way to a named group
            pl.lit(pattern in _BAND_PATTERNS).alias("_band"),
            # a name read only from a blame ("accused Israel of") gives way to any actor the dictionary knows there
            pl.lit(pattern in _YIELDING_PATTERNS).alias("_yields"),
            pl.lit(pattern == _BAND_PASSIVE).alias("_yields_to_body"),
            pl.lit(None, pl.String).alias("actor_key"),
            "_raw", (pl.col("_suspect_opens") if pattern in (_SUBJECT_BAND, _BLAMED_BAND) else pl.lit(False)).alias("_suspect_opens"),
            (preset if isinstance(preset, pl.Expr) else pl.lit(preset, pl.String)).alias("_preset")))
    named = pl.concat(rows).drop_nulls("mention_text")
    # a sponsor's people before the name is no part of it: "The pro-Iranian Islamic Jihad Organization claims" names the
    # Islamic Jihad Organization (not "Iranian Islamic Jihad Organization", which the "pro-" before it then drops)
    sponsored = pl.col("text").str.slice((pl.col("start") - 5).clip(0), (pl.col("start")).clip(0, 5)).str.contains(
        r"(?-u:\b)(?i:pro|anti)-$") & pl.col("mention_text").str.contains(r"^\p{Lu}\p{Ll}+ \p{Lu}")
    cut = pl.col("mention_text").str.find(" ") + 1
    named = named.join(sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]).with_columns(
        start=pl.when(sponsored).then(pl.col("start") + cut).otherwise(pl.col("start")),
        mention_text=pl.when(sponsored).then(pl.col("mention_text").str.slice(cut)).otherwise(pl.col("mention_text")),
    ).drop("text")
    # a band named only by a creed or a manner says what kind of attacker, as "gunmen" or "militants" do (the gold rules
    # leave it unnamed: "Officials blame Islamic militants angered by his support for the US"); a people, a land, a sect
    # or a cause names a movement ("Kurdish rebels", "Chechen separatists", "Sunni insurgents", "Maoist rebels")
    # (as written, before a sponsor is stripped: "Pakistan-based militant groups" is named by its base)
    named = named.filter(~(pl.col("_raw").str.contains(_GENERIC_BAND).fill_null(False) & ~pl.col("_suspect_opens")),
                         # (nor a bare noun left once its sponsor is cut: "Al-Qaeda-linked militants")
                         ~(pl.col("mention_text").str.contains(rf"^(?:{_FIGHTERS}|{_REBELS})$")
                           & (pl.col("mention_text") != pl.col("_raw"))).fill_null(False)).drop("_raw", "_suspect_opens")
    # a common word opening a sentence or a name ("The", "A") is no group
    return named.filter(~pl.col("mention_text").str.contains(
        r"^(?:The|A|An|This|That|Its|Their|His|Her|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"),
                        pl.col("mention_text").str.len_chars() > 2).unique(
        ["article_id", "sentence_index", "start"], keep="first", maintain_order=True)


# a description, not a name: "Islamist militants", "Seven rebels", "Rival fighters" (the gold rules leave these unnamed)
# ("tribal gunmen": a kind of attacker, as "tribesmen" are; "tribal fighters loyal to X" names its leader)
_GENERIC_BAND = (r"^(?:[Tt]he )?(?i:suspected )?(?i:islamic|islamist|jihadist|militant|radical|extremist|hardline|armed|unidentified"
                  rf"|unknown|masked|suspected|tribal) {_FIGHTERS}$")
# ... but a report that opens on the doers as suspected Islamists names them so ("Suspected Islamist militants attack
# an army post, killing ..."): the suspicion is the report's naming of the doer, not a description of a band hit
_SUSPECTED_CREED_BAND = rf"^(?i:suspected) (?:Islamist|Islamic) {_FIGHTERS}(?-u:\b)"
# ... as does one that says who suspects them ("Police say they suspect Islamic militants", "Investigators suspected
# Islamist insurgents"); a blame does not ("Officials blame Islamic militants": the gold rules leave it unnamed)
_SUSPECTED_CREED_BAND_AFTER = rf"^(?i:suspect(?:s|ed)?) (?:Islamist|Islamic) {_FIGHTERS}(?-u:\b)"
_SUSPECTING_SPEAKER_BEFORE = (r"(?i:(?-u:\b)(?:police|officials|investigators|authorities|army|military|government|sources"
                              r"|prosecutors|officers|they)(?: (?:say|says|said)(?: that)? (?:they|it))?(?: [a-z]+ly)?) $")
_SENTENCE_OPENS = r"^$|^\p{Lu}[\p{Lu}'’ .\-]+(?:, [^.;]{0,20}?)? [—–\-] $"
_UNNAMED_BAND_WORD = (r"^(?:The|A|An|Some|Many|Several|Other|Local|Foreign|These|Those|Their|Its|His|Her|Dozens|Hundreds"
                      r"|Scores|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Islamist|Jihadist|Rival|Armed|Unidentified"
                      r"|Unknown|Masked|Suspected|Alleged|Militant|Radical|Extremist|Heavily|Hardline|Young|Former) ")
# the word after a band that says it was hit or only placed, not acting: "Kurdish rebels were killed", "... in"
_BAND_NOT_ACTING = (r"^ (?:were|was|are|is|have been|has been|had been|and|or|in|on|at|of|near|from|for|to|during|after"
                    r"|who|whose|killed|wounded|died|dead|the|an?|as|with|by|into|under|inside|across|around|including)(?-u:\b)")


def _band_as_subject(found: pl.DataFrame) -> pl.DataFrame:
    """Matches of `_SUBJECT_BAND` whose band acts: a verb follows it ("Maoist rebels ambush"), or it opens the sentence
    or follows "by", "with", "when", "after" ("killed when Maoist rebels blow up", "clashes with PKK insurgents");
    not a band described as hit ("killing 12 Kurdish rebels in ...") or by a word that names nobody."""
    name = pl.col("_raw")
    trailing = pl.col("m").str.slice(pl.col("m").str.find(name, literal=True) + name.str.len_chars())
    before = pl.col("text").str.slice(0, pl.col("m_start"))
    # (also a side of a fight: "Clashes between Christian anti-balaka militias and former Séléka rebels")
    # (also after a dateline: "N'DJAMENA, Feb 3 - Chadian rebels who swept into the capital")
    opens = before.str.contains(r"(?:^|(?-u:\b)(?:by|with|when|after|as|while|but|then|between(?: the)?) |, |^\p{Lu}[\p{Lu}'’ .\-]+(?:, [^.;]{0,20}?)? [—–\-] )$") | before.str.contains(
        _SUSPECTED_ORIGIN_BEFORE) | before.str.contains(
        # ("the attackers appeared to be NPA rebels")
        r"(?i:(?-u:\b)(?:believed|thought|suspected|presumed|said|appears?|appeared|seems?|seemed) to (?:be|have been) (?:the |an? )?)$"
    ) | before.str.contains(
        # ("A mob of pro-Jakarta militiamen and their followers overruns the office", "Hundreds of Hutu militiamen attacked")
        r"(?:^|[,;:] |(?-u:\b)(?:when|as|after|while) )(?:(?:An?|The|a|the) (?:[a-z\-]+ )?(?:mob|band|crowd|gang|column|group|squad"
        r"|horde|unit)|(?i:dozens|hundreds|scores|thousands)) of $")
    acts = trailing.str.contains(r"^ [a-z]") & ~trailing.str.contains(_BAND_NOT_ACTING)
    # ... or opening what someone says, its verb an act on others: "Turkey says Kurdish rebels killed six soldiers"
    reported = before.str.contains(r"(?-u:\b)(?:says|said|say)(?: that)? $") & pl.col("text").str.slice(
        pl.col("m_start") + pl.col("m").str.find(name, literal=True) + name.str.len_chars(), 40).str.contains(
        r"^ (?:(?:had|have|also|then) )?(?:killed|wounded|ambushed|attacked|abducted|kidnapped|shot) (?:\d|two|three|four|five|six"
        r"|seven|eight|nine|ten|several|dozens|an?|the|at least|more than)(?-u:\b)")
    # (not the allies a force is told backed by: "Yemeni troops backed by some 3,000 X and Y tribesmen stormed the town")
    allies = before.str.contains(r"(?-u:\b)(?:backed|supported|aided|helped|joined|accompanied|assisted|reinforced) by (?:[^.;,]|,\d){0,50}$")
    return found.filter(~(name.str.contains(_UNNAMED_BAND_WORD) & ~pl.col("_suspect_opens")), ~allies,
                        ~trailing.str.contains(r"^ (?:were|was|are|is|have been|has been|had been)(?-u:\b)"),
                        opens | acts | reported)


# a force's taking or holding of a place, told of it in a relative clause (see perpetrators)
_TOOK_THE_PLACE_AFTER = (r"^(?: [A-Za-z\-]+){0,2}? (?:(?:had|have|has) )?(?:took|taken|captured|seized|retook|retaken|recaptured"
                         r"|overran|overrun|wrested|held|holds?|controls?|controlled|occupied|occupies|besieged)(?-u:\b)"
                         # ... or an earlier attack on the place the victims were heading to: "as they headed to an army
                         # position that X fighters had attacked"
                         r"|^(?: [A-Za-z\-]+){0,2}? had (?:earlier |already |just )?(?:attacked|raided|stormed|overrun|ambushed|shelled)(?-u:\b)")


# fighting between two sides ("clashes between X and the Y"): the first side, and the second after it
_FIGHT_BETWEEN = (r"(?-u:\b)(?i:fighting|clash(?:es)?|battles?|war|gunfights?|firefights?|gun ?battles?|hostilities|combat"
                  r"|skirmish(?:es)?)(?: [^.;]{0,60})? between (?:the )?$")
_OTHER_SIDE = (r"^ and (?:the )?((?:[\p{Ll}\-]+ )?\p{Lu}[\p{L}'’\-]*(?: (?:of |of the |al-|for the )?\p{Lu}[\p{L}'’\-]*){0,5}"
               r"(?: (?:rebels|militias|militiamen|fighters|insurgents|militants|separatists|guerrillas))?)")


# a state's military bodies known by their own names (a closed list: the actors give them no country)
_STATE_BODIES = {"Israel Defense Forces": "ISR", "IDF": "ISR", "Pentagon": "USA", "CENTCOM": "USA", "AFRICOM": "USA",
                 "U.S. Central Command": "USA", "U.S. Africa Command": "USA", "Kremlin": "RUS"}
_STATE_BODY = "(?:" + "|".join(body.replace(".", r"\.") for body in _STATE_BODIES) + ")"
# a state's body or office speaking: "The U.S. military says", "U.S. President Barack Obama confirms that"
_STATE_SPEAKS = (r"^(?:'s|’s)?(?: (?:\p{Lu}[\p{L}.\-]*|officials?|military|army|government|forces|navy|air force|spokes\w+"
                 r"|defen[cs]e|ministry|minister|president|command|authorities)){0,5} (?:(?:has|have|had|also|later) )*"
                 r"(?:says?|said|confirm(?:s|ed)?|acknowledg(?:e|es|ed)|admit(?:s|ted)?|announc(?:e|es|ed))(?-u:\b)")


# a group told again by a description after a blame, no name after it: "... a warning call in the name of ETA. Interior
# Minister X blamed the Basque separatist group", "... Officials blamed the rebels."
_DESCRIBED_AGAIN = (r"(?i:blam|accus|suspect)[a-z]* the ((?:[A-Za-z\-]+ ){0,3}(?:group|movement|organi[sz]ation|militia"
                    r"|network|outfit|faction|insurgents|rebels|separatists|guerrillas|militants))(?-u:\b)")


# ... or a claim by such a description: "Hamas fighters fired rockets at Ashkelon. The group claimed the attack.",
# "...; the group's armed wing claimed the barrage", "The militant group said it carried out the attack"
_CLAIMED_AGAIN = (r"(?:^|[.;:,] |(?-u:\b)(?:and|but|while|after) )(?i:the) ((?:[A-Z][a-z]+ )?(?:[a-z\-]+ ){0,2}(?:group|movement|militia"
                  r"|organi[sz]ation|network|faction))(?:(?:'s|’s) (?:[a-z]+ )?(?:wing|leadership|command|spokesman))?"
                  r" (?:(?:later|has|had|also|quickly|then) )*(?:(?:claimed|claims|admitted) (?:responsibility|credit|the |an? |both |its |it)"
                  r"|(?:said|says) (?:it|they) (?:had |has |was |were )?(?:carried out|behind|responsible|staged|launched|planted"
                  r"|attacked|fired|killed)|took responsibility)")


# ... or acting: "Residents of Damasak, a town recently retaken from Boko Haram, say the militants carried off 400 women"
_ACTING_AGAIN = (r"(?:^|[.;:,] |(?-u:\b)(?:and|but|while|after|when|that|say|says|said) )(?i:the) (militants|insurgents|jihadists|rebels"
                 r"|guerrillas|extremists|fighters|group) (?:(?:had|have|has|then|later|also|reportedly|allegedly) )*(?:carried off"
                 r"|killed|abducted|kidnapped|seized|attacked|stormed|raided|burned|torched|massacred|beheaded|executed|planted"
                 r"|detonated|ambushed|shelled|overran|took (?:away|hostage))(?-u:\b)")


def _described_again(sentences: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """The armed group a blamed description (or a claiming one) refers back to: the nearest one named before it, in
    its sentence or the two before; as a known actor's row standing where the description stands."""
    rows = sentences.filter(pl.col("text").str.contains_any(["blam", "accus", "suspect"], ascii_case_insensitive=True))
    found = find_matches(rows.select("article_id", "sentence_index", "text"), _DESCRIBED_AGAIN, "m")
    found = found.with_columns(_ds=pl.col("m_end") - pl.col("m").str.extract(_DESCRIBED_AGAIN, 1).str.len_chars()).filter(
        # a name after it is the group itself: "blamed the militant group Boko Haram", "the group's leader"
        ~pl.col("text").str.slice(pl.col("m_end"), 6).str.contains(r"^ (?:\p{Lu}|al-|el-|\()|^(?:'s|’s)")
        # (its people are the group: "Police suspect the group's members carried out the raid")
        | pl.col("text").str.slice(pl.col("m_end"), 20).str.contains(r"^(?:'s|’s) (?:members|fighters|militants|gunmen|men|operatives)(?-u:\b)"))
    claiming = sentences.filter(pl.col("text").str.contains_any(["claim", "said it", "says it", "responsib", "admitted"],
                                                                  ascii_case_insensitive=True))
    claims = find_matches(claiming.select("article_id", "sentence_index", "text"), _CLAIMED_AGAIN, "m")
    description = pl.col("m").str.extract(_CLAIMED_AGAIN, 1)
    # (a rights group or an aid group saying it documented the killings is no armed group)
    claims = claims.filter(~description.str.contains(
        r"(?:rights|aid|advocacy|monitoring|watchdog|charity|media|press|medical|relief|humanitarian|activist|campaign"
        r"|lobby|business|industry|trade|research|opposition|civic)"))
    claims = claims.with_columns(_ds=pl.col("m_start") + pl.col("m").str.find(description, literal=True)).with_columns(
        m_end=pl.col("_ds") + description.str.len_chars())
    acting = sentences.filter(pl.col("text").str.contains(r"(?i:the (?:militants|insurgents|jihadists|rebels|guerrillas|extremists"
                                                          r"|fighters|group) )"))
    acts = find_matches(acting.select("article_id", "sentence_index", "text"), _ACTING_AGAIN, "m")
    description = pl.col("m").str.extract(_ACTING_AGAIN, 1)
    acts = acts.with_columns(_ds=pl.col("m_start") + pl.col("m").str.find(r"(?i:the) " + description) + 4).with_columns(
        m_end=pl.col("_ds") + description.str.len_chars())
    found = pl.concat([found, claims.select(found.columns), acts.select(found.columns)])
    groups = known.filter(pl.col("actor_kind") == "armed_group")
    # (not a group named as what was hit: "Gunmen of X storm a Revolutionary Guards base ... The group claims the attacks")
    # (the sentences read here are those with event words or cues: a group named in another stays)
    groups = groups.join(sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                         how="left").filter(
        ~pl.col("text").str.slice(pl.col("end"), 40).str.contains(_GROUP_AS_OWNER).fill_null(False),
        ~pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?i:(?-u:\b)(?:on|against|targeting|at) (?:the |an? )?$)").fill_null(False)).drop("text")
    # (a description holding a group's own name is that name: "blamed the Islamic State group")
    named_inside = found.join(known.filter(pl.col("actor_kind") != "country"), on=["article_id", "sentence_index"]).filter(
        (pl.col("start") < pl.col("m_end")) & (pl.col("end") > pl.col("_ds")))
    found = found.join(named_inside.select("article_id", "sentence_index", "_ds").unique(),
                       on=["article_id", "sentence_index", "_ds"], how="anti")
    return found.select("article_id", pl.col("sentence_index").alias("_s"), "_ds", pl.col("m_end").alias("_de")).join(
        groups, on="article_id").filter(
        pl.col("sentence_index").is_between(pl.col("_s") - 2, pl.col("_s") - 1)
        | ((pl.col("sentence_index") == pl.col("_s")) & (pl.col("end") <= pl.col("_ds")))).sort(
        "sentence_index", "start", descending=True).unique(["article_id", "_s", "_ds"], keep="first").with_columns(
        sentence_index=pl.col("_s"), start=pl.col("_ds"), end=pl.col("_de")).drop("_s", "_ds", "_de")


def _first_side_of_a_fight(candidates: pl.DataFrame, bound: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """A named side (no country, no "pro-Russian crowds") opening "fighting ... between X and Y" that no event word
    of its sentence took (the fighting is the cause of the deaths told, not an attack of its own): it serves the
    first occurred incident of its sentence."""
    first = incidents.filter(pl.col("status") == "occurred").sort("_iid").unique(
        ["article_id", "sentence_index"], keep="first").select("article_id", "sentence_index", "_iid")
    unbound = candidates.join(bound.select("article_id", "sentence_index", "start"), on=["article_id", "sentence_index", "start"],
                              how="anti")
    sides = unbound.filter(
        pl.col("actor_kind") != "country", pl.col("mention_text").str.contains(r"^\p{Lu}"),
        pl.col("text").str.slice(0, pl.col("start")).str.contains(_FIGHT_BETWEEN)).join(
        first, on=["article_id", "sentence_index"])
    # ... and the subject opening the sentence whose verb tells no incident of its own, the incident told after it:
    # "Bahraini riot police storm the protest camp in Manama before dawn, killing at least three protesters" (the
    # subject of the participle's clause)
    later = incidents.filter(pl.col("status") == "occurred").select(
        "article_id", "sentence_index", "_iid", pl.col("trigger_start").alias("_t"))
    subjects = unbound.filter(
        # (or its fighters: "Fighters of the Allied Democratic Forces kill at least 17 people in a raid")
        pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"^(?:(?:Fighters|Members|Militants|Gunmen|Rebels|Insurgents|Militiamen) (?:of|from) )?(?:(?i:the|an?) )?$"),
        pl.col("text").str.slice(pl.col("end"), 60).str.contains(_FORCE_ACTS_AFTER)).join(
        later, on=["article_id", "sentence_index"]).filter(pl.col("_t") > pl.col("end")).sort("_t").unique(
        ["article_id", "sentence_index", "start"], keep="first").drop("_t")
    # ... or opening a clause of the same time, its verb an excluded word, serving the nearest incident: "14 people are
    # killed as riot police fire on demonstrators" (not a clause of its own: "; Israeli tanks then pound Hamas
    # sites", nor a cause: "after the rebels killed a guard")
    clause_subjects = unbound.filter(
        pl.col("text").str.slice(0, pl.col("start")).str.contains(r"(?-u:\b)(?:when|as|while) (?:(?i:the|an?) )?$"),
        pl.col("text").str.slice(pl.col("end"), 60).str.contains(_FORCE_ACTS_AFTER)).join(
        later, on=["article_id", "sentence_index"]).sort((pl.col("_t") - pl.col("start")).abs(), "_t").unique(
        ["article_id", "sentence_index", "start"], keep="first").drop("_t")
    # ... or a claimant whose own claim words took it from the event words: "A drone attack sets off a fire at the
    # terminal ...; Ukraine claims responsibility" (the claim serves the incident told before it in its sentence)
    claimants = unbound.filter(pl.col("text").str.slice(pl.col("end"), 60).str.contains(_CLAIM_WORDS_AFTER)).join(
        later, on=["article_id", "sentence_index"]).filter(pl.col("_t") < pl.col("start")).sort("_t").unique(
        ["article_id", "sentence_index", "start"], keep="first").drop("_t")
    return pl.concat([sides, subjects, clause_subjects, claimants], how="diagonal_relaxed").unique(
        ["article_id", "sentence_index", "start"], keep="first").with_columns(_orphan=pl.lit(False))


def _told_after(candidates: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """Candidates of a sentence with no event word of its own (only a cue-less one: "A Houthi military spokesman
    claims the strike.") one or two sentences after an incident, bound to the first occurred incident of the
    nearest earlier sentence; the caller keeps only claims, blames and suspicions. A year tells of another time."""
    # (an event word that tells no incident of its own does not count: "The Israeli military said the raid was a
    # response to Houthi attacks", where "attacks" are others' and told elsewhere; such a sentence gives a claim only)
    orphans = candidates.join(anchors.filter(pl.col("a_iid").is_not_null()).select("article_id", "sentence_index").unique(),
                              on=["article_id", "sentence_index"], how="anti").filter(~pl.col("text").str.contains(r"(?-u:\b)(?:1[89]|20)\d\d(?-u:\b)"))
    orphans = orphans.join(anchors.select("article_id", "sentence_index", _claim_only=pl.lit(True)).unique(),
                           on=["article_id", "sentence_index"], how="left").with_columns(pl.col("_claim_only").fill_null(False))
    earlier = incidents.filter(pl.col("status") == "occurred").sort("_iid").unique(
        ["article_id", "sentence_index"], keep="first").select(
        "article_id", pl.col("sentence_index").alias("_prev_sentence"), "_iid").sort("_prev_sentence")
    return orphans.sort("sentence_index").join_asof(
        earlier, left_on="sentence_index", right_on="_prev_sentence", by="article_id", strategy="backward",
        allow_exact_matches=False, check_sortedness=False,
    ).filter(pl.col("_iid").is_not_null(), pl.col("sentence_index") - pl.col("_prev_sentence") <= 2).drop(
        "_prev_sentence").with_columns(_orphan=pl.lit(True))


def _serving_earlier(candidates: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """A claim, blame or suspicion also serves, where they name nobody, the occurred incidents told before it in its
    sentence or in the two sentences before: "Three car bombs explode in Yala ... A car bomb in Hat Yai kills three
    more. Officials blame Malay Muslim insurgents." (the blame covers both); "... killed 40 civilians; the U.S.
    military says its aircraft fired at guns that had opened fire on them" (the claim names a second event word)."""
    # (not a blame for other events it names: "Washington has blamed Iran-backed militias for a string of rocket
    # attacks on its embassy in recent months"; "blamed X for the attack" still looks back)
    for_other = pl.col("text").str.slice(pl.col("end"), 40)
    # ... as does the attacker named in apposition, who refers back to it: "Four Israelis are killed in a stabbing
    # attack in Beersheba. The attacker, X, who had been jailed for ..., is shot dead by a passer-by."
    # ("Police identified the gunman, who was shot dead by officers, as X")
    refers_back = pl.col("text").str.slice(0, pl.col("start")).str.contains(
        rf"^The (?:[\p{{L}}\-]+ ){{0,2}}{_ATTACKER_NOUN}, $|(?-u:\b)(?:identif(?:y|ies|ied)|name[sd]?) the (?:[a-z\-]+ ){{0,2}}"
        rf"{_ATTACKER_WORDS}(?:, [^,;.]{{3,60}},)? as (?:an? )?(?:\d+-year-old )?$")
    telling = candidates.filter(pl.col("status").is_in(["claimed", "accused", "suspected"]) | refers_back, ~(
        for_other.str.contains(r"^ (?:for|of) ") & ~for_other.str.contains(
            r"^ (?:for|of) (?:the|this|that|these|those|it|its|their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            r"|Sunday|last|yesterday|today)(?-u:\b)"
            # (the act told as a gerund: "accuses Ukrainian forces of shelling the city", "of carrying out the killings")
            # ("accuse Israeli forces of killing her")
            r"|^ (?:for|of) (?:carrying out |deliberately |indiscriminately )?[a-z]+ing (?:the|a|an|its|their|residential|civilian|live|on|at|into|unarmed"
            r"|her|him|them|his)(?-u:\b)"
            # (the act in the speaker's words: "blames Afghan border forces for what it calls unprovoked shelling")
            r"|^ (?:for|of) what (?:it|they|he|she|officials|the [a-z]+) (?:calls?|called|describes? as|described as|terms?|termed)(?-u:\b)")))
    earlier = incidents.filter(pl.col("status") == "occurred").select(
        pl.col("_iid").alias("_earlier_iid"), "article_id", pl.col("sentence_index").alias("_earlier_sentence"),
        pl.col("trigger_start").alias("_earlier_start"))
    return telling.join(earlier, on="article_id").filter(
        pl.col("_earlier_iid") != pl.col("_iid"),
        # (a sentence opening on "Separately," or "Elsewhere," tells another event)
        pl.col("sentence_index").is_between(pl.col("_earlier_sentence") + 1, pl.col("_earlier_sentence") + 2)
        & ~pl.col("text").str.contains(r"^(?:Separately|Elsewhere|Meanwhile|In (?:a |another )?separate|In another|Also on)(?-u:\b)")
        | ((pl.col("sentence_index") == pl.col("_earlier_sentence")) & (pl.col("_earlier_start") < pl.col("start"))),
    ).with_columns(_iid=pl.col("_earlier_iid"), _far=pl.lit(True)).drop("_earlier_iid", "_earlier_sentence", "_earlier_start")


def _attributed(before: pl.Expr, verbs: str) -> pl.Expr:
    """`before` (the text up to a mention) ends in one of `verbs` and a short description of the mention: "blamed
    the Islamist group ", "suspect fighters linked to ". The description holds no preposition: in "accused the army
    of failing to stop ", the army is the accused, not what follows."""
    # the last such verb: "suspect fighters linked to the ..." is read from "linked to"
    # ("blamed Kurdish rebels of the X", "blamed jihadists linked to X": the band is the group's description)
    # ... or a unit of it: "blaming the 10th Front of the FARC", "the Western Bloc of the X"
    band_of = (rf"(?:{_REBELS}|{_FIGHTERS}|members|cells?|men|radicals|followers"
               r"|(?:\d+(?:st|nd|rd|th) |\p{Lu}\p{Ll}+ )(?:Front|Bloc|Brigade|Battalion|Column|Company)) (?:of|from|linked to|tied to|loyal to|allied (?:to|with)"
               r"|affiliated (?:to|with)) (?:the )?(?:(?:banned|outlawed|proscribed|militant|radical|extremist|little-known"
               r"|shadowy) )?")
    # ... and the group's own description after it: "blames members of the Salafist group X"
    band_of = rf"{band_of}(?:(?:\p{{Lu}}\p{{Ll}}+(?:ist|ian|ese|i) )?(?:[\p{{Ll}}\-]+ )?{_GROUP_NOUN} )?"
    tail = before.str.extract(rf"^.*(?i:(?-u:\b)(?:{verbs}))({_DESCRIPTOR}(?:(?:\p{{Lu}}\p{{Ll}}+ )?{band_of})?)$", 1)
    return tail.is_not_null() & ~tail.str.replace(rf"{band_of}$", "").str.contains(
        r"(?-u:\b)(?:of|for|by|in|on|to|from|with|at|after|that)\s")
