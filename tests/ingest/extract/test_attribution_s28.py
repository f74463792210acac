"""Perpetrators on summaries written for session 28: armed groups of the late 1980s and the 1990s the dictionary
lacked, named by their names or common aliases ("the Hezb-i-Wahdat faction", "the People's Mujahedin Organisation of Iran",
"the Medellín cartel", "Inkatha"), as the doer, the claimant or the accused. Police opening
fire told after a country's label ("Nepal: Police open fire") or where they serve ("Police in the northern city of X").
Look-alikes keep their readings.
Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(1995, 6, 14)


@pytest.mark.parametrize(("text", "doer"), [
    ("Gunmen of the Islamic Army of Aden seize nine foreign engineers on the road to Mukalla.",
     ("Islamic Army of Aden", "stated")),
    ("Rockets fired by the Hezb-i-Wahdat faction kill 11 people in western Kabul.", ("Hezb-i-Wahdat", "stated")),
    ("Fighters of the National Patriotic Front of Liberia kill 40 villagers near Gbarnga.",
     ("National Patriotic Front of Liberia", "stated")),
    ("A car bomb kills nine people outside a police station in Cali.\nPolice blame the Medellín cartel.",
     ("Medellín cartel", "accused")),
    ("Gunmen kill 26 people at a night vigil in a township near Durban.\nThe ANC blames Inkatha.",
     ("Inkatha", "accused")),
    (("Mortar bombs explode near a ministry in Tehran, killing a guard.\nThe People's Mujahedin Organisation of Iran, an"
      " armed exile group, said its fighters had fired the rounds."), ("People's Mujahedin Organisation of Iran", "claimed")),
    ("A judge is shot dead outside his home in Bogotá.\nThe Extraditables claimed responsibility.",
     ("Extraditables", "claimed")),
])
def test_groups_of_the_nineties(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # look-alikes: a group's people among the victims, a group only reacting, no group at all
    ("Gunmen shoot dead three Inkatha supporters in a hostel near Durban.", (None, "unknown")),
    ("A bomb kills four people in a market in Monrovia.", (None, "unknown")),
    ("Rockets slam into a camp near Baghdad that houses Iranian exiles of the People's Mujahedin, killing two residents.",
     (None, "unknown")),
    ("Police shoot dead five suspected members of the Medellín cartel in a raid in Envigado.", ("Police", "stated")),
])
def test_groups_of_the_nineties_look_alikes(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    ("Bolivia: Police open fire on striking miners marching on La Paz, killing nine of them.", ("Police", "stated")),
    ("Police in the Punjab city of Multan open fire on a procession of mourners, killing 14 people.", ("Police", "stated")),
    # look-alikes: a band after the label, the police finding the dead
    ("Bolivia: Gunmen kill nine miners near Oruro.", (None, "unknown")),
])
def test_police_after_label_or_place(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
