// The catalogue types: bokmål is the source, every language must fill the same shape.
// The shell's strings (first paint) and the feature screens' strings are two chunks per language.
import type { nb } from './nb';
import type { nbFeatures } from './nb-features';

export type CoreMessages = typeof nb;
export type FeatureMessages = typeof nbFeatures;
export type Messages = CoreMessages & FeatureMessages;
