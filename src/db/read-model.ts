import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import type { Pool } from 'pg';
import { rememberStatement } from '../logging/safe-error';

/** Counts the SQL statements one request issues, so tests can assert it stays flat. */
export interface SqlCounter {
  statements: number;
}

interface ColumnPlan {
  select: string;
  convert: (row: Record<string, unknown>) => void;
}

/**
 * Hot read paths bypass entity hydration (measured at ~20 µs per row): rows come straight from
 * `pg`, with columns aliased to entity property names and converted to the entity's JS types.
 */
export class ReadModel {
  private readonly plans = new Map<string, ColumnPlan>();

  constructor(
    private readonly pool: Pool,
    private readonly metadata: MetadataStorage,
  ) {}

  /** `alias."column" as "property", …` for every persisted property of the entity. */
  columns(entityName: string, alias: string): string {
    return this.plan(entityName, alias).select;
  }

  async rows<T>(counter: SqlCounter, entityName: string, alias: string, sql: string, params: unknown[]): Promise<T[]> {
    return this.convert<T>(entityName, alias, await this.query<Record<string, unknown>>(counter, sql, params));
  }

  /**
   * The rows of `sql` (which must select `columns(entityName, alias)`), decoded from one JSON value:
   * `pg` decodes a wide row column by column (a timestamp parse each), which cost more than the
   * rest of a fifty-booking page's SQL handling. For unordered lookups only: json_agg over a
   * sorted subquery keeps the order in practice, not by definition.
   */
  async jsonRows<T>(counter: SqlCounter, entityName: string, alias: string, sql: string, params: unknown[]): Promise<T[]> {
    const [result] = await this.query<{ rows: Record<string, unknown>[] | null }>(counter, `select json_agg(r) as "rows" from (${sql}) r`, params);
    return this.convert<T>(entityName, alias, result?.rows ?? []);
  }

  /** Converts rows selected with `columns(entityName, alias)` (also when nested as JSON) in place. */
  convert<T>(entityName: string, alias: string, rows: Record<string, unknown>[]): T[] {
    const { convert } = this.plan(entityName, alias);
    for (const row of rows) convert(row);
    return rows as unknown as T[];
  }

  async query<T extends object>(counter: SqlCounter, sql: string, params: unknown[]): Promise<T[]> {
    counter.statements += 1;
    try {
      const result = await this.pool.query<T>(sql, params);
      return result.rows;
    } catch (error) {
      throw rememberStatement(error, sql);
    }
  }

  /**
   * A named statement: each pooled connection parses and plans it once, then only binds. For hot
   * statements whose text never changes for a given name.
   */
  async prepared<T extends object>(counter: SqlCounter, name: string, sql: string, params: unknown[]): Promise<T[]> {
    counter.statements += 1;
    try {
      const result = await this.pool.query<T>({ name, text: sql, values: params });
      return result.rows;
    } catch (error) {
      throw rememberStatement(error, sql);
    }
  }

  private plan(entityName: string, alias: string): ColumnPlan {
    const key = `${entityName}:${alias}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    const plan = buildPlan(this.metadata.get(entityName), alias);
    this.plans.set(key, plan);
    return plan;
  }
}

function buildPlan(meta: EntityMetadata, alias: string): ColumnPlan {
  const parts: string[] = [];
  const dates: string[] = [];
  const numbers: string[] = [];
  const days: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames || prop.fieldNames.length !== 1) continue;
    if (prop.kind !== 'scalar' && !(prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner))) continue;
    parts.push(`${alias}."${prop.fieldNames[0]}" as "${prop.name}"`);
    const columnType = (prop.columnTypes?.[0] ?? '').toLowerCase();
    if (columnType.startsWith('timestamp')) dates.push(prop.name);
    else if (columnType === 'date') days.push(prop.name);
    else if (columnType === 'bigint' || columnType === 'int8') numbers.push(prop.name);
  }
  return {
    select: parts.join(', '),
    convert: (row) => {
      for (const name of dates) {
        const value = row[name];
        if (typeof value === 'string') row[name] = new Date(value);
      }
      for (const name of numbers) {
        const value = row[name];
        if (typeof value === 'string') row[name] = Number(value);
      }
      for (const name of days) {
        const value = row[name];
        if (value instanceof Date) row[name] = calendarDay(value);
      }
    },
  };
}

/**
 * `pg` parses a `date` column into local midnight; entities (and the Date scalar) carry calendar
 * days as `YYYY-MM-DD`, so the local parts are read back rather than the UTC ones.
 */
function calendarDay(value: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${String(value.getFullYear()).padStart(4, '0')}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
