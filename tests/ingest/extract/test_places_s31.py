"""Places on summaries written for session 31 in the way of telling of the 1970s and 80s: a country's capital beats
a small namesake town elsewhere; a city-state's capital named alone is the city; former names of countries and
territories ("Portuguese Timor", "East Pakistan", "the Falklands") name today's. Names, places and numbers are made
up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(1978, 4, 9)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A bomb exploded outside a hotel in Valletta on Monday, killing two waiters.", "Valletta", "MLT"),
    ("Gunmen shot dead a customs officer in Stanley on Friday.", "Stanley", "FLK"),
    # look-alike: a larger namesake still wins over a small capital (Kingston, Norfolk Island; Plymouth, Montserrat)
    ("A bomb exploded at a pub in Plymouth, injuring four drinkers.", "Plymouth", "GBR"),
    ("A gunman shot dead three shoppers at a market in Kingston.", "Kingston", "JAM"),
])
def test_capital_beats_a_small_namesake(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A man fired two shots at a cardinal in a square in Vatican City; a nun was wounded.", "Vatican City", "VAT"),
    ("A bomb exploded in a casino in Monaco, wounding three croupiers.", "Monaco", "MCO"),
    # look-alike: a country whose capital has another name is no town ("in Kuwait" is no Kuwait City)
    ("Gunmen killed four guards at a bank in Kuwait on Sunday.", None, "KWT"),
])
def test_city_state_named_alone_is_its_capital(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    ("Six soldiers are killed in an ambush near the border of Portuguese Timor.", "TLS"),
    ("Troops opened fire on students in a village of East Pakistan, killing 30.", "BGD"),
    ("Argentine jets bombed a British frigate off the Falklands, killing 11 sailors.", "FLK"),
    ("Marines landed at a settlement on West Falkland and two of them were killed by mines.", "FLK"),
    ("Bandits killed five travellers on a road in Abyssinia.", "ETH"),
])
def test_former_names_of_countries(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    (("Four gunmen hijacked an Olympic Airways jet soon after it left Cairo on Monday and forced it down at Benghazi, "
      "where they freed the women."), "Benghazi", "LBY"),
    (("An Alitalia airliner, hijacked minutes after leaving Madrid for Lisbon, lands at Algiers airport, where the "
      "three gunmen hold 90 passengers."), "Algiers", "DZA"),
    (("Three gunmen hijack a KLM jet shortly after it takes off from Vienna for Oslo and force it to land in Tunis "
      "with 120 people aboard."), "Tunis", "TUN"),
    # look-alike: a train bombed as it pulled out of a town was at that town
    ("A bomb exploded on a train as it left Lyon, killing four passengers.", "Lyon", "FRA"),
])
def test_where_a_hijacked_plane_set_out_from_is_not_the_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # other spellings of towns the gazetteer writes "Qiryat Shmona", "Nahariyya", "Skhirate"; a former name
    ("Rockets fired from Lebanon hit Kiryat Shmona on Tuesday, wounding two farmers.", "Kiryat Shmona", "ISR"),
    ("Two gunmen who came from the sea killed three people in a flat in Nahariya.", "Nahariya", "ISR"),
    ("Rebel officers stormed the royal summer palace at Skhirat, killing 40 guests.", "Skhirat", "MAR"),
    ("American jets bombed the port of Kompong Som, killing eleven sailors.", "Sihanoukville", "KHM"),
])
def test_other_spellings_of_towns(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
