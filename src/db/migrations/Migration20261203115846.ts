import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115846 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "booking_fulfillments" drop constraint if exists "booking_fulfillments_status_check";`);

    this.addSql(`alter table "bookings" add column "cost_currency" varchar(3) null;`);

    this.addSql(`alter table "booking_fulfillments" add column "voided_at" timestamptz null;`);
    this.addSql(
      `alter table "booking_fulfillments" add constraint "booking_fulfillments_status_check" check("status" in ('pending', 'issued', 'reissued', 'revoked', 'failed', 'voided'));`,
    );

    // Data, not schema: the booking cost used to be typed in; from now on it is rolled up from the
    // items, so existing bookings get the roll-up (none where their items cost in several currencies).
    this.addSql(`update "bookings" set "cost_amount_cents" = null, "cost_currency" = null;`);
    this.addSql(`update "bookings" b set "cost_amount_cents" = c."total", "cost_currency" = c."currency"
      from (select "booking_id", min("cost_currency") as "currency", sum("total_cost_amount_cents") as "total" from "booking_items"
            where "status" not in ('cancelled', 'expired') and "cost_currency" is not null and "total_cost_amount_cents" is not null
            group by "booking_id" having count(distinct "cost_currency") = 1) c
      where c."booking_id" = b."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking_fulfillments" drop constraint if exists "booking_fulfillments_status_check";`);

    // The old vocabulary has no voided: the nearest old status is revoked.
    this.addSql(
      `update "booking_fulfillments" set "status" = 'revoked', "revoked_at" = coalesce("revoked_at", "voided_at") where "status" = 'voided';`,
    );
    this.addSql(`alter table "booking_fulfillments" drop column "voided_at";`);

    this.addSql(
      `alter table "booking_fulfillments" add constraint "booking_fulfillments_status_check" check("status" in ('pending', 'issued', 'reissued', 'revoked', 'failed'));`,
    );

    this.addSql(`alter table "bookings" drop column "cost_currency";`);
  }
}
