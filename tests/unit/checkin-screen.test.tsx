import { configure, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { addCheckIn } from '../../src/data/checkins';
import { createClass } from '../../src/data/classes';
import { addDreamItem } from '../../src/data/dream';
import { CheckInScreen } from '../../src/screens/dream/CheckInScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('the check-in history', () => {
  it('calls the mean of the placements an average, not "the middle"', async () => {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    const goal = (await addDreamItem(c.id, 'subgoal', 'Alle er med i friminuttet'))!;
    // 1, 1, 1, 5: the mean is 2, the median 1.
    await addCheckIn({
      classId: c.id,
      subgoalId: goal.id,
      date: '2026-12-01',
      counts: [3, 0, 0, 0, 1],
      answers: { ledTheWay: '', liked: '', nextStep: '' },
    });
    renderWithI18n(<CheckInScreen classId={c.id} />);
    expect(await screen.findByText('Gjennomsnitt: 2')).toBeInTheDocument();
    expect(screen.queryByText(/Midt på/)).not.toBeInTheDocument();
  });
});
