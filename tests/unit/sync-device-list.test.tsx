// Settings → sharing → «Maskiner i klassen» (src/screens/settings/DeviceList.tsx, docs/sync.md §7):
// each device with its label, role, platform, when it joined and was last seen, «Denne maskinen» for
// this one, and «Fjern» for another one behind a question in plain words. The data module is mocked;
// tests/unit/sync-devices.test.ts runs it against the test server.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listDevices, removeDevice } from '../../src/data/sync-devices';
import type { Hello } from '../../src/domain/sync/devices';
import { DeviceList, Devices } from '../../src/screens/settings/DeviceList';
import { renderWithI18n } from './helpers/render';

vi.mock('../../src/data/sync-devices', () => ({ listDevices: vi.fn(), removeDevice: vi.fn() }));

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-12-03T10:15:00');
const A: Hello = {
  user: 'dk-0123456789abcdef-t1',
  role: 'teacher',
  label: 'Lærermaskin 1',
  platform: 'Firefox, Windows',
  joinedAt: at('2026-11-20T08:00:00'),
  lastSeen: at('2026-12-03T08:02:00'),
};
const B: Hello = {
  user: 'dk-0123456789abcdef-t2',
  role: 'teacher',
  label: 'Lærermaskin 2',
  platform: 'Chrome, Linux',
  joinedAt: at('2026-12-02T13:30:00'),
  lastSeen: at('2026-12-03T09:41:00'),
};
const list = (over = {}) => ({ devices: [A, B], own: A.user, canRemove: true, ...over });

const rows = () =>
  within(screen.getByRole('region', { name: 'Maskiner i klassen' })).getAllByRole('listitem');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('the list of devices', () => {
  it('shows each device with its role, platform, when it joined and when it was last seen', () => {
    const { container } = renderWithI18n(
      <DeviceList
        headingId="h"
        list={list({ devices: [A, { ...B, lastSeen: at('2026-12-01T12:00:00') }] })}
        onRemove={vi.fn()}
        now={NOW}
      />,
    );
    const [a, b] = rows();
    expect(a).toHaveTextContent('Lærermaskin 1 · Denne maskinen');
    expect(a).toHaveTextContent(
      'lærermaskin · Firefox, Windows · koblet til 20. nov. · sist sett i dag kl. 08:02',
    );
    expect(within(a!).queryByRole('button')).toBeNull();
    expect(b).toHaveTextContent('Lærermaskin 2');
    expect(b).not.toHaveTextContent('Denne maskinen');
    expect(b).toHaveTextContent('koblet til 2. des. · sist sett 1. des.');
    expect(within(b!).getByRole('button', { name: 'Fjern Lærermaskin 2' })).toHaveTextContent('Fjern');
    expect(container.querySelector('dialog')).toBeNull();
  });

  it('offers no «Fjern» on a device that does not hold the slots', () => {
    renderWithI18n(
      <DeviceList
        headingId="h"
        list={list({ own: B.user, canRemove: false })}
        onRemove={vi.fn()}
        now={NOW}
      />,
    );
    expect(screen.queryByRole('button', { name: /Fjern/ })).toBeNull();
    expect(rows()[1]).toHaveTextContent('Lærermaskin 2 · Denne maskinen');
  });

  it('asks in plain words before removing, and does nothing on «Avbryt»', async () => {
    const onRemove = vi.fn();
    renderWithI18n(<DeviceList headingId="h" list={list()} onRemove={onRemove} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Lærermaskin 2' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Lærermaskin 2 kan ikke lenger hente eller sende klassens data. Det som alt er på den maskinen, blir liggende der til noen sletter det.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('removes on confirming and says so; a failure is said in plain words', async () => {
    const onRemove = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, problem: 'offline' })
      .mockResolvedValueOnce({ ok: true, slotFree: true });
    renderWithI18n(<DeviceList headingId="h" list={list()} onRemove={onRemove} now={NOW} />);
    const ask = async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fjern Lærermaskin 2' }));
      fireEvent.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Fjern Lærermaskin 2' }),
      );
    };
    await ask();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Får ikke kontakt med serveren, så maskinen er ikke fjernet. Prøv igjen når maskinen er på nett.',
    );
    await ask();
    expect(await screen.findByText('Lærermaskin 2 er fjernet fra klassen.')).toBeInTheDocument();
    expect(onRemove).toHaveBeenCalledWith(B.user);
  });

  it('speaks nynorsk and English', () => {
    const one = <DeviceList headingId="h" list={list()} onRemove={vi.fn()} now={NOW} />;
    const { unmount } = renderWithI18n(one, 'nn');
    expect(screen.getByRole('region', { name: 'Maskiner i klassen' })).toHaveTextContent('Denne maskina');
    expect(rows()[0]).toHaveTextContent('kopla til 20. nov.');
    unmount();
    renderWithI18n(one, 'en');
    expect(screen.getByRole('region', { name: 'Computers in the class' })).toHaveTextContent('This computer');
    expect(screen.getByRole('button', { name: 'Remove Lærermaskin 2' })).toBeInTheDocument();
  });
});

