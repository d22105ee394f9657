"""Rule conditions: parsed into a tree, validated with the key of each problem, never eval'd."""

import pytest

from collabscreen.policy.conditions import ConditionErrors, parse


def tree(condition):
    """A condition as nested tuples: (kind, options, children...)."""
    return (condition.kind, dict(condition.options), *[tree(c) for c in condition.children])


def test_a_nested_condition():
    condition = parse({"all": [
        {"area": {"set": "ca-stra", "category": "quantum"}},
        {"any": [{"partner": {"country_group": "concern"}}, {"funder": {"country": ["CN", "RU"], "min_share": 0.5}}]},
        {"not": {"list_hit": {"list": "ca-nro", "subject": "person", "attribute": {"risk": ["Very High"]}}}},
        {"missing": "abstract"},
    ]})
    assert tree(condition) == (
        "all", {},
        ("area", {"set": ("ca-stra",), "category": ("quantum",)}),
        ("any", {},
         ("partner", {"country_group": "concern"}),
         ("funder", {"country": ("CN", "RU"), "min_share": 0.5})),
        ("not", {}, ("list_hit", {"list": ("ca-nro",), "subject": ("person",), "attribute": {"risk": ("very high",)}})),
        ("missing", {"fact": "abstract"}),
    )
    assert [c.kind for c in condition.walk()] == ["all", "area", "any", "partner", "funder", "not", "list_hit",
                                                  "missing"]


@pytest.mark.parametrize(
    ("when", "errors"),
    [
        ({"eval": "__import__('os')"},
         [("when.eval", "unknown condition; use one of: all, any, not, list_hit, area, partner, funder, person, "
                        "project, missing.")]),
        ({"all": [], "any": []},
         [("when", "a condition is a table with exactly one key, one of: all, any, not, list_hit, area, partner, "
                   "funder, person, project, missing.")]),
        ({"all": []}, [("when.all", "must be a non-empty list of conditions.")]),
        ({"list_hit": {"lists": "ca-nro"}},
         [("when.list_hit.lists", "unknown option; list_hit takes list, subject, band, attribute.")]),
        ({"list_hit": {"band": "maybe"}}, [("when.list_hit.band", "'maybe' is not a band; use match, possible, any.")]),
        ({"list_hit": {"subject": "company"}},
         [("when.list_hit.subject", "'company' is not a subject; use partner, funder, person.")]),
        ({"list_hit": {"attribute": {}}},
         [("when.list_hit.attribute", "must be a table such as { risk = [\"very high\"] }.")]),
        ({"area": {"band": "match"}}, [("when.area.band", "'match' is not a band; use flag, possible, any.")]),
        ({"partner": {}}, [("when.partner", "needs at least one option (country, country_group, type).")]),
        ({"partner": "CN"}, [("when.partner", "must be a table of options, e.g. { list = \"ca-nro\" }.")]),
        ({"partner": {"country": "China"}},
         [("when.partner.country", "'China' is not an ISO 3166 alpha-2 code (e.g. \"CN\").")]),
        ({"partner": {"country": [1, 2]}}, [("when.partner.country", "must be a string or a list of strings.")]),
        ({"funder": {"type": "state"}},
         [("when.funder.type", "'state' is not a funder type; use government, industry, charity, university, "
                               "other.")]),
        ({"funder": {"min_amount": "lots"}}, [("when.funder.min_amount", "must be a number.")]),
        ({"funder": {"min_share": 1.5}}, [("when.funder.min_share", "must be a share between 0 and 1.")]),
        ({"person": {"talent_programme": "yes"}}, [("when.person.talent_programme", "must be true or false.")]),
        ({"person": {"nationality_group": ["a", "b"]}},
         [("when.person.nationality_group", "must be the name of a [country_groups] entry.")]),
        ({"missing": "budget"},
         [("when.missing", "'budget' is not a fact; use abstract, keywords, field_codes, partner_country, "
                           "funder_country, funder_type, nationality.")]),
        ({"any": [{"partner": {"country": "cn"}}, {"not": {"funder": {"kind": "x"}}}]},
         [("when.any[0].partner.country", "'cn' is not an ISO 3166 alpha-2 code (e.g. \"CN\")."),
          ("when.any[1].not.funder.kind",
           "unknown option; funder takes country, country_group, type, min_amount, min_share."),
          ("when.any[1].not.funder", "needs at least one option (country, country_group, type, min_amount, "
                                     "min_share).")]),
    ],
)
def test_invalid_conditions_name_the_key(when, errors):
    with pytest.raises(ConditionErrors) as caught:
        parse(when)
    assert [(e.key, e.message) for e in caught.value.errors] == errors
