"""The administration pages of the core (customers, staff, users, company, plugins, audit, backup)."""
