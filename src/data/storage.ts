// Storage safety: ask the browser to keep our data (persistent storage) and read usage and quota.
export type PersistState = 'persisted' | 'notPersisted' | 'denied' | 'unsupported';

export interface StorageInfo {
  persist: PersistState;
  usage?: number;
  quota?: number;
}

function storage(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function storageInfo(): Promise<StorageInfo> {
  const s = storage();
  if (!s?.persisted) return { persist: 'unsupported' };
  const [persisted, estimate] = await Promise.all([
    s.persisted().catch(() => false),
    s.estimate ? s.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return {
    persist: persisted ? 'persisted' : 'notPersisted',
    usage: estimate?.usage,
    quota: estimate?.quota,
  };
}

/** Asks once; browsers decide by their own rules (Chromium grants it to installed or used apps). */
export async function requestPersistence(): Promise<PersistState> {
  const s = storage();
  if (!s?.persist) return 'unsupported';
  return (await s.persist().catch(() => false)) ? 'persisted' : 'denied';
}
