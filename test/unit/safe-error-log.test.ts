import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { DatabaseError } from 'pg';
import { apolloLogger } from '../../src/logging/apollo-logger';
import { describeError, rememberStatement, withoutLiterals } from '../../src/logging/safe-error';
import { captureLog } from '../helpers/captured-log';

const SECRET = 'ana.secret@example.com';

/** A PostgreSQL error as `pg` raises it, quoting the value in its message, `detail` and `where`. */
function postgresError(): DatabaseError {
  const error = new DatabaseError(`invalid input syntax for type integer: "${SECRET}"`, 100, 'error');
  Object.assign(error, {
    severity: 'ERROR',
    code: '22P02',
    detail: `Failing row contains (${SECRET}).`,
    where: `unnamed portal parameter $1 = '${SECRET}'`,
    hint: SECRET,
    routine: 'pg_strtoint32_safe',
    table: 'bookings',
  });
  return error;
}

/** MikroORM's wrapper: its message is the statement with the values inlined. */
function ormError(): DriverException {
  const previous = postgresError();
  previous.message = `insert into "bookings" ("email") values ('${SECRET}') - ${previous.message}`;
  return new UniqueConstraintViolationException(previous);
}

describe('describeError', () => {
  it.each([
    ['a pg error', postgresError],
    ['a MikroORM error', ormError],
    [
      'a GraphQL error wrapping a MikroORM error',
      () => new GraphQLError(ormError().message, { originalError: ormError() }),
    ],
    ['an error caused by a MikroORM error', () => new Error('booking could not be saved', { cause: ormError() })],
  ])('keeps no value quoted by %s', (_name, make) => {
    expect(JSON.stringify(describeError(make()))).not.toContain(SECRET);
  });

  it('keeps the SQLSTATE, the objects involved, the statement with placeholders and the frames', () => {
    const error = rememberStatement(ormError(), 'insert into "bookings" ("email") values ($1)');
    expect(describeError(error)).toEqual({
      type: 'UniqueConstraintViolationException',
      code: '22P02',
      table: 'bookings',
      routine: 'pg_strtoint32_safe',
      statement: 'insert into "bookings" ("email") values ($1)',
      stack: expect.stringMatching(/^\s+at /),
    });
  });

  it('turns literals left in a statement into placeholders', () => {
    expect(withoutLiterals(`select * from t where id in ('a''b', E'c\\\\d') and n = $1`)).toBe(
      'select * from t where id in (?, ?) and n = $1',
    );
  });

  it('keeps the message of an error of our own', () => {
    expect(describeError(new Error('Unexpected CAPACITY_EXHAUSTED from setAllocationCapacity'))).toMatchObject({
      type: 'Error',
      message: 'Unexpected CAPACITY_EXHAUSTED from setAllocationCapacity',
    });
  });

  it('drops the message of a JSON parse error, which quotes its input', () => {
    let error: unknown;
    try {
      JSON.parse(`{"email": "${SECRET}"`);
    } catch (thrown) {
      error = thrown;
    }
    expect(JSON.stringify(describeError(error))).not.toContain(SECRET);
  });

  it('is the serializer of the production logger', () => {
    const log = captureLog();
    log.logger.error({ err: ormError() }, 'hold sweep failed');
    log.logger.warn({ error: postgresError() }, 'outbox delivery failed');
    expect(log.entries()).toHaveLength(2);
    expect(log.text()).not.toContain(SECRET);
  });
});

describe('apolloLogger', () => {
  it("cuts the error text Apollo's templates append", () => {
    const log = captureLog();
    apolloLogger(log.logger).error(`Unexpected error processing request: ${ormError().message}`);
    expect(log.entries()).toEqual([expect.objectContaining({ msg: 'Unexpected error processing request' })]);
  });

  it('logs an error object through the serializer', () => {
    const log = captureLog();
    apolloLogger(log.logger).error(ormError());
    expect(log.entries()).toEqual([expect.objectContaining({ err: expect.objectContaining({ code: '22P02' }) })]);
    expect(log.text()).not.toContain(SECRET);
  });
});
