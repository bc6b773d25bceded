import { buildSchema, graphql } from 'graphql';
import { applyPiiRedaction } from '../../src/directives/pii-directive';
import { RevealLog } from '../../src/pii/reveal-log';

const sdl = (mask: string, type = 'Guest') => `
  directive @pii(mask: String = "text") on FIELD_DEFINITION
  type ${type} { id: ID! email: String @pii(mask: "${mask}") age: Int @pii }
  type Query { guest: ${type} }
`;
const subjects = { Guest: () => ({ bookingId: 'book_1', travelerId: null }) };

async function run(guest: Record<string, unknown>, scope: string, field = 'email') {
  const schema = applyPiiRedaction(buildSchema(sdl('email')), subjects);
  const context = {
    principal: { id: 'usr_1', type: 'user', scopes: new Set(scope.split(' ')) },
    piiReveals: new RevealLog(),
  };
  const result = await graphql({
    schema,
    source: `{ guest { ${field} } }`,
    rootValue: { guest },
    contextValue: context,
  });
  return { result, reveals: context.piiReveals.drain() };
}

describe('applyPiiRedaction', () => {
  it('masks a marked field for a caller without the reveal scope', async () => {
    const { result, reveals } = await run({ email: 'alice@example.com' }, 'bookings:read');
    expect(result.data).toEqual({ guest: { email: 'a***e@example.com' } });
    expect(reveals).toEqual([]);
  });

  it('reveals it, and records the reveal, for bookings-pii:read', async () => {
    const { result, reveals } = await run({ email: 'alice@example.com' }, 'bookings-pii:read');
    expect(result.data).toEqual({ guest: { email: 'alice@example.com' } });
    expect(reveals).toEqual([{ subject: { bookingId: 'book_1', travelerId: null }, fields: ['Guest.email'] }]);
  });

  it('fails closed on a value that is not a string', async () => {
    const { result } = await run({ age: 42 }, 'bookings:read', 'age');
    expect(result.data).toEqual({ guest: { age: null } });
    expect(result.errors?.[0]?.message).toMatch(/not a string/);
  });

  it('refuses to build a schema with an unknown mask', () => {
    expect(() => applyPiiRedaction(buildSchema(sdl('ssn')), subjects)).toThrow(/mask must be one of/);
  });

  it('refuses to build a schema with a @pii type that has no audit subject', () => {
    expect(() => applyPiiRedaction(buildSchema(sdl('email', 'Stranger')), subjects)).toThrow(/no audit subject/);
  });
});
