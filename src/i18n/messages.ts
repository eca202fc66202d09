// The catalogue type: bokmål is the source, every language must fill the same shape.
import type { nb } from './nb';

export type Messages = typeof nb;
