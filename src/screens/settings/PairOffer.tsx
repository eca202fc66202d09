// Settings → sharing, for a connected class: «Legg til en lærermaskin» shows a pairing code for ten
// minutes (docs/sync.md §6.2), big and in groups of three, to type on the other teacher's computer.
// Cancelling, leaving the screen or the code running out deletes its document on the server. While
// the code shows, the screen asks every few seconds whether the new device has said hello; then it says
// so, and the code (used once) is withdrawn. Beside the code, a QR code of the link `/pair#dk1.<code>`
// (§6.1) for a device with a camera, drawn here (src/ui/qr-picture.ts). The data code
// (src/data/sync-pair.ts, with PouchDB) and the QR encoder come with import() on the first press.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfferProblem, PairingOffer } from '../../data/sync-pair';
import { formatDateWith } from '../../domain/locale-format';
import { pairLink } from '../../domain/sync/pairing';
import { LOCALES, useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import type { QrPicture } from '../../ui/qr-picture';
import { namingFrom } from './device-naming';

type State =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'showing'; offer: PairingOffer; qr?: QrPicture }
  | { kind: 'expired' }
  | { kind: 'withdrawn' }
  | { kind: 'joined'; label: string }
  | { kind: 'failed'; problem: OfferProblem; teacherSlots?: number };

/** Screen pixels per QR module: whole pixels keep the edges sharp; ~330 px across reads from a metre. */
const QR_MODULE_PX = 8;

/** How often the screen asks whether the code was used: a small GET, for at most the code's 10 minutes. */
export const POLL_MS = 3000;

/** `K7QM-2XD9-HNC4` as read aloud and typed: `K7Q M2X D9H NC4`. */
export const groupedCode = (code: string): string =>
  code
    .replace(/-/g, '')
    .replace(/(.{3})(?!$)/g, '$1 ')
    .trim();

type Kind = 'teacher' | 'tablet' | 'screen';

function problemText(p: OfferProblem, s: Messages['sync'], teacherSlots = 2, kind: Kind = 'teacher'): string {
  switch (p) {
    case 'slots-full':
      return {
        teacher: s.offerSlotsFull,
        tablet: s.offerTabletSlotsFull,
        screen: s.offerScreenSlotsFull,
      }[kind](teacherSlots);
    case 'offline':
      return s.offerOffline;
    case 'refused':
      return s.offerRefused;
    case 'not-couchdb':
      return s.notCouchdb;
    case 'no-slot':
      return s.offerNoSlot;
    case 'failed':
      return s.offerFailed;
  }
}

async function withdraw(offer: PairingOffer) {
  const { withdrawPairing } = await import('../../data/sync-pair');
  // Without contact the document stays until it expires by itself; nothing to tell the teacher.
  await withdrawPairing(offer).catch((e: unknown) => console.error(e));
}

