// The language the app speaks: remembered per device, bokmål bundled, the others loaded on demand.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang, Localized } from '../domain/types';
import type { Messages } from './messages';
import { nb } from './nb';

const STORAGE_KEY = 'dk.lang';

export const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function isLang(v: unknown): v is Lang {
  return v === 'nb' || v === 'nn' || v === 'en';
}

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLang(v)) return v;
  } catch {
    // Storage can be blocked; bokmål is the default.
  }
  return 'nb';
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'nn') return (await import('./nn')).nn;
  if (lang === 'en') return (await import('./en')).en;
  return nb;
}

export function localized(text: Localized, lang: Lang): string {
  return (lang === 'nb' ? text.nb : text[lang]) || text.nb;
}

interface I18n {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ lang: 'nb', m: nb, setLang: () => {} });

export function I18nProvider(props: { children: ComponentChildren; initial?: { lang: Lang; m: Messages } }) {
  const [state, setState] = useState<{ lang: Lang; m: Messages }>(props.initial ?? { lang: 'nb', m: nb });
  useEffect(() => {
    document.documentElement.lang = state.lang === 'en' ? 'en' : state.lang;
  }, [state.lang]);
  const setLang = (lang: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered, but still switched for this visit.
    }
    void loadMessages(lang).then((m) => setState({ lang, m }));
  };
  return <I18nContext.Provider value={{ ...state, setLang }}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
