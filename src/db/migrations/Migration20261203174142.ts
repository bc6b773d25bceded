import { Migration } from '@mikro-orm/migrations';

export class Migration20261203174142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "booking_supplier_statuses" add column "supplier_invoice_line_id" varchar(255) null;`);
    this.addSql(
      `create index "booking_supplier_statuses_supplier_id_index" on "booking_supplier_statuses" ("supplier_id");`,
    );
    this.addSql(
      `alter table "booking_supplier_statuses" add constraint ` +
        `"booking_supplier_statuses_supplier_invoice_line_id_unique" unique ("supplier_invoice_line_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "booking_supplier_statuses_supplier_id_index";`);
    this.addSql(
      `alter table "booking_supplier_statuses" drop constraint ` +
        `"booking_supplier_statuses_supplier_invoice_line_id_unique";`,
    );
    this.addSql(`alter table "booking_supplier_statuses" drop column "supplier_invoice_line_id";`);
  }
}
