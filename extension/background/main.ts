// The background (Chromium's service worker, Firefox's background script): one typed table of
// message handlers, the keyboard command, and nothing else. Every sender is checked per handler.
import { ext, extensionOrigin, type MessageSender } from '../shared/browser';
import { BOARD_UPDATED } from '../shared/events';
import { type RuntimeMessage, senderOrigin, type TrustContext } from '../shared/messages';
import { boardStore } from '../shared/store';
import { receiveBoard } from './board-handler';
import { stripData } from './strip-data';

const ctx: TrustContext = {
  extensionId: ext.runtime.id,
  extensionOrigin: extensionOrigin(),
  appOrigins: __DK_APP_ORIGINS__,
};

const fromExtensionPage = (s: MessageSender) =>
  s.id === ctx.extensionId && senderOrigin(s) === ctx.extensionOrigin;
/** Our own scripts inside a tab (the content script or the injected strip). */
const fromOurScriptInTab = (s: MessageSender) => s.id === ctx.extensionId && s.tab !== undefined;

async function toggleStrip(tabId: number): Promise<{ ok: boolean }> {
  try {
    // Injecting the strip file again removes a strip that is showing: one file, a toggle.
    await ext.scripting.executeScript({ target: { tabId }, files: ['strip.js'] });
    return { ok: true };
  } catch (err) {
    console.warn('[Drømmeklassen] the strip cannot be shown on this tab:', err);
    return { ok: false };
  }
}

async function openBoard(): Promise<{ ok: boolean }> {
  await ext.windows.create({ url: ext.runtime.getURL('board.html'), state: 'fullscreen' });
  return { ok: true };
}

async function storeBoard(message: unknown, sender: MessageSender) {
  const res = await receiveBoard(message, sender, ctx, await boardStore());
  // Open board pages and popups reload from the store; nobody listening is fine.
  if (res.ok) ext.runtime.sendMessage({ type: BOARD_UPDATED }).catch(() => {});
  return res;
}

type Handlers = {
  [K in RuntimeMessage['type']]: (
    message: Extract<RuntimeMessage, { type: K }>,
    sender: MessageSender,
  ) => Promise<unknown>;
};

const handlers: Handlers = {
  'board-snapshot': storeBoard,
  'import-board': storeBoard,
  'toggle-strip': async (m, s) =>
    fromExtensionPage(s) && Number.isInteger(m.tabId) ? toggleStrip(m.tabId) : null,
  'open-board': async (_m, s) => (fromExtensionPage(s) ? openBoard() : null),
  'clear-board': async (_m, s) => {
    if (!fromExtensionPage(s)) return null;
    await (await boardStore()).clear();
    ext.runtime.sendMessage({ type: BOARD_UPDATED }).catch(() => {});
    return { ok: true };
  },
  'strip-data': async (_m, s) => (fromOurScriptInTab(s) ? stripData(await boardStore()) : null),
};

ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    if (type !== BOARD_UPDATED)
      console.warn('[Drømmeklassen] dropped an unknown message from', senderOrigin(sender));
    return undefined;
  }
  const handler = handlers[type as RuntimeMessage['type']] as (
    m: unknown,
    s: MessageSender,
  ) => Promise<unknown>;
  handler(message, sender).then(sendResponse, (err) => {
    console.warn('[Drømmeklassen] a message failed:', err);
    sendResponse(null);
  });
  // Keeps the channel open for the async answer (works in Chromium and Firefox alike).
  return true;
});

ext.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-board') void openBoard();
  if (command !== 'toggle-strip') return;
  const withTab =
    tab?.id !== undefined
      ? Promise.resolve([tab])
      : ext.tabs.query({ active: true, lastFocusedWindow: true });
  void withTab.then(([t]) => (t?.id !== undefined ? toggleStrip(t.id) : undefined));
});
