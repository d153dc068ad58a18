import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { withBase, withoutBase } from '../../src/lib/site/routes.ts';

describe("the build's settings", () => {
  it('default to the example origin, a domain root, dist/, Astro’s cache and pages rendered on the main thread', () => {
    expect(siteSettings({})).toEqual({
      SITE_URL: 'https://vienna-declaration.example.org',
      BASE_PATH: '/',
      OUT_DIR: 'dist',
      ASTRO_CACHE_DIR: './node_modules/.astro',
      PRERENDER_WORKERS: 0,
    });
    expect(siteSettings({ PRERENDER_WORKERS: '2' }).PRERENDER_WORKERS).toBe(2);
    expect(siteSettings({ SITE_URL: '', BASE_PATH: '' }).BASE_PATH).toBe('/');
  });

  it('stop with the variable, its value and the fix on a bad value', () => {
    expect(() => siteSettings({ BASE_PATH: 'vienna' })).toThrow('BASE_PATH="vienna" — must start and end with "/", e.g. /vienna/');
    expect(() => siteSettings({ SITE_URL: 'https://example.org/vienna/' })).toThrow(
      'SITE_URL="https://example.org/vienna/" — must be an origin only (no path: put a sub-path in BASE_PATH)',
    );
    expect(() => siteSettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL="example\.org" — must be the origin/);
    expect(() => siteSettings({ OUT_DIR: '../elsewhere' })).toThrow('OUT_DIR="../elsewhere" — must be a folder inside the project');
    expect(() => siteSettings({ PRERENDER_WORKERS: 'two' })).toThrow('PRERENDER_WORKERS="two" — must be a whole number of worker threads');
    expect(() => siteSettings({ PRERENDER_WORKERS: '1.5' })).toThrow('PRERENDER_WORKERS="1.5" — must be a whole number of worker threads');
  });

  it('add and remove the base path in one place', () => {
    expect(withBase('/vienna/', '/sources/x/')).toBe('/vienna/sources/x/');
    expect(withoutBase('/vienna/', '/vienna/sources/x/')).toBe('/sources/x/');
    expect(withoutBase('/', '/sources/x/')).toBe('/sources/x/');
  });
});
