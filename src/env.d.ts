declare const __APP_VERSION__: string;
/** The sync servers this build may use (DK_SYNC_ORIGINS, docs/sync.md §10); [] for no sync. */
declare const __DK_SYNC_ORIGINS__: string[];
/** True iff DK_SYNC_ORIGINS lists a server: the app offers sync at all (docs/sync.md §10). */
declare const __DK_SYNC__: boolean;
