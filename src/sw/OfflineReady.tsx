// "Ready to use offline": on the first visit, once the service worker has stored every file, the
// teacher is told that the app now opens without a network. Not shown on the shared screens.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { onOfflineReady } from './update-state';

export function OfflineReady(props: { hidden?: boolean }) {
  const { m } = useI18n();
  const [ready, setReady] = useState(false);
  const [closed, setClosed] = useState(false);
  useEffect(() => onOfflineReady(() => setReady(true)), []);
  if (!ready || closed || props.hidden) return null;
  return (
    <section class="snack" role="status" aria-label={m.update.offlineReady}>
      <p>
        <strong>{m.update.offlineReady}</strong> <span class="snack-hint">{m.update.offlineHint}</span>
      </p>
      <div class="row">
        <button type="button" class="btn primary" onClick={() => setClosed(true)}>
          {m.update.ok}
        </button>
      </div>
    </section>
  );
}
