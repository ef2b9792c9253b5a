"""The set-up checklist on the home page: the steps a new office goes through (letterhead,
areas, staff, logins, the plugins' steps), each ticked when the data says it is done.

Whether a step is done is computed by :func:`suite.core.setup.checklist` off the GUI thread,
each time the home page is shown and when another window or PC changes something. Choosing
a step opens its page (or its settings tab); "Does not apply" dismisses a step for the whole
office, "Bring back" undoes that. The checklist hides itself once every step is done or
dismissed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.i18n import text_of

log = logging.getLogger("suite.ui")

DONE_MARK, OPEN_MARK, SKIPPED_MARK = "\u2714", "\u25cb", "\u2013"


class SetupChecklist(QFrame):
    """The checklist card. ``open_step(step)`` is emitted when a step is chosen."""

    open_step = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupChecklist")
        self.ctx = ctx
        self.states: list = []
        self.loaded = False
        self.rows: dict[str, QWidget] = {}
        self.title = QLabel(self.tr("Set up the office"))
        self.title.setObjectName("setupTitle")
        self.summary = QLabel()
        self.summary.setObjectName("setupSummary")
        self.progress = QProgressBar()
        self.progress.setObjectName("setupProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setMaximumWidth(220)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.summary)
        head.addWidget(self.progress)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        self.setStyleSheet(
            "QFrame#setupChecklist { background: #ffffff; border: 1px solid #d5dde6; border-left: 4px solid #d9911a;"
            " border-radius: 6px; }"
            "QLabel#setupTitle { font-size: 12pt; font-weight: 600; }"
            "QLabel#setupSummary, QLabel#setupDescription { color: #5b6b7c; }"
            "QLabel#setupMark { font-size: 12pt; color: #a9b4c0; }"
            "QLabel#setupMark[done=\"true\"] { color: #2e9e5b; }"
            "QLabel#setupStepTitle[done=\"true\"] { color: #5b6b7c; }"
            "QPushButton#setupDismiss, QPushButton#setupRestore { border: none; color: #3d5a80; background: transparent;"
            " padding: 2px 4px; }"
            "QPushButton#setupDismiss:hover, QPushButton#setupRestore:hover { text-decoration: underline; }")
        self.hide()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Compute the checklist again (off the GUI thread) and show it."""
        from suite.ui.tasks import call_in_thread

        def compute():
            from suite.core.setup import checklist

            return checklist(self.ctx)

        call_in_thread(compute, self.show_states, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        log.error("the set-up checklist could not be computed", exc_info=exc)
        self.hide()

    def show_states(self, states) -> None:
        from suite.core.setup import finished

        self.states = list(states)
        self.loaded = True
        self._clear()
        if not self.states or finished(self.states):
            self.hide()
            return
        done = sum(1 for s in self.states if s.done)
        settled = sum(1 for s in self.states if s.settled)
        self.summary.setText(self.tr("{done} of {total} done").format(done=done, total=len(self.states)))
        self.progress.setRange(0, len(self.states))
        self.progress.setValue(settled)
        for r, state in enumerate(self.states):
            self._add_row(r, state)
        self.show()

    def state(self, step_id: str):
        return next((s for s in self.states if s.step.id == step_id), None)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows.clear()

    def _add_row(self, r: int, state) -> None:
        step = state.step
        mark = QLabel(DONE_MARK if state.done else SKIPPED_MARK if state.dismissed else OPEN_MARK)
        mark.setObjectName("setupMark")
        mark.setProperty("done", state.done)
        mark.setFixedWidth(18)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QWidget()
        text.setObjectName(f"setupStep:{step.id}")
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        title = QLabel(text_of(step.title))
        title.setObjectName("setupStepTitle")
        title.setProperty("done", state.done or state.dismissed)
        font = title.font()
        font.setBold(not (state.done or state.dismissed))
        font.setStrikeOut(state.dismissed)
        title.setFont(font)
        column.addWidget(title)
        if state.dismissed:
            about = self.tr("Skipped: does not apply to this office.")
        elif state.failed:
            about = self.tr("Could not be checked; the details are in the log.")
        else:
            about = text_of(step.description)
        if about:
            description = QLabel(about)
            description.setObjectName("setupDescription")
            description.setWordWrap(True)
            column.addWidget(description)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        open_button = QPushButton(self.tr("Change") if state.done else self.tr("Open"))
        open_button.setObjectName("setupOpen")
        open_button.setProperty("primary", not state.settled)
        open_button.setToolTip(self.tr("Open: {step}").format(step=text_of(step.title)))
        open_button.clicked.connect(lambda _c=False, s=step: self.open_step.emit(s))
        self.grid.addWidget(mark, r, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(text, r, 1)
        # both buttons centred on the row: the link reads on the line of the button beside it
        self.grid.addWidget(open_button, r, 2, Qt.AlignmentFlag.AlignVCenter)
        if state.dismissed:
            extra = QPushButton(self.tr("Bring back"))
            extra.setObjectName("setupRestore")
            extra.clicked.connect(lambda _c=False, s=step: self.dismiss(s.id, False))
            self.grid.addWidget(extra, r, 3, Qt.AlignmentFlag.AlignVCenter)
        elif step.can_dismiss and not state.done:
            extra = QPushButton(self.tr("Does not apply"))
            extra.setObjectName("setupDismiss")
            extra.setToolTip(self.tr("Skip this step: this office does not need it."))
            extra.clicked.connect(lambda _c=False, s=step: self.dismiss(s.id, True))
            self.grid.addWidget(extra, r, 3, Qt.AlignmentFlag.AlignVCenter)
        self.rows[step.id] = text

    def row_button(self, step_id: str, name: str = "setupOpen") -> QPushButton | None:
        """The button of a step's row (``setupOpen``, ``setupDismiss`` or ``setupRestore``)."""
        text = self.rows.get(step_id)
        if text is None:
            return None
        index = self.grid.indexOf(text)
        row = self.grid.getItemPosition(index)[0]
        for column in (2, 3):
            item = self.grid.itemAtPosition(row, column)
            if item is not None and item.widget() is not None and item.widget().objectName() == name:
                return item.widget()
        return None

    def dismiss(self, step_id: str, dismissed: bool) -> None:
        from suite.core.setup import dismiss
        from suite.ui.admin.common import call

        ok, _ = call(self, lambda: dismiss(self.ctx, step_id, dismissed))
        if ok:
            self.refresh()
