"""Company details: what heads every printed report (name, address, phone, logo) and the
office's time zone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from suite.core import company as svc
from suite.core import permissions as P
from suite.ui.admin.common import button, button_row
from suite.ui.widgets import FormField, RecordForm

TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Singapore",
             "Asia/Tokyo", "Europe/London", "UTC")


class CompanyPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyPage")
        self.ctx = ctx
        self.logo: bytes | None = None
        self.logo_changed = False
        self.logo_name = "logo.png"
        current = svc.get_company(ctx)
        zones = list(TIMEZONES)
        if current.timezone not in zones:
            zones.insert(0, current.timezone)
        fields = [
            FormField("name", self.tr("Company name"), required=True, max_length=100,
                      help=self.tr("Printed at the top of every report.")),
            FormField("address", self.tr("Address"), max_length=200),
            FormField("phone", self.tr("Phone"), max_length=50),
            FormField("timezone", self.tr("Time zone"), "combo", required=True, choices=[(z, z) for z in zones],
                      help=self.tr("Days, shifts and deadlines are counted in this time zone.")),
        ]
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(180, 120)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #c4ceda; background: #ffffff;")
        self.choose_button = button(self.tr("Choose a picture…"), self.choose_logo, name="chooseLogo")
        self.remove_button = button(self.tr("Remove"), self.remove_logo, name="removeLogo")
        self.form = RecordForm(fields, save=self._save, load=self._load, key="company", parent=self,
                               confirm_discard=False)
        self.form.cancel_button.setText(self.tr("Undo changes"))
        self.form.cancelled.connect(lambda: self.form.load_record("company"))
        self.form.saved.connect(lambda _k: self.ctx.notify(self.tr("Company details saved.")))

        hint = QLabel(self.tr("PNG or JPEG, at most 2 MB. Saved with the other details."))
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        logo_box = QGroupBox(self.tr("Logo on reports"))
        lb = QHBoxLayout(logo_box)
        lb.addWidget(self.preview)
        side = QVBoxLayout()
        side.addWidget(hint)
        side.addLayout(button_row(self.choose_button, self.remove_button, None))
        side.addStretch(1)
        lb.addLayout(side, 1)

        details = QGroupBox(self.tr("Details"))
        dl = QVBoxLayout(details)
        dl.addWidget(self.form)
        column = QVBoxLayout()
        column.addWidget(details)
        column.addWidget(logo_box)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(column, 3)
        layout.addStretch(2)
        if not ctx.can(P.COMPANY_MANAGE):
            for widget in (self.form, self.choose_button, self.remove_button):
                widget.setEnabled(False)
        self._show_logo()

    def _load(self, _key):
        company = svc.get_company(self.ctx)
        self.logo = company.logo
        self.logo_changed = False
        self._show_logo()
        return {"name": company.name, "address": company.address, "phone": company.phone,
                "timezone": company.timezone}, None

    def _save(self, key, values, _version):
        kwargs = dict(values)
        if self.logo_changed:
            kwargs["logo"] = self.logo
            kwargs["logo_filename"] = self.logo_name
        svc.save_company(self.ctx, **kwargs)
        self.ctx.timezone_name = values["timezone"]
        return key

    def refresh(self) -> None:
        self.form.load_record("company")

    # ------------------------------------------------------------------ logo

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), str(Path.home()),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        """Take the picture in *path* as the new logo (saved with Save)."""
        self.logo = Path(path).read_bytes()
        self.logo_name = Path(path).name
        self.logo_changed = True
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo = None
        self.logo_changed = True
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.preview.setPixmap(pixmap.scaled(self.preview.size() * 0.92, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not self.logo else self.tr("Not a picture"))
        self.remove_button.setEnabled(bool(self.logo))
