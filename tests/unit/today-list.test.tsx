import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addRoutineFromTemplate, listRuns, saveRoutine } from '../../src/data/routines';
import { todayIso } from '../../src/domain/dates';
import { TodayList } from '../../src/screens/routines/TodayList';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
withClassC1();

describe('today list', () => {
  it('shows what is due today and logs it done with a note, or undoes it', async () => {
    const r = await addRoutineFromTemplate('c1', 'noticingRound', 'en');
    await saveRoutine(r.id, { ...r, schedule: { ...r.schedule, weekdays: [1, 2, 3, 4, 5, 6, 7] } });
    const off = await addRoutineFromTemplate('c1', 'friendRound', 'en');
    renderWithI18n(<TodayList classId="c1" back="/" />, 'en');
    const item = (await screen.findByText('Daily noticing round')).closest('li')!;
    expect(screen.queryByText(off.name)).not.toBeInTheDocument();
    fireEvent.input(within(item).getByLabelText('Note'), { target: { value: 'Lovely round' } });
    fireEvent.click(within(item).getByRole('button', { name: /Done/ }));
    expect(await within(item).findByText(/Done today/)).toBeInTheDocument();
    const runs = await listRuns('c1', todayIso(), todayIso());
    expect(runs).toMatchObject([{ status: 'done', note: 'Lovely round' }]);
    fireEvent.click(within(item).getByRole('button', { name: /Undo/ }));
    expect(await within(item).findByRole('button', { name: /Skipped/ })).toBeInTheDocument();
    expect(await listRuns('c1', todayIso(), todayIso())).toEqual([]);
  });

  it('says so kindly when nothing is due', async () => {
    renderWithI18n(<TodayList classId="none" back="/" />, 'nb');
    expect(await screen.findByText('Ingen rutiner står på planen i dag.')).toBeInTheDocument();
  });
});
