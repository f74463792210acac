"""Who did an incident and how the text says so: the perpetrator (a known armed group, an actor, or a group named
by context) and the attribution status (claimed, accused, suspected, stated, unknown)."""

import polars as pl

from ingest.extract.anchors import bind_to_incidents
from ingest.extract.text import PERSON_NAME, find_matches

# a that-clause reported by someone: the group standing at its start is who they say did it
_REPORTED_THAT = (r"(?i:(?-u:\b)(?:informed|told|warned|alleged|alleges|allege|charged|charges|accused|said|says|say"
                  r"|claimed|claims|reported|reports|believes?|believed|suspects?|suspected)(?-u:\b)[^.;:]{0,80}?"
                  r"(?-u:\b)that\s+(?:the\s+)?)$")
_ATTRIBUTING_VERB = r"(?:blamed|blames|blame|accused|accuses|accuse|said|says|denied|denies|condemned|suspects?|suspected)"
# between an attributing verb and the name: "blamed the militant group al-Shabaab", "suspect fighters linked to"
_DESCRIPTOR = (r"(?:\s+(?:the|an?))?(?:\s+[\p{Ll}\-]+|\s+\p{Lu}[\p{L}\-]*(?:ian|ist|ese|i|n)|\s+(?:Islamist|Iran-backed|Sunni|Shia|Shiite|Maoist|jihadist)"
               # "blamed the Pakistan-based group X", "blamed two militant groups, X and Y"
               r"|\s+\p{Lu}[\p{L}]*-(?:based|backed|linked|aligned)){0,4},?\s+")
# a group saying it did it: "al-Shabab said on Twitter that it was behind the attack", "Hamas's armed wing said it had
# launched", "The Taliban said their fighters had brought it down", "the coalition acknowledged that its aircraft"
_SELF_CLAIM_AFTER = (r"^(?:(?:'s|’s)(?: [\p{Ll}\-]+){1,2}|(?:'s|’s)(?: \p{Lu}[\p{L}\-]+){1,4}"
                     r"| (?:Defen[cs]e Forces|armed forces|military|army|Army|air force|Air Force|navy|forces|troops)"
                     r"(?: spokes(?:man|woman|person))?"
                     r"| (?:militants|fighters|group|militia|rebels|insurgents|leader"
                     r"(?: \p{Lu}[\p{L}\-]+){1,3}|spokesman))? (?:(?:has|have|had|later|also) )*(?:said|says|say|admitted|admits"
                     r"|acknowledged|acknowledges|confirmed|confirms|announced)(?: [^.;,]{0,30}?)? (?:that )?(?:(?:it|they|its|their) "
                     # "an army spokesman said the strike had targeted rebel fighters"
                     r"|the (?:air ?)?(?:strike|attack|raid|operation|bombing)s? (?:had |has |was |were )?(?:targeted|aimed|hit))")
# a group named as what someone joined or follows, or as whose member was hit, is no perpetrator
_AFFILIATION_BEFORE = (r"(?i:(?-u:\b)(?:join|joined|joining|allegiance to|loyal to|inspired by|sympathi[sz]ers? (?:of|with)"
                       # "TAK, a radical offshoot of the PKK": the parent of the doer
                       r"|supporters? of|critics? of|opponents? of|foes? of|enem(?:y|ies) of|rivals? of|(?:offshoot|splinter|breakaway|faction|branch|wing|affiliate|off-shoot)"
                       r"(?: group| faction)? of)\s+(?:the\s+)?$)")
_VICTIMS_GROUP_BEFORE = (r"(?i:(?-u:\b)(?:killed|assassinated|targeted|shot dead|killing)\s[^.;]{0,80}(?:commander|leader|chief|founder"
                         r"|head|member|official)s?\s+of\s+(?:the\s+)?$)")
