-- The language the partner's contact is written to in (a language tag: en, fr). Null: the language
-- of the partner's country (PartnerLanguage), which is what every partner had before.
alter table partner add column contact_language varchar(8);
