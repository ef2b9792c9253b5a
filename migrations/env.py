"""The one Alembic environment of the suite, shared by the core branch and every plugin's.

The suite's migration runner (suite/migrate.py) calls Alembic with ``config.attributes``
naming the branch (its folder, version table and table prefix) and an open connection in a
transaction; this file only configures the context from them.
"""

from alembic import context

from suite.migrate import include_object_for, version_table



def render_item(type_, obj, autogen_context):
    """Render the suite's column types through the plugin API, which migrations may import."""
    if type_ == "type" and type(obj).__module__ == "suite.db.base":
        autogen_context.imports.add("import suite.plugin_api.db")
        return f"suite.plugin_api.db.{type(obj).__name__}()"
    return False


config = context.config
loc = config.attributes["location"]
connection = config.attributes["connection"]
metadata = config.attributes["metadata"]

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=version_table(loc),
    include_object=include_object_for(loc),
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
    on_version_apply=config.attributes.get("on_version_apply"),
    render_item=render_item,
)

with context.begin_transaction():
    context.run_migrations()
