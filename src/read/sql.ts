import { ReferenceKind, type EntityMetadata, type MetadataStorage } from '@mikro-orm/core';
import type { Pool } from 'pg';
import { rememberStatement } from '../logging/safe-error';
import type { BlindIndex } from '../pii/blind-index';

/** Counts the SQL statements one request issues, so tests can assert it stays flat. */
export interface SqlCounter {
  statements: number;
}

interface ColumnPlan {
  /** `"table"`, quoted. */
  table: string;
  select: string;
  /** Each persisted property's `alias."column"`, for selecting a subset. */
  selects: ReadonlyMap<string, string>;
  convert: (row: object) => void;
}

const MAX_SHAPED_STATEMENTS = 64;

/** Properties to read; `null` reads them all. */
export type PropertySelection = ReadonlySet<string> | null;

/** A selection with a name that tells it apart from others (`all` for every column). */
export interface ColumnChoice {
  readonly name: string;
  readonly only: PropertySelection;
}

export function columnChoice(only: PropertySelection): ColumnChoice {
  return { name: only === null ? 'all' : [...only].sort().join(','), only };
}

/**
 * Values bound as `$1, $2, …` in the order SQL text asks for them: every value a caller gives
 * reaches PostgreSQL as a parameter, never as text. `snapshot` keeps the values bound so far, for
 * a second statement that reuses the first one's leading conditions.
 */
export class SqlParameters {
  readonly values: unknown[] = [];

  readonly bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };

  snapshot(): unknown[] {
    return [...this.values];
  }
}

/**
 * The allocations that count against capacity at the instant bound as `now` (a placeholder:
 * `$3` for the read pool, `?` inside an ORM transaction). The one SQL form of `consumesCapacity`;
 * the partial index `booking_allocations_live_by_target` serves it.
 */
export const liveAllocation = (alias: string, now: string): string =>
  `(${alias}.status in ('confirmed', 'fulfilled') or (${alias}.status = 'held' and ${alias}.hold_expires_at > ${now}))`;

/**
 * Hot read paths bypass entity hydration (measured at ~20 µs per row): rows come straight from
 * `pg`, with columns aliased to entity property names and converted to the entity's JS types.
 */
export class ReadModel {
  private readonly plans = new Map<string, ColumnPlan>();
  private readonly shapedNames = new Map<string, string>();

  constructor(
    private readonly pool: Pool,
    private readonly metadata: MetadataStorage,
    /** How search terms are matched against personal data (exact, by digest). */
    readonly blindIndex: BlindIndex,
  ) {}

  /**
   * `alias."column" as "property", …` for every persisted property of the entity, or only for
   * `only` (names that are not persisted properties are ignored).
   */
  columns(entityName: string, alias: string, only: PropertySelection = null): string {
    const plan = this.plan(entityName, alias);
    if (only === null) return plan.select;
    const parts: string[] = [];
    for (const [name, column] of plan.selects) if (only.has(name)) parts.push(`${column} as "${name}"`);
    return parts.join(', ');
  }

  /**
   * The row as one JSON object keyed by property names (all properties, or only `only`). Built
   * with `json_build_object` where it fits its 100 arguments: a `row_to_json` subselect per row is
   * a sub-plan per row. `extra` adds computed members (fixed SQL, never caller input).
   */
  jsonObject(
    entityName: string,
    alias: string,
    only: PropertySelection = null,
    extra: readonly (readonly [string, string])[] = [],
  ): string {
    const plan = this.plan(entityName, alias);
    const members: (readonly [string, string])[] = [];
    for (const [name, column] of plan.selects) if (only === null || only.has(name)) members.push([name, column]);
    members.push(...extra);
    if (members.length <= 50)
      return `json_build_object(${members.map(([name, sql]) => `'${name}', ${sql}`).join(', ')})`;
    return `(select row_to_json(x) from (select ${members.map(([name, sql]) => `${sql} as "${name}"`).join(', ')}) x)`;
  }

  /** The entity's table, quoted, as its metadata names it. */
  table(entityName: string): string {
    return this.plan(entityName, 't').table;
  }

