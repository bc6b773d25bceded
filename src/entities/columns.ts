import { p } from '@mikro-orm/core';

/** A text column checked against a fixed vocabulary (the vocabularies are readonly tuples). */
export const vocabulary = <const T extends readonly string[]>(values: T) => p.enum([...values] as Array<T[number]>);
