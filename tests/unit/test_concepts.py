"""What a figure measures and whose it is (tradeie.relate.concept), on sentences written
for these tests."""

from __future__ import annotations

import pytest

import tradeie
from tradeie.relate.concept import Sentence, describe_facts


def described(text: str, figure: str, others: tuple[str, ...] = ()) -> tuple[str | None,
                                                                              str | None]:
    """(metric words, subject words) of ``figure`` in ``text`` (``others``: more figures)."""
    spans = []
    for fig in (figure, *others):
        start = text.index(fig)
        spans.append((start, start + len(fig)))
    metric, subject = Sentence(text, (0, len(text)), spans).describe(spans[0][0])
    return (text[metric[0]:metric[1]] if metric else None,
            text[subject[0]:subject[1]] if subject else None)


@pytest.mark.parametrize("text, figure, metric, subject", [
    # the object of the clause's verb, whose owner is the clause subject
    ("Acme Corp cut its sales forecast for the year to $12 billion.", "$12 billion",
     "sales forecast", "Acme Corp"),
    # the noun phrase the figure modifies, with its prepositional phrase
    ("Ruritania already levies a 30% duty on imported bicycles.", "30%",
     "duty on imported bicycles", "Ruritania"),
    # "<figure> of <phrase>" with a possessive pronoun resolved to the subject
    ("Members of the club give 2% of their salaries to charity.", "2%", "salaries",
     "Members of the club"),
    # "<measure noun> of Y": Y is whose
    ("The price of Arabica coffee climbed 4% on Tuesday.", "4%",
     "The price of Arabica coffee", "Arabica coffee"),
    # a clause subject that is a name
    ("The Nikkei 225 lost 1.3 percent in early trade.", "1.3 percent", "The Nikkei 225",
     "Nikkei 225"),
    # a possessive name
    ("Globex's revenue rose 9 percent.", "9 percent", "revenue", "Globex"),
    # "a fine of <figure>"
    ("The regulator imposed a fine of $40 million on the bank.", "$40 million", "a fine",
     "regulator"),
])
def test_metric_and_subject(text, figure, metric, subject):
    assert described(text, figure) == (metric, subject)


def test_each_clause_has_its_own_subject():
    text = "Initech gained 3%, Umbrella slid 2%, and Hooli rose 1%."
    assert described(text, "2%", ("3%", "1%"))[1] == "Umbrella"
    assert described(text, "1%", ("3%", "2%"))[1] == "Hooli"


def test_a_clause_without_words_continues_the_one_before():
    text = "The Hang Seng rose 0.8% to close at 18,200."
    assert described(text, "18,200", ("0.8%",)) == ("The Hang Seng", "Hang Seng")


def test_relative_clause_is_said_of_the_phrase_before_it():
    text = "It leads the oat milk market, which was worth $2 billion last year."
    assert described(text, "$2 billion")[0] == "the oat milk market"


def test_a_short_bracket_does_not_cut_a_name_from_its_verb():
    text = "Western Canadian Select (WCS) traded at $60 a barrel."
    assert described(text, "$60 a barrel")[1] == "Western Canadian Select"


def test_a_change_noun_keeps_what_changed():
    text = "Officials reported a 12 percent increase in tourist arrivals."
    assert described(text, "12 percent")[0] == "increase in tourist arrivals"


def test_a_verb_after_a_name_is_no_part_of_its_phrase():
    text = "Hooli uses its cash to buy back 5% of its shares."
    assert described(text, "5%") == ("shares", "Hooli")


def test_pronoun_takes_an_earlier_subject():
    text = "Initech said it has more than 4,000 customers."
    assert described(text, "more than 4,000 customers")[1] == "Initech"


def test_describe_facts_sets_subject_but_not_an_economy():
    text = "Germany's exports rose 3% while Initech's sales rose 5%."
    facts = [
        {"figure": [text.index("3%"), text.index("3%") + 2], "metric": "trade.exports",
         "metric_text": "exports", "mention": [10, 17], "sentence": [0, len(text)]},
        {"figure": [text.index("5%"), text.index("5%") + 2], "metric": "other",
         "metric_text": None, "sentence": [0, len(text)]},
    ]
    out = describe_facts(text, facts, [tuple(f["figure"]) for f in facts],
                         lambda words: words == "Germany")
    assert "subject" not in out[0]
    assert out[1]["subject"] == {"text": "Initech", "start": text.index("Initech"),
                                 "end": text.index("Initech") + 7}
    assert out[1]["metric_text"] == "sales"


