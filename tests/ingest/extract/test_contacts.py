import datetime as dt

import polars as pl

DAY = dt.date(2022, 6, 10)  # a Friday


def _contacts(run, text, source="Test Wire"):
    ex = run([("x", text, DAY)], source)
    parts = ex.contact_participants.group_by("contact_index").agg(pl.col("actor_key").sort())
    return ex.contact_mentions.join(parts, on="contact_index", how="left").sort("contact_index")


def test_call_with_two_leaders_is_two_calls(run):
    c = _contacts(run, "Japanese Prime Minister Kenji Sato phoned Indian Prime Minister Ravi Menon and "
                       "Australian Prime Minister Grace Hall on Wednesday to discuss shipping lanes.")
    assert c["contact_type"].to_list() == ["phone_call", "phone_call"]
    assert set(c["initiator_actor_key"]) == {"person:kenji sato"}
    assert set(c["contact_date"]) == {dt.date(2022, 6, 8)}
    assert c["topic"][0] == "shipping lanes"


def test_meeting_and_visit(run):
    c = _contacts(run, "German Chancellor Anna Vogel visited Warsaw on Thursday and met Polish President Jan Nowak.")
    assert set(c["contact_type"]) == {"visit", "meeting"}
    assert all("person:jan nowak" in keys for keys in c["actor_key"])


def test_readout_includes_the_writers_side(run):
    c = _contacts(run, "The President met today with Prime Minister Lena Holm of Sweden.", source="The White House")
    row = c.row(0, named=True)
    assert row["contact_type"] == "meeting" and row["contact_date"] == DAY
    assert row["actor_key"] == ["person:joe biden", "person:lena holm"]


def test_no_contact_without_a_counterpart(run):
    assert _contacts(run, "The minister spoke about inflation.").is_empty()


def test_coordinated_subjects_are_both_participants(run):
    # "A and B met": the first subject starts it, the one next to the verb is the counterpart
    c = _contacts(run, "President Anna Lind of Sweden and Prime Minister Jan Nowak of Poland met today in Oslo.")
    row = c.row(0, named=True)
    assert row["initiator_actor_key"] == "person:anna lind"
    assert row["actor_key"] == ["person:anna lind", "person:jan nowak"]


def test_coordinated_subject_after_jr(run):
    c = _contacts(run, "President Joseph R. Biden, Jr. and President Marta Silva of Chile spoke today about trade.",
                  source="The White House")
    assert c.row(0, named=True)["actor_key"] == ["person:joe biden", "person:marta silva"]


def test_subjects_in_separate_clauses_are_not_coordinated(run):
    c = _contacts(run, "Prime Minister Jan Nowak of Poland, who arrived yesterday, met President Anna Lind of Sweden.")
    assert c.row(0, named=True)["actor_key"] == ["person:anna lind", "person:jan nowak"]
    assert c.row(0, named=True)["initiator_actor_key"] == "person:jan nowak"


def _country_of(ex, key):
    rows = ex.actor_mentions.filter(pl.col("actor_key") == key)["country_code"].unique().to_list()
    return rows


def test_counterpart_takes_the_country_of_the_meeting_city(run):
    ex = run([("x", "Vice President Kamala Harris met with President Tomas Okello today in Nairobi, Kenya.", DAY)],
             "The White House")
    assert _country_of(ex, "person:tomas okello") == ["KEN"]


def test_counterpart_takes_the_foreign_country_named_in_the_sentence(run):
    text = ("President Joseph R. Biden, Jr. and President Rui Costa met today to discuss the ties between "
            "the United States and Portugal.")
    ex = run([("x", text, DAY)], "The White House")
    assert _country_of(ex, "person:rui costa") == ["PRT"]


def test_counterpart_with_a_country_of_their_own_keeps_it(run):
    ex = run([("x", "Vice President Kamala Harris met with Prime Minister Lena Holm of Sweden today in Nairobi, Kenya.",
               DAY)], "The White House")
    assert _country_of(ex, "person:lena holm") == ["SWE"]


def test_no_country_named_leaves_it_unknown(run):
    ex = run([("x", "Vice President Kamala Harris met with President Tomas Okello today.", DAY)], "The White House")
    assert _country_of(ex, "person:tomas okello") == [None]


def _statuses(run, text):
    c = _contacts(run, text)
    return list(zip(c["contact_type"], c["status"]))