  /** `alias."column"` of one persisted property; throws for a name that is not one (a bug, not input). */
  column(entityName: string, alias: string, property: string): string {
    const column = this.plan(entityName, alias).selects.get(property);
    if (column === undefined) throw new Error(`${entityName}.${property} is not a persisted column`);
    return column;
  }

  /** Whether `name` is a persisted property `columns` can select. */
  hasProperty(entityName: string, name: string): boolean {
    return this.plan(entityName, 't').selects.has(name);
  }

  /** The rows of `sql` (which must select `columns(entityName, alias)`), in the entity's JS types. */
  async rows<T extends object>(
    counter: SqlCounter,
    entityName: string,
    alias: string,
    sql: string,
    params: unknown[],
  ): Promise<T[]> {
    return this.convert(entityName, alias, await this.query<T>(counter, sql, params));
  }

  /**
   * The rows of `sql` (which must select `columns(entityName, alias)`), decoded from one JSON value:
   * `pg` decodes a wide row column by column (a timestamp parse each), which cost more than the
   * rest of a fifty-booking page's SQL handling. For unordered lookups only: json_agg over a
   * sorted subquery keeps the order in practice, not by definition.
   */
  async jsonRows<T extends object>(
    counter: SqlCounter,
    entityName: string,
    alias: string,
    sql: string,
    params: unknown[],
  ): Promise<T[]> {
    const [result] = await this.query<{ rows: T[] | null }>(
      counter,
      `select json_agg(r) as "rows" from (${sql}) r`,
      params,
    );
    return this.convert(entityName, alias, result?.rows ?? []);
  }

  /**
   * Converts rows selected with `columns(entityName, alias)` (also when nested as JSON) in place:
   * timestamps to Dates, bigints to numbers, dates to calendar days. The row type is the query's
   * claim, as with any `pg` result; this makes the values match it.
   */
  convert<T extends object>(entityName: string, alias: string, rows: T[]): T[] {
    const { convert } = this.plan(entityName, alias);
    for (const row of rows) convert(row);
    return rows;
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

  /**
   * A statement whose text is built from the operation's selection (a handful of shapes in
   * practice): named, so each pooled connection plans it once, which was a third of a page's SQL
   * time. Past a bound of distinct texts the rest run unnamed, so odd selections cannot grow every
   * connection's prepared statements without limit.
   */
  async shaped<T extends object>(counter: SqlCounter, sql: string, params: unknown[]): Promise<T[]> {
    let name = this.shapedNames.get(sql);
    if (name === undefined && this.shapedNames.size < MAX_SHAPED_STATEMENTS) {
      name = `shaped_${this.shapedNames.size + 1}`;
      this.shapedNames.set(sql, name);
    }
    return name === undefined ? this.query<T>(counter, sql, params) : this.prepared<T>(counter, name, sql, params);
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
  const selects = new Map<string, string>();
  const dates: string[] = [];
  const numbers: string[] = [];
  const days: string[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames || prop.fieldNames.length !== 1) continue;
    // Lazy columns (blind-index digests) are matched in SQL, never read back.
    if (prop.lazy === true) continue;
    if (
      prop.kind !== ReferenceKind.SCALAR &&
      !(prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
    )
      continue;
    selects.set(prop.name, `${alias}."${prop.fieldNames[0]}"`);
    const columnType = (prop.columnTypes?.[0] ?? '').toLowerCase();
    if (columnType.startsWith('timestamp')) dates.push(prop.name);
    else if (columnType === 'date') days.push(prop.name);
    else if (columnType === 'bigint' || columnType === 'int8') numbers.push(prop.name);
  }
  return {
    table: `"${meta.tableName}"`,
    select: [...selects].map(([name, column]) => `${column} as "${name}"`).join(', '),
    selects,
    convert: (row) => {
      for (const name of dates) {
        const value: unknown = Reflect.get(row, name);
        if (typeof value === 'string') Reflect.set(row, name, new Date(value));
      }
      for (const name of numbers) {
        const value: unknown = Reflect.get(row, name);
        if (typeof value === 'string') Reflect.set(row, name, Number(value));
      }
      for (const name of days) {
        const value: unknown = Reflect.get(row, name);
        if (value instanceof Date) Reflect.set(row, name, calendarDay(value));
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
