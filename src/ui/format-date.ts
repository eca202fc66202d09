// Dates as people read them ("27. november"), in the app's language.

import { formatDateWith } from '../domain/locale-format';
import type { Lang } from '../domain/types';
import { LOCALES } from '../i18n/i18n';

export function formatDate(
  iso: string,
  lang: Lang,
  opts: { weekday?: boolean; year?: boolean } = {},
): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return formatDateWith(LOCALES[lang], new Date(y, m - 1, d), {
    day: 'numeric',
    month: 'long',
    ...(opts.weekday ? { weekday: 'long' } : {}),
    ...(opts.year ? { year: 'numeric' } : {}),
  });
}
