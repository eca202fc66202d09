// What the board keeps per class in the settings table: rotation state, options, last class.
import { describe, expect, it } from 'vitest';
import {
  boardRotationKey,
  lastBoardClass,
  loadBoardRotation,
  rememberBoardClass,
  saveBoardRotation,
  saveBoardSettings,
} from '../../src/data/board';
import { boardSettingsKey, buildBoardSnapshot } from '../../src/data/board-snapshot';
import { deleteClass } from '../../src/data/classes';
import { loadDemoClass } from '../../src/data/demo';
import { erasePupil } from '../../src/data/pupils';
import { setSetting } from '../../src/data/settings';
import { DEFAULT_BOARD_SETTINGS } from '../../src/domain/board-snapshot';
import { deckFromSnapshot, initialRotation, nextCard } from '../../src/domain/rotation';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const WORDS = { teacher: 'læreren', classmate: 'en klassekamerat' };

describe('board data', () => {
  it('persists the rotation so the round continues after a reload', async () => {
    const classId = await loadDemoClass('nb');
    const snap = (await buildBoardSnapshot(classId, 'nb', WORDS))!;
    const deck = deckFromSnapshot(snap);
    let s = initialRotation();
    for (let i = 0; i < 10; i++) s = nextCard(s, deck);
    await saveBoardRotation(classId, s);
    expect(await loadBoardRotation(classId)).toEqual(s);
    expect(await loadBoardRotation('another-class')).toEqual(initialRotation());
  });

  it('starts afresh from a damaged stored rotation', async () => {
    await setSetting(boardRotationKey('c1'), { v: 1, seen: 'nonsense', history: [{ kind: 'bogus' }] });
    const s = await loadBoardRotation('c1');
    expect(s.seen).toEqual([]);
    expect(s.history).toEqual([]);
  });

  it('stores board options normalised, and the snapshot reads them', async () => {
    const classId = await loadDemoClass('nb');
    await saveBoardSettings(classId, { ...DEFAULT_BOARD_SETTINGS, intervalSeconds: 500, theme: 'dark' });
    let snap = (await buildBoardSnapshot(classId, 'nb', WORDS))!;
    expect(snap.settings).toMatchObject({ intervalSeconds: 60, theme: 'dark' });
    // A partial value written by an older version still gives every card flag.
    await db.current.settings.put({
      key: boardSettingsKey(classId),
      value: { cards: { dream: false } },
      updatedAt: 1,
    });
    snap = (await buildBoardSnapshot(classId, 'nb', WORDS))!;
    expect(snap.settings.cards).toEqual({ dream: false, focus: true, wholeClass: true });
    expect(snap.settings.intervalSeconds).toBe(DEFAULT_BOARD_SETTINGS.intervalSeconds);
  });

  it('an erased pupil leaves the stored rotation, and a board still open cannot write her back', async () => {
    const classId = await loadDemoClass('nb');
    const snap = (await buildBoardSnapshot(classId, 'nb', WORDS))!;
    const deck = deckFromSnapshot(snap);
    let s = initialRotation();
    for (let i = 0; i < 12; i++) s = nextCard(s, deck);
    await saveBoardRotation(classId, s);
    // A pupil the board has shown, and the recognitions about her.
    const pupilId = s.round[0]!;
    const hers = new Set(
      (await db.current.recognitions.toArray()).filter((r) => r.pupilId === pupilId).map((r) => r.id),
    );
    expect(s.seen.some(([id]) => hers.has(id))).toBe(true);
    const others = s.round.filter((id) => id !== pupilId);
    const stored = async () =>
      JSON.stringify((await db.current.settings.get(boardRotationKey(classId)))?.value);

    await erasePupil(pupilId);
    let now = await loadBoardRotation(classId);
    expect(now.round).toEqual(others);
    expect(now.seen.filter(([id]) => hers.has(id))).toEqual([]);
    expect(now.seen.length).toBeGreaterThan(0);
    expect(now.history.filter((c) => 'id' in c && hers.has(c.id))).toEqual([]);
    expect(await stored()).not.toContain(pupilId);

    // The board open meanwhile still holds the old state in memory and saves it.
    await saveBoardRotation(classId, s);
    now = await loadBoardRotation(classId);
    expect(now.round).toEqual(others);
    for (const id of hers) expect(await stored()).not.toContain(id);
    expect(await stored()).not.toContain(pupilId);
  });

  it('remembers the class shown last, while it exists', async () => {
    expect(await lastBoardClass()).toBeNull();
    const classId = await loadDemoClass('nb');
    await rememberBoardClass(classId);
    expect(await lastBoardClass()).toBe(classId);
    await deleteClass(classId);
    expect(await lastBoardClass()).toBeNull();
  });
});
