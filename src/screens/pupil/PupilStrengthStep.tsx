// Pupil mode, step 3: "Which strength?" Big symbols with the word; the definition on demand,
// read aloud where a local voice exists.
import { useState } from 'preact/hooks';
import type { Pupil, Strength } from '../../domain/types';
import { localized } from '../../domain/wording';
import { useI18n } from '../../i18n/i18n';
import { speak, useLocalVoice } from '../../ui/speak';
import { singleTap } from './NameGrid';

export function PupilStrengthStep(props: {
  target: Pupil;
  strengths: Strength[];
  focusIds: string[];
  onPick: (s: Strength) => void;
}) {
  const { m, lang } = useI18n();
  const voice = useLocalVoice(lang);
  const [explained, setExplained] = useState<Strength | null>(null);
  return (
    <>
      <h1 id="step-h" tabIndex={-1}>
        {m.pupilMode.whichStrength(props.target.name)}
      </h1>
      <div class="definition-area" aria-live="polite">
        {explained && (
          <div class="definition-card" style={{ '--strength': explained.color }}>
            <span class="definition-symbol" aria-hidden="true">
              {explained.symbol}
            </span>
            <p>
              <strong>{localized(explained.name, lang)}:</strong> {localized(explained.definition, lang)}
            </p>
            <div class="row wrap">
              {voice && (
                <button
                  type="button"
                  class="pupil-btn"
                  onClick={() =>
                    speak(
                      `${localized(explained.name, lang)}. ${localized(explained.definition, lang)}`,
                      voice,
                    )
                  }
                >
                  <span aria-hidden="true">🔊</span> {m.pupilMode.readAloud}
                </button>
              )}
              <button
                type="button"
                class="pupil-btn primary"
                onClick={singleTap(() => props.onPick(explained))}
              >
                {m.pupilMode.pickThis(localized(explained.name, lang))}
              </button>
            </div>
          </div>
        )}
      </div>
      <ul class="strength-pick-grid" aria-label={m.pupilMode.strengthsLabel}>
        {props.strengths.map((s) => {
          const name = localized(s.name, lang);
          return (
            <li key={s.id} class="strength-pick" style={{ '--strength': s.color }}>
              <button type="button" class="strength-pick-main" onClick={singleTap(() => props.onPick(s))}>
                <span class="strength-pick-symbol" aria-hidden="true">
                  {s.symbol}
                </span>
                <span class="strength-pick-name">{name}</span>
                {props.focusIds.includes(s.id) && <span class="badge">{m.recognize.focus}</span>}
              </button>
              <button
                type="button"
                class="strength-pick-info"
                aria-label={m.pupilMode.whatIs(name)}
                aria-pressed={explained?.id === s.id}
                onClick={() => setExplained(explained?.id === s.id ? null : s)}
              >
                ?
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
