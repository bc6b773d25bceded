import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLayers, layerOf, LAYERS } from '../../scripts/layers';

/*
 * src/ is layered (scripts/layers.ts, docs/architecture.md): a module imports only from its own
 * layer or the ones below. An arrow pointing up is how cross-cutting rules end up copied at each use.
 */

const SRC = join(__dirname, '..', '..', 'src');

function fakeSource(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the layers of src/', () => {
  it('has no import from a lower layer to a higher one', () => {
    expect(checkLayers(SRC).upward.map((arrow) => `${arrow.from} → ${arrow.to}`)).toEqual([]);
  });

  it('places every module in a layer', () => {
    expect(checkLayers(SRC).unplaced).toEqual([]);
  });
});

describe('the layer check', () => {
  const root = fakeSource({
    'domain/vocabulary.ts': "import type { RequestContext } from '../context';\nexport * from '../server';\n",
    'context.ts': "import { STATUSES } from './domain/vocabulary';\n",
    'server.ts': "const lazy = () => import('./context');\n",
    'statemachine/booking-status.ts': "import { STATUSES } from '../domain/vocabulary';\n",
    'stray.ts': "import { STATUSES } from './domain/vocabulary';\n",
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports type-only imports and re-exports that point up, with both layers', () => {
    expect(checkLayers(root).upward).toEqual([
      { from: 'domain/vocabulary', to: 'context', fromLayer: 'core', toLayer: 'api' },
      { from: 'domain/vocabulary', to: 'server', fromLayer: 'core', toLayer: 'app' },
    ]);
  });

  it('counts imports down and within a layer, dynamic ones included, without reporting them', () => {
    expect(checkLayers(root).imports).toBe(6);
  });

  it('reports a module no layer claims', () => {
    expect(checkLayers(root).unplaced).toEqual(['stray']);
  });

  it('lets a single module sit below the rest of its folder', () => {
    expect([layerOf('auth/principal'), layerOf('auth/permissions')]).toEqual([
      LAYERS.findIndex((layer) => layer.name === 'core'),
      LAYERS.findIndex((layer) => layer.name === 'api'),
    ]);
  });
});
