-- Ingest warnings and rejection reasons are stored as a message code with its arguments (a JSON array of
-- strings), so that each page words them in its reader's language. Both tables only hold what every ingest
-- derives again from the content folder, so their old English rows are dropped rather than guessed into codes.
delete from article_warning;
alter table article_warning drop column message;
alter table article_warning add column code varchar(100) not null;
alter table article_warning add column args text not null;

delete from rejected_file;
alter table rejected_file drop column reason;
alter table rejected_file add column reason_code varchar(100) not null;
alter table rejected_file add column reason_args text not null;
