import { Migration } from '@mikro-orm/migrations';

export class Migration20261126070248 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bookings" ("id" varchar(255) not null, "booking_number" varchar(50) not null, "status" text check ("status" in ('draft', 'on_hold', 'awaiting_payment', 'confirmed', 'in_progress', 'completed', 'expired', 'cancelled')) not null default 'draft', "person_id" varchar(255) null, "organization_id" varchar(255) null, "source_type" text check ("source_type" in ('direct', 'manual', 'affiliate', 'ota', 'reseller', 'api_partner', 'internal')) not null default 'direct', "external_booking_ref" varchar(255) null, "communication_language" varchar(35) null, "contact_first_name" varchar(255) null, "contact_last_name" varchar(255) null, "contact_party_type" text check ("contact_party_type" in ('individual', 'company')) null, "contact_tax_id" varchar(255) null, "contact_email" varchar(255) null, "contact_phone" varchar(255) null, "contact_preferred_language" varchar(35) null, "contact_country" varchar(2) null, "contact_region" varchar(255) null, "contact_city" varchar(255) null, "contact_address_line1" varchar(255) null, "contact_address_line2" varchar(255) null, "contact_postal_code" varchar(255) null, "sell_currency" varchar(3) not null, "sell_amount_cents" bigint not null default 0, "cost_amount_cents" bigint null, "start_date" date null, "end_date" date null, "pax" int not null default 0, "internal_notes" text null, "hold_expires_at" timestamptz null, "confirmed_at" timestamptz null, "awaiting_payment_at" timestamptz null, "paid_at" timestamptz null, "expired_at" timestamptz null, "cancelled_at" timestamptz null, "completed_at" timestamptz null, "redeemed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "bookings_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "bookings" add constraint "bookings_booking_number_unique" unique ("booking_number");`);
    this.addSql(`create index "bookings_person_id_index" on "bookings" ("person_id");`);
    this.addSql(`create index "bookings_organization_id_index" on "bookings" ("organization_id");`);
    this.addSql(`create index "bookings_created_at_id_index" on "bookings" ("created_at", "id");`);
    this.addSql(`create index "bookings_start_date_id_index" on "bookings" ("start_date", "id");`);
    this.addSql(`create index "bookings_status_index" on "bookings" ("status");`);

    this.addSql(
      `create table "booking_activities" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "type" varchar(255) not null, "actor_id" varchar(255) not null, "actor_type" varchar(255) not null, "description" text not null, "metadata" jsonb null, "created_at" timestamptz not null, constraint "booking_activities_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "booking_activities_booking_id_created_at_id_index" on "booking_activities" ("booking_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "booking_items" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "title" varchar(255) not null, "description" text null, "item_type" text check ("item_type" in ('unit', 'service', 'extra', 'fee', 'tax', 'discount', 'adjustment', 'accommodation', 'transport', 'other')) not null default 'unit', "status" text check ("status" in ('draft', 'on_hold', 'confirmed', 'cancelled', 'expired', 'fulfilled')) not null default 'draft', "service_date" date null, "starts_at" timestamptz null, "ends_at" timestamptz null, "quantity" int not null, "sell_currency" varchar(3) not null, "unit_sell_amount_cents" bigint not null, "total_sell_amount_cents" bigint not null, "cost_currency" varchar(3) null, "unit_cost_amount_cents" bigint null, "total_cost_amount_cents" bigint null, "product_id" varchar(255) null, "product_name" varchar(255) null, "option_id" varchar(255) null, "option_name" varchar(255) null, "unit_id" varchar(255) null, "unit_name" varchar(255) null, "slot_id" varchar(255) null, "metadata" jsonb null, "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_items_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_items_booking_id_index" on "booking_items" ("booking_id");`);
    this.addSql(`create index "booking_items_slot_id_index" on "booking_items" ("slot_id");`);

    this.addSql(
      `create table "booking_notes" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "author_id" varchar(255) not null, "content" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_notes_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "booking_notes_booking_id_created_at_index" on "booking_notes" ("booking_id", "created_at");`,
    );

    this.addSql(
      `create table "booking_origins" ("booking_id" varchar(255) not null, "origin_source" text check ("origin_source" in ('manual', 'direct_b2c', 'accepted_quote_version', 'catalog_price_availability', 'catalog_snapshot', 'provider_source_order', 'legacy_transaction')) not null, "quote_id" varchar(255) null, "quote_version_id" varchar(255) null, "trip_snapshot_id" varchar(255) null, "reservation_plan_id" varchar(255) null, "catalog_price_response_id" varchar(255) null, "catalog_snapshot_id" varchar(255) null, "provider_source_kind" varchar(255) null, "provider_source_provider" varchar(255) null, "provider_source_connection_id" varchar(255) null, "provider_source_ref" varchar(255) null, "provider_order_ref" varchar(255) null, "legacy_transaction_offer_id" varchar(255) null, "legacy_transaction_order_id" varchar(255) null, "metadata" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_origins_pkey" primary key ("booking_id"));`,
    );
    this.addSql(`create index "booking_origins_quote_id_index" on "booking_origins" ("quote_id");`);
    this.addSql(`create index "booking_origins_quote_version_id_index" on "booking_origins" ("quote_version_id");`);

    this.addSql(
      `create table "booking_supplier_statuses" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "supplier_id" varchar(255) null, "supplier_service_id" varchar(255) null, "service_name" varchar(255) not null, "status" text check ("status" in ('pending', 'confirmed', 'rejected', 'cancelled')) not null default 'pending', "supplier_reference" varchar(255) null, "cost_currency" varchar(3) null, "cost_amount_cents" bigint null, "notes" text null, "confirmed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_supplier_statuses_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "booking_supplier_statuses_booking_id_index" on "booking_supplier_statuses" ("booking_id");`,
    );

    this.addSql(
      `create table "booking_travelers" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "person_id" varchar(255) null, "participant_type" text check ("participant_type" in ('traveler', 'occupant', 'other')) not null default 'traveler', "category" text check ("category" in ('adult', 'child', 'infant', 'senior', 'other')) not null default 'adult', "first_name" varchar(255) not null, "last_name" varchar(255) not null, "email" varchar(255) null, "phone" varchar(255) null, "preferred_language" varchar(35) null, "special_requests" text null, "is_primary" boolean not null default false, "notes" text null, "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_travelers_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_travelers_booking_id_index" on "booking_travelers" ("booking_id");`);
    this.addSql(`create index "booking_travelers_person_id_index" on "booking_travelers" ("person_id");`);
    this.addSql(
      `create unique index "booking_travelers_one_primary" on "booking_travelers" ("booking_id") where "is_primary";`,
    );

    this.addSql(
      `create table "booking_item_travelers" ("id" varchar(255) not null, "item_id" varchar(255) not null, "traveler_id" varchar(255) not null, "role" text check ("role" in ('traveler', 'occupant', 'beneficiary', 'other')) not null default 'traveler', "created_at" timestamptz not null, constraint "booking_item_travelers_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_item_travelers_traveler_id_index" on "booking_item_travelers" ("traveler_id");`);
    this.addSql(
      `alter table "booking_item_travelers" add constraint "booking_item_travelers_item_id_traveler_id_unique" unique ("item_id", "traveler_id");`,
    );

    this.addSql(
      `alter table "booking_activities" add constraint "booking_activities_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_items" add constraint "booking_items_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_notes" add constraint "booking_notes_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_origins" add constraint "booking_origins_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_supplier_statuses" add constraint "booking_supplier_statuses_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_travelers" add constraint "booking_travelers_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_item_travelers" add constraint "booking_item_travelers_item_id_foreign" foreign key ("item_id") references "booking_items" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_item_travelers" add constraint "booking_item_travelers_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete cascade;`,
    );
  }
}
