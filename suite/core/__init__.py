"""Core entities every plugin shares: users, roles, staff, customers, settings, the audit log."""
