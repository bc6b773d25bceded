import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131856 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "booking_outbox" add column "status" varchar(255) not null default 'pending', add column "next_attempt_at" timestamptz null;`,
    );
    // Rows delivered before statuses existed; the pending index is keyed on the status from now on.
    this.addSql(`update "booking_outbox" set "status" = 'delivered' where "delivered_at" is not null;`);
    this.addSql(`drop index "booking_outbox_pending";`);
    this.addSql(
      `create index "booking_outbox_pending" on "booking_outbox" ("occurred_at", "id") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "booking_outbox_delivered" on "booking_outbox" ("delivered_at") where "status" = 'delivered';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "booking_outbox_delivered";`);
    this.addSql(`drop index "booking_outbox_pending";`);
    this.addSql(
      `create index "booking_outbox_pending" on "booking_outbox" ("occurred_at", "id") where "delivered_at" is null;`,
    );
    this.addSql(`alter table "booking_outbox" drop column "status", drop column "next_attempt_at";`);
  }
}
