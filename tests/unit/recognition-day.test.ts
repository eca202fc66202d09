// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognitionTime } from '../../src/domain/recognition-day';

describe('the day a recognition was seen', () => {
  const now = new Date(2026, 11, 2, 10, 15, 30).getTime();

  it('today keeps the moment it was saved', () => {
    expect(recognitionTime('2026-12-02', now)).toBe(now);
  });

  it('an earlier day keeps the clock time, in local time across a daylight-saving change', () => {
    expect(recognitionTime('2026-12-01', now)).toBe(new Date(2026, 11, 1, 10, 15, 30).getTime());
    expect(recognitionTime('2026-10-20', now)).toBe(new Date(2026, 9, 20, 10, 15, 30).getTime());
  });

  it('refuses a day in the future and anything that is not a date', () => {
    expect(recognitionTime('2026-12-03', now)).toBe('futureDay');
    expect(recognitionTime('', now)).toBe('badDay');
    expect(recognitionTime('2026-02-30', now)).toBe('badDay');
  });
});
