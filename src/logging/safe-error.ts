import { DriverException, ValidationError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/**
 * An error as the log may show it. A database error's message is the statement with its values
 * inlined (MikroORM formats parameters into the SQL text), and PostgreSQL's own message, `detail`
 * ("Failing row contains (…)") and `where` ("portal parameter $1 = '…'") quote input values:
 * none of them is logged. What is logged is enough to find the fault: the SQLSTATE, the objects
 * involved, the statement with placeholders, and where in our code it was thrown.
 */
export interface LoggedError {
  type: string;
  /** Only for errors whose text is ours, never for the database's or a parser's. */
  message?: string;
  /** The SQLSTATE for a database error, else a string `code` the error carries. */
  code?: string;
  statement?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  stack?: string;
  cause?: LoggedError;
}

const statements = new WeakMap<object, string>();

/** Remembers the statement (with placeholders) that raised `error`, for the log; returns the error. */
export function rememberStatement<E>(error: E, statement: string): E {
  if (typeof error === 'object' && error !== null && !statements.has(error)) statements.set(error, statement);
  return error;
}

/** Any literal left in a statement's text (MikroORM writes `$in` lists inline) becomes a placeholder. */
export function withoutLiterals(statement: string): string {
  return statement.replace(/E?'(?:[^']|'')*'/g, '?');
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function field(error: object, name: string): string | undefined {
  const value: unknown = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A PostgreSQL error, as `pg` raises it or MikroORM wraps it. */
export function isDatabaseError(error: unknown): boolean {
  if (error instanceof DriverException) return true;
  return (
    error instanceof Error && typeof field(error, 'severity') === 'string' && SQLSTATE.test(field(error, 'code') ?? '')
  );
}

/** Errors whose message quotes the input it choked on. */
function quotesValues(error: Error): boolean {
  return isDatabaseError(error) || error instanceof ValidationError || error instanceof SyntaxError;
}

/** The stack without its first line(s), which repeat the message. */
function framesOnly(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

/** What of `error` may be logged: the pino serializer for `err` and `error`. */
export function describeError(error: unknown, depth = 0): LoggedError {
  // graphql-js copies the original error's message into the GraphQLError it wraps it in.
  if (error instanceof GraphQLError && error.originalError) return describeError(error.originalError, depth);
  if (!(error instanceof Error)) return { type: typeof error };
  const described: LoggedError = { type: error.constructor?.name ?? error.name };
  const code = field(error, 'code');
  if (code !== undefined) described.code = code;
  if (quotesValues(error)) {
    const statement = statements.get(error);
    if (statement !== undefined) described.statement = withoutLiterals(statement);
    for (const name of ['table', 'column', 'constraint', 'routine'] as const) {
      const value = field(error, name);
      if (value !== undefined) described[name] = value;
    }
    described.stack = framesOnly(error.stack);
  } else {
    described.message = error.message;
    described.stack = error.stack;
  }
  if (error.cause !== undefined && depth < 3) described.cause = describeError(error.cause, depth + 1);
  return described;
}
