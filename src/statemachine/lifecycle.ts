/**
 * A lifecycle expressed as data: its states, the allowed exits from each state, and the
 * questions every caller asks of it.
 */
export interface Lifecycle<S extends string> {
  readonly states: readonly S[];
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  /** States with no exits, in declaration order. */
  readonly terminal: readonly S[];
  /** Whether `from → to` is an edge of the table. Unknown states are never allowed to move. */
  can(from: S, to: S): boolean;
  /** The states reachable from `from` in one step; empty for terminal or unknown states. */
  next(this: void, from: S): readonly S[];
}

/**
 * Builds a {@link Lifecycle} from a transitions table.
 *
 * @throws Error when the table names a state that is not in `states`, repeats a state, or
 * lists the same exit twice, so a typo in a table fails at module load rather than at run time.
 */
export function defineLifecycle<S extends string>(
  states: readonly S[],
  // NoInfer keeps S pinned to `states`, so a misspelt target is a compile error instead of widening S.
  transitions: NoInfer<Record<S, readonly S[]>>,
): Lifecycle<S> {
  const known = new Set<string>(states);
  if (known.size !== states.length) {
    throw new Error('A lifecycle lists a state more than once');
  }
  for (const from of Object.keys(transitions)) {
    if (!known.has(from)) {
      throw new Error(`A lifecycle has exits for unknown state "${from}"`);
    }
  }

  const exits = new Map<string, ReadonlySet<string>>();
  const frozenTransitions = {} as Record<S, readonly S[]>;
  for (const from of states) {
    // Object.hasOwn keeps inherited keys such as "constructor" from posing as states.
    const targets: readonly S[] = Object.hasOwn(transitions, from) ? transitions[from] : [];
    for (const to of targets) {
      if (!known.has(to)) {
        throw new Error(`A lifecycle lets "${from}" move to unknown state "${to}"`);
      }
    }
    if (new Set(targets).size !== targets.length) {
      throw new Error(`A lifecycle lists an exit of "${from}" more than once`);
    }
    frozenTransitions[from] = Object.freeze([...targets]);
    exits.set(from, new Set(targets));
  }

  const terminal = Object.freeze(states.filter((state) => frozenTransitions[state].length === 0));
  const none: readonly S[] = Object.freeze([]);

  return Object.freeze({
    states: Object.freeze([...states]),
    transitions: Object.freeze(frozenTransitions),
    terminal,
    can(from: S, to: S): boolean {
      return exits.get(from)?.has(to) ?? false;
    },
    next(from: S): readonly S[] {
      // Statuses read from storage are only nominally typed; an unknown one must not throw here.
      return exits.has(from) ? frozenTransitions[from] : none;
    },
  });
}
