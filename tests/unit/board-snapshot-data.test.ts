import { describe, expect, it } from 'vitest';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils, setArchived } from '../../src/data/pupils';
import { freshDatabase } from './helpers/db';

const db = freshDatabase();
const NOW = new Date('2026-11-23T12:00:00').getTime();
const WORDS = { teacher: 'læreren', classmate: 'en klassekamerat' };

describe('board snapshot', () => {
  it('holds approved recognitions only, with first names, the focus strength and the dream', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const snap = (await buildBoardSnapshot(classId, 'nb', WORDS, NOW))!;
    const approved = (await db.current.recognitions.toArray()).filter((r) => r.status === 'approved').length;
    expect(snap.recognitions).toHaveLength(approved);
    const waiting = (await db.current.recognitions.toArray()).filter((r) => r.status !== 'approved');
    expect(waiting.length).toBeGreaterThan(0);
    for (const w of waiting) expect(snap.recognitions.map((r) => r.id)).not.toContain(w.id);
    expect(snap.focus?.strengthIds).toHaveLength(1);
    expect(snap.strengths.find((s) => s.id === snap.focus!.strengthIds[0])?.name).toBe('Samarbeid');
    expect(snap.dream.dreams.length).toBeGreaterThanOrEqual(3);
    expect(snap.recognitions.every((r) => r.pupilName && r.noticedBy)).toBe(true);
  });

  it('leaves out archived pupils', async () => {
    const classId = await loadDemoClass('nb', NOW);
    const [first] = await listPupils(classId);
    await setArchived(first!.id, true);
    const snap = (await buildBoardSnapshot(classId, 'nb', WORDS, NOW))!;
    expect(snap.recognitions.some((r) => r.pupilId === first!.id)).toBe(false);
  });
});
