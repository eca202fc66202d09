// The strength catalogue (global to this device): read in order; editing lives with the noticing work.
import type { Strength } from '../domain/types';
import { db } from './db';

export function listStrengths(opts: { includeHidden?: boolean } = {}): Promise<Strength[]> {
  return db()
    .strengths.orderBy('order')
    .toArray()
    .then((all) => (opts.includeHidden ? all : all.filter((s) => !s.hidden)));
}
