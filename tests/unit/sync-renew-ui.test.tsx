// Settings → sharing, IT's file of new passwords (docs/sync.md §7, setup.sh renew-slots): on a class
// connected on this teacher device the teacher gives the file and reads how many slots are ready again,
// or in plain words why nothing changed; the same file given where a class would be connected connects
// nothing. The merge is mocked here; tests/unit/sync-renew.test.ts runs it against a server.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { SYNC_LINKS_KEY, saveLink } from '../../src/data/sync-links';
import { renewSlots } from '../../src/data/sync-renew';
import { CONNECTION_FORMAT } from '../../src/domain/sync/connection';
import { SyncSection } from '../../src/screens/settings/SyncSection';
import { downloadText } from '../../src/ui/download';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';
import { link, SERVER, SYNC_ID, usePairingMocks } from './helpers/sync-ui';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));
vi.mock('../../src/data/sync-renew', () => ({ renewSlots: vi.fn() }));
vi.mock('../../src/data/sync-pair', () => ({
  offerState: vi.fn(),
  withdrawPairing: vi.fn(),
}));
// The device list asks the server; here it has nothing to say (tests/unit/sync-device-list.test.tsx).
vi.mock('../../src/data/sync-devices', () => ({
  listDevices: vi.fn(async () => ({ ok: false, problem: 'offline' })),
  touchHello: vi.fn(),
}));

freshDatabase();
withClassC1();
usePairingMocks();

function renewalFile(over: Record<string, unknown> = {}): File {
  const body = {
    format: CONNECTION_FORMAT,
    formatVersion: 1,
    renewed: true,
    server: SERVER,
    syncId: SYNC_ID,
    slots: [
      { user: `dk-${SYNC_ID}-p1`, role: 'tablet', password: 'a-new-random-password-1' },
      { user: `dk-${SYNC_ID}-p2`, role: 'tablet', password: 'a-new-random-password-2' },
    ],
    ...over,
  };
  return new File([JSON.stringify(body)], `connection-${SYNC_ID}-renewed.json`, { type: 'application/json' });
}

async function give(file: File, label: RegExp) {
  const region = await screen.findByRole('region', { name: '4B' });
  fireEvent.change(within(region).getByLabelText(label), { target: { files: [file] } });
  return region;
}

describe('new passwords from IT on a connected class', () => {
  beforeEach(async () => {
    await saveLink(link());
  });

  it('gives the file to the class and says how many slots are ready again', async () => {
    vi.mocked(renewSlots).mockResolvedValue({ ok: true, renewed: 2 });
    renderWithI18n(<SyncSection />);
    const region = await give(renewalFile(), /^Legg inn nye passord fra IT-avdelingen 4B$/);
    expect(
      await within(region).findByText('2 plasser er klare igjen. Nå kan du legge til maskiner på dem.'),
    ).toHaveAttribute('role', 'status');
    expect(renewSlots).toHaveBeenCalledWith('c1', {
      server: SERVER,
      syncId: SYNC_ID,
      renewed: true,
      slots: [
        expect.objectContaining({ user: `dk-${SYNC_ID}-p1`, password: 'a-new-random-password-1' }),
        expect.anything(),
      ],
    });
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('says in plain words why nothing changed: another class, a slot the class lacks, an old file', async () => {
    renderWithI18n(<SyncSection />);
    const cases: [Awaited<ReturnType<typeof renewSlots>>, string][] = [
      [
        { ok: false, problem: 'other-class' },
        'Fila er for en annen klasse eller en annen server, ikke for denne klassen.',
      ],
      [
        { ok: false, problem: 'unknown-slots' },
        'Fila nevner plasser som denne klassen ikke har. Be IT-avdelingen om en ny fil for denne klassen.',
      ],
      [
        { ok: false, problem: 'stale' },
        'Passordene i fila virker ikke lenger. Kanskje har IT-avdelingen laget en nyere fil? Be om den nyeste.',
      ],
    ];
    for (const [answer, words] of cases) {
      vi.mocked(renewSlots).mockResolvedValueOnce(answer);
      const region = await give(renewalFile(), /^Legg inn nye passord fra IT-avdelingen/);
      await waitFor(() =>
        expect(within(region).getByRole('alert')).toHaveTextContent(`${words} Ingenting er endret.`),
      );
    }
  });

  it('refuses a broken file before asking the server', async () => {
    renderWithI18n(<SyncSection />);
    const region = await give(
      renewalFile({ slots: [{ user: 'dk-0000000000000000-p1', role: 'tablet', password: 'x'.repeat(20) }] }),
      /^Legg inn nye passord fra IT-avdelingen/,
    );
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Tilkoblingsfila er skadet eller endret. Be IT-avdelingen om en ny. Ingenting er endret.',
    );
    expect(renewSlots).not.toHaveBeenCalled();
  });

  it('reads the same in English', async () => {
    vi.mocked(renewSlots).mockResolvedValue({ ok: true, renewed: 1 });
    renderWithI18n(<SyncSection />, 'en');
    const region = await give(renewalFile(), /^Add new passwords from the IT department/);
    expect(
      await within(region).findByText('1 place is ready again. You can now add a computer on it.'),
    ).toBeInTheDocument();
  });
});

describe('the file given where a class would be connected', () => {
  it('connects nothing and says where it belongs', async () => {
    renderWithI18n(<SyncSection />);
    const region = await give(renewalFile(), /^Koble til med tilkoblingsfilen/);
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      /^Denne fila kobler ikke til en klasse\. .* Ingenting er endret\.$/,
    );
    expect((await db().settings.get(SYNC_LINKS_KEY))?.value ?? []).toEqual([]);
    expect(downloadText).not.toHaveBeenCalled();
    expect(renewSlots).not.toHaveBeenCalled();
  });

  it('names the class on this device the file belongs to', async () => {
    await saveLink(link({ classId: 'c2' }));
    await db().classes.put({ ...(await db().classes.get('c1'))!, id: 'c2', name: '5A' });
    renderWithI18n(<SyncSection />);
    const region = await give(
      renewalFile({
        renewed: undefined,
        slots: [{ user: `dk-${SYNC_ID}-t1`, role: 'teacher', password: 'a-long-random-password-1' }],
      }),
      /^Koble til med tilkoblingsfilen/,
    );
    await waitFor(() =>
      expect(within(region).getByRole('alert')).toHaveTextContent(
        'Denne fila hører til 5A, som alt er koblet til på denne maskinen. Velg den under «Legg inn nye passord fra IT-avdelingen» hos 5A. Ingenting er endret.',
      ),
    );
    expect(
      ((await db().settings.get(SYNC_LINKS_KEY))!.value as { classId: string }[]).map((l) => l.classId),
    ).toEqual(['c2']);
    expect(downloadText).not.toHaveBeenCalled();
  });
});
