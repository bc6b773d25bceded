import { startTestApp, type TestApp } from '../helpers/test-app';

const ROUTER_SECRET = 'shared-between-router-and-subgraph';
const QUERY = '{ bookings(first: 1) { totalCount } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { ROUTER_SECRET } });
});
afterAll(() => app.stop());

const healthUrl = (path: string) => app.url.replace(/\/graphql$/, path);

describe('with ROUTER_SECRET set', () => {
  it('refuses a /graphql request without router-authorization', async () => {
    const response = await app.graphql(QUERY);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a /graphql request with the wrong router-authorization', async () => {
    const response = await app.graphql(QUERY, {}, { headers: { 'router-authorization': `${ROUTER_SECRET}-guess` } });
    expect(response.status).toBe(401);
  });

  it('serves a /graphql request with the matching router-authorization', async () => {
    const response = await app.graphql(QUERY, {}, { headers: { 'router-authorization': ROUTER_SECRET } });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it.each(['/health', '/ready'])('keeps %s open without router-authorization', async (path) => {
    const response = await fetch(healthUrl(path));
    expect(response.status).toBe(200);
  });
});
