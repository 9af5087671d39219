"""Inspection templates, inspections, findings and rectification.

Revision ID: 20261123_0007
Revises: 20261123_0006
Create Date: 2026-11-23

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261123_0007"
down_revision: str | Sequence[str] | None = "20261123_0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('checklist_template',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('department', sa.Enum('HEALTH', 'HEALTH_SUPERVISION', 'MCH', 'FIRE', 'MARKET', 'POLICE', 'HOUSING', 'EMERGENCY', 'EDUCATION', 'STREET', name='inspectingdeptkind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('edit_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template')),
    sa.UniqueConstraint('key', 'revision', name=op.f('uq_checklist_template_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_template_uuid'))
    )
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.create_index('ix_checklist_template_current', ['key', 'is_current'], unique=False)

    op.create_table('notice_counter',
    sa.Column('series', sa.String(length=30), nullable=False),
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_notice_counter'))
    )
    op.create_table('checklist_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('severity', sa.Enum('GENERAL', 'SERIOUS', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('department', sa.Enum('HEALTH', 'HEALTH_SUPERVISION', 'MCH', 'FIRE', 'MARKET', 'POLICE', 'HOUSING', 'EMERGENCY', 'EDUCATION', 'STREET', name='inspectingdeptkind', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_checklist_item_template_id_checklist_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_item_uuid'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_template_id'), ['template_id'], unique=False)

    op.create_table('inspection',
    sa.Column('nursery_id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('ROUTINE', 'CAMPAIGN', 'RANDOM', 'JOINT', 'COMPLAINT', 'FILING_VERIFICATION', 'RECHECK', name='inspectionkind', native_enum=False, length=32), nullable=False),
    sa.Column('departments', sa.JSON(), nullable=False),
    sa.Column('inspectors', sa.JSON(), nullable=False),
    sa.Column('templates', sa.JSON(), nullable=False),
    sa.Column('state', sa.Enum('PLANNED', 'IN_PROGRESS', 'RECORDED', 'CLOSED_QUALIFIED', 'RECTIFICATION_REQUIRED', 'CLOSED_AFTER_RECTIFICATION', 'ESCALATED', 'CANCELLED', name='inspectionstate', native_enum=False, length=32), nullable=False),
    sa.Column('overall', sa.Enum('QUALIFIED', 'RECTIFY', 'UNQUALIFIED', name='overallresult', native_enum=False, length=32), nullable=True),
    sa.Column('suggested_overall', sa.Enum('QUALIFIED', 'RECTIFY', 'UNQUALIFIED', name='overallresult', native_enum=False, length=32), nullable=True),
    sa.Column('escalation', sa.Enum('SUSPEND', 'REFER', 'NOTICE', 'CREDIT', name='escalation', native_enum=False, length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('inspector_signatures', sa.JSON(), nullable=False),
    sa.Column('inspectors_signed_on', sa.Date(), nullable=True),
    sa.Column('representative', sa.String(length=50), nullable=False),
    sa.Column('representative_signed_on', sa.Date(), nullable=True),
    sa.Column('previous_inspection_id', sa.Integer(), nullable=True),
    sa.Column('notice_no', sa.String(length=60), nullable=True),
    sa.Column('notice_issued_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('rule_version', sa.String(length=50), nullable=False),
    sa.Column('calendar_version', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['nursery_id'], ['nursery.id'], name=op.f('fk_inspection_nursery_id_nursery')),
    sa.ForeignKeyConstraint(['previous_inspection_id'], ['inspection.id'], name=op.f('fk_inspection_previous_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection')),
    sa.UniqueConstraint('notice_no', name=op.f('uq_inspection_notice_no')),
    sa.UniqueConstraint('uuid', name=op.f('uq_inspection_uuid'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_nursery_date', ['nursery_id', 'inspected_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_previous_inspection_id'), ['previous_inspection_id'], unique=False)
        batch_op.create_index('ix_inspection_recorded_by_date', ['recorded_by', 'inspected_on'], unique=False)
        batch_op.create_index('ix_inspection_state', ['state'], unique=False)

    op.create_table('finding',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('nursery_id', sa.Integer(), nullable=False),
    sa.Column('department', sa.Enum('HEALTH', 'HEALTH_SUPERVISION', 'MCH', 'FIRE', 'MARKET', 'POLICE', 'HOUSING', 'EMERGENCY', 'EDUCATION', 'STREET', name='inspectingdeptkind', native_enum=False, length=32), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('severity', sa.Enum('GENERAL', 'SERIOUS', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('result', sa.Enum('PASS', 'PARTIAL', 'FAIL', 'NA', name='itemresult', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('ISSUED', 'SUBMITTED', 'CLOSED', 'OVERDUE', 'ESCALATED', name='rectificationstate', native_enum=False, length=32), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('deadline_rule', sa.String(length=30), nullable=False),
    sa.Column('notice_no', sa.String(length=60), nullable=False),
    sa.Column('reissue_count', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by_inspection_id', sa.Integer(), nullable=True),
    sa.Column('escalation', sa.Enum('SUSPEND', 'REFER', 'NOTICE', 'CREDIT', name='escalation', native_enum=False, length=32), nullable=True),
    sa.Column('escalated_on', sa.Date(), nullable=True),
    sa.Column('escalation_note', sa.Text(), nullable=False),
    sa.Column('rule_version', sa.String(length=50), nullable=False),
    sa.Column('calendar_version', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['closed_by_inspection_id'], ['inspection.id'], name=op.f('fk_finding_closed_by_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_finding_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['nursery_id'], ['nursery.id'], name=op.f('fk_finding_nursery_id_nursery')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding')),
    sa.UniqueConstraint('uuid', name=op.f('uq_finding_uuid'))
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index('ix_finding_inspection', ['inspection_id'], unique=False)
        batch_op.create_index('ix_finding_nursery_state', ['nursery_id', 'state'], unique=False)
        batch_op.create_index('ix_finding_state_deadline', ['state', 'deadline'], unique=False)

    op.create_table('finding_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('nursery_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('action', sa.Enum('REPORT', 'RECHECK_PASS', 'RECHECK_FAIL', 'EXPIRE', 'ESCALATE', name='rectificationaction', native_enum=False, length=32), nullable=True),
    sa.Column('from_state', sa.Enum('ISSUED', 'SUBMITTED', 'CLOSED', 'OVERDUE', 'ESCALATED', name='rectificationstate', native_enum=False, length=32), nullable=True),
    sa.Column('to_state', sa.Enum('ISSUED', 'SUBMITTED', 'CLOSED', 'OVERDUE', 'ESCALATED', name='rectificationstate', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_finding_event_finding_id_finding'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_finding_event_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['nursery_id'], ['nursery.id'], name=op.f('fk_finding_event_nursery_id_nursery')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_finding_event_uuid'))
    )
    with op.batch_alter_table('finding_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_event_finding_id'), ['finding_id'], unique=False)
        batch_op.create_index('ix_finding_event_nursery_at', ['nursery_id', 'at'], unique=False)

    op.create_table('inspection_item_result',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('template_item_id', sa.Integer(), nullable=True),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('severity', sa.Enum('GENERAL', 'SERIOUS', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('department', sa.Enum('HEALTH', 'HEALTH_SUPERVISION', 'MCH', 'FIRE', 'MARKET', 'POLICE', 'HOUSING', 'EMERGENCY', 'EDUCATION', 'STREET', name='inspectingdeptkind', native_enum=False, length=32), nullable=False),
    sa.Column('result', sa.Enum('PASS', 'PARTIAL', 'FAIL', 'NA', name='itemresult', native_enum=False, length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('photos', sa.JSON(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('deadline_rule', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_inspection_item_result_finding_id_finding')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_item_result_inspection_id_inspection'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_item_id'], ['checklist_item.id'], name=op.f('fk_inspection_item_result_template_item_id_checklist_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_item_result')),
    sa.UniqueConstraint('uuid', name=op.f('uq_inspection_item_result_uuid'))
    )
    with op.batch_alter_table('inspection_item_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_item_result_finding_id'), ['finding_id'], unique=False)
        batch_op.create_index('ix_inspection_item_result_inspection', ['inspection_id', 'position'], unique=False)

    op.create_table('rectification_report',
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_rectification_report_finding_id_finding'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectification_report')),
    sa.UniqueConstraint('uuid', name=op.f('uq_rectification_report_uuid'))
    )
    with op.batch_alter_table('rectification_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectification_report_finding_id'), ['finding_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rectification_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_report_finding_id'))

    op.drop_table('rectification_report')
    with op.batch_alter_table('inspection_item_result', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_item_result_inspection')
        batch_op.drop_index(batch_op.f('ix_inspection_item_result_finding_id'))

    op.drop_table('inspection_item_result')
    with op.batch_alter_table('finding_event', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_event_nursery_at')
        batch_op.drop_index(batch_op.f('ix_finding_event_finding_id'))

    op.drop_table('finding_event')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_state_deadline')
        batch_op.drop_index('ix_finding_nursery_state')
        batch_op.drop_index('ix_finding_inspection')

    op.drop_table('finding')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_state')
        batch_op.drop_index('ix_inspection_recorded_by_date')
        batch_op.drop_index(batch_op.f('ix_inspection_previous_inspection_id'))
        batch_op.drop_index('ix_inspection_nursery_date')

    op.drop_table('inspection')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_template_id'))

    op.drop_table('checklist_item')
    op.drop_table('notice_counter')
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_template_current')

    op.drop_table('checklist_template')
