// The app's side of the extension: nothing is published until the extension says hello and the
// teacher chooses the class; then the chosen class's board (approved only) is posted to the page.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadDemoClass } from '../../src/data/demo';
import { bridgeStatus, extensionPublisherSettled, listenForExtension } from '../../src/data/extension-bridge';
import { BRIDGE_CHANNEL } from '../../src/domain/board-bridge';
import type { BoardSnapshot } from '../../src/domain/board-snapshot';
import { ExtensionCard } from '../../src/screens/class/ExtensionCard';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

const db = freshDatabase();

function fromExtension(data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, source: window, origin: location.origin }));
}

describe('publishing the board to the extension', () => {
  it('publishes the chosen class, approved recognitions only, and shows what the extension said', async () => {
    const classId = await loadDemoClass('nb');
    const posted: BoardSnapshot[] = [];
    window.addEventListener('message', (e) => {
      if (e.data?.channel === BRIDGE_CHANNEL && e.data.type === 'board-snapshot')
        posted.push(e.data.snapshot);
    });
    renderWithI18n(<ExtensionCard classId={classId} />);
    expect(await screen.findByText(/Fant ingen Drømmeklassen-utvidelse/)).toBeInTheDocument();

    listenForExtension(async () => ({ teacher: 'læreren', classmate: 'en klassekamerat' }));
    fromExtension({ channel: BRIDGE_CHANNEL, type: 'extension-hello' });
    await waitFor(() => expect(screen.queryByText(/Fant ingen/)).not.toBeInTheDocument());
    // No class chosen yet: nothing leaves. Once the publisher has read the (empty) choice, a marker
    // posted now arrives after anything it could have posted (messages arrive in order).
    await extensionPublisherSettled();
    await new Promise<void>((resolve) => {
      const marker = (e: MessageEvent) => {
        if (e.data !== 'board-publish-test-marker') return;
        window.removeEventListener('message', marker);
        resolve();
      };
      window.addEventListener('message', marker);
      window.postMessage('board-publish-test-marker', location.origin);
    });
    expect(posted).toEqual([]);

    fireEvent.click(screen.getByLabelText('Vis denne klassen i utvidelsen'));
    await waitFor(() => expect(posted.length).toBeGreaterThan(0));
    const snap = posted.at(-1)!;
    expect(snap.classId).toBe(classId);
    const approved = new Set(
      (await db.current.recognitions.toArray()).filter((r) => r.status === 'approved').map((r) => r.id),
    );
    expect(snap.recognitions.length).toBeGreaterThan(0);
    expect(snap.recognitions.every((r) => approved.has(r.id))).toBe(true);
    const notApproved = (await db.current.recognitions.toArray()).filter((r) => r.status !== 'approved');
    for (const r of notApproved) expect(snap.recognitions.some((s) => s.id === r.id)).toBe(false);
    expect(await screen.findByText('Sender tavla til utvidelsen …')).toBeInTheDocument();

    fromExtension({ channel: BRIDGE_CHANNEL, type: 'board-ack', ok: true, classId, at: Date.now() });
    expect(await screen.findByText(/Utvidelsen har tavla\. Sist oppdatert kl\./)).toBeInTheDocument();
    fromExtension({
      channel: BRIDGE_CHANNEL,
      type: 'board-ack',
      ok: false,
      reason: 'version',
      at: Date.now(),
    });
    expect(await screen.findByText(/Sjekk at appen og utvidelsen har samme versjon/)).toBeInTheDocument();

    // Unticking stops choosing this class (the setting is cleared, nothing new is posted for it).
    fireEvent.click(screen.getByLabelText('Vis denne klassen i utvidelsen'));
    await waitFor(() => expect(screen.getByLabelText('Vis denne klassen i utvidelsen')).not.toBeChecked());
  });

  it('ignores answers that are not from the page itself', async () => {
    listenForExtension(async () => ({ teacher: 'læreren', classmate: 'en klassekamerat' }));
    const before = bridgeStatus();
    for (const [source, origin] of [
      [null, 'https://evil.example'],
      [window, 'https://evil.example'],
      [null, location.origin],
    ] as const)
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { channel: BRIDGE_CHANNEL, type: 'board-ack', ok: true, classId: 'x', at: 1 },
          source,
          origin,
        }),
      );
    // dispatchEvent runs the listener synchronously: by now each message has been looked at and dropped.
    expect(bridgeStatus()).toBe(before);
  });
});
