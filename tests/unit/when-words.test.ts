// @vitest-environment node
// Dates in words on the board ("today", "on Tuesday", "last week"), in local calendar days.
import { describe, expect, it } from 'vitest';
import { whenWords } from '../../src/domain/when-words';

const now = new Date('2026-11-26T10:00:00').getTime(); // Thursday
const at = (s: string) => new Date(s).getTime();

describe('whenWords', () => {
  it('words recent days, this week, last week, weeks ago and older dates', () => {
    expect(whenWords(at('2026-11-26T08:00:00'), now, 'nb-NO')).toEqual({ kind: 'today' });
    expect(whenWords(at('2026-11-25T23:30:00'), now, 'nb-NO')).toEqual({ kind: 'yesterday' });
    expect(whenWords(at('2026-11-24T09:00:00'), now, 'nb-NO')).toEqual({
      kind: 'weekday',
      weekday: 'tirsdag',
    });
    expect(whenWords(at('2026-11-24T09:00:00'), now, 'en-GB')).toEqual({
      kind: 'weekday',
      weekday: 'Tuesday',
    });
    expect(whenWords(at('2026-11-20T09:00:00'), now, 'nb-NO')).toEqual({ kind: 'lastWeek' });
    expect(whenWords(at('2026-11-04T09:00:00'), now, 'nb-NO')).toEqual({ kind: 'weeksAgo', weeks: 3 });
    expect(whenWords(at('2026-09-01T09:00:00'), now, 'nb-NO')).toEqual({
      kind: 'date',
      date: '1. september',
    });
    expect(whenWords(at('2025-09-01T09:00:00'), now, 'en-GB')).toEqual({
      kind: 'date',
      date: '1 September 2025',
    });
  });
});
