-- A password link is looked up by its account (an invitation or reset withdraws the older ones,
-- a reset asked again looks for one mailed lately): an index, not a scan of every link.
CREATE INDEX ix_portal_link_account ON portal_link (account_id, purpose);
