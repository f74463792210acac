"""Where an incident took place: the city, region or country bound to its trigger words, else the article's
place; with coordinates where the city resolves."""

import polars as pl

from ingest.extract.anchors import bind_to_incidents, bound_elsewhere
from ingest.extract.attribution import SPONSOR_AFTER
from ingest.extract.places import DATELINE_AFTER, HELD_ZONE, TOWN_OFFICE_AFTER, is_capital, capital_names, subdivisions
from ingest.extract.reference import place_key


def incident_locations(incidents: pl.DataFrame, cities: pl.DataFrame, actors: pl.DataFrame,
               sentences: pl.DataFrame, anchors: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): place, city, country_code, latitude, longitude.

    A city serves the incident whose trigger word is nearest (see bind_to_incidents): in "airstrikes on Gaza
    after rocket attacks against Beersheba", Beersheba is where the rockets fell. Among its cities an incident
    prefers one it happened in ("in the centre of Tripoli") over one people came from ("forces from Misrata").
    """
    text = sentences.select("article_id", "sentence_index", "text")
    # a dateline says where the report was filed, not a word's place: it serves the sentence's nearest incident word,
    # though an excluded one stands nearer ("ZAMBOANGA CITY — A member of the police bomb squad was wounded when ...")
    at_dateline = cities.join(text, on=["article_id", "sentence_index"]).filter(
        pl.col("city_start") == 0, pl.col("text").str.slice(pl.col("city_end"), 40).str.contains(DATELINE_AFTER)).drop("text")
    bound = pl.concat([
        bind_to_incidents(cities.join(at_dateline, on=cities.columns, how="anti", nulls_equal=True), anchors, incidents,
                          "city_start", "city_end"),
        bind_to_incidents(at_dateline, anchors.filter(pl.col("a_iid").is_not_null()), incidents, "city_start", "city_end")])
    bound = pl.concat([bound, _before_a_cause(cities, bound, anchors, incidents, text)], how="diagonal_relaxed")
    # a city bound to no incident of the sentence (only to an excluded word) serves none
    city_hits = bound.join(incidents.select("_iid", "trigger_start"), on="_iid").join(
        text, on=["article_id", "sentence_index"])
    before = pl.col("text").str.slice(0, pl.col("city_start"))
    after = pl.col("text").str.slice(pl.col("city_end"), 40)
    # "south of Baghdad" places the event outside the city: country only ("near X", "outside X", "on the outskirts
    # of X" are X)
    city_hits = city_hits.with_columns(
        # (... as does its countryside: "in the eastern countryside of Salamiyah")
        _outside=before.str.contains(r"(?i:(?:north|south|east|west)(?:east|west)?(?:ern)? of|countryside of)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}$")
        # (not a part of the town: "districts in the south of Tehran", "in the north of the Somali capital")
        & ~before.str.contains(r"(?i:(?-u:\b)(?:in|across)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?)$")
        | pl.when(pl.col("text").str.contains("border", literal=True)).then(before).str.contains(_BORDER_WITH).fill_null(False)
        # ... as does the sea off it: "a grain ship in the Black Sea off Odesa", "off the coast of Palawan"
        | pl.when(pl.col("text").str.contains("off ", literal=True)).then(before).str.contains(
            r"(?-u:\b)off\s+(?:the\s+(?:[\p{Ll}\-]+\s+)?(?:coast|shores?)\s+of\s+(?:the\s+)?)?$").fill_null(False)
        # ... as does a distance from it: "in Konduga, 35 km from Maiduguri" (no route: its country still counts)
        | before.str.contains(_DISTANCE_FROM) & ~_near_distance(before)
        # ... or a road named after it: "on the Quetta-Karachi highway"
        | after.str.contains(_ROAD_NAMED_AFTER)
        # ... or a road leading to it: "seized on the road to Hilla" (its country still counts)
        # (not one to the town's airport, which is the town's: "on the road to Kabul airport")
        | pl.when(pl.col("text").str.contains(" to ", literal=True)).then(before).str.contains(
            # ("on the road to the holy city of Najaf")
            r"(?i:(?-u:\b)(?:road|highway|motorway|route)\s+to\s+(?:the\s+)?(?:(?:[\p{Ll}\-]+\s+)?(?:city|town|village|port)\s+of\s+)?)$"
        ).fill_null(False)
        & ~after.str.contains(r"^(?:['’]s)? (?i:international )?(?i:airport)(?-u:\b)"),
        _not_there=~before.str.contains(_DISTANCE_FROM) & ~_near_distance(before) & ~(before.str.ends_with("out of ") & after.str.contains(
            _STATION_AFTER)) & (before.str.contains(
            r"(?i:(?-u:\b)(?:from|to|towards?|between|linking|connecting|out of)\s+(?:the\s+)?(?:(?:towns|villages|cities)\s+of\s+)?(?:(?-i:\p{Lu}[\p{L}\-]*\s+){1,3}(?:and|or)\s+)?)$")
            | before.str.contains(rf"(?i:{_SET_OUT_FROM})$")
            # (a flight named by where it goes or comes from: "waiting for a Moscow flight at Kabul airport")
            | after.str.contains(r"^(?:-bound)? flights?(?-u:\b)") & before.str.contains(r"(?-u:\b)(?:an?|the) $")),
        # where people or a plane came from, the ends of a route ("between the towns of X and Y"): never where it happened ("took off from Tehran",
        # "sailing from Egypt to Dubai", "the train linking Delhi and Lahore", "pull its troops out of Basra"; "back
        # to Karachi" may still be) ... but people taken away were taken where they were: "abducted from the camps
        # at Dadaab", "kidnapped from their homes in ..."
        _route=~before.str.contains(_DISTANCE_FROM) & ~_near_distance(before) & before.str.contains(
            # ("an Indonesian bomb-maker who escaped from a Manila jail")
            r"(?i:(?-u:\b)(?:from|between|linking|connecting|out of)\s+(?:the\s+|an?\s+)?(?:(?:towns|villages|cities)\s+of\s+)?(?:(?-i:\p{Lu}[\p{L}\-]*\s+){1,3}(?:and|or)\s+)?"
            r"|(?-u:\b)from\s+[^,.;]{1,40}?\s+(?:to|for)\s+(?:the\s+)?"
            rf"|{_SET_OUT_FROM}"
            # ("workers from the Syrian village of Kafr Nabl")
            r"|(?-u:\b)from\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,2}(?:village|town|city|settlement|community|camp)s?\s+of\s+"
            # ... nor where talks are held ("as peace talks with the rebels go on in Oslo")
            r"|(?-u:\b)(?:talks|negotiations)(?:\s+[\p{L}\-]+){0,5}\s+(?:in|at)\s+)$")
        # (... with the people between: "abducted two engineers from a Lagos hotel")
        & ~before.str.contains(r"(?i:(?:abduct|kidnapp|seiz|snatch|grabb)(?:ed|s)?(?:\s+[\p{L}\d\-]+){0,4}\s+from\s+(?:the\s+|an?\s+)?)$")
        # ... and a train pulling out of a station was at it: "as it pulled out of Hyderabad station"
        & ~(before.str.ends_with("out of ") & after.str.contains(_STATION_AFTER))
        # ... and a road from a town to its own airport is the town's: "along the road from Makhachkala to its airport"
        & ~(before.str.ends_with("from ") & after.str.contains(r"^ to (?:its|the city's|the town's) (?:international )?airport(?-u:\b)"))
        # ... and troops leaving a place after an operation leave where it was: "pull out of the Jenin refugee camp
        # after a two-day raid", "withdrew from Fallujah following the offensive"
        & ~(before.str.contains(r"(?i:(?-u:\b)(?:out of|(?:withdr[a-z]+|retreat[a-z]*|pull[a-z]* back) from)\s+(?:the\s+)?)$")
            & after.str.contains(r"^(?: \p{Ll}+){0,2},? (?:after|following|at the end of)(?-u:\b)"))
        | before.str.contains(_TRAVELLING_TO),
        _destination=before.str.contains(_TRAVELLING_TO),
        # a second town that only says where the first lies: "in Houla, near Homs", "in Madalla, near Abuja"
        # ... and a town that only names a venue in another: "on Westminster Bridge in central London"
        # (a place "on the outskirts of" a town is told as part of it, see _part_of_a_town)
        _reference_point=before.str.contains(
            r"\p{L},\s+(?i:near|outside|just outside|close to|on the (?:\p{Ll}+ )?(?:edge|fringes?) of"
            # ("in El Biar, on the heights above Algiers", "in Vallvidrera, overlooking Barcelona")
            r"|(?:on the (?:\p{Ll}+ )?(?:heights|hills?|slopes?) )?above|overlooking)\s+(?:the\s+)?$")
        # ... or a part of a town told by the town: "in Chamartín, a district of Madrid" is Madrid (not a suburb, a town
        # of its own: "in Amadora, a suburb of Lisbon")
        | after.str.contains(r"^, an? (?:[\p{Ll}\-]+ ){0,2}(?:district|division|borough|ward|commune) of (?:the )?\p{Lu}")
        # ... or a town named like its region after a mayor's town: "the mayor of Celaya in Guanajuato"
        | (before.str.contains(r"(?i:(?-u:\b)(?:mayor(?:al candidate)?s?|town hall|city hall) of (?:the )?(?:[\p{L}\-]+ ){1,3}in )$")
           & place_key(pl.col("city_text")).is_in(subdivisions()["key"].implode()))
        | after.str.contains(
            r"^ (?:\p{Lu}[\p{L}\-]* ){0,2}(?:Bridge|Stadium|Arena|Station|Square|Market|Bazaar|Mosque|Church|Cathedral"
            # ("Ramon Airport near Eilat": a venue told by the town it is near)
            r"|Temple|Shrine|Hospital|University|Airport|Mall|Hotel|Marathon"
            # ("the US base at Chapman airfield outside Khost")
            r"|(?i:airfield|airport|air ?base)) (?:in|near|outside) (?:the )?(?:\p{Ll}+ )?\p{Lu}"),
        # a mayor's town is where the mayor serves, not sure to be where the attack was: it yields to a town the
        # incident is told in ("mayor of Al-Barka in Basilan ... arrive by boat in Zamboanga City")
        _mayors=before.str.contains(r"(?i:(?-u:\b)mayor(?:al candidate)?s?(?-i: \p{Lu}[\p{L}.\-]*){0,3} of (?:the )?(?:[\p{L}\-]+ ){0,3})$")
        # ("Osaka Mayor Ken Sato")
        | pl.col("text").str.slice(pl.col("city_end"), 30).str.contains(TOWN_OFFICE_AFTER),
        # (a town told after the mayor's town only says where that one is: "the mayor of Celaya in Guanajuato")
        _told_in=before.str.contains(r"(?-u:\b)(?:in|at|near|outside|into) (?:the )?$") & ~before.str.contains(
            r"(?i:(?-u:\b)mayor(?:al candidate)?s? of (?:the )?(?:[\p{L}\-]+ ){1,3}in )$"),
        # ... and a town opening the sentence before a title and a name only qualifies it ("Federal judge X ... in the
        # city of Colima")
        _aside=(pl.col("city_start") == 0) & after.str.contains(r"^ \p{Ll}+ (?:\p{Ll}+ )?\p{Lu}\p{Ll}")
        # ... as does a town after a person's name and "of", where the person is from or what party they stand for
        # ("candidates in the town of X, Juan Perez of Y and ...")
        | before.str.contains(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ of $")
        # ... as does a town that says whose a person is, where a town the event is told in may follow ("shoot dead the
        # Veracruz crime reporter X ... outside a shop in Y", "seized a Jolo town councillor ... in Indanan town")
        | before.str.contains(r"(?-u:\b)(?:[Aa]n?|[Tt]he) $") & after.str.contains(_PERSON_AFTER)
        # ... and a battle's name that a rite recalls ("re-enacting the battle of Karbala at a gathering in the town of X")
        | before.str.contains(r"(?-u:\b)[Bb]attle of $"),
        # ("Washington, D.C." is the name the town goes by)
        place=pl.when(after.str.contains(r"^(?: (?:International )?Airport(?-u:\b)| City(?-u:\b)|, D\.C\.)")).then(
            pl.concat_str([pl.col("city_text"), after.str.extract(r"^( (?:International )?Airport(?-u:\b)| City(?-u:\b)|, D\.C\.)")]))
        .otherwise(pl.col("city_text")),
        _dist=(pl.col("city_start") - pl.col("trigger_start")).abs(),
        # a town between a possessive or a capitalised word and a lowercase noun only qualifies a name ("Royal Dutch
        # Shell's Bonga offshore oil platform"): it is not sure to be a place
        _told_as_place=~(before.str.contains(r"(?:['’]s|\p{Lu}[\p{L}\-]*) $") & after.str.contains(r"^ \p{Ll}")),
        # a dateline says where the report was filed: a town the body tells the event in comes first ("COLOMBO — A
        # suicide bomber killed ... in Weliweriya, north of the capital")
        _dateline=(pl.col("city_start") == 0) & pl.col("text").str.slice(pl.col("city_end"), 40).str.contains(
            DATELINE_AFTER),
    ).with_columns(
        # ... unless it is a namesake in another country ("HAT YAI, Thailand — ... at a Carrefour supermarket" is no
        # Carrefour, Haiti): 0 a body town, 1 the dateline, 2 a body town of another country than the dateline's
        # (one the body tells as a town is no namesake: "NAIROBI — ... attacked the Somali town of Beledweyne")
        _dateline=pl.when(pl.col("_dateline")).then(1).when(
            pl.col("country_code").is_not_null()
            & (pl.col("country_code") != pl.col("country_code").filter(pl.col("_dateline")).first().over("_iid"))
            & ~before.str.contains(r"(?i:(?-u:\b)(?:town|city|village|port|capital)\s+of\s+)$")
        ).then(2).otherwise(0),
    )
    # (the possessor of a district a dateline's body names: a country's is no other region, "NALCHIK, Russia — ... in this
    # city in Russia's Kabardino-Balkaria region")
    named_countries = actors.filter(pl.col("actor_kind") == "country").select(
        "article_id", "sentence_index", pl.col("mention_text").alias("_poss"), _poss_country=pl.lit(True)).unique()
    city_hits = city_hits.with_columns(
        _poss=pl.when(pl.col("_dateline") == 1).then(pl.col("text")).str.extract(_REGION_DISTRICT, 1)).join(
        named_countries, on=["article_id", "sentence_index", "_poss"], how="left").with_columns(
        _poss_away=(place_key(pl.col("_poss")) != place_key(pl.col("city_text"))).fill_null(False)
        & pl.col("_poss_country").is_null()).drop("_poss", "_poss_country")
    # ... and a part of a country the body names by its direction: "KAMPALA - ... ambushed a safari vehicle in a
    # national park in western Uganda" (not a part of the dateline's town: "KABUL - ... in western Kabul")
    city_hits = city_hits.with_columns(
        _poss=pl.when(pl.col("_dateline") == 1).then(pl.col("text")).str.extract(_DIRECTION_OF_COUNTRY, 1)).join(
        named_countries, on=["article_id", "sentence_index", "_poss"], how="left").with_columns(
        _poss_away=pl.col("_poss_away") | pl.col("_poss_country").fill_null(False)).drop("_poss", "_poss_country")
    # ... and a town a gazetteer town is told to lie on the outskirts of: "in Harasta, on the outskirts of Damascus" is
    # Harasta, as "in Epe, on the outskirts of Lagos" (a spot the gazetteer lacks is part of the town, see _part_of_a_town)
    city_hits = _reference_after_a_town(city_hits, r", (?:just )?on the (?:[\p{Ll}\-]+ )?outskirts of (?:the )?",
                                        earlier=city_hits.filter(pl.col("latitude").is_not_null()))
    # ... and a town whose part a town is told to lie in: "in Kuje in Abuja's Gwagwalada Area Council" is Kuje
    city_hits = _reference_after_a_town(city_hits, r" in ", earlier=city_hits.filter(pl.col("latitude").is_not_null()),
                                        only=after.str.contains(r"^['’]s (?:\p{Lu}[\p{L}\-]* ){1,3}(?i:area council|district|division"
                                                                r"|county|ward|local government area|LGA)(?-u:\b)"))
    # ... and a region named like its town, told by its direction after a town: "in Fadan Kagoma, southern Kaduna" (not a
    # capital: "in Woolwich, south-east London" is London, see _part_of_a_town)
    city_hits = _reference_after_a_town(city_hits, rf", {_DIRECTION} ", earlier=city_hits,
                                        only=_region_not_capital(pl.col("city_text")))
    city_hits = city_hits.with_columns(_aside=pl.col("_aside") | pl.col("_mayors") & (
        pl.col("_told_in") & ~pl.col("_mayors")).any().over("_iid")).drop("_mayors", "_told_in")
    city_hits = _part_of_a_town(city_hits, actors).sort("_outside", "_not_there", "_reference_point", "_aside", "_part", "_dateline", "_dist", "city_start", "city_end", "city", "country_code",
           "latitude", "longitude", nulls_last=True)
    # a sentence that tells one attack by two methods ("bomb blasts and shootings ... in Kano") tells one place:
    # an incident of the sentence without a city of its own shares the one its neighbour has
    # (a dateline only says where the report was filed: an incident with no town but the dateline's shares its
    # neighbour's body town too, "HYDERABAD — ... survived a landmine ambush on his convoy near the temple town of
    # Tirupati")
    own_hits = city_hits.filter(pl.col("_dateline") != 1).select("_iid", "article_id", "sentence_index").unique()
    dateline_only = city_hits.select("_iid").unique().join(own_hits.select("_iid"), on="_iid", how="anti").with_columns(
        _dateline_only=pl.lit(True))
    neighbour = incidents.select("_iid", "status", pl.col("trigger_start").alias("_n_start"),
                                 pl.col("trigger_end").alias("_n_end"))
    shared = incidents.select("_iid", "article_id", "sentence_index", "status", pl.col("trigger_start").alias("_o_start"),
                              pl.col("trigger_end").alias("_o_end")).join(
        own_hits.select("_iid"), on="_iid", how="anti").join(
        city_hits.join(neighbour, on="_iid").drop("_iid", "trigger_start"),
        on=["article_id", "sentence_index", "status"]).join(dateline_only, on="_iid", how="left").with_columns(
        pl.col("_dateline_only").fill_null(False))
    # ... only when the two words are coordinated ("blasts and shootings", "shelling, gunfire and"), or the incident's
    # only town is the dateline (the body town is one of the sentence's events: "when a bomb went off under their
    # convoy near Khenchela and gunmen ... opened fire")
    gap = pl.col("text").str.slice(pl.min_horizontal("_o_end", "_n_end"),
                                   pl.max_horizontal(pl.max_horizontal("_o_start", "_n_start") - pl.min_horizontal("_o_end", "_n_end"), 0))
    # ... or the one word tells what the other's toll died in ("are killed in reprisal clashes in the town of X")
    shared = shared.filter((gap.str.len_chars() <= 60) & gap.str.contains(r"^[\p{Ll}\-, ]*(?:,? (?:and|or|as well as)|,) [\p{Ll}\- ]*$")
                           | gap.str.contains(r"^ (?:in|during) (?:an? |the )?(?:[\p{Ll}\-]+ ){0,2}$")
                           | pl.col("_dateline_only") & (pl.col("_dateline") != 1),
                           ~gap.str.contains(r"(?-u:\b)(?:after|following|before|when|while|in response|retaliat\w*)(?-u:\b)")).with_columns(
        _shared=pl.lit(True), trigger_start=pl.col("_o_start")).drop("_dateline_only")
    city_hits = pl.concat([city_hits.with_columns(_shared=pl.lit(False)), shared.select(city_hits.columns + ["_shared"])],
                          how="vertical_relaxed").join(dateline_only, on="_iid", how="left").sort(
        pl.col("_dateline_only").fill_null(False) & ~pl.col("_shared"), "_shared", "_outside", "_not_there", "_reference_point", "_aside", "_part", "_dateline", "_dist", "city_start", "city_end", "city", "country_code",
        "latitude", "longitude", nulls_last=True)
    there = ~pl.col("_outside") & ~pl.col("_route")
    # a place the gazetteer lacks ("in Jdeideh, a suburb north of Beirut") is in the country of the town it is told by
    # (not the dateline's, which is only a last guess: "NAIROBI - Sudanese government gunships fired on villagers at
    # Bieh, in Western Upper Nile" is in Sudan)
    any_country = city_hits.filter(pl.col("country_code").is_not_null(), ~pl.col("_route"), pl.col("_dateline") != 1).unique(
        "_iid", keep="first").select("_iid", pl.col("country_code").alias("_any_city_country"))
    dateline_country = city_hits.filter(pl.col("_dateline") == 1).unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_dateline_country"))
    best_city = city_hits.unique("_iid", keep="first").select(
        "_iid", (pl.col("_dateline") == 1).alias("_is_dateline"),
        # (a dateline town the body places the event away from: "WINDHOEK, Jan 4 - ... on the highway east of Bagani")
        (pl.when(pl.col("_dateline") == 1).then(_away_told(pl.col("text"))).str.contains(_PLACED_AWAY).fill_null(False)
         # ... or in a district of a region named by its possessive ("QUETTA - ... in Balochistan's Bolan district"),
         # unless it is the dateline town's own ("KABUL - ... in Kabul's Shash Darak district")
         | pl.col("_poss_away")).alias("_dateline_away"),
        pl.when(there).then(pl.col("place")).alias("place"),
        pl.when(there).then(pl.col("city")).alias("city"),
        # a gazetteer town's country is sure; one written after a town it lacks is less so than a named region's
        # ("near Bule in Congo's Ituri province" is in the DR Congo)
        pl.when(~pl.col("_route") & pl.col("latitude").is_not_null()).then(pl.col("country_code")).alias("_city_country"),
        pl.when(~pl.col("_route") & pl.col("latitude").is_null()).then(pl.col("country_code")).alias("_unlisted_country"),
        # (where travellers were going says nothing of the country they were in)
        pl.when(pl.col("_route") & ~pl.col("_destination")).then(pl.col("country_code")).alias("_route_country"),
        pl.when(there).then(pl.col("latitude")).alias("latitude"),
        pl.when(there).then(pl.col("longitude")).alias("longitude"),
        pl.col("_told_as_place").alias("_city_told_as_place"),
    ).join(any_country, on="_iid", how="left").join(dateline_country, on="_iid", how="left").with_columns(
        _unlisted_country=pl.when(pl.col("_route_country").is_null()).then(
            pl.coalesce("_unlisted_country", "_any_city_country")),
        _dateline_country=pl.when(pl.col("_unlisted_country").is_null()).then("_dateline_country")).drop("_any_city_country")
    countries = actors.filter(pl.col("country_code").is_not_null(), pl.col("actor_kind") != "person").join(
        text, on=["article_id", "sentence_index"]).filter(
        # ("a 24-year-old New Jersey man" is no Jersey)
        ~pl.col("text").str.slice(pl.max_horizontal(pl.col("start") - 4, 0), pl.min_horizontal(pl.col("start"), 4)).eq("New "),
        # (nor is "the Navajo Indian Reservation" India, nor "the Indian Ocean")
        ~pl.col("text").str.slice(pl.col("end"), 12).str.contains(r"^ (?:Reservations?|Reserves?|Ocean|Country)(?-u:\b)"),
        # (nor is a country's name that opens an armed movement's: "insignia of the former Sudan Liberation Army")
        ~pl.col("text").str.slice(pl.col("end"), 60).str.contains(
            r"^(?: \p{Lu}[\p{L}'’\-]*)?(?: (?:National|People's|People’s))? (?:Liberation|Freedom|Islamic|Revolutionary|Patriotic|Salvation"
            r"|Resistance|Independence) (?:Army|Front|Movement|Forces?|Brigades?)(?-u:\b)"))
    # "..., Pakistani officials said": local officials speak for the place, when the sentence names no other
    officials_words = r"(?:security |military |local |provincial |government |intelligence )?(?:officials|police|authorities)"
    officials = countries.filter(
        ((pl.col("actor_kind") == "country")
         & pl.col("text").str.slice(pl.col("end"), 40).str.contains(rf"^ {officials_words}(?-u:\b)"))
        | ((pl.col("actor_kind") == "organization")
           & (pl.col("mention_text").str.contains(rf"^(?:\S+ {officials_words}|.+(?:'s|’s) government)$")
              # ("Pakistani intelligence officials said")
              | (pl.col("mention_text").str.contains(r"^\S+ (?:security|military|intelligence|government)$")
                 & pl.col("text").str.slice(pl.col("end"), 20).str.contains(r"^ (?:officials|sources)(?-u:\b)"))
              # ("..., Burkina Faso's army said")
              # ("..., Macedonia's interior ministry says")
              | (pl.col("mention_text").str.contains(r"(?:'s|’s) (?:army|military|armed forces|police|(?:interior|home|defen[cs]e) ministry)$")
                 & pl.col("text").str.slice(pl.col("end"), 20).str.contains(r"^ (?:said|says|reported|announced)(?-u:\b)")))))
    located = countries.with_columns(
        _fled_to=pl.when(pl.col("text").str.contains_any(["fle", "escaped", "evacuated", "crossed"])).then(
            pl.col("text").str.slice(0, pl.col("start"))).str.contains(
            r"(?-u:\b)(?:fled|flee|flees|fleeing|escaped|evacuated|crossed)(?:\s+[\p{Ll}\-]+){0,4}\s+(?:into|to)\s+(?:the\s+)?$"
        ).fill_null(False)).with_columns(
        # (... and those who fled, not who crossed: "the soldiers had crossed into Lebanese territory" were there)
        _fled=pl.col("_fled_to") & ~pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?-u:\b)crossed(?:\s+[\p{Ll}\-]+){0,4}\s+(?:into|to)\s+(?:the\s+)?$")).with_columns(
        _in=pl.col("text").str.slice(0, pl.col("start")).str.contains(
            # (a direction's first half split off the mention: "in north-eastern Congo")
            r"(?i:(?-u:\b)(?:in|of|near|across|off|into|at|inside|over)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}(?:(?:north|south)-)?"
            # (two parts of one country: "the border area between northern and southern Sudan")
            r"|(?-u:\b)between\s+(?:the\s+)?(?:north|south|east|west|central)[\p{Ll}\-]*\s+and\s+(?:north|south|east|west"
            r"|central)[\p{Ll}\-]*\s+)$")
        # (where people fled to is not where it happened: "thousands of residents fled across the river into Cameroon")
        & ~pl.col("_fled_to")
        # (nor is what someone was angry at: "a man who said he was angry at Israel opened fire")
        & ~pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?i:(?-u:\b)(?:angry|anger|furious|fury|outrage[ds]?|upset|grudge|hatred|grievances?) (?:at|over|with|against|toward|towards) (?:the )?"
            # (nor what the weapons were aimed at: "rockets fired from Gaza, apparently aimed at Israel, fall short and
            # land in Egypt's Sinai")
            r"|(?-u:\b)aimed (?:at|towards?) (?:the )?)$"),
        # where people came from is not where it happened ("tourists from Germany", "sailing from Egypt")
        _from=pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?i:(?-u:\b)from\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2})$")
        # ... nor where people fled to
        | pl.col("_fled")
        # ... nor where the doers are from: "Ethnic Albanian rebels ambushed a patrol", "Pakistani militants stormed"
        | _doers(pl.col("text").str.slice(0, pl.col("start")), pl.col("text").str.slice(pl.col("end"), 30))
        # ... nor where they fired from into another: "militants in the Gaza Strip fired mortar shells into southern
        # Israel" (not "troops in the West Bank shot dead a man")
        | (pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?i:(?-u:\b)(?:militants|gunmen|fighters|rebels|insurgents|guerrillas|forces|troops|gunners|militias?) in (?:the )?)$")
           & pl.col("text").str.slice(pl.col("end"), 80).str.contains(
               r"^(?: \p{Lu}\p{Ll}+)? (?:\p{Ll}+ )?(?:fired|fire|fires|firing|launched|launch|launches|launching) [^.;]{0,50}?(?-u:\b)"
               r"(?:into|at|towards?|across)(?-u:\b)")),
        _name=pl.col("actor_kind") == "country",
        # a nationality before what was struck tells where: "jets strike Cambodian military targets across the border",
        # "shelled Eritrean positions"
        _target=pl.when(pl.col("text").str.slice(pl.col("end"), 40).str.contains_any(
            ["targets", "positions", "outposts", "posts", "villages", "towns", "territory", "soil"])).then(
            pl.col("text").str.slice(0, pl.col("start"))).str.contains(
            # ("fires rockets at Israeli army positions")
            r"(?i:(?-u:\b)(?:on|at|against|strik(?:e|es|ing)|struck|hit(?:s|ting)?|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?"
            r"|pound(?:s|ed|ing)?|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|raid(?:s|ed|ing)?)\s+(?:the\s+)?)$")
        & pl.col("text").str.slice(pl.col("end"), 40).str.contains(
            r"^ (?:[\p{Ll}\-]+ ){0,2}(?:targets|positions|outposts|border posts|villages|towns|territory|soil)(?-u:\b)"
        ).fill_null(False),
        # a nationality before what a region is tells where: "on the Tunisian island of Djerba", "the Yemeni coast"
        # (not where the doers fled to: "the abductors fled to the Philippine island of X")
        _place_noun=pl.col("text").str.slice(0, pl.col("start")).str.contains(r"(?i:(?-u:\b)(?:the|an?)\s+)$")
        & pl.col("text").str.slice(pl.col("end"), 30).str.contains(_PLACE_NOUN_AFTER) & ~pl.col("_fled"),
    ).with_columns(
        # "of" before a nationality that qualifies a noun tells whose, not where: "the abduction of three Israeli
        # teenagers", "employees of the Canadian firm" (but "the north of Mali on Sunday" is a place)
        _in=pl.col("_in") & ~(
            pl.col("text").str.slice(0, pl.col("start")).str.contains(r"(?i:(?-u:\b)of\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2})$")
            & pl.col("text").str.slice(pl.col("end"), 30).str.contains(
                r"^ \p{Ll}+(?-u:\b)")
            & ~pl.col("text").str.slice(pl.col("end"), 30).str.contains(
                r"^ (?:on|in|at|and|or|as|after|before|since|when|where|which|that|near|to|for|with|by|over|late|early"
                # ("in the Qandil and Zap areas of northern Iraq overnight")
                r"|last|this|during|while|capital|city|border|territory|province|region|overnight|today|yesterday|tonight)(?-u:\b)"))
        | pl.col("_place_noun") | pl.col("_target"),
    ).with_columns(
        # (a country's name that opens a body's is no place: "near offices of the Palestine Liberation Organization",
        # "two members of the Irish Republican Army")
        _in=pl.col("_in") & ~pl.col("text").str.slice(pl.col("end"), 40).str.contains(
            r"^ (?:(?:\p{Lu}[\p{L}'’]+ ){0,2}(?:Liberation|Organi[sz]ation|Front|Party|Movement|Army)"
            # ("the Zimbabwe African National Union"; not "the Soviet Union", one name)
            r"|(?:\p{Lu}[\p{L}'’]+ ){1,2}(?:Union|Congress|Council|League|Alliance))(?-u:\b)")
        # ... nor one that closes it: "the Kurdish Democratic Party of Iran"
        & ~pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"\p{Lu}[\p{L}'’]+ (?:Party|Front|Movement|Organi[sz]ation|Union|Congress|Council|League|Alliance|Army) of (?:the )?$"),
    ).filter(
        # an organisation's or a group's country is whose it is ("US troops", "Kataeb Hezbollah"), not where (but what
        # was struck is where: "Cambodian military targets")
        (pl.col("actor_kind") == "country") | pl.col("_target"),
        # (nor whose forces hold the country named after it: "in Turkish-held northern Syria")
        ~pl.col("text").str.slice(pl.col("end"), 40).str.contains(
            r"^-(?:held|controlled|occupied|run|administered|ruled) (?:north|south|east|west|central)[\p{Ll}\-]* \p{Lu}"),
        # (nor whose forces hold a zone of another: "in Israel's security zone in southern Lebanon")
        ~pl.col("text").str.slice(pl.col("end"), 50).str.contains(
            rf"^(?:'s|’s) {HELD_ZONE}"),
        # (nor a state accused of backing the attack: "accusing Sudan of backing the raid")
        ~pl.col("text").str.slice(pl.col("end"), 30).str.contains(
            r"^ (?:of|for) (?:backing|supporting|sponsoring|arming|funding|financing|harbou?ring|aiding|sheltering)(?-u:\b)"),
        # (nor are counted victims named by nationality where: "killing eight Mexicans and four Egyptians" in Egypt)
        ~_counted_nationals(pl.col("mention_text"), pl.col("text").str.slice(0, pl.col("start"))),
        # (a mention read as "U.S" leaves its period to the text after it: "a U.S. drone strike")
        ~_not_a_place(pl.col("text").str.slice(pl.col("end"), 40).str.strip_prefix(".")),
        ~pl.when(pl.col("text").str.contains("border", literal=True)).then(
            pl.col("text").str.slice(0, pl.col("start"))).str.contains(_BORDER_WITH).fill_null(False))
    # a country or place bound to another incident of the sentence is that one's ("an operation like the 2012
    # attack in the Libyan city of Benghazi": Libya is the 2012 attack's)
    elsewhere = bound_elsewhere(countries.filter(pl.col("actor_kind") == "country"), anchors, incidents)
    in_sentence = incidents.select("_iid", "article_id", "sentence_index", "perpetrator_actor_key").join(
        located, on=["article_id", "sentence_index"]).filter(
        pl.col("perpetrator_actor_key").is_null() | (pl.col("actor_key") != pl.col("perpetrator_actor_key"))
    ).join(elsewhere, on=["_iid", "article_id", "sentence_index", "start"], how="anti")
    best_country = in_sentence.sort(["_from", "_in", "_name", "start", "end", "actor_key"],
                                    descending=[False, True, True, False, False, False]).unique(
        "_iid", keep="first").select("_iid", pl.when(pl.col("_in")).then(pl.col("country_code")).alias("_sentence_in_country"),
                                     # (where people or weapons came from places nothing: "a cross-border attack
                                     # from Afghanistan" killing Pakistani soldiers)
                                     pl.when(~pl.col("_from")).then(pl.col("country_code")).alias("_sentence_country"))
    # the sentence's counted victims named by nationality come after every other country it names, and after the state
    # whose forces struck ("Egyptian military aircraft fired on a convoy ..., killing eight Mexicans and four
    # Egyptians"; "Israeli troops shoot dead two Palestinians in a raid"; "Eight Americans were killed ...")
    sentence_incidents = incidents.select("_iid", "article_id", "sentence_index")
    victims = sentence_incidents.join(countries.filter(
        pl.col("actor_kind") == "country",
        _counted_nationals(pl.col("mention_text"), pl.col("text").str.slice(0, pl.col("start")))),
        on=["article_id", "sentence_index"]).sort("_iid", "start").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_victims_country"))
    sentence_striking = sentence_incidents.join(countries.filter(
        pl.col("actor_kind") == "organization",
        pl.col("mention_text").str.contains(r"(?i:(?-u:\b)(?:government|military|army|air force|regime)$)"),
        pl.col("text").str.slice(pl.col("end"), 40).str.contains(_WEAPON_AFTER)),
        on=["article_id", "sentence_index"]).sort("_iid", "start").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_sentence_striking_country"))
    speaking = incidents.select("_iid", "article_id", "sentence_index").join(
        officials, on=["article_id", "sentence_index"]).sort("_iid", "start").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_officials_country"))
    # "in the north of the country", "across the country": the country the sentence names (by name, or by whose
    # soldiers, police or officials they are: "Twelve Mauritanian soldiers are killed ... in the north of the country")
    anaphor = incidents.select("_iid", "article_id", "sentence_index").join(
        countries.filter(pl.col("actor_kind").is_in(["country", "organization"]),
                         pl.col("text").str.contains(r"(?-u:\b)(?:of|across|in|throughout|around) the country(?-u:\b)")),
        on=["article_id", "sentence_index"]).sort("_iid", "start").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_anaphor_country"))
    # a national institution the attack hit is in its country, when nothing else places the event: "drones drop
    # explosives on the Indian Air Force station", "an IED hits an Indian army armoured vehicle"
    hit = (r"(?i:(?-u:\b)(?:on|at|against|targeting|targeted|hits?|struck|strikes?|attack(?:s|ed)?|ambush(?:es|ed)?"
           r"|bomb(?:s|ed)?|raid(?:s|ed)?|storm(?:s|ed)?|rammed|inside)\s+(?:an?|the)\s+)$")
    institutions = countries.filter(
        pl.col("actor_kind") == "organization",
        pl.col("mention_text").str.contains(r"(?i:(?-u:\b)(?:army|air force|navy|military|police|border guards?)$)"),
        pl.col("text").str.slice(0, pl.col("start")).str.contains(hit))
    hit_institution = incidents.select("_iid", "article_id", "sentence_index").join(
        institutions, on=["article_id", "sentence_index"]).sort("_iid", "start").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_institution_country"))
    # a named region ("Nangarhar province", "Maharashtra's Gadchiroli district") places the event in its country
    # (not one of the neighbour a border is shared with: "in the Gourma region, near the border with Burkina Faso" is
    # told of a namesake region on this side)
    neighbours = countries.filter(pl.col("text").str.contains("border", literal=True)).filter(
        pl.col("text").str.slice(0, pl.col("start")).str.contains(_BORDER_WITH)).select(
        "article_id", "sentence_index", "country_code").unique()
    best_region = bind_to_incidents(regions.join(neighbours, on=["article_id", "sentence_index", "country_code"], how="anti"),
                                    anchors, incidents, "region_start", "region_end").join(
        incidents.select("_iid", "trigger_start"), on="_iid").with_columns(
        _dist=(pl.col("region_start") - pl.col("trigger_start")).abs()).sort(
        "_dist", "region_start", "country_code").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_region_country"))
    published = sentences.select("article_id", "published_at").unique("article_id")
    out = incidents.select("_iid", "article_id", "date_on", "date_granularity").join(best_region, on="_iid", how="left").join(
        published, on="article_id", how="left").join(best_city, on="_iid", how="left").join(
        best_country, on="_iid", how="left").join(speaking, on="_iid", how="left").join(
        hit_institution, on="_iid", how="left").join(anaphor, on="_iid", how="left").join(
        victims, on="_iid", how="left").join(sentence_striking, on="_iid", how="left")
    # a background event told with its own older date ("In December 2019, ...") need not be where today's are
    background = (pl.col("date_granularity").is_in(["day", "month", "year"])
                  & (pl.col("date_on") < pl.col("published_at").dt.offset_by("-1mo"))).fill_null(False)
    # a dateline names where the report was filed: where the body places the event in another country, it is no
    # place of the event ("NAIROBI, Kenya — Al-Shabaab fighters killed 20 soldiers ... in southern Somalia")
    filed_elsewhere = (pl.col("_is_dateline").fill_null(False) & (
        pl.coalesce("_region_country", "_sentence_in_country") != pl.col("_city_country")).fill_null(False))
    # ... and where the body places it in a part of the country, a region or a landscape with no town: "TBILISI - ...
    # bomb villages in the Pankisi Gorge", "CAIRO - ... near the Gilf al-Kebir plateau in Egypt's remote south-west"
    # (its country still holds: "WINDHOEK - ... a French family ... east of Bagani" is in Namibia)
    # (a region named bare is not enough: "KAZAN, Russia — a cleric in Tatarstan was shot dead" is in Kazan)
    away = pl.col("_dateline_away").fill_null(False)
    out = out.with_columns([pl.when(away).then(None).otherwise(pl.col(c)).alias(c)
                            for c in ("place", "city", "latitude", "longitude")])
    # ... and a namesake: a gazetteer town of another country than the one the sentence places the event in, named
    # only as part of a name ("Shell's Bonga offshore oil platform, about 120 kilometres off the Nigerian coast" is no
    # Bonga, Ethiopia)
    filed_elsewhere = filed_elsewhere | (~pl.col("_city_told_as_place").fill_null(True) & (
        pl.col("_sentence_in_country") != pl.col("_city_country")).fill_null(False))
    out = out.with_columns(
        [pl.when(filed_elsewhere).then(None).otherwise(pl.col(c)).alias(c)
         for c in ("place", "city", "latitude", "longitude", "_city_country", "_unlisted_country")])
    out = out.with_columns(_background=background, _own_country=pl.coalesce(
        "_city_country", "_region_country", "_unlisted_country", "_sentence_in_country", "_route_country",
        "_sentence_country", "_sentence_striking_country", "_dateline_country", "_victims_country", "_anaphor_country",
        "_officials_country", "_institution_country"))
    # the one incident of a sentence that found no town takes a gazetteer town the sentence binds to no event
    # ("crowds marking the anniversary of the general's death in Kerman on Wednesday, an attack that killed 84"),
    # when the country the sentence gives does not contradict it
    # (the first such town of the country the sentence gives: "a militant whom India accuses of the 2016 attack on its
    # Pathankot air base, inside a mosque in Daska, in Pakistan's Sialkot district")
    lone = out.select("_iid", "_own_country").join(_lone_town(incidents, cities, bound, text), on="_iid").filter(
        pl.col("_own_country").is_null() | (pl.col("_own_country") == pl.col("_lone_country"))).sort(
        "_iid", "_lone_rank").unique("_iid", keep="first").drop("_own_country", "_lone_rank")
    # (a dateline's town too yields to it: "SEOUL — A man set fire to ... a subway train in the city of Daegu ..., and
    # the blaze spread")
    # (a town the sea lies off gives its country alone: _lone_city is null)
    takes = pl.col("_lone_country").is_not_null() & (
        pl.col("city").is_null() & (pl.col("_own_country").is_null() | (pl.col("_own_country") == pl.col("_lone_country")))
        | pl.col("_is_dateline").fill_null(False) & (pl.col("_own_country") == pl.col("_lone_country")).fill_null(False))
    out = out.join(lone, on="_iid", how="left").with_columns(
        place=pl.when(takes).then(pl.col("_lone_place")).otherwise("place"),
        city=pl.when(takes).then(pl.col("_lone_city")).otherwise("city"),
        latitude=pl.when(takes).then(pl.col("_lone_lat")).otherwise("latitude"),
        longitude=pl.when(takes).then(pl.col("_lone_lon")).otherwise("longitude"),
        _own_country=pl.when(takes).then(pl.col("_lone_country")).otherwise("_own_country"))
    # ... else the town of the sentence before, when that one tells no event of its own: the event is read from a
    # second sentence ("An apartment block collapses in the Russian city of Belgorod, killing seven. The ministry says
    # the building was hit by fragments of a missile.")
    earlier = _earlier_town(incidents, cities, text).sort("_iid", "_lone_rank").unique("_iid", keep="first").drop(
        "_lone_rank")
    takes = (pl.col("city").is_null() & pl.col("_lone_city").is_not_null()
             & (pl.col("_own_country").is_null() | pl.col("_lone_country").is_null()
                | (pl.col("_own_country") == pl.col("_lone_country"))))
    out = out.drop("_lone_place", "_lone_city", "_lone_country", "_lone_lat", "_lone_lon").join(
        earlier, on="_iid", how="left").with_columns(
        place=pl.when(takes).then(pl.col("_lone_place")).otherwise("place"),
        city=pl.when(takes).then(pl.col("_lone_city")).otherwise("city"),
        latitude=pl.when(takes).then(pl.col("_lone_lat")).otherwise("latitude"),
        longitude=pl.when(takes).then(pl.col("_lone_lon")).otherwise("longitude"),
        _own_country=pl.when(takes).then(pl.coalesce("_lone_country", "_own_country")).otherwise("_own_country"))
    # failing that, the country the article places its events in (its incident sentences' "in <country>", its
    # current incidents' own places), else the one those sentences name first
    places = pl.concat([
        located.filter(pl.col("_in")).select("article_id", "sentence_index", "country_code"),
        incidents.select("_iid", "sentence_index").join(out.filter(~pl.col("_background")), on="_iid").select(
            "article_id", "sentence_index", pl.col("_own_country").alias("country_code")),
    ]).drop_nulls()
    article_place = places.group_by("article_id", "country_code").agg(
        pl.len().alias("_n"), pl.col("sentence_index").min().alias("_first")).sort(
        ["article_id", "_n", "_first", "country_code"], descending=[False, True, False, False]).unique(
        "article_id", keep="first").select("article_id", pl.col("country_code").alias("_article_place"))
    article_country = located.filter(~pl.col("_from")).sort("sentence_index", "start", "end", "actor_key").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_article_country"))
    # last, a country the article names at all, even as whose people were there ("a reporter from the Ecuadorian
    # newspaper ... kidnapped near the village of Mataje"; not where an attack came from: "an attack from Afghan
    # territory"), or a government's ("Bangladesh's government insists"), else the one country of the armed groups
    # it names ("the Northern Alliance blames al-Qaeda and the Taliban")
    whose_people = ~pl.col("_from") | (
        pl.col("text").str.slice(pl.col("end"), 30).str.contains(r"^ \p{Ll}+")
        & ~pl.col("text").str.slice(pl.col("end"), 30).str.contains(
            r"^ (?:territory|soil|side|border|airspace|waters|positions|forces|troops|soldiers|militants|fighters)(?-u:\b)")
        & ~_doers(pl.col("text").str.slice(0, pl.col("start")), pl.col("text").str.slice(pl.col("end"), 30)))
    named_anywhere = pl.concat([
        located.filter(whose_people).select("article_id", "sentence_index", "start", "country_code"),
        # (of any sentence: `countries` holds only the sentences that may tell an event)
        actors.filter(pl.col("actor_kind") == "organization", pl.col("country_code").is_not_null(),
                      pl.col("mention_text").str.contains(r"^\S+(?:'s|’s) government$")).select(
            "article_id", "sentence_index", "start", "country_code")]).sort(
        "sentence_index", "start", "country_code").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_article_any"))
    # ... else the country whose officials speak of it in any sentence ("... in the village of Nadimarg in Pulwama
    # district. Indian officials blame Lashkar-e-Taiba."), before the home of an armed group
    article_officials = officials.sort("sentence_index", "start").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_article_officials"))
    groups = actors.filter(pl.col("actor_kind") == "armed_group").select("article_id", "country_code").group_by(
        "article_id").agg(pl.col("country_code").drop_nulls().unique().alias("_codes"),
                          pl.col("country_code").null_count().alias("_stateless")).filter(
        pl.col("_codes").list.len() == 1).select("article_id", pl.col("_codes").list.first().alias("_group_country"))
    # ... else the state whose own forces' aircraft or guns struck ("Pakistani military helicopters destroy a religious
    # school in the village of Chenagai", "Syrian government jets"; not "a U.S. drone strike": a nationality alone says
    # whose the weapon is, and such strikes are mostly abroad), else the country of the people the article names ("the
    # helicopter carrying Colombian President Iván Duque was hit by several bullets")
    striking = countries.filter(
        pl.col("actor_kind") == "organization",
        pl.col("mention_text").str.contains(r"(?i:(?-u:\b)(?:government|military|army|air force|regime)$)"),
        pl.col("text").str.slice(pl.col("end"), 40).str.contains(_WEAPON_AFTER)).sort(
        "sentence_index", "start").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_striking_country"))
    people = actors.filter(pl.col("actor_kind") == "person", pl.col("country_code").is_not_null()).sort(
        "sentence_index", "start").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_people_country"))
    out = out.join(article_place, on="article_id", how="left").join(article_country, on="article_id", how="left").join(
        named_anywhere, on="article_id", how="left").join(article_officials, on="article_id", how="left").join(
        groups, on="article_id", how="left").join(
        striking, on="article_id", how="left").join(people, on="article_id", how="left")
    # last, the country of anyone the incident's sentences name, doers and victims included ("Two Kuwaiti gunmen
    # open fire on US Marines ... on Failaka Island", "A landmine wounds several Tunisian soldiers ... near the Algerian
    # border", "Fourteen Philippine marines are killed ... while searching for a kidnapped Italian priest"), first
    # named first; not where they came from, a border, a weapon's or a sponsor's country nor a speaking government
    anyone = countries.filter(
        ~pl.col("text").str.slice(0, pl.col("start")).str.contains(r"(?i:(?-u:\b)from\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2})$"),
        ~pl.when(pl.col("text").str.contains("border", literal=True)).then(
            pl.col("text").str.slice(0, pl.col("start"))).str.contains(_BORDER_WITH).fill_null(False),
        ~pl.col("text").str.slice(pl.col("end"), 20).str.contains(r"^(?:'s|’s)? (?:border|frontier)(?-u:\b)"),
        # (nor whose weapon or sponsor it is: "a U.S. drone strike", "Iran-backed militias")
        ~pl.col("text").str.slice(pl.col("end"), 40).str.strip_prefix(".").str.contains(_WEAPON_AFTER),
        ~pl.col("text").str.slice(pl.col("end"), 40).str.contains(SPONSOR_AFTER),
        ~pl.col("text").str.slice(pl.col("end"), 40).str.contains(_SPEAKER_AFTER)).join(
        incidents.select("article_id", "sentence_index").unique(), on=["article_id", "sentence_index"]).sort(
        "sentence_index", "start").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_anyone_country"))
    out = out.join(anyone, on="article_id", how="left")
    context_country = pl.when(~pl.col("_background")).then(
        pl.coalesce("_article_place", "_article_country", "_article_any", "_article_officials", "_group_country",
                    "_striking_country", "_people_country", "_anyone_country"))
    return out.select("_iid", "place", "city", "latitude", "longitude",
                      pl.coalesce("_own_country", context_country).replace(_SOVEREIGN).alias("country_code"))


# an incident in a dependent territory is in the state it belongs to: "in San Juan, Puerto Rico" is in the United States
# (the United States' inhabited territories, which ISO 3166 codes apart)
_SOVEREIGN = {"PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA"}


# where a plane or a train had set out from, and for, is no place of what befell it on the way (a hijacking): "soon
# after it left Delhi", "minutes after leaving Rome for Paris", "after it took off from Athens for Rome" (not "as it
# left Madrid", which was at Madrid)
_SET_OUT_FROM = (r"(?-u:\b)(?:after|before)\s+(?:(?:it|they|he|she)\s+)?(?:(?:left|leaving|leaves|departed|departing|departs)(?:\s+from)?"
                 r"|(?:took|takes|taking)\s+off\s+from)\s+(?:(?-i:\p{Lu})[\p{L}\-]*\s+){0,3}(?:for\s+(?:the\s+)?)?")


# where travellers were going is no place of what befell them on the way: "as he travelled by road to Kabul", "a
# convoy of elders travelling to Kabul", "on their way to Goma", "en route to Mosul", "a bus bound for Lagos"
_TRAVELLING_TO = (r"(?i:(?-u:\b)(?:travel+(?:s|ed|ing)?|journey(?:s|ed|ing)?|on\s+(?:his|her|their|its|the)\s+way|en\s+route"
                  r"|head(?:s|ed|ing)|bound|driv(?:e|es|ing)|drove|fl(?:y|ies|ying|ew)|going|returning|sailing"
                  # ("a bus carrying passengers towards Kabul")
                  r"|carry(?:ing)?|carries|carried|taking|ferrying|transporting)"
                  # ("as they drive to the town of Hudur")
                  r"(?:\s+\p{Ll}+){0,2}\s+(?:to|for|towards?)\s+(?:the\s+)?(?:(?:town|city|village|capital|port)\s+of\s+)?)$")

# a direction told as an adjective ("northern", "south-western", "central"), and the words that may stand before it
_COMPASS_ADJECTIVE = r"(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)"
_REMOTE = r"(?:far|remote|restive)"
# a part of a country told by its direction: "in northern Burkina Faso", "in south-western Uganda"
_DIRECTION_OF_COUNTRY = (rf"(?-u:\b)(?:in|across|near) (?:the )?(?:{_REMOTE} )?{_COMPASS_ADJECTIVE}"
                         r" (\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2})")

_REGION_DISTRICT = (r"(?-u:\b)(?:in|across|of|near) (?:the |an? )?(?:[\p{Ll}\-]+ ){0,4}?(\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?)"
                    r"(?:'s|’s) (?:(?:\p{Ll}+|\p{Lu}[\p{L}\-]*) ){1,3}(?:district|province|region|governorate|county|prefecture"
                    r"|department|state)(?-u:\b)")

# where a body tells an event away from its dateline's town: relative to another place ("east of Bagani"), in a
# landscape ("in the Pankisi Gorge", "the Aures mountains") or a part of the country ("in Egypt's remote south-west")
_PLACED_AWAY = (r"(?-u:\b)(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the )?\p{Lu}"
                r"|(?:in|near|across|along|through|on|at|off) the (?:(?:\p{Lu}[\p{L}'’\-]*|al-\p{Lu}[\p{L}'’\-]*) ){1,3}"
                r"(?i:gorge|valley|mountains|plateau|desert|hills|highlands|forest|jungle|pass|massif|range|delta|peninsula)(?-u:\b)"
                # ... at sea: "40 miles off Nigeria's coast", "off the Somali coast", "off the coast of Somalia"
                r"|(?-u:\b)off (?:the )?(?:(?:\p{Lu}\p{L}+)(?:'s|’s)? |(?:\p{Ll}+ )?)?(?:coast|coastline|shores?)(?-u:\b)"
                # ... off a region or an island: "ZAMBOANGA — ... seized while fishing off Sulu province"
                r"|(?-u:\b)off (?:the )?(?:\p{Lu}[\p{L}\-]+ ){1,2}(?:province|island|islands|state|region)(?-u:\b)"
                # ("on the island of Jolo", "in the mountains of southern Colombia")
                r"|(?:in|on|near|across|into) the (?:\p{Ll}+ )?(?:island|islands|mountains|hills|jungles?|forests?|deserts?) of "
                # ("KATHMANDU — ... a base in the western district of Kalikot")
                r"|(?:in|across|into) the (?:[\p{Ll}\-]+ )?(?:district|province|region|department|governorate|prefecture|county)"
                r" of \p{Lu}"
                # ("NIAMEY - ... hit a landmine in the Tillabéri region")
                # ("QUETTA - ... in the Kohlu district")
                # ... and by its direction: "BAMAKO - ... ambushed in the central Segou region"
                # (a name of several words too: "BANGKOK — ... in the Sai Buri district of Pattani province")
                rf"|(?:in|across|through) the (?:(?:{_REMOTE}|{_COMPASS_ADJECTIVE}) )?"
                r"(?:\p{Lu}[\p{L}\-]+ ){1,3}(?:district|province|governorate|department|prefecture|region|county|oblast)(?-u:\b)"
                # ("DAMASCUS - Air strikes on the Masyaf area of central Syria", "BANGKOK - ... across Thailand's four
                # southernmost provinces")
                # (not "in the Lyari area of the city", "the Qissa Khwani area of Peshawar": a part of the town)
                r"|(?:on|in|at|near|around) the \p{Lu}[\p{L}\-]+ (?:and \p{Lu}[\p{L}\-]+ )?areas?(?:[,.;]| (?:in|of) (?:(?:central"
                r"|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western) |\p{Lu}\p{L}+(?:'s|’s) ))"
                r"|(?:in|across) \p{Lu}[\p{L}\-]+(?:'s|’s) (?:[\p{Ll}\-]+ ){0,3}(?:provinces|regions|states|districts)(?-u:\b)"
                # ... or a landscape named by its country: "ISLAMABAD - ... in Pakistan's Swat valley"
                # ... or at sea off one: "YAOUNDE - ... off Cameroon's Bakassi peninsula"
                r"|(?:in|across|near|off) \p{Lu}[\p{L}\-]+(?:'s|’s) (?:\p{Lu}[\p{L}\-]+ ){1,2}(?i:valley|gorge|mountains|desert|hills"
                r"|highlands|forest|jungle|peninsula|delta)(?-u:\b)"
                # ("KABUL - ... on a road in Uruzgan province", "NAIROBI - ... in Garissa County")
                # ("ASUNCIÓN — ... on a rural road in Canindeyú department", "PATTANI — ... as buses passed through Nong Chik
                # district")
                r"|(?:in|across|through) (?:\p{Lu}[\p{L}\-]+ ){1,2}(?i:province|county|state|region|district|governorate|prefecture"
                r"|oblast|department)(?-u:\b)"
                # ... or a part of the country, or a spot told from the capital: "COTONOU — ... in a national park in the north
                # of the country", "KUWAIT CITY — ... on a highway south of the capital"
                r"|(?:in|across) the (?:far |extreme )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: part)? of the country(?-u:\b)"
                r"|(?-u:\b)(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of the capital(?-u:\b)"
                r"|(?:in|across) (?:the country|\p{Lu}\p{L}+)['’]s (?:(?:remote|far|restive|mountainous|lawless|volatile) )?"
                r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: (?:border|region|regions|provinces|desert|mountains|areas?))?"
                # (not "in Egypt's southern city of Aswan")
                r"(?:[,.;]| (?:on|in|at|near|and|when|after|as|during|late|early|overnight|since|where|while)(?-u:\b)"
                # ... or a region of it: "in Egypt's northern Sinai"
                r"| \p{Lu}))")

# a capital's district told bare after a dateline is a part of the capital, not a district of the country: "BAGHDAD —
# ... at a checkpoint in the Adhamiya district on Wednesday" is Baghdad (not a lesser town's: "QUETTA - ... in the Kohlu
# district"; nor a district of a region: "BANGKOK — ... in the Sai Buri district of Pattani province")
_CAPITAL_DISTRICT = (r"(?-u:\b)(?:in|through|across) the (?:\p{Ll}+ )?(?:\p{Lu}[\p{L}'’\-]+ ){1,2}(?:district|neighbou?rhood"
                     r"|quarter)(?:[,.;]| (?:on|at|as|when|after|during|late|early|overnight|while|where|near|killing"
                     r"|wounding)(?-u:\b))")


# ... as is a part of the capital told by its direction: "MOGADISHU — ... in the north of the capital", "in the south of
# the Honduran capital" (not a spot outside it: "on a highway south of the capital")
_CAPITAL_PART = (r"(?-u:\b)(?:in|across) the (?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: part)? of the"
                 r" (?:\p{Lu}\p{L}+ )?capital(?-u:\b)")


def _away_told(text: pl.Expr) -> pl.Expr:
    """The dateline's text with a capital's own district or part taken out (see _CAPITAL_DISTRICT, _CAPITAL_PART), for
    _PLACED_AWAY."""
    return pl.when(is_capital()).then(
        text.str.replace_all(_CAPITAL_DISTRICT, " ").str.replace_all(_CAPITAL_PART, " ")).otherwise(text)


# a person told by the town they serve, work or live in: "the Veracruz crime reporter", "a Jolo town councillor", "the
# Hakkari provincial governor"
_PERSON_AFTER = (r"^ (?:[\p{Ll}\-]+ ){0,2}(?:reporter|journalist|correspondent|councill?or|councilman|councilwoman|governor"
                 r"|police chief|lawmaker|legislator|politician|businessman|businesswoman|shopkeeper|trader|lawyer|judge"
                 r"|prosecutor|priest|cleric|imam|pastor|bishop|activist|doctor|teacher)s?(?-u:\b)")

_ROAD_NAMED_AFTER = (r"^[\-–]\p{Lu}\p{Ll}+ (?:highway|road|motorway|expressway|railway|rail line|pipeline|route|corridor"
                     r"|(?:\p{Lu}\p{L}+ )?Express)(?-u:\b)")

# the neighbours a border is shared with are no place of it: "near the borders with Niger and Burkina Faso"
_BORDER_WITH = (r"(?i:(?-u:\b)borders?\s+with\s+(?:the\s+)?"
                r"(?:(?:(?-i:\p{Lu}[\p{L}\-]*)\s+){0,2}(?-i:\p{Lu}[\p{L}\-]*),?\s+(?:and|or)\s+(?:the\s+)?)?)$")

_STATION_AFTER = r"^ (?:(?:Central|Junction|Cantonment|Railway|railway|train|bus) )?[Ss]tation(?-u:\b)"

_DISTANCE_FROM = r"(?i:\d\s*(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?from\s+(?:the\s+)?)$"
# a few kilometres from a place, told in words, is near it: neither a route's end nor outside it ("a few kilometres from
# the village of X" is X, where "35 km from Maiduguri" is not Maiduguri)
# (also in digits, below ten: "about 8 km from Mandera town")
_NEAR_DISTANCE = (r"(?i:(?-u:\b)(?:a few|few|several|a couple of|one|two|three|four|five|six|seven|eight|nine|[1-9])\s*(?:km|kilometres"
                  r"|kilometers|miles)\s+(?:away\s+)?from\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,2}"
                  r"(?:(?:village|town|city|settlement|community)\s+of\s+)?)$")


# a part of a region told by its direction: ", southern Kaduna", ", north-east London"
_DIRECTION = r"(?:central|(?:north|south)-?(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?)"


def _region_not_capital(name: pl.Expr) -> pl.Expr:
    """The name is a region's (Kaduna State) and no country's capital (London): a town named like it is a reference."""
    key = place_key(name)
    return key.is_in(subdivisions()["key"].implode()) & ~key.is_in(capital_names()["key"].implode())


def _reference_after_a_town(city_hits: pl.DataFrame, between: str, earlier: pl.DataFrame,
                            only: pl.Expr | None = None) -> pl.DataFrame:
    """Marks _reference_point on a town told right after one of the `earlier` towns of its sentence with `between`
    (a regex) in between: "in Harasta, on the outskirts of Damascus" makes Damascus the reference, not the place."""
    gap = pl.col("text").str.slice(0, pl.col("city_start")).str.extract(rf"\p{{L}}({between})$", 1).str.len_chars()
    prev_end = pl.col("city_start") - gap
    ends = earlier.select("article_id", "sentence_index", pl.col("city_end").alias("_prev_end"),
                          _after_earlier=pl.lit(True)).unique()
    return city_hits.with_columns(_prev_end=prev_end if only is None else pl.when(only).then(prev_end)).join(
        ends, on=["article_id", "sentence_index", "_prev_end"], how="left").with_columns(
        _reference_point=pl.col("_reference_point") | pl.col("_after_earlier").fill_null(False)).drop(
        "_prev_end", "_after_earlier")


def _near_distance(before: pl.Expr) -> pl.Expr:
    """`before` ends with a short distance told in words (see _NEAR_DISTANCE); a literal guard first."""
    return pl.when(before.str.contains("from", literal=True)).then(before).str.contains(_NEAR_DISTANCE).fill_null(False)

_WEAPON_AFTER = (r"^(?:-led)? (?:[\p{Lu}\d][\p{L}\d\-]* )?(?:(?:military|army|navy|air force|government|coalition|naval|air|cruise"
                 r"|ballistic) )?"
                 r"(?:drones?|air ?strikes?|drone strikes?|strikes?|missiles?|rockets?|warplanes?|jets?|fighter jets?"
                 r"|aircraft|helicopters?|gunships?|shells?|shelling|artillery|bombers?|bombing|air raids?|raids?)(?-u:\b)")


# (a town's noun is left to the town: "the rocket fired on the Israeli city of Ashdod" reads Ashdod's own country, and
# only where Ashdod is the place)
_PLACE_NOUN_AFTER = (r"^ (?:[\p{Ll}\-]+ )?(?:island|islands|province|region|state|coast|coastline|district|county"
                     r"|territory|oblast|countryside|enclave|exclave|mainland|archipelago|peninsula)(?-u:\b)")
_DOER_AFTER = (r"^ (?:[\p{Ll}\-]+ )?(?:rebels?|militants?|insurgents?|separatists?|guerrillas?|gunmen|fighters|extremists"
               r"|jihadists|attackers|assailants|raiders|infiltrators|militiam[ae]n|nationalists|bombers|commandos|saboteurs)(?-u:\b)")


_SPEAKER_AFTER = (r"^ (?:has |have |had )?(?:accused|blamed|said|says|warned|claimed|condemned|denied|announced"
                  r"|threatened|vowed)(?-u:\b)")


def _counted_nationals(mention: pl.Expr, before: pl.Expr) -> pl.Expr:
    """People counted by their nationality ("eight Mexicans", "two Britons", "several Americans") are who, not where."""
    return mention.str.contains(r"^\p{Lu}\p{Ll}+(?:s|men|ese)$") & before.str.contains(
        r"(?i:(?-u:\b)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several|many"
        r"|some|a few|other|more|the two|the three|fellow)\s+)$")


def _doers(before: pl.Expr, after: pl.Expr) -> pl.Expr:
    """A nationality or an ethnicity naming who did it ("Ethnic Albanian rebels", "Pakistani militants") says where
    they are from, not where it happened: `before` and `after` are the text around the mention."""
    # (and a country's possessive naming the doers after "by": "drones launched by Yemen's Houthis towards Israel",
    # "rockets fired by Lebanon's Hezbollah")
    return (before.str.contains(r"(?i:(?-u:\b)ethnic\s+)$") | after.str.contains(_DOER_AFTER)
            | (before.str.contains(r"(?-u:\b)by\s+$") & after.str.contains(r"^(?:'s|’s) (?:\p{Lu}|(?:al|el)-\p{Lu})")))


def _not_a_place(after: pl.Expr) -> pl.Expr:
    """A country named as a sponsor ("Iran-backed"), an owner ("American embassy", "US troops") or a speaker
    ("Washington has blamed") says who, not where: `after` is the text following the mention."""
    sponsor = SPONSOR_AFTER
    # (a word may stand between: "escorting Chinese construction workers", "US special forces"; "Marines" capitalised is
    # a named force sent abroad, "US Marines", "Royal Marines", where "Philippine marines" are a country's own)
    # (a name's capitals too: "the U.S. Embassy", "the U.S. Marine headquarters", "the US Air Forces in Europe")
    owner = (r"^(?:'s|’s)? (?:[\p{Ll}\-]+ )?(?:(?i:embass(?:y|ies)|consulates?)|mission|diplomats?|troops|paratroop(?:er)?s?|forces|soldiers|Marines?|Air Forces"
             r"|personnel"
             r"|bases?|convoys?|interests|citizens|nationals|officials|mercenaries|tourists|workers|engineers"
             r"|hostages|crew|sailors|pilgrims"
             # ... or travellers and visitors named by where they are from: "a Swiss couple touring Pakistan", "a
             # French family on the highway", "Korean missionaries"
             r"|couples?|famil(?:y|ies)|missionar(?:y|ies)|priests?|nuns?|volunteers|backpackers|hikers|trekkers|climbers"
             r"|cyclists|holidaymakers|visitors|journalists|reporters|photographers|aid workers|students)(?-u:\b)"
             # ... and a base named after its country's owner: "the US Al Udeid air base in Qatar"
             r"|^ (?:(?:al|el)-)?(?:\p{Lu}[\p{L}\-]* ){1,3}(?:air |naval |military |army )?(?:base|airbase)(?-u:\b)")
    speaker = _SPEAKER_AFTER
    # a weapon says whose it is, not where it fell: "an American drone strike", "a U.S. drone", "Israeli jets"
    weapon = _WEAPON_AFTER
    # a company, a pilot or a hotel described by a nationality says whose, not where ("the Canadian mining company",
    # "its New Zealand pilot", "the Israeli-owned hotel", "a Panama-flagged tanker"); a first-level division named
    # like a country is no country ("Niger State", "the Niger Delta" are in Nigeria)
    whose = (r"^(?:-(?:owned|flagged|operated|registered|run|based)(?-u:\b)|(?:'s|’s)? (?:[\p{Ll}\-]+ )?(?:company|companies"
             r"|firms?|corporation|conglomerate|contractors?|pilots?|airline|carrier"
             # ... or a ship ("the French oil tanker Limburg off the coast of Yemen": its flag, not where it was hit)
             r"|(?:oil |cargo |container |merchant |fishing )?(?:tankers?|ships?|vessels?|freighters?|trawlers?|ferry"
             r"|ferries|yachts?|warships?|frigates?|destroyers?|submarines?|cruisers?|corvettes?))(?-u:\b)"
             r"| (?:State|Delta)(?-u:\b)"
             # a border names where a place lies, not where it happened: "Azaz, near the Turkish border"
             r"|(?:'s|’s)? (?:border|frontier)(?-u:\b))")
    # ... but a country's own border with another is in it: "near Tunisia's border with Algeria"
    own_border = r"^(?:'s|’s) (?:border|frontier)s? with(?-u:\b)|^ border (?:town|city|village|province|region|district|area)"
    # a church named by a nationality is no country: "Greek Orthodox nuns", "the Armenian Apostolic church"
    church = r"^ (?:Orthodox|Catholic|Apostolic|Coptic|Evangelical|Protestant|Anglican|Lutheran)(?-u:\b)"
    return (after.str.contains(sponsor) | after.str.contains(owner) | after.str.contains(speaker)
            | after.str.contains(weapon) | (after.str.contains(whose) & ~after.str.contains(own_border))
            | after.str.contains(church))


def _lone_town(incidents: pl.DataFrame, cities: pl.DataFrame, bound: pl.DataFrame, text: pl.DataFrame) -> pl.DataFrame:
    """Per incident alone in its sentence and told with a toll: the first town of the sentence bound to no incident (only to an
    excluded word), unless told as relative ("south of X"), as a route or as an origin ("from X")."""
    over = ["article_id", "sentence_index"]
    # (only an incident told with a toll: a bare "attack" with no toll of its own must not take the town of a past
    # one, "a further attack may be imminent ... after the Manchester Arena bombing")
    # ... or the incidents of one sentence of one status, told with a toll, none with a town of its own: "insurgents
    # holed up in a high-rise in central Kabul fire rockets and rocket-propelled grenades ..., killing at least seven"
    has_town = bound.select(*over).unique().with_columns(_has_town=pl.lit(True))
    told = incidents.group_by(over).agg(pl.len().alias("_n"), pl.col("status").n_unique().alias("_statuses"),
                                        pl.any_horizontal(pl.col("killed_min", "killed_max", "wounded_min").is_not_null())
                                        .any().alias("_toll")).join(has_town, on=over, how="left").filter(
        pl.col("_toll"), (pl.col("_n") == 1) | ((pl.col("_statuses") == 1) & pl.col("_has_town").is_null()))
    alone = incidents.select(*over, "_iid").join(told.select(over), on=over)
    # (a town the gazetteer lacks counts where its context gave it a country: "in Nickel Mines, Pennsylvania")
    towns = cities.filter(pl.col("country_code").is_not_null()).join(alone, on=over).join(
        bound.select(*over, "city_start").unique(), on=[*over, "city_start"], how="anti").join(text, on=over)
    if towns.is_empty():
        return pl.DataFrame(schema={"_iid": incidents.schema["_iid"], "_lone_place": pl.String, "_lone_city": pl.String,
                                    "_lone_country": pl.String, "_lone_lat": pl.Float64, "_lone_lon": pl.Float64,
                                    "_lone_rank": pl.Int64})
    return _first_plain_town(towns)


def _first_plain_town(towns: pl.DataFrame) -> pl.DataFrame:
    """Per incident, its candidate towns not told as a direction, a route or an origin ("north of X", "from X", "the
    road linking X"), ranked by position (`_lone_rank`, first is lowest): _iid, _lone_place, _lone_city, _lone_country,
    _lone_lat, _lone_lon, _lone_rank."""
    before = pl.col("text").str.slice(0, pl.col("city_start"))
    # (a dateline the sentence places the event away from: "QUETTA, March 12 - ... in a remote part of Balochistan's
    # Bolan district ... The Balochistan Liberation Army said it was holding the passengers hostage.")
    dateline = pl.when((pl.col("city_start") == 0) & pl.col("text").str.slice(pl.col("city_end"), 40).str.contains(
        DATELINE_AFTER)).then(pl.col("text"))
    return towns.filter(
        ~(_away_told(dateline).str.contains(_PLACED_AWAY)
          | (place_key(dateline.str.extract(_REGION_DISTRICT, 1)) != place_key(pl.col("city_text")))).fill_null(False),
        ~pl.col("text").str.slice(pl.col("city_end"), 40).str.contains(_ROAD_NAMED_AFTER),
        ~before.str.contains(r"(?i:(?:north|south|east|west)(?:east|west)?(?:ern)? of|(?-u:\b)(?:from|to|towards?|between"
                             r"|linking|connecting|border with))\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}$")
    ).with_columns(
        # the sea off a town gives its country only, after any town: "sank a destroyer in the Mediterranean off Port Said"
        _off=before.str.contains(r"(?-u:\b)off\s+(?:the\s+(?:[\p{Ll}\-]+\s+)?(?:coast|shores?)\s+of\s+(?:the\s+)?)?$")
    ).sort("city_start", "city", "country_code", nulls_last=True).unique(["_iid", "city_start"], keep="first").select(
        "_iid", *[pl.when(~pl.col("_off")).then(pl.col(c)).alias(a) for c, a in (
            ("city_text", "_lone_place"), ("city", "_lone_city"), ("latitude", "_lone_lat"), ("longitude", "_lone_lon"))],
        pl.col("country_code").alias("_lone_country"),
        (pl.col("city_start").cast(pl.Int64) + pl.when(pl.col("_off")).then(100_000).otherwise(0)).alias("_lone_rank"))


def _earlier_town(incidents: pl.DataFrame, cities: pl.DataFrame, text: pl.DataFrame) -> pl.DataFrame:
    """Per incident whose sentence names no town: the first town of the sentence before it, when that sentence tells
    no incident (the event is told across two sentences), unless told as relative, a route or an origin. Columns as
    _lone_town's."""
    over = ["article_id", "sentence_index"]
    townless = incidents.select("_iid", *over).join(cities.select(*over).unique(), on=over, how="anti")
    quiet = cities.join(incidents.select(*over).unique(), on=over, how="anti").with_columns(
        pl.col("sentence_index") + 1)
    towns = townless.join(quiet.drop("text", strict=False), on=over).join(
        text.with_columns(pl.col("sentence_index") + 1), on=over)
    return _first_plain_town(towns)


def _part_of_a_town(city_hits: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """Adds `_part`: the place is a district, a venue or a suburb of the town named right after it ("the Shiite
    district of Sadr City in Baghdad", "at Vauxhall Cross in London", "Kuje in central Abuja"): the town is the
    place. Only a town of the same country (or a place the gazetteer lacks) is taken for the whole."""
    over = ["article_id", "sentence_index"]
    towns = city_hits.select(*over, pl.col("city_start").alias("_t_start"), pl.col("country_code").alias("_t_cc"),
                             pl.col("latitude").alias("_t_lat")).unique().join(
        # (a country's name is no town: "the town of Palma in Mozambique"; a capital read as its country still is:
        # "in Woolwich, south-east London")
        actors.filter(pl.col("actor_kind") == "country", pl.col("mention_text") == pl.col("actor_name")).select(
            *over, pl.col("start").alias("_t_start")),
        on=[*over, "_t_start"], how="anti")
    gap = pl.col("text").str.slice(pl.col("city_end"), pl.col("_t_start") - pl.col("city_end"))
    parts = city_hits.select(*over, "city_start", "city_end", "country_code", "latitude", "text").unique(
        [*over, "city_start"]).join(towns, on=over).filter(
        pl.col("_t_start").is_between(pl.col("city_end") + 2, pl.col("city_end") + 40),
        pl.col("_t_lat").is_not_null(),
        pl.col("latitude").is_null() | (pl.col("country_code") == pl.col("_t_cc")),
    ).filter(
        # ("Ealing Broadway station in west London", "in Woolwich, south-east London")
        # ("near the Pishin bus stop in Quetta": two words of a venue, not a refugee camp, which is its own place)
        (gap.str.contains(r"^(?:(?: \p{Ll}+){0,2} in (?:(?:the|central|downtown|old|(?:north|south)?-?(?:east|west)?(?:ern)?) )?"
                         r"|, (?:central|(?:north|south)-?(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?) "
                         # ("a cafe in Martin Place, in the heart of Sydney")
                         r"|,? in the (?:heart|centre|center|middle) of "
                         # ("in Wadi al-Rabie, on the southern outskirts of Tripoli" is Tripoli; a town the gazetteer
                         # holds is its own place: "in Epe, on the outskirts of Lagos")
                         r"|,? (?:just )?on the (?:[\p{Ll}\-]+ )?outskirts of "
                         # ("in Sadriya, a largely Shiite district of Baghdad"; a suburb is its own place: "in
                         # Jaramana, a suburb of Damascus")
                         r"|, an? (?:[\p{L}'’\-]+ ){0,3}(?:district|neighbou?rhood|quarter) of (?:the )?"
                         # ("in the Tudun Wada ward of Bokkos": a ward named like a town)
                         r"| (?:ward|neighbou?rhood|quarter) of )$")
         & ~gap.str.contains(r"^ \p{Ll}+ camps? in "))
        # ("in the Christian neighbourhood of Youhanabad, Lahore": a part told by its word, then its town)
        | ((gap == ", ") & pl.col("text").str.slice(0, pl.col("city_start")).str.contains(
            r"(?i:(?:neighbou?rhood|district|suburb|quarter|slum|area) of (?:the )?)$"))
        # ("at Ranjha Chowk in the western Nepalese town of Nepalgunj": a spot the gazetteer lacks, in a town told by
        # what it is)
        | (pl.col("latitude").is_null() & gap.str.contains(
            r"^ in the (?:(?:\p{Ll}+|\p{Lu}\p{L}+) ){0,3}(?:town|city|capital|port) of $")),
        pl.col("latitude").is_null() | ~gap.str.contains("outskirts", literal=True),
        # a village or a town is no part of another ("the village of Chittisinghpura in Jammu and Kashmir"), nor is
        # a town part of a region named with "and"
        # (nor is a mayor's town: "the mayor of Celaya in Guanajuato")
        ~pl.col("text").str.slice(0, pl.col("city_start")).str.contains(
            r"(?i:(?:village|town|city|municipality|hamlet|mayor|mayoral candidate)s? of (?:the )?)$"),
        ~pl.col("text").str.slice(pl.col("_t_start")).str.contains(r"^\p{Lu}[\p{L}\-]* and \p{Lu}"),
        # ... nor of a region named by its town: "at Dogon Noma in Kaduna's Kajuru district" (a town no region is named
        # after is the place: "the Ceelgaab junction in Mogadishu's Hamarjajab district")
        ~place_key(pl.col("text").str.slice(pl.col("_t_start")).str.extract(r"^(\p{Lu}[\p{L}\-]*)(?:'s|’s) ")).is_in(
            subdivisions()["key"].implode()).fill_null(False),
        # ... nor of a part of a region named like its town, told by its direction: "in Fadan Kagoma, southern Kaduna"
        # is in the south of Kaduna State (a capital's part is the capital's: "in Woolwich, south-east London")
        ~(gap.str.contains(rf"^, {_DIRECTION} $") & _region_not_capital(
            pl.col("text").str.slice(pl.col("_t_start")).str.extract(r"^(\p{Lu}[\p{L}\-]*)")).fill_null(False)),
    ).select(*over, "city_start")
    # a part told after its town's name: "in the Melbourne suburb of Endeavour Hills", "the Kabul district of Karte Seh"
    # (a suburb the gazetteer holds is a town of its own: "the Athens suburb of Glyfada", "the Paris suburb of Clamart")
    told_after = city_hits.select(*over, "city_start", "text", "latitude").unique([*over, "city_start"]).join(
        towns.join(city_hits.select(*over, pl.col("city_start").alias("_t_start"), pl.col("city_end").alias("_t_end")),
                   on=[*over, "_t_start"]), on=over).with_columns(
        _gap=pl.col("text").str.slice(pl.col("_t_end"), (pl.col("city_start") - pl.col("_t_end")).clip(0))).filter(
        pl.col("_t_lat").is_not_null(), pl.col("_t_end").is_between(pl.col("city_start") - 30, pl.col("city_start") - 5),
        pl.col("_gap").str.contains(r"^ (?:suburb|district|neighbou?rhood|quarter|borough|township) of (?:the )?$"),
    ).with_columns(_own=pl.col("_gap").str.starts_with(" suburb ") & pl.col("latitude").is_not_null())
    # (... and its town then only says where it lies)
    told_after = pl.concat([told_after.filter(~pl.col("_own")).select(*over, "city_start"),
                            told_after.filter(pl.col("_own")).select(*over, pl.col("_t_start").alias("city_start"))])
    parts = pl.concat([parts, told_after]).unique().with_columns(_part=pl.lit(True))
    return city_hits.join(parts, on=[*over, "city_start"], how="left").with_columns(pl.col("_part").fill_null(False))


def _before_a_cause(cities: pl.DataFrame, bound: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame,
                    text: pl.DataFrame) -> pl.DataFrame:
    """Cities bound to no incident because the nearest event word is a cause told after them serve the incident
    told before them: "fired missiles at a base in Erbil, in revenge for the killing of ...", "struck targets in the
    capital, Sanaa, in response to the group's attacks"."""
    over = ["article_id", "sentence_index"]
    unbound = cities.join(bound.select(*over, "city_start").unique(), on=[*over, "city_start"], how="anti").join(
        incidents.select(*over).unique(), on=over, how="semi")
    if unbound.is_empty():
        return bound.clear()
    # ("..., saying they are avenging last month's attack on a parade in Ahvaz", "retaliating for")
    cause = (r"^[^.;]*?(?-u:\b)(?:in (?:response|revenge|retaliation|reprisal) (?:to|for)|aveng(?:e|es|ed|ing)"
             r"|retaliat(?:e|es|ed|ing) (?:for|against)|after|following)(?-u:\b)")
    next_word = unbound.join(anchors.filter(pl.col("a_iid").is_null()), on=over).filter(
        pl.col("a_start") >= pl.col("city_end")).sort("a_start").unique([*over, "city_start"], keep="first").join(
        text, on=over).filter(
        pl.col("text").str.slice(pl.col("city_end"), pl.col("a_start") - pl.col("city_end")).str.contains(cause)
    ).select(*over, "city_start")
    earlier = unbound.join(next_word, on=[*over, "city_start"], how="semi").join(
        incidents.select("_iid", *over, "trigger_start"), on=over).filter(pl.col("trigger_start") < pl.col("city_start"))
    return earlier.sort("trigger_start", descending=True).unique([*over, "city_start"], keep="first").drop("trigger_start")
