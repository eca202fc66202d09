// The strip's cards come from the stored board through the same fair rotation as the board: every
// pupil once before anyone twice, worded in the board's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stripData } from '../../extension/background/strip-data';
import { type BoardStore, openBoardStore } from '../../extension/shared/store';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { loadDemoClass } from '../../src/data/demo';
import { freshDatabase } from './helpers/db';

freshDatabase();
const NOW = new Date('2026-11-23T12:00:00').getTime();
let store: BoardStore;

beforeEach(async () => {
  store = await openBoardStore(`strip-test-${crypto.randomUUID()}`);
});
afterEach(() => store.close());

describe('strip data', () => {
  it('is nothing without a board', async () => {
    expect(await stripData(store)).toBeNull();
  });

  it('shows every pupil on the board once before anyone twice, in the board language', async () => {
    const classId = await loadDemoClass('en', NOW);
    const snapshot = (await buildBoardSnapshot(
      classId,
      'en',
      { teacher: 'the teacher', classmate: 'a classmate' },
      NOW,
    ))!;
    await store.put({ snapshot, receivedAt: NOW, source: 'app' });
    const data = (await stripData(store))!;
    expect(data).toMatchObject({
      lang: 'en',
      label: 'Strength strip from Drømmeklassen',
      hide: 'Hide the strength strip',
    });
    const pupils = new Set(snapshot.recognitions.flatMap((r) => (r.pupilName ? [r.pupilName] : [])));
    const shown = data.items.flatMap((i) => {
      const name = i.title.split(' · ')[0]!;
      return pupils.has(name) ? [name] : [];
    });
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(pupils.size, 20));
    expect(data.items.some((i) => i.byline?.startsWith('Noticed by'))).toBe(true);
    // The next batch continues the rotation (stored), rather than starting over.
    const next = (await stripData(store))!;
    expect(next.items[0]).not.toEqual(data.items[0]);
  });

  it('is gone once the teacher removes the board, rotation and all', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const snapshot = (await buildBoardSnapshot(
      classId,
      'nb',
      { teacher: 'læreren', classmate: 'en klassekamerat' },
      NOW,
    ))!;
    await store.put({ snapshot, receivedAt: NOW, source: 'file' });
    expect(await stripData(store)).not.toBeNull();
    expect(await store.getState('strip-rotation')).toBeDefined();
    await store.clear();
    expect(await store.get()).toBeUndefined();
    expect(await store.getState('strip-rotation')).toBeUndefined();
    expect(await stripData(store)).toBeNull();
  });
});
