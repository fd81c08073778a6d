-- Every candidate item the loader weighed for an article, kept or dropped, with the cue that decided it, so
-- that the article page and the API can say why a line is (or is not) an item. Portable types only (H2 and
-- PostgreSQL); rows are rebuilt by every ingest.
create table article_candidate (
    article_id bigint not null references article (id) on delete cascade,
    position   integer not null,
    line       integer not null,
    text       varchar(2000) not null,
    kind       varchar(20),
    cue        varchar(500) not null,
    primary key (article_id, position)
);
