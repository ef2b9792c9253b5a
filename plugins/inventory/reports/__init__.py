"""Printable documents of the inventory plugin."""
