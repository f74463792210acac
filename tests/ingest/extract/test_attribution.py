"""Who did an incident and how the text says so (ingest/extract/attribution.py), on sentences written for these tests."""

import datetime as dt

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2021, 6, 14)  # a Monday


def _perpetrator(run, text):
    """(name, status) of the first occurred incident of a one-article text."""
    row = first_incident(run, text, DAY)
    return row["perpetrator_name"], row["perpetrator_status"]


def test_a_described_band_that_acts_is_the_perpetrator(run):
    assert _perpetrator(run, "Tuareg rebels ambushed an army convoy near Kidal, killing nine soldiers.") == (
        "Tuareg rebels", "stated")
    assert _perpetrator(run, "Eleven soldiers were killed when Tuareg rebels blew up their truck with a roadside bomb "
                             "near Kidal.") == ("Tuareg rebels", "stated")
    assert _perpetrator(run, "Suspected Fulani militiamen attacked a village near Jos, killing 14 farmers.") == (
        "Fulani militiamen", "suspected")
    assert _perpetrator(run, "Tamil rebels led by a senior commander attacked an air base near Anuradhapura, killing "
                             "14 airmen.")[0] == "Tamil rebels"
    assert _perpetrator(run, "Fulani herdsmen attack three villages in Plateau State, killing 30 people.")[0] == (
        "Fulani herdsmen")


def test_a_band_that_is_hit_or_only_described_is_no_perpetrator(run):
    # the victims: killed, not killing
    assert _perpetrator(run, "Turkish warplanes bombed positions in northern Iraq, killing 12 Kurdish rebels in the "
                             "mountains.")[0] == "Turkish"
    # a word that names nobody: the rules leave "Islamist militants" unnamed
    assert _perpetrator(run, "Islamist militants stormed a hotel in Sousse, killing 38 tourists.") == (None, "unknown")
    # soldiers killed in clashes are the victims; the band they clashed with is named
    assert _perpetrator(run, "Four Indian soldiers, including a major, were killed following clashes with Naxalite "
                             "insurgents near Sukma.")[0] == "Naxalite insurgents"


def test_bands_named_by_description_where_someone_blames_them(run):
    # the blame in a sentence of its own (the test splitter reads one sentence a line)
    assert _perpetrator(run, "A rocket hit a market in Aden, killing seven people.\nThe governor blames forces loyal to "
                             "Ali Salem Nasser.") == ("forces loyal to Ali Salem Nasser", "accused")
    assert _perpetrator(run, "A drone hit a base in Syria, killing two soldiers. Officials blamed radical Iran-backed "
                             "militant groups.") == ("Iran-backed militant groups", "accused")
    assert _perpetrator(run, "Sixty people were killed in Daraya in a massacre that residents blame on government "
                             "forces and allied militiamen.") == ("government forces", "accused")
    # a named group wins over the description it is given
    assert _perpetrator(run, "A bomb killed 12 people in Nairobi on Monday. Kenya blamed two Somalia-based militant "
                             "groups, al-Shabaab and Hizbul Islam.")[0] == "al-Shabaab"


def test_gangs_clans_and_groups_calling_themselves_something(run):
    assert _perpetrator(run, "A prosecutor is shot dead by a sniper in Zagreb. The government blames the Sokol clan, an "
                             "organised crime gang.") == ("Sokol", "accused")
    assert _perpetrator(run, "Members of the 300 Lakay gang kidnapped 12 nurses in Port-au-Prince on Sunday.")[0] == (
        "300 Lakay")
    assert _perpetrator(run, "Gunmen shot dead 20 people at a wedding in Sinaloa. The governor blamed the powerful Ruelas "
                             "clan.") == ("Ruelas", "accused")
    assert _perpetrator(run, "A bomb exploded at a mosque in Sanaa, killing 20 people. A Yemen-based affiliate of "
                             "al-Qaeda calling itself Hadramawt Province claimed responsibility.") == (
        "Hadramawt Province", "claimed")


def test_a_critic_of_a_group_does_not_make_it_the_perpetrator(run):
    assert _perpetrator(run, "A roadside bomb in Tripoli kills journalist Samir Kassar, an outspoken critic of "
                             "Hezbollah, and two bodyguards.") == (None, "unknown")


def test_people_named_as_the_attacker(run):
    assert _perpetrator(run, "A businessman is shot dead at a cafe in Karachi by Imran Baig, one of his own security "
                             "guards.") == ("Imran Baig", "stated")
    assert _perpetrator(run, "A gunman killed six people at a school in Denver.\nPolice identified the shooter as Daniel "
                             "Kraus.")[0] == "Daniel Kraus"
    assert _perpetrator(run, "A gunman killed seven worshippers at a church in Dallas before police arrested the "
                             "suspect, 34-year-old Mark Hollis.") == ("Mark Hollis", "suspected")


def test_a_state_force_owning_its_strike(run):
    assert _perpetrator(run, "Iran's Revolutionary Guards said they fired six missiles at a base in Erbil, killing two "
                             "people.") == ("Revolutionary Guards", "claimed")
    assert _perpetrator(run, "An air strike on a market in Edaga killed 40 people on Tuesday. A Sudanese army spokesman "
                             "said the strike had targeted rebel fighters.") == ("Sudanese army", "claimed")


def test_the_first_of_several_states_and_things_linked_to_a_state(run):
    # "sites linked to Syria's programme" is no suspicion of Syria; the first of the states that fired is named
    assert _perpetrator(run, "The United States, Britain and France fired more than 100 missiles at sites linked to "
                             "Syria's weapons programme near Homs, wounding three civilians.")[0] == "United States"
    assert _perpetrator(run, "Police said the bombing in Kabul, which killed five people, was carried out by fighters "
                             "linked to al-Qaeda.") == ("al-Qaeda", "suspected")


def test_attribution_in_a_sentence_of_its_own_in_the_present_tense(run):
    assert _perpetrator(run, "A van ploughs into a crowd in Malmo, killing four people. Police identify the driver as "
                             "Karim Osei, 31.") == ("Karim Osei", "stated")
    assert _perpetrator(run, "A gunman shoots dead a police officer in Newry. Police say they believe the Continuity "
                             "IRA is responsible.") == ("Continuity IRA", "suspected")
