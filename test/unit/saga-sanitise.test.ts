import { sanitiseErrorMessage } from '../../src/sagas/sanitise';
import { stepFailureOf, StepFailure } from '../../src/sagas/step-failure';
import { PortFailure } from '../../src/ports/port-failure';

describe('saga error messages', () => {
  it('replace a message quoting SQL outright', () => {
    expect(
      sanitiseErrorMessage('insert into "bookings" ("contact_email") values (\'ana@example.com\') - duplicate key'),
    ).toBe('a database statement failed');
  });

  it('drop e-mail addresses and long numbers', () => {
    expect(sanitiseErrorMessage('guest ana@example.com, phone +40 712 345 678, rejected')).toBe(
      'guest [email], phone [number], rejected',
    );
  });

  it('are bounded', () => {
    expect(sanitiseErrorMessage('x'.repeat(1000))).toHaveLength(300);
  });

  it('keep our own failure codes and turn anything else into INTERNAL', () => {
    expect(stepFailureOf(new PortFailure('TIMEOUT', 'provider acme did not answer in time'))).toEqual(
      new StepFailure('TIMEOUT', 'provider acme did not answer in time'),
    );
    expect(stepFailureOf(new Error('select * from bookings where id = 1'))).toMatchObject({
      code: 'INTERNAL',
      message: 'the step failed unexpectedly',
    });
  });
});
