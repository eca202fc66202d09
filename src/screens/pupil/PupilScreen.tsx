// /pupil?class=ID: pupil mode for the smartboard or a class tablet. Touch first, no teacher
// navigation: the only way out is the leave button, which asks for the teacher PIN when one is set.
// Reads only what a pupil may see: names, visible strengths and the focus; nothing anyone wrote.
import './pupil.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { getCurrentFocus } from '../../data/focus-strengths';
import { GoneError } from '../../data/integrity';
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import { addPupilRecognition } from '../../data/recognitions';
import { getStarters } from '../../data/starters';
import { listStrengths } from '../../data/strengths';
import { focusFirst } from '../../domain/focus';
import type { Pupil, Strength } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { LeaveSharedScreen } from '../pin/LeaveSharedScreen';
import { singleTap } from './NameGrid';
import { PupilStrengthStep } from './PupilStrengthStep';
import { PupilTextStep } from './PupilTextStep';
import { PupilThanksStep } from './PupilThanksStep';
import { WhoAreYouStep, WhoDidYouNoticeStep } from './PupilWhoSteps';

/** Back to the start when a pupil walks away half-way. */
const IDLE_MS = 120_000;

type Step =
  | { k: 'who' }
  | { k: 'target'; me: Pupil }
  | { k: 'strength'; me: Pupil; target: Pupil }
  | { k: 'text'; me: Pupil; target: Pupil; strength: Strength }
  | { k: 'thanks'; target: Pupil };

const STEP_NUMBER: Record<Step['k'], number> = { who: 1, target: 2, strength: 3, text: 4, thanks: 4 };

export function PupilScreen() {
  const { m, lang } = useI18n();
  const classId = new URLSearchParams(location.search).get('class') ?? '';
  const data = useLiveQuery(async () => {
    const cls = classId ? await getClass(classId) : undefined;
    if (!cls) return null;
    const [pupils, strengths, focus, starters] = await Promise.all([
      listPupils(classId, 0),
      listStrengths(),
      getCurrentFocus(classId),
      getStarters('pupil', lang),
    ]);
    const focusIds = focus?.strengthIds ?? [];
    return { cls, pupils, strengths: focusFirst(strengths, focusIds), focusIds, starters };
  }, [classId, lang]);
  const [step, setStep] = useState<Step>({ k: 'who' });
  const heading = useRef<HTMLDivElement>(null);

  // Each new step starts at the top, with focus on its question (keyboard and screen readers).
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.querySelector<HTMLElement>('#step-h')?.focus();
  }, [step]);

  useEffect(() => {
    if (step.k === 'who' || step.k === 'thanks') return;
    let t = window.setTimeout(() => setStep({ k: 'who' }), IDLE_MS);
    const poke = () => {
      window.clearTimeout(t);
      t = window.setTimeout(() => setStep({ k: 'who' }), IDLE_MS);
    };
    document.addEventListener('pointerdown', poke);
    document.addEventListener('keydown', poke);
    return () => {
      window.clearTimeout(t);
      document.removeEventListener('pointerdown', poke);
      document.removeEventListener('keydown', poke);
    };
  }, [step]);

  const leaveTo = data ? `/class/${classId}` : '/';
  const top = (
    <div class="pupil-top">
      {step.k !== 'who' && step.k !== 'thanks' && (
        <button type="button" class="pupil-btn ghost" onClick={singleTap(() => setStep(back(step)))}>
          <span aria-hidden="true">←</span> {m.common.back}
        </button>
      )}
      <p class="pupil-class">
        {data?.cls.name}
        {data && step.k !== 'thanks' && (
          <span class="pupil-step"> · {m.pupilMode.step(STEP_NUMBER[step.k], 4)}</span>
        )}
      </p>
      <LeaveSharedScreen to={leaveTo} class="pupil-leave">
        <span aria-hidden="true">🔒</span> {m.pupilMode.leave}
      </LeaveSharedScreen>
    </div>
  );

  if (data === undefined)
    return (
      <main id="main" class="pupil-mode">
        <p class="loading">{m.common.loading}</p>
      </main>
    );
  if (data === null || data.pupils.length < 2)
    return (
      <main id="main" class="pupil-mode">
        {top}
        <h1>{m.pupilMode.title}</h1>
        <p class="pupil-help">{data === null ? m.pupilMode.noClass : m.pupilMode.tooFewPupils}</p>
      </main>
    );

  const { cls, pupils, strengths, focusIds, starters } = data;
  return (
    <main id="main" class="pupil-mode" aria-labelledby="step-h">
      {top}
      <div class="pupil-step-body" ref={heading}>
        {step.k === 'who' && <WhoAreYouStep pupils={pupils} onPick={(me) => setStep({ k: 'target', me })} />}
        {step.k === 'target' && (
          <WhoDidYouNoticeStep
            pupils={pupils}
            me={step.me}
            onPick={(target) => setStep({ k: 'strength', me: step.me, target })}
          />
        )}
        {step.k === 'strength' && (
          <PupilStrengthStep
            target={step.target}
            strengths={strengths}
            focusIds={focusIds}
            onPick={(strength) => setStep({ ...step, k: 'text', strength })}
          />
        )}
        {step.k === 'text' && (
          <PupilTextStep
            key={`${step.target.id}-${step.strength.id}`}
            target={step.target}
            strength={step.strength}
            optional={cls.pupilTextOptional}
            starters={starters ?? undefined}
            onSend={async (text) => {
              try {
                const r = await addPupilRecognition({
                  classId: cls.id,
                  byPupilId: step.me.id,
                  pupilId: step.target.id,
                  strengthId: step.strength.id,
                  text,
                  textOptional: cls.pupilTextOptional,
                  names: { [step.me.id]: step.me.name, [step.target.id]: step.target.name },
                });
                if (r.ok) setStep({ k: 'thanks', target: step.target });
                return r.ok;
              } catch (err) {
                // Someone (or the strength) was deleted in another tab: start again from the names,
                // which now leave them out; the banner says who.
                if (err instanceof GoneError) setStep({ k: 'who' });
                return false;
              }
            }}
          />
        )}
        {step.k === 'thanks' && (
          <PupilThanksStep targetName={step.target.name} onDone={() => setStep({ k: 'who' })} />
        )}
      </div>
    </main>
  );
}

function back(step: Step): Step {
  if (step.k === 'text') return { k: 'strength', me: step.me, target: step.target };
  if (step.k === 'strength') return { k: 'target', me: step.me };
  return { k: 'who' };
}
