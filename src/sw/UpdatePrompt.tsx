// The "a new version is ready - reload" snack. It only offers; it never reloads by itself, so a
// half-typed text or a running board is never lost. Not shown on the shared (pupil) screens.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { applyUpdate, onUpdateReady } from './update-state';

export function UpdatePrompt(props: { hidden?: boolean }) {
  const { m } = useI18n();
  const [ready, setReady] = useState(false);
  const [later, setLater] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready || later || props.hidden) return null;
  return (
    <section class="snack" role="status" aria-label={m.update.ready}>
      <p>
        <strong>{m.update.ready}</strong> <span class="snack-hint">{m.update.waitHint}</span>
      </p>
      <div class="row">
        <button type="button" class="btn primary" onClick={applyUpdate}>
          {m.update.reload}
        </button>
        <button type="button" class="btn ghost" onClick={() => setLater(true)}>
          {m.update.later}
        </button>
      </div>
    </section>
  );
}
