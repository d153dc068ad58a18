/**
 * A vitest reporter that prints how long each group of suites took — tests/unit, tests/build,
 * tests/browser — as the sum of its files' own time (importing them, their tests and hooks), beside
 * the run's whole time, which also holds the site suites' builds (tests/setup/site.ts). npm test uses it.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class GroupTimes implements Reporter {
  private started = performance.now();

  onInit() {
    this.started = performance.now();
  }

  onTestRunEnd(modules: readonly TestModule[]) {
    const groups = new Map<string, { files: number; seconds: number }>();
    for (const m of modules) {
      const group = /\/tests\/(\w+)\//.exec(m.moduleId)?.[1] ?? 'other';
      const { collectDuration, duration } = m.diagnostic();
      const g = groups.get(group) ?? { files: 0, seconds: 0 };
      groups.set(group, { files: g.files + 1, seconds: g.seconds + (collectDuration + duration) / 1000 });
    }
    const parts = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, g]) => `${name} ${g.seconds.toFixed(0)} s (${g.files} files)`);
    const wall = (performance.now() - this.started) / 1000;
    console.log(`\ntime by group, files' own time (two run at once): ${parts.join(', ')}; the whole run ${wall.toFixed(0)} s, builds included`);
  }
}
