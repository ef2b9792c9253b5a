"""The quarterly satisfaction survey page: rounds, answers, scores against the previous
quarter, improvement plans for the low ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import ChartWidget, FormField, Series
from suite_plugins.complaints import codes
from suite_plugins.complaints.permissions import SURVEYS
from suite_plugins.complaints.services import surveys
from suite_plugins.complaints.ui.case import _fill, _table
from suite_plugins.complaints.ui.common import StepDialog, show_error

SCORES = [(n, str(n)) for n in (5, 4, 3, 2, 1)]


class SurveysPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintSurveys")
        self.ctx = ctx
        self.results: surveys.RoundResults | None = None
        may = ctx.can(SURVEYS)

        title = QLabel(self.tr("Quarterly satisfaction surveys"), self)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.rounds = QListWidget(self)
        self.rounds.setObjectName("surveyRounds")
        self.new_button = QPushButton(self.tr("New survey round"), self)
        self.new_button.setObjectName("newRound")
        self.new_button.setEnabled(may)
        left = QVBoxLayout()
        left.addWidget(self.rounds, 1)
        left.addWidget(self.new_button)
        left_box = QWidget(self)
        left_box.setLayout(left)

        self.summary = QLabel(self)
        self.summary.setObjectName("surveySummary")
        self.summary.setWordWrap(True)
        self.scores = _table(self, [self.tr("Dimension"), self.tr("Answers"), self.tr("Score"), self.tr("Previous quarter"),
                                    self.tr("Change"), self.tr("Satisfied (4-5)"), ""], "surveyScores")
        self.chart = ChartWidget(self, kind="bar", title=self.tr("Score per dimension (100 = everyone fully satisfied)"))
        self.chart.setObjectName("surveyChart")
        self.chart.setMinimumHeight(220)
        self.responses = _table(self, [self.tr("Customer"), self.tr("Group")] +
                                [str(label) for label in codes.SURVEY_DIMENSIONS.values()] + [self.tr("Comments")],
                                "surveyResponses")
        self.add_button = QPushButton(self.tr("Add answers"), self)
        self.add_button.setObjectName("addResponse")
        self.suggest_button = QPushButton(self.tr("Whom to ask?"), self)
        self.suggest_button.setObjectName("suggestRespondents")
        self.suggestions = QLabel(self)
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.plan = QPlainTextEdit(self)
        self.plan.setObjectName("improvementPlan")
        self.plan.setPlaceholderText(self.tr("Improvement plans for the dimensions that scored low"))
        self.plan.setFixedHeight(80)
        self.save_plan_button = QPushButton(self.tr("Save plan"), self)
        self.save_plan_button.setObjectName("savePlan")
        self.close_button = QPushButton(self.tr("Close the round"), self)
        self.close_button.setObjectName("closeRound")
        for b in (self.add_button, self.suggest_button, self.save_plan_button, self.close_button):
            b.setEnabled(may)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_plan_button)
        buttons.addWidget(self.close_button)

        right = QVBoxLayout()
        right.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.scores, 3)
        row.addWidget(self.chart, 2)
        right.addLayout(row)
        right.addWidget(self.responses, 1)
        right.addWidget(self.suggestions)
        right.addWidget(self.plan)
        right.addLayout(buttons)
        right_box = QWidget(self)
        right_box.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left_box)
        split.addWidget(right_box)
        split.setSizes([180, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)

        self.rounds.currentItemChanged.connect(lambda *_: self.show_round())
        self.new_button.clicked.connect(self.new_round)
        self.add_button.clicked.connect(self.add_response)
        self.suggest_button.clicked.connect(self.suggest)
        self.save_plan_button.clicked.connect(self.save_plan)
        self.close_button.clicked.connect(self.close_round)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.round_id()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in surveys.list_rounds(self.ctx):
            text = self.tr("{label} · {n} answers").format(label=r.label, n=r.responses)
            if r.closed:
                text += self.tr(" (closed)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rounds.addItem(item)
            if r.id == current:
                self.rounds.setCurrentItem(item)
        if self.rounds.currentItem() is None and self.rounds.count():
            self.rounds.setCurrentRow(0)
        self.rounds.blockSignals(False)
        self.show_round()

    def round_id(self) -> int | None:
        item = self.rounds.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def show_round(self) -> None:
        rid = self.round_id()
        if rid is None:
            self.results = None
            self.summary.setText(self.tr("No survey yet: start one for the quarter with “New survey round”."))
            return
        res = surveys.results(self.ctx, rid)
        self.results = res
        overall = res.overall
        prev = (self.tr("previous quarter {score}").format(score=f"{overall.previous:.1f}")
                if overall.previous is not None else self.tr("no previous quarter"))
        groups = ", ".join(f"{codes.label(codes.SURVEY_GROUPS, g)} {n}" for g, n in res.by_group.items())
        self.summary.setText(self.tr("{label}: {n} respondents ({groups}). Overall score {score} ({prev}).").format(
            label=res.round.label, n=res.respondents, groups=groups,
            score=f"{overall.score:.1f}" if overall.score is not None else "—", prev=prev))
        rows, levels = [], []
        for d in res.dimensions:
            rows.append([d.label, str(d.answers), f"{d.score:.1f}" if d.score is not None else "—",
                         f"{d.previous:.1f}" if d.previous is not None else "—",
                         f"{d.change:+.1f}" if d.change is not None else "—",
                         f"{d.satisfied_share * 100:.0f}%" if d.satisfied_share is not None else "—",
                         self.tr("low: plan needed") if d.low else ""])
            levels.append("danger" if d.low else "success" if d.score is not None else None)
        _fill(self.scores, rows, levels, level_column=2)
        series = [Series(res.round.label, [round(d.score or 0, 1) for d in res.dimensions])]
        if res.previous is not None:
            series.insert(0, Series(res.previous.label, [round(d.previous or 0, 1) for d in res.dimensions]))
        self.chart.set_data([d.label for d in res.dimensions], series)
        answers = surveys.list_responses(self.ctx, rid)
        _fill(self.responses, [[a.customer_name, codes.label(codes.SURVEY_GROUPS, a.group)] +
                               [str(a.scores[d]) if a.scores[d] is not None else "" for d in codes.SURVEY_DIMENSIONS] +
                               [a.comments] for a in answers])
        self.plan.setPlainText(res.round.improvement_plan)
        editable = self.ctx.can(SURVEYS) and not res.round.closed
        for b in (self.add_button, self.suggest_button, self.close_button):
            b.setEnabled(editable)

    # ------------------------------------------------------------------ actions

    def new_round(self) -> None:
        year, quarter = surveys.quarter_of(self.ctx.today())
        dialog = StepDialog(self, self.tr("New survey round"),
                            [FormField("year", self.tr("Year"), "spin", minimum=2000, maximum=2100, default=year),
                             FormField("quarter", self.tr("Quarter"), "combo", required=True,
                                       choices=[(q, f"Q{q}") for q in (1, 2, 3, 4)], default=quarter),
                             FormField("title", self.tr("Title"), "line", max_length=120)],
                            lambda v: surveys.create_round(self.ctx, v["year"], v["quarter"], v["title"]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.refresh(dialog.result_value))
        dialog.open()
        self.dialog = dialog

    def add_response(self, customer_id: int | None = None, group: str | None = None) -> StepDialog | None:
        rid = self.round_id()
        if rid is None:
            return None
        candidates = surveys.suggest_respondents(self.ctx, rid, per_group=15)
        fields = [FormField("customer", self.tr("Customer"), "combo",
                            choices=[(c.customer_id, f"{c.name} · {codes.label(codes.SURVEY_GROUPS, c.group)}")
                                     for c in candidates], default=customer_id),
                  FormField("group", self.tr("Group"), "combo", required=True, choices=list(codes.SURVEY_GROUPS.items()),
                            default=group),
                  FormField("method", self.tr("How"), "combo", required=True, choices=list(codes.SURVEY_METHODS.items()))]
        fields += [FormField(d, label, "combo", choices=SCORES) for d, label in codes.SURVEY_DIMENSIONS.items()]
        fields.append(FormField("comments", self.tr("Comments"), "text"))
        by_id = {c.customer_id: c.group for c in candidates}

        def run(v):
            grp = v["group"] or by_id.get(v["customer"])
            return surveys.add_response(self.ctx, rid, group=grp, customer_id=v["customer"], method=v["method"],
                                        comments=v["comments"], scores={d: v[d] for d in codes.SURVEY_DIMENSIONS})

        dialog = StepDialog(self, self.tr("Survey answers"), fields, run,
                            intro=self.tr("Scores from 1 (very dissatisfied) to 5 (very satisfied); leave a "
                                          "dimension empty when the customer has no opinion."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.refresh(rid))
        dialog.open()
        self.dialog = dialog
        return dialog

    def suggest(self) -> None:
        rid = self.round_id()
        if rid is None:
            return
        found = surveys.suggest_respondents(self.ctx, rid, per_group=5)
        if not found:
            self.suggestions.setText(self.tr("Every suggested customer has answered."))
            return
        parts = []
        for group in codes.SURVEY_GROUPS:
            names = [c.name for c in found if c.group == group]
            if names:
                parts.append(f"{codes.label(codes.SURVEY_GROUPS, group)}: {'、'.join(names)}")
        self.suggestions.setText(self.tr("Suggested: {list}").format(list="; ".join(parts)))

    def save_plan(self) -> None:
        rid = self.round_id()
        if rid is None or self.results is None:
            return
        try:
            surveys.save_round(self.ctx, rid, improvement_plan=self.plan.toPlainText(),
                               expected_version=self.results.round.version)
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.refresh(rid)

    def close_round(self) -> None:
        rid = self.round_id()
        if rid is None or self.results is None:
            return
        try:
            surveys.save_round(self.ctx, rid, closed=True, improvement_plan=self.plan.toPlainText(),
                               expected_version=self.results.round.version)
        except SuiteError as exc:
            show_error(self, exc)
            return
        self.refresh(rid)
