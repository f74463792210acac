"""Places on summaries written for session 24 in the ways of telling that sets BO-BR showed: a town's possessive before
a district of it, where no region is named after the town; a Thai province's town district ("Mueang"); a state told by
its direction ("the central state of X"); a country's possessive before its capital; a town's other name that is only
another country's region; a region told by a country's possessive; a dateline that yields to the body's town (a second
event of the sentence holds it, or it is bound to no event word); a spot the gazetteer lacks in a town told by what it
is, or on a town's outskirts; what rockets were aimed at. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town no region is named after keeps its own districts
    ("A man threw a grenade into a cafe in Lyon's Croix-Rousse district on Friday night, wounding nine people.", "Lyon", "FRA"),
    # a province's town district is the town
    ("A bomb hidden in a motorcycle exploded outside a school in Yala's Mueang district, wounding two teachers.", "Yala", "THA"),
    # look-alikes: a province's possessive before another district names no town
    ("A bomb hidden in a motorcycle exploded outside a school in Pattani's Nong Chik district, wounding two rangers.",
     None, "THA"),
    ("A grenade thrown at a market in Jammu's Kathua district wounded three soldiers.", None, "IND"),
])
def test_town_possessive_before_district(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a state told by its direction is no town of its name
    ("Gunmen killed five people at a bar in the central state of Guanajuato on Saturday.", None, "MEX"),
    ("The mayor of Tepalcingo in the southern state of Morelos was shot dead on Sunday.", "Tepalcingo", "MEX"),
    # look-alike: the town of that name told as a town
    ("Gunmen killed five people at a bar in the city of Guanajuato on Saturday.", "Guanajuato", "MEX"),
])
def test_state_told_by_its_direction(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a country's possessive before its capital is no town
    ("Six people are killed in a raid on an eastern suburb of Kenya's capital, Nairobi, police say.", "Nairobi", "KEN"),
    ("Gunmen kill four people in a suburb of Uganda's capital, Kampala.", "Kampala", "UGA"),
])
def test_country_possessive_before_capital(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town's other name that is another country's region only is that region
    ("Three soldiers died on Tuesday near Yarumal, in Antioquia, when mines planted by rebels went off along a trail.",
     "Yarumal", "COL"),
    # look-alike: the town under its own name
    ("A car bomb killed two people in Antakya on Monday.", "Antakya", "TUR"),
])
def test_other_name_that_is_a_foreign_region(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    # a region told by a country's possessive is that country's, though the reference knows the name only elsewhere
    ("Three soldiers were killed when their truck hit a mine in Mali's Nara region on Sunday.", "MLI"),
    # look-alike: a country's short name that the region's own country goes by too
    ("Militiamen killed 14 villagers in Congo's Ituri province on Sunday night.", "COD"),
])
def test_region_told_by_a_country_possessive(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline yields to a body town bound to no event word
    (("BUSAN — A man set fire to a can of petrol aboard a crowded city bus in the city of Ulsan on Friday, and the blaze"
      " spread to a shop, killing three people."),
     "Ulsan", "KOR"),
    # ... and to the body town of a second event of the sentence
    (("LAHORE — Six policemen were killed on Monday when a bomb went off under their van near Multan and gunmen hidden in a"
      " field opened fire, officials said."), "Multan", "PAK"),
    ("LUCKNOW — A state minister survived a landmine ambush on his motorcade near the temple town of Varanasi on Friday.",
     "Varanasi", "IND"),
    # look-alike: a dateline with no other town is the scene
    ("KABUL — A bomb killed five people at a bus stop on Monday, police said.", "Kabul", "AFG"),
])
def test_dateline_yields_to_the_body(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a spot the gazetteer lacks in a town told by what it is
    ("Gunmen killed two guards at Bhairav Chowk in the southern Nepalese town of Biratnagar, police said.", "Biratnagar", "NPL"),
    # ... or on a town's outskirts, without a comma
    ("Rockets hit a police post near Sariab Kalan on the outskirts of Quetta; no one was hurt.", "Quetta", "PAK"),
])
def test_spot_in_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    # what rockets were aimed at is not where they landed
    ("Two rockets fired from Gaza, apparently aimed at Israel, fell short and landed in Egypt's Sinai on Monday.", "EGY"),
    # look-alike: no other country named
    ("A rocket aimed at Israel exploded near a kibbutz on Monday, wounding two people.", "ISR"),
])
def test_aimed_at_is_no_place(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a small town told as an area by a word before it
    ("Gunmen killed two levies soldiers at a checkpoint in the hilly area of Kohlu, Pakistani officials said.", "Kohlu", "PAK"),
    # "the X area of" a part of a country told by its direction is the town
    ("DAMASCUS — Air strikes on the Qusayr area of central Syria late on Monday killed six people, state media said.",
     "Al Qusayr", "SYR"),
    # look-alike: the area of a region told by its country's possessive is a district
    ("Gunmen killed 30 villagers in the Loralai area of Pakistan's Balochistan province.", None, "PAK"),
])
def test_area_of_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline the body places the event away from, in a district or in the mountains of a region
    ("KATHMANDU — Rebels stormed a police post in the remote district of Rolpa overnight, killing five officers.", None, "NPL"),
    (("LIMA — Rebels kidnapped an engineer on Monday after luring him into the mountains of northern Ayacucho region with"
      " a promise of work."), None, "PER"),
])
def test_dateline_placed_away(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # where someone escaped from is no place of the event
    (("Indonesian police shoot dead a bomb-maker who escaped from a Jakarta jail in May, in a gunfight on the island of"
      " Sulawesi."), None, "IDN"),
    # look-alike: people taken away were taken where they were
    ("Gunmen abducted two engineers from a Lagos hotel on Monday.", "Lagos", "NGA"),
])
def test_escaped_from(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    # a region after a town told by "of" names the country
    ("A bomb planted under a water pipe in the Raisani Colony of Dhadar, Balochistan, kills a boy.", "PAK"),
])
def test_region_after_of_town(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # the news spellings of towns the gazetteer writes otherwise
    ("Two soldiers are killed by shelling in Poonch on Tuesday, the Indian army says.", "Punch", "IND"),
    ("Militants hurl a grenade at a police post in Sopore, wounding three officers.", "Sopur", "IND"),
    # look-alike: the district named after the town is no town
    ("A grenade attack in Kashmir's Poonch district wounded four soldiers.", None, "IND"),
])
def test_news_spellings(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # who holds the region a town is told in is no country of the town
    ("A car bomb explodes near a bakery in Afrin, in Turkish-held northern Syria, killing five people.", "Afrin", "SYR"),
    # look-alike: a country told plainly still places a namesake elsewhere
    ("A car bomb explodes near a bakery in Tripoli, in northern Lebanon, killing five people.", "Tripoli", "LBN"),
])
def test_held_region_after_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a public place of a small town, or of one the gazetteer lacks
    ("A motorcycle bomb goes off in the main square of Toribio, in Colombia's Cauca department, wounding six people.",
     "Toribio", "COL"),
    ("A bomb hidden in a cart goes off in the bazaar of Gereshk Kalay in Afghanistan's Helmand province, killing two.",
     "Gereshk Kalay", "AFG"),
])
def test_public_place_of_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town the gazetteer lacks told as the seat of a country's district
    ("Rebels overrun Dhorpatan, headquarters of Nepal's Baglung district, killing 12 policemen.", "Dhorpatan", "NPL"),
    # a region before the towns it names
    ("Two bombs went off outside police stations in the Guerrero towns of Iguala and Taxco, wounding three.",
     "Iguala de la Independencia", "MEX"),
])
def test_seat_and_towns_of_a_region(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a road to a town's airport, or from a town to its airport, is the town's
    ("A suicide car bomber hits a NATO convoy on the road to Kandahar airport, wounding 12 civilians.", "Kandahar", "AFG"),
    ("A bomb exploded as a police car drove along the road from Nalchik to its airport, killing one officer.", "Nalchik",
     "RUS"),
    # look-alike: a road to a town is not the town
    ("Gunmen ambushed a convoy on the road to Kandahar, killing three guards.", None, "AFG"),
])
def test_road_to_an_airport(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a capital after a preposition is the place, though a verb follows it
    ("A rally against the president in Lima is met by his supporters and turns into a brawl that leaves two people dead.",
     "Lima", "PER"),
    # a district told as a region's is away from the dateline's town
    (("NIAMEY — Four soldiers were killed when their truck struck a mine in the Torodi district of the Tillaberi region, the"
      " army said."), None, "NER"),
])
def test_capital_and_dateline_districts(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
