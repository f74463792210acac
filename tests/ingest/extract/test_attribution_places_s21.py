"""Places and perpetrators on summaries written for session 21 in the ways of telling that sets BC-BF showed: an
event at the entrance to a town; a district named with a Portuguese particle; a group's claim told 'in a statement
that it had set off the device'; a group named with Portuguese or Spanish particles; the supporters of a former
president blamed; a group held responsible after a relative clause; a suspected group that ordered the blasts; a
prosecutor taking charge of a case. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of, place_of

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(("text", "city", "country"), [
    # the entrance to a town is the town, even one the gazetteer lacks
    ("Two suicide bombers blow themselves up at the entrance to Kelgore, in Cameroon's Far North region, wounding a guard.",
     "Kelgore", "CMR"),
    ("A car bomb explodes at the western entrance to Ndoumbari, in Cameroon's Far North region, killing four soldiers.",
     "Ndoumbari", "CMR"),
    # look-alikes: the entrance to a building names no town; a town told after it still counts
    ("Two suicide bombers blow themselves up at the entrance to the market, in Cameroon's Far North region, wounding a guard.",
     None, "CMR"),
    ("A bomb explodes at the entrance to the hotel in Mogadishu, wounding four people.", "Mogadishu", "SOM"),
])
def test_entrance_to_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a district named with a Portuguese particle is read whole: not the capital of another country at its end
    ("A bomb kills three soldiers on a road in Ribeira da Praia district on Sunday.", None, None),
    # look-alike: the capital itself
    ("A bomb kills three soldiers in Praia on Sunday.", "Praia", "CPV"),
])
def test_district_with_a_particle(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "doer"), [
    # a claim told in a statement: "that it had set off the device"
    ("A bomb kills five people at a bus stop in Kano.\nThe Black Axe Brotherhood said in a statement that it had set off the device.",
     ("Black Axe Brotherhood", "claimed")),
    ("A bomb kills five people at a bus stop in Kano.\nThe militant group Jund al-Sahel said in a statement that it had set off the bomb.",
     ("Jund al-Sahel", "claimed")),
    # look-alike: police setting off a controlled blast claim nothing
    ("A bomb kills five people at a bus stop in Kano.\nPolice said in a statement that they had set off a second device safely.",
     (None, "unknown")),
    # a group named with Portuguese or Spanish particles, whole
    ("A riot at a prison in Belem leaves 20 inmates dead.\nState officials blame the Irmandade do Sul for the massacre.",
     ("Irmandade do Sul", "accused")),
    ("Gunmen kill six farmers in a village in Sinaloa.\nPolice blame the Hermanos del Valle for the killings.",
     ("Hermanos del Valle", "accused")),
    # the supporters of a former president, as named
    ("Gunmen attack an army post in Bouake, killing six soldiers.\nThe government blames supporters of former president Paul Ndiaye for the attack.",
     ("supporters of former president Paul Ndiaye", "accused")),
    # a group held responsible after a relative clause
    ("A rocket hit Sderot on Friday, damaging two houses.\nThe defence minister said he held Hamas, which rules Gaza, responsible.",
     ("Hamas", "accused")),
    # a prosecutor taking charge of the case claims nothing for the state
    ("A man with a knife kills two people in a shop in Lyon before police arrest him.\nFrance's anti-terrorism prosecutor takes charge of the case.",
     (None, "unknown")),
    # look-alike: a group taking responsibility still claims it
    ("A bomb kills five people in a market in Quetta.\nThe BLA took responsibility for the attack.", ("BLA", "claimed")),
    # look-alike: a relative clause about the group with no blame
    ("A rocket hit Sderot on Friday, damaging two houses.\nThe defence minister met Hamas, which rules Gaza, in Cairo last year.",
     (None, "unknown")),
])
def test_claims_and_blames(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group the speaker believes was behind it: it ordered the blasts
    ("Two bombs wound 12 people in Cotabato.\nThe army said it suspected the Bangsa Moro Liberation Front had ordered the blasts.",
     ("Bangsa Moro Liberation Front", "suspected")),
    ("Two bombs wound 12 people in Cotabato.\nPolice believe the Bangsa Moro Liberation Front organised the bombings.",
     ("Bangsa Moro Liberation Front", "suspected")),
    # look-alike: a rally planned is no attack
    ("Two bombs wound 12 people in Cotabato.\nThe mayor said the Bangsa Moro Liberation Front had planned a peace rally.",
     (None, "unknown")),
])
def test_believed_leaders(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
