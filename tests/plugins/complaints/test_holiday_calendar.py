"""Issue 13, finding 3: next year's holidays: the dashboard warns while they are missing, a
quick editor takes the State Council's notice, a newer chinesecalendar's years are offered."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import PermissionDenied, ValidationError
from suite_plugins.complaints.services import cards, policies

from .conftest import local

NOTICE_2027 = """
元旦 1/1-1/3
春节 2月6日-2月13日 上班 1/31, 2/20
清明节 4/3~4/5
国庆节 10月1日-7日 补班 9/26 10/9
"""


@pytest.fixture
def closed_on_holidays(manager):
    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=False))
    return manager


def test_the_dashboard_warns_from_november_while_next_year_is_empty(closed_on_holidays, manager, clock):
    assert 2027 not in policies.holiday_years(manager)
    clock.set(local(2026, 10, 31, 12, 0))
    assert policies.calendar_warning(manager.with_clock(clock)) is None
    assert cards.holiday_card(manager).level == "good"
    clock.set(local(2026, 11, 1, 8, 0))
    assert policies.calendar_warning(manager) == (2027, False)
    card = cards.holiday_card(manager)
    assert card.level == "warning" and "2027" in str(card.caption)
    clock.set(local(2027, 1, 2, 8, 0))  # the new year began without its calendar: loudly
    assert policies.calendar_warning(manager) == (2027, True)
    assert cards.holiday_card(manager).level == "danger"
    policies.save_notice(manager, 2027, policies.parse_notice(2027, NOTICE_2027))
    assert policies.calendar_warning(manager) is None
    # an office open on holidays needs no warning
    clock.set(local(2027, 11, 2, 8, 0))
    assert policies.calendar_warning(manager) == (2028, False)
    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=True))
    assert policies.calendar_warning(manager) is None


def test_the_state_councils_notice_is_entered_in_a_minute(closed_on_holidays, manager, clerk):
    parsed = policies.parse_notice(2027, NOTICE_2027)
    assert [(h.name, h.start, h.end) for h in parsed] == [
        ("元旦", dt.date(2027, 1, 1), dt.date(2027, 1, 3)),
        ("春节", dt.date(2027, 2, 6), dt.date(2027, 2, 13)),
        ("清明节", dt.date(2027, 4, 3), dt.date(2027, 4, 5)),
        ("国庆节", dt.date(2027, 10, 1), dt.date(2027, 10, 7)),
    ]
    assert parsed[1].workdays == (dt.date(2027, 1, 31), dt.date(2027, 2, 20))
    saved = policies.save_notice(manager, 2027, parsed)
    assert saved == 3 + 8 + 3 + 7 + 4
    cal = policies.work_calendar(manager)
    assert not cal.is_working_day(dt.date(2027, 2, 8)) and cal.is_working_day(dt.date(2027, 2, 20))
    assert 2027 in cal.known_years
    # entering the notice again replaces the office's days of that year
    policies.save_notice(manager, 2027, policies.parse_notice(2027, "元旦 1/1"))
    days = policies.list_calendar_days(manager, 2027)
    assert [(d.day, d.kind) for d in days] == [(dt.date(2027, 1, 1), "holiday")]
    with pytest.raises(PermissionDenied):
        policies.save_notice(clerk, 2027, parsed)


def test_a_notice_that_cannot_be_read_changes_nothing(closed_on_holidays, manager):
    before = policies.list_calendar_days(manager, 2027)
    with pytest.raises(ValidationError) as err:
        policies.parse_notice(2027, "元旦 1/1-1/3\n春节 放假七天")
    assert "Line 2 cannot be read" in str(err.value.fields["notice"])
    for text, message in [("春节 2/13-2/6", "the holiday ends before it starts"),
                          ("春节 2/1-3/1", "more than 15 days"),
                          ("春节 2/6-2/13 上班 2/8", "both a day off and a make-up working day"),
                          ("元旦 2028-01-01", "does not start in 2027")]:
        with pytest.raises(ValidationError) as err:
            policies.save_notice(manager, 2027, policies.parse_notice(2027, text))
        assert message in str(err.value.fields["notice"]), text
    with pytest.raises(ValidationError):
        policies.save_notice(manager, 2027, [])
    assert policies.list_calendar_days(manager, 2027) == before


def test_years_a_newer_chinesecalendar_knows_are_offered_for_import(manager, clock):
    assert policies.importable_years(manager) == []
    for d in policies.list_calendar_days(manager, 2026):
        policies.remove_calendar_day(manager, d.day)
    assert policies.importable_years(manager) == [2026]
    added = policies.import_years(manager, [2026])
    assert added > 10 and policies.importable_years(manager) == []
    with pytest.raises(ValidationError) as err:
        policies.import_years(manager, [2099])
    assert "does not know 2099" in str(err.value.fields["years"])


def test_the_settings_page_warns_and_takes_the_notice(qtbot, closed_on_holidays, manager, clock):
    from suite_plugins.complaints.ui.settings import ComplaintSettings

    clock.set(local(2026, 11, 20, 9, 0))
    page = ComplaintSettings(manager)
    qtbot.addWidget(page)
    assert not page.calendar_warning.isHidden() and "2027" in page.calendar_warning.text()
    assert not page.import_button.isEnabled()
    page.year.setValue(2027)
    page.notice.setPlainText(NOTICE_2027)
    page.notice_button.click()
    assert page.days.rowCount() == 25 and page.calendar_warning.isHidden()
