import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { setFocus } from '../../src/data/focus-strengths';
import { addPupilsFromText, setArchived } from '../../src/data/pupils';
import { addTeacherRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { addDays, isoDate } from '../../src/domain/dates';
import { ClassScreen } from '../../src/screens/class/ClassScreen';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

async function setup() {
  const c = await createClass({ name: '4B', yearGroup: 4 });
  await addPupilsFromText(c.id, 'Ola\nKari\nSara');
  return c;
}

describe("the teacher's quick recognition", () => {
  it('three taps plus the text: pupil, strength, text, save', async () => {
    const c = await setup();
    const strengths = await listStrengths();
    const patience = strengths.find((s) => s.key === 'patience')!;
    await setFocus(c.id, [patience.id], 'thisWeek');
    renderWithI18n(<ClassScreen classId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jeg så en styrke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jeg så en styrke' });
    // The focus strength comes first, marked as such.
    expect(within(dialog).getAllByRole('radio')[0]).toHaveAccessibleName(/Tålmodighet.*Fokus/);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /Mot/ }));
    fireEvent.input(within(dialog).getByLabelText('Hva så du?'), { target: { value: 'Sa ifra i timen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
    // The list is live: it shows the new recognition once the write's transaction has committed.
    const recent = await screen.findByRole('list', { name: 'Styrker vi har sett' });
    expect(await within(recent).findByText('Sa ifra i timen')).toBeInTheDocument();
    expect(within(recent).getByText('Sett av læreren')).toBeInTheDocument();
    const [r] = await db().recognitions.toArray();
    expect(r).toMatchObject({ status: 'approved', source: 'teacher', noticedBy: { kind: 'teacher' } });
  });

  it('nudges when the text is empty, says what is missing, and saves for the whole class', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'I noticed a strength' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Choose at least one pupil or the whole class.'),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /The whole class/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose a strength.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Cooperation/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/The concrete action is what makes/)).toBeInTheDocument();
    expect(await db().recognitions.count()).toBe(0);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Another adult' }));
    fireEvent.input(within(dialog).getByLabelText("The adult's name"), {
      target: { value: 'Per (assistent)' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'You helped …' }));
    expect(within(dialog).getByLabelText('What did you see?')).toHaveValue('You helped ');
    fireEvent.input(within(dialog).getByLabelText('What did you see?'), {
      target: { value: 'You helped each other tidy the room ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [r] = await db().recognitions.toArray();
    expect(r!.pupilId).toBeUndefined();
    expect(r).toMatchObject({
      text: 'You helped each other tidy the room',
      noticedBy: { kind: 'adult', name: 'Per (assistent)' },
    });
    const recent = await screen.findByRole('list', { name: 'Strengths we have noticed' });
    expect(within(recent).getByText('The whole class')).toBeInTheDocument();
  });

  it('back-dates to an earlier day (today by default), refuses a day in the future, and edits the day', async () => {
    const c = await setup();
    const today = isoDate(new Date());
    const yesterday = isoDate(addDays(new Date(), -1));
    const lastWeek = isoDate(addDays(new Date(), -7));
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'I noticed a strength' }));
    const dialog = await screen.findByRole('dialog');
    const day = within(dialog).getByLabelText('The day you saw it');
    expect(day).toHaveValue(today);
    expect(day).toHaveAttribute('max', today);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /Courage/ }));
    fireEvent.input(within(dialog).getByLabelText('What did you see?'), { target: { value: 'Spoke up' } });
    fireEvent.input(day, { target: { value: isoDate(addDays(new Date(), 1)) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The day cannot be in the future.')).toBeInTheDocument();
    expect(await db().recognitions.count()).toBe(0);
    fireEvent.input(day, { target: { value: yesterday } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [r] = await db().recognitions.toArray();
    expect(isoDate(new Date(r!.createdAt))).toBe(yesterday);
    // Editing shows the day it was seen and can move it.
    fireEvent.click(screen.getByRole('button', { name: /Edit.*Ola/ }));
    const edit = await screen.findByRole('dialog');
    expect(within(edit).getByLabelText('The day you saw it')).toHaveValue(yesterday);
    fireEvent.input(within(edit).getByLabelText('The day you saw it'), { target: { value: lastWeek } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [moved] = await db().recognitions.toArray();
    expect(isoDate(new Date(moved!.createdAt))).toBe(lastWeek);
  });

  it('a double tap on save saves once; the pupil who noticed can be chosen', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jeg så en styrke' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kari' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /Humor/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'En elev' }));
    fireEvent.change(within(dialog).getByLabelText('Hvilken elev'), {
      target: { value: (await db().pupils.toArray()).find((p) => p.name === 'Sara')!.id },
    });
    fireEvent.input(within(dialog).getByLabelText('Hva så du?'), {
      target: { value: 'عمل جيد 👏 <b>bra</b>' },
    });
    const save = within(dialog).getByRole('button', { name: 'Lagre' });
    fireEvent.click(save);
    fireEvent.click(save);
    expect(await screen.findByText('Lagret for 2 elever.')).toBeInTheDocument();
    const all = await db().recognitions.toArray();
    expect(all).toHaveLength(2);
    expect(all[0]!.noticedBy.kind).toBe('pupil');
    const recent = screen.getByRole('list', { name: 'Styrker vi har sett' });
    const text = within(recent).getByText('عمل جيد 👏 <b>bra</b>');
    expect(text).toHaveAttribute('dir', 'auto');
    expect(within(recent).getByText('Sett av Sara')).toBeInTheDocument();
  });

  it('one tap on a name opens the dialog with that pupil chosen: name, strength, save', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />, 'en');
    const quick = await screen.findByRole('list', { name: 'I noticed a strength in …' });
    fireEvent.click(within(quick).getByRole('button', { name: 'I noticed a strength in Sara' }));
    const dialog = await screen.findByRole('dialog', { name: 'I noticed a strength' });
    expect(within(dialog).getByRole('checkbox', { name: 'Sara' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Ola' })).not.toBeChecked();
    // The pupil is chosen already: the keyboard starts at the strengths.
    expect(within(dialog).getAllByRole('radio')[0]).toHaveFocus();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Patience/ }));
    fireEvent.input(within(dialog).getByLabelText('What did you see?'), {
      target: { value: 'Waited for Kari' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Waited for Kari')).toBeInTheDocument();
    const [r] = await db().recognitions.toArray();
    expect(r!.pupilId).toBe((await db().pupils.toArray()).find((p) => p.name === 'Sara')!.id);
  });

  it('editing a recognition of a pupil archived since shows them as chosen and marked; taking them off asks for a pupil', async () => {
    const c = await setup();
    const pupils = await db().pupils.toArray();
    const id = (n: string) => pupils.find((p) => p.name === n)!.id;
    const mot = (await listStrengths()).find((s) => s.key === 'courage')!;
    await addTeacherRecognition({
      classId: c.id,
      pupils: [id('Ola'), id('Kari')],
      strengthId: mot.id,
      text: 'Sa ifra',
      noticedBy: { kind: 'teacher' },
      allowEmpty: false,
    });
    await setArchived(id('Kari'), true);
    renderWithI18n(<ClassScreen classId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: /Endre anerkjennelsen av Ola, Kari/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Endre anerkjennelsen' });
    const kari = within(dialog).getByRole('checkbox', { name: 'Kari (arkivert)' });
    expect(kari).toBeChecked();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    fireEvent.click(kari);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await within(dialog).findByText('Velg minst én elev eller hele klassen.')).toBeInTheDocument();
    expect(await db().recognitions.count()).toBe(2);
  });

  it('a pupil is never recorded as noticing their own strength', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jeg så en styrke' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kari' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'En elev' }));
    const noticer = within(dialog).getByLabelText('Hvilken elev');
    const options = () =>
      within(noticer)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options()).toEqual(['Ola', 'Sara']);
    expect(noticer).toHaveDisplayValue('Ola');
    // Choosing the noticer as a pupil too moves the noticer to someone else.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Hvilken elev')).toHaveDisplayValue('Sara'));
    expect(options()).toEqual(['Sara']);
  });

  it('closing the dialog gives the keyboard focus back to the button that opened it', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />);
    const open = await screen.findByRole('button', { name: 'Jeg så en styrke' });
    open.focus();
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    within(dialog).getByRole('checkbox', { name: 'Ola' }).focus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(open).toHaveFocus();
  });

  it('several names, one written right to left, each keep their own direction', async () => {
    const c = await setup();
    await addPupilsFromText(c.id, 'שרה');
    const pupils = await db().pupils.toArray();
    const mot = (await listStrengths()).find((s) => s.key === 'courage')!;
    await addTeacherRecognition({
      classId: c.id,
      pupils: [pupils.find((p) => p.name === 'שרה')!.id, pupils.find((p) => p.name === 'Ola')!.id],
      strengthId: mot.id,
      text: 'Sa ifra',
      noticedBy: { kind: 'teacher' },
      allowEmpty: false,
    });
    renderWithI18n(<ClassScreen classId={c.id} />);
    const recent = await screen.findByRole('list', { name: 'Styrker vi har sett' });
    const heading = await within(recent).findByText(
      (_, el) => el?.tagName === 'STRONG' && el.textContent === 'שרה, Ola',
    );
    // Isolated names: the comma and "Ola" are not pulled into the right-to-left run of the first name.
    expect([...heading.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['שרה', 'Ola']);
    expect(heading).not.toHaveAttribute('dir', 'auto');
  });
  it('the starters follow the pupils chosen: «du» for one, «dere» for several or the whole class', async () => {
    const c = await setup();
    renderWithI18n(<ClassScreen classId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jeg så en styrke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jeg så en styrke' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ola' }));
    expect(within(dialog).getByRole('button', { name: 'Jeg så at du …' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Kari' }));
    expect(within(dialog).getByRole('button', { name: 'Jeg så at dere …' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dere hjalp …' }));
    expect(within(dialog).getByLabelText('Hva så du?')).toHaveValue('Dere hjalp ');
  });
});
