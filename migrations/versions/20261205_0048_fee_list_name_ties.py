"""收费公示: equal values in the sorted column are listed by the nursery's name in pinyin order (both directions).

The fee list ordered ties by the nursery's id, which reads as random (equal prices, one street, one legal
nature). Each order is still one index walk, on both engines and in both directions (the tie-break goes the
column's way):

- by a fee or 执行日期 (db/repositories/fee_sorted.py): the schedule carries its nursery's name key
  (`nursery_pinyin`, kept by triggers whoever writes, as migration 20261205_0046 does for filing
  applications; not audited state) and the column's index is ordered by the value, then that key;
- by 所属街道, 法人性质 or 普惠: an index of the nursery ordered by the column, then the name key, then the id.
  所属街道 may be empty: its NULLs go where SQLite puts them on both engines (db/planner_hints.nulls_as_on_sqlite),
  so on PostgreSQL that index has the street NULLS FIRST (as migrations 0042 and 0044 do);
- by 超指导价 and 公示 (computed per row, so sorted anyway): ix_nursery_fee_caps carries the name key, so the
  scan that feeds the sort still reads no nursery row.

The name key itself is taken as never NULL (it is filled from the name, which is required, on every write:
db/orm/sort_keys.py), as the registry and 备案管理 take it: its indexes are plain on both engines.

Revision ID: 20261205_0048
Revises: 20261205_0047
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0048"
down_revision: str | Sequence[str] | None = "20261205_0047"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 400  # workstation.domain.pinyin_order.KEY_LENGTH (a test holds them equal)
# The legal natures in declaration order, as enum_rank() writes them (migration 20261123_0003; a test holds
# them equal to workstation.domain.enums.LegalNature).
LEGAL_NATURES = ("PUBLIC_INSTITUTION", "SOCIAL_SERVICE", "FOR_PROFIT", "INDIVIDUAL_BUSINESS", "OTHER")

SCHEDULE_INDEXES = {  # name: (columns now, columns before)
    **{f"ix_fee_schedule_by_{key}": ([column, "nursery_pinyin", "nursery_id", "effective_from", "effective_to"],
                                     [column, "nursery_id", "effective_from", "effective_to"])
       for key, column in (("full_day", "main_full_day_fen"), ("half_day", "main_half_day_fen"),
                           ("hourly", "main_hourly_fen"), ("temporary", "main_temporary_fen"))},
    "ix_fee_schedule_by_start": (["effective_from", "nursery_pinyin", "nursery_id", "effective_to"],
                                 ["effective_from", "nursery_id", "effective_to"]),
}
FEE_CAPS = ("ix_nursery_fee_caps", ["status", "inclusive", "legal_nature", "name_pinyin"],
            ["status", "inclusive", "legal_nature"])
INCLUSIVE_INDEX = ("ix_nursery_inclusive_pinyin", ["inclusive", "name_pinyin", "id"])
# Not declared in db/orm (workstation.db.base._EXPRESSION_INDEXES lists them): shaped per engine.
STREET_INDEX = "ix_nursery_street_pinyin"
RANK_INDEX = "ix_nursery_legal_nature_rank_pinyin"
SQLITE_TRIGGERS = ("fee_schedule_pinyin_ai", "fee_schedule_pinyin_au", "nursery_fee_pinyin_au")


def _rank() -> str:
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(LEGAL_NATURES))
    return f"CASE legal_nature {whens} ELSE -1 END"


def _of_nursery(nursery_id: str) -> str:
    return f"(SELECT name_pinyin FROM nursery WHERE id = {nursery_id})"


def _nursery_indexes(postgresql: bool) -> None:
    op.create_index(INCLUSIVE_INDEX[0], "nursery", INCLUSIVE_INDEX[1])
    street = "street_id NULLS FIRST" if postgresql else "street_id"
    # PostgreSQL wants an expression index's expression in parentheses (as migration 20261123_0003).
    rank = f"({_rank()})" if postgresql else _rank()
    op.execute(f"CREATE INDEX {STREET_INDEX} ON nursery ({street}, name_pinyin, id)")
    op.execute(f"CREATE INDEX {RANK_INDEX} ON nursery ({rank}, name_pinyin, id)")


def _sqlite_triggers(bind) -> None:
    own = f"UPDATE fee_schedule SET nursery_pinyin = {_of_nursery('new.nursery_id')} WHERE id = new.id;"
    follow = "UPDATE fee_schedule SET nursery_pinyin = new.name_pinyin WHERE nursery_id = new.id;"
    bind.exec_driver_sql(f"CREATE TRIGGER fee_schedule_pinyin_ai AFTER INSERT ON fee_schedule BEGIN {own} END")
    bind.exec_driver_sql(f"CREATE TRIGGER fee_schedule_pinyin_au AFTER UPDATE OF nursery_id ON fee_schedule "
                         f"BEGIN {own} END")
    bind.exec_driver_sql("CREATE TRIGGER nursery_fee_pinyin_au AFTER UPDATE OF name_pinyin ON nursery "
                         f"WHEN old.name_pinyin IS NOT new.name_pinyin BEGIN {follow} END")


def _server_triggers() -> None:
    op.execute("CREATE FUNCTION ws_fee_schedule_pinyin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"NEW.nursery_pinyin := {_of_nursery('NEW.nursery_id')}; RETURN NEW; END $$")
    op.execute("CREATE TRIGGER fee_schedule_pinyin BEFORE INSERT OR UPDATE OF nursery_id ON fee_schedule "
               "FOR EACH ROW EXECUTE FUNCTION ws_fee_schedule_pinyin()")
    op.execute("CREATE FUNCTION ws_nursery_fee_pinyin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "UPDATE fee_schedule SET nursery_pinyin = NEW.name_pinyin WHERE nursery_id = NEW.id; "
               "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER nursery_fee_pinyin AFTER UPDATE OF name_pinyin ON nursery FOR EACH ROW "
               "WHEN (OLD.name_pinyin IS DISTINCT FROM NEW.name_pinyin) EXECUTE FUNCTION ws_nursery_fee_pinyin()")


def upgrade() -> None:
    bind = op.get_bind()
    postgresql = bind.dialect.name == "postgresql"
    op.add_column("fee_schedule", sa.Column("nursery_pinyin", sa.String(KEY_LENGTH), nullable=True))
    bind.exec_driver_sql(f"UPDATE fee_schedule SET nursery_pinyin = {_of_nursery('fee_schedule.nursery_id')}")
    for name, (columns, _before) in SCHEDULE_INDEXES.items():
        op.drop_index(name, table_name="fee_schedule")
        op.create_index(name, "fee_schedule", columns)
    op.drop_index(FEE_CAPS[0], table_name="nursery")
    op.create_index(FEE_CAPS[0], "nursery", FEE_CAPS[1])
    _nursery_indexes(postgresql)
    if postgresql:
        _server_triggers()
    else:
        _sqlite_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS nursery_fee_pinyin ON nursery")
        op.execute("DROP TRIGGER IF EXISTS fee_schedule_pinyin ON fee_schedule")
        op.execute("DROP FUNCTION IF EXISTS ws_nursery_fee_pinyin()")
        op.execute("DROP FUNCTION IF EXISTS ws_fee_schedule_pinyin()")
    for name in (RANK_INDEX, STREET_INDEX, INCLUSIVE_INDEX[0]):
        op.drop_index(name, table_name="nursery")
    op.drop_index(FEE_CAPS[0], table_name="nursery")
    op.create_index(FEE_CAPS[0], "nursery", FEE_CAPS[2])
    for name, (_columns, before) in SCHEDULE_INDEXES.items():
        op.drop_index(name, table_name="fee_schedule")
        op.create_index(name, "fee_schedule", before)
    # Plain ALTER TABLE (not a batch copy, which would drop the table's triggers): the column is in no
    # index or trigger any more.
    bind.exec_driver_sql("ALTER TABLE fee_schedule DROP COLUMN nursery_pinyin")
