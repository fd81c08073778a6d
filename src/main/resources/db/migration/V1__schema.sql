-- One schema for H2 (default) and PostgreSQL: only portable types and syntax.
create sequence atlas_seq start with 1 increment by 50;

create table role (
    id          bigint primary key,
    slug        varchar(200) not null unique,
    name_en     varchar(500) not null,
    name_ko     varchar(500),
    from_taxonomy boolean not null
);

create table role_alias (
    role_id   bigint not null references role (id) on delete cascade,
    position  integer not null,
    label     varchar(500) not null,
    lang      varchar(8),
    ambiguous boolean not null,
    primary key (role_id, position)
);

create table concept (
    id       varchar(100) primary key,
    label_en varchar(500) not null,
    label_ko varchar(500) not null
);

create table article (
    id            bigint primary key,
    file          varchar(1000) not null unique,
    title         varchar(1000) not null,
    lang          varchar(8) not null,
    format        varchar(16) not null,
    source        varchar(2000),
    raw_text      text not null,
    ingested_at   timestamp not null
);

create table article_tag (
    article_id bigint not null references article (id) on delete cascade,
    position   integer not null,
    tag        varchar(500) not null,
    primary key (article_id, position)
);

create table article_section (
    article_id bigint not null references article (id) on delete cascade,
    position   integer not null,
    heading    varchar(1000) not null,
    kind       varchar(20) not null,
    line       integer not null,
    primary key (article_id, position)
);

create table article_dropped_line (
    article_id bigint not null references article (id) on delete cascade,
    position   integer not null,
    line       integer not null,
    text       varchar(4000) not null,
    rule       varchar(100) not null,
    primary key (article_id, position)
);

create table article_warning (
    article_id bigint not null references article (id) on delete cascade,
    position   integer not null,
    message    varchar(2000) not null,
    primary key (article_id, position)
);

create table article_subject_role (
    article_id bigint not null references article (id) on delete cascade,
    role_id    bigint not null references role (id) on delete cascade,
    primary key (article_id, role_id)
);

create table article_mentioned_role (
    article_id bigint not null references article (id) on delete cascade,
    role_id    bigint not null references role (id) on delete cascade,
    primary key (article_id, role_id)
);

create table item (
    id          bigint primary key,
    article_id  bigint not null references article (id) on delete cascade,
    kind        varchar(20) not null,
    text        varchar(2000) not null,
    description varchar(8000),
    lang        varchar(8) not null,
    section     varchar(1000) not null,
    line        integer not null,
    position    integer not null
);
create index item_article_idx on item (article_id);

create table item_occurrence (
    item_id  bigint not null references item (id) on delete cascade,
    position integer not null,
    line     integer not null,
    section  varchar(1000) not null,
    primary key (item_id, position)
);

create table item_concept (
    item_id    bigint not null references item (id) on delete cascade,
    concept_id varchar(100) not null references concept (id) on delete cascade,
    primary key (item_id, concept_id)
);

create table item_role (
    item_id bigint not null references item (id) on delete cascade,
    role_id bigint not null references role (id) on delete cascade,
    primary key (item_id, role_id)
);

create table definition (
    id         bigint primary key,
    article_id bigint not null references article (id) on delete cascade,
    role_id    bigint not null references role (id) on delete cascade,
    text       varchar(8000) not null,
    lang       varchar(8) not null,
    line       integer not null
);

create table statement (
    id         bigint primary key,
    article_id bigint not null references article (id) on delete cascade,
    text       varchar(8000) not null,
    lang       varchar(8) not null,
    line       integer not null
);

create table statement_role (
    statement_id bigint not null references statement (id) on delete cascade,
    role_id      bigint not null references role (id) on delete cascade,
    primary key (statement_id, role_id)
);

create table salary (
    id         bigint primary key,
    article_id bigint not null references article (id) on delete cascade,
    role_id    bigint not null references role (id) on delete cascade,
    source     varchar(200),
    type       varchar(20) not null,
    currency   varchar(8) not null,
    min_amount    numeric(14, 2),
    max_amount    numeric(14, 2),
    average_amount numeric(14, 2),
    period     varchar(10) not null,
    country    varchar(8),
    line       integer not null
);

create table reporting_line (
    id            bigint primary key,
    article_id    bigint not null references article (id) on delete cascade,
    role_id       bigint not null references role (id) on delete cascade,
    reports_to_id bigint not null references role (id) on delete cascade,
    sentence      varchar(4000) not null,
    line          integer not null
);

create table career_step (
    id         bigint primary key,
    article_id bigint not null references article (id) on delete cascade,
    role_id    bigint not null references role (id) on delete cascade,
    position   integer not null,
    title      varchar(500) not null,
    step_role_id bigint references role (id) on delete set null,
    line       integer not null
);

create table rejected_file (
    id     bigint primary key,
    file   varchar(1000) not null,
    reason varchar(2000) not null
);
