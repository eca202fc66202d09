export function aptFlavour(osRelease: string): 'debian' | 'ubuntu' | undefined;
export function installPlan(o: { packages: string[]; root: boolean; sudo: boolean }): {
  run: boolean;
  command: string;
  asRoot: boolean;
};
export function majorVersion(versionLine: string | undefined): number | undefined;
export function versionCheck(versionLine: string | undefined, min: number): 'ok' | 'old' | 'unknown';
