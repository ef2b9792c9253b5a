"""The after-sales analysis report (售后分析报告) of a month or a year, for management.

Data come from ``services.statistics`` and ``services.surveys``; this module only lays them
out: key figures, the trend, problems by category, responsibility and causes, timeliness
per stage, compensation, follow-up satisfaction, the quarter's survey, customer inquiries,
late cases and the improvement measures.
"""

from __future__ import annotations

from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.services import inquiries, statistics, surveys
from suite_plugins.complaints.services.statistics import Statistics, month_label

T = domain("complaints")


def monthly(ctx, params, doc) -> list:
    month = params["month"]
    key = statistics.month_key(month.year, month.month)
    st = statistics.statistics(ctx, key)
    doc.subtitle = T("{month} · complaints received in the month", month=f"{month.year}-{month.month:02d}")
    return _story(ctx, doc, st)


def yearly(ctx, params, doc) -> list:
    year = int(params["year"])
    st = statistics.statistics(ctx, statistics.month_key(year, 1), statistics.month_key(year, 12))
    doc.subtitle = T("{year} · complaints received in the year", year=year)
    return _story(ctx, doc, st)


def _minutes(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 120:
        return str(T("{n} min", n=round(value)))
    return str(T("{h} h", h=f"{value / 60:.1f}"))


def _share(n: int, total: int, doc) -> str:
    return doc.percent(n / total) if total else "—"


def _story(ctx, doc, st: Statistics) -> list:
    out: list = []
    total = st.total
    rate = st.complaint_rate
    satisfaction = (T("{avg} / 5 ({n} customers reached)", avg=f"{st.avg_satisfaction:.2f}", n=st.followups_reached)
                    if st.avg_satisfaction is not None else "—")
    out.append(doc.heading(T("Key figures")))
    out.append(doc.key_values([
        (T("Complaints received"), str(total)),
        (T("Substantiated"), f"{st.substantiated} ({_share(st.substantiated, total, doc)})"),
        (T("Closed / still open"), f"{st.closed} / {st.open}"),
        (T("Complaint rate"), (str(T("{rate} of {orders} delivered orders", rate=doc.percent(rate, 2), orders=st.orders))
                               + (f" ({st.rate_note})" if st.rate_note else ""))
         if rate is not None else st.rate_note),
        (T("Average time to first contact"), _minutes(st.avg_first_contact_minutes)),
        (T("Average time to resolution"), _minutes(st.avg_resolution_minutes)),
        (T("Compensation paid"), doc.money(st.compensation_total)),
        (T("Follow-up satisfaction"), satisfaction),
        (T("Compensation awaiting approval"), doc.money(st.compensation_pending)),
    ], columns=2))

    # ---- trend
    out.append(doc.heading(T("Monthly trend")))
    labels = [p.label for p in st.trend]
    out.append(doc.bar_chart(labels, {str(T("Complaints")): [p.complaints for p in st.trend]},
                             title=T("Complaints received per month"), height_mm=52))
    with_orders = [p for p in st.trend if p.rate is not None]
    if len(with_orders) >= 2:  # only the months the order desk has figures for
        out.append(doc.line_chart([p.label for p in with_orders],
                                  {str(T("Complaint rate (%)")): [round(p.rate * 100, 2) for p in with_orders]},
                                  title=T("Complaints per 100 delivered orders"), height_mm=45))

    # ---- problems
    out.append(doc.needs_room(80))
    out.append(doc.heading(T("Problems by category")))
    if st.by_category:
        out.append(doc.pie_chart([(codes.label(codes.CATEGORIES, k), n) for k, n in st.by_category],
                                 title=T("Share of each kind of problem"), height_mm=50))
    out += doc.table([T("Category"), T("Complaints"), T("Share")],
                     [(codes.label(codes.CATEGORIES, k), n, _share(n, total, doc)) for k, n in st.by_category],
                     numbers=[1, 2], col_widths=(3, 1, 1), total=[T("Total"), total, ""] if total else None)
    out.append(doc.spacer(3))
    out += doc.table([T("Severity"), T("Complaints"), T("Share")],
                     [(codes.label(codes.SEVERITIES, k), n, _share(n, total, doc)) for k, n in st.by_severity],
                     numbers=[1, 2], col_widths=(3, 1, 1))
    out.append(doc.spacer(3))
    out += doc.table([T("Received by"), T("Complaints"), T("Share")],
                     [(codes.label(codes.CHANNELS, k), n, _share(n, total, doc)) for k, n in st.by_channel],
                     numbers=[1, 2], col_widths=(3, 1, 1))

    # ---- responsibility and causes
    out.append(doc.needs_room(60))
    out.append(doc.heading(T("Responsibility and root causes")))
    out += doc.table([T("Responsible department"), T("Complaints"), T("Share")],
                     [(codes.label(codes.DEPARTMENTS, k), n, _share(n, total, doc)) for k, n in st.by_department],
                     numbers=[1, 2], col_widths=(3, 1, 1), empty_text=T("No responsibility assigned yet."))
    out.append(doc.spacer(3))
    if st.by_root_cause:
        out.append(doc.bar_chart([(codes.label(codes.ROOT_CAUSES, k), n) for k, n in st.by_root_cause],
                                 title=T("Root causes"), horizontal=True,
                                 height_mm=max(30, 7 * len(st.by_root_cause) + 14)))
    out += doc.table([T("Root cause"), T("Complaints"), T("Share")],
                     [(codes.label(codes.ROOT_CAUSES, k), n, _share(n, total, doc)) for k, n in st.by_root_cause],
                     numbers=[1, 2], col_widths=(3, 1, 1), empty_text=T("No root cause recorded yet."))

    # ---- timeliness
    out.append(doc.needs_room(70))
    out.append(doc.heading(T("Timeliness per stage")))
    out += doc.table([T("Stage"), T("Deadlines due"), T("Met"), T("Late"), T("Open and overdue"), T("Met in time")],
                     [(s.label, s.due, s.met, s.late, s.overdue, doc.percent(s.rate) if s.rate is not None else "—")
                      for s in st.stages], numbers=[1, 2, 3, 4, 5], col_widths=(3, 1, 1, 1, 1, 1))
    rated = [s for s in st.stages if s.rate is not None]
    if rated:
        out.append(doc.bar_chart([(s.label, round(s.rate * 100, 1)) for s in rated], title=T("Deadlines met (%)"),
                                 height_mm=45))

    # ---- compensation
    out.append(doc.needs_room(50))
    out.append(doc.heading(T("Actions and compensation")))
    out += doc.table([T("Action"), T("Times"), T("Amount (approved)"), T("Awaiting approval"), T("Amount awaiting"),
                      T("Rejected")],
                     [(c.label, c.count, c.amount if c.kind in codes.MONEY_ACTIONS else None, c.pending or "",
                       c.pending_amount if c.pending else None, c.rejected or "") for c in st.compensation],
                     money=[2, 4], numbers=[1, 3, 5], col_widths=(2.6, 0.8, 1.4, 1.1, 1.4, 0.9),
                     total=[T("Total"), sum(c.count for c in st.compensation), st.compensation_total,
                            sum(c.pending for c in st.compensation) or "", st.compensation_pending or None, ""]
                     if st.compensation else None, empty_text=T("No actions recorded."))

    # ---- follow-up
    out.append(doc.needs_room(60))
    out.append(doc.heading(T("Follow-up visits")))
    out.append(doc.paragraph(T("{n} customers were reached after resolution; average satisfaction {avg}.",
                               n=st.followups_reached,
                               avg=f"{st.avg_satisfaction:.2f} / 5" if st.avg_satisfaction is not None else "—")))
    if st.followups_reached:
        out.append(doc.bar_chart([(str(T("Score {n}", n=k)), v) for k, v in sorted(st.satisfaction_counts.items())],
                                 title=T("Satisfaction at the follow-up visit"), height_mm=42))

    # ---- survey of the quarter
    rnd = surveys.latest_round_in(ctx, st.first_month, st.last_month)
    if rnd is not None:
        res = surveys.results(ctx, rnd.id)
        out.append(doc.needs_room(70))
        out.append(doc.heading(T("Quarterly satisfaction survey {label}", label=rnd.label)))
        out.append(doc.paragraph(T("{n} respondents; overall score {score} (previous quarter {prev}).",
                                   n=res.respondents,
                                   score=f"{res.overall.score:.1f}" if res.overall.score is not None else "—",
                                   prev=f"{res.overall.previous:.1f}" if res.overall.previous is not None else "—")))
        out += doc.table([T("Dimension"), T("Score"), T("Previous quarter"), T("Change"), T("Satisfied (4-5)"), ""],
                         [(d.label, f"{d.score:.1f}" if d.score is not None else "—",
                           f"{d.previous:.1f}" if d.previous is not None else "—",
                           f"{d.change:+.1f}" if d.change is not None else "—",
                           doc.percent(d.satisfied_share) if d.satisfied_share is not None else "—",
                           T("needs an improvement plan") if d.low else "") for d in res.dimensions],
                         numbers=[1, 2, 3, 4], col_widths=(2, 1, 1.2, 1, 1.2, 2))
        if rnd.improvement_plan:
            out.append(doc.paragraph(T("Improvement plan: {plan}", plan=rnd.improvement_plan)))

    # ---- customer inquiries (seed 003: answered within the reply deadline)
    iq = inquiries.inquiry_statistics(ctx, st.first_month, st.last_month)
    out.append(doc.needs_room(50))
    out.append(doc.heading(T("Customer inquiries")))
    if iq.total:
        out.append(doc.key_values([
            (T("Inquiries received"), str(iq.total)),
            (T("Answered on time"), T("{rate} ({n} of {due} due)", rate=doc.percent(iq.on_time_rate),
                                      n=iq.on_time, due=iq.answered + iq.overdue)
             if iq.on_time_rate is not None else "—"),
            (T("Average time to answer"), _minutes(iq.avg_reply_minutes)),
            (T("Open and overdue"), str(iq.overdue)),
        ], columns=2))
        out += doc.table([T("Topic"), T("Inquiries"), T("Share")],
                         [(codes.label(codes.INQUIRY_TOPICS, k), n, _share(n, iq.total, doc)) for k, n in iq.by_topic],
                         numbers=[1], col_widths=(3, 1, 1), total=[T("Total"), iq.total, ""])
    else:
        out.append(doc.paragraph(T("No inquiries were recorded in this period.")))

    # ---- late cases
    late, count = statistics.late_cases(ctx, st.first_month, st.last_month, limit=40)
    out.append(doc.needs_room(50))
    out.append(doc.heading(T("Cases that missed a deadline ({n})", n=count)))
    out += doc.table([T("No."), T("Received"), T("Category"), T("Severity"), T("Department"), T("Missed"), T("Status")],
                     [(c.number, c.received_at, codes.label(codes.CATEGORIES, c.category),
                       codes.label(codes.SEVERITIES, c.severity), codes.label(codes.DEPARTMENTS, c.department),
                       "、".join(codes.label(codes.STAGES, s) for s in c.stages),
                       codes.label(codes.STATUSES, "closed") if not c.is_open else T("Open")) for c in late],
                     col_widths=(2.2, 2.2, 1.8, 1.2, 1.4, 2.4, 1), empty_text=T("Every deadline was met."))
    if count > len(late):
        out.append(doc.note(T("… and {n} more.", n=count - len(late))))

    # ---- improvement measures
    out.append(doc.needs_room(40))
    out.append(doc.heading(T("Improvement measures")))
    if st.measures:
        for month, text in st.measures:
            if not st.is_single_month:
                out.append(doc.heading(month_label(month), level=2))
            out.append(doc.paragraph(text))
    else:
        out.append(doc.paragraph(T("No improvement measures were recorded for this period.")))
    return out