def test_extract_gives_subject_with_offsets():
    text = "Initech said its revenue rose 6 percent to $2 billion in 2024."
    res = tradeie.extract(text)
    facts = [f for f in res.facts if res.entity(f.figure).text == "6 percent"]
    assert facts, res.facts
    subject = facts[0].extra.get("subject")
    assert subject == {"text": "Initech", "start": 0, "end": 7}
    assert facts[0].to_dict()["subject"] == subject


def test_a_count_keeps_its_noun_as_metric_text():
    res = tradeie.extract("Initech employs 4,000 staff at its plants.")
    (fact,) = res.facts
    assert fact.metric == "other" and fact.metric_text == "staff"
    assert fact.extra["subject"]["text"] == "Initech"


def test_an_economy_is_no_subject():
    res = tradeie.extract("Germany's exports rose 3 percent in 2024.")
    assert res.facts and all("subject" not in f.extra for f in res.facts)


def test_a_long_table_sentence_stays_fast():
    """Thousands of figures in one sentence (a table flattened to text): linear work."""
    import time

    cells = [f"Item{i} rose {i % 90 + 1}%" for i in range(3000)]
    text = "; ".join(cells) + "."
    spans = []
    at = 0
    for _ in cells:
        k = text.index("rose ", at) + 5
        end = text.index("%", k) + 1
        spans.append((k, end))
        at = end
    facts = [{"figure": list(sp), "metric": "other", "metric_text": None,
              "sentence": [0, len(text)]} for sp in spans]
    start = time.process_time()
    out = describe_facts(text, facts, spans)
    assert time.process_time() - start < 5
    assert out[1234]["subject"]["text"] == "Item1234"


def test_no_subject_is_a_date_an_agency_or_holds_an_economy():
    text = "Acme Corp and Japan saw sales rise 5% in March 2024."
    fig = [text.index("5%"), text.index("5%") + 2]
    fact = {"figure": fig, "metric": "other", "metric_text": None, "sentence": [0, len(text)]}
    out = describe_facts(text, [dict(fact)], [tuple(fig)],
                         lambda words: "Japan" in words)
    assert "subject" not in out[0]  # "Acme Corp and Japan" holds an economy
    text2 = "Statistics Ruritania reported a 5% rise."
    fig2 = [text2.index("5%"), text2.index("5%") + 2]
    fact2 = {"figure": fig2, "metric": "other", "metric_text": None,
             "sentence": [0, len(text2)]}
    # an agency (its span given as blocked) is a source, not a subject
    out2 = describe_facts(text2, [fact2], [tuple(fig2)], None, [(0, 20)])
    assert "subject" not in out2[0]


def test_an_abbreviated_economy_is_no_subject():
    res = tradeie.extract("The U.S. trade deficit widened 6 percent to $70 billion in May.")
    assert res.facts and all("subject" not in f.extra for f in res.facts)


@pytest.mark.parametrize("text, figure, expected", [
    # a window of words holding the verb is replaced by the noun phrase
    ("Globex shares climbed 4.5% to 210p.", "4.5%", "Globex shares"),
    ("The October wheat contract was up 12 cents at $6.10 per bushel.", "12 cents",
     "October wheat contract"),
])
def test_a_clause_window_gives_way_to_the_noun_phrase(text: str, figure: str,
                                                      expected: str) -> None:
    res = tradeie.extract(text)
    facts = [f for f in res.facts if res.entity(f.figure).text == figure]
    assert facts and facts[0].metric == "other", res.facts
    assert facts[0].metric_text is not None
    assert facts[0].metric_text.removeprefix("The ") == expected


def test_noun_phrase_window():
    text = "Remittances worth $3 billion arrived while Globex shares rose 2%."
    fig1, fig2 = text.index("$3 billion"), text.index("2%")
    sent = Sentence(text, (0, len(text)), [(fig1, fig1 + 10), (fig2, fig2 + 2)])
    assert not sent.is_noun_phrase("Globex shares rose", fig2)
    assert not sent.is_noun_phrase("Remittances worth", fig1)
    assert sent.is_noun_phrase("shares", text.index(" rose"))


def test_a_count_taken_from_a_set_names_nothing_more():
    # "one of the X" names what it counts; the words after it qualify the set
    assert described("She is one of the players picked for the final squad.",
                     "one of the players") == (None, None)


