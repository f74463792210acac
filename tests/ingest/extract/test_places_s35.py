"""Places, session 35: a capital's district told bare after the capital's dateline is a part of the capital. Names,
places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2011, 5, 17)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("CAIRO — A bomb exploded outside a bank in the Zamalek district on Monday, wounding three guards.", "Cairo", "EGY"),
    ("BAGHDAD — Gunmen shot dead two shopkeepers in the Mansour neighbourhood on Sunday, police said.", "Baghdad", "IRQ"),
    ("ALGIERS — A car bomb went off near a police station in the busy Bab El Oued district, killing four people.",
     "Algiers", "DZA"),
    # look-alike: a lesser town's dateline before a district is the country's district
    ("QUETTA — A roadside bomb killed four soldiers in the Dera Bugti district on Monday.", None, "PAK"),
    # look-alike: a capital's dateline before a district of a province is that province's
    ("BANGKOK — A bomb killed two rangers in the Rueso district of Narathiwat province on Friday.", None, "THA"),
])
def test_a_capitals_district_after_its_dateline_is_the_capital(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
