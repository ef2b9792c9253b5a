"""Alembic revisions of the order desk (branch "orders")."""
