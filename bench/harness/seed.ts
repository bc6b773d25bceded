import type { MetadataStorage } from '@mikro-orm/core';
import type { Pool } from 'pg';

/** A row keyed by the entity's property names (`booking`, `sellAmountCents`, …). */
export type EntityRow = Record<string, unknown>;

const ROWS_PER_STATEMENT = 5000;

/**
 * Bulk-inserts rows into an entity's table. Table and column names come from the ORM metadata,
 * so the bench follows renames in the entities; values go in as one JSON parameter per chunk
 * (`json_populate_recordset` casts each field to its column type). Properties no row sets keep
 * their column defaults; a property only some rows set is NULL in the others.
 */
export async function insertEntities(
  pool: Pool,
  metadata: MetadataStorage,
  entityName: string,
  rows: EntityRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = metadata.get(entityName);
  const properties = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = properties.map((name) => {
    const property = meta.props.find((candidate) => candidate.name === name);
    const fieldNames = property?.fieldNames ?? [];
    if (fieldNames.length !== 1) throw new Error(`${entityName}.${name} does not map to exactly one column`);
    return fieldNames[0];
  });
  const columnList = columns.map((column) => `"${column}"`).join(', ');
  const sql = `insert into "${meta.tableName}" (${columnList})
    select ${columnList} from json_populate_recordset(null::"${meta.tableName}", $1::json)`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const record: Record<string, unknown> = {};
      properties.forEach((name, index) => {
        record[columns[index]] = row[name] ?? null;
      });
      return record;
    });
    await pool.query(sql, [JSON.stringify(chunk)]);
  }
}
