// Small key-value settings stored in IndexedDB (the UI language lives in localStorage for a
// synchronous first paint).
import { db } from './db';
import { write } from './write';

export async function getSetting<T>(key: string, fallback: T, isValid: (v: unknown) => v is T): Promise<T> {
  const row = await db().settings.get(key);
  return row && isValid(row.value) ? row.value : fallback;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await write(() => db().settings.put({ key, value, updatedAt: Date.now() }));
}
