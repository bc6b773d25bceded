/**
 * Summarises V8 `.cpuprofile` files (from BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"):
 * self time by package / project file, and the heaviest functions.
 *   npx ts-node bench/tools/cpuprofile-summary.ts DIR_OR_FILE… [--top 25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function isCpuProfile(value: unknown): value is CpuProfile {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'samples' in value && 'timeDeltas' in value;
}

/** `node_modules/@scope/pkg/...` → `@scope/pkg`; project files → their path; V8 internals → `(name)`. */
function bucketOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native / node internals)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const project = url.search(/\/(src|bench)\//);
  return project >= 0 ? url.slice(project + 1) : url;
}

function files(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.cpuprofile'))
          .map((name) => join(path, name))
      : [path],
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
  const paths = args.filter((_, index) => index !== topIndex && index !== topIndex + 1);
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const file of files(paths)) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isCpuProfile(parsed)) throw new Error(`${file} is not a .cpuprofile`);
    const nodes = new Map(parsed.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of parsed.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    parsed.samples.forEach((nodeId, index) => {
      const node = nodes.get(nodeId);
      const micros = parsed.timeDeltas[index] ?? 0;
      if (!node) return;
      total += micros;
      const bucket = bucketOf(node.callFrame);
      byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + micros);
      const name = `${node.callFrame.functionName || '(anonymous)'} ${bucket}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      // Inclusive: every bucket on the sampled stack, once.
      const seen = new Set<string>();
      for (let id: number | undefined = nodeId; id !== undefined; id = parents.get(id)) {
        const frame = nodes.get(id)?.callFrame;
        if (frame) seen.add(bucketOf(frame));
      }
      for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    });
  }
  const print = (title: string, entries: Map<string, number>): void => {
    process.stdout.write(`\n${title} (self time, total ${(total / 1000).toFixed(0)} ms)\n`);
    for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(
        `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}\n`,
      );
    }
  };
  print('By package / file', byBucket);
  process.stdout.write('\n(inclusive: time with the package/file anywhere on the stack)');
  print('Inclusive by package / file', inclusive);
  print('By function', byFunction);
}

main();
