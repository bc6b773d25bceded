import { InProcessRequirements } from '../../src/ports/requirements/in-process-requirements';
import { RequirementsUnavailable, type BookingQuestionnaire } from '../../src/ports/requirements-port';

const MORNING: BookingQuestionnaire = {
  optionId: 'opt_morning',
  questions: [
    {
      id: 'bq_pickup',
      label: 'Pickup hotel',
      fieldType: 'TEXT',
      target: 'BOOKING',
      isRequired: true,
      optionOverride: null,
      options: [],
      triggers: [],
    },
  ],
  contactRequirements: [{ field: 'email', target: 'CONTACT', mode: 'REQUIRED' }],
};

describe('the in-process requirements port', () => {
  it('answers by position, null for an option it does not know', async () => {
    const port = new InProcessRequirements([MORNING]);
    expect(await port.questionnaires(['opt_morning', 'opt_unknown', 'opt_morning'])).toEqual([MORNING, null, MORNING]);
  });

  it('records every call, and hands out copies a caller cannot change the table through', async () => {
    const port = new InProcessRequirements([MORNING]);
    const [first] = await port.questionnaires(['opt_morning']);
    first?.questions.pop();
    const [second] = await port.questionnaires(['opt_morning']);
    expect(second?.questions).toHaveLength(1);
    expect(port.calls).toEqual([['opt_morning'], ['opt_morning']]);
  });

  it.each([
    ['unavailable', 'unreachable'],
    ['timeout', 'timeout'],
  ] as const)('fails with RequirementsUnavailable while the %s fault is set', async (fault, reason) => {
    const port = new InProcessRequirements([MORNING]).failWith(fault);
    await expect(port.questionnaires(['opt_morning'])).rejects.toEqual(new RequirementsUnavailable(reason));
    port.failWith(null);
    expect(await port.questionnaires(['opt_morning'])).toEqual([MORNING]);
  });

  it('holds the next call until released', async () => {
    const port = new InProcessRequirements([MORNING]);
    const held = port.holdNextCall();
    let answered = false;
    const call = port.questionnaires(['opt_morning']).then((answers) => {
      answered = true;
      return answers;
    });
    await held.arrived;
    expect(answered).toBe(false);
    held.release();
    expect(await call).toEqual([MORNING]);
  });
});
