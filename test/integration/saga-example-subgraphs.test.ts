import { createServer, type Server } from 'node:http';
import { startConnectorsSubgraph, type RunningConnectors } from '../../examples/supergraph/connectors/server';
import { startFinanceSubgraph, type RunningFinance } from '../../examples/supergraph/finance/server';
import { confirmedBooking, declareCapacity } from '../fixtures/inventory';
import { planInput, planLines, REFUND_BOOKING, submitPlan, type ReservationPlanView } from '../fixtures/sagas';
import { listenOnLoopback } from '../helpers/loopback';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

// The federated adapters against the example subgraphs, over real HTTP on loopback ports.
let finance: RunningFinance;
let connectors: RunningConnectors;
let app: TestApp;
beforeAll(async () => {
  finance = await startFinanceSubgraph({ port: 0 });
  connectors = await startConnectorsSubgraph({ port: 0 });
  app = await startTestApp({ env: { FINANCE_URL: finance.url, CONNECTORS_URL: connectors.url } });
});
afterAll(async () => {
  await app.stop();
  await connectors.stop();
  await finance.stop();
});

interface RefundView {
  __typename: string;
  status: string;
  creditNoteId: string | null;
  amount: { amountCents: number };
  failure: { code: string } | null;
  booking: { status: string };
}

const plan = async (lines: unknown[]) =>
  expectSuccess<ReservationPlanView>(
    await submitPlan(app, planInput(lines)),
    'submitReservationPlan',
    'ReservationPlan',
  );

describe('reservation plans through the connectors subgraph', () => {
  it('holds an external line with the provider, keyed <planId>:<step>', async () => {
    const result = await plan([planLines.external('h', 'acme-hotels')]);
    expect(result.status).toBe('SUCCEEDED');
    const hold = connectors.state.holdsByKey.get(`${result.id}:line-1`);
    expect(hold).toMatchObject({ provider: 'acme-hotels', status: 'held' });
    expect(result.lines[0]).toMatchObject({ internalHold: false, providerRef: hold?.providerRef });
  });

  it('reports a provider the connectors refuse as PROVIDER_REJECTED and releases what was held', async () => {
    const result = await plan([planLines.external('a', 'acme-hotels'), planLines.external('b', 'unknown-provider')]);
    expect(result.failures).toEqual([expect.objectContaining({ planLineId: 'b', code: 'PROVIDER_REJECTED' })]);
    expect(connectors.state.holdsByKey.get(`${result.id}:line-1`)?.status).toBe('released');
  });

  it('reports an injected outage as PROVIDER_UNAVAILABLE', async () => {
    connectors.state.faults.inject('reserve', 'UNAVAILABLE');
    const result = await plan([
      planLines.catalog('a', await declareCapacity(app, 2)),
      planLines.external('b', 'danube-boats'),
    ]);
    expect([result.status, result.failures[0]?.code, result.booking.status]).toEqual([
      'FAILED',
      'PROVIDER_UNAVAILABLE',
      'CANCELLED',
    ]);
  });
});

describe('refunds through the finance subgraph', () => {
  it('credits what finance reports as refundable, one credit note per key', async () => {
    const booking = await confirmedBooking(app);
    finance.ledger.paid.set(booking.id, 12500);
    const refund = expectSuccess<RefundView>(
      await app.graphql(REFUND_BOOKING, { input: { bookingId: booking.id, reason: 'r' } }),
      'refundBooking',
      'BookingRefund',
    );
    expect([refund.status, refund.amount.amountCents, refund.booking.status]).toEqual([
      'SUCCEEDED',
      12500,
      'CANCELLED',
    ]);
    expect(finance.ledger.notesOf(booking.id)).toEqual([
      expect.objectContaining({ id: refund.creditNoteId, amountCents: 12500, status: 'issued' }),
    ]);
    expect(finance.ledger.refundable(booking.id)).toBe(0);
  });

  it('fails the refund, leaving the booking alone, when finance refuses the credit note', async () => {
    const booking = await confirmedBooking(app);
    finance.ledger.paid.set(booking.id, 12500);
    finance.ledger.faults.inject('createCreditNote', 'REJECTED');
    const refund = expectSuccess<RefundView>(
      await app.graphql(REFUND_BOOKING, { input: { bookingId: booking.id, reason: 'r' } }),
      'refundBooking',
      'BookingRefund',
    );
    expect([refund.status, refund.failure?.code, refund.booking.status]).toEqual([
      'FAILED',
      'PROVIDER_REJECTED',
      'CONFIRMED',
    ]);
  });
});

describe('a provider that never answers', () => {
  let silent: Server;
  let slowApp: TestApp;
  beforeAll(async () => {
    // Accepts the request and never answers: only PORT_TIMEOUT_MS ends the call.
    silent = createServer(() => undefined);
    const port = await listenOnLoopback(silent);
    slowApp = await startTestApp({ env: { CONNECTORS_URL: `http://127.0.0.1:${port}/`, PORT_TIMEOUT_MS: '100' } });
  });
  afterAll(async () => {
    await slowApp.stop();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails its line with TIMEOUT after PORT_TIMEOUT_MS', async () => {
    const result = expectSuccess<ReservationPlanView>(
      await submitPlan(slowApp, planInput([planLines.external('h', 'acme-hotels')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    expect(result.failures).toEqual([expect.objectContaining({ planLineId: 'h', code: 'TIMEOUT' })]);
    // The release times out too, so the plan says a hold may be left with the provider.
    expect([result.status, result.compensations[0]?.code]).toEqual(['COMPENSATION_FAILED', 'TIMEOUT']);
  });
});
