// "Ready to use offline": on the first visit, once the service worker has stored every file, the
// teacher is told that the app now opens without a network. Not shown on the shared screens.
// A quiet note at the bottom edge: no animation, and only its button takes clicks, so it never
// covers what the teacher is doing. The live region is always there, so the words are announced.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { onOfflineReady } from './update-state';

export function OfflineReady(props: { hidden?: boolean }) {
  const { m } = useI18n();
  const [ready, setReady] = useState(false);
  const [closed, setClosed] = useState(false);
  useEffect(() => onOfflineReady(() => setReady(true)), []);
  const show = ready && !closed && !props.hidden;
  return (
    <div class="offline-ready" aria-live="polite">
      {show && (
        <section class="offline-ready-note" aria-label={m.update.offlineReady}>
          <p>
            <strong>{m.update.offlineReady}</strong> <span class="snack-hint">{m.update.offlineHint}</span>
          </p>
          <button type="button" class="btn small" onClick={() => setClosed(true)}>
            {m.update.ok}
          </button>
        </section>
      )}
    </div>
  );
}
