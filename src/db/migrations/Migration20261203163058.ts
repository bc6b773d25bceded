import { Migration } from '@mikro-orm/migrations';

export class Migration20261203163058 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "booking_session_states" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "state_key" varchar(50) not null, "current_step" varchar(255) null, "completed_steps" jsonb not null, "payload" jsonb not null, "version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_session_states_pkey" primary key ("id"), constraint booking_session_states_completed_steps check (jsonb_array_length(completed_steps) <= 50), constraint booking_session_states_payload_size check (octet_length(payload::text) <= 65536), constraint booking_session_states_version check (version >= 1));`,
    );
    this.addSql(
      `alter table "booking_session_states" add constraint "booking_session_states_booking_key" unique ("booking_id", "state_key");`,
    );

    this.addSql(
      `create table "booking_storefront_sessions" ("booking_id" varchar(255) not null, "storefront_id" varchar(255) null, "catalog_id" varchar(255) null, "capability_epoch" int not null default 0, "max_hold_until" timestamptz not null, "created_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_storefront_sessions_pkey" primary key ("booking_id"));`,
    );

    this.addSql(
      `alter table "booking_session_states" add constraint "booking_session_states_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_storefront_sessions" add constraint "booking_storefront_sessions_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "action_ledger_entries" drop constraint if exists "action_ledger_entries_principal_type_check";`,
    );

    this.addSql(`alter table "action_approvals" drop constraint if exists "action_approvals_requested_by_type_check";`);
    this.addSql(`alter table "action_approvals" drop constraint if exists "action_approvals_decided_by_type_check";`);

    this.addSql(`alter table "booking_sagas" drop constraint if exists "booking_sagas_principal_type_check";`);

    this.addSql(
      `alter table "action_ledger_entries" add constraint "action_ledger_entries_principal_type_check" check("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system', 'checkout'));`,
    );

    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_requested_by_type_check" check("requested_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system', 'checkout'));`,
    );
    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_decided_by_type_check" check("decided_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system', 'checkout'));`,
    );

    this.addSql(`alter table "booking_items" add column "pricing" jsonb null;`);

    this.addSql(
      `alter table "booking_sagas" add constraint "booking_sagas_principal_type_check" check("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system', 'checkout'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_session_states" cascade;`);

    this.addSql(`drop table if exists "booking_storefront_sessions" cascade;`);

    this.addSql(`alter table "action_approvals" drop constraint if exists "action_approvals_requested_by_type_check";`);
    this.addSql(`alter table "action_approvals" drop constraint if exists "action_approvals_decided_by_type_check";`);

    this.addSql(
      `alter table "action_ledger_entries" drop constraint if exists "action_ledger_entries_principal_type_check";`,
    );

    this.addSql(`alter table "booking_sagas" drop constraint if exists "booking_sagas_principal_type_check";`);

    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_requested_by_type_check" check("requested_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system'));`,
    );
    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_decided_by_type_check" check("decided_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system'));`,
    );

    this.addSql(
      `alter table "action_ledger_entries" add constraint "action_ledger_entries_principal_type_check" check("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system'));`,
    );

    this.addSql(`alter table "booking_items" drop column "pricing";`);

    this.addSql(
      `alter table "booking_sagas" add constraint "booking_sagas_principal_type_check" check("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system'));`,
    );
  }
}
