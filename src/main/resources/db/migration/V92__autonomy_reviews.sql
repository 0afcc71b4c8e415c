-- A partner not autonomous at its day-100 review is reviewed again at a steady rhythm until it is, or
-- until it leaves (bpmn/autonomy-review.bpmn); autonomy is dated by the review that found it. This is
-- when its reviews were started: set once, in the same transaction as the start, so a partner gets one
-- series of reviews whichever node starts them (the day-100 review or, for the partners reviewed
-- before this release, the start-up's catch-up).
alter table onboarding_plan add column autonomy_reviews_from timestamp;
