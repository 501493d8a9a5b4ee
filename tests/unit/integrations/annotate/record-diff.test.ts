import { describe, expect, it } from 'vitest';
import { changedFields, filledFields } from '../../../../src/integrations/annotate/record-diff.ts';

describe('the fields a form changes in a record', () => {
  it('gives only the fields whose value changed, with the new value', () => {
    const record = { status: 'unverified', type: 'factual', note: 'As reported.' };
    expect(
      changedFields({ status: 'supported', type: 'factual', note: 'As reported.' }, record),
    ).toEqual({ status: 'supported' });
  });

  it('removes an emptied field and adds one the record lacked', () => {
    expect(changedFields({ note: '', offset: 'P1D' }, { note: 'Old.' })).toEqual({
      note: null,
      offset: 'P1D',
    });
  });

  it('sees no change in a field the record lacks and the form leaves empty', () => {
    expect(changedFields({ note: '', actors: [] }, {})).toEqual({});
  });

  it('compares a number or a date in the record as the form shows it', () => {
    expect(changedFields({ date: '2026-01-05' }, { date: '2026-01-05' })).toEqual({});
    expect(changedFields({ date: '2026' }, { date: 2026 })).toEqual({});
  });

  it('takes a list in another order as the same list', () => {
    expect(changedFields({ actors: ['japan', 'china'] }, { actors: ['china', 'japan'] })).toEqual(
      {},
    );
    expect(changedFields({ actors: ['japan'] }, { actors: ['china', 'japan'] })).toEqual({
      actors: ['japan'],
    });
    expect(changedFields({ actors: [] }, { actors: ['china'] })).toEqual({ actors: null });
  });
});

describe('the fields a new record gets', () => {
  it('keeps the filled fields and leaves out empty ones', () => {
    expect(filledFields({ type: 'factual', note: '', actors: [], after: 'talks' })).toEqual({
      type: 'factual',
      after: 'talks',
    });
    expect(filledFields({ actors: ['japan'] })).toEqual({ actors: ['japan'] });
  });
});
