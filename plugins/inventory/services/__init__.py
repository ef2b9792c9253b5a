"""The rules of the inventory plugin (no Qt): every front end goes through these modules."""
