import type { Migration } from 'kysely';
import { runStatements } from './run-statements.js';

// The script and its breakdown. A production has one script; each import adds a draft (a revision, with its
// colour). A scene has an identity across drafts (script_scenes) so the breakdown, tagged on one draft, follows
// the scene into the next; draft_scenes is the scene as a given draft has it. Elements are named once per script;
// a tag says an element is needed in a scene, anchored (optionally) on a span of one draft's text.
export const scriptsMigration: Migration = {
  up: (db) =>
    runStatements(db, [
      `create table scripts (
        id uuid primary key default gen_random_uuid(),
        production_id uuid not null unique references productions (id) on delete cascade,
        created_at timestamptz not null default now()
      )`,
      `create table script_drafts (
        id uuid primary key default gen_random_uuid(),
        script_id uuid not null references scripts (id) on delete cascade,
        number integer not null check (number >= 1),
        title text,
        revision_colour text not null,
        draft_date date not null,
        file_name text not null,
        format text not null check (format in ('fountain', 'fdx', 'pdf')),
        document jsonb not null,
        diagnostics jsonb not null default '[]',
        omitted jsonb not null default '[]',
        imported_by uuid not null references people (id),
        imported_at timestamptz not null default now(),
        unique (script_id, number)
      )`,
      `create table script_scenes (
        id uuid primary key default gen_random_uuid(),
        script_id uuid not null references scripts (id) on delete cascade
      )`,
      `create index script_scenes_script_id_idx on script_scenes (script_id)`,
      `create table draft_scenes (
        draft_id uuid not null references script_drafts (id) on delete cascade,
        scene_id uuid not null references script_scenes (id) on delete cascade,
        position integer not null,
        number text not null,
        heading text not null,
        int_ext text check (int_ext in ('INT', 'EXT', 'INT/EXT')),
        location text not null,
        time_of_day text,
        page_start integer not null,
        eighths integer not null check (eighths >= 1),
        characters jsonb not null,
        synopsis text,
        element_index integer not null,
        status text not null check (status in ('added', 'changed', 'unchanged')),
        previous_number text,
        primary key (draft_id, scene_id),
        unique (draft_id, position)
      )`,
      `create table breakdown_elements (
        id uuid primary key default gen_random_uuid(),
        script_id uuid not null references scripts (id) on delete cascade,
        category text not null,
        name text not null check (btrim(name) <> ''),
        cast_number integer check (cast_number >= 1),
        created_at timestamptz not null default now()
      )`,
      `create unique index breakdown_elements_name_key on breakdown_elements (script_id, category, lower(name))`,
      `create unique index breakdown_elements_cast_number_key on breakdown_elements (script_id, cast_number) where cast_number is not null`,
      `create table breakdown_tags (
        id uuid primary key default gen_random_uuid(),
        element_id uuid not null references breakdown_elements (id) on delete cascade,
        scene_id uuid not null references script_scenes (id) on delete cascade,
        -- The draft the anchor's element index and offsets refer to (null when the tag has no anchor).
        draft_id uuid references script_drafts (id) on delete cascade,
        element_index integer,
        span_start integer,
        span_end integer,
        span_text text,
        review_reason text check (review_reason in ('scene-omitted', 'text-not-found')),
        created_at timestamptz not null default now(),
        check ((draft_id is null) = (element_index is null)),
        check ((element_index is null) = (span_start is null) and (span_start is null) = (span_end is null) and (span_end is null) = (span_text is null)),
        check (span_start is null or (span_start >= 0 and span_end > span_start))
      )`,
      `create index breakdown_tags_element_id_idx on breakdown_tags (element_id)`,
      `create index breakdown_tags_scene_id_idx on breakdown_tags (scene_id)`,
      `create table script_sets (
        script_id uuid not null references scripts (id) on delete cascade,
        name text not null,
        shooting_location text not null check (btrim(shooting_location) <> ''),
        primary key (script_id, name)
      )`,
    ]),
  down: (db) =>
    runStatements(db, [
      'drop table script_sets',
      'drop table breakdown_tags',
      'drop table breakdown_elements',
      'drop table draft_scenes',
      'drop table script_scenes',
      'drop table script_drafts',
      'drop table scripts',
    ]),
};
