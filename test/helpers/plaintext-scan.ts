import type { Pool } from 'pg';

/**
 * Every `table.column` of the public schema whose value, cast to text, contains one of the
 * needles. Every column of every table: a value in clear anywhere (a date column, a jsonb log,
 * an activity description) is a finding, not only the columns meant to hold it.
 */
export async function columnsContaining(pool: Pool, needles: readonly string[]): Promise<string[]> {
  const columns = await pool.query<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
  );
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns.rows) {
    const result = await pool.query<{ found: boolean }>(
      `select exists (select 1 from "${table}" where position(lower(needle) in lower("${column}"::text)) > 0) as found
         from unnest($1::text[]) as needle`,
      [needles],
    );
    if (result.rows.some((row) => row.found)) hits.push(`${table}.${column}`);
  }
  return hits;
}
