-- An exercise's aliases, steps, goals and equipment, and a muscle's aliases, are only ever
-- read and written with their exercise or muscle: they move from join tables, a row per
-- value, into arrays in its own row. An import of a large catalogue wrote half its rows,
-- and of the entries in their indexes, into these five tables (README, "Scale").
-- Portable SQL, as V1: the same script runs on H2 and PostgreSQL. The catalogue already
-- stored is moved over as it is, so that the version marked live still matches its rows.

alter table exercise add column aliases varchar(255) array;
alter table exercise add column steps varchar(2000) array;
alter table exercise add column goals varchar(20) array;
alter table exercise add column equipment varchar(20) array;
alter table muscle add column aliases varchar(255) array;

-- Lists keep their order; sets are written in the order the contract lists their values,
-- as the import writes them.
update exercise set
    aliases = coalesce((select array_agg(a.alias order by a.ordinal) from exercise_alias a
        where a.exercise = exercise.slug), cast(array[] as varchar(255) array)),
    steps = (select array_agg(s.step order by s.ordinal) from exercise_step s
        where s.exercise = exercise.slug),
    goals = coalesce((select array_agg(g.goal order by case g.goal when 'STRETCH' then 0
        when 'STRENGTHEN' then 1 else 2 end) from exercise_goal g where g.exercise = exercise.slug),
        cast(array[] as varchar(20) array)),
    equipment = (select array_agg(e.equipment order by case e.equipment when 'NONE' then 0
        when 'WALL' then 1 when 'RESISTANCE_BAND' then 2 when 'WEIGHTS' then 3
        when 'FOAM_ROLLER' then 4 else 5 end) from exercise_equipment e where e.exercise = exercise.slug);

update muscle set
    aliases = coalesce((select array_agg(a.alias order by a.ordinal) from muscle_alias a
        where a.muscle = muscle.slug), cast(array[] as varchar(255) array));

-- Every exercise has at least one step and one piece of equipment ("none" for bodyweight);
-- goals may be empty (self-massage serves none of the three). The values of goals and
-- equipment are checked by the import and by Hibernate reading them back as enums: no
-- check on an array's elements is written alike in H2 and PostgreSQL.
alter table exercise alter column aliases set not null;
alter table exercise alter column steps set not null;
alter table exercise alter column goals set not null;
alter table exercise alter column equipment set not null;
alter table muscle alter column aliases set not null;
alter table exercise add constraint exercise_steps_check check (cardinality(steps) >= 1);
alter table exercise add constraint exercise_equipment_check check (cardinality(equipment) >= 1);

drop table exercise_alias;
drop table exercise_step;
drop table exercise_goal;
drop table exercise_equipment;
drop table muscle_alias;
