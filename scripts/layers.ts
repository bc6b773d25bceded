import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layers of src/, lowest first. A module may import from its own layer and from any layer
 * below it; an import from a layer above is an arrow pointing up, which `npm run layers` reports.
 * Members are folders (ending in `/`) or single modules (no extension), relative to src/; the
 * longest member that matches a file decides its layer, so a folder can keep one lower module
 * (the principal and scope vocabulary in auth/) without the rest of it sinking too.
 * docs/architecture.md describes the same order; change both together.
 */
export const LAYERS: readonly { name: string; why: string; members: readonly string[] }[] = [
  {
    name: 'core',
    why: 'pure vocabulary and primitives, no I/O: lifecycles, ids, clock, errors, config, log redaction',
    members: [
      'domain/',
      'statemachine/',
      'schema/',
      'ids',
      'clock',
      'errors',
      'config',
      'storefront-config',
      'logger',
      'logging/',
      'error-masking',
      'request-id',
      'auth/principal',
      'auth/scopes',
    ],
  },
  {
    name: 'model',
    why: 'the persisted shape and the input rules: entities and zod schemas',
    members: ['entities/', 'validation/'],
  },
  {
    name: 'data',
    why: 'talking to PostgreSQL, KMS, brokers and other subgraphs: the ORM, read queries, PII crypto, outbox, tokens',
    members: ['db/', 'read/', 'pii/', 'events/', 'ports/', 'observability/', 'auth/token-verifier', 'auth/dev-secret'],
  },
  {
    name: 'application',
    why:
      'use cases and their batching: services, approvals, inventory, pricing, sagas and their workflows, ' +
      'storefront sessions, periodic jobs, DataLoaders',
    members: [
      'services/',
      'approvals/',
      'inventory/',
      'pricing/',
      'requirements/',
      'sagas/',
      'reservation-plans/',
      'refunds/',
      'storefront/',
      'jobs/',
      'loaders/',
    ],
  },
  {
    name: 'api',
    why: 'the GraphQL surface: request context, generated resolver types, resolvers, shield rules, directives',
    members: ['context', 'generated/', 'resolvers/', 'auth/', 'directives/'],
  },
  { name: 'app', why: 'assembling the HTTP server, Apollo Server and its plugins', members: ['server', 'app/'] },
  { name: 'boot', why: 'process start-up and shutdown', members: ['start', 'main'] },
];

/** One import of one module by another, both as paths relative to src/ without extension. */
export interface ImportArrow {
  from: string;
  to: string;
}

export interface LayeredArrow extends ImportArrow {
  fromLayer: string;
  toLayer: string;
}

export interface LayerReport {
  modules: number;
  imports: number;
  /** Imports from a lower layer to a higher one. */
  upward: LayeredArrow[];
  /** Modules no layer claims: every module must have a place. */
  unplaced: string[];
}

const SOURCE = /\.ts$/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const moduleName = (srcDir: string, file: string): string =>
  relative(srcDir, file).split(sep).join('/').replace(SOURCE, '');

/** The file a relative specifier names, as Node's CommonJS resolution would find it; null outside src/ or not TS. */
function resolveSpecifier(srcDir: string, importer: string, specifier: string): string | null {
  const base = resolve(dirname(importer), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (!SOURCE.test(candidate) || !candidate.startsWith(srcDir + sep)) continue;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate: try the next one.
    }
  }
  return null;
}

/** Every relative import (static, type-only, re-export, dynamic import, require) between modules of src/. */
export function importGraph(srcDir: string): { modules: string[]; arrows: ImportArrow[] } {
  const root = resolve(srcDir);
  const files = sourceFiles(root);
  const arrows: ImportArrow[] = [];
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveSpecifier(root, file, fileName);
      if (target !== null && target !== file) targets.add(moduleName(root, target));
    }
    for (const to of [...targets].sort()) arrows.push({ from: moduleName(root, file), to });
  }
  return { modules: files.map((file) => moduleName(root, file)).sort(), arrows };
}

/** The index in LAYERS of the layer that claims a module; -1 when none does. */
export function layerOf(module: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((layer, index) => {
    for (const member of layer.members) {
      const matches = member.endsWith('/') ? module.startsWith(member) : module === member;
      if (matches && member.length > bestLength) {
        best = index;
        bestLength = member.length;
      }
    }
  });
  return best;
}

export function checkLayers(srcDir: string): LayerReport {
  const { modules, arrows } = importGraph(srcDir);
  const upward: LayeredArrow[] = [];
  for (const arrow of arrows) {
    const from = layerOf(arrow.from);
    const to = layerOf(arrow.to);
    if (from < 0 || to < 0 || to <= from) continue;
    upward.push({ ...arrow, fromLayer: LAYERS[from]?.name ?? '?', toLayer: LAYERS[to]?.name ?? '?' });
  }
  return {
    modules: modules.length,
    imports: arrows.length,
    upward,
    unplaced: modules.filter((module) => layerOf(module) < 0),
  };
}

function main(): void {
  const report = checkLayers(join(__dirname, '..', 'src'));
  console.log(`layers (lowest first): ${LAYERS.map((layer) => layer.name).join(' → ')}`);
  console.log(`${report.modules} modules, ${report.imports} imports, ${report.upward.length} pointing up`);
  for (const arrow of report.upward)
    console.log(`  ${arrow.from} (${arrow.fromLayer}) → ${arrow.to} (${arrow.toLayer})`);
  for (const module of report.unplaced) console.log(`  no layer claims ${module}`);
  if (report.upward.length > 0 || report.unplaced.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
