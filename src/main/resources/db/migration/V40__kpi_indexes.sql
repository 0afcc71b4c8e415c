-- The manager KPIs read a cohort of partners by the day they were listed. Runs on H2 and PostgreSQL.
create index ix_partner_listed_at on partner (listed_at);
-- The funnel steps without a date of their own (approached, active) come from the timelines.
create index ix_partner_event_kind on partner_event (kind, partner_id);
