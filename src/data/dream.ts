// A class's dream, step by step: the focus question, "at our best" stories, dreams, principles and
// the roadmap of sub-goals (one active at a time, each reached on a date).
import type { DreamItem, DreamKind } from '../domain/types';
import { db } from './db';
import { refTables, requireAlive } from './integrity';
import { newId, write } from './write';

export const MAX_DREAM_TEXT = 280;

export function listDream(classId: string): Promise<DreamItem[]> {
  return db()
    .dreamItems.where('[classId+kind]')
    .between([classId, ''], [classId, '\uffff'])
    .toArray()
    .then((xs) => xs.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt));
}

export function clean(text: string): string {
  return [...text.trim().replace(/\s+/g, ' ')].slice(0, MAX_DREAM_TEXT).join('');
}

/** Adds an item at the end of its step. Returns null (and writes nothing) for blank text. */
export async function addDreamItem(
  classId: string,
  kind: DreamKind,
  text: string,
): Promise<DreamItem | null> {
  const t = clean(text);
  if (!t) return null;
  const d = db();
  return write(() =>
    d.transaction('rw', [d.dreamItems, ...refTables(d)], async () => {
      await requireAlive(d, { classId });
      const same = await d.dreamItems.where('[classId+kind]').equals([classId, kind]).toArray();
      const now = Date.now();
      const item: DreamItem = {
        id: newId(),
        classId,
        kind,
        text: t,
        order: same.reduce((m, x) => Math.max(m, x.order + 1), 0),
        createdAt: now,
        updatedAt: now,
      };
      // The first sub-goal becomes the one the class works on.
      if (kind === 'subgoal' && !same.some((x) => x.active)) item.active = !same.some((x) => !x.reachedOn);
      await d.dreamItems.add(item);
      return item;
    }),
  );
}

/** The focus question is one item: set it, replace it, or clear it with blank text. */
export async function setQuestion(classId: string, text: string): Promise<void> {
  const t = clean(text);
  const d = db();
  await write(() =>
    d.transaction('rw', d.dreamItems, async () => {
      const rows = await d.dreamItems.where('[classId+kind]').equals([classId, 'question']).toArray();
      const [first, ...rest] = rows;
      if (rest.length) await d.dreamItems.bulkDelete(rest.map((r) => r.id));
      if (!t) {
        if (first) await d.dreamItems.delete(first.id);
        return;
      }
      const now = Date.now();
      if (first) await d.dreamItems.update(first.id, { text: t, updatedAt: now });
      else
        await d.dreamItems.add({
          id: newId(),
          classId,
          kind: 'question',
          text: t,
          order: 0,
          createdAt: now,
          updatedAt: now,
        });
    }),
  );
}

/** Returns false (and changes nothing) for blank text. */
export async function updateDreamText(id: string, text: string): Promise<boolean> {
  const t = clean(text);
  if (!t) return false;
  await write(() => db().dreamItems.update(id, { text: t, updatedAt: Date.now() }));
  return true;
}

export async function deleteDreamItem(id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', [d.dreamItems, d.checkIns], async () => {
      const item = await d.dreamItems.get(id);
      if (!item) return;
      await d.dreamItems.delete(id);
      if (item.kind !== 'subgoal') return;
      await d.checkIns.where('[subgoalId+date]').between([id, ''], [id, '\uffff']).delete();
      if (item.active) await activateNext(item.classId);
    }),
  );
}

/** Swaps an item with its neighbour in the same step. */
export async function moveDreamItem(id: string, dir: -1 | 1): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.dreamItems, async () => {
      const item = await d.dreamItems.get(id);
      if (!item) return;
      const same = (
        await d.dreamItems.where('[classId+kind]').equals([item.classId, item.kind]).toArray()
      ).sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
      const i = same.findIndex((x) => x.id === id);
      const j = i + dir;
      if (j < 0 || j >= same.length) return;
      [same[i], same[j]] = [same[j]!, same[i]!];
      const now = Date.now();
      await Promise.all(
        same.map((x, k) => (x.order === k ? null : d.dreamItems.update(x.id, { order: k, updatedAt: now }))),
      );
    }),
  );
}

/** Makes one sub-goal the active one (and no other). */
export async function setActiveSubgoal(classId: string, id: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.dreamItems, async () => {
      const now = Date.now();
      const subs = await d.dreamItems.where('[classId+kind]').equals([classId, 'subgoal']).toArray();
      for (const s of subs) {
        const active = s.id === id;
        if (Boolean(s.active) !== active || (active && s.reachedOn))
          await d.dreamItems.update(s.id, {
            active,
            reachedOn: active ? undefined : s.reachedOn,
            updatedAt: now,
          });
      }
    }),
  );
}

/** Marks a sub-goal reached on a date; the next one not yet reached becomes active. */
export async function markReached(id: string, date: string): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.dreamItems, async () => {
      const item = await d.dreamItems.get(id);
      if (item?.kind !== 'subgoal') return;
      await d.dreamItems.update(id, { reachedOn: date, active: false, updatedAt: Date.now() });
      if (item.active) await activateNext(item.classId);
    }),
  );
}

export async function unmarkReached(id: string): Promise<void> {
  await write(() => db().dreamItems.update(id, { reachedOn: undefined, updatedAt: Date.now() }));
}

async function activateNext(classId: string): Promise<void> {
  const d = db();
  const subs = (await d.dreamItems.where('[classId+kind]').equals([classId, 'subgoal']).toArray()).sort(
    (a, b) => a.order - b.order,
  );
  if (subs.some((s) => s.active)) return;
  const next = subs.find((s) => !s.reachedOn);
  if (next) await d.dreamItems.update(next.id, { active: true, updatedAt: Date.now() });
}
