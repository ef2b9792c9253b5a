"""Performance scoring: point rules, the customer-service chat reviews, attendance and house rules, KPIs, templates, month close."""
