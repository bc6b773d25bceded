import type { z } from 'zod';
import { badUserInput } from '../errors';

/**
 * Parses a resolver argument at the boundary; the first problem becomes BAD_USER_INPUT with its
 * path (`input.items.0.quantity`) so clients can point at the field.
 */
/** `root` is the argument's name (`input`, `id`); an empty root parses a field's whole argument map. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [root, ...(issue?.path ?? []).map(String)].filter((part) => part !== '').join('.');
  throw badUserInput(`${field}: ${issue?.message ?? 'invalid value'}`, field);
}
