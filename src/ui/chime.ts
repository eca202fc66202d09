// A soft chime made with Web Audio (an OscillatorNode, no audio file): two gentle sine tones with a
// slow fade, so a phase change is heard without startling anyone. Silently does nothing without audio.

let ctx: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === 'undefined') return null;
  const Ctor =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    ctx ??= new Ctor();
    return ctx;
  } catch {
    return null;
  }
}

/** Browsers only allow sound after a user gesture: call this from a click (e.g. "Start"). */
export function unlockAudio(): void {
  const c = audio();
  if (c && c.state === 'suspended') void c.resume().catch(() => {});
}

/** Plays the chime; `final` plays a third, lower tone for the end of the timer. */
export function chime(final = false): void {
  const c = audio();
  if (!c) return;
  try {
    const tones = final ? [659.25, 523.25, 392] : [523.25, 659.25];
    tones.forEach((freq, i) => {
      const at = c.currentTime + i * 0.35;
      const osc = c.createOscillator();
      const gain = c.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      osc.connect(gain).connect(c.destination);
      osc.start(at);
      osc.stop(at + 1.25);
    });
  } catch {
    // No sound is better than a broken timer.
  }
}