def test_a_headline_name_before_a_dash_is_whose():
    assert described("Globex — Shares of the chipmaker jumped 3.2% before the bell.",
                     "3.2%") == ("Shares of the chipmaker", "Globex")


@pytest.mark.parametrize("text, figure, others, expected", [
    ("Globex stock slid from $40 to $38.80 on Monday, a 3 percent drop.", "3 percent",
     ("$40", "$38.80"), ("drop", "Globex stock")),
    ("Sales posted a 3% drop last quarter.", "3%", (), ("drop", "Sales")),
])
def test_a_bare_change_noun_is_the_change_of_what_the_clause_names(
        text: str, figure: str, others: tuple[str, ...], expected: tuple[str, str]) -> None:
    assert described(text, figure, others) == expected


def test_a_bare_word_after_is_is_no_noun_phrase():
    # "impressive" is what the angle was, not what 40 degrees measures
    assert described("The climb angle was just as impressive at 40 degrees.",
                     "40 degrees")[0] == "The climb angle"


def test_a_word_after_a_modal_is_a_verb():
    # "glide" is in no verb list: after "can" it is still the verb, not part of a phrase
    assert described("Adult swifts can glide more than 200 kilometres.",
                     "200 kilometres")[0] == "Adult swifts"


def test_a_plural_looking_word_before_a_figure_is_a_verb():
    assert described("The twin pulsars spins 700 times a second.", "700 times")[0] \
        == "The twin pulsars"


def test_a_measure_noun_subject_owns_another_metric():
    assert described("The stock offers a dividend yield of 4.5 per cent.",
                     "4.5 per cent") == ("a dividend yield", "stock")


def test_the_modified_noun_takes_its_to_phrase():
    assert described("The shares trade at a 15% discount to book value.", "15%")[0] \
        == "discount to book value"


def test_an_empty_head_with_a_modifier_names_something():
    assert described("The club paid a hefty sum of $40 million for the striker.",
                     "$40 million")[0] == "a hefty sum"
    assert described("The club paid a total of $40 million for the striker.",
                     "$40 million")[0] != "a total"


def test_a_number_in_a_name_in_a_lower_case_sentence():
    assert described("the ftse 100 slipped 0.4% in early deals.", "0.4%")[0] == "the ftse 100"


def test_respectively_pairs_figures_with_the_list_after_them():
    text = ("Battery sizes are 3,000 mAh, 3,500 mAh and 4,000 mAh for the mini, standard "
            "and Max models, respectively.")
    figs = ["3,000 mAh", "3,500 mAh", "4,000 mAh"]
    got = [described(text, f, tuple(x for x in figs if x != f))[1] for f in figs]
    assert got == ["mini", "standard", "Max models"]


def test_a_dateline_between_slashes_is_its_own_clause():
    text = "MOSCOW, May 3. /ITAR/. Ruritania's grain exports rose by 12% in April."
    assert described(text, "12%")[0] == "grain exports"


@pytest.mark.parametrize("text, figure, metric_text", [
    # the words that narrow a metric id's word belong to its noun phrase
    ("Freedonia said its seaborne coal imports fell 3 percent.", "3 percent",
     "seaborne coal imports"),
    # an economy before the metric words is the reporter, not part of them
    ("The US trade deficit widened to $70 billion in March.", "$70 billion", "trade deficit"),
    # a verb after a name ("which sets") is no modifier
    ("The central bank of Freedonia, which sets inflation at 3%, held rates.", "3%",
     "inflation"),
    # a heading's last word on the line before is no modifier
    ("Output slows\nIndustrial output rose 2.1 percent in May.", "2.1 percent",
     "Industrial output"),
])
def test_metric_id_words_with_their_modifiers(text, figure, metric_text):
    res = tradeie.extract(text)
    ents = {e.id: e for e in res.entities}
    fact = next(f for f in res.facts if ents[f.figure].text == figure)
    assert fact.metric_text == metric_text


@pytest.mark.parametrize("text, figure, metric", [
    # a verb form before "of" heads a noun phrase
    ("Analysts hailed the record gain of 4.2% in the index.", "4.2%", "the record gain"),
    # a listed verb after a determiner and a participle is the head noun
    ("The update extends the cruising range by 40 kilometres.", "40 kilometres",
     "the cruising range"),
    # an -ing word between words of a noun phrase modifies the noun
    ("Usual baking times for the loaves are 35 minutes.", "35 minutes",
     "Usual baking times for the loaves"),
    # a short word in -eed is no participle
    ("The top speed of the scooter is 25 km/h.", "25 km/h", "The top speed of the scooter"),
])
def test_verb_forms_inside_noun_phrases(text, figure, metric):
    assert described(text, figure)[0] == metric


