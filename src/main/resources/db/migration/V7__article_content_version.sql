-- The content version an article was written for. A reload writes the next version beside the served one;
-- the search documents of its items and definitions carry this number, and search filters on the version being
-- served, so the new documents stay invisible until the version is swapped in. Existing rows are replaced by the
-- next ingest, so 0 (no version) is only their placeholder.
alter table article add column content_version bigint default 0 not null;