describe('a pupil tablet in the list', () => {
  const P: Hello = {
    user: 'dk-0123456789abcdef-p1',
    role: 'tablet',
    label: 'Elevbrett 1',
    platform: 'Safari, iOS',
    joinedAt: at('2026-12-03T08:30:00'),
    lastSeen: at('2026-12-03T08:30:00'),
  };

  it('shows it as an elevbrett and asks before removing it, saying its sent words are fetched first', async () => {
    const onRemove = vi.fn().mockResolvedValue({ ok: true, slotFree: true });
    renderWithI18n(
      <DeviceList headingId="h" list={list({ devices: [A, B, P] })} onRemove={onRemove} now={NOW} />,
    );
    const tablet = rows()[2]!;
    expect(tablet).toHaveTextContent('Elevbrett 1');
    expect(tablet).toHaveTextContent(
      'elevbrett · Safari, iOS · koblet til 3. des. · sist sett i dag kl. 08:30',
    );
    fireEvent.click(within(tablet).getByRole('button', { name: 'Fjern Elevbrett 1' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Elevbrett 1 kan ikke lenger hente eller sende klassens data. Ord elevene alt har sendt fra brettet, hentes til denne maskinen først, så ingen ord går tapt. Ord som ikke er sendt ennå, blir liggende på brettet.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fjern Elevbrett 1' }));
    expect(await screen.findByText('Elevbrett 1 er fjernet fra klassen.')).toBeInTheDocument();
    expect(onRemove).toHaveBeenCalledWith(P.user);
  });

  it('says it in nynorsk and English too', async () => {
    const one = <DeviceList headingId="h" list={list({ devices: [A, P] })} onRemove={vi.fn()} now={NOW} />;
    const { unmount } = renderWithI18n(one, 'nn');
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Elevbrett 1' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('så ingen ord går tapt');
    unmount();
    renderWithI18n(one, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Elevbrett 1' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent("so no one's words are lost");
  });
});

describe('removing a teacher device', () => {
  it('says the codes out stop working, that the place is not used again, and names the devices to pair again', async () => {
    const onRemove = vi.fn().mockResolvedValue({
      ok: true,
      slotFree: false,
      cut: [
        { user: 'dk-0123456789abcdef-p1', role: 'tablet', label: 'Elevbrett 1' },
        { user: 'dk-0123456789abcdef-s1', role: 'screen' },
      ],
    });
    renderWithI18n(<DeviceList headingId="h" list={list()} onRemove={onRemove} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Lærermaskin 2' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Koder som er ute nå, slutter å virke, og ledige plasser får nye passord.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fjern Lærermaskin 2' }));
    expect(
      await screen.findByText(
        'Lærermaskin 2 er fjernet fra klassen. Bare den maskinen kjente passordet til plassen, så plassen brukes ikke igjen før IT-avdelingen fornyer den. Disse maskinene brukte et passord den fjernede maskinen kjente, og må kobles til på nytt med en ny kode: Elevbrett 1, Klasseskjerm 1.',
      ),
    ).toBeInTheDocument();
  });

  it('says it in nynorsk and English too', async () => {
    const onRemove = vi.fn().mockResolvedValue({
      ok: true,
      slotFree: false,
      cut: [{ user: 'dk-0123456789abcdef-p2', role: 'tablet' }],
    });
    const one = <DeviceList headingId="h" list={list()} onRemove={onRemove} now={NOW} />;
    const { unmount } = renderWithI18n(one, 'nn');
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Lærermaskin 2' }));
    const nn = await screen.findByRole('dialog');
    expect(nn).toHaveTextContent('Kodar som er ute no, sluttar å verke');
    fireEvent.click(within(nn).getByRole('button', { name: 'Fjern Lærermaskin 2' }));
    expect(
      await screen.findByText(/må koplast til på nytt med ein ny kode: Elevbrett 2\./),
    ).toBeInTheDocument();
    unmount();
    renderWithI18n(one, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Lærermaskin 2' }));
    const en = await screen.findByRole('dialog');
    expect(en).toHaveTextContent('Codes that are out now stop working');
    fireEvent.click(within(en).getByRole('button', { name: 'Remove Lærermaskin 2' }));
    expect(
      await screen.findByText(/must be paired again with a new code: Pupil tablet 2\./),
    ).toBeInTheDocument();
  });
});

describe('loading and removing through the data module', () => {
  it('reads the list, removes after the question, and reads it again', async () => {
    vi.mocked(listDevices)
      .mockResolvedValueOnce({ ok: true, list: list() })
      .mockResolvedValueOnce({ ok: true, list: list({ devices: [A] }) });
    vi.mocked(removeDevice).mockResolvedValue({ ok: true, slotFree: true });
    renderWithI18n(<Devices classId="c1" headingId="h" reload={0} />);
    expect(screen.getByText('Henter maskinene …')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Fjern Lærermaskin 2' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Fjern Lærermaskin 2' }),
    );
    expect(await screen.findByText('Lærermaskin 2 er fjernet fra klassen.')).toBeInTheDocument();
    expect(removeDevice).toHaveBeenCalledWith('c1', B.user);
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('says so when the server cannot be reached', async () => {
    vi.mocked(listDevices).mockResolvedValue({ ok: false, problem: 'offline' });
    renderWithI18n(<Devices classId="c1" headingId="h" reload={0} />);
    expect(
      await screen.findByText('Får ikke kontakt med serveren, så maskinene kan ikke vises nå.'),
    ).toBeInTheDocument();
  });
});
