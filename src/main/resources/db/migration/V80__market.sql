-- The markets partners are recruited in, as reference data: the candidate form, the candidate file,
-- the API, the selection criteria, the recruitment plan and the KPIs all name a market of this list,
-- which managers keep (GET/POST /api/markets). A retired market stays on the partners that have it
-- and is no longer offered for new candidates. The French name is what French readers see.
create table market (
    name       varchar(100) not null primary key,
    name_fr    varchar(100),
    retired    boolean      default false not null,
    created_at timestamp    not null,
    created_by varchar(64)  not null
);

insert into market (name, name_fr, created_at, created_by) values
    ('Retail', 'Commerce de détail', current_timestamp, 'partnerflow'),
    ('Manufacturing', 'Industrie', current_timestamp, 'partnerflow'),
    ('Healthcare', 'Santé', current_timestamp, 'partnerflow'),
    ('Public sector', 'Secteur public', current_timestamp, 'partnerflow'),
    ('Banking', 'Banque et assurance', current_timestamp, 'partnerflow'),
    ('Logistics', 'Logistique', current_timestamp, 'partnerflow'),
    ('Education', 'Éducation', current_timestamp, 'partnerflow'),
    ('Hospitality', 'Hôtellerie et restauration', current_timestamp, 'partnerflow');

-- what partners listed before this list typed becomes a market of its own, so nothing is lost
insert into market (name, created_at, created_by)
select distinct p.market, current_timestamp, 'partnerflow' from partner p
where not exists (select 1 from market m where m.name = p.market);

alter table partner add constraint fk_partner_market foreign key (market) references market (name);
