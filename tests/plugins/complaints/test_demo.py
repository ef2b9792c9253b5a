"""The demo data: three months of complaints across severities, some of them breached."""

from __future__ import annotations


import pytest
from sqlalchemy import func, select

from suite_plugins.complaints.models import Complaint, Event, Inquiry, SurveyResponse


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_demo_data_has_three_months_of_realistic_complaints(demo_world):
    suite_ctx = demo_world.ctx  # the demo of every plugin, built once (tests/conftest.py)
    with suite_ctx.read() as s:
        total = s.scalar(select(func.count(Complaint.id)))
        months = s.scalar(select(func.count(func.distinct(Complaint.received_month))))
        severities = set(s.scalars(select(Complaint.severity).distinct()))
        breached = s.scalar(select(func.count(Complaint.id)).where(
            (Complaint.fc_met.is_(False)) | (Complaint.sol_met.is_(False)) | (Complaint.res_met.is_(False))))
        open_ = s.scalar(select(func.count(Complaint.id)).where(Complaint.is_open.is_(True)))
        closed = s.scalar(select(func.count(Complaint.id)).where(Complaint.status == "closed"))
        events = s.scalar(select(func.count(Event.id)))
        answers = s.scalar(select(func.count(SurveyResponse.id)))
        asked = s.scalar(select(func.count(Inquiry.id)))
        late_answers = s.scalar(select(func.count(Inquiry.id)).where(Inquiry.on_time.is_(False)))
        waiting = s.scalar(select(func.count(Inquiry.id)).where(Inquiry.answered_at.is_(None)))
        topics = set(s.scalars(select(Inquiry.topic).distinct()))
    assert total >= 80 and months >= 3
    assert severities == {"urgent", "general", "non_urgent"}
    assert breached >= 5 and open_ >= 3 and closed >= total // 2
    assert events >= total * 5  # every case carries its history
    assert answers > 0
    assert asked >= 100 and late_answers >= 3 and waiting >= 2 and len(topics) == 6
    from suite_plugins.complaints.services import policies

    desk = policies.get_desk_settings(suite_ctx)
    assert desk.hours() == ((480, 1200),) * 7 and desk.open_on_holidays