def test_a_figure_that_opens_its_clause_takes_nothing_before_it():
    # the count is its clause's subject: the place named before it is not what it measures
    text = "In Leeds, about 120 cyclists joined the ride on Sunday."
    assert described(text, "about 120 cyclists") == (None, None)


def test_an_ing_word_after_a_figure_modifies_the_noun():
    text = "Because 40 foot shipping containers are scarce, rates climbed."
    assert described(text, "40 foot")[0] == "shipping containers"


def test_a_reporting_verb_with_an_object_is_the_clause_verb():
    # "expects a net profit of": no reported clause, so the clause keeps its subject
    text = "The toy maker now expects a net profit of $40 million."
    assert described(text, "$40 million") == ("a net profit", "toy maker")


@pytest.mark.parametrize("text, figure, subject", [
    # an economy's adjective describing a company: the company is whose
    ("The Korean battery maker spends 7% of its revenue on research.", "7%",
     "Korean battery maker"),
    # the economy itself, or a bare group of its people, is the reporter's: no subject
    ("Korean exporters raised their prices by 3%.", "3%", None),
])
def test_subjects_described_by_an_economy(text, figure, subject):
    res = tradeie.extract(text)
    ents = {e.id: e for e in res.entities}
    fact = next(f for f in res.facts if ents[f.figure].text == figure)
    assert (fact.extra.get("subject") or {}).get("text") == subject


@pytest.mark.parametrize("text, figure, expected", [
    # a percentage of a set is the set's share: the clause subject is not whose it is
    ("The chamber found 64% of retailers expect weaker sales.", "64%", ("retailers", None)),
    # unless a possessive names the owner
    ("The pension fund holds 12% of its assets in bonds.", "12%", ("assets", "pension fund")),
    # a reflexive pronoun is no part of the noun phrase
    ("Banks make up 30 per cent of the index itself.", "30 per cent", ("the index", None)),
])
def test_a_share_of_a_set(text, figure, expected):
    assert described(text, figure) == expected


def test_a_window_of_verbs_is_no_metric_text():
    # the linker's words before the figure are a clause, and no noun phrase names a thing
    res = tradeie.extract("It now is worth $900.")
    assert [f.metric_text for f in res.facts] == [None]


@pytest.mark.parametrize("text, figure, expected", [
    # one word ending the clause after "is <figure>" is an adjective, not what it measures
    ("The bridge is 410 metres long.", "410 metres", ("The bridge", "bridge")),
    # after a determiner the figure modifies the noun
    ("It is a 40 kilometre route.", "a 40 kilometre", ("route", None)),
])
def test_predicate_adjectives_after_a_figure(text, figure, expected):
    assert described(text, figure) == expected


def test_an_apposition_gives_way_to_the_phrase_it_describes():
    text = ("Globex, the largest grocer in the region, posted a surprisingly large profit of "
            "$2 million.")
    assert described(text, "$2 million") == ("a surprisingly large profit", "Globex")


@pytest.mark.parametrize("text, figure, metric", [
    # a number word joined to a noun is an adjective of the noun phrase
    ("The median price of two-bedroom flats in the district was $410,000.", "$410,000",
     "The median price of two-bedroom flats in the district"),
    # a span of time is no noun phrase ("quarter-on-quarter")
    ("Bookings climbed 4%, and 1% quarter-on-quarter.", "1%", "Bookings"),
])
def test_number_word_compounds(text, figure, metric):
    assert described(text, figure)[0] == metric


def test_whose_a_measure_is_after_its_preposition():
    text = "Demand across the Acme network rose 6% last year."
    assert described(text, "6%") == ("Demand across the Acme network", "Acme network")


@pytest.mark.parametrize("text, figure, metric", [
    # an amount of money "in" a bare noun phrase is an amount of that thing
    ("Migrants sent $4.2 billion in remittances last quarter.", "$4.2 billion", "remittances"),
    ("Households received 900 million pesos in subsidies.", "900 million pesos", "subsidies"),
    # not an idiom ("in exchange for") nor another figure ("18 metres in depth")
    ("The fund paid $5,000 in exchange for a stake.", "$5,000", None),
])
def test_an_amount_in_a_noun_phrase(text, figure, metric):
    assert described(text, figure)[0] != "exchange"
    if metric is not None:
        assert described(text, figure)[0] == metric


