import { ANONYMOUS_OPERATION, OperationNames, OTHER_OPERATION } from '../../src/observability/operation-names';

describe('operation name labels', () => {
  it('keeps a GraphQL name as its own label', () => {
    expect(new OperationNames().label('BookingById')).toBe('BookingById');
  });

  it('collapses a missing name into the anonymous label', () => {
    const names = new OperationNames();
    expect([names.label(undefined), names.label(null), names.label('')]).toEqual([
      ANONYMOUS_OPERATION,
      ANONYMOUS_OPERATION,
      ANONYMOUS_OPERATION,
    ]);
  });

  it('collapses names past the limit into one label, and keeps the names seen before it', () => {
    const names = new OperationNames(2);
    expect(['First', 'Second', 'Third', 'First'].map((name) => names.label(name))).toEqual([
      'First',
      'Second',
      OTHER_OPERATION,
      'First',
    ]);
  });

  it('never lets something that is not a GraphQL name through as a label', () => {
    expect(new OperationNames().label('drop table"; --')).toBe(OTHER_OPERATION);
  });
});
