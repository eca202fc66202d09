// Dates and numbers through Intl, with nynorsk made dependable. Chromium ships no nynorsk date or
// number data, so `Intl.DateTimeFormat('nn-NO')` there falls back to the browser's own language
// ("Monday, November 23", "05:19 AM"). Nynorsk and bokmål share month names, date order, the
// 24-hour clock and number formats; they differ in the weekday names. So nynorsk formats as bokmål
// and swaps the weekday words for nynorsk ones, the same in every browser and in Node. Pure.

const NN_WEEKDAY_LONG = ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'];
const NN_WEEKDAY_SHORT = ['sun.', 'mån.', 'tys.', 'ons.', 'tor.', 'fre.', 'lau.'];

function isNynorsk(locale: string): boolean {
  return /^nn\b/i.test(locale);
}

/** The locale Intl is given: nynorsk borrows bokmål's data (see above). */
export function intlLocale(locale: string): string {
  return isNynorsk(locale) ? 'nb-NO' : locale;
}

export interface DateFormat {
  format(d: Date | number): string;
}

/** Shown instead of a date that no Date can hold (odd stored data must not break a screen). */
export const NO_DATE = '–';

function isValidTime(d: Date | number): boolean {
  return Number.isFinite(typeof d === 'number' ? new Date(d).getTime() : d.getTime());
}

/** A date formatter for `locale` (e.g. LOCALES[lang]). Build once, call per date. Never throws. */
export function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): DateFormat {
  const raw = rawDateFormat(locale, opts);
  return { format: (d) => (isValidTime(d) ? raw.format(d) : NO_DATE) };
}

function rawDateFormat(locale: string, opts: Intl.DateTimeFormatOptions): DateFormat {
  const f = new Intl.DateTimeFormat(intlLocale(locale), opts);
  if (!isNynorsk(locale)) return { format: (d) => f.format(d) };
  const long = opts.weekday === 'long' || opts.dateStyle === 'full';
  const format = (d: Date | number) => {
    const day = new Date(d).getDay();
    return f
      .formatToParts(d)
      .map((p) => {
        if (p.type !== 'weekday' || opts.weekday === 'narrow') return p.value;
        const word = (long ? NN_WEEKDAY_LONG : NN_WEEKDAY_SHORT)[day] ?? p.value;
        // Keep bokmål's capitalisation (Intl writes weekdays in lower case, but be safe).
        return p.value[0] && p.value[0] !== p.value[0].toLowerCase()
          ? word[0]?.toUpperCase() + word.slice(1)
          : word;
      })
      .join('');
  };
  return { format };
}

/** One date formatted once. */
export function formatDateWith(locale: string, d: Date | number, opts: Intl.DateTimeFormatOptions): string {
  return dateFormat(locale, opts).format(d);
}

/** A number formatter for `locale` (nynorsk: bokmål's decimal comma and spacing). */
export function numberFormat(locale: string, opts?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(locale), opts);
}
