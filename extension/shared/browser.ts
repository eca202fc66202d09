// The few WebExtension APIs the extension uses, typed, from `browser` (Firefox) or `chrome`
// (Chromium). Both return promises in Manifest V3 when no callback is passed.

export interface Tab {
  id?: number;
  url?: string;
  windowId?: number;
}

export interface MessageSender {
  id?: string;
  origin?: string;
  url?: string;
  tab?: Tab;
}

type Listener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

export interface ExtensionApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
  };
  tabs: {
    query(q: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }): Promise<Tab[]>;
    create(p: { url: string }): Promise<Tab>;
  };
  windows: {
    create(p: {
      url: string;
      state?: 'fullscreen' | 'maximized' | 'normal';
      type?: 'normal' | 'popup';
    }): Promise<unknown>;
  };
  scripting: { executeScript(p: { target: { tabId: number }; files: string[] }): Promise<unknown[]> };
  commands: {
    onCommand: { addListener(fn: (command: string, tab?: Tab) => void): void };
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  };
}

const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const ext: ExtensionApi = (g.browser ?? g.chrome)!;

/** "chrome-extension://id" or "moz-extension://uuid", without a trailing slash. */
export function extensionOrigin(): string {
  return ext.runtime.getURL('').replace(/\/$/, '');
}
