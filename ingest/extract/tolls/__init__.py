"""Casualty counts of incidents: killed and wounded, from number words and vague quantities
(ref_quantity_words.csv), named victims and parts to be summed, bound to the nearest trigger word.

Split by how a toll is told: `numbers` (quantities and summed parts), `counts` (subject and object tolls read in
one pass, and the gathering of every reading), `shares` (shares and added clauses), `revisions` (revised, put and
claimed tolls), `named` (named and described victims, the one wounded, later deaths), `bodies` (a body found),
`binding` (the toll bound to its incident); `_common` holds the patterns several of them share."""

from ingest.extract.tolls.binding import tolls
from ingest.extract.tolls.counts import casualties
from ingest.extract.tolls.named import AIMED_AT_NAMED, NAMED_OBJECT, NAMED_TARGET
from ingest.extract.tolls.numbers import number_pattern, parse_quantity, sum_parts
from ingest.extract.tolls.revisions import TOLL_PUT, TOLL_PUT_AS_REVISION, TOLL_REVISED

__all__ = [
    "AIMED_AT_NAMED",
    "NAMED_OBJECT",
    "NAMED_TARGET",
    "TOLL_PUT",
    "TOLL_PUT_AS_REVISION",
    "TOLL_REVISED",
    "casualties",
    "number_pattern",
    "parse_quantity",
    "sum_parts",
    "tolls",
]
