// The language the app speaks: remembered per device. Bokmål's shell strings are bundled; the other
// languages and every language's feature-screen strings load on demand, so the first visit stays small.
// Screens load through lazy() (src/ui/lazy.tsx), which calls requireFeatures() before they render.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/types';
import type { BoardMessages, CoreMessages, ExtensionMessages, FeatureMessages, Messages } from './messages';
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

/** The shell's strings only: enough for the first paint of the home screen. */
export async function loadCoreMessages(lang: Lang): Promise<CoreMessages> {
  if (lang === 'nn') return (await import('./nn')).nn;
  if (lang === 'en') return (await import('./en')).en;
  return nb;
}

async function loadBoardChunk(lang: Lang): Promise<BoardMessages> {
  if (lang === 'nn') return (await import('./nn-board')).nnBoard;
  if (lang === 'en') return (await import('./en-board')).enBoard;
  return (await import('./nb-board')).nbBoard;
}

async function loadFeatureChunk(lang: Lang): Promise<FeatureMessages> {
  if (lang === 'nn') return (await import('./nn-features')).nnFeatures;
  if (lang === 'en') return (await import('./en-features')).enFeatures;
  return (await import('./nb-features')).nbFeatures;
}

/** Everything past the shell: the board's and the other feature screens' strings. */
export async function loadFeatureMessages(lang: Lang): Promise<BoardMessages & FeatureMessages> {
  const [board, features] = await Promise.all([loadBoardChunk(lang), loadFeatureChunk(lang)]);
  return { ...board, ...features };
}

/** The shell's and the board's strings: all the extension's pages need. */
export async function loadBoardMessages(lang: Lang): Promise<ExtensionMessages> {
  const [core, board] = await Promise.all([loadCoreMessages(lang), loadBoardChunk(lang)]);
  return { ...core, ...board };
}

/** The whole catalogue of a language (print sheets in a pupil's language, the extension). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const [core, features] = await Promise.all([loadCoreMessages(lang), loadFeatureMessages(lang)]);
  return { ...core, ...features };
}

interface I18n {
  lang: Lang;
  /**
   * The catalogue. Feature sections are present once `hasFeatures` is true: the shell and the home
   * screen use only the core sections; everything loaded through lazy() may use all of it.
   */
  m: Messages;
  hasFeatures: boolean;
  /** Loads the feature strings of the current language (once); resolves when they are in `m`. */
  requireFeatures: () => Promise<void>;
  setLang: (lang: Lang) => void;
}

type Loaded = { lang: Lang; m: CoreMessages & Partial<BoardMessages & FeatureMessages> };

const hasAll = (m: Loaded['m']): m is Messages => 'board' in m && 'charts' in m;

const I18nContext = createContext<I18n>({
  lang: 'nb',
  m: nb as Messages,
  hasFeatures: false,
  requireFeatures: () => Promise.resolve(),
  setLang: () => {},
});

export function I18nProvider(props: { children: ComponentChildren; initial?: Loaded }) {
  const [state, setState] = useState<Loaded>(props.initial ?? { lang: 'nb', m: nb });
  const [pending] = useState(() => new Map<Lang, Promise<void>>());
  useEffect(() => {
    document.documentElement.lang = state.lang;
    // index.html's description is bokmål at first paint; it follows the chosen language after.
    document.querySelector('meta[name="description"]')?.setAttribute('content', state.m.home.description);
  }, [state.lang]);
  const full = hasAll(state.m);
  const requireFeatures = (): Promise<void> => {
    if (full) return Promise.resolve();
    const lang = state.lang;
    let p = pending.get(lang);
    if (!p) {
      p = loadFeatureMessages(lang).then((features) =>
        setState((s) => (s.lang === lang ? { lang, m: { ...s.m, ...features } } : s)),
      );
      pending.set(lang, p);
    }
    return p;
  };
  const setLang = (lang: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered, but still switched for this visit.
    }
    // Switch only when everything the screen on display needs is there, so it never renders half.
    const load = full ? loadMessages(lang) : loadCoreMessages(lang);
    void load.then((m) => {
      pending.clear();
      setState({ lang, m });
    });
  };
  return (
    <I18nContext.Provider
      value={{ lang: state.lang, m: state.m as Messages, hasFeatures: full, requireFeatures, setLang }}
    >
      {props.children}
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
