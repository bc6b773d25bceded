import { Migration } from '@mikro-orm/migrations';

export class Migration20261203174445 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "booking_answers" ("id" varchar(255) not null, "booking_id" varchar(255) not null, "question_ref" varchar(255) not null, "question_snapshot" jsonb not null, "target" varchar(20) not null, "traveler_id" varchar(255) null, "booking_item_id" varchar(255) null, "value" jsonb not null, "answered_by" varchar(255) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "booking_answers_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "booking_answers_booking_id_index" on "booking_answers" ("booking_id");`);
    this.addSql(`create index "booking_answers_traveler_id_index" on "booking_answers" ("traveler_id");`);
    this.addSql(`create index "booking_answers_booking_item_id_index" on "booking_answers" ("booking_item_id");`);
    this.addSql(
      `create unique index "booking_answers_one_per_target" on "booking_answers" ("booking_id", "question_ref", "traveler_id", "booking_item_id") nulls not distinct;`,
    );

    this.addSql(
      `alter table "booking_answers" add constraint "booking_answers_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_answers" add constraint "booking_answers_traveler_id_foreign" foreign key ("traveler_id") references "booking_travelers" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_answers" add constraint "booking_answers_booking_item_id_foreign" foreign key ("booking_item_id") references "booking_items" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "booking_traveler_travel_details" add column "filled_fields" jsonb not null default '[]';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booking_answers" cascade;`);

    this.addSql(`alter table "booking_traveler_travel_details" drop column "filled_fields";`);
  }
}
