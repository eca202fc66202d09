// The board page: the app's own board component and fair rotation (imported from src/), fed from the
// extension's store. Works offline and with the app closed; speaks the board's language.
import { useEffect, useState } from 'preact/hooks';
import { Board } from '../../src/board/Board';
import { initialRotation, type RotationState, restoreRotation } from '../../src/domain/rotation';
import type { Lang } from '../../src/domain/types';
import { LOCALES, loadBoardMessages } from '../../src/i18n/i18n';
import type { ExtensionMessages as Messages } from '../../src/i18n/messages';
import { browserLang } from '../shared/lang';
import { boardStore } from '../shared/store';
import { useStoredBoard } from '../shared/use-board';
import { ImportButton } from './ImportButton';

function useMessages(lang: Lang | null): { lang: Lang; m: Messages } | null {
  const [cat, setCat] = useState<{ lang: Lang; m: Messages } | null>(null);
  useEffect(() => {
    // Wait for the store to say which language; only then load that language's strings.
    if (!lang) return;
    let current = true;
    // Only the newest request wins: the page may switch from the browser's language to the board's.
    void loadBoardMessages(lang).then((m) => current && setCat({ lang, m }));
    document.documentElement.lang = lang;
    return () => {
      current = false;
    };
  }, [lang]);
  return cat;
}

export function BoardPage() {
  // Opened with ?import (the popup in Firefox): offer the import above the board.
  const [importing, setImporting] = useState(() => new URLSearchParams(location.search).has('import'));
  const board = useStoredBoard();
  const lang = board === undefined ? null : (board?.snapshot.lang ?? browserLang());
  const cat = useMessages(lang);
  const m = cat?.m;
  const [rotation, setRotation] = useState<RotationState | null>(null);
  useEffect(() => {
    boardStore()
      .then((s) => s.getState('board-rotation'))
      .then((raw) => setRotation(restoreRotation(raw)))
      .catch(() => setRotation(initialRotation()));
  }, []);
  useEffect(() => {
    if (m) document.title = board ? m.extension.boardTitle(board.snapshot.className) : m.extension.popupTitle;
  }, [board, m]);

  // Nothing to say before the strings are here: the store answers in milliseconds.
  if (!m || board === undefined || rotation === null || cat?.lang !== lang)
    return <p class="board-loading" aria-busy="true" />;
  if (board === null)
    return (
      <main class="board-empty">
        <h1>{m.extension.popupTitle}</h1>
        <p>{m.extension.noBoard}</p>
        <ImportButton m={m} />
      </main>
    );
  return (
    <>
      {importing && (
        <div class="import-bar">
          <ImportButton m={m} onImported={() => setImporting(false)} />
        </div>
      )}
      <Board
        snapshot={board.snapshot}
        rotation={rotation}
        onRotationChange={(next) => {
          setRotation(next);
          void boardStore().then((s) => s.putState('board-rotation', next));
        }}
        messages={m.board}
        locale={LOCALES[board.snapshot.lang]}
        exit={
          <button type="button" class="btn" onClick={() => window.close()}>
            {m.extension.closeBoard}
          </button>
        }
      />
    </>
  );
}
