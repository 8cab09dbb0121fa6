// Reaches BackCheck's content script in its own isolated world, the only place where its state is
// readable (DESIGN.md §3 "Test access, isolated world only"): a DevTools protocol session on the
// page, Runtime.enable, and the execution contexts whose auxData.type is 'isolated' and whose
// origin (or name) is this extension. Nothing here uses the page's main world, so no test can pass
// by reading an open shadow root or a fixed highlight name.
import type { CDPSession, Frame, Page } from 'playwright-core';
import { extensionIdOf } from './browser';

interface ContextInfo {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; type?: string; isDefault?: boolean };
}

/** What a function evaluated in the isolated world sees (declared for the test code's types). */
export interface BackcheckAccess {
  highlightKinds(): Record<string, string>;
  card(): ShadowRoot | null;
  settled(): Promise<void>;
}

declare global {
  var __backcheck: BackcheckAccess | undefined;
}

export class ExtensionWorld {
  private readonly contexts = new Map<number, ContextInfo>();

  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
    private readonly extensionId: string,
  ) {
    session.on('Runtime.executionContextCreated', ({ context }) => {
      this.contexts.set(context.id, context as ContextInfo);
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      this.contexts.delete(executionContextId);
    });
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async attach(page: Page, extensionId: string): Promise<ExtensionWorld> {
    const session = await page.context().newCDPSession(page);
    const world = new ExtensionWorld(page, session, extensionId);
    await session.send('Runtime.enable');
    await session.send('Page.enable');
    return world;
  }

  private isOurs(c: ContextInfo): boolean {
    const ours = `chrome-extension://${this.extensionId}`;
    return c.auxData?.type === 'isolated' && (c.origin.startsWith(ours) || c.name.includes(this.extensionId));
  }

  /** CDP frame id of a Playwright frame (by URL and position in the tree). */
  private async frameId(frame: Frame | undefined): Promise<string> {
    const { frameTree } = (await this.session.send('Page.getFrameTree')) as {
      frameTree: FrameTree;
    };
    if (!frame || frame === this.page.mainFrame()) return frameTree.frame.id;
    const path: number[] = [];
    for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) {
      const parent: Frame = f.parentFrame() as Frame;
      path.unshift(parent.childFrames().indexOf(f));
    }
    let node: FrameTree = frameTree;
    for (const i of path) {
      const next = node.childFrames?.[i];
      if (!next) throw new Error(`frame ${frame.url()} not found in the DevTools frame tree`);
      node = next;
    }
    return node.frame.id;
  }

  /** The extension's isolated context in a frame, waiting up to `timeout` for it to appear. */
  async contextId(frame?: Frame, timeout = 10_000): Promise<number> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const id = await this.frameId(frame);
      const found = [...this.contexts.values()].filter((c) => this.isOurs(c) && c.auxData?.frameId === id);
      if (found.length > 0) return found[found.length - 1].id;
      if (Date.now() > deadline) throw new Error(`no BackCheck isolated world in frame ${id}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Does this frame have a BackCheck isolated world at all (without waiting)? */
  async has(frame?: Frame): Promise<boolean> {
    const id = await this.frameId(frame);
    return [...this.contexts.values()].some((c) => this.isOurs(c) && c.auxData?.frameId === id);
  }

  /**
   * Runs `fn(arg)` in the content script's isolated world of `frame` (default: the main frame),
   * once `globalThis.__backcheck` exists there. `fn` must be self-contained, like page.evaluate's.
   */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, frame?: Frame): Promise<R> {
    return this.evaluateSource<R>(fn.toString(), arg, frame);
  }

  /** Like `evaluate`, with the function given as source text (for composed functions). */
  async evaluateSource<R>(fnSource: string, arg?: unknown, frame?: Frame): Promise<R> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const contextId = await this.contextId(frame);
      // __name: the helper tsx/esbuild's keepNames wraps around named functions; absent here.
      const expression = `(async () => {
        const __name = (f) => f;
        for (let i = 0; i < 200 && !globalThis.__backcheck; i++) await new Promise((r) => setTimeout(r, 25));
        if (!globalThis.__backcheck) throw new Error('__backcheck is not defined in this world');
        return (${fnSource})(${arg === undefined ? '' : JSON.stringify(arg)});
      })()`;
      try {
        const res = (await this.session.send('Runtime.evaluate', {
          expression,
          contextId,
          awaitPromise: true,
          returnByValue: true,
        })) as {
          result: { value?: R };
          exceptionDetails?: { exception?: { description?: string }; text: string };
        };
        if (res.exceptionDetails)
          throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
        return res.result.value as R;
      } catch (err) {
        // The context went away under us (navigation, frame reload): try the new one.
        if (Date.now() < deadline && /context|Cannot find/i.test(String(err))) {
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        throw err;
      }
    }
  }

  /** Runs a whole script (e.g. a library such as axe) in the isolated world of `frame`. */
  async runScript(source: string, frame?: Frame): Promise<void> {
    const contextId = await this.contextId(frame);
    const res = (await this.session.send('Runtime.evaluate', { expression: source, contextId })) as {
      exceptionDetails?: { text: string };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

const worlds = new WeakMap<Page, Promise<ExtensionWorld>>();

/** The (cached) ExtensionWorld of a page launched by launchWithExtension. */
export function worldOf(page: Page): Promise<ExtensionWorld> {
  let w = worlds.get(page);
  if (!w) {
    w = ExtensionWorld.attach(page, extensionIdOf(page.context()));
    worlds.set(page, w);
  }
  return w;
}

/** Runs `fn(arg)` in BackCheck's isolated world of a page or frame (see ExtensionWorld.evaluate). */
export async function inExtension<R, A = undefined>(
  target: Page | Frame,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  return inExtensionSource<R>(target, fn.toString(), arg);
}

export async function inExtensionSource<R>(
  target: Page | Frame,
  fnSource: string,
  arg?: unknown,
): Promise<R> {
  const page = 'mainFrame' in target ? target : target.page();
  const frame = 'mainFrame' in target ? undefined : target;
  return (await worldOf(page)).evaluateSource<R>(fnSource, arg, frame);
}
