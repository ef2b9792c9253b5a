"""Global search over customers (Ctrl+K)."""

from __future__ import annotations

from suite.core.customers import search_customers as _search
from suite.plugin_api.context import Context
from suite.plugin_api.records import SearchHit


def search_customers(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    hits = []
    for c in _search(ctx, text, limit=limit):
        address = c.default_address.address if c.default_address else ""
        hits.append(SearchHit(c.name, " · ".join(x for x in (c.primary_phone, address) if x), page="core.customers", key=c.id))
    return hits
