"""Perpetrators on summaries written for session 27 in the ways of telling that recur across the tuning sets: the
first of two sides a fight is told between, named as a band or by a name of several words the dictionary lacks
("clashes between X fighters and Y militiamen"), or opening the sentence ("Government troops and the guards of X
battle"), never a community or a creed; the group whose members a force fought ("a gunfight with members of the X"); a
group telling the death of its own man, who is no doer ("Hamas confirms that its commander was killed in an Israeli strike"). Look-alikes keep their readings.
Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "doer"), [
    # the first side between two: a band, or a name of several words the dictionary lacks
    ("Clashes between ethnic Lendu fighters and Hema militiamen near Bunia kill 16 people.",
     ("ethnic Lendu fighters; Hema militiamen", "stated")),
    ("Clashes between the Popular Defence Forces and Misseriya fighters near Abyei kill 12 people.",
     ("Popular Defence Forces; Misseriya fighters", "stated")),
    # the two sides opening the sentence, the first a band
    ("Government troops and the guards of opposition leader Juan Perez battle in central Maputo; 30 people are killed.",
     ("Government troops", "stated")),
    ("Security forces and armed villagers clash in Tumaco; three people are killed.", ("Security forces", "stated")),
    # the group whose members or fighters a force fought
    ("A soldier is killed in a shootout with fighters of the Karen National Liberation Army near Myawaddy.",
     ("Karen National Liberation Army", "stated")),
])
def test_sides_of_a_fight(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize("text", [
    # look-alikes: communities and creeds (the gold rules give them no doer), a people's word before the shared noun
    "Clashes between Christian and Muslim youths in Kafanchan leave 12 people dead.",
    "Hindu and Muslim mobs fight in the streets of Godhra; eight people are killed.",
    "Clashes between Sunnis and Shiites in the town leave 20 people dead.",
    "Fighting between Shilluk and Dinka youths in Malakal leaves 18 people dead.",
    "Clashes between ethnic Rakhine Buddhists and Rohingya Muslims in Sittwe have killed 50 people.",
    "Fighting between the Dinka and Nuer communities near Akobo kills 30 people.",
    "Fighting between Armenian and Azerbaijani forces near Tovuz kills four soldiers.",
    # ... police and protesters, one side told twice, members of the public
    "Clashes between police and student protesters in Dhaka leave three people dead.",
    "Police and protesters clash in Nairobi, leaving two people dead.",
    "Gunfights between rival Ogaden clan militias in Kismayo kill 14 people.",
    "Rockets hit the airport in Misrata as rival militias fight for control of it, killing two people.",
    "Soldiers fought with members of the public who tried to stop the arrest in Goma; one man is killed.",
])
def test_sides_of_a_fight_look_alikes(run, text):
    assert doer_of(run, text, DAY) == (None, "unknown"), text


@pytest.mark.parametrize(("text", "doer"), [
    # a group telling its own man's death: the striker is the doer
    ("Hamas confirms that its commander was killed in an Israeli strike on Tuesday.", ("Israeli", "stated")),
    ("Hamas says its top commander in Rafah, Ahmed Saleh, has been killed in an Israeli air strike.", ("Israeli", "stated")),
    ("Hamas confirms that Omar Nasser, head of its rocket unit, was killed in an Israeli strike in Gaza City.",
     ("Israeli", "stated")),
    ("Hamas confirms that Omar Nasser, its rocket chief, was killed in an Israeli strike.", ("Israeli", "stated")),
    ("Islamic Jihad confirms the death of its northern Gaza commander in an Israeli air strike on his car.", ("Israeli", "stated")),
    ("The Islamic State confirms that its leader was killed in a US raid in Idlib.", ("US", "stated")),
    # with no striker told, no doer
    ("Hezbollah says one of its senior commanders, Ali Karim, has been killed in an explosion near Qusayr.", (None, "unknown")),
])
def test_a_group_telling_its_own_loss(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # look-alikes: the group's own men acting, someone else killed: a claim
    ("Hamas says its fighters ambushed a patrol near Beit Hanoun in which two Israeli soldiers were killed.", ("Hamas", "claimed")),
    ("Hezbollah says its fighters fired rockets at a base in Metula, and a soldier was killed.", ("Hezbollah", "claimed")),
    ("The Taliban say their fighters killed 12 soldiers in an attack on a checkpoint in Ghazni.", ("Taliban", "claimed")),
])
def test_own_loss_look_alikes(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
