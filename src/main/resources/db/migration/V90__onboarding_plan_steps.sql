-- Which steps a partner's 100-day plan has (the plan decision onboarding-plan, from the contract type
-- and whether the partner is strategic), and what the two new steps recorded. Null in the three step
-- columns: a plan whose steps were never decided (started before this version), which has the
-- steps every plan had then: technical training yes, integration milestone and CEO meeting no.
-- Runs on H2 and PostgreSQL.
alter table onboarding_plan add column contract_type varchar(20);
alter table onboarding_plan add column technical_training boolean;
alter table onboarding_plan add column integration_milestone boolean;
alter table onboarding_plan add column ceo_meeting boolean;
alter table onboarding_plan add column integration_milestone_reached_on date;
alter table onboarding_plan add column integration_summary varchar(4000);
alter table onboarding_plan add column integration_milestone_done_at timestamp;
alter table onboarding_plan add column ceo_meeting_held_on date;
alter table onboarding_plan add column ceo_meeting_summary varchar(4000);
alter table onboarding_plan add column ceo_meeting_done_at timestamp;
