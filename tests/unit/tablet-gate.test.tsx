// A device paired as a pupil tablet (docs/sync.md §5) shows pupil mode only: every teacher screen
// gives way to a plain «Dette er et elevbrett» page with the way to pupil mode, never a PIN form and
// never the teacher screen, also with a PIN set and a shared screen's lock on. A teacher device's link
// changes nothing; in a build without a sync server the page does not exist.
import { act, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { setPin } from '../../src/data/pin';
import { saveLink } from '../../src/data/sync-links';
import { setSyncStatus } from '../../src/data/sync-status';
import { markSharedScreen, TeacherScreenGate } from '../../src/screens/pin/TeacherScreenGate';
import { freshDatabase } from './helpers/db';
import { pairedLink as link } from './helpers/paired-link';
import { renderWithI18n } from './helpers/render';

freshDatabase();
afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

const teacherScreen = (lang: 'nb' | 'nn' | 'en' = 'nb') =>
  renderWithI18n(
    <TeacherScreenGate shared={false}>
      <h1>Lærerside</h1>
    </TeacherScreenGate>,
    lang,
  );

describe('a pupil tablet', () => {
  it('shows «Dette er et elevbrett» with the way to pupil mode instead of a teacher screen, without a PIN form', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const cls = await createClass({ name: '4B', yearGroup: 4 });
    await saveLink(link(cls.id, 'tablet'));
    await setPin('2468');
    markSharedScreen('/pupil?class=x');
    teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Dette er et elevbrett' })).toBeInTheDocument();
    expect(await screen.findByText(/Dette er et elevbrett for 4B\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Til elevmodus' })).toHaveAttribute(
      'href',
      `/pupil?class=${cls.id}`,
    );
    expect(screen.queryByText('Lærerside')).toBeNull();
    expect(screen.queryByLabelText('PIN-kode')).toBeNull();
  });

  it('says so when the background loop is refused (taken out of the class) and offers to join again with a new code', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const cls = await createClass({ name: '4B', yearGroup: 4 });
    await saveLink(link(cls.id, 'tablet'));
    teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Dette er et elevbrett' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Koble til igjen med en ny kode' })).toBeNull();
    act(() => setSyncStatus(cls.id, { kind: 'refused' }));
    expect(
      await screen.findByText(
        'Serveren slipper ikke denne maskinen inn lenger. Den kan være tatt ut av klassen.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Koble til igjen med en ny kode' })).toBeInTheDocument();
    act(() => setSyncStatus(cls.id, undefined));
  });

  it('in nynorsk and English', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const cls = await createClass({ name: '4B', yearGroup: 4 });
    await saveLink(link(cls.id, 'tablet'));
    const { unmount } = teacherScreen('nn');
    expect(await screen.findByRole('heading', { name: 'Dette er eit elevbrett' })).toBeInTheDocument();
    unmount();
    teacherScreen('en');
    expect(await screen.findByRole('heading', { name: 'This is a pupil tablet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to pupil mode' })).toBeInTheDocument();
  });

  it('a teacher device’s link, or a build without a sync server, shows the teacher screen as before', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const cls = await createClass({ name: '4B', yearGroup: 4 });
    await saveLink(link(cls.id, 'teacher'));
    const { unmount } = teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
    unmount();
    vi.stubGlobal('__DK_SYNC__', false);
    await saveLink(link(cls.id, 'tablet'));
    teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
  });
});
