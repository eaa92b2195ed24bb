-- Causes: what the articles say lies behind the pain, each with the articles that name it,
-- the words people use for it (an array in its row, as in V2) and the exercises an article
-- ties to it. Portable SQL, as V1 and V2: the same script runs on H2 and PostgreSQL.

create table cause (
    slug varchar(60) not null primary key,
    name varchar(255) not null,
    summary varchar(2000) not null,
    terms varchar(255) array not null
);

create table cause_source (
    cause varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    source varchar(60) not null,
    primary key (ordinal, cause),
    constraint cause_source_cause_fk foreign key (cause) references cause (slug),
    constraint cause_source_source_fk foreign key (source) references source (slug)
);

-- One row per link: the article that ties the exercise to the cause, why, and whether it
-- says so or implies it.
create table cause_exercise (
    cause varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    exercise varchar(60) not null,
    source varchar(60) not null,
    reason varchar(300) not null,
    implied boolean not null,
    primary key (ordinal, cause),
    constraint cause_exercise_cause_fk foreign key (cause) references cause (slug),
    constraint cause_exercise_exercise_fk foreign key (exercise) references exercise (slug),
    constraint cause_exercise_source_fk foreign key (source) references source (slug)
);

-- A catalogue stored before this migration has no causes, and its version says so: it
-- stays live, its rows matching its counts.
alter table catalogue_version add column causes integer default 0 not null;
