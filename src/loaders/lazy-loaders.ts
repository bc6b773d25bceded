import type { Clock } from '../clock';
import type { ReadModel, SqlCounter } from '../read/sql';

/** What every request's loaders are built from. */
export interface LoaderDeps {
  read: ReadModel;
  counter: SqlCounter;
  clock: Clock;
}

/** `self` is the request's own set, for loaders that prime their siblings. */
export type LoaderFactory<T> = (deps: LoaderDeps, self: never) => T;

export type LoaderSet<F> = { readonly [K in keyof F]: F[K] extends LoaderFactory<infer T> ? T : never };

const DEPS = Symbol('loader deps');

/**
 * A request touches a handful of its ~30 loaders (a keyed read: three), and building them all
 * up front was a measurable share of one. Each loader is built on first use and then kept as the
 * instance's own property; the getters live on one prototype built at start-up, so a request
 * pays for one small object until it reads something.
 */
export function lazyLoaderSet<F extends Record<string, LoaderFactory<unknown>>>(
  factories: F,
): (deps: LoaderDeps) => LoaderSet<F> {
  const build: Record<string, LoaderFactory<unknown>> = factories;
  class Loaders {
    readonly [DEPS]: LoaderDeps;
    constructor(deps: LoaderDeps) {
      this[DEPS] = deps;
    }
  }
  for (const name of Object.keys(build)) {
    const factory = build[name];
    if (!factory) continue;
    Object.defineProperty(Loaders.prototype, name, {
      configurable: false,
      enumerable: true,
      get(this: Loaders) {
        // Each factory names the siblings it primes; they are all on this set.
        const loader = factory(this[DEPS], this as never);
        Object.defineProperty(this, name, { value: loader, enumerable: true, writable: false, configurable: false });
        return loader;
      },
    });
  }
  return (deps) => new Loaders(deps) as unknown as LoaderSet<F>;
}
