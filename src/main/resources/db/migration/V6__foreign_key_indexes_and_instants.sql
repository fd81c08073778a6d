-- Every foreign-key column gets an index unless it leads a primary key already. Without them PostgreSQL checks
-- each cascaded or restricted row of a reload's wipe by a sequential scan of the referencing table, so
-- deleting the content grows with the square of its size.
create index article_subject_role_role_idx on article_subject_role (role_id);
create index article_mentioned_role_role_idx on article_mentioned_role (role_id);
create index item_concept_concept_idx on item_concept (concept_id);
create index item_role_role_idx on item_role (role_id);
create index definition_article_idx on definition (article_id);
create index definition_role_idx on definition (role_id);
create index statement_article_idx on statement (article_id);
create index statement_role_role_idx on statement_role (role_id);
create index salary_article_idx on salary (article_id);
create index salary_role_idx on salary (role_id);
create index reporting_line_article_idx on reporting_line (article_id);
create index reporting_line_role_idx on reporting_line (role_id);
create index reporting_line_reports_to_idx on reporting_line (reports_to_id);
create index career_step_article_idx on career_step (article_id);
create index career_step_role_idx on career_step (role_id);
create index career_step_step_role_idx on career_step (step_role_id);

-- An Instant is a point in time: without a time zone PostgreSQL stored it in the session's zone (12:00Z as
-- 21:00 under Asia/Seoul). Existing rows are re-derived by the next ingest, so no conversion is needed.
alter table article alter column ingested_at set data type timestamp with time zone;
