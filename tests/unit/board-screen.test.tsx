// /board wired to the database: live snapshot, a pupil archived mid-rotation, choosing a class.
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildBoardSnapshot } from '../../src/data/board-snapshot';
import { createClass } from '../../src/data/classes';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils, setArchived } from '../../src/data/pupils';
import { BoardScreen } from '../../src/screens/board/BoardScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

describe('BoardScreen', () => {
  it('shows the class board and drops a pupil archived while on screen', async () => {
    const classId = await loadDemoClass('nb');
    history.replaceState(null, '', `/board?class=${classId}`);
    renderWithI18n(<BoardScreen />);
    const heading = await screen.findByRole('heading', { level: 2 });
    const name = heading.textContent!;
    const pupil = (await listPupils(classId)).find((p) => p.name === name)!;
    await setArchived(pupil.id, true);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(name));
    const snap = await buildBoardSnapshot(classId, 'nb', { teacher: 't', classmate: 'c' });
    expect(snap!.recognitions.some((r) => r.pupilId === pupil.id)).toBe(false);
  });

  it('offers a choice of classes without ?class, and reopens the last one next time', async () => {
    await createClass({ name: '5A', yearGroup: 5 });
    history.replaceState(null, '', '/board');
    const first = renderWithI18n(<BoardScreen />);
    (await screen.findByRole('button', { name: /5A/ })).click();
    await screen.findByRole('heading', { level: 1, name: 'Styrketavla for 5A' });
    expect(location.search).toMatch(/^\?class=/);
    first.unmount();
    history.replaceState(null, '', '/board');
    renderWithI18n(<BoardScreen />);
    await screen.findByRole('heading', { level: 1, name: 'Styrketavla for 5A' });
    // No recognitions yet: the friendly card.
    expect(
      await screen.findByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
    ).toBeInTheDocument();
  });
});
