import { describe, expect, it } from 'vitest';
import { createCheckoutCapabilityStore } from '../src';

const capability = {
  token: 'eyJ.capability.token',
  sessionId: 'book_01session',
  actions: ['session:read'],
  expiresAt: '2027-01-01T10:30:00.000Z',
};

describe('checkout capability store', () => {
  it('answers a capability it holds until it expires', () => {
    const store = createCheckoutCapabilityStore({ now: () => new Date('2027-01-01T10:29:59.000Z') });
    store.set(capability);
    expect(store.get(capability.sessionId)).toEqual(capability);
  });

  it('drops an expired capability instead of answering it', () => {
    let now = new Date('2027-01-01T10:00:00.000Z');
    const store = createCheckoutCapabilityStore({ now: () => now });
    store.set(capability);
    now = new Date('2027-01-01T10:30:00.000Z');
    expect(store.get(capability.sessionId)).toBeNull();
  });

  it('keeps capabilities in the storage given, so a reloaded tab still holds them', () => {
    const now = () => new Date('2027-01-01T10:00:00.000Z');
    createCheckoutCapabilityStore({ storage: sessionStorage, now }).set(capability);
    expect(createCheckoutCapabilityStore({ storage: sessionStorage, now }).get(capability.sessionId)).toEqual(
      capability,
    );
    sessionStorage.clear();
  });

  it('forgets the capability of a session', () => {
    const store = createCheckoutCapabilityStore({ now: () => new Date('2027-01-01T10:00:00.000Z') });
    store.set(capability);
    store.forget(capability.sessionId);
    expect(store.get(capability.sessionId)).toBeNull();
  });
});
