// The popup: which class, when it was last updated, and the three things a teacher does here:
// the board full screen, the strength strip on this tab, and importing a board file.
import { useEffect, useState } from 'preact/hooks';
import { formatDateWith } from '../../src/domain/locale-format';
import { LOCALES, useI18n } from '../../src/i18n/i18n';
import { ext, type Tab } from '../shared/browser';
import { importBoardFile } from '../shared/import-board';
import { useStoredBoard } from '../shared/use-board';
import { RemoveBoard } from './RemoveBoard';

/** The tab the strip goes on: the active tab of this window (`?tab=` lets a test name one). */
async function targetTab(): Promise<Tab | undefined> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) return { id: forced };
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Opened as a page (tests) rather than as the toolbar popup: stay open after an action. */
const asPage = new URLSearchParams(location.search).has('tab');
const closePopup = () => {
  if (!asPage) window.close();
};

/**
 * Firefox closes a popup when a file dialog opens, so the file would never arrive: there the import
 * happens on the board page, opened in a tab.
 */
const importInTab = ext.runtime.getURL('').startsWith('moz-extension:');

export function Popup() {
  const { m, lang } = useI18n();
  const x = m.extension;
  const board = useStoredBoard();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    ext.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'toggle-strip')?.shortcut ?? ''))
      .catch(() => {});
  }, []);

  const when = (t: number) => formatDateWith(LOCALES[lang], t, { dateStyle: 'medium', timeStyle: 'short' });

  const toggleStrip = async () => {
    const tab = await targetTab();
    const res = tab?.id
      ? ((await ext.runtime.sendMessage({ type: 'toggle-strip', tabId: tab.id }).catch(() => null)) as {
          ok?: boolean;
        } | null)
      : null;
    if (res?.ok) {
      setStatus(null);
      closePopup();
    } else setStatus({ text: x.stripFailed, error: true });
  };

  return (
    <main class="popup">
      <h1>
        <img src="/icons/icon-32.png" alt="" width={32} height={32} /> {x.popupTitle}
      </h1>
      {board === undefined ? (
        <p>{m.common.loading}</p>
      ) : board === null ? (
        <p class="help">{x.noBoard}</p>
      ) : (
        <dl class="facts">
          <dt>{x.classLabel}</dt>
          <dd>{board.snapshot.className}</dd>
          <dt>{x.updatedLabel}</dt>
          <dd>
            {when(board.snapshot.createdAt)} ({board.source === 'app' ? x.fromApp : x.fromFile})
          </dd>
        </dl>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          disabled={!board}
          onClick={() => {
            void ext.runtime.sendMessage({ type: 'open-board' }).then(closePopup);
          }}
        >
          <span aria-hidden="true">🖥️</span> {x.showBoard}
        </button>
        <button type="button" class="btn" disabled={!board} onClick={() => void toggleStrip()}>
          <span aria-hidden="true">🎗️</span> {x.toggleStrip}
        </button>
        {importInTab ? (
          <button
            type="button"
            class="btn"
            onClick={() =>
              void ext.tabs.create({ url: ext.runtime.getURL('board.html?import') }).then(closePopup)
            }
          >
            <span aria-hidden="true">📂</span> {x.importFile}
          </button>
        ) : (
          <label class="btn file">
            <span aria-hidden="true">📂</span> {x.importFile}
            <input
              type="file"
              accept=".json,application/json"
              onChange={async (e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                const res = await importBoardFile(file);
                setStatus(
                  res.ok
                    ? { text: x.imported(res.snapshot.className) }
                    : { text: x.importRefused[res.reason], error: true },
                );
              }}
            />
          </label>
        )}
      </div>
      <p role="status" class={status?.error ? 'status error' : 'status'}>
        {status?.text ?? ''}
      </p>
      {shortcut && <p class="help">{x.shortcut(shortcut)}</p>}
      {board && <RemoveBoard m={m} onRemoved={(text) => setStatus({ text })} />}
    </main>
  );
}
