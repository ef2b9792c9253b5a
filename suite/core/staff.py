"""Departments and staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from suite.core import permissions as P
from suite.core.models import Department, Staff
from suite.core.validation import MAX_NOTES, clean_text, get_row, lookup_text, shown, valid_id
from suite.plugin_api.context import Context
from suite.plugin_api.errors import NotFound, ValidationError, check_version
from suite.plugin_api.i18n import domain

T = domain("core")


@dataclass(frozen=True)
class DepartmentView:
    """A department: built-in ones carry a ``code`` (``delivery``, ``customer_service``...)."""
    id: int
    code: str | None
    name: str
    archived: bool
    version: int = 0

    @property
    def label(self) -> str:
        if self.code in P.BUILTIN_DEPARTMENTS and self.name == self.code:
            return str(P.BUILTIN_DEPARTMENTS[self.code])
        return self.name


@dataclass(frozen=True)
class StaffView:
    """A staff member with the department's code and name."""
    id: int
    name: str
    phone: str
    department_id: int | None
    department_code: str | None
    department: str
    position: str
    hired_on: dt.date | None
    notes: str
    archived: bool
    version: int


def ensure_departments(ctx: Context) -> None:
    with ctx.as_system().unit_of_work() as s:
        have = set(s.scalars(select(Department.code).where(Department.code.is_not(None))))
        for code in P.BUILTIN_DEPARTMENTS:
            if code not in have:
                s.add(Department(code=code, name=code))


def list_departments(ctx: Context, include_archived: bool = False) -> list[DepartmentView]:
    """Departments by name (``staff.view``)."""
    ctx.require(P.STAFF_VIEW)
    with ctx.read() as s:
        stmt = select(Department).order_by(Department.id)
        if not include_archived:
            stmt = stmt.where(Department.archived.is_(False))
        return [DepartmentView(d.id, d.code, d.name, d.archived, d.version) for d in s.scalars(stmt)]


def department_id(ctx: Context, code: str) -> int:
    """The id of the department with this built-in *code*; NotFound when there is none."""
    key = lookup_text(code, 40)
    with ctx.read() as s:
        found = s.scalar(select(Department.id).where(Department.code == key)) if key else None
    if found is None:
        raise NotFound(T("There is no department \u201c{code}\u201d.", code=shown(code)))
    return found


def save_department(ctx: Context, name: str, *, department_id: int | None = None, archived: bool | None = None,
                    expected_version: int | None = None) -> int:
    """Create (``department_id=None``) or rename/archive a department
    (``expected_version``: the version the caller read, a TypeError without it; ConflictError
    if someone saved it since)."""
    ctx.require(P.STAFF_MANAGE)
    errors: dict[str, object] = {}
    name = clean_text(errors, "name", name, 100, required=T("A department needs a name."))
    if errors:
        raise ValidationError(fields=errors)
    if department_id is not None and not valid_id(department_id):
        raise NotFound(T("That department no longer exists."))
    with ctx.unit_of_work() as s:
        clash = s.scalar(select(Department.id).where(Department.name == name, Department.id != (department_id or 0)))
        if clash:
            raise ValidationError(fields={"name": T("A department called \u201c{name}\u201d exists already.", name=name)})
        if department_id is None:
            dep = Department(name=name)
            s.add(dep)
        else:
            dep = s.get(Department, department_id)
            if dep is None:
                raise NotFound(T("That department no longer exists."))
            check_version(dep, expected_version)
            dep.name = name
            if archived is not None:
                dep.archived = archived
        s.flush()
        return dep.id


def _view(staff: Staff, dep: Department | None) -> StaffView:
    label = DepartmentView(dep.id, dep.code, dep.name, dep.archived).label if dep else ""
    return StaffView(staff.id, staff.name, staff.phone, staff.department_id, dep.code if dep else None, label,
                     staff.position, staff.hired_on, staff.notes, staff.archived, staff.version)


def list_staff(ctx: Context, *, department: str | None = None, include_archived: bool = False) -> list[StaffView]:
    """Staff members in pinyin order, optionally of one department (by code, e.g. ``delivery``)."""
    ctx.require(P.STAFF_VIEW)
    with ctx.read() as s:
        stmt = select(Staff, Department).outerjoin(Department, Department.id == Staff.department_id).order_by(Staff.name_pinyin, Staff.id)
        if department:
            stmt = stmt.where(Department.code == (lookup_text(department, 40) or ""))
        if not include_archived:
            stmt = stmt.where(Staff.archived.is_(False))
        return [_view(st, dep) for st, dep in s.execute(stmt)]


def get_staff(ctx: Context, staff_id: int) -> StaffView:
    """One staff member (``staff.view``); NotFound ("That staff member no longer exists.") for
    an id that does not exist."""
    ctx.require(P.STAFF_VIEW)
    if not valid_id(staff_id):
        raise NotFound(T("That staff member no longer exists."))
    with ctx.read() as s:
        row = s.execute(select(Staff, Department).outerjoin(Department, Department.id == Staff.department_id)
                        .where(Staff.id == staff_id)).first()
        if row is None:
            raise NotFound(T("That staff member no longer exists."))
        return _view(*row)  # inside the session: the rows expire when it ends


def save_staff(ctx: Context, *, staff_id: int | None = None, name: str, phone: str = "", department_id: int | None = None,
               position: str = "", hired_on: dt.date | None = None, notes: str = "", archived: bool = False,
               expected_version: int | None = None) -> int:
    """Create (``staff_id=None``) or change a staff member
    (``expected_version``: the version the caller read, a TypeError without it; ConflictError
    if someone saved it since)."""
    ctx.require(P.STAFF_MANAGE)
    errors: dict[str, object] = {}
    name = clean_text(errors, "name", name, 100, required=T("Enter the person's name."))
    phone = clean_text(errors, "phone", phone, 40)
    position = clean_text(errors, "position", position, 100)
    notes = clean_text(errors, "notes", notes, MAX_NOTES, strip=False)
    if hired_on is not None and (not isinstance(hired_on, dt.date) or isinstance(hired_on, dt.datetime)):
        errors["hired_on"] = T("Enter a date.")
    if department_id is not None and not valid_id(department_id):
        errors["department_id"] = T("That department no longer exists.")
    if staff_id is not None and not valid_id(staff_id):
        raise NotFound(T("That staff member no longer exists."))
    if phone and "phone" not in errors:
        from suite.core.customers import normalise_phone

        try:
            phone = normalise_phone(phone)
        except ValidationError as exc:
            errors["phone"] = exc.message
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if department_id is not None and s.get(Department, department_id) is None:
            raise ValidationError(fields={"department_id": T("That department no longer exists.")})
        if staff_id is None:
            staff = Staff()
            s.add(staff)
        else:
            staff = s.get(Staff, staff_id)
            if staff is None:
                raise NotFound(T("That staff member no longer exists."))
            check_version(staff, expected_version)
        staff.name, staff.phone, staff.department_id = name, phone, department_id
        staff.position, staff.hired_on, staff.notes, staff.archived = position, hired_on, notes, bool(archived)
        s.flush()
        ctx.emit("suite_staff_did_save", staff_id=staff.id, created=staff_id is None)
        return staff.id
