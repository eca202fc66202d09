// How this device names itself in its hello (docs/sync.md §6.2): «Lærermaskin 2» in the teacher's
// language, and the browser and system family. Nothing personal.
import type { Naming } from '../../data/sync-devices';
import { platformFamily } from '../../domain/sync/devices';
import type { Messages } from '../../i18n/messages';

export const namingFrom = (s: Messages['sync']): Naming => ({
  labelFor: s.deviceLabel,
  platform: platformFamily(globalThis.navigator),
});
