// The strength catalogue (global to this device): read in order, add, rename, reorder, hide.
// A strength that has been used (in a recognition or a focus) can be hidden but never deleted,
// so that history stays true.

import { withCurrentDefaults } from '../domain/retired-defaults';
import type { Localized, Strength } from '../domain/types';
import { MAX_NAME } from '../domain/types';
import { db } from './db';
import { newId, write } from './write';

export const MAX_DEFINITION = 160;

export function listStrengths(opts: { includeHidden?: boolean } = {}): Promise<Strength[]> {
  return db()
    .strengths.orderBy('order')
    .toArray()
    .then((all) => all.map(withCurrentDefaults))
    .then((all) => (opts.includeHidden ? all : all.filter((s) => !s.hidden)));
}

export interface StrengthInput {
  name: Localized;
  definition: Localized;
  symbol: string;
  color: string;
}

export type StrengthProblem = 'nameRequired' | 'symbolRequired' | 'nameTaken';

function clip(s: string | undefined, max: number): string {
  return [...(s ?? '').trim().replace(/\s+/g, ' ')].slice(0, max).join('');
}

function clean(input: StrengthInput): StrengthInput {
  return {
    name: {
      nb: clip(input.name.nb, MAX_NAME),
      nn: clip(input.name.nn, MAX_NAME),
      en: clip(input.name.en, MAX_NAME),
    },
    definition: {
      nb: clip(input.definition.nb, MAX_DEFINITION),
      nn: clip(input.definition.nn, MAX_DEFINITION),
      en: clip(input.definition.en, MAX_DEFINITION),
    },
    symbol: input.symbol.trim(),
    color: /^#[0-9a-f]{6}$/i.test(input.color) ? input.color : '#2f5d50',
  };
}

async function problemOf(input: StrengthInput, exceptId?: string): Promise<StrengthProblem | null> {
  if (!input.name.nb) return 'nameRequired';
  if (!input.symbol) return 'symbolRequired';
  const key = (s: string) => s.toLocaleLowerCase('nb');
  const all = await db().strengths.toArray();
  if (all.some((s) => s.id !== exceptId && key(s.name.nb) === key(input.name.nb!))) return 'nameTaken';
  return null;
}

export async function addStrength(
  raw: StrengthInput,
): Promise<{ ok: true; id: string } | { ok: false; problem: StrengthProblem }> {
  const input = clean(raw);
  const problem = await problemOf(input);
  if (problem) return { ok: false, problem };
  const d = db();
  return write(() =>
    d.transaction('rw', d.strengths, async () => {
      const last = await d.strengths.orderBy('order').last();
      const now = Date.now();
      const id = newId();
      await d.strengths.add({
        id,
        ...input,
        order: (last?.order ?? -1) + 1,
        hidden: false,
        createdAt: now,
        updatedAt: now,
      });
      return { ok: true as const, id };
    }),
  );
}

export async function updateStrength(
  id: string,
  raw: StrengthInput,
): Promise<{ ok: true } | { ok: false; problem: StrengthProblem }> {
  const input = clean(raw);
  const problem = await problemOf(input, id);
  if (problem) return { ok: false, problem };
  await write(() => db().strengths.update(id, { ...input, updatedAt: Date.now() }));
  return { ok: true };
}

export async function setStrengthHidden(id: string, hidden: boolean): Promise<void> {
  await write(() => db().strengths.update(id, { hidden, updatedAt: Date.now() }));
}

/** Moves a strength one place up or down in the catalogue (renumbers all, so orders stay unique). */
export async function moveStrength(id: string, direction: -1 | 1): Promise<void> {
  const d = db();
  await write(() =>
    d.transaction('rw', d.strengths, async () => {
      const all = await d.strengths.orderBy('order').toArray();
      const i = all.findIndex((s) => s.id === id);
      const j = i + direction;
      if (i < 0 || j < 0 || j >= all.length) return;
      [all[i], all[j]] = [all[j]!, all[i]!];
      const now = Date.now();
      const changed = all.map((s, order) => ({ s, order })).filter(({ s, order }) => s.order !== order);
      await d.strengths.bulkPut(changed.map(({ s, order }) => ({ ...s, order, updatedAt: now })));
    }),
  );
}

export async function isStrengthUsed(id: string): Promise<boolean> {
  const d = db();
  const inRecognition = await d.recognitions.filter((r) => r.strengthId === id).first();
  if (inRecognition) return true;
  return !!(await d.focusStrengths.filter((f) => f.strengthIds.includes(id)).first());
}

/** Deletes a strength only if nothing ever used it; otherwise it can only be hidden. */
export async function deleteStrength(id: string): Promise<'deleted' | 'used'> {
  const d = db();
  return write(() =>
    d.transaction('rw', [d.strengths, d.recognitions, d.focusStrengths], async () => {
      if (await isStrengthUsed(id)) return 'used' as const;
      await d.strengths.delete(id);
      return 'deleted' as const;
    }),
  );
}
