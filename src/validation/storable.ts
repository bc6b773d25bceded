import type { z } from 'zod';

/**
 * What PostgreSQL cannot store, found before it is asked to: it refuses U+0000 in text and jsonb,
 * and a lone UTF-16 surrogate has no UTF-8 form (the driver would store U+FFFD in its place, jsonb
 * refuses the escape). Either one used to surface as an INTERNAL_SERVER_ERROR with the statement in the log.
 */
export const NUL_MESSAGE = 'must not contain NUL characters (U+0000)';
export const LONE_SURROGATE_MESSAGE = 'must not contain unpaired UTF-16 surrogates';

/** Free-form JSON is bounded like text: deep nesting costs stack, size costs every read of the row. */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_BYTES = 64 * 1024;
export const JSON_DEPTH_MESSAGE = `must not be nested deeper than ${MAX_JSON_DEPTH} levels`;
export const JSON_SIZE_MESSAGE = `must be at most ${MAX_JSON_BYTES} bytes as JSON`;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be stored as given, or null. */
export function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return LONE_SURROGATE_MESSAGE;
  return null;
}

/**
 * Why a JSON value cannot be stored, or null: every key and string at any depth, then the depth
 * (the outermost object or array is level 1), then the size. The depth is checked first so that
 * measuring the size never walks an unbounded structure.
 */
export function unstorableJson(value: unknown): string | null {
  const problem = walk(value, 1);
  if (problem) return problem;
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') > MAX_JSON_BYTES ? JSON_SIZE_MESSAGE : null;
}

function walk(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return unstorableText(value);
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_JSON_DEPTH) return JSON_DEPTH_MESSAGE;
  if (Array.isArray(value)) {
    for (const element of value) {
      const problem = walk(element, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, element] of Object.entries(value)) {
    const problem = unstorableText(key) ?? walk(element, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** A zod check reporting `problem(value)` as an issue on the field itself. */
export function storableCheck<T>(problem: (value: T) => string | null) {
  return (payload: z.core.ParsePayload<T>): void => {
    const message = problem(payload.value);
    if (message) payload.issues.push({ code: 'custom', message, input: payload.value });
  };
}
