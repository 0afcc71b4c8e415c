-- The value proposition the recruiter presented when approaching the candidate (step 6 of the method:
-- the partner's money): the margin on an average deal, the expected return on investment and the
-- revenue expected in three years. Null until the approach is recorded.
alter table partner add column average_deal_margin bigint;
alter table partner add column expected_roi integer;
alter table partner add column expected_revenue_3_years bigint;