def test_a_measure_in_a_noun_phrase_is_not_an_amount():
    assert described("The hull will be 18 metres in depth.", "18 metres")[0] != "depth"


@pytest.mark.parametrize("text, figure, expected", [
    # contractions written without an apostrophe are pronouns and verbs, not names
    ("Over the past year weve seen 90 per cent mortgages again.", "90 per cent",
     ("mortgages", None)),
    # "worldwide" after a count is an adverb, not what the count measures
    ("The start-up employs about 800 people worldwide.", "about 800 people",
     ("The start-up", "start-up")),
])
def test_apostrophe_less_contractions_and_place_adverbs(text, figure, expected):
    assert described(text, figure) == expected


def test_it_does_not_stand_for_a_plural_noun_phrase():
    text = "Engineers at the lab say it will reach a speed of 300 km/h."
    assert described(text, "300 km/h") == ("a speed", None)


def test_a_measure_after_a_determiner_modifies_a_name():
    text = "The phone ships with a 30 W SuperVOOC charger."
    assert described(text, "30 W")[0] == "SuperVOOC charger"


def test_a_verb_form_after_a_preposition_is_a_noun_phrase_word():
    # "of last season": "last" is no verb, so the name after the time phrase is the subject
    text = "Since the end of last season Maria Lopez has scored 14 goals."
    assert described(text, "14 goals")[1] == "Maria Lopez"


def test_a_second_object_after_comma_and_keeps_the_clause_subject():
    text = ("The toy maker now expects a net profit of $40 million, up $5 million from the "
            "previous estimate, and operating profit of $60 million.")
    assert described(text, "$60 million", ("$40 million", "$5 million")) == (
        "operating profit", "toy maker")


def test_it_as_the_object_of_a_participle_is_the_object_before():
    text = "Globex raised the basic allowance for new staff, lifting it to $900."
    assert described(text, "$900") == ("the basic allowance", "Globex")


def test_participles_and_small_numbers_inside_noun_phrases():
    # "-ed" between two words of a noun phrase after the clause's verb is an adjective; a
    # small number between words is part of the name; the figure modifies no phrase that
    # does not follow it right away
    text = ("The class 2 storm brought strong sustained gusts of 90 km/h late Monday, according "
            "to the US weather service.")
    assert described(text, "90 km/h") == ("strong sustained gusts", "class 2 storm")


def test_a_word_after_a_subject_pronoun_is_a_verb():
    text = ("The basic allowance grows by 2 percent for every 3 months you wait, reaching "
            "10 percent.")
    assert described(text, "10 percent", ("2 percent", "3 months"))[0] == "The basic allowance"


def test_a_figure_after_comma_or_restates_the_one_before():
    text = "Initech lost 40% of its market value, or about $8 billion, in a week."
    assert described(text, "about $8 billion", ("40%",)) == ("market value", "Initech")


def test_an_ing_word_ending_a_noun_phrase_is_its_head():
    text = "Card payments made up 35 percent of household spending."
    assert described(text, "35 percent")[0] == "household spending"


def test_the_noun_a_figure_modifies_takes_a_with_phrase():
    text = "The striker signed a $2 million contract with Rovers on Friday."
    assert described(text, "$2 million")[0] == "contract with Rovers"


def test_a_gerund_after_a_clause_word_with_an_adverb_is_a_verb():
    text = "Demand across Ruritania rose 3 percent, before edging back up to 4 percent in May."
    assert described(text, "4 percent", ("3 percent",))[1] == "Ruritania"


@pytest.mark.parametrize("text, figure, metric", [
    # an amount nothing names before it is what it was paid "for"
    ("The fans paid a total of $9,000 for tickets that were never sent.", "$9,000", "tickets"),
    # a named amount keeps its name
    ("The club paid a fine of $9,000 for crowd trouble.", "$9,000", "a fine"),
])
def test_an_amount_paid_for_something(text, figure, metric):
    assert described(text, figure)[0] == metric



def test_an_s_word_before_an_object_is_a_verb():
    # after a figure, before a pronoun: the figure's verb (the figure is its clause subject)
    text = "The match was level, but 21 fouls proves it was rough."
    assert described(text, "21 fouls") == (None, None)
    # after a noun, before an adverb and a figure: the noun is the clause subject
    text = "The port city hosts just 12 cranes of that size."
    assert described(text, "12 cranes")[1] == "port city"


