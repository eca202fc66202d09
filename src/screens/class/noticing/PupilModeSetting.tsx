// The class setting for pupil mode: may the youngest skip writing what they saw?
import { updateClass } from '../../../data/classes';
import type { SchoolClass } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';

export function PupilModeSetting(props: { cls: SchoolClass }) {
  const { m } = useI18n();
  return (
    <section class="section card" aria-labelledby="pupil-mode-h">
      <h2 id="pupil-mode-h">{m.pupilMode.title}</h2>
      <div class="toggle-row">
        <input
          id="pupil-text-optional"
          type="checkbox"
          checked={props.cls.pupilTextOptional}
          aria-describedby="pupil-text-optional-help"
          onChange={(e) =>
            void updateClass(props.cls.id, { pupilTextOptional: e.currentTarget.checked }).catch(() => {})
          }
        />
        <label for="pupil-text-optional">{m.pupilMode.textOptional}</label>
        <p id="pupil-text-optional-help" class="help">
          {m.pupilMode.textOptionalHelp}
        </p>
      </div>
    </section>
  );
}
