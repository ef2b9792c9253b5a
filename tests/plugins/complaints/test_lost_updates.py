"""No lost updates (issue 8, section 2): a complaint is one aggregate with its events, actions
and follow-ups; every edit service of the desk refuses the second of two edits made from the
same copy."""

from __future__ import annotations

import pytest

from suite.plugin_api import ConflictError
from suite_plugins.complaints.services import compensation, handling, policies, queries, statistics, surveys


def test_a_note_on_the_timeline_makes_a_stale_edit_of_the_case_conflict(intake, clerk, suite_backend):
    cid = intake()
    seen = queries.get_case(clerk, cid)
    handling.add_note(clerk, cid, "已致电厨房")  # only a child row (an event) is written
    assert queries.get_case(clerk, cid).version > seen.version
    with pytest.raises(ConflictError):
        handling.update_complaint(clerk, cid, expected_version=seen.version, description="米饭里有两根头发")
    assert queries.get_case(clerk, cid).description == "米饭里有头发"


def test_two_stale_edits_of_a_case(intake, clerk, suite_backend):
    cid = intake()
    v = queries.get_case(clerk, cid).version
    handling.update_complaint(clerk, cid, expected_version=v, description="第一位客服的修改")
    with pytest.raises(ConflictError):
        handling.update_complaint(clerk, cid, expected_version=v, description="第二位客服的修改")
    with pytest.raises(TypeError):
        handling.update_complaint(clerk, cid, expected_version=None, description="x")
    assert queries.get_case(clerk, cid).description == "第一位客服的修改"


def test_two_stale_decisions_on_a_compensation(intake, clerk, manager, suite_backend):
    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    aid = compensation.record_action(clerk, cid, "refund", amount="500", note="医药费")
    seen = next(a for a in compensation.list_actions(clerk, cid) if a.id == aid)
    compensation.decide(manager, aid, True, "同意", expected_version=seen.version)
    with pytest.raises(ConflictError):
        compensation.decide(manager, aid, False, "不同意", expected_version=seen.version)
    assert compensation.list_actions(clerk, cid)[0].approval == "approved"


def test_surveys_measures_and_policies_refuse_stale_saves(clerk, manager, suite_backend):
    rid = surveys.create_round(clerk, 2026, 1, "一季度")
    v = surveys.get_round(clerk, rid).version
    surveys.save_round(clerk, rid, improvement_plan="甲", expected_version=v)
    with pytest.raises(ConflictError):
        surveys.save_round(clerk, rid, improvement_plan="乙", expected_version=v)
    # two managers open a month without measures; both write: the second conflicts
    statistics.save_month_measures(manager, 202604, "甲", expected_version=None)
    with pytest.raises(ConflictError):
        statistics.save_month_measures(manager, 202604, "乙", expected_version=None)
    assert statistics.month_measures(manager, 202604)[0] == "甲"
    pv = next(p.version for p in policies.list_policies(manager) if p.severity == "urgent")
    terms = dict(first_contact=20, solution=60, investigation=None, resolution=240, business_hours=False)
    policies.save_policy(manager, "urgent", expected_version=pv, **terms)
    with pytest.raises(ConflictError):
        policies.save_policy(manager, "urgent", expected_version=pv, **{**terms, "first_contact": 10})
