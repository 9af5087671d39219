"""Filing applications, materials, receipts and the working-day calendar.

Revision ID: 20261123_0006
Revises: 20261123_0005
Create Date: 2026-11-23

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261123_0006"
down_revision: str | Sequence[str] | None = "20261123_0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('HOLIDAY', 'WORKDAY', name='daykind', native_enum=False, length=32), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday')),
    sa.UniqueConstraint('day', name=op.f('uq_holiday_day')),
    sa.UniqueConstraint('uuid', name=op.f('uq_holiday_uuid'))
    )
    op.create_table('receipt_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_receipt_counter'))
    )
    op.create_table('filing_application',
    sa.Column('nursery_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('INITIAL', 'CHANGE', 'CANCELLATION', name='filingkind', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('DRAFT', 'SUBMITTED', 'MATERIALS_CHECK', 'RETURNED_FOR_SUPPLEMENT', 'ACCEPTED', 'VERIFIED', 'NOTIFIED', 'WITHDRAWN', name='filingstate', native_enum=False, length=32), nullable=False),
    sa.Column('channel', sa.Enum('NATIONAL_SYSTEM', 'PAPER', name='filingchannel', native_enum=False, length=32), nullable=False),
    sa.Column('form_data', sa.JSON(), nullable=False),
    sa.Column('commitment_signer', sa.String(length=50), nullable=False),
    sa.Column('commitment_signed_on', sa.Date(), nullable=True),
    sa.Column('national_filing_no', sa.String(length=64), nullable=False),
    sa.Column('national_filed_on', sa.Date(), nullable=True),
    sa.Column('settlement_note', sa.Text(), nullable=False),
    sa.Column('nursery_status_before', sa.Enum('INTAKE', 'REGISTERED', 'FILING', 'FILED', 'OPERATING', 'UNDER_NOTICE', 'CHANGING', 'SUSPENDED', 'CANCELLING', 'CANCELLED', 'CLOSED_UNFILED', name='institutionstatus', native_enum=False, length=32), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('clock_started_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('clock_remaining', sa.Integer(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('receipt_no', sa.String(length=50), nullable=True),
    sa.Column('verification_due_on', sa.Date(), nullable=True),
    sa.Column('verified_at', sa.DateTime(), nullable=True),
    sa.Column('notified_at', sa.DateTime(), nullable=True),
    sa.Column('nonconformity', sa.Text(), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('rule_version', sa.String(length=50), nullable=False),
    sa.Column('calendar_version', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['nursery_id'], ['nursery.id'], name=op.f('fk_filing_application_nursery_id_nursery')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_application')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_filing_application_receipt_no')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_application_uuid'))
    )
    with op.batch_alter_table('filing_application', schema=None) as batch_op:
        batch_op.create_index('ix_filing_application_nursery_state', ['nursery_id', 'state'], unique=False)
        batch_op.create_index('ix_filing_application_state_due', ['state', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_filing_application_verification_due_on'), ['verification_due_on'], unique=False)

    op.create_table('filing_change_item',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=False),
    sa.Column('new_value', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['filing_application.id'], name=op.f('fk_filing_change_item_application_id_filing_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_change_item')),
    sa.UniqueConstraint('application_id', 'field', name=op.f('uq_filing_change_item_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_change_item_uuid'))
    )
    op.create_table('filing_document_issue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('document', sa.Enum('RECEIPT', 'BASIC_CONDITIONS', 'SUPPLEMENT_NOTICE', 'CHANGE_RECEIPT', 'CANCELLATION_RECEIPT', name='documentkind', native_enum=False, length=32), nullable=False),
    sa.Column('copy_no', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['filing_application.id'], name=op.f('fk_filing_document_issue_application_id_filing_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_document_issue')),
    sa.UniqueConstraint('application_id', 'document', 'copy_no', name=op.f('uq_filing_document_issue_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_document_issue_uuid'))
    )
    op.create_table('filing_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('nursery_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.Enum('CREATED', 'ACTION', 'MATERIALS', 'INFO', 'DOCUMENT', name='filingeventkind', native_enum=False, length=32), nullable=False),
    sa.Column('action', sa.Enum('SUBMIT', 'START_CHECK', 'RETURN', 'RESUBMIT', 'ACCEPT', 'VERIFY', 'NOTIFY', 'WITHDRAW', name='filingaction', native_enum=False, length=32), nullable=True),
    sa.Column('from_state', sa.Enum('DRAFT', 'SUBMITTED', 'MATERIALS_CHECK', 'RETURNED_FOR_SUPPLEMENT', 'ACCEPTED', 'VERIFIED', 'NOTIFIED', 'WITHDRAWN', name='filingstate', native_enum=False, length=32), nullable=True),
    sa.Column('to_state', sa.Enum('DRAFT', 'SUBMITTED', 'MATERIALS_CHECK', 'RETURNED_FOR_SUPPLEMENT', 'ACCEPTED', 'VERIFIED', 'NOTIFIED', 'WITHDRAWN', name='filingstate', native_enum=False, length=32), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('rule_version', sa.String(length=50), nullable=False),
    sa.Column('calendar_version', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['filing_application.id'], name=op.f('fk_filing_event_application_id_filing_application')),
    sa.ForeignKeyConstraint(['nursery_id'], ['nursery.id'], name=op.f('fk_filing_event_nursery_id_nursery')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_event_uuid'))
    )
    with op.batch_alter_table('filing_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_filing_event_application_id'), ['application_id'], unique=False)
        batch_op.create_index('ix_filing_event_nursery_at', ['nursery_id', 'at'], unique=False)

    op.create_table('filing_material',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('material_type', sa.Enum('FILING_FORM', 'COMMITMENT', 'LICENCE', 'PREMISES_PROOF', 'STAFF_QUALIFICATION', 'STAFF_HEALTH', 'HYGIENE_EVALUATION', 'FIRE_SAFETY', 'FOOD_LICENCE', 'SETTLEMENT', 'OTHER', name='materialtype', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('provided', sa.Boolean(), nullable=False),
    sa.Column('subtype', sa.Enum('INSPECTION_PASS', 'ACCEPTANCE', 'THIRD_PARTY', 'OTHER', name='fireproofkind', native_enum=False, length=32), nullable=True),
    sa.Column('rating', sa.Enum('QUALIFIED', 'UNQUALIFIED', name='hygienerating', native_enum=False, length=32), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('result', sa.Enum('OK', 'MISSING', 'INVALID', name='materialresult', native_enum=False, length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('checked_by', sa.String(length=64), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['filing_application.id'], name=op.f('fk_filing_material_application_id_filing_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_material')),
    sa.UniqueConstraint('application_id', 'material_type', name=op.f('uq_filing_material_application_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_material_uuid'))
    )
    op.create_table('filing_material_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('material_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['material_id'], ['filing_material.id'], name=op.f('fk_filing_material_file_material_id_filing_material'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_filing_material_file')),
    sa.UniqueConstraint('uuid', name=op.f('uq_filing_material_file_uuid'))
    )
    with op.batch_alter_table('filing_material_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_filing_material_file_material_id'), ['material_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('filing_material_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_filing_material_file_material_id'))

    op.drop_table('filing_material_file')
    op.drop_table('filing_material')
    with op.batch_alter_table('filing_event', schema=None) as batch_op:
        batch_op.drop_index('ix_filing_event_nursery_at')
        batch_op.drop_index(batch_op.f('ix_filing_event_application_id'))

    op.drop_table('filing_event')
    op.drop_table('filing_document_issue')
    op.drop_table('filing_change_item')
    with op.batch_alter_table('filing_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_filing_application_verification_due_on'))
        batch_op.drop_index('ix_filing_application_state_due')
        batch_op.drop_index('ix_filing_application_nursery_state')

    op.drop_table('filing_application')
    op.drop_table('receipt_counter')
    op.drop_table('holiday')
