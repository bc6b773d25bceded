import { Migration } from '@mikro-orm/migrations';

export class Migration20261203144158 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "booking_sagas" ("id" varchar(255) not null, "kind" text check ("kind" in ('reservation_plan', 'refund')) not null, "booking_id" varchar(255) null, "external_ref" varchar(255) null, "idempotency_scope" text null, "idempotency_key" varchar(255) null, "fingerprint" varchar(64) null, "input" jsonb not null, "result" jsonb null, "status" text check ("status" in ('running', 'succeeded', 'failed', 'compensating', 'compensation_failed')) not null default 'running', "pivot_reached" boolean not null default false, "failure_code" varchar(255) null, "failure_message" text null, "lease_owner" varchar(255) null, "lease_expires_at" timestamptz null, "principal_type" text check ("principal_type" in ('user', 'api_key', 'agent', 'workflow', 'system')) not null, "principal_id" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "finished_at" timestamptz null, constraint "booking_sagas_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_sagas_booking_id_index" on "booking_sagas" ("booking_id");`);
    this.addSql(
      `create unique index "booking_sagas_active_refund" on "booking_sagas" ("booking_id") where "kind" = 'refund' and "status" in ('running', 'compensating');`,
    );
    this.addSql(
      `create index "booking_sagas_active_leases" on "booking_sagas" ("lease_expires_at", "id") where "status" in ('running', 'compensating');`,
    );
    this.addSql(`create index "booking_sagas_created_at_id_index" on "booking_sagas" ("created_at", "id");`);
    this.addSql(
      `alter table "booking_sagas" add constraint "booking_sagas_kind_external_ref" unique ("kind", "external_ref");`,
    );
    this.addSql(
      `alter table "booking_sagas" add constraint "booking_sagas_kind_idempotency" unique ("kind", "idempotency_scope", "idempotency_key");`,
    );

    this.addSql(
      `create table "booking_saga_steps" ("id" varchar(255) not null, "saga_id" varchar(255) not null, "seq" int not null, "name" varchar(255) not null, "line_ref" varchar(255) null, "status" text check ("status" in ('pending', 'running', 'succeeded', 'failed', 'compensated', 'compensation_failed', 'not_compensable')) not null default 'pending', "attempt" int not null default 0, "output" jsonb null, "error_code" varchar(255) null, "error_message" text null, "compensation_code" varchar(255) null, "compensation_message" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_saga_steps_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "booking_saga_steps" add constraint "booking_saga_steps_saga_seq" unique ("saga_id", "seq");`,
    );

    this.addSql(
      `alter table "booking_sagas" add constraint "booking_sagas_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_saga_steps" add constraint "booking_saga_steps_saga_id_foreign" foreign key ("saga_id") references "booking_sagas" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking_saga_steps" drop constraint "booking_saga_steps_saga_id_foreign";`);

    this.addSql(`drop table if exists "booking_sagas" cascade;`);

    this.addSql(`drop table if exists "booking_saga_steps" cascade;`);
  }
}
