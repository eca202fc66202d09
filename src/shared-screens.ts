// The shared-screen routes: full screen for the class to see, no teacher navigation, and (with a
// teacher PIN set) the way back to teacher screens asks for it. Moving between them asks nothing.
export const SHARED_SCREEN_ROUTES: readonly string[] = [
  '/board',
  '/pupil',
  '/timer',
  '/tree',
  '/friend/reveal',
  '/friend/ceremony',
];

export function isSharedScreen(pathOrHref: string): boolean {
  const path = pathOrHref.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  return SHARED_SCREEN_ROUTES.includes(path);
}