def test_a_figure_in_brackets_after_an_amount_is_the_same_amount():
    # a bare number before the bracket ("812.5 billion") is no figure of its own
    text = "The families hold total savings of 812.5 billion ($1.1tn) in all."
    assert described(text, "$1.1tn")[0] == "total savings"
    text = "Acme booked sales of 90 million euros ($98 million) in May."
    assert described(text, "$98 million", ("90 million euros",))[0] == "sales"


def test_an_ing_head_before_a_participle_ends_the_noun_phrase():
    text = "Globex opened its initial public offering pricing 20 million shares at $15 each."
    assert described(text, "20 million shares", ("$15",))[0] == "initial public offering"


def test_a_relative_pronoun_before_an_object_takes_a_verb():
    text = "She runs relays that entail a 400 metre leg."
    assert described(text, "400 metre")[1] == "relays"


def test_further_items_of_a_list_take_the_first_items_subject():
    text = "The race has legs that cover a 2 km swim, a 40 km ride and a 10 km run."
    figs = ("2 km", "40 km", "10 km")
    for k, fig in enumerate(figs):
        others = figs[:k] + figs[k + 1:]
        assert described(text, fig, others)[1] == "legs"


@pytest.mark.parametrize("text, figure, subject", [
    ("Three of Globex’s directors resigned on Monday.", "Three of Globex’s directors", "Globex"),
    ("Initech says it sold 4m of its routers last year.", "4m of its routers", "Initech"),
])
def test_a_count_of_an_owned_set_belongs_to_the_owner(text, figure, subject):
    assert described(text, figure) == (None, subject)


def test_an_adverb_of_degree_or_place_is_no_object():
    text = "Most pupils score somewhere between 40 and 60 on the test."
    assert described(text, "40 and 60")[0] == "pupils"


@pytest.mark.parametrize("text, figure, expected", [
    # an unlisted word after a plural noun and before a figure is the noun's verb
    ("The old turbines spin about 15 times a minute.", "about 15 times a minute",
     ("The old turbines", "old turbines")),
    # a change noun after a name and before "by" is a verb
    ("The Hang Seng rose by 2 percent but Nikkei decrease by 1 percent.", "1 percent",
     ("Nikkei", "Nikkei")),
])
def test_verbs_after_plural_nouns_and_names(text, figure, expected):
    others = tuple(f for f in ("2 percent",) if f != figure and f in text)
    assert described(text, figure, others) == expected


def test_and_before_a_count_joins_no_noun_phrase():
    text = "They pay a $2,100 a month rent and two loans on the car."
    assert described(text, "$2,100 a month")[0] == "rent"


def test_a_possessive_subject_that_is_not_the_measure_stays_whole():
    text = "Globex's base scenario sees a 12% fall for the Nikkei index."
    assert described(text, "12%") == ("fall for the Nikkei index", "Globex's base scenario")
    # the measure itself keeps only its owner as whose
    assert described("Globex's revenue rose 9 percent.", "9 percent") == ("revenue", "Globex")


def test_a_demonstrative_before_an_ed_verb_is_the_subject():
    text = "This turned into a $5bn merger of the two banks."
    assert described(text, "$5bn")[1] is None



@pytest.mark.parametrize("text, figure, metric", [
    # "as high as": a degree, not what is measured
    ("Pixel pitch can be as high as 40 μm.", "40 μm", "Pixel pitch"),
    # a word before a time noun only dates the figure
    ("Mortgage rates could reach 7 percent next year.", "7 percent", "Mortgage rates"),
])
def test_degree_words_and_dates_after_a_figure_name_nothing(text, figure, metric):
    assert described(text, figure)[0] == metric


def test_an_object_before_to_and_a_verb_is_the_subject_of_that_verb():
    text = "Heavy rain could cause river levels to rise 2 metres by Friday."
    assert described(text, "2 metres") == ("river levels", "river levels")


def test_a_company_suffix_keeps_its_full_stop_inside_a_sentence():
    text = "Initech Corp. is cutting 1,200 jobs this year."
    assert described(text, "1,200 jobs")[1] == "Initech Corp."


def test_an_amount_paid_for_a_thing_a_figure_modifies():
    text = "Last year we paid $12,400 for a 6 kW heat pump."
    assert described(text, "$12,400", ("6 kW",))[0] == "heat pump"


