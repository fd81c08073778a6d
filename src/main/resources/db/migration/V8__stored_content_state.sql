-- Restarts that keep their work and nodes that share one database (README, "Restarts and several nodes").
-- The hash of each stored file lets an ingest parse only what changed. content_state is the one row every
-- writer locks while it writes and every node polls: the version the database holds, the version of its last
-- full reload (the floor: search documents from before it are dead) and the fingerprint of what the stored
-- articles were extracted with (build and taxonomy); a new fingerprint means a full reload. removed_file lists
-- the files replaced or removed since the floor, so a node whose index is behind knows which documents to drop.
alter table article add column content_hash varchar(64) default '' not null;
alter table rejected_file add column content_hash varchar(64) default '' not null;

create table content_state (
    id            integer primary key,
    version       bigint not null,
    floor_version bigint not null,
    fingerprint   varchar(64) not null,
    committed_at  timestamp with time zone not null
);
insert into content_state (id, version, floor_version, fingerprint, committed_at)
    values (1, 0, 0, '', timestamp with time zone '1970-01-01 00:00:00+00');

create table removed_file (
    id         bigint primary key,
    file       varchar(1000) not null,
    removed_in bigint not null
);
create index removed_file_removed_in_idx on removed_file (removed_in);
