// Shows the latest error a user must see, in plain words in the chosen language.
import { useEffect, useState } from 'preact/hooks';
import { clearError, currentError, onErrorChange, type ShownError } from '../app-errors';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';

function errorText(error: ShownError, m: Messages): string {
  const e = m.errors;
  if (error.kind === 'gone') {
    const what = error.gone?.what as keyof typeof e.goneWhat | undefined;
    return e.gone(error.gone?.name ?? (what && e.goneWhat[what]) ?? e.goneWhat.recognition);
  }
  if (error.kind === 'changed') return e.changed(e.changedTo[error.current ?? 'approved']);
  if (error.kind === 'setAside') return e.setAside(error.count ?? 0);
  return e[error.kind];
}

export function ErrorBanner() {
  const { m } = useI18n();
  const [error, setError] = useState<ShownError | null>(currentError);
  // onErrorChange replays the current error: one reported between this first render and the
  // subscription (a failed open, say) is shown too.
  useEffect(() => onErrorChange(setError), []);
  if (!error) return null;
  const needsReload = error.kind === 'blocked' || error.kind === 'openFailed' || error.kind === 'unknown';
  return (
    <div class="error-banner" role="alert">
      <strong>{m.errors.title}</strong>
      <p>{errorText(error, m)}</p>
      <div class="row">
        {needsReload && (
          <button type="button" class="btn" onClick={() => location.reload()}>
            {m.errors.reload}
          </button>
        )}
        <button type="button" class="btn ghost" onClick={clearError}>
          {m.errors.dismiss}
        </button>
      </div>
    </div>
  );
}
