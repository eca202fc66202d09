// The school-holiday screen as a teacher uses it: this school year's suggested breaks to confirm,
// move or remove, own days off with plain messages for bad dates; and today's routines taking a
// break on a confirmed holiday.
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addOwnHoliday, confirmHoliday, loadHolidays } from '../../src/data/holidays';
import { addRoutineFromTemplate, saveRoutine } from '../../src/data/routines';
import { suggestedBreaks } from '../../src/domain/holidays';
import { HolidaysScreen } from '../../src/screens/routines/HolidaysScreen';
import { TodayList } from '../../src/screens/routines/TodayList';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
withClassC1();
beforeEach(() => {
  // Wednesday of week 40 in the school year 2026–2027 (only the date is faked; timers run).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-30T10:00:00') });
});

const item = async (name: string) => (await screen.findByRole('heading', { name, level: 3 })).closest('li')!;

describe('the school-holiday screen', () => {
  it('offers this school year’s breaks as suggestions that count only once confirmed, and moves one by week', async () => {
    renderWithI18n(<HolidaysScreen classId="c1" />, 'nb');
    expect(await screen.findByRole('heading', { name: 'Skoleferier', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Skoleåret 2026–2027', level: 2 })).toBeInTheDocument();
    const year = screen.getByRole('list', { name: 'Skoleåret 2026–2027' });
    expect(
      within(year)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Høstferie', 'Juleferie', 'Vinterferie', 'Påskeferie']);
    const autumn = await item('Høstferie');
    expect(autumn).toHaveTextContent('Forslag – teller ikke ennå');
    expect(autumn).toHaveTextContent('uke 40 · 28. september – 2. oktober');
    expect(await item('Juleferie')).toHaveTextContent('21. desember 2026 – 1. januar 2027');
    expect(await item('Påskeferie')).toHaveTextContent('22. mars – 29. mars');

    // Nothing counts before the teacher says so; confirming stores the break as offered.
    expect((await loadHolidays('c1')).periods).toEqual([]);
    fireEvent.click(within(autumn).getByRole('button', { name: /Bekreft/ }));
    expect(await within(autumn).findByText(/Bekreftet/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('«Høstferie» er bekreftet.');
    expect((await loadHolidays('c1')).periods).toEqual([suggestedBreaks(2026)[0]]);

    // The county has its winter break in week 9: choosing the week moves and confirms it.
    const winter = await item('Vinterferie');
    fireEvent.change(within(winter).getByRole('combobox', { name: 'Uke' }), { target: { value: '9' } });
    expect(await within(winter).findByText(/Bekreftet/)).toBeInTheDocument();
    expect(winter).toHaveTextContent('uke 9 · 1. mars – 5. mars');
    expect((await loadHolidays('c1')).periods).toMatchObject([
      { id: 'autumn-2026', from: '2026-09-28', to: '2026-10-02' },
      { id: 'winter-2026', kind: 'winter', from: '2027-03-01', to: '2027-03-05' },
    ]);
  });

  it('changes the dates of a break (confirming it), and removes a suggestion that can be offered again', async () => {
    renderWithI18n(<HolidaysScreen classId="c1" />, 'nb');
    const christmas = await item('Juleferie');
    fireEvent.click(within(christmas).getByRole('button', { name: 'Endre datoene' }));
    const form = within(christmas).getByRole('form', { name: 'Endre datoene: Juleferie' });
    fireEvent.input(within(form).getByLabelText('Til'), { target: { value: '2026-12-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(christmas).findByRole('alert')).toHaveTextContent(
      'Til-datoen kan ikke være før fra-datoen.',
    );
    expect((await loadHolidays('c1')).periods).toEqual([]);
    fireEvent.input(within(form).getByLabelText('Til'), { target: { value: '2027-01-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(christmas).findByText(/Bekreftet/)).toBeInTheDocument();
    expect((await loadHolidays('c1')).periods).toMatchObject([{ from: '2026-12-21', to: '2027-01-03' }]);

    const winter = await item('Vinterferie');
    fireEvent.click(within(winter).getByRole('button', { name: 'Fjern' }));
    const again = await screen.findByRole('button', { name: /Vis «Vinterferie» igjen/ });
    expect(screen.queryByRole('heading', { name: 'Vinterferie' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('«Vinterferie» er fjernet.');
    fireEvent.click(again);
    expect(await item('Vinterferie')).toHaveTextContent('Forslag – teller ikke ennå');
    // The line under the page says what happened last, not the removal before it.
    expect(screen.getByRole('status')).toHaveTextContent('«Vinterferie» er et forslag igjen.');
  });

  it('adds an own day off; bad dates give a plain message and add nothing', async () => {
    renderWithI18n(<HolidaysScreen classId="c1" />, 'nb');
    expect(await screen.findByText('Ingen egne fridager er lagt inn.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Legg til en fridag eller ferie' });
    fireEvent.input(within(form).getByLabelText('Navn (valgfritt)'), {
      target: { value: 'Planleggingsdag' },
    });
    fireEvent.input(within(form).getByLabelText('Fra'), { target: { value: '2026-11-13' } });
    fireEvent.click(within(form).getByRole('button', { name: /Legg til/ }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Velg både fra- og til-dato.');
    expect((await loadHolidays('c1')).periods).toEqual([]);
    fireEvent.input(within(form).getByLabelText('Til'), { target: { value: '2026-11-13' } });
    fireEvent.click(within(form).getByRole('button', { name: /Legg til/ }));
    const own = await item('Planleggingsdag');
    expect(own).toHaveTextContent('fredag 13. november');
    // The teacher's own day off needs no confirming: no badge says it was confirmed or suggested.
    expect(own).not.toHaveTextContent('Bekreftet');
    expect(own).not.toHaveTextContent('Forslag');
    expect(screen.getByRole('status')).toHaveTextContent('«Planleggingsdag» er lagt til.');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads in nynorsk and English', async () => {
    const { unmount } = renderWithI18n(<HolidaysScreen classId="c1" />, 'nn');
    expect(await screen.findByRole('heading', { name: 'Skuleferiar', level: 1 })).toBeInTheDocument();
    expect(await item('Haustferie')).toHaveTextContent('veke 40');
    expect(screen.getByRole('heading', { name: 'Eigne fridagar og feriar' })).toBeInTheDocument();
    unmount();
    renderWithI18n(<HolidaysScreen classId="c1" />, 'en');
    expect(await screen.findByRole('heading', { name: 'School holidays', level: 1 })).toBeInTheDocument();
    expect(await item('Autumn break')).toHaveTextContent('week 40');
    expect(
      within(await item('Easter holidays')).getByRole('button', { name: /Confirm/ }),
    ).toBeInTheDocument();
  });
});

describe('today’s routines in a holiday', () => {
  it('plan nothing on a confirmed holiday, and a suggestion alone changes nothing', async () => {
    const r = await addRoutineFromTemplate('c1', 'noticingRound', 'nb');
    await saveRoutine(r.id, { ...r, schedule: { ...r.schedule, weekdays: [1, 2, 3, 4, 5] } });
    const { unmount } = renderWithI18n(<TodayList classId="c1" back="/" />, 'nb');
    expect(await screen.findByText(r.name)).toBeInTheDocument();
    unmount();
    await confirmHoliday('c1', suggestedBreaks(2026)[0]!);
    renderWithI18n(<TodayList classId="c1" back="/" />, 'nb');
    expect(
      await screen.findByText('Skoleferie i dag (Høstferie). Ingen rutiner står på planen.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(r.name)).not.toBeInTheDocument();
    expect(screen.queryByText('Ingen rutiner står på planen i dag.')).not.toBeInTheDocument();
  });

  it('an own day off reads as a day off, not as a school holiday', async () => {
    const r = await addRoutineFromTemplate('c1', 'noticingRound', 'nb');
    await saveRoutine(r.id, { ...r, schedule: { ...r.schedule, weekdays: [1, 2, 3, 4, 5] } });
    await addOwnHoliday('c1', { name: 'Planleggingsdag', from: '2026-09-30', to: '2026-09-30' });
    renderWithI18n(<TodayList classId="c1" back="/" />, 'nb');
    expect(
      await screen.findByText('Fri i dag (Planleggingsdag). Ingen rutiner står på planen.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Skoleferie i dag/)).not.toBeInTheDocument();
    expect(screen.queryByText(r.name)).not.toBeInTheDocument();
  });
});
