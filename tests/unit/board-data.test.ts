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

  it('remembers the class shown last, while it exists', async () => {
    expect(await lastBoardClass()).toBeNull();
    const classId = await loadDemoClass('nb');
    await rememberBoardClass(classId);
    expect(await lastBoardClass()).toBe(classId);
    await deleteClass(classId);
    expect(await lastBoardClass()).toBeNull();
  });
});
