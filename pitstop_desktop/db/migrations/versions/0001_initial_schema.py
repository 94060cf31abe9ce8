"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 23:37:26.572665
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('business_calendar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('workdays', sa.String(length=20), nullable=False),
    sa.Column('opens', sa.String(length=5), nullable=False),
    sa.Column('closes', sa.String(length=5), nullable=False),
    sa.Column('holiday_country', sa.String(length=8), nullable=True),
    sa.Column('warning_ratio', sa.Float(), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_calendar'))
    )
    op.create_table('calendar_exceptions',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_exceptions'))
    )
    op.create_table('change_feed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.BigInteger(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_feed'))
    )
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_feed_revision'), ['revision'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('consulting', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('code', name=op.f('uq_clients_code'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_phone'), ['phone'], unique=False)

    op.create_table('counters',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('sla_classes',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('target_minutes', sa.Integer(), nullable=False),
    sa.Column('clock', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_sla_classes'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('login', name=op.f('uq_staff_login'))
    )
    op.create_table('tabs',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=16), nullable=True),
    sa.Column('gated', sa.Boolean(), nullable=False),
    sa.Column('only_channel', sa.String(length=16), nullable=True),
    sa.Column('excluded_kinds', sa.String(length=200), nullable=False),
    sa.Column('excluded_sla', sa.String(length=200), nullable=False),
    sa.Column('management_only_from_other_sectors', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_tabs'))
    )
    op.create_table('occurrences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.BigInteger(), nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('tab', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sla_class', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tab_since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('opened_by_id', sa.Integer(), nullable=False),
    sa.Column('faq_code', sa.String(length=16), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=True),
    sa.Column('complementary_of_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff.id'], name=op.f('fk_occurrences_assignee_id_staff')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_occurrences_client_id_clients')),
    sa.ForeignKeyConstraint(['complementary_of_id'], ['occurrences.id'], name=op.f('fk_occurrences_complementary_of_id_occurrences')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['staff.id'], name=op.f('fk_occurrences_opened_by_id_staff')),
    sa.ForeignKeyConstraint(['sla_class'], ['sla_classes.code'], name=op.f('fk_occurrences_sla_class_sla_classes')),
    sa.ForeignKeyConstraint(['tab'], ['tabs.code'], name=op.f('fk_occurrences_tab_tabs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occurrences')),
    sa.UniqueConstraint('number', name=op.f('uq_occurrences_number')),
    sa.UniqueConstraint('request_id', name=op.f('uq_occurrences_request_id'))
    )
    with op.batch_alter_table('occurrences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occurrences_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_occurrences_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_occurrences_complementary_of_id'), ['complementary_of_id'], unique=False)
        batch_op.create_index('ix_occurrences_status_opened', ['status', 'opened_at'], unique=False)
        batch_op.create_index('ix_occurrences_tab_status', ['tab', 'status'], unique=False)

    op.create_table('presence_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_presence_events_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presence_events'))
    )
    with op.batch_alter_table('presence_events', schema=None) as batch_op:
        batch_op.create_index('ix_presence_staff_at', ['staff_id', 'at'], unique=False)

    op.create_table('roster',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('shift_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('shift_end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lunch_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lunch_end', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_roster_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster')),
    sa.UniqueConstraint('staff_id', 'day', name='uq_roster_staff_day')
    )
    with op.batch_alter_table('roster', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_day'), ['day'], unique=False)

    op.create_table('staff_tabs',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('tab_code', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_tabs_staff_id_staff'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tab_code'], ['tabs.code'], name=op.f('fk_staff_tabs_tab_code_tabs')),
    sa.PrimaryKeyConstraint('staff_id', 'tab_code', name=op.f('pk_staff_tabs'))
    )
    op.create_table('apoio_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('claimed_by_id', sa.Integer(), nullable=True),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claimed_by_id'], ['staff.id'], name=op.f('fk_apoio_items_claimed_by_id_staff')),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrences.id'], name=op.f('fk_apoio_items_occurrence_id_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['staff.id'], name=op.f('fk_apoio_items_resolved_by_id_staff')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['staff.id'], name=op.f('fk_apoio_items_sent_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apoio_items'))
    )
    with op.batch_alter_table('apoio_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apoio_items_occurrence_id'), ['occurrence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_apoio_items_since'), ['since'], unique=False)
        batch_op.create_index('uq_apoio_items_one_open', ['occurrence_id'], unique=True, sqlite_where=sa.text('resolved_at IS NULL'), postgresql_where=sa.text('resolved_at IS NULL'))

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.BigInteger(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrences.id'], name=op.f('fk_audit_events_occurrence_id_occurrences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_occurrence_id'), ['occurrence_id'], unique=False)

    op.create_table('bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('booked_by_id', sa.Integer(), nullable=False),
    sa.Column('booked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['booked_by_id'], ['staff.id'], name=op.f('fk_bookings_booked_by_id_staff')),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrences.id'], name=op.f('fk_bookings_occurrence_id_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technician_id'], ['staff.id'], name=op.f('fk_bookings_technician_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings')),
    sa.UniqueConstraint('occurrence_id', name=op.f('uq_bookings_occurrence_id')),
    sa.UniqueConstraint('technician_id', 'starts_at', name='uq_bookings_technician_start')
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bookings_starts_at'), ['starts_at'], unique=False)

    op.create_table('escalations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('from_tab', sa.String(length=32), nullable=False),
    sa.Column('prior_status', sa.String(length=20), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'], name=op.f('fk_escalations_decided_by_id_staff')),
    sa.ForeignKeyConstraint(['from_tab'], ['tabs.code'], name=op.f('fk_escalations_from_tab_tabs')),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrences.id'], name=op.f('fk_escalations_occurrence_id_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff.id'], name=op.f('fk_escalations_requested_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalations'))
    )
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalations_occurrence_id'), ['occurrence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_escalations_status'), ['status'], unique=False)
        batch_op.create_index('uq_escalations_one_pending', ['occurrence_id'], unique=True, sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))

    op.create_table('offers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurrence_id', sa.Integer(), nullable=False),
    sa.Column('tab', sa.String(length=32), nullable=False),
    sa.Column('to_id', sa.Integer(), nullable=False),
    sa.Column('offered_by_id', sa.Integer(), nullable=False),
    sa.Column('offered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answer', sa.String(length=16), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('warnings', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['occurrence_id'], ['occurrences.id'], name=op.f('fk_offers_occurrence_id_occurrences'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['offered_by_id'], ['staff.id'], name=op.f('fk_offers_offered_by_id_staff')),
    sa.ForeignKeyConstraint(['tab'], ['tabs.code'], name=op.f('fk_offers_tab_tabs')),
    sa.ForeignKeyConstraint(['to_id'], ['staff.id'], name=op.f('fk_offers_to_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offers'))
    )
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.create_index('ix_offers_occurrence', ['occurrence_id', 'answer'], unique=False)

    _seed()


def _seed() -> None:
    """The defaults of DOMAIN.md, copied here (not imported) so this migration never changes meaning."""
    tabs = sa.table(
        "tabs", sa.column("code"), sa.column("name"), sa.column("position"), sa.column("site"),
        sa.column("gated"), sa.column("only_channel"), sa.column("excluded_kinds"), sa.column("excluded_sla"),
        sa.column("management_only_from_other_sectors"),
    )
    op.bulk_insert(tabs, [
        dict(code="n1_rapida", name="N1 - Rápida", position=1, site="matriz", gated=False, only_channel=None,
             excluded_kinds="", excluded_sla="", management_only_from_other_sectors=True),
        dict(code="n1_blip_matriz", name="N1 - Blip Matriz", position=2, site="matriz", gated=False,
             only_channel=None, excluded_kinds="installation", excluded_sla="",
             management_only_from_other_sectors=False),
        dict(code="n1_blip_filiais", name="N1 - Blip Filiais", position=3, site="filial", gated=False,
             only_channel="blip", excluded_kinds="", excluded_sla="", management_only_from_other_sectors=False),
        dict(code="n1_filiais", name="N1 - Filiais", position=4, site="filial", gated=False, only_channel=None,
             excluded_kinds="", excluded_sla="IS,URGENTE", management_only_from_other_sectors=False),
        dict(code="especialistas", name="Especialistas", position=5, site=None, gated=True, only_channel=None,
             excluded_kinds="", excluded_sla="", management_only_from_other_sectors=False),
        dict(code="apoio_n1", name="APOIO N1", position=6, site=None, gated=False, only_channel=None,
             excluded_kinds="", excluded_sla="", management_only_from_other_sectors=False),
        dict(code="n2", name="N2", position=7, site=None, gated=True, only_channel=None,
             excluded_kinds="", excluded_sla="", management_only_from_other_sectors=False),
    ])
    sla = sa.table("sla_classes", sa.column("code"), sa.column("name"), sa.column("target_minutes"),
                   sa.column("clock"), sa.column("position"))
    op.bulk_insert(sla, [
        dict(code="IS", name="IS", target_minutes=30, clock="business", position=1),
        dict(code="URGENTE", name="Urgente", target_minutes=60, clock="business", position=2),
        dict(code="2H", name="2 Horas", target_minutes=120, clock="business", position=3),
        dict(code="4H", name="4 Horas", target_minutes=240, clock="business", position=4),
        dict(code="24H", name="24 Horas", target_minutes=1440, clock="calendar", position=5),
        dict(code="72H", name="72 Horas", target_minutes=4320, clock="calendar", position=6),
        dict(code="10D", name="10 Dias", target_minutes=14400, clock="calendar", position=7),
    ])
    calendar = sa.table("business_calendar", sa.column("id"), sa.column("timezone"), sa.column("workdays"),
                        sa.column("opens"), sa.column("closes"), sa.column("holiday_country"),
                        sa.column("warning_ratio"), sa.column("slot_minutes"))
    op.bulk_insert(calendar, [dict(id=1, timezone="America/Sao_Paulo", workdays="0,1,2,3,4", opens="08:00",
                                   closes="18:00", holiday_country="BR", warning_ratio=0.75, slot_minutes=60)])
    counters = sa.table("counters", sa.column("name"), sa.column("value"))
    op.bulk_insert(counters, [dict(name="occurrence_number", value=0), dict(name="revision", value=0)])


def downgrade() -> None:
    with op.batch_alter_table('offers', schema=None) as batch_op:
        batch_op.drop_index('ix_offers_occurrence')

    op.drop_table('offers')
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index('uq_escalations_one_pending', sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))
        batch_op.drop_index(batch_op.f('ix_escalations_status'))
        batch_op.drop_index(batch_op.f('ix_escalations_occurrence_id'))

    op.drop_table('escalations')
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bookings_starts_at'))

    op.drop_table('bookings')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_occurrence_id'))
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_events')
    with op.batch_alter_table('apoio_items', schema=None) as batch_op:
        batch_op.drop_index('uq_apoio_items_one_open', sqlite_where=sa.text('resolved_at IS NULL'), postgresql_where=sa.text('resolved_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_apoio_items_since'))
        batch_op.drop_index(batch_op.f('ix_apoio_items_occurrence_id'))

    op.drop_table('apoio_items')
    op.drop_table('staff_tabs')
    with op.batch_alter_table('roster', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_day'))

    op.drop_table('roster')
    with op.batch_alter_table('presence_events', schema=None) as batch_op:
        batch_op.drop_index('ix_presence_staff_at')

    op.drop_table('presence_events')
    with op.batch_alter_table('occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_occurrences_tab_status')
        batch_op.drop_index('ix_occurrences_status_opened')
        batch_op.drop_index(batch_op.f('ix_occurrences_complementary_of_id'))
        batch_op.drop_index(batch_op.f('ix_occurrences_client_id'))
        batch_op.drop_index(batch_op.f('ix_occurrences_assignee_id'))

    op.drop_table('occurrences')
    op.drop_table('tabs')
    op.drop_table('staff')
    op.drop_table('sla_classes')
    op.drop_table('counters')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_phone'))

    op.drop_table('clients')
    with op.batch_alter_table('change_feed', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_feed_revision'))

    op.drop_table('change_feed')
    op.drop_table('calendar_exceptions')
    op.drop_table('business_calendar')
