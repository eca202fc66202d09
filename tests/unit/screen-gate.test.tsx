// A device paired as a classroom screen (docs/sync.md §5) shows the shared screens only: every teacher
// screen gives way to a plain «Dette er klasseskjermen for 4B» page with big ways to the board, pupil
// mode, the tree and the timer and «Oppdater nå», never a PIN form, settings or the teacher screen,
// also with a PIN set and a shared screen's lock on. In a build without a sync server it does not exist.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { setPin } from '../../src/data/pin';
import { syncClass } from '../../src/data/sync-class';
import { saveLink } from '../../src/data/sync-links';
import { joinByCode } from '../../src/data/sync-pair';
import { markSharedScreen, TeacherScreenGate } from '../../src/screens/pin/TeacherScreenGate';
import { freshDatabase } from './helpers/db';
import { pairedLink } from './helpers/paired-link';
import { renderWithI18n } from './helpers/render';

vi.mock('../../src/data/sync-class', () => ({ syncClass: vi.fn() }));
vi.mock('../../src/data/sync-pair', () => ({ joinByCode: vi.fn() }));

freshDatabase();
afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

const teacherScreen = (lang: 'nb' | 'nn' | 'en' = 'nb') =>
  renderWithI18n(
    <TeacherScreenGate shared={false}>
      <h1>Lærerside</h1>
    </TeacherScreenGate>,
    lang,
  );

async function screenFor4B() {
  vi.stubGlobal('__DK_SYNC__', true);
  const cls = await createClass({ name: '4B', yearGroup: 4 });
  await saveLink(pairedLink(cls.id, 'screen'));
  return cls.id;
}

describe('a classroom screen', () => {
  it('shows «Dette er klasseskjermen for 4B» with big ways to the shared screens instead of a teacher screen, without a PIN form', async () => {
    const id = await screenFor4B();
    await setPin('2468');
    markSharedScreen(`/board?class=${id}`);
    teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Dette er en klasseskjerm' })).toBeInTheDocument();
    expect(await screen.findByText(/^Dette er klasseskjermen for 4B\./)).toBeInTheDocument();
    const q = `?class=${id}`;
    expect(screen.getByRole('link', { name: 'Til styrketavla' })).toHaveAttribute('href', `/board${q}`);
    expect(screen.getByRole('link', { name: 'Til elevmodus' })).toHaveAttribute('href', `/pupil${q}`);
    expect(screen.getByRole('link', { name: 'Til drømmetreet' })).toHaveAttribute('href', `/tree${q}`);
    expect(screen.getByRole('link', { name: 'Til tidtakeren' })).toHaveAttribute('href', '/timer');
    expect(screen.getAllByRole('link')).toHaveLength(4);
    expect(screen.queryByText('Lærerside')).toBeNull();
    expect(screen.queryByLabelText('PIN-kode')).toBeNull();
  });

  it('«Oppdater nå» runs one round and says how it went', async () => {
    const id = await screenFor4B();
    vi.mocked(syncClass).mockResolvedValueOnce({ ok: true, at: Date.now() });
    teacherScreen();
    fireEvent.click(await screen.findByRole('button', { name: 'Oppdater nå' }));
    expect(await screen.findByText('Oppdatert.')).toHaveAttribute('role', 'status');
    expect(syncClass).toHaveBeenCalledWith(id);
    vi.mocked(syncClass).mockResolvedValueOnce({ ok: false, problem: 'offline' });
    fireEvent.click(screen.getByRole('button', { name: 'Oppdater nå' }));
    expect(
      await screen.findByText('Fikk ikke kontakt med serveren nå. Skjermen prøver igjen selv.'),
    ).toBeInTheDocument();
  });

  it('taken out of the class, says so and takes the teacher’s new code to join again as a screen', async () => {
    const id = await screenFor4B();
    vi.mocked(syncClass).mockResolvedValueOnce({ ok: false, problem: 'refused' });
    vi.mocked(joinByCode).mockResolvedValueOnce({ ok: true, classId: id, className: '4B', role: 'screen' });
    teacherScreen();
    expect(screen.queryByRole('region', { name: 'Koble til igjen med en ny kode' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Oppdater nå' }));
    expect(
      await screen.findByText(
        'Serveren slipper ikke denne maskinen inn lenger. Den kan være tatt ut av klassen.',
      ),
    ).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Koble til igjen med en ny kode' });
    expect(form).toHaveTextContent(
      'kan læreren gi den en ny kode under Innstillinger → Deling mellom maskiner',
    );
    fireEvent.input(within(form).getByLabelText('Koden fra den andre maskinen'), {
      target: { value: 'ABC DEF GHJ KMN' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Koble til' }));
    // Joined in place of its old link (`replacing`): as a screen again, never as a teacher device.
    await waitFor(() =>
      expect(joinByCode).toHaveBeenCalledWith(
        'ABC DEF GHJ KMN',
        expect.any(String),
        undefined,
        expect.anything(),
        id,
      ),
    );
    expect(await within(form).findByText(/Klassen 4B er på denne maskinen nå\./)).toBeInTheDocument();
  });

  it('in nynorsk and English', async () => {
    await screenFor4B();
    const { unmount } = teacherScreen('nn');
    expect(await screen.findByRole('heading', { name: 'Dette er ein klasseskjerm' })).toBeInTheDocument();
    expect(await screen.findByText(/^Dette er klasseskjermen for 4B\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Til draumetreet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Oppdater no' })).toBeInTheDocument();
    unmount();
    teacherScreen('en');
    expect(await screen.findByRole('heading', { name: 'This is a classroom screen' })).toBeInTheDocument();
    expect(await screen.findByText(/^This is the classroom screen for 4B\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the strength board' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
  });

  it('in a build without a sync server, the teacher screen shows as before', async () => {
    await screenFor4B();
    vi.stubGlobal('__DK_SYNC__', false);
    teacherScreen();
    expect(await screen.findByRole('heading', { name: 'Lærerside' })).toBeInTheDocument();
  });
});
