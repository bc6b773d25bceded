import { Migration } from '@mikro-orm/migrations';

export class Migration20261126071904 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "booking_pii_audit_events" ("id" varchar(255) not null, "action" text check ("action" in ('encrypt', 'decrypt', 'delete', 'reveal')) not null, "outcome" text check ("outcome" in ('allowed', 'denied')) not null, "traveler_id" varchar(255) null, "booking_id" varchar(255) null, "actor_id" varchar(255) not null, "principal_type" varchar(255) not null, "fields" jsonb not null, "reason" text null, "request_id" varchar(255) null, "at" timestamptz not null, constraint "booking_pii_audit_events_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_pii_audit_events_at_id_index" on "booking_pii_audit_events" ("at", "id");`);
    this.addSql(
      `create index "booking_pii_audit_events_booking_id_at_id_index" on "booking_pii_audit_events" ("booking_id", "at", "id");`,
    );
    this.addSql(
      `create index "booking_pii_audit_events_traveler_id_at_id_index" on "booking_pii_audit_events" ("traveler_id", "at", "id");`,
    );
    this.addSql(
      `create index "booking_pii_audit_events_actor_id_at_id_index" on "booking_pii_audit_events" ("actor_id", "at", "id");`,
    );

    // Not expressible in entity metadata, so added by hand: the audit trail is append-only even for
    // code that bypasses the services (UPDATE, DELETE and TRUNCATE raise).
    this.addSql(
      `create function "booking_pii_audit_events_append_only"() returns trigger language plpgsql as $$ begin raise exception 'booking_pii_audit_events is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger "booking_pii_audit_events_no_change" before update or delete on "booking_pii_audit_events" for each row execute function "booking_pii_audit_events_append_only"();`,
    );
    this.addSql(
      `create trigger "booking_pii_audit_events_no_truncate" before truncate on "booking_pii_audit_events" for each statement execute function "booking_pii_audit_events_append_only"();`,
    );

    this.addSql(
      `create table "booking_traveler_data_keys" ("traveler_id" varchar(255) not null, "wrapped_key" text not null, "kms_key_id" varchar(255) not null, "provider" text check ("provider" in ('aws', 'local')) not null, "created_at" timestamptz not null, constraint "booking_traveler_data_keys_pkey" primary key ("traveler_id"));`,
    );

    this.addSql(
      `create table "booking_traveler_travel_details" ("traveler_id" varchar(255) not null, "identity" jsonb not null, "dietary" jsonb not null, "accessibility" jsonb not null, "document_person_document_id" varchar(255) null, "is_lead_traveler" boolean not null default false, "bed_preference" text check ("bed_preference" in ('single', 'twin', 'double', 'no_preference')) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_traveler_travel_details_pkey" primary key ("traveler_id"));`,
    );

    this.addSql(
      `alter table "booking_traveler_data_keys" add constraint "booking_traveler_data_keys_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_traveler_travel_details" add constraint "booking_traveler_travel_details_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_pii_audit_events" cascade;`);
    this.addSql(`drop function if exists "booking_pii_audit_events_append_only"();`);

    this.addSql(`drop table if exists "booking_traveler_data_keys" cascade;`);

    this.addSql(`drop table if exists "booking_traveler_travel_details" cascade;`);
  }
}
