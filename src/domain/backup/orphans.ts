// Records that point at something deleted (a pupil erased in another tab while a dialog was open,
// before writes checked it): found and repaired the way the app's own deletions would have, or set
// aside when no repair keeps their meaning. Pure; the same rules the import checks (validate.ts),
// so a database repaired by this exports a file the import accepts.
import type { BackupData, TableName } from './format';

export interface SetAside {
  table: TableName;
  /** Which reference was missing: "classId", "pupilId", "strengthId", "subgoalId", "routineId". */
  reason: string;
  record: unknown;
}

export interface OrphanPlan {
  /** Records to write back changed (table -> records). */
  put: Partial<Record<TableName, unknown[]>>;
  /** Records to move out of their table, kept whole. */
  setAside: SetAside[];
}

export function planOrphans(data: Omit<BackupData, 'settings'>): OrphanPlan {
  const plan: OrphanPlan = { put: {}, setAside: [] };
  const put = (t: TableName, r: unknown) => {
    plan.put[t] = [...(plan.put[t] ?? []), r];
  };
  const aside = (table: TableName, reason: string, record: unknown) =>
    plan.setAside.push({ table, reason, record });
  const classIds = new Set(data.classes.map((c) => c.id));
  const classOf = (rows: readonly { id: string; classId: string }[]) =>
    new Map(rows.map((r) => [r.id, r.classId]));
  const pupilClass = classOf(data.pupils);
  const roundClass = classOf(data.friendRounds);
  const itemClass = classOf(data.dreamItems);
  const routineClass = classOf(data.routines);
  const strengthIds = new Set(data.strengths.map((s) => s.id));

  const live = <T extends { classId: string }>(t: TableName, rows: readonly T[]): T[] =>
    rows.filter((r) => {
      if (classIds.has(r.classId)) return true;
      aside(t, 'classId', r);
      return false;
    });

  for (const p of data.pupils) if (!classIds.has(p.classId)) aside('pupils', 'classId', p);
  for (const r of live('recognitions', data.recognitions)) {
    if (r.pupilId !== undefined && pupilClass.get(r.pupilId) !== r.classId)
      aside('recognitions', 'pupilId', r);
    else if (!strengthIds.has(r.strengthId)) aside('recognitions', 'strengthId', r);
    else {
      // As an erasure does: the noticer becomes "a classmate"; a deleted round's tag goes.
      const lostNoticer = r.noticedBy.kind === 'pupil' && pupilClass.get(r.noticedBy.pupilId) !== r.classId;
      const lostRound = r.roundId !== undefined && roundClass.get(r.roundId) !== r.classId;
      if (lostNoticer || lostRound) {
        const fixed = { ...r };
        if (lostNoticer) fixed.noticedBy = { kind: 'classmate' };
        if (lostRound) delete fixed.roundId;
        put('recognitions', fixed);
      }
    }
  }
  for (const f of live('focusStrengths', data.focusStrengths)) {
    const kept = f.strengthIds.filter((id) => strengthIds.has(id));
    if (!kept.length) aside('focusStrengths', 'strengthId', f);
    else if (kept.length !== f.strengthIds.length) put('focusStrengths', { ...f, strengthIds: kept });
  }
  for (const c of live('checkIns', data.checkIns))
    if (itemClass.get(c.subgoalId) !== c.classId) aside('checkIns', 'subgoalId', c);
  for (const r of live('routineRuns', data.routineRuns))
    if (routineClass.get(r.routineId) !== r.classId) aside('routineRuns', 'routineId', r);
  for (const r of live('friendRounds', data.friendRounds)) {
    const ok = (p: string) => pupilClass.get(p) === r.classId;
    const draws = Object.fromEntries(Object.entries(r.draws).filter(([g, to]) => ok(g) && ok(to)));
    const absent = r.absent.filter(ok);
    if (Object.keys(draws).length !== Object.keys(r.draws).length || absent.length !== r.absent.length)
      put('friendRounds', { ...r, draws, absent });
  }
  live('dreamItems', data.dreamItems);
  live('routines', data.routines);
  return plan;
}

export function planIsEmpty(plan: OrphanPlan): boolean {
  return plan.setAside.length === 0 && Object.keys(plan.put).length === 0;
}