def test_future_and_intended_contacts_are_planned(run):
    assert _statuses(run, "Prime Minister Jan Nowak of Poland will meet President Anna Lind of Sweden in Oslo.") == [
        ("meeting", "planned")]
    assert _statuses(run, "Chancellor Anna Vogel plans to visit Prime Minister Ravi Menon of India in March.") == [
        ("visit", "planned")]
    assert _statuses(run, "Foreign Minister Kenji Sato is scheduled to hold talks with Foreign Minister Grace Hall "
                          "of Australia.") == [("talks", "planned")]
    assert _statuses(run, "President Marta Silva of Chile looks forward to meeting Prime Minister Lena Holm of Sweden "
                          "in Santiago.") == [("meeting", "planned")]
    assert _statuses(run, "President Marta Silva of Chile invited Prime Minister Lena Holm of Sweden to visit "
                          "Santiago.") == [("visit", "planned")]
    assert _statuses(run, "Prime Minister Jan Nowak of Poland will travel to Kyiv to see President Ivan Petrenko of "
                          "Ukraine.") == [("visit", "planned")]


def test_past_contacts_stay_occurred_and_a_promise_to_meet_again_is_its_own_planned_meeting(run):
    assert _statuses(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden on Friday.") == [
        ("meeting", "occurred")]
    # talks about next week's summit do not make a meeting that happened a plan
    assert _statuses(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden today to discuss "
                          "next week's summit.") == [("meeting", "occurred")]
    c = _contacts(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden today and agreed "
                       "to meet Chancellor Anna Vogel of Germany in Berlin.")
    assert sorted(zip(c["status"], c["contact_date"].cast(pl.String).fill_null("-"))) == [
        ("occurred", str(DAY)), ("planned", "-")]
    # a plan needs someone named after its verb: "they agreed to meet again" has no counterpart (no pronouns)
    assert _statuses(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden today, and they "
                          "agreed to meet again.") == [("meeting", "occurred")]


def test_a_planned_contacts_day_looks_ahead(run):
    # published on Friday 2022-06-10: "on Tuesday" is 2022-06-14 for a plan, "June 20" is this year's
    c = _contacts(run, "Prime Minister Jan Nowak of Poland will speak with President Anna Lind of Sweden on Tuesday.")
    assert c["contact_date"].to_list() == [dt.date(2022, 6, 14)]
    c = _contacts(run, "Prime Minister Jan Nowak of Poland will meet President Anna Lind of Sweden on June 20.")
    assert c["contact_date"].to_list() == [dt.date(2022, 6, 20)]
    c = _contacts(run, "Prime Minister Jan Nowak of Poland spoke with President Anna Lind of Sweden on Tuesday.")
    assert c["contact_date"].to_list() == [dt.date(2022, 6, 7)]


