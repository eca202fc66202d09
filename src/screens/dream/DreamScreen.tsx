// /class/:id/dream: the class dream step by step (focus question, at our best, dreams, principles,
// roadmap), with the dream tree beside it and an IRP timer at hand. Wires data to UI only.
import { useState } from 'preact/hooks';
import { getClass } from '../../data/classes';
import { listDream } from '../../data/dream';
import { useLiveQuery } from '../../data/live';
import { irpPhases } from '../../domain/irp';
import type { DreamKind } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { DreamTree, shortenedOnTree } from '../../ui/DreamTree';
import { IrpTimer } from '../../ui/IrpTimer';
import { timerHref } from '../timer/timer-link';
import { DreamList } from './DreamList';
import { QuestionStep } from './QuestionStep';
import { SubgoalControls } from './SubgoalControls';
import { questionOf, treeProps } from './tree-props';
import './dream.css';
import { PageLoading, PageNotFound } from '../../ui/PageState';

const STEPS: DreamKind[] = ['question', 'best', 'dream', 'principle', 'subgoal'];
const DEFAULT_IRP = { kind: 'irp' as const, seconds: { I: 60, R: 120, P: 180 } };

export function DreamScreen(props: { classId: string }) {
  const { m } = useI18n();
  const { classId } = props;
  const cls = useLiveQuery(() => getClass(classId).then((c) => c ?? null), [classId]);
  const items = useLiveQuery(() => listDream(classId), [classId]);
  const [step, setStep] = useState<DreamKind>(() => {
    const s = new URLSearchParams(location.search).get('step');
    return STEPS.includes(s as DreamKind) ? (s as DreamKind) : 'question';
  });
  const [timer, setTimer] = useState(false);

  if (cls === undefined || items === undefined) return <PageLoading />;
  if (cls === null) return <PageNotFound />;

  const of = (k: DreamKind) => items.filter((x) => x.kind === k);
  const label: Record<DreamKind, string> = {
    question: m.dream.stepQuestion,
    best: m.dream.stepBest,
    dream: m.dream.stepDream,
    principle: m.dream.stepPrinciple,
    subgoal: m.dream.stepSubgoal,
  };
  const help: Record<DreamKind, string> = {
    question: m.dream.helpQuestion,
    best: m.dream.helpBest,
    dream: m.dream.helpDream,
    principle: m.dream.helpPrinciple,
    subgoal: m.dream.helpSubgoal,
  };
  const idx = STEPS.indexOf(step);
  const tree = treeProps(items, m);
  // Every dream and principle is drawn; one too long to stand whole gets the poster's full list.
  const shortened = shortenedOnTree(tree);
  const back = `/class/${classId}/dream`;

  return (
    <main id="main" class="page dream-screen">
      <div class="page-head">
        <p class="meta">
          <Link href={`/class/${classId}`}>← {cls.name}</Link>
        </p>
        <h1>{m.dream.title}</h1>
        <p class="lead">{m.dream.intro}</p>
        <nav class="row wrap dream-tools" aria-label={m.dream.title}>
          <Link class="btn" href={`/tree?class=${classId}`}>
            🌳 {m.dream.showTree}
          </Link>
          <Link class="btn" href={`/class/${classId}/poster`}>
            🖨️ {m.dream.poster}
          </Link>
          <Link class="btn" href={`/class/${classId}/checkin`}>
            📈 {m.dream.checkIn}
          </Link>
          <button type="button" class="btn" aria-expanded={timer} onClick={() => setTimer(!timer)}>
            ⏱️ {timer ? m.dream.hideTimer : m.dream.timer}
          </button>
        </nav>
      </div>

      {timer && (
        <div class="dream-timer">
          <IrpTimer phases={irpPhases(DEFAULT_IRP.seconds)} />
          <Link class="btn ghost" href={timerHref(DEFAULT_IRP, { title: label[step], back })}>
            {m.routines.timer.openBig}
          </Link>
        </div>
      )}

      <nav aria-label={m.dream.stepsNav}>
        <ol class="dream-steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                class="dream-step-btn"
                aria-current={s === step ? 'step' : undefined}
                onClick={() => setStep(s)}
              >
                <span class="step-no" aria-hidden="true">
                  {i + 1}
                </span>
                {label[s]}
                {s !== 'question' && <span class="count-muted"> ({of(s).length})</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div class={`dream-body ${step === 'dream' || step === 'principle' ? 'with-tree' : ''}`}>
        <section class="dream-step card" aria-labelledby="step-h">
          <h2 id="step-h">
            {idx + 1}. {label[step]}
          </h2>
          <p class="help">{help[step]}</p>
          {step === 'question' ? (
            <QuestionStep classId={classId} question={questionOf(items)} />
          ) : (
            <DreamList
              key={step}
              classId={classId}
              kind={step}
              items={of(step)}
              listLabel={label[step]}
              ordered={step === 'subgoal'}
              addLabel={
                step === 'best'
                  ? m.dream.addBest
                  : step === 'dream'
                    ? m.dream.addDream
                    : step === 'principle'
                      ? m.dream.addPrinciple
                      : m.dream.addSubgoal
              }
              emptyText={
                step === 'best'
                  ? m.dream.emptyBest
                  : step === 'dream'
                    ? m.dream.emptyDream
                    : step === 'principle'
                      ? m.dream.emptyPrinciple
                      : m.dream.emptySubgoal
              }
              extra={step === 'subgoal' ? (item) => <SubgoalControls item={item} /> : undefined}
            />
          )}
          <div class="row wrap step-nav">
            {idx > 0 && (
              <button type="button" class="btn ghost" onClick={() => setStep(STEPS[idx - 1]!)}>
                ← {m.dream.prevStep}
              </button>
            )}
            {idx < STEPS.length - 1 && (
              <button type="button" class="btn" onClick={() => setStep(STEPS[idx + 1]!)}>
                {m.dream.nextStep}: {label[STEPS[idx + 1]!]} →
              </button>
            )}
          </div>
        </section>
        {(step === 'dream' || step === 'principle') && (
          <aside class="dream-tree-preview" aria-label={m.dream.treeTitle}>
            {tree.dreams.length === 0 && <p class="help">{m.dream.treeEmpty}</p>}
            <DreamTree {...tree} />
            {shortened > 0 && <p class="help">{m.dream.treeShortened(shortened)}</p>}
          </aside>
        )}
      </div>
    </main>
  );
}
