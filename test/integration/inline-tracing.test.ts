import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ inlineTracing: true });
});
afterAll(() => app.stop());

const QUERY = '{ bookings(first: 1) { totalCount } }';

describe('federated tracing (ftv1)', () => {
  it('answers a router that asks for ftv1 with a base64 trace in the response extensions', async () => {
    const response = await app.graphql(QUERY, {}, { headers: { 'apollo-federation-include-trace': 'ftv1' } });
    expect(response.errors).toBeUndefined();
    const trace = response.extensions?.ftv1;
    expect(typeof trace).toBe('string');
    expect(String(trace)).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(String(trace), 'base64').length).toBeGreaterThan(0);
  });

  it('adds no trace when the router does not ask for one', async () => {
    const response = await app.graphql(QUERY);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.ftv1).toBeUndefined();
  });
});
