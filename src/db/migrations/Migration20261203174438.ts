import { Migration } from '@mikro-orm/migrations';

export class Migration20261203174438 extends Migration {
  override async up(): Promise<void> {
    // The trigram indexes below need pg_trgm; it is a trusted extension, so the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "bookings" add column "pii_digests" text[] null;`);
    this.addSql(`create index "bookings_booking_number_trgm" on "bookings" using gin ("booking_number" gin_trgm_ops);`);
    this.addSql(
      `create index "bookings_external_booking_ref_trgm" on "bookings"
        using gin ("external_booking_ref" gin_trgm_ops);`,
    );
    this.addSql(`create index "bookings_pii_digests" on "bookings" using gin ("pii_digests");`);

    this.addSql(`alter table "booking_travelers" add column "pii_digests" text[] null;`);
    this.addSql(`create index "booking_travelers_pii_digests" on "booking_travelers" using gin ("pii_digests");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "booking_travelers_pii_digests";`);
    this.addSql(`alter table "booking_travelers" drop column "pii_digests";`);

    this.addSql(`drop index "bookings_booking_number_trgm";`);
    this.addSql(`drop index "bookings_external_booking_ref_trgm";`);
    this.addSql(`drop index "bookings_pii_digests";`);
    this.addSql(`alter table "bookings" drop column "pii_digests";`);
    // pg_trgm stays: other schemas in the database may use it.
  }
}
