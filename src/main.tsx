// Entry point: pick the remembered language, render the app, then register the service worker.
import { render } from 'preact';
import { App } from './app';
import { listenForExtension } from './data/extension-bridge';
import { loadCoreMessages, loadMessages, storedLang } from './i18n/i18n';
import { takePairLink } from './pair-link';
import { isSharedScreen } from './shared-screens';
import { tidyShell } from './ui/ShellWaiting';
import './styles.css';

async function start() {
  // A QR code's `/pair#dk1.…` link: its secret leaves the address bar before anything else happens.
  takePairLink();
  const lang = storedLang();
  // The home screen needs only the shell's strings; a deep link into a screen loads them all at once.
  const m = location.pathname === '/' ? await loadCoreMessages(lang) : await loadMessages(lang);
  // A teacher screen renders onto the static shell (index.html): its first render, while the PIN lock
  // is read, is the shell's own markup (ui/ShellWaiting.tsx), so Preact keeps the nodes already on
  // screen. A shared screen (the board, pupil mode...) shows none of it, so the shell goes first.
  const root = document.getElementById('app')!;
  if (isSharedScreen(location.pathname)) root.textContent = '';
  else tidyShell(root);
  render(<App initial={{ lang, m }} />, root);
  // The companion extension, if installed, asks for the chosen class's board (nothing otherwise).
  listenForExtension((l) =>
    loadMessages(l).then((x) => ({ teacher: x.board.teacher, classmate: x.board.classmate })),
  );
  // A device with a class connected to a sync server keeps it in sync in the background (docs/sync.md
  // §9.3). The check (one settings row) and the sync code wait until the first paint is done and the
  // page is idle; a build without a server drops this and the chunks altogether (a build-time literal).
  if (__DK_SYNC__) {
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    whenIdle(() => void import('./data/sync-start').then((s) => s.startSyncWhenLinked()), { timeout: 5000 });
  }
  // The service worker is not needed for the first paint; register it after.
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    void import('./sw/register').then((sw) => sw.registerServiceWorker());
  }
}

void start();
