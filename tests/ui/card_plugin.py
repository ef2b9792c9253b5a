"""A plugin for the shell's tests: dashboard cards (one raises), a search provider and an
action."""

from suite.plugin_api import Action, CardValue, DashboardCard, SearchProvider, hookimpl

NAME = "cards"
TITLE = "Cards"
VERSION = "1.0"
API_VERSION = "1.0"

RAN: list[str] = []


@hookimpl
def suite_dashboard_cards():
    return [
        DashboardCard("cards.orders", "Orders today", "tests.ui.card_plugin:orders_today", page="core.customers", order=1),
        DashboardCard("cards.broken", "Broken figure", "tests.ui.card_plugin:broken", order=2),
        DashboardCard("cards.late", "Late deliveries", "tests.ui.card_plugin:late", order=3),
        DashboardCard("cards.secret", "Secret figure", "tests.ui.card_plugin:late", permission="users.manage", order=4),
    ]


@hookimpl
def suite_search_providers():
    return [SearchProvider("cards.broken", "Broken search", "tests.ui.card_plugin:broken_search")]


@hookimpl
def suite_actions():
    return [Action("cards.hello", "Say hello", "tests.ui.card_plugin:hello", menu="tools")]


def orders_today(ctx):
    return CardValue("42", "orders taken today", trend=(3, 5, 4, 8, 12), level="good")


def broken(ctx):
    raise RuntimeError("the figure cannot be computed")


def late(ctx):
    return CardValue("3", "deliveries late", level="danger")


def broken_search(ctx, text, limit):
    raise RuntimeError("search index is gone")


def hello(ctx, parent):
    RAN.append(ctx.user.username)
