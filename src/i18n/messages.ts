// The catalogue types: bokmål is the source, every language must fill the same shape. Each language
// comes in three chunks: the shell's strings (first paint), the board's strings (the strength board and
// the extension, so the extension's board page stays small) and the other feature screens' strings.
import type { nb } from './nb';
import type { nbBoard } from './nb-board';
import type { nbFeatures } from './nb-features';

export type CoreMessages = typeof nb;
export type BoardMessages = typeof nbBoard;
export type FeatureMessages = typeof nbFeatures;
/** What the extension's pages need: the shell's and the board's strings. */
export type ExtensionMessages = CoreMessages & BoardMessages;
export type Messages = CoreMessages & BoardMessages & FeatureMessages;
