/**
 * `npm run schema:diff [-- --base <git ref>]`: what schema.graphql changes for clients compared
 * with the version on `main` (or `--base`, or SCHEMA_DIFF_BASE), by @graphql-inspector/core.
 * Exits 1 when a change is breaking, so a pipeline can stop on it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

export interface SchemaDiffReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/**
 * The subgraph SDL as a plain schema. Federation directives come through `@link` and are not
 * declared in the file; `assumeValidSDL` builds it without their definitions, keeping their uses.
 */
const buildSubgraphSdl = (sdl: string): GraphQLSchema => buildASTSchema(parse(sdl), { assumeValidSDL: true });

export async function diffSchemas(baseSdl: string, currentSdl: string): Promise<SchemaDiffReport> {
  const changes = await diff(buildSubgraphSdl(baseSdl), buildSubgraphSdl(currentSdl));
  const at = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return {
    breaking: at(CriticalityLevel.Breaking),
    dangerous: at(CriticalityLevel.Dangerous),
    safe: at(CriticalityLevel.NonBreaking),
  };
}

export function formatReport(report: SchemaDiffReport, base: string): string {
  const total = report.breaking.length + report.dangerous.length + report.safe.length;
  if (total === 0) return `schema.graphql: no changes against ${base}\n`;
  const section = (title: string, changes: Change[]) =>
    changes.length === 0
      ? []
      : [
          `${title} (${changes.length}):`,
          ...changes.map(
            (change) => `  - ${change.message}${change.criticality.reason ? ` — ${change.criticality.reason}` : ''}`,
          ),
        ];
  return [
    `schema.graphql against ${base}: ${report.breaking.length} breaking, ${report.dangerous.length} ` +
      `dangerous, ${report.safe.length} safe`,
    ...section('Breaking', report.breaking),
    ...section('Dangerous', report.dangerous),
    ...section('Safe', report.safe),
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { base: { type: 'string', default: process.env.SCHEMA_DIFF_BASE ?? 'main' } },
  });
  const base = values.base;
  const root = join(__dirname, '..');
  const baseSdl = execFileSync('git', ['show', `${base}:schema.graphql`], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const report = await diffSchemas(baseSdl, readFileSync(join(root, 'schema.graphql'), 'utf8'));
  process.stdout.write(formatReport(report, base));
  return report.breaking.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`schema:diff failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