@pytest.mark.parametrize("text, figure, others, expected", [
    # the adjectives between an article and a count modify its noun: no phrase of their own
    ("The three hotels will offer a combined 900 rooms by next summer.", "900 rooms",
     ("three hotels",), (None, None)),
    ("She scored a record 41 goals in her first season.", "41 goals", (), (None, None)),
    # and a name after a measure the article opens is the noun it modifies
    ("The coupe gets a supercharged 3.0 litre V6 engine.", "3.0 litre", (),
     ("V6 engine", "coupe")),
])
def test_words_between_an_article_and_a_figure_name_nothing(text, figure, others, expected):
    assert described(text, figure, others) == expected


def test_a_participle_after_a_count_is_no_noun_it_modifies():
    text = "The 14 states bound by the pact agreed to deeper cuts."
    assert described(text, "14 states")[0] is None
    text = "It has 512GB found in the premium models."
    assert described(text, "512GB")[0] != "found in the premium models"


@pytest.mark.parametrize("text, figure, others, expected", [
    # a clause that opens with an -ing verb hangs on the finite clause before it: whose is
    # that clause's subject, not the phrase before the comma
    ("The bond pays 2.5 times its coupon while offering a spread of 80 basis points.",
     "80 basis points", ("2.5 times",), ("a spread", "bond")),
    ("We bought a 6 kW heat pump, spending $9,000 for new radiators as well.", "$9,000",
     ("6 kW",), ("new radiators", None)),
    ("The brewer expects to recover in the year ending in June, projecting a net profit "
     "of $40 million.", "$40 million", (), ("a net profit", "brewer")),
])
def test_a_participial_clause_takes_the_subject_it_hangs_on(text, figure, others, expected):
    assert described(text, figure, others) == expected


def test_according_to_is_a_preposition_not_a_participle():
    from tradeie.relate.concept.phrases import _PREP

    text = "The gauge will finish the year at 7,200, according to the mean of ten forecasts."
    sent = Sentence(text, (0, len(text)), [(text.index("7,200"), text.index("7,200") + 5)])
    assert [t.kind for t in sent.toks if t.text == "according"] == [_PREP]


@pytest.mark.parametrize("text, figure, expected", [
    # a span of time after a preposition says when: the verb's object is not what it measures
    ("Engineers say the new reactor will power the city in 12 years.", "12 years",
     ("the new reactor", "new reactor")),
    ("The festival will take place over three weeks in spring.", "over three weeks",
     ("The festival", "festival")),
])
def test_a_span_of_time_after_a_preposition_measures_no_object(text, figure, expected):
    assert described(text, figure) == expected


def test_upward_is_an_adverb_not_what_a_figure_measures():
    text = "The insurer expects an operating profit of $90 million, revised upward by $4 million."
    assert described(text, "$4 million", ("$90 million",))[0] != "upward"


def _other_fact(text: str, figure: str, words: str) -> dict:
    """An ``other`` fact as the linker gives it: ``words`` (written before ``figure``) its
    metric words."""
    m = text.index(words)
    f = text.index(figure)
    return {"figure": [f, f + len(figure)], "metric": "other", "metric_text": words,
            "mention": [m, m + len(words)], "sentence": [0, len(text)]}


@pytest.mark.parametrize("text, figure, others, words, expected", [
    # the linker's words in a fronted prepositional phrase name a setting, not what the
    # figure of a later clause measures
    ("In Osaka trade, Daikin jumped 3.1 percent as Kubota slid 1.2 percent.", "1.2 percent",
     ("3.1 percent",), "trade", "Kubota"),
    # a clause with its own subject before its verb is not named by an earlier clause
    ("Output of machinery rose by 1.8 percent and construction firms grew by 0.7 percent.",
     "0.7 percent", ("1.8 percent",), "Output of machinery", "construction firms"),
    # the words of an earlier clause's subject stay for a clause with none of its own
    ("Staffing, measured as hours worked, increased by 0.4 percent.", "0.4 percent", (),
     "Staffing", "Staffing"),
])
def test_an_other_fact_named_outside_the_figures_clause(text, figure, others, words,
                                                        expected):
    fact = _other_fact(text, figure, words)
    spans = [tuple(fact["figure"])] + [(text.index(o), text.index(o) + len(o))
                                       for o in others]
    out = describe_facts(text, [fact], spans)
    assert out[0]["metric_text"] == expected


