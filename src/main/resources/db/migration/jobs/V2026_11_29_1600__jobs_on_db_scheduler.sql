-- Jobs run on db-scheduler (ADR 0014): any instance may run a job, so the job keeps everything needed to run it again
-- (who asked, the parameters, the uploaded file) until it ends, and how many times it was started and where.
alter table jobs.jobs add column actor jsonb;
alter table jobs.jobs add column params jsonb not null default '{}'::jsonb;
alter table jobs.jobs add column attempts integer not null default 0;
alter table jobs.jobs add column instance text;
-- jobs from before this change cannot be run again by another instance: they end as the old start-up sweep ended them
update jobs.jobs set status = 'FAILED', payload = null, message = 'Задание прервано остановкой сервера; запустите его снова'
where status in ('QUEUED', 'RUNNING');

-- db-scheduler's table (its PostgreSQL schema of version 16): one row per scheduled execution, picked by one instance
-- with a heartbeat; a row whose heartbeat stops is revived and run again by another instance.
create table jobs.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on jobs.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on jobs.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on jobs.scheduled_tasks (priority desc, execution_time asc);
