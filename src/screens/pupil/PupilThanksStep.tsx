// Pupil mode, the end: a warm thank-you, then back to the start by itself.
import { useEffect } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';

export const THANKS_MS = 7000;

export function PupilThanksStep(props: { targetName: string; onDone: () => void }) {
  const { m } = useI18n();
  useEffect(() => {
    const t = window.setTimeout(props.onDone, THANKS_MS);
    return () => window.clearTimeout(t);
  }, []);
  return (
    <div class="pupil-thanks">
      <p class="thanks-symbol" aria-hidden="true">
        🌟
      </p>
      <h1 id="step-h" tabIndex={-1}>
        {m.pupilMode.thanks}
      </h1>
      <p class="pupil-help">{m.pupilMode.thanksText(props.targetName)}</p>
      <button type="button" class="pupil-btn primary" onClick={props.onDone}>
        {m.pupilMode.done}
      </button>
    </div>
  );
}
