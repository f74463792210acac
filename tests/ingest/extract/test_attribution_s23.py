"""Perpetrators on summaries written for session 23 in the ways of telling that sets BK-BN showed: a backer accused
beside the doer; the place's holder and the force that drove a group out; a victim's rank and group; a people's
strikes after a preposition; a unit's word between a claimant and its claim; a blame for "what it calls" the act;
bombers who blew themselves up in a force's raid; a group's men killed by their own bomb; a warning in a group's name
before an earlier deed told as a time reference; an occupation before an arrested attacker's name; tribal gunmen;
real groups the dictionary lacked. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(("text", "doer"), [
    # a backer accused of helping the doers is not who did it
    ("Rebels of the Popular Front attack the border town of Tine, killing nine soldiers; the government accuses Sudan of backing the raid.",
     ("Popular Front", "stated")),
    ("Gunmen kill 12 people at a market in Kirkuk; the government blames Iran for arming the militias.", (None, "unknown")),
    # look-alikes: accused of the act itself
    ("Gunmen kill 12 people at a market in Kirkuk; the government accuses Iran of carrying out the attack.", ("Iran", "accused")),
    ("Gunmen kill 12 people at a market in Kirkuk; the government blames Iran for the attack.", ("Iran", "accused")),
])
def test_a_backer_is_no_doer(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # who holds the place hit, named with its leader, or by its forces
    ("Gunmen storm an air base near Sabha, held by Khalifa Haftar's Libyan National Army, killing 14 soldiers.", (None, "unknown")),
    ("A rocket hits a market in Gharyan, killing four people, near positions held by forces of the Libyan National Army.",
     (None, "unknown")),
    # look-alike: the group's men doing it
    ("Fighters of the Libyan National Army storm an air base near Sabha, killing 14 soldiers.", ("Libyan National Army", "stated")),
    # a group's forces named after the place they are based in
    ("Forces of the Zawiya-based Knights Brigade storm an army camp near Gharyan, killing at least 20 people.",
     ("Knights Brigade", "stated")),
    # a group a force drove out, named to date the blast
    ("A car bomb explodes near a cafe in Tal Afar, the first such blast since Iraqi forces drove Islamic State out of the town.",
     (None, "unknown")),
    # look-alike: the group driving people out and killing them
    ("Islamic State fighters drove villagers out of Kocho and killed 40 men.", ("Islamic State", "stated")),
])
def test_holders_and_the_driven_out(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the victim's rank, name and group
    ("Two gunmen shoot dead Colonel Reza Tavakoli of the Revolutionary Guards outside his home in Zahedan.", (None, "unknown")),
    ("Gunmen shot dead Captain Imran Qadir of the Frontier Corps in Turbat.", (None, "unknown")),
])
def test_a_victims_rank_and_group(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a people's strikes or fire after a preposition, no article between
    ("Seven people are killed in Israeli airstrikes on Khan Younis.", ("Israeli", "stated")),
    ("The toll from Russian missile strikes on Odesa rises to 14, regional officials say.", ("Russian", "stated")),
    ("Four civilians die in Russian shelling of Kherson.", ("Russian", "stated")),
    ("Two farmers are killed by fire from Israeli tanks near Rafah.", ("Israeli", "stated")),
    # look-alikes: a land's name tells where; a people's word that is no weapon
    ("Nine soldiers are killed in Mali attacks blamed on jihadists.", ("jihadists", "accused")),
    ("Eleven people are killed in Pakistan attacks on Friday.", (None, "unknown")),
    ("A bomb kills three Syrian refugees in a market in Tripoli.", (None, "unknown")),
])
def test_a_peoples_strikes_after_a_preposition(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a unit's word between the claimant and its claim
    ("Mortar shells hit two districts of Idlib, killing six people.\nThe Liwa al-Tawhid brigade says it fired them in revenge.",
     ("Liwa al-Tawhid", "claimed")),
    # two claimants: the first named
    (("A suicide bomber rams a police van in Kohat, killing eight officers.\nBoth the little-known Tehreek-e-Jihad Pakistan and "
     "the Islamic State claim responsibility."), ("Tehreek-e-Jihad Pakistan", "claimed")),
    # a group blamed, described as another group's dissidents
    (("Nine Ecuadorian soldiers are killed in an ambush in Sucumbios province.\nThe army blames Comandos de la Frontera, a group "
     "of Colombian FARC dissidents."), ("Comandos de la Frontera", "accused")),
    # a group's adjective before its weapon
    ("A policeman is killed when a Maoist landmine explodes near Sukma.", ("Maoist", "stated")),
])
def test_claims_and_blames_of_named_groups(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a blame for the act in the speaker's words
    (("Mortar fire kills four civilians in the border town of Torkham.\nPakistan's military blames Afghan border forces for what "
     "it calls unprovoked firing."), ("Afghan border forces", "accused")),
    # look-alikes: the plain blame for the act stays; forces named in no blame are no doer
    (("Mortar fire kills four civilians in the border town of Torkham.\nPakistan's military blames Afghan border forces for the "
     "firing."), ("Afghan border forces", "accused")),
    (("Mortar fire kills four civilians in the border town of Torkham.\nPakistan's military says Afghan border forces closed the "
     "crossing."), (None, "unknown")),
])
def test_blamed_for_what_it_calls(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # bombers who blew themselves up in a force's raid: the force is their target
    ("Three suicide bombers blow themselves up during a Jordanian army raid on a farm near Irbid, wounding four soldiers.",
     (None, "unknown")),
    # look-alike: the raid killing people is the force's
    ("Three militants are killed during a Jordanian army raid on a farm near Irbid.", ("Jordanian army", "stated")),
    # a group's men killed by the bomb they carried set it
    ("Two ELN rebels are killed when the bomb they are carrying goes off early in the town of Saravena.", ("ELN", "stated")),
    # look-alike: its men killed by another's bombs
    ("Two ELN rebels are killed when army jets bomb their camp near Saravena.", (None, "unknown")),
])
def test_bombers_and_their_own_bombs(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a warning in a group's name, an earlier deed told after it as a time reference
    (("Two small bombs go off in a hotel in Benidorm after a warning call in the name of ETA, nine days after the group killed "
     "a policeman."), ("ETA", "claimed")),
    ("Two small bombs go off in a hotel in Benidorm after a warning call in the name of ETA.", ("ETA", "claimed")),
    # look-alike: a group inside the time reference is that deed's
    ("Turkish jets strike a depot near Qamishli, killing four guards, two days after a PKK rocket landed near Nusaybin.",
     ("Turkish", "stated")),
])
def test_a_warning_before_an_earlier_deed(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # an occupation before the arrested attacker's name
    ("A gunman opens fire in a courthouse in Izmir, killing a prosecutor.\nPolice detain the attacker, lawyer Murat Koc, at the scene.",
     ("Murat Koc", "stated")),
    ("A gunman kills three people at a bar in Bergen.\nPolice arrest the gunman, former soldier Lars Berg, at the scene.",
     ("Lars Berg", "stated")),
    # look-alike: no name follows
    ("A gunman kills three people at a bar in Bergen.\nPolice arrest the gunman, who was wounded, at the scene.", (None, "unknown")),
    # tribal gunmen only describe the attackers
    ("Three Kenyan peacekeepers are wounded when suspected tribal gunmen ambush their convoy near Abyei.", (None, "unknown")),
    ("Tribal gunmen fire rockets at a gas plant near Dera Bugti, killing two guards.", (None, "unknown")),
])
def test_named_and_described_attackers(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's police telling the deaths of its own officers' raid
    ("Malaysian police say nine people, among them an officer, are killed in gunfights as officers raid militant hideouts near Lahad Datu.",
     ("Malaysian police", "claimed")),
    # look-alikes: another's raid, or no raid, told by the police
    ("Malaysian police say nine people are killed as gunmen raid a village near Lahad Datu.", (None, "unknown")),
    ("Malaysian police say nine people are killed in a bombing near Lahad Datu.", (None, "unknown")),
])
def test_police_telling_their_own_raid(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group saying it killed "her" for a reason claims it ("her" is the victim, not its own people)
    ("An aid worker is shot dead on her way to work in Herat.\nThe Taliban say they killed her for preaching.", ("Taliban", "claimed")),
    ("An aid worker is shot dead on her way to work in Herat.\nThe Taliban say they killed her.", ("Taliban", "claimed")),
    # look-alike: another's act on its own people claims nothing
    ("A woman is shot dead in Herat.\nThe Taliban say police killed her bodyguards.", (None, "unknown")),
    # a people's firing after a preposition
    ("Four Indian soldiers are killed in Pakistani firing along the Line of Control, the Indian army says.", ("Pakistani", "stated")),
])
def test_claims_of_the_victim_and_firing(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # two sides blaming two others, each with its own verb: the first named
    (("A priest is shot dead in Puncak regency; church leaders accuse Indonesian soldiers, while the military blames the "
     "Free Papua Movement."), ("Indonesian soldiers", "accused")),
    (("A missile hits a bus station in Kramatorsk, killing 14 people.\nKyiv blames Russia; Russian-installed officials blame "
     "Ukrainian forces."), ("Russia", "accused")),
    # look-alikes: one verb naming the group, or one blame only
    ("A bomb kills six people at a market in Basra.\nOfficials blame the Iran-backed militia Kataib Hezbollah.",
     ("Kataib Hezbollah", "accused")),
    ("A priest is shot dead in Puncak regency; the military blames the Free Papua Movement.", ("Free Papua Movement", "accused")),
])
def test_two_sides_blaming(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
