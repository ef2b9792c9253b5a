"""The core services a plugin may call: customers, areas, staff, company settings, audit,
files kept in the database (attachments), reading a table from a CSV or XLSX file
(:func:`read_rows`, :func:`map_headers`).

Every function takes the Context first and checks the acting user's permissions itself.
A plugin that hands customers' phone numbers or addresses on (a list, a view, a search hit, a
report) masks them with :func:`pii` (``core.pii(ctx).phone(value)``, ``.phone_sql(column)``,
``.phone_match(column, typed)``): see ``docs/plugins.md``, "Personal data".
"""

from suite.core.attachments import AttachmentView, attachment_data, attachment_info, save_attachment
from suite.core.audit import AuditEntry, audit_entries, record as audit_record, record_many as audit_record_many
from suite.core.company import Company, get_company, get_setting, get_settings, set_setting
from suite.core.customers import (
    AddressInput,
    AddressView,
    AreaView,
    CustomerInput,
    CustomerView,
    PhoneInput,
    PhoneView,
    create_customer,
    find_by_phone,
    format_phone,
    get_customer,
    get_customers,
    list_areas,
    mask_address,
    mask_phone,
    normalise_phone,
    resolve_area,
    save_area,
    search_customers,
    update_customer,
)
from suite.core.pii import PersonalData, mask_address_sql, mask_phone_sql, phone_digits, pii
from suite.core.models import Area, Customer, CustomerAddress, CustomerPhone, Department, Staff, User
from suite.core.permissions import (
    AREAS_MANAGE,
    BUILTIN_DEPARTMENTS,
    BUILTIN_ROLES,
    CUSTOMERS_EDIT,
    CUSTOMERS_VIEW,
    CUSTOMERS_VIEW_PII,
    STAFF_MANAGE,
    STAFF_VIEW,
)
from suite.core.staff import DepartmentView, StaffView, department_id, get_staff, list_departments, list_staff, save_staff
from suite.core.tabular import decode_csv, map_headers, read_rows
from suite.core.users import create_user, login, user_context

__all__ = [
    "AttachmentView", "attachment_data", "attachment_info", "save_attachment",
    "AuditEntry", "audit_entries", "audit_record", "audit_record_many",
    "Company", "get_company", "get_setting", "get_settings", "set_setting",
    "AddressInput", "AddressView", "AreaView", "CustomerInput", "CustomerView", "PhoneInput", "PhoneView",
    "create_customer", "find_by_phone", "format_phone", "get_customer", "get_customers", "list_areas",
    "mask_address", "mask_phone", "normalise_phone", "resolve_area", "save_area", "search_customers",
    "update_customer",
    "PersonalData", "mask_address_sql", "mask_phone_sql", "phone_digits", "pii",
    "Area", "Customer", "CustomerAddress", "CustomerPhone", "Department", "Staff", "User",
    "AREAS_MANAGE", "BUILTIN_DEPARTMENTS", "BUILTIN_ROLES", "CUSTOMERS_EDIT", "CUSTOMERS_VIEW",
    "CUSTOMERS_VIEW_PII", "STAFF_MANAGE", "STAFF_VIEW",
    "DepartmentView", "StaffView", "department_id", "get_staff", "list_departments", "list_staff", "save_staff",
    "create_user", "login", "user_context",
    "decode_csv", "map_headers", "read_rows",
]
