import { Migration } from '@mikro-orm/migrations';

export class Migration20261126072014 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "allocation_capacities" ("kind" text check ("kind" in ('slot', 'pickup', 'resource')) not null, "target_id" varchar(255) not null, "capacity" int null, "product_id" varchar(255) null, "option_id" varchar(255) null, "starts_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "allocation_capacities_pkey" primary key ("kind", "target_id"), constraint allocation_capacities_capacity_not_negative check (capacity >= 0));`,
    );

    this.addSql(
      `create table "booking_outbox" ("id" varchar(255) not null, "type" varchar(255) not null, "booking_id" varchar(255) null, "payload" jsonb not null, "occurred_at" timestamptz not null, "delivered_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, constraint "booking_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_outbox_booking_id_index" on "booking_outbox" ("booking_id");`);
    this.addSql(
      `create index "booking_outbox_pending" on "booking_outbox" ("occurred_at", "id") where "delivered_at" is null;`,
    );

    this.addSql(
      `create table "booking_allocations" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "item_id" varchar(255) not null, "kind" text check ("kind" in ('slot', 'pickup', 'resource')) not null, "target_id" varchar(255) not null, "quantity" int not null, "status" text check ("status" in ('held', 'confirmed', 'fulfilled', 'released', 'expired', 'cancelled')) not null default 'held', "hold_expires_at" timestamptz null, "confirmed_at" timestamptz null, "released_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_allocations_pkey" primary key ("id"), constraint booking_allocations_quantity_positive check (quantity >= 1));`,
    );
    this.addSql(`create index "booking_allocations_booking_id_index" on "booking_allocations" ("booking_id");`);
    this.addSql(`create index "booking_allocations_item_id_index" on "booking_allocations" ("item_id");`);
    this.addSql(
      `create index "booking_allocations_kind_target_id_created_at_id_index" on "booking_allocations" ("kind", "target_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "booking_allocations_live_by_target" on "booking_allocations" ("kind", "target_id") include ("quantity", "hold_expires_at") where "status" in ('held', 'confirmed', 'fulfilled');`,
    );

    this.addSql(
      `create table "booking_fulfillments" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "item_id" varchar(255) null, "traveler_id" varchar(255) null, "type" text check ("type" in ('voucher', 'ticket', 'pdf', 'qr_code', 'barcode', 'mobile', 'other')) not null, "delivery_channel" text check ("delivery_channel" in ('download', 'email', 'api', 'wallet', 'other')) not null, "status" text check ("status" in ('pending', 'issued', 'reissued', 'revoked', 'failed')) not null default 'pending', "artifact_url" text null, "payload" jsonb null, "issued_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_fulfillments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_fulfillments_booking_id_index" on "booking_fulfillments" ("booking_id");`);
    this.addSql(`create index "booking_fulfillments_item_id_index" on "booking_fulfillments" ("item_id");`);
    this.addSql(`create index "booking_fulfillments_traveler_id_index" on "booking_fulfillments" ("traveler_id");`);

    this.addSql(
      `create table "booking_redemptions" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "fulfillment_id" varchar(255) not null, "item_id" varchar(255) null, "traveler_id" varchar(255) null, "method" text check ("method" in ('manual', 'scan', 'api', 'other')) not null, "location" varchar(255) null, "redeemed_at" timestamptz not null, "recorded_by_id" varchar(255) not null, "recorded_by_type" varchar(255) not null, "created_at" timestamptz not null, constraint "booking_redemptions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_redemptions_booking_id_index" on "booking_redemptions" ("booking_id");`);
    this.addSql(
      `alter table "booking_redemptions" add constraint "booking_redemptions_fulfillment_id_unique" unique ("fulfillment_id");`,
    );
    this.addSql(`create index "booking_redemptions_item_id_index" on "booking_redemptions" ("item_id");`);
    this.addSql(`create index "booking_redemptions_traveler_id_index" on "booking_redemptions" ("traveler_id");`);

    this.addSql(
      `alter table "booking_allocations" add constraint "booking_allocations_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_allocations" add constraint "booking_allocations_item_id_foreign" foreign key ("item_id") references "booking_items" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_fulfillments" add constraint "booking_fulfillments_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_fulfillments" add constraint "booking_fulfillments_item_id_foreign" foreign key ("item_id") references "booking_items" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "booking_fulfillments" add constraint "booking_fulfillments_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "booking_redemptions" add constraint "booking_redemptions_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_redemptions" add constraint "booking_redemptions_fulfillment_id_foreign" foreign key ("fulfillment_id") references "booking_fulfillments" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_redemptions" add constraint "booking_redemptions_item_id_foreign" foreign key ("item_id") references "booking_items" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "booking_redemptions" add constraint "booking_redemptions_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create index "bookings_live_holds" on "bookings" ("hold_expires_at", "id") where "status" in ('on_hold', 'awaiting_payment');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking_redemptions" drop constraint "booking_redemptions_fulfillment_id_foreign";`);

    this.addSql(`drop table if exists "allocation_capacities" cascade;`);

    this.addSql(`drop table if exists "booking_outbox" cascade;`);

    this.addSql(`drop table if exists "booking_allocations" cascade;`);

    this.addSql(`drop table if exists "booking_fulfillments" cascade;`);

    this.addSql(`drop table if exists "booking_redemptions" cascade;`);

    this.addSql(`drop index "bookings_live_holds";`);
  }
}
