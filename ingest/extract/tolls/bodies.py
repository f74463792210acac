"""Tolls told by a body found ("The body of X was found"): one dead, no count word."""

import polars as pl

from ingest.extract.text import find_matches

# a body found: "The body of X is found near Y", "X's body ... was discovered", "police found the body of a kidnapped
# engineer"
_BODY_FOUND = (r"(?:(?-u:\b)[Tt]he body of (?:[^,;.]{1,80}?|[^,;.]{1,60}, [^,;]{1,120},)"
               r" (?:is|was|has been|had been)(?: \p{Ll}+ly)? (?:found|discovered|recovered|pulled|dumped|retrieved)"
               r"|(?:found|finds|find|discovered|discovers|recovered|recovers|retrieved|retrieves) the body of)(?-u:\b)")
_NOT_A_BODY = (r"^(?i:(?:the body of|(?:\S+ ){1,2}the body of) (?:an? |the )?(?:water|plane|aircraft|jet|ship|vessel|boat|car"
               r"|vehicle|truck|bus|train|lake|river|sea|evidence|work|research|law|literature|knowledge)(?-u:\b))")


def _body_found(sentences: pl.DataFrame) -> pl.DataFrame:
    """One dead told by a body found: "The body of journalist X was found near Y", "police found the body of a
    kidnapped engineer" (not "the body of water", "the body of the plane"); a sentence without a casualty word too."""
    found = find_matches(sentences.filter(pl.col("text").str.contains("body of", literal=True)), _BODY_FOUND, "m").filter(
        ~pl.col("text").str.slice(pl.col("m_start")).str.contains(_NOT_A_BODY))
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"), backward=pl.lit(False))
