// The chart screens as a teacher sees them: the class overview (no pupil names), one pupil's bar
// opening its examples, nobody left out as an invitation, and the sheet in the pupil's language.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadDemoClass } from '../../src/data/demo';
import { listPupils } from '../../src/data/pupils';
import { addDays, isoDate } from '../../src/domain/dates';
import { ChartsScreen, parseSub } from '../../src/screens/charts/ChartsScreen';
import { clampText } from '../../src/screens/charts/StrengthsSheet';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

const db = freshDatabase();
/** The demo class and a full chart render can take a few seconds in jsdom on a busy machine. */

function at(path: string) {
  history.replaceState(null, '', path);
}

/** The last 60 days: holds the whole demo (five weeks back from today) on any day of the year. */
function recent(): string {
  return `?p=custom&from=${isoDate(addDays(new Date(), -60))}&to=${isoDate(new Date())}`;
}

describe('chart screens', () => {
  it('shortens long examples on the sheet at a word, never short ones', () => {
    expect(clampText('Hjalp Ola.')).toBe('Hjalp Ola.');
    const long = 'Hjalp en klassekamerat som satt alene, spurte om hun ville være med, og forklarte reglene.';
    expect(clampText(long, 40)).toBe('Hjalp en klassekamerat som satt alene…');
  });

  it('parses the chart sub-routes', () => {
    expect(parseSub('')).toEqual({ kind: 'class' });
    expect(parseSub('/pupils/abc')).toEqual({ kind: 'pupil', pupilId: 'abc' });
    expect(parseSub('/pupils/abc/sheet')).toEqual({ kind: 'sheet', pupilId: 'abc' });
    expect(parseSub('/noticed')).toEqual({ kind: 'noticed' });
    expect(parseSub('/nope')).toEqual({ kind: 'unknown' });
  });

  it('the class overview shows class-level numbers and never a pupil name', async () => {
    const classId = await loadDemoClass('nb');
    at(`/class/${classId}/charts${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub="" />);
    expect(await screen.findByText(/^70 styrker sett i perioden/)).toBeInTheDocument();
    const pupils = await listPupils(classId);
    const text = document.body.textContent ?? '';
    for (const p of pupils) expect(text).not.toContain(p.name);
    expect(
      screen.getByRole('group', { name: 'Styrker vi har sett i klassen i perioden' }),
    ).toBeInTheDocument();
    // Every chart has a table with the same numbers.
    expect(screen.getAllByText('Vis som tabell').length).toBeGreaterThanOrEqual(4);
    // One tab stop per chart (arrow keys move inside): exactly one bar or point has tabindex 0,
    // written in lower case, as SVG needs it.
    const bars = screen.getByRole('group', { name: 'Styrker vi har sett i klassen i perioden' });
    const stops = bars.querySelectorAll('svg [tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(bars.querySelectorAll('svg [tabindex="-1"]').length).toBeGreaterThan(3);
  });

  it('a pupil’s bar opens the concrete examples behind it', async () => {
    const classId = await loadDemoClass('en');
    const all = await db.current.recognitions.toArray();
    const pupils = await listPupils(classId);
    const pupil = pupils.find(
      (p) => all.filter((r) => r.pupilId === p.id && r.status === 'approved').length >= 2,
    )!;
    at(`/class/${classId}/charts/pupils/${pupil.id}${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub={`/pupils/${pupil.id}`} />, 'en');
    expect(await screen.findByRole('heading', { name: `${pupil.name}’s strengths` })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Only for you as the teacher');
    const chart = screen.getByRole('group', { name: `${pupil.name}’s strengths in this period` });
    const bar = within(chart).getAllByRole('button')[0]!;
    fireEvent.click(bar);
    expect(bar).toHaveAttribute('aria-expanded', 'true');
    const examples = await screen.findByRole('heading', { name: /^What was noticed:/ });
    expect(examples.nextElementSibling?.textContent).toMatch(/Noticed by/);
  });

  it('nobody left out invites the teacher to look for the strengths of the children not yet noticed', async () => {
    const classId = await loadDemoClass('nb');
    const [p] = await listPupils(classId);
    await db.current.recognitions.where('[classId+pupilId]').equals([classId, p!.id]).delete();
    at(`/class/${classId}/charts/noticed${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub="/noticed" />);
    expect(
      await screen.findByRole('heading', { name: 'Se etter styrkene til disse barna denne uka' }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Ikke sett ennå i perioden' });
    expect(within(list).getByText(p!.name)).toBeInTheDocument();
    expect(screen.getByText('24 av 25 barn er sett i perioden.')).toBeInTheDocument();
  });

  it('the "My strengths" sheet speaks the pupil’s language and has no numbers', async () => {
    const classId = await loadDemoClass('nb');
    const all = await db.current.recognitions.toArray();
    const pupils = await listPupils(classId);
    const pupil = pupils.find((p) => all.some((r) => r.pupilId === p.id && r.status === 'approved'))!;
    await db.current.pupils.update(pupil.id, { lang: 'nn' });
    at(`/class/${classId}/charts/pupils/${pupil.id}/sheet${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub={`/pupils/${pupil.id}/sheet`} />);
    const title = await screen.findByRole('heading', { name: 'Styrkane mine', level: 1 });
    const sheet = title.closest('article')!;
    expect(sheet).toHaveAttribute('lang', 'nn');
    expect(sheet.textContent).toContain(`Hei, ${pupil.name}!`);
    expect(sheet.querySelector('.sheet-strengths')?.textContent).not.toMatch(/\b\d+\b/);
    // The teacher's own controls stay in the app language.
    expect(screen.getByRole('button', { name: /Skriv ut/ })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Språk på arket'), { target: { value: 'en' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'My strengths', level: 1 })).toBeInTheDocument(),
    );
  });
  it('never offers an empty "My strengths" sheet: the teacher gets a nudge and the way to note one', async () => {
    const classId = await loadDemoClass('nb');
    const [p] = await listPupils(classId);
    await db.current.recognitions.where('[classId+pupilId]').equals([classId, p!.id]).delete();
    at(`/class/${classId}/charts/pupils/${p!.id}${recent()}`);
    const view = renderWithI18n(<ChartsScreen classId={classId} sub={`/pupils/${p!.id}`} />);
    const nudge = await screen.findByText(/^Ingen har skrevet ned styrkene til/);
    expect(nudge.closest('[role="note"]')).toHaveTextContent(`Se etter styrkene til ${p!.name} denne uka.`);
    expect(screen.queryByRole('link', { name: /Skriv ut/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Jeg så en styrke hos ${p!.name}` })).toHaveAttribute(
      'href',
      `/class/${classId}?notice=${p!.id}`,
    );
    view.unmount();
    // A deep link to the sheet itself shows the nudge too, with nothing to print.
    at(`/class/${classId}/charts/pupils/${p!.id}/sheet${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub={`/pupils/${p!.id}/sheet`} />);
    expect(await screen.findByText(/^Ingen har skrevet ned styrkene til/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mine styrker' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Skriv ut/ })).not.toBeInTheDocument();
  });

  it("prints every pupil's sheet at once, each in their language, and lists who has none", async () => {
    const classId = await loadDemoClass('nb');
    const all = await db.current.recognitions.toArray();
    const pupils = await listPupils(classId);
    const seen = pupils.filter((p) => all.some((r) => r.pupilId === p.id && r.status === 'approved'));
    const [nynorsk] = seen;
    await db.current.pupils.update(nynorsk!.id, { lang: 'nn' });
    const unseen = await db.current.pupils.add({
      id: 'p-unseen',
      classId,
      name: 'Zelda',
      archived: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    at(`/class/${classId}/charts/sheets${recent()}`);
    renderWithI18n(<ChartsScreen classId={classId} sub="/sheets" />);
    await screen.findByRole('heading', { level: 1, name: /«Mine styrker» for/ });
    const sheets = screen.getAllByRole('article');
    expect(sheets).toHaveLength(seen.length);
    expect(
      screen.getByText(`${seen.length} ark, ett per elev, hvert på elevens eget språk.`),
    ).toBeInTheDocument();
    const nn = sheets.find((a) => a.textContent?.includes(`Hei, ${nynorsk!.name}!`))!;
    expect(nn).toHaveAttribute('lang', 'nn');
    expect(within(nn).getByRole('heading', { name: 'Styrkane mine' })).toBeInTheDocument();
    expect(sheets.some((a) => a.textContent?.includes('Zelda'))).toBe(false);
    expect(screen.getByRole('note')).toHaveTextContent(/Uten ark.*Zelda/);
    expect(unseen).toBe('p-unseen');
    expect(screen.getByRole('button', { name: /Skriv ut/ })).toBeInTheDocument();
  });
});
