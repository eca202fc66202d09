// Loads the demo class: a separate class flagged isDemo, so it never mixes into a real class.
// Loading it again opens the one that exists instead of making a second.
import { addDays, isoDate, startOfWeek } from '../domain/dates';
import { planDemo } from '../domain/demo-data';
import type { CheckIn, DreamItem, Lang, Pupil, Recognition, RoutineRun } from '../domain/types';
import { db } from './db';
import { routineFromTemplate } from './routines';
import { newId, write } from './write';

export const DEMO_CLASS_NAMES: Record<Lang, string> = {
  nb: 'Demoklassen 4B',
  nn: 'Demoklassen 4B',
  en: 'Demo class 4B',
};

export async function loadDemoClass(lang: Lang, now = Date.now()): Promise<string> {
  const d = db();
  return write(() =>
    d.transaction(
      'rw',
      [
        d.classes,
        d.pupils,
        d.recognitions,
        d.focusStrengths,
        d.dreamItems,
        d.strengths,
        d.routines,
        d.routineRuns,
        d.checkIns,
      ],
      async () => {
        const existing = await d.classes.filter((c) => c.isDemo).first();
        if (existing) return existing.id;
        const plan = planDemo(lang, now);
        const strengths = await d.strengths.toArray();
        const byKey = new Map(strengths.filter((s) => s.key).map((s) => [s.key!, s.id]));
        const classId = newId();
        await d.classes.add({
          id: classId,
          name: DEMO_CLASS_NAMES[lang],
          yearGroup: 4,
          isDemo: true,
          pupilTextOptional: false,
          createdAt: now,
          updatedAt: now,
        });
        const pupils: Pupil[] = plan.names.map((name, i) => ({
          id: newId(),
          classId,
          name,
          archived: 0,
          createdAt: now - 40 * 86_400_000 + i,
          updatedAt: now - 40 * 86_400_000 + i,
        }));
        await d.pupils.bulkAdd(pupils);
        const fallbackStrength = strengths[0]?.id ?? '';
        const recognitions: Recognition[] = plan.recognitions.map((r) => ({
          id: newId(),
          classId,
          pupilId: pupils[r.pupilIndex]!.id,
          strengthId: byKey.get(r.strengthKey) ?? fallbackStrength,
          text: r.text,
          noticedBy:
            r.noticedByPupilIndex === undefined
              ? { kind: 'teacher' }
              : { kind: 'pupil', pupilId: pupils[r.noticedByPupilIndex]!.id },
          source: r.status === 'waiting' || r.noticedByPupilIndex !== undefined ? 'pupil' : 'teacher',
          status: r.status,
          createdAt: r.createdAt,
          updatedAt: r.createdAt,
          decidedAt: r.status === 'approved' ? r.createdAt : undefined,
        }));
        await d.recognitions.bulkAdd(recognitions);
        const monday = startOfWeek(new Date(now));
        await d.focusStrengths.add({
          id: newId(),
          classId,
          strengthIds: [byKey.get(plan.focusKey) ?? fallbackStrength],
          period: 'week',
          start: isoDate(monday),
          end: isoDate(addDays(monday, 6)),
          createdAt: now,
          updatedAt: now,
        });
        const counters = new Map<string, number>();
        const dream: DreamItem[] = plan.dream.map((item) => {
          const order = counters.get(item.kind) ?? 0;
          counters.set(item.kind, order + 1);
          return {
            id: newId(),
            classId,
            kind: item.kind,
            text: item.text,
            order,
            active: item.active,
            createdAt: now,
            updatedAt: now,
          };
        });
        await d.dreamItems.bulkAdd(dream);
        const subgoal = dream.find((x) => x.kind === 'subgoal' && x.active);
        if (subgoal) {
          const checkIns: CheckIn[] = plan.checkIns.map((c) => ({
            id: newId(),
            classId,
            subgoalId: subgoal.id,
            date: c.date,
            counts: c.counts,
            answers: c.answers,
            createdAt: now,
            updatedAt: now,
          }));
          await d.checkIns.bulkAdd(checkIns);
        }
        for (const r of plan.routines) {
          // Added to the class on the day its schedule counts from, so its log is all "kept".
          const added = new Date(`${r.anchor}T08:00:00`).getTime();
          const routine = routineFromTemplate(classId, r.templateKey, lang, r.anchor, added);
          await d.routines.add(routine);
          const runs: RoutineRun[] = r.runs.map((run) => ({
            id: newId(),
            classId,
            routineId: routine.id,
            ...run,
            createdAt: new Date(`${run.date}T15:00:00`).getTime(),
            updatedAt: new Date(`${run.date}T15:00:00`).getTime(),
          }));
          await d.routineRuns.bulkAdd(runs);
        }
        return classId;
      },
    ),
  );
}