export function PairOffer({
  classId,
  headingId,
  onPaired,
  kind = 'teacher',
}: {
  classId: string;
  headingId: string;
  /** A pupil tablet's code (docs/sync.md §5): «Legg til et elevbrett»; a classroom screen's: «Legg til en klasseskjerm». */
  kind?: Kind;
  /** A device used the code (the device list reads the server again). */
  onPaired?: () => void;
}) {
  const { m, lang } = useI18n();
  const s = m.sync;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const showing = state.kind === 'showing' ? state.offer : undefined;
  const qr = state.kind === 'showing' ? state.qr : undefined;
  // The offer on show when the screen goes away: withdrawn then, since nobody can read it any more.
  const onShow = useRef<PairingOffer>();
  onShow.current = showing;
  useEffect(
    () => () => {
      if (onShow.current) void withdraw(onShow.current);
    },
    [],
  );

  useEffect(() => {
    if (!showing) return;
    const timer = setTimeout(
      () => {
        setState({ kind: 'expired' });
        void withdraw(showing);
      },
      Math.max(0, showing.expiresAt - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [showing]);

  // Asks whether the code was used, one question at a time, until it was, or the code goes away.
  useEffect(() => {
    // A tablet's hello is in its inbox, a teacher device's in `devices` (docs/sync.md §6.2).
    if (!showing) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const { offerState } = await import('../../data/sync-pair');
        const r = await offerState(showing);
        if (stopped) return;
        if (r && 'joined' in r) {
          setState({ kind: 'joined', label: r.joined.label });
          onPaired?.();
          return;
        }
      } catch (e) {
        console.error(e);
      }
      if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
    };
    timer = setTimeout(() => void ask(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [showing, onPaired]);

  async function offer() {
    setState({ kind: 'making' });
    try {
      const { offerPairing, offerTabletPairing, offerScreenPairing } = await import('../../data/sync-pair');
      const make = { teacher: offerPairing, tablet: offerTabletPairing, screen: offerScreenPairing }[kind];
      const r = await make(classId, undefined, namingFrom(s));
      if (!r.ok) {
        setState({ kind: 'failed', problem: r.problem, teacherSlots: r.teacherSlots });
        return;
      }
      // Without its QR code the code still works typed: a failed import only leaves the picture out.
      const qr = await import('../../ui/qr-picture')
        .then((q) => q.qrPicture(pairLink(location.origin, r.offer.code)))
        .catch((e: unknown) => console.error(e));
      setState({ kind: 'showing', offer: r.offer, qr: qr ?? undefined });
    } catch (e) {
      console.error(e);
      setState({ kind: 'failed', problem: 'failed' });
    }
  }

  function cancel() {
    if (!showing) return;
    setState({ kind: 'withdrawn' });
    void withdraw(showing);
  }

  const time = (t: number) =>
    formatDateWith(LOCALES[lang], new Date(t), { hour: '2-digit', minute: '2-digit' });
  const codeId = `${headingId}-${kind}-code`;
  const words = {
    teacher: { label: s.codeLabel, how: s.offerHow, add: s.addTeacherDevice, qr: s.qrLabel },
    tablet: { label: s.tabletCodeLabel, how: s.offerTabletHow, add: s.addPupilTablet, qr: s.qrLabelTablet },
    screen: { label: s.screenCodeLabel, how: s.offerScreenHow, add: s.addScreen, qr: s.qrLabelScreen },
  }[kind];

  return (
    <>
      {showing ? (
        <section class="pair-offer" aria-labelledby={codeId}>
          <p id={codeId} class="pair-code-label">
            {words.label}
          </p>
          <p class="pair-code" translate={false}>
            {groupedCode(showing.code)}
          </p>
          <div class="pair-offer-body">
            <div class="pair-offer-text">
              <p>{words.how}</p>
              <p class="help">{s.offerExpires(time(showing.expiresAt))}</p>
              <p class="help">{s.offerWarning}</p>
              <button type="button" class="btn ghost" onClick={cancel}>
                {m.common.cancel}
              </button>
            </div>
            {qr && (
              <figure class="pair-qr">
                <svg
                  role="img"
                  aria-label={words.qr}
                  viewBox={`0 0 ${qr.size} ${qr.size}`}
                  width={qr.size * QR_MODULE_PX}
                  height={qr.size * QR_MODULE_PX}
                  shape-rendering="crispEdges"
                >
                  {/* Black on white whatever the theme: the quiet zone is part of the code. */}
                  <rect width={qr.size} height={qr.size} fill="#fff" />
                  <path d={qr.path} fill="#000" />
                </svg>
                <figcaption>
                  <strong>{s.qrWarning}</strong> {s.qrHow}
                </figcaption>
              </figure>
            )}
          </div>
        </section>
      ) : (
        <button
          type="button"
          class="btn"
          aria-describedby={headingId}
          disabled={state.kind === 'making'}
          onClick={() => void offer()}
        >
          {state.kind === 'expired' ? s.newCode : words.add}
        </button>
      )}
      <p role="status">
        {state.kind === 'making' && s.offerMaking}
        {state.kind === 'expired' && s.offerExpired}
        {state.kind === 'withdrawn' && s.offerWithdrawn}
        {state.kind === 'joined' && s.pairJoined(state.label)}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" class="import-error">
          {problemText(state.problem, s, state.teacherSlots, kind)}
        </p>
      )}
    </>
  );
}
