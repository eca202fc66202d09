// Pupil mode, steps 1 and 2: "Who are you?" and "Who did you notice?" (never yourself).
import type { Pupil } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { NameGrid } from './NameGrid';

export function WhoAreYouStep(props: { pupils: Pupil[]; onPick: (p: Pupil) => void }) {
  const { m } = useI18n();
  return (
    <>
      <h1 id="step-h" tabIndex={-1}>
        {m.pupilMode.whoAreYou}
      </h1>
      <p class="pupil-help">{m.pupilMode.whoAreYouHelp}</p>
      <NameGrid pupils={props.pupils} label={m.pupilMode.whoAreYou} onPick={props.onPick} />
    </>
  );
}

export function WhoDidYouNoticeStep(props: { pupils: Pupil[]; me: Pupil; onPick: (p: Pupil) => void }) {
  const { m } = useI18n();
  return (
    <>
      <h1 id="step-h" tabIndex={-1}>
        {m.pupilMode.whoDidYouNotice}
      </h1>
      <p class="pupil-help">{m.pupilMode.whoHelp}</p>
      <NameGrid
        pupils={props.pupils.filter((p) => p.id !== props.me.id)}
        label={m.pupilMode.whoDidYouNotice}
        onPick={props.onPick}
      />
    </>
  );
}
