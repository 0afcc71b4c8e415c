-- The partner pages' search (GET /partners): newest first, by status, recruiter or market, each an
-- index that also gives the order, so a page of 10,000+ partners reads only its rows. Runs on H2
-- and PostgreSQL. The company is searched by a part of its name (a scan of the names, no index).
drop index ix_partner_status;
create index ix_partner_status on partner (status, id);
create index ix_partner_recruiter on partner (recruiter, id);
create index ix_partner_market on partner (market, id);
