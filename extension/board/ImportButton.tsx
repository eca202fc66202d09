// Import a board file from the board page (a classroom PC without the app starts here).
import { useState } from 'preact/hooks';
import type { ExtensionMessages as Messages } from '../../src/i18n/messages';

export function ImportButton(props: { m: Messages; onImported?: () => void }) {
  const x = props.m.extension;
  const [error, setError] = useState('');
  return (
    <div class="import">
      <label class="btn primary file">
        <span aria-hidden="true">📂</span> {x.importFile}
        <input
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            // The checks load only when a file is picked: the board page itself stays small.
            const { importBoardFile } = await import('../shared/import-board');
            const res = await importBoardFile(file);
            // On success the page re-reads the store and shows the board.
            setError(res.ok ? '' : x.importRefused[res.reason]);
            if (res.ok) props.onImported?.();
          }}
        />
      </label>
      <p role="status" class="status error">
        {error}
      </p>
    </div>
  );
}