SPONSOR_AFTER = r"^(?:-| )(?:backed|sponsored|aligned|allied|supported|funded|led|affiliated|linked|controlled|based)(?-u:\b)"
# "The Islamic State's West Africa branch, ISWAP, claims": the branch named after it did it
_GROUP_BRANCH_NAMED = r"^(?:'s|’s) (?:\p{Lu}[\p{L}\-]* ){0,3}(?:branch|affiliate|wing|province|franchise), \p{Lu}"
_NO_CLAIM = r"(?i:(?-u:\b)no (?:group|one|organi[sz]ation) (?:has |had )?(?:yet |immediately )?(?:claimed|said))"
_GROUP_AS_OWNER = (r"^(?:'s|’s)? (?:targets?|positions?|strongholds?|members?|bases?|posts?|compounds?|hideouts?"
                   r"|facilities|facility|commanders?|leaders?|officials?|supporters?|territory|areas?)(?-u:\b)")


def perpetrators(incidents: pl.DataFrame, actors: pl.DataFrame, sentences: pl.DataFrame,
                  anchors: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): perpetrator_name, perpetrator_actor_key, perpetrator_status."""
    known = actors.filter(pl.col("actor_kind").is_in(["armed_group", "country", "organization"]))
    # groups and people the dictionary does not know, named where the text says what they are
    named = _named_in_text(sentences)
    # a dictionary group wins over the same words read from context; a country inside a name read from context is
    # part of it ("Communist Party of India (Maoist)")
    pairs = named.join(known.select("article_id", "sentence_index", "actor_kind", pl.col("start").alias("_s"),
                                    pl.col("end").alias("_e")), on=["article_id", "sentence_index"], suffix="_known").filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start")))
    group_pairs = pairs.filter(pl.col("actor_kind_known") == "armed_group")
    named = named.join(group_pairs.select("article_id", "sentence_index", "start").unique(),
                       on=["article_id", "sentence_index", "start"], how="anti")
    inside = pairs.filter(pl.col("actor_kind_known") != "armed_group").join(
        named.select("article_id", "sentence_index", "start"), on=["article_id", "sentence_index", "start"]).select(
        "article_id", "sentence_index", pl.col("_s").alias("start")).unique()
    known = known.join(inside, on=["article_id", "sentence_index", "start"], how="anti")
    candidates = pl.concat([known.with_columns(_preset=pl.lit(None, pl.String)), named], how="diagonal_relaxed").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]
    )
    candidates = bind_to_incidents(candidates, anchors, incidents, "start", "end")
    before = pl.col("text").str.slice(0, pl.col("start"))
    after = pl.col("text").str.slice(pl.col("end"), 60)
    is_group = pl.col("actor_kind") == "armed_group"
    # not the doer: the target ("airstrikes on suspected Hamas positions"), a place ("in Somalia"), or someone
    # who only reacts ("Hamas praises the attack")
    # "blamed the attack on X", "suspicion falls on X": the accused, not the target
    blamed_on = before.str.contains(r"(?i:(?-u:\b)(?:blam\w+|pinned|suspicion (?:falls?|fell|rests?))(?:\s+[^\s,.;:]+){0,5}\s+on\s+(?:the\s+)?)$")
    # ("South Korea's spy agency said it believed North Korea was behind it" is no claim)
    self_claim = after.str.contains(_SELF_CLAIM_AFTER) & ~after.str.contains(
        r"(?-u:\b)(?:it|they) (?:believed|believes|believe|suspects?|suspected|thought|thinks|think|was not|were not|did not|had no|has no)(?-u:\b)") | after.str.contains(
        r"^ (?:leader|spokesman|chief)(?: \p{Lu}[\p{L}\-]+){0,3} (?:has |had )?(?:claimed|claims)(?-u:\b)")
    candidates = candidates.filter(
        ~before.str.contains(_AFFILIATION_BEFORE), ~before.str.contains(_VICTIMS_GROUP_BEFORE),
        # a country as a group's base or sponsor ("the Pakistan-based group") is not who did it
        # (a "Saudi-led coalition" is led by its country: that one stays)
        (pl.col("actor_kind") != "country") | ~after.str.contains(SPONSOR_AFTER) | after.str.contains(r"^-led(?-u:\b)"),
        ~(is_group & after.str.contains(_GROUP_BRANCH_NAMED)),
        blamed_on | ~before.str.contains(r"(?i:(?-u:\b)(?:on|against|targeting|targeted|at)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?)$")
        | before.str.contains(r"(?i:finger at\s+(?:the\s+)?)$"),
        (pl.col("actor_kind") != "country") | ~before.str.contains(
            r"(?i:(?-u:\b)(?:in|inside|near|across|into|throughout|of)\s+(?:the\s+)?)$"),
        ~after.str.contains(r"^ (?i:praise[sd]?|hail(?:s|ed)|welcome[sd]?|condemn(?:s|ed)|denie[sd]|den(?:y|ies))(?-u:\b)"),
        # the speaker of an accusation is not who did it: "Hezbollah blamed Israel"
        ~after.str.contains(rf"^ (?:(?:has|have|had|also|later|quickly) )*{_ATTRIBUTING_VERB}(?-u:\b)")
        | after.str.contains(r"^ (?:accused|blamed) (?:of|for)(?-u:\b)") | self_claim,
        # a group named as the owner of a place or people hit: "a Hezbollah stronghold", "Hamas targets"
        ~(is_group & after.str.contains(_GROUP_AS_OWNER)) | self_claim,
    )
    status = (
        # "X (TAK), an offshoot of Y, claimed", "X and another group jointly claimed"
        pl.when(after.str.contains(r"^(?: \([^)]{1,15}\))?(?:, [^,;.]{3,60},| and [^,;.]{3,60}?)?(?: (?:militants|fighters|insurgents|forces|group|has|have|had|also|reportedly|later|jointly))* (?i:claim(?:s|ed)?|took|takes|has claimed)(?-u:\b)")
                & ~before.str.contains(r"(?i:(?-u:\b)no|(?-u:\b)not)\s+(?:\S+\s+){0,1}$") | self_claim)
        .then(pl.lit("claimed"))
        .when(_attributed(before, r"accus\w+|blam(?:e|ed|es|ing)|pinned \S+ on|pointed (?:the |a )?finger at"
                                  r"|held (?:\S+ )?responsible") | blamed_on
              # "US officials had informed their Iraqi counterparts that Iran-backed militias were planning ...":
              # someone else's word, not the writer's. Groups only: a country opening a that-clause is mostly the
              # subject of a statement ("said that the U.S. believes ..."), no perpetrator
              | (is_group & before.str.contains(_REPORTED_THAT))
              | after.str.contains(r"^ (?:(?:was|were|is|are|have been|has been|had been) (?:\S+ )?(?:accused|blamed)|(?:accused|blamed) (?:of|for))(?-u:\b)"))
        .then(pl.lit("accused"))
        # "believed X", "police believe the X" (present tense too)
        .when(before.str.contains(r"(?i:suspected|alleged|believed|believes?|thinks?)\s+(?:\S+\s+){0,1}$")
              # "missiles believed to have been fired by a U.S. drone"
              | before.str.contains(r"(?i:believed|suspected|thought) to have been \S+ by (?:the |an? )?$")
              | _attributed(before, r"suspects?|suspected|believed to (?:be|belong to|have been)(?: (?:part|members?) of)?"
                                   r"|suspicion (?:falls?|fell|rests?) on|leading suspect"
                                   # people tied to it, not things: "fighters linked to X", not "sites linked to X's"
                                   r"|(?:fighters|militants|men|gunmen|gunman|man|members|groups?|militias?|cells?"
                                   r"|suspects?|attackers?|assailants?|bombers?|people|individuals|rebels) (?:linked|tied) to")
              | after.str.contains(r"^(?: \S+)? (?:(?:is|are|was|were) )?(?:suspected|believed|thought)(?-u:\b)"))
        .then(pl.lit("suspected"))
        # "officials said the X was behind it"
        .when(after.str.contains(r"^ (?:(?:was|were|is|are|had been) (?:responsible|behind)|(?:carried|carries) out)(?-u:\b)"))
        .then(pl.lit("accused"))
        # "planted by the banned X"
        .when(before.str.contains(r"(?-u:\b)by (?:the |an? )?(?:[\p{Ll}\-]+ ){0,2}$"))
        .then(pl.lit("stated"))
        .when(is_group & ~before.str.contains(r"(?i:against|on|targeting|with|between|from|targeted)\s+(?:the\s+)?(?:\S+\s+)?$"))
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
    ) & ~gap_text_long.str.contains(r"(?-u:\b)(?:are|were|was|is|have been|had been|has been) \p{L}+ed(?-u:\b)")
    adjacent_ok = overlapping | force_subject | pl.col("_gap").is_between(0, 20) & gap_text.str.contains(
        r"^(?:[ \-](?:drone|air|naval|military|army|planes?|jets?|warplanes?|forces|troops|police|MQ-\d+))*[ \-]?$")
    # ... also the first of several: "The United States, Britain and France fired"
    subject_ok = ~is_group & pl.col("_gap").is_between(0, 80) & gap_text_long.str.contains(
        r"^(?:(?:,| and) (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)* (?:(?:has|have|had|also|reportedly|then|later) )*(?:launch\w*|carr(?:y|ies|ied) out|conduct\w*|fir(?:e|es|ed)|shell\w*|bomb(?:s|ed)?|strikes?|struck|hits?|attack\w*|assassinat\w*|kill\w*|shoots?|shot)(?-u:\b)")
    # "The United States killed ...": a country opening the sentence as the subject of a killing verb
    # ... also opening a reported clause ("Biden said that the United States had killed ...")
    killer = ~is_group & before.str.contains(r"(?:^|(?-u:\b)that )(?:[Tt]he )?$") & after.str.contains(
        r"^ (?:(?:has|have|had|also|reportedly) )*(?:killed|kills|assassinated|bombed|shelled|struck)(?-u:\b)")
    # "a Palestinian gunman", "a Saudi-born militant": a description of the attacker, no perpetrator
    described = (pl.col("actor_kind") == "country") & after.str.contains(_DESCRIBED_ATTACKER)
    candidates = candidates.filter(~described).with_columns(
        status=pl.coalesce("_preset", status, pl.when(adjacent_ok | subject_ok | killer).then(pl.lit("stated")))
    ).filter(pl.col("status").is_not_null(),
             # "No group claimed the attack, but X and Y operate in the area": named, not said to have done it
             ~(pl.col("status").str.starts_with("stated") & pl.col("text").str.contains(_NO_CLAIM)))
    rank = pl.col("status").replace_strict(
        {"claimed": 0, "accused": 1, "suspected": 2, "stated": 3, "stated_weak": 4}, return_dtype=pl.Int32)
    # at equal strength an armed group before a country or an organisation: "US officials had informed ... that
    # Iran-backed militias were planning" reports both, and the militias are who it is about
    # a named group before an unnamed one ("the Iran-backed militia Kataib Hezbollah")
    unnamed = pl.col("actor_key").str.starts_with("armed_group:pro-").fill_null(False) | pl.col("_band").fill_null(False)
    best = candidates.with_columns(_rank=rank, _not_group=~is_group, _unnamed=unnamed).sort(
        "_rank", "_not_group", "_unnamed", "start", "end", "actor_key", nulls_last=True).unique("_iid", keep="first")
    return best.select(
        "_iid", pl.col("mention_text").alias("perpetrator_name"),
        pl.col("actor_key").alias("perpetrator_actor_key"),
        pl.col("status").str.replace("stated_weak", "stated").alias("perpetrator_status"),
    )


_GROUP_NAME = (r"(?:\d+ )?(?:(?:al|an|ar|as|el)-)?\p{Lu}[\p{L}'’\-]*(?: (?:(?:al|an|ar|as|el|wal)-|(?:of|of the|de|la|wa|and) )?"
               r"\p{Lu}[\p{L}'’\-]*){0,5}(?: \(\p{Lu}[\p{L}]*\))?")
_GROUP_NOUN = r"(?:group|militia|movement|network|organi[sz]ation|faction|outfit|cartel|gang|clan|mafia|syndicate)"
_ATTACKER_NOUN = (r"(?:officer|sergeant|soldier|gunman|man|woman|student|teenager|militant|attacker|assailant|policeman"
                  r"|guard|veteran|driver|commander|leader|chief|cleric)")
# a group noun that says the group is armed: "the jihadist group X", "the X armed group", "the X drug cartel"
_ARMED_NOUN = (r"(?:(?:armed|militant|rebel|jihadist|Islamist|terrorist|extremist|insurgent|separatist|paramilitary|guerrilla"
               r"|drug|criminal|Maoist) (?:[\p{Ll}\-]+ )?(?:group|movement|network|organi[sz]ation|faction|outfit|cell)"
               r"|militia|cartel|gang|clan|mafia|syndicate)")
_ARMED_WORDS = ["armed", "militant", "rebel", "jihadist", "islamist", "terrorist", "extremist", "insurgent", "separatist",
                "paramilitary", "guerrilla", "drug", "criminal", "maoist", "militia", "cartel", "gang", "clan", "mafia",
                "syndicate"]
_GROUP_NOUNS = ["group", "militia", "movement", "network", "organisation", "organization", "faction", "outfit", "cartel",
                "gang", "clan", "mafia", "syndicate"]
# (pattern, preset status, words a sentence needs for the pattern to be tried: a cheap filter before the regex; a
# tuple of word lists needs a word of each): the
# preset is the status of a person named by these words; groups take the status of their context
_HEADED_GROUP = (r"(?:\p{Lu}[\p{L}'’\-]* ){1,4}(?:Army|Front|Brigades?|Battalions?|Movement|Mujahideen|Tigers)"
                 r"(?: of (?:the )?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?)?")
# plural nouns for an armed band, and the words that make such a band a named one ("government forces",
# "Iran-backed militant groups", "pro-government militiamen")
_FIGHTERS = (r"(?:forces|troops|militias?|militiamen|militants|groups|rebels|fighters|insurgents|separatists|soldiers"
             r"|jihadists|extremists|paramilitaries|loyalists|gunmen|guerrillas)")
_BAND_DESCRIPTOR = (r"(?:(?:pro-|anti-)?(?:government|regime)|security|army|state|rebel|opposition|militant|Islamist"
                    r"|jihadist|\p{Lu}[\p{L}]*-(?:backed|sponsored|aligned|linked|allied|based)|(?:pro|anti)-\p{Lu}[\p{L}]+)")
_REBELS = (r"(?:rebels|insurgents|militants|fighters|separatists|guerrillas|militiamen|dissidents|jihadists|Islamists"
           r"|paramilitaries|herdsmen|tribesmen|bandits|pirates)")
_REBEL_WORDS = ["rebels", "insurgents", "militants", "fighters", "separatists", "guerrillas", "militiamen", "dissidents",
                "jihadists", "islamists", "paramilitaries", "herdsmen", "tribesmen", "bandits", "pirates"]
_NAMED_PATTERNS = [
    (rf"(?:(?-u:\b)calling (?:itself|themselves)|{_ARMED_NOUN} (?:called|known as|named)) (?:the )?(?P<name>{_GROUP_NAME})",
     None, ["calling itself", "calling themselves", "called", "known as", "named"]),
    (rf"(?i:little-known|previously unknown|obscure|shadowy|new) (?:[\p{{Ll}}\-]+ )?{_GROUP_NOUN}, (?P<name>{_GROUP_NAME}),",
     None, ["little-known", "unknown", "obscure", "shadowy", "new"]),
    (rf"(?-u:\b)the (?:(?:[\p{{Ll}}\-]+|\p{{Lu}}\p{{Ll}}+) ){{0,2}}{_ARMED_NOUN} (?P<name>{_GROUP_NAME})", None, _ARMED_WORDS),
    (rf"(?i:rebels|militants|fighters|militiamen|insurgents|gunmen) (?:of|from) the (?P<name>{_GROUP_NAME})", None,
     ["of the", "from the"]),
    (rf"(?-u:\b)the (?P<name>{_GROUP_NAME}) {_ARMED_NOUN}(?-u:\b)", None, _ARMED_WORDS),
    # "the powerful Ampatuan clan", "the notorious 400 Mawozo gang"
    (rf"(?-u:\b)the \p{{Ll}}+ (?P<name>{_GROUP_NAME}) (?:clan|gang|cartel|mafia|syndicate)(?-u:\b)", None,
     ["clan", "gang", "cartel", "mafia", "syndicate"]),
    # "blamed a local radical group, Salafia Jihadia"
    (rf"(?i:blam|accus|suspect)[a-z]* an? (?:[\p{{Ll}}\-]+ ){{0,3}}{_GROUP_NOUN}, (?P<name>{_GROUP_NAME})", None,
     ["blam", "accus", "suspect"]),
    # a name headed by an armed body's word, where it claims or is blamed: "The People's Liberation Army of
    # Manipur ... claimed responsibility", "officials blamed the Arakan Army"
    ((rf"(?P<name>{_HEADED_GROUP})(?: \(\p{{Lu}}+\))?(?: and (?:the )?[^.;]{{0,60}}?)? (?:(?:jointly|also|later|has|have|had|quickly) )?"
     rf"(?:claimed|admitted)"), None, ["claimed", "admitted"]),
    (rf"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>{_HEADED_GROUP})", None, ["blam", "accus", "suspect"]),
    # "The FBI identifies the attacker as X", "police identified the suspected gunman as X"
    (rf"(?i:identif(?:y|ies|ied)) (?:him|her|the (?:[a-z\-]+ ){{0,2}}[a-z]+) as (?P<name>{PERSON_NAME})", "stated",
     ["identif"]),
    # "arrested the suspect, 21-year-old X", "a suspect at the scene, identified as X"
    (rf"(?i:suspect)s?(?: [^.;,]{{0,40}}?)?, (?:(?:identified|named) as |(?:an? )?(?:[\p{{L}}\d\-]+ ){{0,3}}?)(?P<name>{PERSON_NAME})",
     "suspected", ["suspect"]),
    # "is shot dead at a market in Islamabad by X, one of his bodyguards"
    (rf"(?i:shot|killed|stabbed|assassinated|murdered|gunned down|attacked|kidnapped|abducted)(?: [^.;,]{{0,60}}?)? by (?P<name>{PERSON_NAME})",
     "stated", (["shot", "killed", "stabbed", "assassinated", "murdered", "gunned down", "attacked", "kidnapped",
                 "abducted"], [" by "])),
    (rf"(?-u:\b)by an? (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{PERSON_NAME})", "stated", ["by a"]),
    (rf"^An? (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{PERSON_NAME}),", "stated", [", "]),
    (rf"(?i:named) the [a-z]+ as (?P<name>{PERSON_NAME})", "suspected", ["named the"]),
    (rf"(?P<name>{PERSON_NAME}) (?:was|is|as) the (?:leading |main |prime |chief |key )?suspect", "suspected", ["suspect"]),
    (rf"(?i:blam|accus)[a-z]* (?:the )?(?:[\p{{L}}\-]+ ){{0,4}}(?:commander|leader|chief|militant|cleric) (?P<name>{PERSON_NAME})",
     "accused", ["commander", "leader", "chief", "militant", "cleric"]),
    # "forces loyal to Khalifa Haftar": the forces of a named leader
    (rf"(?P<name>(?:(?:rebel|government|army|armed|militia|tribal) )?{_FIGHTERS} loyal to (?:the )?\p{{Lu}}[\p{{L}}\-'’]+(?: \p{{Lu}}[\p{{L}}\-'’]+){{0,3}})", None,
     ["loyal to"]),
    # unnamed bands someone blames: "blames radical Iran-backed militant groups", "a massacre the opposition blames on
    # government forces"
    ((rf"(?i:blam|accus|suspect)[a-z]* (?:[^.;,]{{0,50}}? on )?(?:the )?(?:[\p{{Ll}}]+ )?(?P<name>{_BAND_DESCRIPTOR}"
     rf"(?: [\p{{Ll}}\-]+)? {_FIGHTERS})(?-u:\b)"), None, ["blam", "accus", "suspect"]),
    # a described band doing it: "Maoist rebels ambush a patrol", "Suspected Sunni insurgents attack", "Chechen rebels
    # led by X seize a theatre"; the word after must be no verb of their being hit (kept in _named_in_text)
    # (ASCII classes: these descriptors are ASCII words, and a Unicode class costs compile time on every call)
    ((rf"(?:(?i:suspected|alleged) )?(?P<name>(?:(?:former )?(?:pro|anti)-)?[A-Z][A-Za-z\-]+"
     rf"(?: [A-Z][A-Za-z\-]+)? {_REBELS})(?: [a-z]+){{0,2}}"), None, _REBEL_WORDS),
]
_SUBJECT_BAND = _NAMED_PATTERNS[-1][0]
_BAND_PATTERNS = {_NAMED_PATTERNS[-2][0], _SUBJECT_BAND}
_DESCRIBED_ATTACKER = (r"^(?:-born)? (?:gunm[ae]n|attackers?|assailants?|(?:suicide )?bombers?|bomb-?makers?|man|woman|men|women|teenagers?"
                       r"|youths?|nationals?|citizens?|militants?|extremists?)(?-u:\b)")


def _named_in_text(sentences: pl.DataFrame) -> pl.DataFrame:
    """Perpetrator candidates named by their context, not the dictionary: "a group calling itself the X", "the
    jihadist group X", "rebels of the X", "the X armed group" (armed groups); "identified the gunman as X", "by an
    off-duty police officer, X", "X was the leading suspect" (people, with the status the words give)."""
    base = sentences.select("article_id", "sentence_index", "text")
    rows = []
    for pattern, preset, words in _NAMED_PATTERNS:
        # words: one list (a sentence needs one of them) or a tuple of lists (one of each)
        needed = [pl.col("text").str.contains_any(w, ascii_case_insensitive=True)
                  for w in (words if isinstance(words, tuple) else (words,))]
        found = find_matches(base.filter(*needed), pattern,
                              "m")
        if pattern.endswith(f"{_ARMED_NOUN}(?-u:\\b)"):
            # "the Islamist group Boko Haram": the word before the noun describes the name after it
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 5).str.contains(r"^ (?:\p{Lu}|al-|el-)"))
        if pattern == _SUBJECT_BAND:
            found = _band_as_subject(found)
        name = pl.col("m").str.extract(pattern, 1).str.replace(r"^(?:The|A|An) ", "")
        # the name's offset inside the match: the pattern's first group, found again in the match text
        offset = pl.col("m").str.find(name, literal=True)
        rows.append(found.select(
            "article_id", "sentence_index", (pl.col("m_start") + offset).alias("start"),
            (pl.col("m_start") + offset + name.str.len_chars()).alias("end"), name.alias("mention_text"),
            pl.lit("armed_group" if preset is None else "person").alias("actor_kind"),
            # a band named by description ("government forces", "Maoist rebels") gives way to a named group
            pl.lit(pattern in _BAND_PATTERNS).alias("_band"),
            pl.lit(None, pl.String).alias("actor_key"), pl.lit(preset, pl.String).alias("_preset")))
    named = pl.concat(rows).drop_nulls("mention_text")
    # a common word opening a sentence or a name ("The", "A") is no group
    return named.filter(~pl.col("mention_text").str.contains(r"^(?:The|A|An|This|That|Its|Their|His|Her)$"),
                        pl.col("mention_text").str.len_chars() > 2).unique(
        ["article_id", "sentence_index", "start"], keep="first", maintain_order=True)


