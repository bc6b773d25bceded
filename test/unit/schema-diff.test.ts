import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSchemas, formatReport } from '../../scripts/schema-diff';

const BASE = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  enum BookingStatus { DRAFT CONFIRMED }
  type Booking @key(fields: "id") { id: ID! bookingNumber: String! status: BookingStatus! notes: String }
  type Query { booking(id: ID!): Booking }
`;

const messages = (changes: { message: string }[]) => changes.map((change) => change.message);

describe('schema:diff', () => {
  it('finds no change between schema.graphql and itself, federation directives included', async () => {
    const sdl = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    const report = await diffSchemas(sdl, sdl);
    expect(report).toEqual({ breaking: [], dangerous: [], safe: [] });
    expect(formatReport(report, 'main')).toBe('schema.graphql: no changes against main\n');
  });

  it('reports a removed field as breaking', async () => {
    const report = await diffSchemas(BASE, BASE.replace(' notes: String', ''));
    expect(messages(report.breaking)).toEqual(["Field 'notes' was removed from object type 'Booking'"]);
  });

  it('reports a field made nullable as breaking', async () => {
    const report = await diffSchemas(BASE, BASE.replace('bookingNumber: String!', 'bookingNumber: String'));
    expect(messages(report.breaking)).toHaveLength(1);
    expect(messages(report.breaking)[0]).toContain("'Booking.bookingNumber'");
  });

  it('reports a new enum value as dangerous, not breaking', async () => {
    const report = await diffSchemas(BASE, BASE.replace('DRAFT CONFIRMED', 'DRAFT CONFIRMED CANCELLED'));
    expect(report.breaking).toEqual([]);
    expect(messages(report.dangerous)).toEqual(["Enum value 'CANCELLED' was added to enum 'BookingStatus'"]);
  });

  it('reports a new field as safe', async () => {
    const report = await diffSchemas(BASE, BASE.replace(' notes: String', ' notes: String version: Int!'));
    expect(report.breaking).toEqual([]);
    expect(report.dangerous).toEqual([]);
    expect(messages(report.safe)).toEqual(["Field 'version' was added to object type 'Booking'"]);
  });

  it('prints the breaking changes first, with the counts', async () => {
    const report = await diffSchemas(
      BASE,
      BASE.replace(' notes: String', '').replace('DRAFT CONFIRMED', 'DRAFT CONFIRMED CANCELLED'),
    );
    expect(formatReport(report, 'main').split('\n').slice(0, 3)).toEqual([
      'schema.graphql against main: 1 breaking, 1 dangerous, 0 safe',
      'Breaking (1):',
      expect.stringContaining("Field 'notes' was removed from object type 'Booking'"),
    ]);
  });
});
