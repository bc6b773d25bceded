import { Migration } from '@mikro-orm/migrations';

export class Migration20261126072008 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "action_ledger_entries" ("id" varchar(255) not null, "occurred_at" timestamptz not null, "action_name" varchar(100) not null, "action_kind" text check ("action_kind" in ('request', 'decision', 'execution', 'expiry')) not null, "status" text check ("status" in ('requested', 'awaiting_approval', 'approved', 'denied', 'succeeded', 'failed', 'expired')) not null, "principal_type" text check ("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system')) not null, "principal_id" varchar(255) not null, "target_type" varchar(50) not null, "target_id" varchar(255) not null, "idempotency_scope" text null, "idempotency_key" varchar(255) null, "fingerprint" varchar(64) null, "approval_id" varchar(255) null, "causation_action_id" varchar(255) null, "metadata" jsonb null, constraint "action_ledger_entries_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_ledger_entries_target_type_target_id_occurr_396a3_index" on "action_ledger_entries" ("target_type", "target_id", "occurred_at", "id");`,
    );
    this.addSql(
      `create unique index "action_ledger_entries_request_key" on "action_ledger_entries" ("idempotency_scope", "idempotency_key") where "action_kind" = 'request';`,
    );
    this.addSql(
      `create unique index "action_ledger_entries_one_execution" on "action_ledger_entries" ("approval_id") where "action_kind" = 'execution';`,
    );

    this.addSql(
      `create table "action_approvals" ("id" varchar(255) not null, "status" text check ("status" in ('pending', 'approved', 'denied', 'expired', 'cancelled')) not null default 'pending', "requested_action_id" varchar(255) not null, "action_name" varchar(100) not null, "target_type" varchar(50) not null, "target_id" varchar(255) not null, "requested_by_type" text check ("requested_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system')) not null, "requested_by_id" varchar(255) not null, "decided_by_type" text check ("decided_by_type" in ('user', 'api_key', 'agent', 'workflow', 'system')) null, "decided_by_id" varchar(255) null, "policy_name" varchar(100) not null, "policy_version" int not null, "reason_code" varchar(100) not null, "expires_at" timestamptz not null, "decided_at" timestamptz null, "decision_reason" text null, "decision_action_id" varchar(255) null, "execution_action_id" varchar(255) null, "executed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "action_approvals_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_requested_action_id_unique" unique ("requested_action_id");`,
    );
    this.addSql(`create index "action_approvals_created_at_id_index" on "action_approvals" ("created_at", "id");`);
    this.addSql(
      `create index "action_approvals_status_created_at_id_index" on "action_approvals" ("status", "created_at", "id");`,
    );
    this.addSql(
      `create index "action_approvals_target_id_created_at_id_index" on "action_approvals" ("target_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "idempotency_records" ("scope" text not null, "key" varchar(255) not null, "request_fingerprint" varchar(64) not null, "outcome" jsonb null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotency_records_pkey" primary key ("scope", "key"));`,
    );
    this.addSql(`create index "idempotency_records_expires_at_index" on "idempotency_records" ("expires_at");`);

    this.addSql(
      `alter table "action_approvals" add constraint "action_approvals_requested_action_id_foreign" foreign key ("requested_action_id") references "action_ledger_entries" ("id") on update cascade;`,
    );

    // Added by hand: the ledger is append-only, and the database holds that line even against a
    // buggy service or a console session. Triggers are outside the schema diff, so migration:check
    // neither needs nor sees them.
    this.addSql(
      `create function "action_ledger_entries_append_only"() returns trigger language plpgsql as $$ begin raise exception 'the action ledger is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger "action_ledger_entries_append_only" before update or delete on "action_ledger_entries" for each row execute function "action_ledger_entries_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "action_ledger_entries_append_only" on "action_ledger_entries";`);
    this.addSql(`drop function if exists "action_ledger_entries_append_only"();`);
    this.addSql(`alter table "action_approvals" drop constraint "action_approvals_requested_action_id_foreign";`);

    this.addSql(`drop table if exists "action_ledger_entries" cascade;`);

    this.addSql(`drop table if exists "action_approvals" cascade;`);

    this.addSql(`drop table if exists "idempotency_records" cascade;`);
  }
}
