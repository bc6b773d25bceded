import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformFile } from '@swc/core';

/** The compiled server entry, relative to the build directory. */
export const SERVER_ENTRY = join('bench', 'harness', 'server-process.js');

/** Files the server process needs besides `src/`: its entry and the IPC protocol. */
const HARNESS_FILES = ['bench/harness/server-process.ts', 'bench/harness/protocol.ts'];

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/**
 * Compiles `src/` and the server entry to CommonJS with swc (the same transform ts-node and jest
 * use here) into `outDir`, laid out like the project so `schema.graphql` and `node_modules`
 * resolve the way they do for `dist/`. Running the compiled output keeps ts-node (~80 MiB of RSS
 * on its own) out of the measured process. Returns the path of the compiled server entry.
 */
export async function compileServer(projectRoot: string, outDir: string): Promise<string> {
  const sources = [...filesUnder(join(projectRoot, 'src')), ...HARNESS_FILES.map((file) => join(projectRoot, file))];
  await Promise.all(
    sources.map(async (source) => {
      const target = join(outDir, relative(projectRoot, source));
      mkdirSync(dirname(target), { recursive: true });
      if (!source.endsWith('.ts') || source.endsWith('.d.ts')) {
        copyFileSync(source, target);
        return;
      }
      const output = await transformFile(source, {
        swcrc: false,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: false,
      });
      writeFileSync(target.replace(/\.ts$/, '.js'), output.code);
    }),
  );
  copyFileSync(join(projectRoot, 'schema.graphql'), join(outDir, 'schema.graphql'));
  symlinkSync(join(projectRoot, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return join(outDir, SERVER_ENTRY);
}
