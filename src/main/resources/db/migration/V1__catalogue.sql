-- The catalogue as the read model is built from it. Portable SQL: the same script runs on
-- H2 and PostgreSQL. Enums are stored by name (difficulty by ordinal, for its order).

create sequence muscle_target_seq start with 1 increment by 50;

create table source (
    slug varchar(60) not null primary key,
    kind varchar(20) not null check (kind in ('ARTICLE', 'REFERENCE')),
    title varchar(2000) not null,
    authors varchar(255),
    publisher varchar(255),
    published_year integer,
    cited_by varchar(60),
    title_is_descriptive boolean not null,
    constraint source_cited_by_fk foreign key (cited_by) references source (slug)
);

create table muscle (
    slug varchar(60) not null primary key,
    name varchar(255) not null,
    region varchar(20) not null check (region in ('GLUTES', 'HIPS', 'LOWER_BACK', 'CORE', 'THIGHS', 'LOWER_LEGS')),
    description varchar(2000) not null
);

create table muscle_alias (
    muscle varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    alias varchar(255) not null,
    primary key (ordinal, muscle),
    constraint muscle_alias_muscle_fk foreign key (muscle) references muscle (slug)
);

create table caution (
    slug varchar(60) not null primary key,
    title varchar(255) not null,
    severity varchar(20) not null check (severity in ('INFO', 'WARNING', 'STOP')),
    text varchar(2000) not null,
    is_general boolean not null
);

create table caution_source (
    caution varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    source varchar(60) not null,
    primary key (ordinal, caution),
    constraint caution_source_caution_fk foreign key (caution) references caution (slug),
    constraint caution_source_source_fk foreign key (source) references source (slug)
);

create table exercise (
    slug varchar(60) not null primary key,
    name varchar(255) not null,
    summary varchar(2000) not null,
    why_it_helps varchar(2000) not null,
    position varchar(20) not null check (position in ('LYING_ON_BACK', 'LYING_ON_FRONT', 'LYING_ON_SIDE', 'SEATED', 'KNEELING', 'ALL_FOURS', 'STANDING')),
    on_floor boolean not null,
    difficulty smallint not null check (difficulty between 0 and 2),
    per_side boolean not null,
    technique varchar(20) not null check (technique in ('MOVEMENT', 'SELF_MASSAGE')),
    estimated_duration_seconds integer
);

create table exercise_alias (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    alias varchar(255) not null,
    primary key (ordinal, exercise),
    constraint exercise_alias_exercise_fk foreign key (exercise) references exercise (slug)
);

create table exercise_goal (
    exercise varchar(60) not null,
    goal varchar(20) not null check (goal in ('STRETCH', 'STRENGTHEN', 'STABILISE')),
    primary key (goal, exercise),
    constraint exercise_goal_exercise_fk foreign key (exercise) references exercise (slug)
);

create table exercise_equipment (
    exercise varchar(60) not null,
    equipment varchar(20) not null check (equipment in ('NONE', 'WALL', 'RESISTANCE_BAND', 'WEIGHTS', 'FOAM_ROLLER', 'STABLE_SURFACE')),
    primary key (equipment, exercise),
    constraint exercise_equipment_exercise_fk foreign key (exercise) references exercise (slug)
);

create table exercise_step (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    step varchar(2000) not null,
    primary key (ordinal, exercise),
    constraint exercise_step_exercise_fk foreign key (exercise) references exercise (slug)
);

create table exercise_dosage (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    source varchar(60) not null,
    sets_min integer,
    sets_max integer,
    reps_min integer,
    reps_max integer,
    hold_seconds_min integer,
    hold_seconds_max integer,
    rest_seconds integer,
    frequency varchar(120),
    primary key (ordinal, exercise),
    constraint exercise_dosage_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_dosage_source_fk foreign key (source) references source (slug)
);

create table muscle_target (
    id bigint not null primary key,
    exercise varchar(60) not null,
    muscle varchar(60) not null,
    role varchar(20) not null check (role in ('PRIMARY', 'SECONDARY')),
    constraint muscle_target_exercise_fk foreign key (exercise) references exercise (slug),
    constraint muscle_target_muscle_fk foreign key (muscle) references muscle (slug)
);

create table exercise_caution (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    caution varchar(60) not null,
    primary key (ordinal, exercise),
    constraint exercise_caution_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_caution_caution_fk foreign key (caution) references caution (slug)
);

create table exercise_source (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    source varchar(60) not null,
    primary key (ordinal, exercise),
    constraint exercise_source_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_source_source_fk foreign key (source) references source (slug)
);

create table exercise_easier (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    variation varchar(60) not null,
    primary key (ordinal, exercise),
    constraint exercise_easier_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_easier_variation_fk foreign key (variation) references exercise (slug)
);

create table exercise_harder (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    variation varchar(60) not null,
    primary key (ordinal, exercise),
    constraint exercise_harder_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_harder_variation_fk foreign key (variation) references exercise (slug)
);

create table exercise_alternative (
    exercise varchar(60) not null,
    ordinal integer not null check (ordinal >= 0),
    variation varchar(60) not null,
    primary key (ordinal, exercise),
    constraint exercise_alternative_exercise_fk foreign key (exercise) references exercise (slug),
    constraint exercise_alternative_variation_fk foreign key (variation) references exercise (slug)
);

-- Every catalogue version ever imported, the one being served marked live: what an
-- operator looks at to see what is published.
create table catalogue_version (
    hash varchar(64) not null primary key,
    location varchar(1000) not null,
    imported_at timestamp with time zone not null,
    exercises integer not null,
    muscles integer not null,
    cautions integer not null,
    sources integer not null,
    live boolean not null
);

-- One row, locked (select ... for update) by an instance that checks for or imports a
-- catalogue, so that replicas starting together import it once.
create table catalogue_lock (
    id integer not null primary key
);

insert into catalogue_lock (id) values (1);
