// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateFormat, formatDateWith, numberFormat } from '../../src/domain/locale-format';
import { whenWords } from '../../src/domain/when-words';

// Monday 23 November 2026 .. Sunday 29 November 2026, local time.
const week = Array.from({ length: 7 }, (_, i) => new Date(2026, 10, 23 + i, 5, 19));

describe('dates and numbers in nynorsk (Chromium has no nynorsk Intl data; we must not need it)', () => {
  it('names every weekday in nynorsk, long and short', () => {
    const long = dateFormat('nn-NO', { weekday: 'long', day: 'numeric', month: 'long' });
    expect(week.map((d) => long.format(d))).toEqual([
      'måndag 23. november',
      'tysdag 24. november',
      'onsdag 25. november',
      'torsdag 26. november',
      'fredag 27. november',
      'laurdag 28. november',
      'sundag 29. november',
    ]);
    const short = dateFormat('nn-NO', { weekday: 'short' });
    expect(week.map((d) => short.format(d))).toEqual([
      'mån.',
      'tys.',
      'ons.',
      'tor.',
      'fre.',
      'lau.',
      'sun.',
    ]);
  });

  it('uses the Norwegian date order, month names and 24-hour clock', () => {
    expect(
      formatDateWith('nn-NO', week[0] as Date, { day: 'numeric', month: 'short', year: 'numeric' }),
    ).toBe('23. nov. 2026');
    const t = formatDateWith('nn-NO', week[0] as Date, { hour: '2-digit', minute: '2-digit' });
    expect(t).toBe('05:19');
    expect(formatDateWith('nn-NO', week[6] as Date, { dateStyle: 'full' })).toMatch(
      /^sundag 29\. november 2026$/,
    );
  });

  it('writes numbers with a decimal comma', () => {
    expect(numberFormat('nn-NO', { maximumFractionDigits: 1 }).format(3.46)).toBe('3,5');
  });

  it('leaves bokmål and English exactly as Intl writes them', () => {
    const opts: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
    for (const locale of ['nb-NO', 'en-GB']) {
      expect(formatDateWith(locale, week[0] as Date, opts)).toBe(
        new Intl.DateTimeFormat(locale, opts).format(week[0]),
      );
    }
    expect(formatDateWith('nb-NO', week[0] as Date, opts)).toBe('mandag 23. november');
  });

  it('gives the board its weekday words in nynorsk', () => {
    const now = new Date(2026, 10, 27, 12).getTime(); // Friday
    expect(whenWords(new Date(2026, 10, 24, 9).getTime(), now, 'nn-NO')).toEqual({
      kind: 'weekday',
      weekday: 'tysdag',
    });
    expect(whenWords(new Date(2026, 5, 2, 9).getTime(), now, 'nn-NO')).toEqual({
      kind: 'date',
      date: '2. juni',
    });
  });
});
