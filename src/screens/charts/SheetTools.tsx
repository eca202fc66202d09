// The bar above a printable page in a pupil's language (the "My strengths" sheet, a pupil's record):
// back, the page's language, print. Hidden in print. Also the hook that loads that language's words.
import { useEffect, useState } from 'preact/hooks';
import { LANGS, type Lang } from '../../domain/types';
import { LANG_NAMES, loadMessages, useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import { Link } from '../../router';

/** The whole catalogue of the page's language, once it has loaded (null until then). */
export function useSheetMessages(lang: Lang): { lang: Lang; m: Messages } | null {
  const [sheet, setSheet] = useState<{ lang: Lang; m: Messages } | null>(null);
  useEffect(() => {
    let alive = true;
    void loadMessages(lang).then((m) => alive && setSheet({ lang, m }));
    return () => {
      alive = false;
    };
  }, [lang]);
  return sheet;
}

export function SheetTools(props: {
  backHref: string;
  backLabel: string;
  lang: Lang;
  onLang: (lang: Lang) => void;
}) {
  const { m } = useI18n();
  return (
    <div class="row wrap sheet-tools">
      <Link href={props.backHref} class="btn ghost">
        <span aria-hidden="true">←</span> {props.backLabel}
      </Link>
      <label class="lang-switch">
        {m.charts.sheetLang}
        <select value={props.lang} onChange={(e) => props.onLang(e.currentTarget.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="btn primary" onClick={() => window.print()}>
        <span aria-hidden="true">🖨️</span> {m.charts.print}
      </button>
    </div>
  );
}
