// Publishes the board snapshot of the class chosen for the extension, live: every change to it (an
// approval, an edit, the focus, the dream, the app's language) posts a fresh snapshot to the page,
// where only the extension's content script on this origin reads it.
import { liveQuery } from 'dexie';
import { BRIDGE_CHANNEL } from '../domain/board-bridge';
import { jsonBytes, MAX_SNAPSHOT_BYTES } from '../domain/board-snapshot-schema';
import { LANGS, type Lang } from '../domain/types';
import type { NoticedByWords } from '../domain/wording';
import { buildBoardSnapshot } from './board-snapshot';
import { setBridgeStatus } from './extension-bridge';
import { DEVICE_CLASS_POINTERS } from './registry';
import { getSetting, setSetting } from './settings';

/** The one class the extension shows (a setting on this device). */
export const EXTENSION_CLASS_KEY = DEVICE_CLASS_POINTERS.extensionClass;

const isId = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function getExtensionClass(): Promise<string | null> {
  return getSetting(EXTENSION_CLASS_KEY, null, isId);
}

export function setExtensionClass(classId: string | null): Promise<void> {
  return setSetting(EXTENSION_CLASS_KEY, classId);
}

function pageLang(): Lang {
  const l = document.documentElement.lang as Lang;
  return LANGS.includes(l) ? l : 'nb';
}

let settled: Promise<void> = Promise.resolve();

/**
 * Resolves once the latest (re)start of the publisher has read the chosen class and posted its board,
 * or found nothing to post: a deterministic "idle" for whoever must know that nothing was sent.
 */
export function publisherSettled(): Promise<void> {
  return settled;
}

export function startBoardPublishing(wordsFor: (lang: Lang) => Promise<NoticedByWords>): () => void {
  let sub: { unsubscribe(): void } | null = null;
  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    let settle = () => {};
    settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const lang = pageLang();
    let words: NoticedByWords;
    try {
      words = await wordsFor(lang);
    } catch (e) {
      settle();
      throw e;
    }
    // A later run took over: this one is settled when that one is.
    if (mine !== generation) return void settled.then(settle);
    sub?.unsubscribe();
    sub = liveQuery(async () => {
      const classId = await getExtensionClass();
      return classId ? buildBoardSnapshot(classId, lang, words) : null;
    }).subscribe({
      next: (snapshot) => {
        try {
          publish(snapshot);
        } finally {
          settle();
        }
      },
      error: () => {
        settle();
        // The app's own screens report database errors; the extension keeps its last board.
      },
    });
  };
  const publish = (snapshot: Awaited<ReturnType<typeof buildBoardSnapshot>>) => {
    if (!snapshot) return;
    if (jsonBytes(snapshot) > MAX_SNAPSHOT_BYTES) {
      setBridgeStatus({ pending: false, last: { ok: false, reason: 'too-large', at: Date.now() } });
      return;
    }
    setBridgeStatus({ pending: true });
    window.postMessage({ channel: BRIDGE_CHANNEL, type: 'board-snapshot', snapshot }, location.origin);
  };
  void run();
  // The language switch sets <html lang>: republish in the new language.
  const observer = new MutationObserver(() => void run());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => {
    observer.disconnect();
    sub?.unsubscribe();
  };
}
