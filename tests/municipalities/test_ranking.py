"""The composite score on a small example checked by hand."""

import pytest

from municipalities.models import Direction, Indicator, IndicatorValue, Municipality
from municipalities.ranking import rank


@pytest.fixture
def example(db):
    """Three municipalities, two indicators.

    X (higher is worse): A 10, B 20, C 30 → mean 20, sd √(200/3) = 8.165 → z −1.225, 0, +1.225.
    Y (higher is better): A 4, B 0, C 2 → mean 2, sd √(8/3) = 1.633 → z +1.225, −1.225, 0,
    turned by the direction → −1.225, +1.225, 0.
    """
    a, b, c = (Municipality.objects.create(name=n, slug=n.lower(), region="Testregion") for n in "ABC")
    x = Indicator.objects.create(
        code="x", name="X", category="boligmarked", definition="x", unit="%", source="s"
    )
    y = Indicator.objects.create(
        code="y",
        name="Y",
        category="boligmarked",
        definition="y",
        unit="%",
        source="s",
        direction=Direction.HIGHER_IS_BETTER,
    )
    for indicator, values in ((x, (10, 20, 30)), (y, (4, 0, 2))):
        for municipality, value in zip((a, b, c), values, strict=True):
            IndicatorValue.objects.create(
                indicator=indicator, municipality=municipality, year=2012, value=value
            )
    IndicatorValue.objects.create(indicator=x, municipality=None, year=2012, value=15)


def scores(weights):
    result = rank("Testregion", 2012, weights)
    return [(r.municipality.name, round(r.score, 3)) for r in result.rows]


def test_weights_two_to_one_rank_c_first(example):
    # A: (2·−1.225 + 1·−1.225)/3 = −1.225; B: (0 + 1.225)/3 = 0.408; C: (2·1.225 + 0)/3 = 0.816
    assert scores({"x": 2, "y": 1}) == [("C", 0.816), ("B", 0.408), ("A", -1.225)]


def test_shifting_the_weight_changes_the_order(example):
    # B: (0 + 2·1.225)/3 = 0.816; C: (1.225 + 0)/3 = 0.408
    assert scores({"x": 1, "y": 2}) == [("B", 0.816), ("C", 0.408), ("A", -1.225)]


def test_zero_weight_leaves_an_indicator_out(example):
    assert scores({"x": 0, "y": 5}) == [("B", 1.225), ("C", 0.0), ("A", -1.225)]


def test_averages_and_missing_values(example):
    IndicatorValue.objects.filter(municipality__name="C", indicator__code="y").delete()
    result = rank("Testregion", 2012, {"x": 1, "y": 1})
    x_column = result.columns[0]
    assert (x_column.regional_average, x_column.national.value) == (20, 15)
    # Y now has A 4, B 0 (mean 2, sd 2): A −1, B +1 after the direction; C is scored on X alone.
    assert [(r.municipality.name, round(r.score, 3), r.rank) for r in result.rows] == [
        ("C", 1.225, 1),
        ("B", 0.5, 2),
        ("A", -1.112, 3),
    ]


def test_all_weights_zero_gives_no_ranking(example):
    result = rank("Testregion", 2012, {"x": 0, "y": 0})
    assert all(r.score is None and r.rank is None for r in result.rows)
