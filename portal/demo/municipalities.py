"""The ten programme municipalities of Midt-Norge, two outside it, and the programme periods."""

import datetime

from municipalities.models import Membership, Municipality, MunicipalityNumber, Programme, ProgrammePeriod

D = datetime.date

# (slug, name, county, language form, [(number, valid_from, valid_to)])
# Trøndelag's numbers changed when the counties merged in 2018; several municipalities
# merged again in 2020, and Ålesund split in 2024.
MUNICIPALITIES = [
    ("melhus", "Melhus", "Trøndelag", "", [("1653", None, D(2017, 12, 31)), ("5028", D(2018, 1, 1), None)]),
    (
        "alesund",
        "Ålesund",
        "Møre og Romsdal",
        "",
        [
            ("1504", None, D(2019, 12, 31)),
            ("1507", D(2020, 1, 1), D(2023, 12, 31)),
            ("1508", D(2024, 1, 1), None),
        ],
    ),
    (
        "molde",
        "Molde",
        "Møre og Romsdal",
        "",
        [("1502", None, D(2019, 12, 31)), ("1506", D(2020, 1, 1), None)],
    ),
    ("kristiansund", "Kristiansund", "Møre og Romsdal", "nb", [("1505", None, None)]),
    (
        "trondheim",
        "Trondheim",
        "Trøndelag",
        "nb",
        [("1601", None, D(2017, 12, 31)), ("5001", D(2018, 1, 1), None)],
    ),
    (
        "stjordal",
        "Stjørdal",
        "Trøndelag",
        "nb",
        [("1714", None, D(2017, 12, 31)), ("5035", D(2018, 1, 1), None)],
    ),
    ("verdal", "Verdal", "Trøndelag", "nb", [("1721", None, D(2017, 12, 31)), ("5038", D(2018, 1, 1), None)]),
    (
        "levanger",
        "Levanger",
        "Trøndelag",
        "nb",
        [("1719", None, D(2017, 12, 31)), ("5037", D(2018, 1, 1), None)],
    ),
    (
        "steinkjer",
        "Steinkjer",
        "Trøndelag",
        "nb",
        [
            ("1702", None, D(2017, 12, 31)),
            ("5004", D(2018, 1, 1), D(2019, 12, 31)),
            ("5006", D(2020, 1, 1), None),
        ],
    ),
    (
        "namsos",
        "Namsos",
        "Trøndelag",
        "nb",
        [
            ("1703", None, D(2017, 12, 31)),
            ("5005", D(2018, 1, 1), D(2019, 12, 31)),
            ("5007", D(2020, 1, 1), None),
        ],
    ),
    # Outside the programme: they come to read and reuse what the programme learned.
    ("malvik", "Malvik", "Trøndelag", "nb", [("1663", None, D(2017, 12, 31)), ("5031", D(2018, 1, 1), None)]),
    (
        "volda",
        "Volda",
        "Møre og Romsdal",
        "nn",
        [("1519", None, D(2019, 12, 31)), ("1577", D(2020, 1, 1), None)],
    ),
]

PERIOD_2009 = ["alesund"]
PERIOD_2013 = [
    "melhus",
    "alesund",
    "molde",
    "kristiansund",
    "trondheim",
    "stjordal",
    "verdal",
    "levanger",
    "steinkjer",
    "namsos",
]


def load(log):
    for slug, name, county, language, numbers in MUNICIPALITIES:
        municipality, created = Municipality.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "county": county, "region": "Midt-Norge", "language_form": language},
        )
        for number, valid_from, valid_to in numbers:
            MunicipalityNumber.objects.get_or_create(
                municipality=municipality,
                number=number,
                defaults={"valid_from": valid_from or D(1838, 1, 1), "valid_to": valid_to},
            )
        if created:
            log(f"  kommune {name}")

    programme, _ = Programme.objects.get_or_create(
        slug="boligsosialt-utviklingsprogram",
        defaults={
            "name": "Boligsosialt utviklingsprogram",
            "description": "Husbankens kompetanse- og tilskuddsprogram for kommuner med store boligsosiale utfordringer.",
        },
    )
    periods = {}
    for start, end, active, members in [(2009, 2012, False, PERIOD_2009), (2013, 2016, True, PERIOD_2013)]:
        period, _ = ProgrammePeriod.objects.get_or_create(
            programme=programme,
            region="Midt-Norge",
            start_year=start,
            defaults={"end_year": end, "is_active": active},
        )
        periods[start] = period
        for slug in members:
            Membership.objects.get_or_create(
                period=period,
                municipality=Municipality.objects.get(slug=slug),
                defaults={"joined": D(start, 1, 1)},
            )
    return periods
