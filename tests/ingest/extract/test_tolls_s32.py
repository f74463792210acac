"""Tolls, session 32: a share of none hurt, a count put later, the parts of a total told after a colon, a second
verb's object, and the doers' own dead (a share of them, the rest of them, a force's end of them). Names, places and
numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a share of none hurt: no one died either
    ("A parcel bomb exploded in the post room of a bank in Lyon; none of the 12 clerks on duty was hurt.", 0, 0),
    ("A limpet mine exploded against the hull of a freighter in Aden harbour; none of the ship's crew is hurt.", 0, 0),
    # a count put later is the toll revised, not more dead
    (("Jets bombed a market in Kunduz on Monday, killing at least 30 people, officials said; hospital staff later put "
      "the dead at 45."), 45, None),
    # the parts of a total told after a colon ...
    (("Two car bombs killed 15 people in Kirkuk on Friday: one outside a mosque killed nine, and a second bomb near "
      "the market killed six."), 15, None),
    # ... but a toll told after a total without a colon adds to it
    ("Two car bombs killed 15 people in Kirkuk on Friday, and a third bomb in Mosul killed six.", 21, None),
    # the object of a second verb is no one dead
    ("Gunmen raided a mission in Juba, killing a nun and kidnapping the bishop and two other priests.", 1, None),
    ("Gunmen raided a mission in Juba, killing a nun, a cook and two other priests.", 4, None),
])
def test_tolls_told_s32(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a share of the doers killed by the force that met them
    ("Air marshals shot dead three of five hijackers who stormed the cockpit of a jet over Tabriz.", None, None),
    ("Commandos storm a bus held by three gunmen near Manila, killing two of them and arresting the third.", None, None),
    # (a share of the victims is the toll)
    ("Gunmen stop a bus carrying six pilgrims near Manila, killing two of them.", 2, None),
    # the rest of the doers, after one blew himself up
    (("Four attackers raid a police academy in Quetta: one blows himself up at the gate and the other three are shot "
      "dead by guards.\nFive cadets are killed and 20 wounded."), 5, 20),
    # the bomber alone
    ("A suicide car bomber is killed when his vehicle explodes early outside a checkpoint in Mosul.", None, None),
    # the force ends the siege and the doers
    ("Troops kill the four gunmen and end the siege of a bank in Nairobi; six hostages die in the attack.", 6, None),
    # raiders are the doers
    (("Three raiders who crossed the river seize a farmhouse near Metula.\nA farmer is killed; the three raiders die "
      "when troops storm the building."), 1, None),
    ("Raiders shelled an army post near Hue and tried to storm it; the raiders were beaten back and 12 of them were killed.",
     None, None),
    # the one who attacked, shot dead by security men
    ("A man with a machete attacks the governor at a rally in Cebu, cutting his arm before security men shoot him dead.",
     None, "any"),
    ("Gunmen stop the judge's car in Cebu and shoot him dead.", 1, None),
    # the doers' own dead told after the victims' toll of their attack
    (("Guerrillas raided the village of Santa Rosa on Monday, seizing its police post.\nTwo soldiers were killed; four guerrillas died later in a "
      "clash with the army."), 2, None),
    ("Troops ambushed a rebel column near Santa Rosa on Monday; four guerrillas died.", 4, None),
])
def test_doers_own_dead_s32(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named victim after a title of "to" (no threat's "to")
    ("The Dutch Ambassador to Peru Pieter Jansen is shot dead in Lima after gunmen stop his car.", 1, None),
    # a title after an abbreviated country
    ("Gunmen shot dead U.S. Navy Commander Paul Harris outside his home in Athens.", 1, None),
    # a plural title before two names
    ("Police raiding a house in Leon shoot dead gang leaders Tomas Reyes and Mario Lopez.", 2, None),
    # "fatally injuring" is a death ...
    ("A bomb left in a locker at the bus station in Bilbao explodes, fatally injuring a two-year-old boy.", 1, None),
    # ... "injuring" alone is not
    ("A bomb left in a locker at the bus station in Bilbao explodes, injuring a two-year-old boy.", None, 1),
    # one shot dead while fleeing is a victim, not a doer ...
    ("Border guards shot dead a man on Sunday as he tried to swim across the river to Austria.", 1, None),
    # ... one shot dead after he attacked is the doer
    ("Police shot dead a man in Hamburg after he attacked passers-by with a knife.", None, "any"),
    # "a number of" is no count; the part before it stands
    ("Rebels attacked a barracks in Goma; seven soldiers and a number of civilians were killed.", 7, None),
    ("Rebels attacked a barracks in Goma; seven soldiers and a civilian were killed.", 8, None),
    # the dead of an execution counted before the verb ...
    (("A death squad bursts into a school staff meeting in Blida, lines five of them against a wall and shoots them "
      "dead."), 5, None),
    ("Gunmen lined up 12 villagers outside the mosque in Tillaberi and shot them dead.", 12, None),
    # ... not a line-up without a killing
    ("Gunmen lined up 12 villagers outside the mosque in Tillaberi and robbed them, then shot dead the imam.", 1, None),
    # one count over two nouns, each after a people's name ...
    ("Dozens of Kurdish villagers and Turkish soldiers are killed in clashes near Sirnak.", 24, None),
    # ... but a count after "and" is a part of its own
    ("Twelve Turkish soldiers and three Kurdish villagers are killed in clashes near Sirnak.", 15, None),
    # "the" and an age before one of someone's people is one
    ("A grenade thrown into a wedding party in Aden kills the 12-year-old son of a shopkeeper.", 1, None),
])
def test_named_and_described_s32(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