# a description, not a name: "Islamist militants", "Seven rebels", "Rival fighters" (the gold rules leave these unnamed)
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
    name = pl.col("m").str.extract(_SUBJECT_BAND, 1)
    trailing = pl.col("m").str.slice(pl.col("m").str.find(name, literal=True) + name.str.len_chars())
    before = pl.col("text").str.slice(0, pl.col("m_start"))
    opens = before.str.contains(r"(?:^|(?-u:\b)(?:by|with|when|after|as|while|but|then) |, )$")
    acts = trailing.str.contains(r"^ [a-z]") & ~trailing.str.contains(_BAND_NOT_ACTING)
    return found.filter(~name.str.contains(_UNNAMED_BAND_WORD),
                        ~trailing.str.contains(r"^ (?:were|was|are|is|have been|has been|had been)(?-u:\b)"),
                        opens | acts)


def _attributed(before: pl.Expr, verbs: str) -> pl.Expr:
    """`before` (the text up to a mention) ends in one of `verbs` and a short description of the mention: "blamed
    the Islamist group ", "suspect fighters linked to ". The description holds no preposition: in "accused the army
    of failing to stop ", the army is the accused, not what follows."""
    # the last such verb: "suspect fighters linked to the ..." is read from "linked to"
    tail = before.str.extract(rf"^.*(?i:(?-u:\b)(?:{verbs}))({_DESCRIPTOR})$", 1)
    return tail.is_not_null() & ~tail.str.contains(r"(?-u:\b)(?:of|for|by|in|on|to|from|with|at|after|that)\s")
