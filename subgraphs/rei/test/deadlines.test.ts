import { computeDeadlines, type DeadlineFacts } from '../src/domain/deadlines';
import { rules2018 } from './fixtures/parameterSets';

const facts = (extra: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  status: 'DRAFT',
  submittedAt: '2018-01-10',
  sentToInpsOn: null,
  inpsOutcomeOn: null,
  preliminaryAssessmentOn: null,
  projectSignedOn: null,
  ...extra,
});

describe('REI deadlines', () => {
  it('counts 15 working days to send, 25 calendar days to assess', () => {
    const d = computeDeadlines(rules2018.deadlines, facts(), '2018-01-20');
    expect(d.sendToInps).toMatchObject({
      dueDate: '2018-01-31',
      state: 'PENDING',
      overdue: false,
      rule: 'Entro 15 giorni lavorativi dalla domanda (10/01/2018)',
    });
    expect(d.preliminaryAssessment).toMatchObject({ dueDate: '2018-02-04', state: 'PENDING' });
    expect(d.inpsAnswer).toMatchObject({ dueDate: null, state: 'WAITING' });
    expect(d.projectSignature).toMatchObject({ dueDate: null, state: 'WAITING' });
    expect(d.nextDue).toBe('2018-01-31');
    expect(d.overdue).toBe(false);
  });

  it('skips Easter Monday (2 April 2018) as a national holiday', () => {
    expect(
      computeDeadlines(rules2018.deadlines, facts({ submittedAt: '2018-03-26' }), '2018-03-26')
        .sendToInps.dueDate,
    ).toBe('2018-04-17');
  });

  it("skips the comune's patron saint: Sant'Ambrogio in Milano, not in Sesto", () => {
    const submitted = facts({ submittedAt: '2018-11-26' });
    const milano = { ...rules2018.deadlines, patronSaintDay: '12-07' };
    const sesto = { ...rules2018.deadlines, patronSaintDay: '06-24' };
    expect(computeDeadlines(milano, submitted, '2018-11-26').sendToInps.dueDate).toBe('2018-12-18');
    expect(computeDeadlines(sesto, submitted, '2018-11-26').sendToInps.dueDate).toBe('2018-12-17');
    expect(computeDeadlines(rules2018.deadlines, submitted, '2018-11-26').nextDue).toBe(
      '2018-12-17',
    );
  });

  it('is overdue from the day after the due date', () => {
    expect(computeDeadlines(rules2018.deadlines, facts(), '2018-01-31').sendToInps.state).toBe(
      'PENDING',
    );
    const late = computeDeadlines(rules2018.deadlines, facts(), '2018-02-01');
    expect(late.sendToInps.state).toBe('OVERDUE');
    expect(late.overdue).toBe(true);
  });

  it('follows the procedure: INPS answers in 5 working days, the project is signed 20 working days after the assessment', () => {
    const d = computeDeadlines(
      rules2018.deadlines,
      facts({
        status: 'ACCEPTED',
        sentToInpsOn: '2018-01-31',
        inpsOutcomeOn: '2018-02-09',
        preliminaryAssessmentOn: '2018-04-20',
      }),
      '2018-05-01',
    );
    expect(d.sendToInps).toMatchObject({ state: 'MET', metOn: '2018-01-31' });
    expect(d.inpsAnswer).toMatchObject({ dueDate: '2018-02-07', state: 'MET_LATE' });
    expect(d.preliminaryAssessment).toMatchObject({ dueDate: '2018-02-04', state: 'MET_LATE' });
    // 25 April and 1 May are holidays.
    expect(d.projectSignature).toMatchObject({ dueDate: '2018-05-22', state: 'PENDING' });
    expect(d.nextDue).toBe('2018-05-22');
  });

  it('drops the deadlines that no longer concern refused or closed applications', () => {
    const failed = computeDeadlines(
      rules2018.deadlines,
      facts({ status: 'CHECKS_FAILED' }),
      '2018-06-01',
    );
    expect(failed.sendToInps.state).toBe('NOT_APPLICABLE');
    expect(failed.overdue).toBe(false);
    expect(failed.nextDue).toBeNull();
    const revoked = computeDeadlines(
      rules2018.deadlines,
      facts({ status: 'REVOKED', sentToInpsOn: '2018-01-20', inpsOutcomeOn: '2018-01-25' }),
      '2019-01-01',
    );
    expect(revoked.preliminaryAssessment.state).toBe('NOT_APPLICABLE');
    expect(revoked.sendToInps.state).toBe('MET');
  });

  it('waits for INPS only while the application is with INPS', () => {
    const d = computeDeadlines(
      rules2018.deadlines,
      facts({ status: 'SENT_TO_INPS', sentToInpsOn: '2018-01-31' }),
      '2018-02-08',
    );
    expect(d.inpsAnswer).toMatchObject({ dueDate: '2018-02-07', state: 'OVERDUE' });
  });
});
