"""The domain-event hooks: each only notes what happened (one small row) inside the writer's
transaction. No rule runs there; the evaluation reads the notes apart."""

from __future__ import annotations

from suite_plugins.scoring.services.sources import note_event


def order(event: str, ctx, session, order_id) -> None:
    note_event(ctx, session, event, order_id)


def complaint(event: str, ctx, session, complaint_id) -> None:
    note_event(ctx, session, event, complaint_id)
