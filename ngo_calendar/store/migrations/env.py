"""Alembic environment: the engine comes from the caller (Database.open_url), not from a URL."""

from alembic import context

from ngo_calendar.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
    )
    with context.begin_transaction():
        context.run_migrations()
