/**
 * Several Sätteri hast plugins run as one walk of the tree. Each plugin is otherwise a walk of
 * its own, and a walk (crossing from the Rust parser to JavaScript and back) costs more than
 * the small visitors in it (BENCHMARKS.md). Only for plugins that do not read each other's
 * changes: the changes of a walk are applied after it.
 */
import type { HastHookFn, HastPluginDefinition, HastPluginEntry, PluginFactoryContext } from 'satteri';

/** A plugin made per document; null leaves it out for that document. */
export type HastPluginFactory = (ctx: PluginFactoryContext) => HastPluginDefinition | null;

/** Visitors that take one function: two plugins cannot share one. */
const SINGLE = ['options', 'text', 'comment', 'raw', 'doctype', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** Hooks of several plugins, in plugin order (waiting for any that returns a promise). */
function chain(hooks: HastHookFn[]): HastHookFn | undefined {
  if (hooks.length <= 1) return hooks[0];
  return (root, ctx) =>
    hooks.reduce<void | Promise<void>>((done, hook) => (done instanceof Promise ? done.then(() => hook(root, ctx)) : hook(root, ctx)), undefined);
}

export function onePass(name: string, plugins: HastPluginFactory[]): HastPluginEntry {
  return (ctx) => {
    const defs = plugins.map((p) => p(ctx)).filter((d) => d !== null);
    const merged: HastPluginDefinition = {
      name,
      before: chain(defs.flatMap((d) => d.before ?? [])),
      after: chain(defs.flatMap((d) => d.after ?? [])),
      // Element visitors filter by tag: any number of them can share the walk.
      element: defs.flatMap((d) => d.element ?? []),
      mdxJsxFlowElement: defs.flatMap((d) => d.mdxJsxFlowElement ?? []),
      mdxJsxTextElement: defs.flatMap((d) => d.mdxJsxTextElement ?? []),
    };
    const take = <K extends (typeof SINGLE)[number]>(key: K) => {
      const owners = defs.filter((d) => d[key] !== undefined);
      if (owners.length > 1) throw new Error(`onePass(${name}): two plugins have a "${key}" visitor — run them as separate plugins`);
      // (Object.assign: satteri 0.11 types each visitor as a union TypeScript cannot narrow by a generic key.)
      if (owners.length) Object.assign(merged, { [key]: owners[0][key] });
    };
    SINGLE.forEach(take);
    return merged;
  };
}
