import {
  ALLOCATION_CAPACITY,
  INVENTORY_WRITER,
  SET_CAPACITY,
  capacityOf,
  declareCapacity,
  newTargetId,
  reserve,
  reserved,
} from '../fixtures/inventory';
import { expectGraphqlError, expectOutcome } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const setCapacity = (input: Record<string, unknown>, as = INVENTORY_WRITER) =>
  app.graphql(SET_CAPACITY, { input }, { as });

describe('setAllocationCapacity', () => {
  it('declares a capacity and answers what is left of it', async () => {
    const targetId = newTargetId();
    const response = await setCapacity({
      kind: 'SLOT',
      targetId,
      capacity: 12,
      productId: 'prod_1',
      optionId: 'opt_1',
      startsAt: '2027-03-01T08:00:00.000Z',
    });
    expect(response.data?.setAllocationCapacity).toEqual({
      kind: 'SLOT',
      targetId,
      capacity: 12,
      consumed: 0,
      remaining: 12,
      unlimited: false,
      overCommitted: 0,
    });
  });

  it('treats a null capacity as unlimited', async () => {
    const targetId = await declareCapacity(app, null);
    await reserved(app, [{ targetId, quantity: 500 }]);
    expect(await capacityOf(app, targetId)).toEqual({
      capacity: null,
      consumed: 500,
      remaining: null,
      unlimited: true,
      overCommitted: 0,
    });
  });

  it('requires the capacity to be given, so a forgotten one never means unlimited', async () => {
    expectGraphqlError(
      await setCapacity({ kind: 'SLOT', targetId: newTargetId() }),
      'BAD_USER_INPUT',
      'input.capacity',
    );
  });

  it('rejects a negative capacity', async () => {
    expectGraphqlError(
      await setCapacity({ kind: 'SLOT', targetId: newTargetId(), capacity: -1 }),
      'BAD_USER_INPUT',
      'input.capacity',
    );
  });

  it('lets the inventory owner lower capacity below what is consumed, and reports the overcommitment', async () => {
    const targetId = await declareCapacity(app, 5);
    await reserved(app, [{ targetId, quantity: 4 }]);
    const response = await setCapacity({ kind: 'SLOT', targetId, capacity: 1 });
    expect(response.data?.setAllocationCapacity).toMatchObject({
      capacity: 1,
      consumed: 4,
      remaining: -3,
      overCommitted: 3,
    });
  });

  it('refuses new reservations while capacity is lowered below consumption', async () => {
    const targetId = await declareCapacity(app, 5);
    await reserved(app, [{ targetId, quantity: 4 }]);
    await setCapacity({ kind: 'SLOT', targetId, capacity: 1 });
    const refused = expectOutcome<Record<string, unknown>>(
      await reserve(app, [{ targetId }]),
      'reserveBooking',
      'CAPACITY_EXHAUSTED',
    );
    expect(refused).toMatchObject({ requested: 1, remaining: 0 });
  });

  it('keeps the same target apart per kind', async () => {
    const targetId = newTargetId('shared');
    await declareCapacity(app, 3, { kind: 'SLOT', targetId });
    await declareCapacity(app, 7, { kind: 'PICKUP', targetId });
    expect([
      (await capacityOf(app, targetId, 'SLOT'))?.capacity,
      (await capacityOf(app, targetId, 'PICKUP'))?.capacity,
    ]).toEqual([3, 7]);
  });

  it('needs the inventory:write scope', async () => {
    const response = await setCapacity(
      { kind: 'SLOT', targetId: newTargetId(), capacity: 1 },
      { sub: 'usr_agent', type: 'user', scope: 'bookings:write' },
    );
    expectGraphqlError(response, 'FORBIDDEN');
  });

  it('announces a slot capacity change through the outbox', async () => {
    const targetId = await declareCapacity(app, 9);
    expect(app.events.filter((event) => event.payload.slotId === targetId)).toEqual([
      expect.objectContaining({
        type: 'availability.slot.changed',
        payload: expect.objectContaining({ cause: 'capacity_set', capacity: 9, consumed: 0 }),
      }),
    ]);
  });
});

describe('allocationCapacity', () => {
  it('answers null for a target nobody declared', async () => {
    const response = await app.graphql(ALLOCATION_CAPACITY, { kind: 'SLOT', targetId: newTargetId() });
    expect(response.data).toEqual({ allocationCapacity: null });
  });

  it('is readable by the inventory owner, who cannot see bookings', async () => {
    const targetId = await declareCapacity(app, 2);
    const response = await app.graphql(ALLOCATION_CAPACITY, { kind: 'SLOT', targetId }, { as: INVENTORY_WRITER });
    expect(response.data).toEqual({
      allocationCapacity: { capacity: 2, consumed: 0, remaining: 2, unlimited: false, overCommitted: 0 },
    });
  });
});
