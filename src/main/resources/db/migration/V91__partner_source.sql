-- Where the recruiter found the candidate (step 5 of the method): a professional database, a social
-- network, a trade fair, a competitor's partner list, a complementary partner, or the company came by
-- itself. Null for the partners listed before it was asked; the KPIs count those as "not recorded".
alter table partner add column source varchar(30);
alter table partner add constraint partner_source_known check (source in ('PROFESSIONAL_DATABASE', 'SOCIAL_NETWORK',
    'TRADE_FAIR', 'COMPETITOR_PARTNERS', 'COMPLEMENTARY_PARTNER', 'INBOUND', 'OTHER'));
