"""The filing queues ordered and counted from the applications' own deadline indexes (issues #14, #17, #20).

Each queue lists applications of open nurseries by deadline, then the nursery's name in pinyin order.
The name and whether the nursery is closed lived only on the nursery row: every candidate of a day was
joined to its nursery (~770 receipts due on one day at 100,000 nurseries, a wide nursery page each,
decrypted again on an encrypted file after every commit at another desk), and the counts took closed
nurseries off with a second statement. Each application now carries its nursery's name key and whether
the nursery is open, kept by triggers whoever writes (services, demo, imports, restore, copy to a server),
and the deadline indexes carry them: a queue's first entries are one range of a wide index in the queue's
order, its count one range of a narrow one (the wide ones cost twice the pages to count in).
Not audited state (they follow from the nursery), so not in the record hashes.

Revision ID: 20261205_0046
Revises: 20261205_0045
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0046"
down_revision: str | Sequence[str] | None = "20261205_0045"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# workstation.domain.counting.CLOSED as of this revision (a test holds them equal).
CLOSED = ("CANCELLED", "CLOSED_UNFILED")
KEY_LENGTH = 400  # workstation.domain.pinyin_order.KEY_LENGTH (a test holds them equal)
INDEXES = {  # name: (columns now, columns before: None when new)
    "ix_filing_application_state_due": (["state", "due_on", "nursery_open"], ["state", "due_on", "nursery_id"]),
    "ix_filing_application_state_verification": (["state", "verification_due_on", "kind", "nursery_open"],
                                                 ["state", "verification_due_on", "kind", "nursery_id"]),
    "ix_filing_application_due_queue": (["state", "due_on", "nursery_pinyin", "nursery_open"], None),
    "ix_filing_application_verification_queue": (
        ["state", "verification_due_on", "nursery_pinyin", "kind", "nursery_open"], None),
}
SQLITE_TRIGGERS = ("filing_queue_keys_ai", "filing_queue_keys_au", "nursery_queue_keys_au")


def _open(status: str) -> str:
    shut = ", ".join(f"'{s}'" for s in CLOSED)
    return f"CASE WHEN {status} IN ({shut}) THEN 0 ELSE 1 END"


def _of_nursery(nursery_id: str) -> tuple[str, str]:
    """(open, name key) of nursery `nursery_id`, as SQL expressions."""
    return (f"coalesce((SELECT {_open('status')} FROM nursery WHERE id = {nursery_id}), 1)",
            f"(SELECT name_pinyin FROM nursery WHERE id = {nursery_id})")


def upgrade() -> None:
    op.add_column("filing_application", sa.Column("nursery_open", sa.Integer(), server_default=sa.text("1"),
                                                  nullable=False))
    op.add_column("filing_application", sa.Column("nursery_pinyin", sa.String(KEY_LENGTH), nullable=True))
    bind = op.get_bind()
    is_open, pinyin = _of_nursery("filing_application.nursery_id")
    bind.exec_driver_sql(f"UPDATE filing_application SET nursery_open = {is_open}, nursery_pinyin = {pinyin}")
    for name, (columns, before) in INDEXES.items():
        if before is not None:
            op.drop_index(name, table_name="filing_application")
        op.create_index(name, "filing_application", columns)
    changed = (f"({_open('old.status')}) <> ({_open('new.status')}) "
               "OR old.name_pinyin IS DISTINCT FROM new.name_pinyin")
    follow = (f"UPDATE filing_application SET nursery_open = {_open('new.status')}, "
              "nursery_pinyin = new.name_pinyin WHERE nursery_id = new.id;")
    if bind.dialect.name == "sqlite":
        is_open, pinyin = _of_nursery("new.nursery_id")
        own = f"UPDATE filing_application SET nursery_open = {is_open}, nursery_pinyin = {pinyin} WHERE id = new.id;"
        bind.exec_driver_sql(f"CREATE TRIGGER filing_queue_keys_ai AFTER INSERT ON filing_application BEGIN {own} END")
        bind.exec_driver_sql(f"CREATE TRIGGER filing_queue_keys_au AFTER UPDATE OF nursery_id ON filing_application "
                             f"BEGIN {own} END")
        bind.exec_driver_sql(f"CREATE TRIGGER nursery_queue_keys_au AFTER UPDATE OF status, name_pinyin ON nursery "
                             f"WHEN {changed.replace('IS DISTINCT FROM', 'IS NOT')} BEGIN {follow} END")
        return
    is_open, pinyin = _of_nursery("NEW.nursery_id")
    op.execute("CREATE FUNCTION ws_filing_queue_keys() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"NEW.nursery_open := {is_open}; NEW.nursery_pinyin := {pinyin}; RETURN NEW; END $$")
    op.execute("CREATE TRIGGER filing_queue_keys BEFORE INSERT OR UPDATE OF nursery_id ON filing_application "
               "FOR EACH ROW EXECUTE FUNCTION ws_filing_queue_keys()")
    op.execute("CREATE FUNCTION ws_nursery_queue_keys() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"{follow.replace('new.', 'NEW.')} RETURN NULL; END $$")
    op.execute(f"CREATE TRIGGER nursery_queue_keys AFTER UPDATE OF status, name_pinyin ON nursery FOR EACH ROW "
               f"WHEN ({changed.replace('old.', 'OLD.').replace('new.', 'NEW.')}) "
               f"EXECUTE FUNCTION ws_nursery_queue_keys()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS nursery_queue_keys ON nursery")
        op.execute("DROP TRIGGER IF EXISTS filing_queue_keys ON filing_application")
        op.execute("DROP FUNCTION IF EXISTS ws_nursery_queue_keys()")
        op.execute("DROP FUNCTION IF EXISTS ws_filing_queue_keys()")
    for name, (_columns, before) in INDEXES.items():
        op.drop_index(name, table_name="filing_application")
        if before is not None:
            op.create_index(name, "filing_application", before)
    bind.exec_driver_sql("ALTER TABLE filing_application DROP COLUMN nursery_pinyin")
    bind.exec_driver_sql("ALTER TABLE filing_application DROP COLUMN nursery_open")
