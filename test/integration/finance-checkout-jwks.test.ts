import { startFinanceSubgraph, type RunningFinance } from '../../examples/supergraph/finance/server';
import { REFRESH, declareSlot, seededPricing, startSession, withCapability } from '../fixtures/storefront';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Finance verifies `payment:*` with the public keys bookings publishes (ES256), so it can check tokens, never mint
// them.
let bookings: TestApp;
let finance: RunningFinance;

const START_PAYMENT = `mutation Pay($sessionId: ID!) { startSessionPayment(sessionId: $sessionId) { sessionId
  capabilityId } }`;

beforeAll(async () => {
  bookings = await startTestApp({
    app: { pricing: seededPricing(2500) },
    env: { CHECKOUT_CAPABILITY_ALGORITHM: 'ES256' },
  });
  finance = await startFinanceSubgraph({ port: 0 });
  finance.ledger.checkoutJwksUrl = bookings.url.replace('/graphql', '/.well-known/checkout-jwks.json');
  finance.ledger.now = () => bookings.clock.now();
});

afterAll(async () => {
  await Promise.all([finance.stop(), bookings.stop()]);
});

interface PaymentAnswer {
  data?: { startSessionPayment: { sessionId: string; capabilityId: string } } | null;
  errors?: { extensions?: { code?: string } }[];
}

async function startPayment(sessionId: string, token: string): Promise<PaymentAnswer> {
  const response = await fetch(finance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'checkout-capability': token },
    body: JSON.stringify({ query: START_PAYMENT, variables: { sessionId } }),
  });
  return (await response.json()) as PaymentAnswer;
}

const codeOf = (answer: PaymentAnswer) => answer.errors?.[0]?.extensions?.code;

describe('finance verifying a checkout capability through the JWKS', () => {
  it('starts a payment for the session the capability was issued for', async () => {
    const { session, capability } = await startSession(bookings, await declareSlot(bookings));
    const answer = await startPayment(session.id, capability.token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.startSessionPayment.sessionId).toBe(session.id);
  });

  it('refuses the capability of another session with FORBIDDEN', async () => {
    const first = await startSession(bookings, await declareSlot(bookings));
    const second = await startSession(bookings, await declareSlot(bookings));
    expect(codeOf(await startPayment(second.session.id, first.capability.token))).toBe('FORBIDDEN');
  });

  it('refuses a capability narrowed to exclude payment:start with FORBIDDEN', async () => {
    const { session, capability } = await startSession(bookings, await declareSlot(bookings));
    const refreshed = await withCapability<{ refreshCheckoutCapability: { capability: { token: string } } }>(
      bookings,
      capability.token,
      REFRESH,
      { input: { sessionId: session.id, actions: ['session:read'] } },
    );
    expect(refreshed.errors).toBeUndefined();
    const narrowed = refreshed.data?.refreshCheckoutCapability.capability.token ?? '';
    expect(codeOf(await startPayment(session.id, narrowed))).toBe('FORBIDDEN');
  });

  it('refuses a tampered capability with UNAUTHENTICATED', async () => {
    const { session, capability } = await startSession(bookings, await declareSlot(bookings));
    const [header, payload] = capability.token.split('.');
    expect(codeOf(await startPayment(session.id, `${header}.${payload}.AAAA`))).toBe('UNAUTHENTICATED');
  });
});
