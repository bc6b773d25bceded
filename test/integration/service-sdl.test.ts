import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, subgraphSources } from '../../examples/supergraph/compose';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * What the router composes from. A change here changes the supergraph: review the diff of the
 * golden file, then refresh it with `npm run sdl:golden`.
 */
const GOLDEN = join(__dirname, '..', 'golden', 'bookings.service.graphql');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

it('publishes through _service the SDL recorded in the golden file', async () => {
  const response = await app.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { as: null });
  const sdl = response.data?._service.sdl ?? '';
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, sdl.endsWith('\n') ? sdl : `${sdl}\n`);
  expect(`${sdl.trimEnd()}\n`).toBe(readFileSync(GOLDEN, 'utf8'));
});

it('composes to the same supergraph as schema.graphql, so rover.yaml and a router agree', async () => {
  const response = await app.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { as: null });
  const fromFiles = subgraphSources();
  const fromService = fromFiles.map((source) =>
    source.name === 'bookings' ? { ...source, sdl: response.data?._service.sdl ?? '' } : source,
  );
  expect(composeSupergraph(fromService).supergraphSdl).toBe(composeSupergraph(fromFiles).supergraphSdl);
});