@pytest.mark.parametrize("text, figure, others, expected", [
    # "how", "why" and "except" open a clause with its own subject
    ("Analysts asked how the brewer fared during those six weeks.", "six weeks", (),
     ("the brewer", "brewer")),
    ("Most trucks emit less, except the old model would emit 410 grams per mile.",
     "410 grams", (), ("the old model", "old model")),
    # "what" after its verb opens an object clause; elsewhere it is part of a noun phrase
    ("Traders can guess what the prices would be at $40 and $50.", "$40", ("$50",),
     ("the prices", None)),
    ("The gap between what the firm earns and what it spends fell 4% last year.", "4%", (),
     ("The gap", "gap")),
])
def test_wh_words_and_except_open_clauses(text, figure, others, expected):
    assert described(text, figure, others) == expected


def test_one_word_after_a_negated_copula_is_an_adjective():
    text = "It is a $90 grill, which isn't so impressive until you see it reach 400 degrees."
    assert described(text, "400 degrees", ("$90",))[0] != "impressive"


def test_an_apposition_names_what_the_name_is():
    text = "Utilities, 2024's weakest performing group, dropped 2.3% on Monday."
    assert described(text, "2.3%") == ("2024's weakest performing group", "Utilities")


@pytest.mark.parametrize("text, figure, expected", [
    # a relative clause is said of the phrase its "per"/"in" phrase attaches to
    ("There is a minimum deposit per account which is $500.", "$500",
     "a minimum deposit per account"),
    ("It is a major exporter in Peru's copper sector, which was valued at $9 billion.",
     "$9 billion", "a major exporter in Peru's copper sector"),
    # not to a name, nor past a plural verb that agrees with the last phrase
    ("Gains were led by a rally in mining stocks, which were up 3.1%.", "3.1%",
     "mining stocks"),
])
def test_a_relative_clause_is_said_of_the_phrase_with_its_attachment(text, figure, expected):
    assert described(text, figure)[0] == expected


def test_indefinite_pronouns_are_no_noun_phrase():
    text = "Locals say everyone knows everyone in the town that is about 40 miles wide."
    assert described(text, "about 40 miles")[0] == "the town"


def test_a_fronted_preposition_without_a_comma_keeps_its_object_out_of_the_subject():
    text = "in asia japans nikkei rose 0.6 per cent to 38100."
    assert described(text, "0.6 per cent", ("38100",)) == ("japans nikkei", "japans nikkei")
    # a phrase of two words cannot be split by its words alone
    text = "In Seoul shares rose 1.1 percent."
    assert described(text, "1.1 percent")[0] == "Seoul shares"


def test_a_verb_after_an_apposition_comma_is_the_clause_verb():
    text = "Halifax, the province's largest port, handles just one 9,000 tonne crane."
    assert described(text, "9,000 tonne") == ("crane", "Halifax")


def test_concluded_reports_a_clause_with_its_own_subject():
    text = "Analysts concluded the lenders were overcharged by an average of 12 per cent."
    assert described(text, "12 per cent") == ("an average", "lenders")


@pytest.mark.parametrize("text, figure, subject", [
    # "and" with a noun phrase and its verb after it joins two clauses
    ("Okafor scored from the penalty spot and Lindqvist volleyed in nine minutes later.",
     "nine minutes", "Lindqvist"),
    # not inside a name, nor between two subjects of one verb
    ("Trade with members of the Belt and Road Initiative totaled 3.1 trillion yuan.",
     "3.1 trillion yuan", "Belt and Road Initiative"),
])
def test_and_joins_clauses_only_after_a_finished_clause(text, figure, subject):
    assert described(text, figure)[1] == subject


def test_our_names_the_writer_not_an_earlier_phrase():
    text = "Baking times for sourdough loaves run to 50min, and since our test rolls weigh only " \
           "~80g each, we baked them for 12min."
    assert described(text, "~80g", ("50min", "12min")) == ("test rolls", None)


def test_a_hyphenated_basis_of_comparison_is_no_metric():
    text = "Household spending also sped up, growing 0.9 percent, after a 0.2 percent " \
           "on-quarter increase in the prior quarter."
    assert described(text, "0.2 percent", ("0.9 percent",))[0] != "on-quarter"


def test_a_phrase_repeating_the_subjects_noun_is_the_subjects():
    text = "Nickel prices hit a record price of $48,000 a tonne in March."
    assert described(text, "$48,000 a tonne")[0] == "Nickel prices"
    # a phrase after the figure is another thing of the same kind
    text = "The Leeds bridge resembles a 120-year-old bridge found in York."
    assert described(text, "120-year-old")[0] != "The Leeds bridge"
