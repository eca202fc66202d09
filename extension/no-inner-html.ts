// Build plugin: the extension ships no code that writes HTML from a string. Our own code never does
// (Biome's noDangerouslySetInnerHtml), but Preact's renderer carries one branch that does, reached
// only through `dangerouslySetInnerHTML`. This rewrites that branch in Preact's module so it throws
// instead, and clears old markup with textContent; Mozilla's linter then finds no innerHTML at all.
// If a Preact upgrade changes the code, the build fails here rather than shipping the branch again.
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/;
// if(h)c||p&&(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];
// else if(p&&(u.innerHTML=""),   (names vary with the minifier; captured, not assumed)
const BRANCH =
  /if\((\w+)\)\w+\|\|(\w+)&&\(\1\.__html==\2\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\3\.innerHTML=\1\.__html\),\w+\.__k=\[\];else if\(\2&&\(\3\.innerHTML=""\),/;

export function noInnerHtml(): Plugin {
  return {
    name: 'dk-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      if (!BRANCH.test(code))
        this.error(`Preact's innerHTML branch was not found in ${id}: update no-inner-html.ts`);
      const out = code.replace(
        BRANCH,
        (_m, html: string, old: string, dom: string) =>
          `if(${html})throw Error("dangerouslySetInnerHTML is not used in the extension");else if(${old}&&(${dom}.textContent=""),`,
      );
      if (out.includes('innerHTML')) this.error(`innerHTML is still in ${id}`);
      return { code: out, map: null };
    },
  };
}
