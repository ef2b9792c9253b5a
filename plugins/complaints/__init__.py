"""Complaints and after-sales: intake, severity and SLA clocks, responsibility, follow-up."""
