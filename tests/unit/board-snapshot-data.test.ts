import { describe, expect, it } from 'vitest';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { createClass } from '../../src/data/classes';
import { loadDemoClass } from '../../src/data/demo';
import { setGiftsOnBoard, setRoundStatus, startRound } from '../../src/data/friend-rounds';
import { addPupilsFromText, listPupils, setArchived } from '../../src/data/pupils';
import { addPupilRecognition, approveRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
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

describe('board snapshot and the secret friend', () => {
  async function roundWithGift() {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    await addPupilsFromText(c.id, 'Aksel\nMohammed\nIda');
    const today = new Date();
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const r = await startRound(c.id, { start: iso(today), end: iso(today), absent: [] }, 3);
    if (!r.ok) throw new Error('no round');
    const giver = Object.keys(r.round.draws)[0]!;
    const receiver = r.round.draws[giver]!;
    const [strength] = await listStrengths();
    const note = await addPupilRecognition({
      classId: c.id,
      pupilId: receiver,
      byPupilId: giver,
      strengthId: strength!.id,
      text: 'hjalp vaktmesteren med å bære benker.',
      textOptional: false,
    });
    if (!note.ok) throw new Error('no note');
    await approveRecognition(note.id);
    return { classId: c.id, roundId: r.round.id, noteId: note.id };
  }

  it('never holds an approved gift note while its round is in progress, nor after it by default', async () => {
    const x = await roundWithGift();
    const ids = async () => (await buildBoardSnapshot(x.classId, 'nb', WORDS))!.recognitions.map((r) => r.id);
    expect(await ids()).not.toContain(x.noteId);
    await setRoundStatus(x.roundId, 'running');
    expect(await ids()).not.toContain(x.noteId);
    // After the ceremony the teacher decides; until then the gift stays off the board.
    await setRoundStatus(x.roundId, 'finished');
    expect(await ids()).not.toContain(x.noteId);
    await setGiftsOnBoard(x.roundId, true);
    expect(await ids()).toContain(x.noteId);
    await setGiftsOnBoard(x.roundId, false);
    expect(await ids()).not.toContain(x.noteId);
  });
});