def test_officials_stand_for_their_side_only_where_no_person_is_named(run):
    c = _contacts(run, "French officials briefed their Chadian counterparts on the border talks.")
    assert c["contact_type"].to_list() == ["briefing"]
    assert c["initiator_actor_key"].to_list() == ["organization:FRA:officials"]
    assert c["actor_key"].to_list() == [["country:TCD", "organization:FRA:officials"]]
    c = _contacts(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden and Swedish officials.")
    assert c["actor_key"].to_list() == [["person:anna lind", "person:jan nowak"]]


def test_a_date_or_place_told_after_another_events_words_is_not_the_contacts(run):
    c = _contacts(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden to discuss the 2019 "
                       "bombing in Gdansk.")
    row = c.row(0, named=True)
    assert (row["contact_date"], row["place"]) == (None, None)
    c = _contacts(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden in Gdansk on Tuesday.")
    row = c.row(0, named=True)
    assert (row["contact_date"], row["place"]) == (dt.date(2022, 6, 7), "Gdansk")


def test_a_verb_without_tense_is_only_a_plan(run):
    assert _contacts(run, "I won't speak for President Anna Lind of Sweden.").is_empty()
    assert _contacts(run, "We had a chance to meet President Anna Lind of Sweden.").is_empty()
    assert _statuses(run, "Chancellor Anna Vogel is headed to Oslo later this week to meet with President Anna Lind "
                          "of Sweden.") == [("meeting", "planned")]


def test_spoke_for_and_called_for_are_no_calls_but_met_for_is_a_meeting(run):
    assert _contacts(run, "The law was called for by President Anna Lind of Sweden.").is_empty()
    assert _statuses(run, "Prime Minister Jan Nowak of Poland and President Anna Lind of Sweden met for the first "
                          "time.") == [("meeting", "occurred")]


def test_a_call_received_is_a_call_not_a_reception(run):
    c = _contacts(run, "President Lena Holm of Sweden received a call from Prime Minister Kenji Sato of Japan.")
    assert c["contact_type"].to_list() == ["phone_call"]


def test_a_call_with_adjectives_is_a_call(run):
    c = _contacts(run, "Prime Minister Kenji Sato held a productive video call today with President Lena Holm of "
                       "Sweden.")
    assert c["contact_type"].to_list() == ["phone_call"]
    assert c["contact_date"].to_list() == [DAY]


def test_speaking_on_the_sidelines_of_a_summit_is_a_meeting(run):
    c = _contacts(run, "Prime Minister Kenji Sato spoke today on the sidelines of the G20 Summit with President "
                       "Lena Holm of Sweden.")
    assert c["contact_type"].to_list() == ["meeting"]


def test_the_leader_an_adviser_serves_takes_no_part(run):
    c = _contacts(run, "Foreign Minister Ravi Menon spoke with Amina Njoroge, Chief Security Adviser to President "
                       "Daniel Kamau of Kenya.")
    assert c.height == 1
    assert c["actor_key"][0].to_list() == ["person:amina njoroge", "person:ravi menon"]


def test_a_call_told_as_a_noun_after_both_sides(run):
    c = _contacts(run, "Chancellor Anna Vogel told President Jan Nowak in an hour-long phone call on Tuesday that "
                       "sanctions would follow.")
    assert c["contact_type"].to_list() == ["phone_call"]
    assert c["initiator_actor_key"].to_list() == ["person:anna vogel"]
    assert c["actor_key"][0].to_list() == ["person:anna vogel", "person:jan nowak"]


def test_a_contact_someone_reports_has_no_sides_of_its_own(run):
    assert _contacts(run, "Chancellor Anna Vogel said President Jan Nowak had phoned.").is_empty()


def test_a_meeting_told_after_where(run):
    c = _contacts(run, "Prime Minister Kenji Sato flew to Nairobi, where he met President Amina Wanjiru.")
    meetings = c.filter(pl.col("contact_type") == "meeting")
    assert meetings["actor_key"][0].to_list() == ["person:amina wanjiru", "person:kenji sato"]


def test_a_visit_to_a_country_has_the_country_as_its_place_not_as_a_side(run):
    c = _contacts(run, "Prime Minister Kenji Sato made a two-day visit to Kenya on Monday.")
    assert c["contact_type"].to_list() == ["visit"]
    assert c["actor_key"][0].to_list() == ["person:kenji sato"]
    assert c["place"].to_list() == ["Kenya"]
    # the city, where named, is the place; the country after it takes no part either
    c = _contacts(run, "Cardinal Pietro Rossi arrives in Kabul on the first papal visit to Afghanistan, urging peace.")
    assert (c["contact_type"].to_list(), c["place"].to_list()) == (["visit"], ["Kabul"])
    assert c["actor_key"][0].to_list() == ["person:pietro rossi"]


def test_talks_and_signings_between_coordinated_sides(run):
    signed = _contacts(run, "Foreign Minister Ravi Menon and rebel commander Omar Dala signed a peace accord in Juba.")
    assert signed["contact_type"].to_list() == ["meeting"]
    assert signed["actor_key"][0].to_list() == ["person:omar dala", "person:ravi menon"]
    talks = _contacts(run, "President Lena Holm and President Jan Nowak held nearly four hours of talks in Geneva.")
    assert talks["contact_type"].to_list() == ["talks"]


def test_an_armed_group_can_be_the_other_side(run):
    c = _contacts(run, "Special Envoy Daniel Reyes met the Taliban in Doha on Monday.")
    assert c["contact_type"].to_list() == ["meeting"]
    assert c["actor_key"][0].to_list() == ["armed_group:taliban", "person:daniel reyes"]


def test_a_visit_told_as_the_topic_of_a_call_does_not_hide_the_call(run):
    c = _contacts(run, "President Lena Holm spoke today with Prime Minister Kenji Sato about the Prime Minister's "
                       "recent visit to Kenya.")
    assert set(c["contact_type"]) == {"phone_call", "visit"}


def test_a_summit_is_a_meeting(run):
    c = _contacts(run, "President Lena Holm today held a Summit with President Jan Nowak in Woodside, California.")
    assert c["contact_type"].to_list() == ["meeting"]


def test_a_call_by_telephone_and_a_summit_told_after_both_sides(run):
    call = _contacts(run, "President Lena Holm and President Jan Nowak discussed the border by telephone on Friday.")
    assert call["contact_type"].to_list() == ["phone_call"]
    assert call["actor_key"][0].to_list() == ["person:jan nowak", "person:lena holm"]
    summit = _contacts(run, "President Lena Holm and President Jan Nowak cut short their second summit in Hanoi.")
    assert summit["contact_type"].to_list() == ["meeting"]


def test_present_tense_openings_and_signings_and_a_government_at_the_table(run):
    opened = _contacts(run, "Peru's government and the Shining Path open peace talks in Havana.")
    assert opened["contact_type"].to_list() == ["talks"]
    assert opened["actor_key"][0].to_list() == ["armed_group:shining path", "organization:PER:government"]
    signed = _contacts(run, "President Lena Holm and rebel leader Omar Dala sign a comprehensive peace accord in Juba.")
    assert signed["contact_type"].to_list() == ["meeting"]
    assert signed["actor_key"][0].to_list() == ["person:lena holm", "person:omar dala"]
    # a government welcomes or receives things: no contact of its own
    assert _contacts(run, "President Lena Holm welcomed the Kenyan government decision.").is_empty()


def test_a_visit_to_a_city_has_the_city_as_its_place_and_the_country_named_after_it_takes_no_part(run):
    c = _contacts(run, "Prime Minister Kenji Sato visits Nablus in the West Bank and opens a school.")
    assert c["contact_type"].to_list() == ["visit"]
    assert c["actor_key"][0].to_list() == ["person:kenji sato"]


def test_an_owner_named_after_the_contact_word_is_no_side(run):
    assert _contacts(run, "Foreign Minister Ravi Menon welcomed the Taliban's statement.").is_empty()
    c = _contacts(run, "Foreign Minister Ravi Menon met President Lena Holm's envoy and Prime Minister Kenji Sato.")
    assert c["actor_key"][0].to_list() == ["person:kenji sato", "person:ravi menon"]


def test_news_shapes_of_calls_summits_and_signings(run):
    # "hold a video call", a summit followed by where it took place, a treaty with a capitalised name
    cases = {
        "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon hold a video call lasting an hour.":
            "phone_call",
        "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon hold their first summit at a lodge "
        "near Mombasa.": "meeting",
        "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon sign the Blue Ocean treaty in Nairobi.":
            "meeting",
        "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon sign a ceasefire in Nairobi.": "meeting",
    }
    for text, contact_type in cases.items():
        c = _contacts(run, text)
        assert c["contact_type"].to_list() == [contact_type], text
        assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"], text
    # speaking at a press conference is still no call
    assert _contacts(run, "Foreign Minister Ravi Menon spoke at a press conference with Ruth Wanjiru.").is_empty()


def test_a_call_between_two_leaders_is_one_call_with_both(run):
    c = _contacts(run, "After a phone call between President Ruth Wanjiru and Prime Minister Ravi Menon on "
                       "Sunday, officials said the border would reopen.")
    assert c["contact_type"].to_list() == ["phone_call"]
    assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"]
    assert c["contact_date"].to_list() == [dt.date(2022, 6, 5)]


def test_a_named_counterpart_is_a_person_of_the_country_named(run):
    c = _contacts(run, "Kenyan envoy Ruth Wanjiru and her Indian counterpart Ravi Menon hold three hours of talks "
                       "in Nairobi.")
    assert c["contact_type"].to_list() == ["talks"]
    assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"]
    a = run([("x", "Ruth Wanjiru met her Indian counterpart, Foreign Minister Ravi Menon, in Delhi.", DAY)]).actor_mentions
    menon = a.filter(pl.col("actor_key") == "person:ravi menon").row(0, named=True)
    assert menon["actor_name"] == "Ravi Menon" and menon["country_code"] == "IND"


def test_talks_named_with_their_sponsor_or_subject(run):
    c = _contacts(run, "At UN-sponsored talks in Geneva, the Kenyan government and the Houthi rebels agree to a truce.")
    assert c["contact_type"].to_list() == ["talks"]
    assert "armed_group:houthis" in c["actor_key"][0].to_list()
    c = _contacts(run, "Envoy Ruth Wanjiru opens indirect Syria peace talks in Geneva with Foreign Minister Ravi Menon.")
    assert c["contact_type"].to_list() == ["talks"]
    assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"]


def test_news_shapes_of_calls_talks_and_summits_told_in_the_present(run):
    cases = {
        # "phones" as a verb
        "Kenyan President Ruth Wanjiru phones Indian Prime Minister Ravi Menon to thank him for the aid.": "phone_call",
        # a round of talks opened by both sides; a side titled by the group they founded
        "Kenyan envoy Ruth Wanjiru and rebel co-founder Ravi Menon open a new round of peace talks in Doha.": "talks",
        # shaking hands is meeting in person; the talks after it are that meeting's
        "President Ruth Wanjiru shook hands with Prime Minister Ravi Menon before an hour of talks at the border.":
            "meeting",
        "President Ruth Wanjiru becomes the first Kenyan leader to cross into India, shaking hands with Prime Minister Ravi "
        "Menon at the border before talks.": "meeting",
        # a summit told before both sides
        "At a summit in Mombasa, Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon declare a truce.":
            "meeting",
    }
    for text, contact_type in cases.items():
        c = _contacts(run, text)
        assert c["contact_type"].to_list() == [contact_type], text
        assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"], text
    # a business phoning customers names no second side; a summit's venue is no side either
    assert _contacts(run, "The company phones customers every week.").is_empty()
    assert _contacts(run, "At a summit in Mombasa, leaders declared a truce.").is_empty()


def test_an_army_is_a_side_of_a_signed_ceasefire_but_not_of_a_visit(run):
    c = _contacts(run, "Sudan's army and the paramilitary Rapid Support Forces sign a week-long ceasefire in Jeddah.")
    assert c["contact_type"].to_list() == ["meeting"]
    assert c["actor_key"][0].to_list() == ["armed_group:rapid support forces", "organization:SDN:army"]
    assert _contacts(run, "President Ruth Wanjiru met the army's wounded veterans and thanked Kenya's army.").is_empty()


def test_the_city_of_talks_gives_no_side_its_country(run):
    # talks are held on neutral ground; a meeting's city still gives the host's country (the test above)
    ex = run([("x", "Kenyan envoy Ruth Wanjiru held talks with rebel co-founder Ravi Menon in Doha on Monday.", DAY)])
    assert _country_of(ex, "person:ravi menon") == [None]
    ex = run([("x", "Kenyan envoy Ruth Wanjiru met rebel co-founder Ravi Menon in Doha on Monday.", DAY)])
    assert _country_of(ex, "person:ravi menon") == ["QAT"]


def test_summits_opened_or_convened_with_leaders_and_talks_held_with_words_between(run):
    cases = {
        "Kenyan President Ruth Wanjiru opens a regional peace summit in Mombasa with Indian Prime Minister Ravi Menon.":
            "meeting",
        "Kenyan President Ruth Wanjiru convened an emergency conference in Nairobi with Prime Minister Ravi Menon.":
            "meeting",
        "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon hold their first direct talks in a decade.":
            "talks",
        "Kenyan President Ruth Wanjiru is holding two more days of talks with Indian Prime Minister Ravi Menon.":
            "talks",
    }
    for text, contact_type in cases.items():
        c = _contacts(run, text)
        assert c["contact_type"].to_list() == [contact_type], text
        assert c["actor_key"][0].to_list() == ["person:ravi menon", "person:ruth wanjiru"], text
    # opening a conference alone is no contact
    assert _contacts(run, "Kenyan President Ruth Wanjiru opened a conference on climate change in Mombasa.").is_empty()


def test_a_contact_that_happened_takes_no_date_after_publication(run):
    # published 2022-06-10: "by the end of 2023" is the deal's deadline, not the day they met
    c = _contacts(run, "Kenyan President Ruth Wanjiru and Indian Prime Minister Ravi Menon agree at a summit in "
                       "Mombasa to launch negotiations aimed at a trade deal by the end of 2023.")
    assert c["status"].to_list() == ["occurred"] and c["contact_date"].to_list() == [None]
    # a past year is still the contact's; a plan still takes its future day
    c = _contacts(run, "Kenyan President Ruth Wanjiru met Indian Prime Minister Ravi Menon in Mombasa in 2021.")
    assert c["contact_date"].to_list() == [dt.date(2021, 1, 1)]
    c = _contacts(run, "Kenyan President Ruth Wanjiru will meet Indian Prime Minister Ravi Menon in Mombasa in 2023.")
    assert c["status"].to_list() == ["planned"] and c["contact_date"].to_list() == [dt.date(2023, 1, 1)]


def _sides(run, text):
    """(contact_type, status, sorted participant keys) of each contact."""
    c = _contacts(run, text)
    return [(r["contact_type"], r["status"], r["actor_key"]) for r in c.iter_rows(named=True)]


def test_states_signing_or_reaching_an_accord_in_a_place_are_its_sides(run):
    # coordinated subjects before the verb, and the partners after "with"
    assert _sides(run, "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.") == [
        ("meeting", "occurred", ["country:ERI", "country:ETH"])]
    assert _sides(run, "The Philippines signs separate defence pacts with Japan and the United Nations in Manila.") == [
        ("meeting", "occurred", ["country:JPN", "country:PHL", "organization:united nations"])]
    # reaching a deal or agreeing in a named place is talks
    assert _sides(run, "Serbia and Montenegro reached an agreement in Brussels on licence plates.") == [
        ("talks", "occurred", ["country:MNE", "country:SRB"])]
    assert _sides(run, "Chilean President Ana Soto and Peruvian President Luis Vera agreed in Lima on a border "
                       "commission.") == [("talks", "occurred", ["person:ana soto", "person:luis vera"])]
    assert _sides(run, "Armenia and five world powers reach an interim deal in Vienna on the pipeline.") == [
        ("talks", "occurred", ["country:ARM", "organization:world powers"])]


def test_agreeing_to_do_something_or_signing_a_law_is_no_contact(run):
    assert _contacts(run, "Ethiopia and Eritrea agree to reopen the border crossings.").is_empty()
    assert _contacts(run, "President Ana Soto of Chile signs a law raising the minimum wage.").is_empty()
    assert _contacts(run, "Peru reached a new record in copper exports.").is_empty()


def test_delegations_meeting_for_talks_are_talks_between_the_delegations(run):
    assert _sides(run, "Armenian and Azerbaijani delegations meet for peace talks in Washington.") == [
        ("talks", "occurred", ["organization:ARM:delegation", "organization:AZE:delegation"])]
    assert _sides(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden in Oslo for two days of "
                       "talks.")[0][0] == "talks"
    # without talks a meeting stays a meeting, in the present of a summary too
    assert _sides(run, "Chinese President Li Wei and Japanese Prime Minister Kenji Sato meet in Beijing.") == [
        ("meeting", "occurred", ["person:kenji sato", "person:li wei"])]


def test_a_base_form_verb_after_to_or_a_modal_is_no_present_contact(run):
    assert _contacts(run, "Prime Minister Jan Nowak of Poland refused to meet President Anna Lind of Sweden.").is_empty()
    assert _contacts(run, "The plan does not meet the demands of President Anna Lind of Sweden.").is_empty()


def test_a_visit_to_a_named_place_needs_no_host(run):
    assert _sides(run, "Chancellor Anna Vogel of Germany visits a refugee camp near Amman.") == [
        ("visit", "occurred", ["person:anna vogel"])]
    assert _sides(run, "President Luis Vera of Peru made a surprise visit to troops in Kandahar on Tuesday.") == [
        ("visit", "occurred", ["person:luis vera"])]
    # the visit told after a comma is the subject's
    c = _sides(run, "Secretary of State Ana Soto of Chile holds talks with President Ravi Menon of India in Delhi, "
                    "the first Chilean visit to the country.")
    assert ("visit", "occurred", ["person:ana soto"]) in c


def test_a_visit_to_no_named_place_is_no_contact(run):
    assert _contacts(run, "President Ana Soto of Chile visited the site of the bombing.").is_empty()


def test_members_of_a_body_meeting_are_a_contact(run):
    assert _sides(run, "EU leaders met in Brussels on Thursday to discuss migration.") == [
        ("meeting", "occurred", ["organization:european union:members"])]
    assert _sides(run, "African Union foreign ministers meeting in Addis Ababa condemned the coup.") == [
        ("meeting", "occurred", ["organization:african union:members"])]
    # saying something is no meeting
    assert _contacts(run, "NATO leaders said the alliance would not send troops.").is_empty()


def test_a_summit_that_ends_without_a_deal_is_talks(run):
    assert _sides(run, "President Ana Soto of Chile and President Luis Vera of Peru end their summit in Arica without "
                       "a joint declaration.")[0][0] == "talks"
    assert _sides(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden in Oslo, but the meeting "
                       "ended without a breakthrough.")[0][0] == "talks"
    # an incident ending without harm says nothing of the meeting
    assert _sides(run, "Prime Minister Jan Nowak of Poland met President Anna Lind of Sweden in Oslo; the blockade "
                       "ended without injuries.")[0][0] == "meeting"


def test_people_named_without_a_title_meet(run):
    assert _sides(run, "Helmut Brandt meets Omar Farouk in a tent outside Sirte.") == [
        ("meeting", "occurred", ["person:helmut brandt", "person:omar farouk"])]
    assert _sides(run, "Later, Ingrid Solberg spoke by phone with Rafael Montoya.") == [
        ("phone_call", "occurred", ["person:ingrid solberg", "person:rafael montoya"])]
    # a body named like a person is none
    assert _contacts(run, "Human Rights Watch met with Amnesty International in Geneva.").is_empty()


def test_talks_that_begin_in_a_place_take_the_state_they_are_about(run):
    assert _sides(run, "Peace talks on Libya resume in Geneva after a six-month break.") == [
        ("talks", "occurred", ["country:LBY"])]
    assert _sides(run, "Sudan peace talks open in Jeddah.") == [("talks", "occurred", ["country:SDN"])]
    # beginning in a place is no contact without talks
    assert _contacts(run, "An exhibition on Libya opened in Geneva.").is_empty()


def test_arriving_or_landing_in_a_place_is_a_visit_in_any_tense(run):
    assert _sides(run, "Chancellor Anna Vogel of Germany arrives in Hanoi for a three-day trip.") == [
        ("visit", "occurred", ["person:anna vogel"])]
    assert ("visit", "occurred", ["organization:KEN:officials", "person:luis vera"]) in _sides(
        run, "President Luis Vera of Peru lands in Nairobi, Kenya and is greeted by Kenyan officials.")
    # a rocket landing is no visit by the group that fired it
    assert _contacts(run, "A Hamas rocket lands in Sderot, damaging a house.").is_empty()


def test_states_agreeing_after_talks_in_a_place_are_sides_of_the_talks(run):
    assert _sides(run, "After overnight talks in Astana, the leaders of Armenia, Georgia and Turkey agree on a "
                       "rail corridor.") == [("talks", "occurred", ["country:ARM", "country:GEO", "country:TUR"])]


def test_a_visit_told_in_an_apposition_is_the_subjects(run):
    c = _contacts(run, "President Luis Vera of Peru meets President Ana Soto of Chile in Arica, the first visit to "
                       "Chile by a Peruvian leader in a decade.")
    visit = c.filter(pl.col("contact_type") == "visit").row(0, named=True)
    assert visit["initiator_actor_key"] == "person:luis vera"
    # the host named after the visit's verb stays its counterpart
    c = _contacts(run, "President Luis Vera of Peru visited President Ana Soto of Chile in Santiago.")
    assert c.filter(pl.col("contact_type") == "visit")["initiator_actor_key"].to_list() == ["person:luis vera"]


def test_the_two_after_two_named_people_stands_for_them(run):
    # "the two", "both", "the two leaders" right before the contact's words: the last two people named before it
    assert _sides(run, "Chilean President Marta Silva said she found Peruvian President Luis Vera frank and warm "
                       "after the two held their first meeting at a palace in Quito on Saturday.") == [
        ("meeting", "occurred", ["person:luis vera", "person:marta silva"])]
    assert _sides(run, "French President Anne Morel praised German Chancellor Karl Braun after the two leaders met "
                       "in Aachen on Monday.") == [("meeting", "occurred", ["person:anne morel", "person:karl braun"])]
    c = _contacts(run, "Prime Minister Jan Nowak thanked President Anna Lind for her support after both spoke "
                       "by phone on Tuesday.")
    assert (c["contact_type"].to_list(), c["initiator_actor_key"].to_list()) == (["phone_call"], ["person:jan nowak"])
    assert c["actor_key"][0].to_list() == ["person:anna lind", "person:jan nowak"]
    # the first of the two starts it
    c = _contacts(run, "President Ana Soto hailed Prime Minister Kenji Sato as a friend when the two held talks in "
                       "Osaka.")
    assert c["initiator_actor_key"].to_list() == ["person:ana soto"]


def test_the_two_countries_is_no_reference_to_the_people(run):
    # "the two countries signed": the people named before take no part in a signing told of the states
    assert _contacts(run, "Chilean President Marta Silva praised Peruvian President Luis Vera, saying the two "
                          "countries signed a trade pact years ago.").filter(
        pl.col("initiator_actor_key") == "person:marta silva").is_empty()
    # nothing before "the two": no sides
    assert _contacts(run, "The two held their first meeting at a palace in Quito.").is_empty()


def test_a_contact_told_in_a_fronted_phrase_is_the_main_subjects(run):
    # "In a phone call with A, B agrees": one call, B starting it, A its other side
    c = _contacts(run, "In a phone call with Chinese President Li Wei, US President John Carter agrees to honour "
                       "the trade truce.")
    assert c["contact_type"].to_list() == ["phone_call"]
    assert (c["initiator_actor_key"][0], c["actor_key"][0].to_list()) == (
        "person:john carter", ["person:john carter", "person:li wei"])
    for text, kind in [
        ("During a meeting with Prime Minister Kenji Sato in Tokyo on Monday, President Luis Vera pledged more aid.",
         "meeting"),
        ("In talks with Turkish President Emre Kaya in Ankara, Vice President Tom Reed secured a ceasefire.", "talks"),
        (("In a telephone conversation with Chancellor Karl Braun on Tuesday, President Anne Morel raised gas "
          "supplies."), "phone_call"),
        ("During his call with President Ana Soto, Prime Minister Jan Nowak raised the issue of migration.",
         "phone_call"),
        (("After talks in Ankara with President Emre Kaya, US Vice President Tom Reed announces a pause in the "
          "offensive."), "talks"),
    ]:
        c = _contacts(run, text)
        assert c["contact_type"].to_list() == [kind], text
        assert c["actor_key"][0].len() == 2, text
        initiator = c["initiator_actor_key"][0]
        assert initiator in {"person:luis vera", "person:tom reed", "person:anne morel", "person:jan nowak"}, text
    # a call with reporters is no contact, nor "a call with X" spoken of in a briefing
    assert _contacts(run, "In a call with reporters, President Ana Soto said the talks had failed.").is_empty()
    assert _contacts(run, "I don't have a call with Prime Minister Ravi Menon to preview for you.").is_empty()


def test_a_body_holding_a_meeting_takes_part_in_it(run):
    # an international body as the subject of "holds/convened/met": a side, alone or with the people named after it
    assert _sides(run, "The UN Security Council holds an emergency meeting after Iran's missile test; US "
                       "ambassador Mary Hale warns of consequences.") == [
        ("meeting", "occurred", ["organization:un security council", "person:mary hale"])]
    assert _sides(run, "The Arab League convened an emergency meeting in Cairo on Sunday.") == [
        ("meeting", "occurred", ["organization:arab league"])]
    assert _sides(run, "NATO ambassadors held an emergency meeting in Brussels after the drone strike.") == [
        ("meeting", "occurred", ["organization:nato:members"])]
    # a body that only speaks of a meeting takes no part in it
    said = _sides(run, "The United Nations said the meeting with Prime Minister Kenji Sato went well.")
    assert all("organization:united nations" not in keys for _, _, keys in said)


def test_a_countrys_factions_or_delegations_meeting_are_a_side(run):
    assert _sides(run, "Somali factions meeting in Nairobi sign an agreement on a transitional government.") == [
        ("meeting", "occurred", ["organization:SOM:factions"])]
    assert _sides(run, "Libya's rival factions meeting in Geneva agree on a ceasefire.") == [
        ("meeting", "occurred", ["organization:LBY:factions"])]
    assert _sides(run, "Yemeni rival delegations meeting in Stockholm agree on a prisoner swap.") == [
        ("meeting", "occurred", ["organization:YEM:delegation"])]
    # the city they meet in is no side, even where it stands for its government
    assert _sides(run, "Palestinian factions meeting in Cairo agree to form a unity government.") == [
        ("meeting", "occurred", ["organization:PSE:factions"])]
    # factions that fight hold no meeting
    assert _contacts(run, "Somali factions fought in Mogadishu on Monday.").is_empty()


def test_the_broker_or_host_of_talks_is_a_side(run):
    assert _sides(run, "Kenya and Ethiopia agree to reopen their border, after talks in Cairo brokered by "
                       "Egypt.") == [("talks", "occurred", ["country:EGY", "country:ETH", "country:KEN"])]
    # agreeing to something after talks: the talks happened
    assert _sides(run, "Armenia and Azerbaijan agree to a prisoner exchange after talks in Moscow mediated by "
                       "Russia.") == [("talks", "occurred", ["country:ARM", "country:AZE", "country:RUS"])]
    # sponsors, and the host of talks
    assert _sides(run, "Talks between the Malian government and rebel groups open in Algiers, sponsored by Algeria "
                       "and France.")[0][2][:2] == ["country:DZA", "country:FRA"]
    assert _sides(run, "Kenya and Somalia agree to a truce after talks in Doha hosted by Qatar.") == [
        ("talks", "occurred", ["country:KEN", "country:QAT", "country:SOM"])]
    # two brokers
    sides = _sides(run, "Sudan's army and the government of Chad sign a truce in Jeddah after talks facilitated by "
                        "Saudi Arabia and the United States.")
    assert {"country:SAU", "country:USA"} <= set(sides[0][2])
    # a ceasefire brokered by a state is no contact by itself, nor is the host of a summit or a cup its side
    assert _contacts(run, "The ceasefire brokered by Egypt held overnight.").is_empty()
    assert _contacts(run, "We agree to hold our next summit in 2027 hosted by Norway.").is_empty()
    assert _contacts(run, "The leaders welcomed the World Cup being hosted by Qatar.").is_empty()
