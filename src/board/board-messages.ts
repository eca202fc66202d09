// The words the board needs: the `board` section of the app's catalogue (nb, nn or en).
import type { Messages } from '../i18n/messages';

export type BoardMessages = Messages['board'];
