"""Non-English and non-news input gives few or no entities, never garbage."""

import pytest

import tradeie

GERMAN = ("Die deutschen Exporte sind im November überraschend gesunken. Das Statistische "
          "Bundesamt teilte am Donnerstag mit, die Ausfuhren seien um 2,9 Prozent "
          "zurückgegangen. Ökonomen hatten mit einem Plus gerechnet.")
CHINESE = ("中国海关总署周一发布的数据显示，2024年中国货物贸易进出口总值43.85万亿元，同比增长5%。"
           "其中出口25.45万亿元，增长7.1%。")
FRENCH = ("Les exportations françaises ont reculé de 1,2 % en octobre, selon les douanes. Le "
          "déficit commercial s'est creusé à 7,6 milliards d'euros, contre 7,1 milliards le "
          "mois précédent.")
CODE = ("def parse(rows):\n    total = 0\n    for i, row in enumerate(rows[1:200]):\n"
        "        total += float(row[3]) * 1.5\n    return {'version': '2.4.1', 'ratio': 0.25}\n"
        "\nid,value,unit\n1,43.85,CNY\n2,7.1,percent\n")


@pytest.mark.parametrize(("text", "most"), [(GERMAN, 2), (CHINESE, 3), (FRENCH, 3), (CODE, 0)])
def test_few_entities_no_people_or_agencies_no_facts(text, most):
    res = tradeie.extract(text, published="2025-01-13")
    assert len(res.entities) <= most, [(e.label, e.text) for e in res.entities]
    assert not [e for e in res.entities if e.label in ("AGENCY", "OFFICIAL")]
    assert res.facts == []
    for ent in res.entities:
        assert text[ent.start:ent.end] == ent.text


def test_figures_that_are_found_are_read_right():
    res = tradeie.extract(CHINESE)
    assert sorted(e.value for e in res.entities if e.label == "PERCENT") == [5.0, 7.1]
