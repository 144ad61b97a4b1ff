// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidebarHost, type HostState } from './sidebar-host';
import type { StateCause } from '../../core/sidebar/state';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
});
afterEach(() => document.querySelectorAll('backstory-sidebar').forEach((host) => host.remove()));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sidebar host', () => {
  it('reports who changed its state: the code unless told it was the reader', () => {
    const changes: [HostState, StateCause][] = [];
    const host = createSidebarHost({ side: 'right', onStateChange: (state, cause) => changes.push([state, cause]) });
    host.setState('collapsed');
    host.setState('open', 'reader');
    host.setState('closed', 'reader');
    expect(changes).toEqual([
      ['collapsed', 'code'],
      ['open', 'reader'],
      ['closed', 'reader'],
    ]);
  });

  it('gives up on a page that keeps removing it, as the code’s decision, never the reader’s', async () => {
    const changes: [HostState, StateCause][] = [];
    const host = createSidebarHost({ side: 'right', onStateChange: (state, cause) => changes.push([state, cause]) });
    host.setState('collapsed');
    for (let i = 0; i < 40 && host.state !== 'closed'; i++) {
      document.querySelector('backstory-sidebar')?.remove();
      await flush();
    }
    expect(host.state).toBe('closed');
    expect(document.querySelector('backstory-sidebar')).toBeNull();
    expect(changes.some(([, cause]) => cause === 'reader')).toBe(false);
    expect(changes.at(-1)).toEqual(['closed', 'code']);
  });

  it('ignores a click the page made up', () => {
    const changes: [HostState, StateCause][] = [];
    const host = createSidebarHost({ side: 'right', onStateChange: (state, cause) => changes.push([state, cause]) });
    host.setState('collapsed');
    // The page cannot reach the closed shadow root; an untrusted click on the host does nothing.
    document.querySelector('backstory-sidebar')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(host.state).toBe('collapsed');
    expect(changes).toEqual([['collapsed', 'code']]);
    host.destroy(); // else it would come back when the next test's cleanup removes it
  });

  it('loads its frame only once the background has its token, and with a new token after the page removed it', async () => {
    const tokens: string[] = [];
    const host = createSidebarHost({
      side: 'right',
      onStateChange: () => undefined,
      mount: () => {
        const token = `token-${tokens.length}-0123456789abcdef`;
        tokens.push(token);
        return { token, registered: Promise.resolve() };
      },
    });
    const srcs: string[] = [];
    const original = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
      configurable: true,
      get: original.get,
      set(value: string) {
        srcs.push(value); // recorded, never loaded
      },
    });
    try {
      host.setState('open');
      expect(srcs).toEqual([]); // not before the registration
      await flush();
      expect(srcs).toHaveLength(1);
      expect(new URL(srcs[0]).searchParams.get('t')).toBe(tokens[0]);
      document.querySelector('backstory-sidebar')!.remove();
      await flush();
      await flush();
      expect(document.querySelector('backstory-sidebar')).not.toBeNull();
      expect(tokens).toHaveLength(2);
      expect(new URL(srcs.at(-1)!).searchParams.get('t')).toBe(tokens[1]);
    } finally {
      Object.defineProperty(HTMLIFrameElement.prototype, 'src', original);
      host.destroy();
    }
  });
});
