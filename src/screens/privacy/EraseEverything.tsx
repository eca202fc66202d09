// Erase everything the app stored on this computer (after a clear question), then start afresh.
import { useState } from 'preact/hooks';
import { eraseEverything } from '../../data/privacy';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function EraseEverything() {
  const { m } = useI18n();
  const p = m.privacy;
  const [confirm, setConfirm] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <section class="card data-card" aria-labelledby="erase-all-h">
      <h2 id="erase-all-h">{p.eraseAllTitle}</h2>
      <p class="help">{p.eraseAllHelp}</p>
      <button type="button" class="btn danger" onClick={() => setConfirm(true)}>
        {p.eraseAll}
      </button>
      {confirm && (
        <ConfirmDialog
          message={p.eraseAllConfirm}
          confirmLabel={p.eraseAll}
          danger
          onCancel={() => setConfirm(false)}
          onConfirm={async () => {
            setConfirm(false);
            try {
              await eraseEverything();
              location.assign('/');
            } catch {
              setFailed(true);
            }
          }}
        />
      )}
      {failed && (
        <p role="alert" class="danger-text">
          {p.failed}
        </p>
      )}
    </section>
  );
}
