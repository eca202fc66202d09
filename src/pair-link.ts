// The QR code's link, `/pair#dk1.<code>` (docs/sync.md §6.1): the fragment is the pairing secret, so it
// leaves the address bar and the history before anything is drawn, and waits here, in memory only,
// until the «Koble til med kode» form takes it (src/screens/settings/JoinByCode.tsx). A build without
// a sync server drops the fragment too and shows its not-found page: nothing is asked of any server.

let held: string | undefined;

/** At start: on `/pair`, keeps the fragment and puts `/settings` (with no fragment) in its place. */
export function takePairLink(loc: Location = location, hist: History = history): void {
  if (loc.pathname.replace(/\/+$/, '') !== '/pair') return;
  held = loc.hash;
  hist.replaceState(null, '', __DK_SYNC__ ? '/settings' : '/pair');
}

/** The fragment a `/pair` link brought, once: the form that takes it fills in its code. */
export function heldPairLink(): string | undefined {
  const h = held;
  held = undefined;
  return h;
}
