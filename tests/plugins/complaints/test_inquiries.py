"""Issue 13, finding 6: customer inquiries (咨询) with their 30-minute reply clock (seed 003)."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from suite_plugins.complaints.models import Inquiry
from suite_plugins.complaints.services import inquiries as inq
from suite_plugins.complaints.services import policies, queries

from .conftest import SH, local


def count(ctx) -> int:
    from sqlalchemy import func, select

    with ctx.read() as s:
        return s.scalar(select(func.count(Inquiry.id)))


def ask(ctx, **kw) -> int:
    data = inq.InquiryInput(channel=kw.pop("channel", "phone"), topic=kw.pop("topic", "delivery"),
                            question=kw.pop("question", "今天下午能送到吗？"), **kw)
    return inq.create_inquiry(ctx, data)


def test_an_inquiry_is_recorded_and_answered_within_30_minutes(clerk, customer, clock, staff):
    qid = ask(clerk, customer_id=customer, contact="13800138000")
    v = inq.get_inquiry(clerk, qid)
    assert v.number == "ZX20260302-001" and v.who == "王芳" and v.topic_label == "Delivery time or area"
    assert v.due_at.astimezone(SH).replace(tzinfo=None) == dt.datetime(2026, 3, 2, 9, 30)
    assert v.state(clock.now) == "open"
    clock.advance(minutes=22)
    assert v.state(clock.now) == "soon"
    inq.answer_inquiry(clerk, qid, "下午三点前送到", expected_version=v.version)
    v = inq.get_inquiry(clerk, qid)
    assert v.on_time is True and v.reply_minutes == 22 and v.answered_by == "客服小王" and v.state(clock.now) == "answered"
    # answered at once: the clock stops at intake
    quick = inq.get_inquiry(clerk, ask(clerk, topic="price", question="桶装水多少钱一桶？", answer="18元一桶"))
    assert quick.on_time and quick.reply_minutes == 0 and quick.who == "Unnamed caller"


def test_a_late_answer_stays_late_and_a_promise_does_not_move_the_deadline(clerk, clock):
    qid = ask(clerk, topic="product", question="有没有无糖的点心？")
    v = inq.get_inquiry(clerk, qid)
    clock.advance(minutes=5)
    inq.promise_reply(clerk, qid, clock.now + dt.timedelta(hours=1), expected_version=v.version, note="问厨房")
    v = inq.get_inquiry(clerk, qid)
    assert v.promised_at is not None and v.notes[0][0] == "promise"
    assert v.due_at.astimezone(SH).replace(tzinfo=None) == dt.datetime(2026, 3, 2, 9, 30)
    clock.advance(minutes=40)
    assert inq.open_inquiries(clerk).overdue == 1
    inq.answer_inquiry(clerk, qid, "有，周末供应", expected_version=v.version)
    v = inq.get_inquiry(clerk, qid)
    assert v.on_time is False and v.reply_minutes == 45
    # changing the reply clock later does not move it
    policies.save_desk_settings(clerk.as_system(), policies.DeskSettings(inquiry_reply_minutes=120))
    assert inq.get_inquiry(clerk, qid).on_time is False


def test_bad_inquiries_are_refused_and_nothing_is_written(clerk, login, clock):
    for kw, field, message in [
        ({"channel": "pigeon"}, "channel", "Choose how the inquiry came in."),
        ({"topic": "weather"}, "topic", "Choose what the inquiry is about."),
        ({"question": "  "}, "question", "Write down the customer's question."),
        ({"contact": "1" * 41}, "contact", "At most 40 characters."),
        ({"received_at": clock.now + dt.timedelta(hours=1)}, "received_at", "This time is in the future."),
        ({"customer_id": 99999}, "customer", "That customer no longer exists."),
    ]:
        with pytest.raises(ValidationError) as err:
            ask(clerk, **kw)
        assert str(err.value.fields[field]) == message
    assert count(clerk) == 0
    with pytest.raises(PermissionDenied):
        ask(login("quality"))
    qid = ask(clerk)
    v = inq.get_inquiry(clerk, qid)
    with pytest.raises(ValidationError) as err:
        inq.answer_inquiry(clerk, qid, " ", expected_version=v.version)
    assert str(err.value.fields["answer"]) == "Write down the answer given."
    with pytest.raises(ValidationError):
        inq.promise_reply(clerk, qid, clock.now - dt.timedelta(minutes=1), expected_version=v.version)
    assert inq.get_inquiry(clerk, qid).answered_at is None and inq.get_inquiry(clerk, qid).version == v.version


def test_two_stale_edits_of_one_inquiry_conflict(clerk, login, clock):
    other = login("clerk", staff_key="cs2")
    qid = ask(clerk)
    v = inq.get_inquiry(clerk, qid)
    inq.update_inquiry(clerk, qid, expected_version=v.version, topic="payment")
    with pytest.raises(ConflictError):
        inq.update_inquiry(other, qid, expected_version=v.version, topic="menu")
    with pytest.raises(ConflictError):
        inq.answer_inquiry(other, qid, "可以", expected_version=v.version)
    # a note is a child of the inquiry: adding one bumps the inquiry's version
    v2 = inq.get_inquiry(clerk, qid)
    clock.advance(minutes=1)
    inq.add_note(clerk, qid, "客户稍后再打来", expected_version=v2.version)
    with pytest.raises(ConflictError):
        inq.add_note(other, qid, "再次来电", expected_version=v2.version)
    assert inq.get_inquiry(clerk, qid).topic == "payment"


def test_the_reply_clock_may_follow_the_office_hours(clerk, manager, clock):
    policies.save_desk_settings(manager, policies.DeskSettings(inquiry_business_hours=True, inquiry_reply_minutes=30))
    clock.set(local(2026, 3, 2, 19, 50))  # ten minutes before closing (08:00-20:00)
    v = inq.get_inquiry(clerk, ask(clerk))
    assert v.due_at.astimezone(SH).replace(tzinfo=None) == dt.datetime(2026, 3, 3, 8, 20)
    policies.save_desk_settings(manager, policies.DeskSettings(inquiry_business_hours=False))
    v = inq.get_inquiry(clerk, ask(clerk))
    assert v.due_at.astimezone(SH).replace(tzinfo=None) == dt.datetime(2026, 3, 2, 20, 20)


def test_an_inquiry_becomes_a_complaint_carrying_its_text(clerk, customer, clock):
    qid = ask(clerk, customer_id=customer, topic="product", question="昨天买的牛奶有酸味")
    v = inq.get_inquiry(clerk, qid)
    cid = inq.convert_to_complaint(clerk, qid, category="food_quality", expected_version=v.version)
    case = queries.get_case(clerk, cid)
    assert "昨天买的牛奶有酸味" in case.description and v.number in case.description
    assert case.channel == "hotline"
    v = inq.get_inquiry(clerk, qid)
    assert (v.converted_kind, v.converted_id) == ("complaint", cid)
    with pytest.raises(ValidationError):
        inq.convert_to_complaint(clerk, qid, category="food_quality", expected_version=v.version)
    # an unnamed caller must be chosen as a customer first
    anon = ask(clerk, topic="other", question="你们的外卖盒有异味")
    with pytest.raises(ValidationError) as err:
        inq.convert_to_complaint(clerk, anon, category="packaging_unsanitary",
                                 expected_version=inq.get_inquiry(clerk, anon).version)
    assert "customer" in err.value.fields
    cid2 = inq.convert_to_complaint(clerk, anon, category="packaging_unsanitary", customer_id=customer,
                                    expected_version=inq.get_inquiry(clerk, anon).version)
    assert inq.get_inquiry(clerk, anon).customer_id == customer and cid2 != cid


def test_an_inquiry_becomes_an_order_through_the_order_desk(clerk, customer, other_customer, make_order, clock):
    order_id = make_order(customer, "36.00")
    from suite_plugins.orders import api as orders

    number = orders.get_order(clerk.as_system(), order_id).number
    qid = ask(clerk, customer_id=customer, topic="menu", question="今天有什么套餐？")
    v = inq.get_inquiry(clerk, qid)
    inq.convert_to_order(clerk, qid, expected_version=v.version, order_number=number)
    v = inq.get_inquiry(clerk, qid)
    assert (v.converted_kind, v.converted_id) == ("order", order_id)
    # another customer's order is refused
    qid2 = ask(clerk, customer_id=other_customer, topic="menu")
    with pytest.raises(ValidationError) as err:
        inq.convert_to_order(clerk, qid2, expected_version=inq.get_inquiry(clerk, qid2).version, order_number=number)
    assert "belongs to another customer" in str(err.value.fields["order"])
    # an unnamed caller's order names the customer
    anon = ask(clerk, topic="menu")
    inq.convert_to_order(clerk, anon, expected_version=inq.get_inquiry(clerk, anon).version, order_id=order_id)
    assert inq.get_inquiry(clerk, anon).customer_id == customer


def test_statistics_dashboard_reminders_and_the_staff_metric(clerk, login, manager, clock, staff):
    other = login("clerk", staff_key="cs2")
    a = ask(clerk, topic="delivery")
    b = ask(clerk, topic="delivery")
    c = ask(other, topic="price", answer="18元")
    ask(clerk, topic="menu")  # stays open
    clock.advance(minutes=10)
    inq.answer_inquiry(clerk, a, "马上到", expected_version=inq.get_inquiry(clerk, a).version)
    clock.advance(minutes=30)
    inq.answer_inquiry(clerk, b, "明天送", expected_version=inq.get_inquiry(clerk, b).version)  # 40 min: late
    st = inq.inquiry_statistics(manager, 202603)
    assert st.total == 4 and st.answered == 3 and st.on_time == 2 and st.overdue == 1
    assert st.by_topic == (("delivery", 2), ("menu", 1), ("price", 1))
    assert st.on_time_rate == pytest.approx(2 / 4)
    assert st.avg_reply_minutes == pytest.approx((10 + 40 + 0) / 3)
    with pytest.raises(PermissionDenied):
        inq.inquiry_statistics(clerk, 202603)
    d = inq.open_inquiries(clerk)
    assert (d.open, d.overdue) == (1, 1)
    metric = inq.answered_on_time(manager, [staff["cs"], staff["cs2"], staff["cook"]], dt.date(2026, 3, 1),
                                  dt.date(2026, 4, 1))
    assert metric == {staff["cs"]: 50.0, staff["cs2"]: 100.0}
    # the reminder ten minutes before the deadline
    new = ask(clerk, topic="payment")
    clock.advance(minutes=21)
    assert [r.inquiry_id for r in inq.due_reminders(clerk)] == [new]
    assert inq.get_inquiry(clerk, c).on_time is True


def test_the_monthly_report_has_the_inquiries(clerk, manager, clock, tmp_path):
    from suite.plugin_api.reports import render_report

    from .test_reports import pdf_text

    ask(clerk, topic="delivery", answer="马上送到")
    ask(clerk, topic="price")
    clock.advance(minutes=40)
    text = " ".join(pdf_text(render_report(manager, "complaints.monthly", {"month": "2026-03"},
                                           tmp_path / "m.pdf")).split())
    assert "Customer inquiries" in text and "Inquiries received 2" in text
    assert "50.0% (1 of 2 due)" in text and "Delivery time or area 1 50.0%" in text and "Price 1 50.0%" in text


def test_the_inquiries_page_records_and_answers_an_inquiry(qtbot, clerk, customer, clock):
    from suite_plugins.complaints.ui.inquiries import InquiriesPage

    page = InquiriesPage(clerk)
    qtbot.addWidget(page)
    dialog = page.new_inquiry()
    dialog.submit()  # nothing filled in: the errors show, nothing is written
    assert not dialog.errors["topic"].isHidden() and not dialog.errors["question"].isHidden()
    assert count(clerk) == 0
    dialog.topic.setCurrentIndex(dialog.topic.findData("payment"))
    dialog.customer_search.setText("王芳")
    dialog.search_customers()
    dialog.question.setPlainText("可以用微信支付吗？")
    dialog.submit()
    qid = dialog.inquiry_id
    assert qid is not None
    page.panel.show_inquiry(qid)
    assert "王芳" in page.panel.info.text() and page.panel.state.text() == "Waiting for an answer"
    clock.advance(minutes=3)
    page.panel.answer.setPlainText("可以，送货时扫码")
    page.panel.answer_button.click()
    v = inq.get_inquiry(clerk, qid)
    assert v.on_time and v.customer_id == customer and page.panel.state.text() == "Answered in time"
    qtbot.waitUntil(lambda: "0 overdue" in page.summary.text(), timeout=3000)


def test_the_reminder_watcher_announces_inquiries_too(qtbot, clerk, clock):
    from suite_plugins.complaints.services import queries as cq
    from suite_plugins.complaints.ui.reminders import ReminderWatcher

    qid = ask(clerk, topic="delivery")
    clock.advance(minutes=22)
    shown_to = []
    ctx = clerk
    ctx.notify_sink = lambda text, level: shown_to.append(text)
    watcher = ReminderWatcher(ctx)
    try:
        texts = watcher.announce(cq.due_reminders(ctx) + inq.due_reminders(ctx))
        assert texts == [f"Inquiry {inq.get_inquiry(clerk, qid).number}: answer due at 09:30"]
        assert watcher.announce(inq.due_reminders(ctx)) == []  # announced once
    finally:
        watcher.timer.stop()
        watcher.deleteLater()
