import { Migration } from '@mikro-orm/migrations';

export class Migration20261205002115 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "booking_status_counts" ("status" text check ("status" in ('draft', 'on_hold', 'awaiting_payment', 'confirmed', 'in_progress', 'completed', 'expired', 'cancelled')) not null, "bookings" bigint not null, constraint "booking_status_counts_pkey" primary key ("status"));`,
    );

    this.addSql(
      `create table "booking_status_count_changes" ("id" bigserial primary key, "status" text check ("status" in ('draft', 'on_hold', 'awaiting_payment', 'confirmed', 'in_progress', 'completed', 'expired', 'cancelled')) not null, "change" int not null);`,
    );
    this.addSql(
      `create index "booking_status_count_changes_status_index" on "booking_status_count_changes" ("status");`,
    );

    // Maintained in the writer's transaction, so a count can never disagree with committed bookings.
    // Triggers are outside the schema diff, so migration:check does not see them (as with the
    // append-only ledgers). Inserts and deletes append one row per status per statement (a bulk
    // load adds a handful, not a row per booking); a status move appends a -1 and a +1.
    this.addSql(
      `create function "booking_status_counts_inserted"() returns trigger language plpgsql as $$ begin insert into "booking_status_count_changes" ("status", "change") select "status", count(*) from "inserted_bookings" group by "status"; return null; end $$;`,
    );
    this.addSql(
      `create trigger "booking_status_counts_inserted" after insert on "bookings" referencing new table as "inserted_bookings" for each statement execute function "booking_status_counts_inserted"();`,
    );
    this.addSql(
      `create function "booking_status_counts_deleted"() returns trigger language plpgsql as $$ begin insert into "booking_status_count_changes" ("status", "change") select "status", -count(*) from "deleted_bookings" group by "status"; return null; end $$;`,
    );
    this.addSql(
      `create trigger "booking_status_counts_deleted" after delete on "bookings" referencing old table as "deleted_bookings" for each statement execute function "booking_status_counts_deleted"();`,
    );
    this.addSql(
      `create function "booking_status_counts_moved"() returns trigger language plpgsql as $$ begin insert into "booking_status_count_changes" ("status", "change") values (old."status", -1), (new."status", 1); return null; end $$;`,
    );
    this.addSql(
      `create trigger "booking_status_counts_moved" after update of "status" on "bookings" for each row when (old."status" is distinct from new."status") execute function "booking_status_counts_moved"();`,
    );
    this.addSql(
      `create function "booking_status_counts_truncated"() returns trigger language plpgsql as $$ begin delete from "booking_status_count_changes"; delete from "booking_status_counts"; return null; end $$;`,
    );
    this.addSql(
      `create trigger "booking_status_counts_truncated" after truncate on "bookings" for each statement execute function "booking_status_counts_truncated"();`,
    );
    // Creating the triggers locked out writers until this migration commits, so the backfill is exact.
    this.addSql(
      `insert into "booking_status_counts" ("status", "bookings") select "status", count(*) from "bookings" group by "status";`,
    );
  }

  override async down(): Promise<void> {
    for (const trigger of ['inserted', 'deleted', 'moved', 'truncated']) {
      this.addSql(`drop trigger if exists "booking_status_counts_${trigger}" on "bookings";`);
      this.addSql(`drop function if exists "booking_status_counts_${trigger}"();`);
    }
    this.addSql(`drop table if exists "booking_status_counts" cascade;`);

    this.addSql(`drop table if exists "booking_status_count_changes" cascade;`);
  }
}
